#include "storage.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace releve::server {

Q_LOGGING_CATEGORY(lcStorage, "releve.server.storage")

namespace {

QAtomicInteger<int> storageCounter;

bool isPostgresSpec(const QString &spec)
{
    return spec.startsWith(u"postgresql://") || spec.startsWith(u"postgres://");
}

// Schema version 1. Types are those both SQLite and PostgreSQL accept: TEXT, BIGINT, INTEGER for
// booleans (0/1, bound as integers), instants as BIGINT milliseconds since the epoch (UTC).
const char *const migration1[] = {
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    // One row per record of any entity. structure_id owns it; party_id is the other party that
    // sees it (requester of a proposal, user of a contract); parent_id links a record to the one
    // it depends on (slot → staff, proposal/contract → request, time stamp → contract); shared
    // says other structures may see its public view now, exposed that they ever could (they then
    // get a tombstone when it stops being visible).
    "CREATE TABLE records ("
    " entity TEXT NOT NULL,"
    " id TEXT NOT NULL,"
    " structure_id TEXT NOT NULL,"
    " party_id TEXT NOT NULL DEFAULT '',"
    " parent_id TEXT NOT NULL DEFAULT '',"
    " version BIGINT NOT NULL,"
    " deleted INTEGER NOT NULL DEFAULT 0,"
    " shared INTEGER NOT NULL DEFAULT 0,"
    " exposed INTEGER NOT NULL DEFAULT 0,"
    " data TEXT NOT NULL,"
    " seq BIGINT NOT NULL,"
    " updated_at BIGINT NOT NULL,"
    " PRIMARY KEY (entity, id))",
    "CREATE UNIQUE INDEX records_by_seq ON records (seq)",
    "CREATE INDEX records_by_structure ON records (structure_id, entity)",
    "CREATE INDEX records_by_parent ON records (entity, parent_id)",
    "CREATE TABLE accounts ("
    " id TEXT PRIMARY KEY,"
    " structure_id TEXT NOT NULL,"
    " login TEXT NOT NULL UNIQUE,"
    " password_hash TEXT NOT NULL,"
    " role TEXT NOT NULL,"
    " departements TEXT NOT NULL DEFAULT '',"
    " disabled INTEGER NOT NULL DEFAULT 0,"
    " created_at BIGINT NOT NULL)",
    // Tokens are stored only as SHA-256 hashes; a session groups an access and a refresh token.
    "CREATE TABLE tokens ("
    " token_hash TEXT PRIMARY KEY,"
    " account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
    " session_id TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " expires_at BIGINT NOT NULL,"
    " revoked INTEGER NOT NULL DEFAULT 0,"
    " created_at BIGINT NOT NULL)",
    "CREATE INDEX tokens_by_session ON tokens (session_id)",
    "CREATE TABLE login_attempts (login TEXT NOT NULL, at BIGINT NOT NULL,"
    " success INTEGER NOT NULL)",
    "CREATE INDEX login_attempts_by_login ON login_attempts (login, at)",
    "CREATE TABLE clients ("
    " client_id TEXT PRIMARY KEY,"
    " account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
    " structure_id TEXT NOT NULL,"
    " last_seq BIGINT NOT NULL,"
    " updated_at BIGINT NOT NULL)",
    "CREATE TABLE mutation_answers ("
    " mutation_id TEXT PRIMARY KEY,"
    " client_id TEXT NOT NULL DEFAULT '',"
    " seq BIGINT NOT NULL DEFAULT 0,"
    " account_id TEXT NOT NULL,"
    " structure_id TEXT NOT NULL,"
    " answer TEXT NOT NULL,"
    " at BIGINT NOT NULL)",
    "CREATE INDEX mutation_answers_by_at ON mutation_answers (at)",
    "CREATE TABLE audit_log ("
    " id TEXT PRIMARY KEY,"
    " at BIGINT NOT NULL,"
    " account_id TEXT NOT NULL,"
    " structure_id TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " subject TEXT NOT NULL,"
    " details TEXT NOT NULL)",
    "CREATE INDEX audit_log_by_at ON audit_log (at)",
    "INSERT INTO counters (name, value) VALUES ('seq', 0)",
};

} // namespace

qint64 toStoredTime(const QDateTime &instant)
{
    return instant.isValid() ? instant.toMSecsSinceEpoch() : 0;
}

QDateTime fromStoredTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Storage::Storage(QString spec)
    : m_spec(std::move(spec))
    , m_driver(isPostgresSpec(m_spec) ? Driver::Postgres : Driver::Sqlite)
    , m_connectionPrefix(
          QStringLiteral("releve-server-%1-").arg(storageCounter.fetchAndAddRelaxed(1)))
{ }

Storage::~Storage()
{
    const QString name
        = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Storage::database() const
{
    const QString name
        = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (!db.open())
            throw DatabaseError(
                QStringLiteral("cannot reconnect to the database: %1").arg(db.lastError().text()));
        if (auto configured = configure(db); !configured)
            throw DatabaseError(configured.error().message);
        return db;
    }
    QSqlDatabase db;
    if (m_driver == Driver::Postgres) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(m_spec);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            options.append(item.first + u'=' + item.second);
        db.setConnectOptions(options.join(u';'));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_spec);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        throw DatabaseError(
            QStringLiteral("cannot open the database: %1").arg(db.lastError().text()));
    if (auto configured = configure(db); !configured)
        throw DatabaseError(configured.error().message);
    return db;
}

domain::Result<bool> Storage::configure(QSqlDatabase &db) const
{
    if (m_driver != Driver::Sqlite)
        return true;
    QSqlQuery query(db);
    // WAL lets the feed read while a mutation writes; FULL survives a power cut (DESIGN.md).
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return domain::Error { QStringLiteral("database"), {}, query.lastError().text() };
    const QString mode = query.value(0).toString().toLower();
    if (mode != u"wal" && m_spec != u":memory:")
        qCWarning(lcStorage) << "SQLite refused WAL mode, journal mode is" << mode;
    for (const char *pragma :
         { "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000" }) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return domain::Error { QStringLiteral("database"), {}, query.lastError().text() };
    }
    return true;
}

QSqlQuery Storage::exec(const QString &sql, const QVariantList &values) const
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        // Unprepared: PostgreSQL cannot prepare BEGIN, SAVEPOINT or DDL.
        ok = query.exec(sql);
    } else {
        if (!query.prepare(sql))
            throw DatabaseError(QStringLiteral("cannot prepare \"%1\": %2")
                                    .arg(sql.left(80), query.lastError().text()));
        for (const QVariant &value : values) {
            // No column takes NULL: a null QString (an absent text) is stored as ''.
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                query.addBindValue(QStringLiteral(""));
            else
                query.addBindValue(value);
        }
        ok = query.exec();
    }
    if (!ok) {
        const QSqlError error = query.lastError();
        if (error.type() == QSqlError::ConnectionError)
            db.close(); // reopened by the next database() call
        throw DatabaseError(QStringLiteral("\"%1\" failed: %2").arg(sql.left(80), error.text()));
    }
    return query;
}

QVariant Storage::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void Storage::begin() const
{
    exec(m_driver == Driver::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

void Storage::commit() const
{
    exec(QStringLiteral("COMMIT"));
}

void Storage::rollback() const
{
    exec(QStringLiteral("ROLLBACK"));
}

qint64 Storage::nextSeq() const
{
    return nextCounter(QStringLiteral("seq"));
}

qint64 Storage::nextCounter(const QString &name) const
{
    exec(QStringLiteral(
             "INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"),
         { name });
    exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = ?"), { name });
    return scalar(QStringLiteral("SELECT value FROM counters WHERE name = ?"), { name })
        .toLongLong();
}

qint64 Storage::currentSeq() const
{
    return scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'")).toLongLong();
}

QString Storage::meta(const QString &name) const
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE name = ?"), { name }).toString();
}

void Storage::setMeta(const QString &name, const QString &value) const
{
    exec(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?) "
                        "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
         { name, value });
}

QString Storage::epoch() const
{
    return meta(QStringLiteral("epoch"));
}

void Storage::rotateEpoch() const
{
    Transaction transaction(*this);
    setMeta(QStringLiteral("epoch"), QUuid::createUuid().toString(QUuid::Id128).left(12));
    transaction.commit();
}

domain::Result<bool> Storage::open()
{
    try {
        database();
        Transaction transaction(*this);
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        const int version = meta(QStringLiteral("schema_version")).toInt();
        if (version > schemaVersion) {
            return domain::Error { QStringLiteral("database"),
                                   {},
                                   QStringLiteral(
                                       "The database has schema version %1, newer than this "
                                       "releve-server (%2): run a newer release.")
                                       .arg(version)
                                       .arg(schemaVersion) };
        }
        if (version < schemaVersion) {
            migrate(version);
            setMeta(QStringLiteral("schema_version"), QString::number(schemaVersion));
        }
        transaction.commit();
    } catch (const DatabaseError &error) {
        return domain::Error {
            QStringLiteral("database"),
            {},
            QStringLiteral("Cannot open the database %1: %2")
                .arg(m_driver == Driver::Postgres ? QStringLiteral("(PostgreSQL)") : m_spec,
                     error.message())
        };
    }
    return true;
}

void Storage::migrate(int fromVersion) const
{
    // Numbered steps in one transaction (the caller's), after qBittorrent's dbresumedatastorage.
    if (fromVersion < 1) {
        for (const char *statement : migration1)
            exec(QString::fromLatin1(statement));
        setMeta(QStringLiteral("epoch"), QUuid::createUuid().toString(QUuid::Id128).left(12));
        setMeta(QStringLiteral("tombstone_horizon"), QStringLiteral("0"));
        qCInfo(lcStorage) << "created the schema, version 1";
    }
}

} // namespace releve::server

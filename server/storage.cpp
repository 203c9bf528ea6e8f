#include "storage.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <map>

namespace releve::server {

Q_LOGGING_CATEGORY(lcStorage, "releve.server.storage")

namespace {

QAtomicInteger<int> storageCounter;

// This thread's prepared statements, by connection name and SQL text.
std::map<QString, std::map<QString, QSqlQuery>> &preparedStatements()
{
    thread_local std::map<QString, std::map<QString, QSqlQuery>> statements;
    return statements;
}

void forgetPreparedStatements(const QString &connectionName)
{
    preparedStatements().erase(connectionName);
}

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

// Schema version 2: the audit log gets a position (a counter locked until commit, so a reader of
// GET /v1/audit never skips an entry) and the structure concerned besides the actor's; the
// acceptances of the quality charter; disabled structures.
const char *const migration2[] = {
    "ALTER TABLE audit_log ADD COLUMN position BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE audit_log ADD COLUMN party_structure_id TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX audit_log_by_position ON audit_log (position)",
    "CREATE TABLE charter_acceptances ("
    " structure_id TEXT NOT NULL,"
    " version TEXT NOT NULL,"
    " account_id TEXT NOT NULL,"
    " login TEXT NOT NULL,"
    " at BIGINT NOT NULL,"
    " PRIMARY KEY (structure_id, version))",
    "CREATE TABLE structure_status ("
    " structure_id TEXT PRIMARY KEY,"
    " disabled INTEGER NOT NULL DEFAULT 0,"
    " reason TEXT NOT NULL DEFAULT '',"
    " at BIGINT NOT NULL)",
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
    forgetPreparedStatements(name);
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
        forgetPreparedStatements(name);
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

Rows Storage::exec(const QString &sql, const QVariantList &values) const
{
    QSqlDatabase db = database();
    const QString connection = db.connectionName();
    bool ok = false;
    QSqlQuery query;
    // Each thread keeps its statements prepared (they are a fixed set): on PostgreSQL a prepared
    // statement costs a PREPARE and a DEALLOCATE round trip, on SQLite parsing is most of the cost
    // of a small query. A statement is reset when its rows are dropped, so it never pins a read
    // snapshot between requests.
    const bool reuse = !values.isEmpty();
    if (values.isEmpty()) {
        // Unprepared: PostgreSQL cannot prepare BEGIN, SAVEPOINT or DDL.
        query = QSqlQuery(db);
        query.setForwardOnly(true);
        ok = query.exec(sql);
    } else {
        auto *cache = reuse ? &preparedStatements()[connection] : nullptr;
        if (auto cached = cache ? cache->find(sql) : decltype(cache->find(sql))();
            cache && cached != cache->end()) {
            query = std::move(cached->second);
            cache->erase(cached);
        } else {
            query = QSqlQuery(db);
            query.setForwardOnly(true);
            if (!query.prepare(sql))
                throw DatabaseError(QStringLiteral("cannot prepare \"%1\": %2")
                                        .arg(sql.left(80), query.lastError().text()));
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            // No column takes NULL: a null QString (an absent text) is stored as ''.
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                query.bindValue(int(i), QStringLiteral(""));
            else
                query.bindValue(int(i), value);
        }
        ok = query.exec();
    }
    if (!ok) {
        const QSqlError error = query.lastError();
        if (error.type() == QSqlError::ConnectionError) {
            // Reopened by the next database() call; its prepared statements went with it.
            forgetPreparedStatements(connection);
            db.close();
        }
        throw DatabaseError(QStringLiteral("\"%1\" failed: %2").arg(sql.left(80), error.text()));
    }
    if (!reuse)
        return Rows(std::move(query));
    return Rows(std::move(query), [connection, sql](QSqlQuery &&used) {
        used.finish();
        // A statement used again while its rows were still read was prepared twice: keep one.
        if (QSqlDatabase::database(connection, false).isOpen())
            preparedStatements()[connection].try_emplace(sql, std::move(used));
    });
}

QVariant Storage::scalar(const QString &sql, const QVariantList &values) const
{
    Rows rows = exec(sql, values);
    return rows.next() ? rows.value(0) : QVariant();
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
    // One statement (SQLite ≥ 3.35 and PostgreSQL both have RETURNING): the row stays locked
    // until the transaction ends.
    return scalar(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT "
                                 "(name) DO UPDATE SET value = counters.value + 1 RETURNING value"),
                  { name })
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
        // Several processes may start at once on one PostgreSQL database: one migrates.
        if (m_driver == Driver::Postgres)
            exec(QStringLiteral("SELECT pg_advisory_xact_lock(7340211)"));
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
    if (fromVersion < 2) {
        for (const char *statement : migration2)
            exec(QString::fromLatin1(statement));
        // Existing entries keep their order.
        Rows old = exec(QStringLiteral("SELECT id FROM audit_log ORDER BY at, id"));
        QStringList ids;
        while (old.next())
            ids.append(old.value(0).toString());
        old.finish();
        for (const QString &id : std::as_const(ids))
            exec(QStringLiteral("UPDATE audit_log SET position = ? WHERE id = ?"),
                 { nextCounter(QStringLiteral("audit")), id });
        qCInfo(lcStorage) << "migrated the schema to version 2";
    }
}

} // namespace releve::server

#include "localstore.h"

#include "clock.h"
#include "core/domain/availabilityslot.h"
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcStore, "releve.store")

using namespace Qt::StringLiterals;

namespace releve::store {

using domain::Error;
using domain::Errors;
using domain::Result;

namespace {

// Outbox states (OutboxEntry::state).
const QString statePending = u"pending"_s;
const QString stateSent = u"sent"_s;
const QString stateAcked = u"acked"_s;
const QString stateConflict = u"conflict"_s;
const QString stateRejected = u"rejected"_s;

// Record states (CachedRecord::syncState).
const QString recordSynced = u"synced"_s;
const QString recordPending = u"pending"_s;

const QString opUpsert = u"upsert"_s;
const QString opDelete = u"delete"_s;
const QString opCommand = u"command"_s;

// kv keys.
const QString keyClientId = u"client_id"_s;
const QString keyNextSeq = u"next_seq"_s;
const QString keyCursor = u"cursor"_s;
const QString keyResync
    = u"resync"_s; // "1" during a full resync, "held" when it waits for a person
const QString keyResyncFrom = u"resync_from"_s; // the cursor a full resync started from

// Records a client may write again after a server lost them (restored from an older backup).
bool restorable(const QString &entity)
{
    return entity == domain::entity::availability || entity == domain::entity::staff
        || entity == domain::entity::interventionRecord || entity == domain::entity::request
        || entity == domain::entity::structure;
}

// A test hook (tests/core/sync): with RELEVE_TEST_CRASH_POINT=<name> the process kills
// itself at that point, as kill -9 or a power cut would, to show what a transaction protects.
// Unset (always, outside the fault suite), it does nothing.
void crashPoint(const char *name)
{
    static const QByteArray wanted = qgetenv("RELEVE_TEST_CRASH_POINT");
    if (wanted.isEmpty() || wanted != name)
        return;
    std::fprintf(stdout, "CRASH_POINT %s\n", name);
    std::fflush(stdout);
#ifdef Q_OS_UNIX
    std::raise(SIGKILL);
#endif
    std::_Exit(137);
}

// The commands of docs/protocol.md, with the entity each one applies to.
const QHash<QString, QString> &commandEntities()
{
    static const QHash<QString, QString> table {
        { u"publish"_s, u"request"_s },  { u"cancel"_s, u"request"_s },
        { u"propose"_s, u"proposal"_s }, { u"withdraw"_s, u"proposal"_s },
        { u"accept"_s, u"proposal"_s },  { u"decline"_s, u"proposal"_s },
        { u"sign"_s, u"contract"_s },    { u"end"_s, u"contract"_s },
        { u"amend"_s, u"contract"_s },   { u"record_document"_s, u"contract"_s },
    };
    return table;
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QVariant &text)
{
    if (text.isNull())
        return {};
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString nowText()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Runs a prepared statement with positional bound values; logs the statement (never the values,
// which hold personal data) when it fails.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << sql << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "statement failed:" << sql << query.lastError().text();
        return false;
    }
    return true;
}

// For NOT NULL text columns: a null QString binds as SQL NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u',');
}

// One transaction; rolled back unless commit() succeeded (qBittorrent's migrations do the same).
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
        m_active = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        if (!m_db.commit()) {
            qCWarning(lcStore) << "commit failed:" << m_db.lastError().text();
            return false; // the destructor rolls back
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.mutationId = q.value(1).toString();
    e.entity = q.value(2).toString();
    e.recordId = q.value(3).toString();
    e.op = q.value(4).toString();
    e.baseVersion = q.value(5).toLongLong();
    e.data = fromText(q.value(6));
    e.old = fromText(q.value(7));
    e.state = q.value(8).toString();
    e.appliedVersion = q.value(9).toLongLong();
    e.error = q.value(10).toString();
    e.errorField = q.value(11).toString();
    e.errorCode = q.value(12).toString();
    e.attempts = q.value(13).toInt();
    e.createdAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    // Read from a version-1 file (salvage), the column is absent: those entries are version 1.
    e.schemaVersion = q.record().count() > 15 ? q.value(15).toInt() : 1;
    return e;
}

// The columns every schema version has (what a salvage can read from any old file)…
const QString outboxColumnsV1 = u"seq, mutation_id, entity, record_id, op, base_version, data, "
                                u"old, state, applied_version, error, error_field, error_code, "
                                u"attempts, created_at"_s;
// … and those of the current one.
const QString outboxColumns = outboxColumnsV1 + u", schema_version"_s;

CachedRecord recordFrom(const QSqlQuery &q)
{
    CachedRecord r;
    r.entity = q.value(0).toString();
    r.id = q.value(1).toString();
    r.structureId = q.value(2).toString();
    r.version = q.value(3).toLongLong();
    r.deleted = q.value(4).toBool();
    r.data = fromText(q.value(5));
    r.syncState = q.value(6).toString();
    return r;
}

const QString recordColumns = u"entity, id, structure_id, version, deleted, data, sync_state"_s;

// The sorted occurrences of a slot over its whole life (a weekly slot up to weekly_until).
QList<domain::TimeRange> allOccurrences(const domain::AvailabilitySlot &slot)
{
    QDateTime to = slot.end;
    if (slot.weeklyUntil.isValid())
        to = std::max(to, QDateTime(slot.weeklyUntil.addDays(2), QTime(0, 0), Qt::UTC));
    return slot.occurrences(slot.start, to);
}

bool occurrencesOverlap(const QList<domain::TimeRange> &a, const QList<domain::TimeRange> &b)
{
    // Both lists are sorted by start and their ranges do not overlap among themselves.
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].overlaps(b[j]))
            return true;
        if (a[i].end <= b[j].end)
            ++i;
        else
            ++j;
    }
    return false;
}

} // namespace

QJsonObject OutboxEntry::toMutationJson() const
{
    QJsonObject m { { u"mutation_id"_s, mutationId },
                    { u"seq"_s, seq },
                    { u"entity"_s, entity },
                    { u"id"_s, recordId },
                    { u"op"_s, op },
                    { u"base_version"_s, baseVersion },
                    { u"data"_s, data } };
    if (!old.isEmpty())
        m.insert(u"old"_s, old);
    return m;
}

QStringList Conflict::differingFields() const
{
    QStringList fields;
    QSet<QString> keys;
    for (const QJsonObject *side : { &mine, &theirs }) {
        for (auto it = side->begin(); it != side->end(); ++it)
            keys.insert(it.key());
    }
    for (const QString &key : std::as_const(keys)) {
        if (key != u"id"_s && key != u"structure_id"_s && mine.value(key) != theirs.value(key))
            fields.append(key);
    }
    fields.sort();
    return fields;
}

QStringList Conflict::overlappingFields() const
{
    QStringList fields;
    for (auto it = base.begin(); it != base.end(); ++it) {
        const QJsonValue before = it.value().isNull() ? QJsonValue() : it.value();
        const QJsonValue ours = mine.value(it.key());
        const QJsonValue server = theirs.value(it.key());
        if (ours != server && server != before && ours != before)
            fields.append(it.key());
    }
    if (mineDeleted || theirs.isEmpty())
        return differingFields();
    fields.sort();
    return fields;
}

QJsonObject Conflict::merged(const std::optional<QStringList> &takeMine) const
{
    QStringList fields;
    if (takeMine) {
        fields = *takeMine;
    } else {
        const QStringList overlapping = overlappingFields();
        for (auto it = base.begin(); it != base.end(); ++it) {
            if (!overlapping.contains(it.key()))
                fields.append(it.key());
        }
    }
    QJsonObject result = theirs.isEmpty() ? mine : theirs;
    for (const QString &field : std::as_const(fields)) {
        if (mine.contains(field))
            result.insert(field, mine.value(field));
        else
            result.remove(field);
    }
    return result;
}

class LocalStore::Private
{
public:
    explicit Private(LocalStore *store)
        : q(store)
    { }

    LocalStore *q;
    QString connection;
    QString path;
    bool open = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    bool openConnection(const QString &file, bool readOnly, const QString &name);
    static void closeConnection(const QString &name);
    enum class Health { Ok, Corrupt, Newer };
    Health checkHealth(int *userVersion);
    bool configure();
    Result<bool> migrate(int fromVersion);
    struct Salvage
    {
        QString clientId;
        qint64 nextSeq = 0;
        QList<OutboxEntry> entries;
    };
    Salvage salvage(const QString &file);
    bool importSalvage(const Salvage &salvage);
    // Inside a transaction: a new client_id, and the outbox entries numbered 1, 2, 3… in the
    // given order (every entry must be listed); conflicts follow their entry.
    bool renumber(const QList<qint64> &order);
    // Inside a transaction, at the end of a full resync (lastPage): re-sends what a server
    // restored from an older backup lost of this structure's records, then removes the records
    // the full pull did not bring back, unless there are more than the guard allows (then they
    // wait for confirmHeldRemoval()). Sets *touched to the entities changed.
    bool finishResync(QSet<QString> *touched, bool confirmed);
    QString ownStructureId() const;
    int guardPercent = 30;
    int guardMinimum = 20;

    QString kv(const QString &key) const;
    bool setKv(const QString &key, const QString &value);
    qint64 takeSeq(); // inside a transaction
    bool insertEntry(OutboxEntry &entry); // assigns seq, mutation id, created_at
    QList<OutboxEntry> entriesFor(const QString &entity, const QString &id) const;
    std::optional<OutboxEntry> entry(qint64 seq) const;
    std::optional<CachedRecord> record(const QString &entity, const QString &id) const;
    bool writeRecord(const CachedRecord &record);
    bool rebuild(const QString &entity, const QString &id);
    bool deleteConflictIfResolved(const QString &entity, const QString &id);
    int count(const QString &sql, const QVariantList &values = {}) const;
    Errors checkOverlap(const QJsonObject &slotData) const;
    // Inside a transaction: saveRecord's work for one record. Refusals (validation, overlap)
    // are returned before anything is written; *failed is set when the storage failed instead
    // (the caller rolls back); *queued when an outbox entry was written.
    Result<CachedRecord> save(const QString &entity, const QJsonObject &input, bool *queued,
                              bool *failed);
    Error storageError() const
    {
        return Error { u"storage"_s,
                       {},
                       LocalStore::tr("The local cache could not be written (%1). Nothing was "
                                      "changed; try again, and restart Relève if it persists.")
                           .arg(db().lastError().text()) };
    }
    void notify(const QString &entity, bool queued);
};

bool LocalStore::Private::openConnection(const QString &file, bool readOnly, const QString &name)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    database.setDatabaseName(file);
    if (readOnly)
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!database.open()) {
        qCWarning(lcStore) << "cannot open" << file << database.lastError().text();
        return false;
    }
    return true;
}

void LocalStore::Private::closeConnection(const QString &name)
{
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

LocalStore::Private::Health LocalStore::Private::checkHealth(int *userVersion)
{
    QSqlQuery query(db());
    // quick_check reads every page: a garbage file fails ("file is not a database"), a damaged
    // one answers something else than "ok".
    if (!run(query, u"PRAGMA quick_check"_s) || !query.next()
        || query.value(0).toString() != u"ok"_s)
        return Health::Corrupt;
    query.finish();
    if (!run(query, u"PRAGMA user_version"_s) || !query.next())
        return Health::Corrupt;
    *userVersion = query.value(0).toInt();
    if (*userVersion > LocalStore::schemaVersion)
        return Health::Newer;
    if (*userVersion > 0) {
        query.finish();
        // A cache of ours has these tables; anything else is not a Relève cache.
        if (!run(query,
                 u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                 u"('records', 'outbox', 'conflicts', 'kv')"_s)
            || !query.next() || query.value(0).toInt() != 4)
            return Health::Corrupt;
    }
    return Health::Ok;
}

bool LocalStore::Private::configure()
{
    QSqlQuery query(db());
    if (!run(query, u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return false;
    if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "the cache is not in WAL mode:" << query.value(0).toString();
    query.finish();
    // synchronous=FULL with WAL: no committed edit is lost on power failure (Jepsen on PowerSync).
    return run(query, u"PRAGMA synchronous = FULL"_s) && run(query, u"PRAGMA busy_timeout = 5000"_s)
        && run(query, u"PRAGMA foreign_keys = ON"_s);
}

// Numbered steps, all in one transaction with the new user_version (after qBittorrent's
// dbresumedatastorage.cpp). A step "if (fromVersion <= N)" brings a version-N cache to N+1.
Result<bool> LocalStore::Private::migrate(int fromVersion)
{
    if (fromVersion == LocalStore::schemaVersion)
        return true;
    Transaction transaction(db());
    if (!transaction.isActive())
        return storageError();
    QSqlQuery query(db());
    QStringList statements;
    if (fromVersion <= 0) {
        statements << u"CREATE TABLE records ("
                      u" entity TEXT NOT NULL, id TEXT NOT NULL,"
                      u" structure_id TEXT NOT NULL DEFAULT '',"
                      u" version INTEGER NOT NULL DEFAULT 0," // the server version data is based on
                      u" deleted INTEGER NOT NULL DEFAULT 0,"
                      u" data TEXT NOT NULL," // what the UI shows: server data + local changes
                      u" sync_state TEXT NOT NULL DEFAULT 'synced',"
                      u" server_data TEXT," // the server's record as last pulled; NULL if never
                      u" server_deleted INTEGER NOT NULL DEFAULT 0,"
                      u" stale INTEGER NOT NULL DEFAULT 0," // not yet seen again by a resync
                      u" PRIMARY KEY (entity, id))"_s
                   << u"CREATE INDEX records_structure ON records (entity, structure_id)"_s
                   << u"CREATE TABLE outbox ("
                      u" seq INTEGER PRIMARY KEY,"
                      u" mutation_id TEXT NOT NULL UNIQUE,"
                      u" entity TEXT NOT NULL, record_id TEXT NOT NULL,"
                      u" op TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'command')),"
                      u" base_version INTEGER NOT NULL DEFAULT 0,"
                      u" data TEXT NOT NULL, old TEXT,"
                      u" state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN"
                      u" ('pending', 'sent', 'acked', 'conflict', 'rejected')),"
                      u" applied_version INTEGER NOT NULL DEFAULT 0,"
                      u" error TEXT, error_field TEXT, error_code TEXT,"
                      u" attempts INTEGER NOT NULL DEFAULT 0,"
                      u" created_at TEXT NOT NULL)"_s
                   << u"CREATE INDEX outbox_record ON outbox (entity, record_id)"_s
                   << u"CREATE TABLE conflicts ("
                      u" entity TEXT NOT NULL, record_id TEXT NOT NULL,"
                      u" outbox_seq INTEGER NOT NULL,"
                      u" mine TEXT NOT NULL, theirs TEXT NOT NULL,"
                      u" their_version INTEGER NOT NULL,"
                      u" mine_deleted INTEGER NOT NULL DEFAULT 0,"
                      u" reported_at TEXT NOT NULL,"
                      u" PRIMARY KEY (entity, record_id))"_s
                   << u"CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s;
    }
    if (fromVersion <= 1) {
        // Version 2: each outbox entry says which schema wrote it (an upcaster reads old entries
        // by it; entries of version 1 have the same mutation format), and a record keeps the
        // server's version and data as they were before a full resync, to tell what a server
        // restored from an older backup lost.
        statements << u"ALTER TABLE outbox ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1"_s
                   << u"ALTER TABLE records ADD COLUMN prior_version INTEGER"_s
                   << u"ALTER TABLE records ADD COLUMN prior_data TEXT"_s;
    }
    for (const QString &sql : std::as_const(statements)) {
        if (!run(query, sql))
            return storageError();
    }
    if (fromVersion <= 0) {
        if (!setKv(keyClientId, QUuid::createUuid().toString(QUuid::WithoutBraces))
            || !setKv(keyNextSeq, u"1"_s) || !setKv(keyCursor, QString()))
            return storageError();
    }
    // PRAGMA takes no bound value; the version is a compile-time integer.
    if (!run(query, u"PRAGMA user_version = %1"_s.arg(LocalStore::schemaVersion)))
        return storageError();
    if (!transaction.commit())
        return storageError();
    qCInfo(lcStore) << "cache migrated from version" << fromVersion << "to"
                    << LocalStore::schemaVersion;
    return true;
}

LocalStore::Private::Salvage LocalStore::Private::salvage(const QString &file)
{
    Salvage result;
    const QString name = connection + u".salvage"_s;
    if (openConnection(file, true, name)) {
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (run(query, u"SELECT value FROM kv WHERE key = ?"_s, { keyClientId }) && query.next())
            result.clientId = query.value(0).toString();
        query.finish();
        if (run(query, u"SELECT value FROM kv WHERE key = ?"_s, { keyNextSeq }) && query.next())
            result.nextSeq = query.value(0).toLongLong();
        query.finish();
        // Unsent changes only: what was acknowledged comes back from the server anyway. A file
        // of an older schema version lacks the newer columns.
        const QString unsent = u"SELECT %1 FROM outbox WHERE state IN ('pending', 'sent', "
                               u"'conflict', 'rejected') ORDER BY seq"_s;
        if (run(query, unsent.arg(outboxColumns)) || run(query, unsent.arg(outboxColumnsV1))) {
            while (query.next()) {
                OutboxEntry entry = entryFrom(query);
                if (entry.seq > 0 && !entry.mutationId.isEmpty() && !entry.entity.isEmpty()
                    && !entry.recordId.isEmpty() && !entry.data.isEmpty())
                    result.entries.append(entry);
            }
        }
    }
    closeConnection(name);
    return result;
}

bool LocalStore::Private::importSalvage(const Salvage &salvage)
{
    if (salvage.entries.isEmpty() && salvage.clientId.isEmpty())
        return true;
    Transaction transaction(db());
    QSqlQuery query(db());
    qint64 nextSeq = std::max<qint64>(salvage.nextSeq, 1);
    // Keep the old identity and sequence numbers: a change the server already applied is then
    // answered from its record instead of being applied twice.
    if (!salvage.clientId.isEmpty() && !setKv(keyClientId, salvage.clientId))
        return false;
    QSet<std::pair<QString, QString>> touched;
    for (OutboxEntry entry : salvage.entries) {
        // A conflict is asked again (the server answers it with its current record).
        if (entry.state == stateConflict)
            entry.state = stateSent;
        nextSeq = std::max(nextSeq, entry.seq + 1);
        if (!run(query,
                 u"INSERT INTO outbox (seq, mutation_id, entity, record_id, op, base_version, "
                 u"data, old, state, error, error_field, error_code, attempts, created_at, "
                 u"schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 { entry.seq, entry.mutationId, entry.entity, entry.recordId, entry.op,
                   entry.baseVersion, toText(entry.data),
                   entry.old.isEmpty() ? QVariant() : QVariant(toText(entry.old)), entry.state,
                   entry.error, entry.errorField, entry.errorCode, entry.attempts,
                   entry.createdAt.isValid() ? entry.createdAt.toString(Qt::ISODateWithMs)
                                             : nowText(),
                   entry.schemaVersion }))
            return false;
        touched.insert({ entry.entity, entry.recordId });
    }
    if (!setKv(keyNextSeq, QString::number(nextSeq)))
        return false;
    for (const auto &[entity, id] : std::as_const(touched)) {
        if (!rebuild(entity, id))
            return false;
    }
    return transaction.commit();
}

bool LocalStore::Private::renumber(const QList<qint64> &order)
{
    // Two passes, as seq is the primary key: negative first, then 1, 2, 3….
    QSqlQuery query(db());
    if (!run(query, u"UPDATE outbox SET seq = -seq"_s)
        || !run(query, u"UPDATE conflicts SET outbox_seq = -outbox_seq"_s))
        return false;
    qint64 next = 1;
    for (const qint64 seq : order) {
        if (!run(query, u"UPDATE outbox SET seq = ? WHERE seq = ?"_s, { next, -seq })
            || !run(query, u"UPDATE conflicts SET outbox_seq = ? WHERE outbox_seq = ?"_s,
                    { next, -seq }))
            return false;
        ++next;
    }
    return setKv(keyClientId, QUuid::createUuid().toString(QUuid::WithoutBraces))
        && setKv(keyNextSeq, QString::number(next));
}

QString LocalStore::Private::ownStructureId() const
{
    // The feed sends the accounts of this account's structure only.
    QSqlQuery query(db());
    if (run(query,
            u"SELECT structure_id FROM records WHERE entity = ? AND structure_id <> '' "
            u"LIMIT 1"_s,
            { domain::entity::account })
        && query.next())
        return query.value(0).toString();
    return {};
}

bool LocalStore::Private::finishResync(QSet<QString> *touched, bool confirmed)
{
    QSqlQuery query(db());
    // The guard (after Nextcloud's "about to remove all files"): a full pull that would take
    // away more than guardPercent % of the cached records (and more than guardMinimum) is a
    // server restored from the wrong backup more often than a real clean-up: nothing is removed
    // or sent until a person confirms.
    const int live = count(u"SELECT count(*) FROM records WHERE server_data IS NOT NULL AND "
                           u"server_deleted = 0"_s);
    const int gone = count(u"SELECT count(*) FROM records WHERE stale = 1 AND "
                           u"server_data IS NOT NULL AND server_deleted = 0"_s);
    if (!confirmed && gone > guardMinimum && qint64(gone) * 100 > qint64(guardPercent) * live) {
        qCWarning(lcStore) << "a full resync would remove" << gone << "of" << live
                           << "records; waiting for confirmation";
        return setKv(keyResync, u"held"_s);
    }

    // A server restored from an older backup: another epoch, or the same one behind the cursor
    // this cache had (docs/protocol.md: "<epoch>.<seq>").
    const QString from = kv(keyResyncFrom);
    const QString to = kv(keyCursor);
    bool restored = false;
    if (!from.isEmpty() && !to.isEmpty()) {
        const qsizetype a = from.lastIndexOf(u'.');
        const qsizetype b = to.lastIndexOf(u'.');
        restored = from.left(a) != to.left(b)
            || to.mid(b + 1).toLongLong() < from.mid(a + 1).toLongLong();
    }

    // What the server lost of this structure's records is sent again from this cache, ahead of
    // the outbox (the person's later edits build on it): a record that came back with an older
    // version than the one cached, or (after a restore) did not come back at all. Deletions and
    // the records of other structures are left to the server's state.
    const QString own = ownStructureId();
    struct Lost
    {
        QString entity;
        QString id;
        qint64 serverVersion = 0; // 0: the server has no such record now
        QJsonObject server;
        QJsonObject prior;
    };
    QList<Lost> lost;
    if (!own.isEmpty()
        && run(query,
               // A stale record still holds what the server had before (server_data).
               u"SELECT entity, id, stale, version, server_data, prior_version, "
               u"CASE WHEN stale = 1 THEN server_data ELSE prior_data END FROM records "
               u"WHERE structure_id = ? AND ((stale = 0 AND prior_data IS NOT NULL AND "
               u"prior_version > version) OR (stale = 1 AND ? AND server_data IS NOT NULL AND "
               u"server_deleted = 0))"_s,
               { own, restored })) {
        while (query.next()) {
            Lost item;
            item.entity = query.value(0).toString();
            item.id = query.value(1).toString();
            const bool stale = query.value(2).toBool();
            item.serverVersion = stale ? 0 : query.value(3).toLongLong();
            item.server = stale ? QJsonObject() : fromText(query.value(4));
            item.prior = fromText(query.value(6));
            if (!restorable(item.entity) || item.prior.size() <= 2 || item.prior == item.server)
                continue;
            if (item.entity == domain::entity::request
                && item.prior.value(u"status"_s).toString() != u"draft"_s)
                continue; // a published request changes through commands only
            if (item.entity == domain::entity::structure && item.id != own)
                continue;
            lost.append(item);
        }
        query.finish();
    }
    QList<qint64> first;
    for (const Lost &item : std::as_const(lost)) {
        OutboxEntry entry;
        entry.entity = item.entity;
        entry.recordId = item.id;
        entry.op = opUpsert;
        entry.baseVersion = item.serverVersion;
        entry.data = item.prior;
        if (item.serverVersion > 0) {
            for (auto it = item.prior.begin(); it != item.prior.end(); ++it) {
                if (item.server.value(it.key()) != it.value())
                    entry.old.insert(it.key(),
                                     item.server.value(it.key()).isUndefined()
                                         ? QJsonValue(QJsonValue::Null)
                                         : item.server.value(it.key()));
            }
        }
        if (!insertEntry(entry))
            return false;
        first.append(entry.seq);
        // Edits of it the restored server refused for not knowing it yet go out again after
        // it, as new mutations (the server keeps its first answer to the old ones).
        QList<qint64> refused;
        if (!run(query,
                 u"SELECT seq FROM outbox WHERE entity = ? AND record_id = ? AND state = ? AND "
                 u"error_code IN ('not_found', 'deleted') ORDER BY seq"_s,
                 { item.entity, item.id, stateRejected }))
            return false;
        while (query.next())
            refused.append(query.value(0).toLongLong());
        query.finish();
        for (const qint64 seq : std::as_const(refused)) {
            if (!run(query,
                     u"UPDATE outbox SET state = ?, mutation_id = ?, error = NULL, "
                     u"error_field = NULL, error_code = NULL WHERE seq = ?"_s,
                     { statePending, QUuid::createUuid().toString(QUuid::WithoutBraces), seq }))
                return false;
        }
        if (item.serverVersion == 0
            && !run(query,
                    u"UPDATE records SET server_data = NULL, server_deleted = 0, version = 0, "
                    u"stale = 0 WHERE entity = ? AND id = ?"_s,
                    { item.entity, item.id }))
            return false;
        touched->insert(item.entity);
    }
    if (!first.isEmpty()) {
        // A new identity: this cache's numbering no longer matches the restored server's.
        QList<qint64> order = first;
        if (!run(query, u"SELECT seq FROM outbox ORDER BY seq"_s))
            return false;
        while (query.next()) {
            if (!first.contains(query.value(0).toLongLong()))
                order.append(query.value(0).toLongLong());
        }
        query.finish();
        if (!renumber(order))
            return false;
        qCWarning(lcStore) << "the server lost" << first.size()
                           << "record(s) of this structure (restored from a backup?); they are "
                              "sent again";
    }
    for (const Lost &item : std::as_const(lost)) {
        if (!rebuild(item.entity, item.id))
            return false;
    }

    // End of a resync: what the full pull did not bring back is gone from the server (or no
    // longer visible). Local changes are kept, shown as never sent.
    QList<std::pair<QString, QString>> removed;
    if (!run(query, u"SELECT entity, id FROM records WHERE stale = 1"_s))
        return false;
    while (query.next())
        removed.append({ query.value(0).toString(), query.value(1).toString() });
    query.finish();
    for (const auto &[entity, id] : std::as_const(removed)) {
        if (!run(query,
                 u"UPDATE records SET server_data = NULL, server_deleted = 0, stale = 0 "
                 u"WHERE entity = ? AND id = ?"_s,
                 { entity, id })
            || !rebuild(entity, id))
            return false;
        touched->insert(entity);
    }
    return run(query,
               u"UPDATE records SET prior_version = NULL, prior_data = NULL "
               u"WHERE prior_version IS NOT NULL OR prior_data IS NOT NULL"_s)
        && setKv(keyResync, u"0"_s) && setKv(keyResyncFrom, QString());
}

QString LocalStore::Private::kv(const QString &key) const
{
    QSqlQuery query(db());
    if (run(query, u"SELECT value FROM kv WHERE key = ?"_s, { key }) && query.next())
        return query.value(0).toString();
    return {};
}

bool LocalStore::Private::setKv(const QString &key, const QString &value)
{
    QSqlQuery query(db());
    return run(query,
               u"INSERT INTO kv (key, value) VALUES (?, ?) "
               u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
               { key, notNull(value) });
}

qint64 LocalStore::Private::takeSeq()
{
    // A counter rather than max(seq) + 1: a seq is never reused once its row left the outbox,
    // or the server would take the new change for a replay.
    const qint64 seq = std::max<qint64>(kv(keyNextSeq).toLongLong(), 1);
    if (!setKv(keyNextSeq, QString::number(seq + 1)))
        return 0;
    return seq;
}

bool LocalStore::Private::insertEntry(OutboxEntry &entry)
{
    entry.seq = takeSeq();
    if (entry.seq <= 0)
        return false;
    entry.mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.state = statePending;
    entry.createdAt = Clock::currentDateTimeUtc();
    entry.schemaVersion = LocalStore::schemaVersion;
    QSqlQuery query(db());
    return run(
        query,
        u"INSERT INTO outbox (seq, mutation_id, entity, record_id, op, base_version, data, "
        u"old, state, created_at, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { entry.seq, entry.mutationId, entry.entity, entry.recordId, entry.op, entry.baseVersion,
          toText(entry.data), entry.old.isEmpty() ? QVariant() : QVariant(toText(entry.old)),
          entry.state, entry.createdAt.toString(Qt::ISODateWithMs), entry.schemaVersion });
}

QList<OutboxEntry> LocalStore::Private::entriesFor(const QString &entity, const QString &id) const
{
    QList<OutboxEntry> result;
    QSqlQuery query(db());
    if (run(query,
            u"SELECT %1 FROM outbox WHERE entity = ? AND record_id = ? ORDER BY seq"_s.arg(
                outboxColumns),
            { entity, id })) {
        while (query.next())
            result.append(entryFrom(query));
    }
    return result;
}

std::optional<OutboxEntry> LocalStore::Private::entry(qint64 seq) const
{
    if (!open)
        return std::nullopt;
    QSqlQuery query(db());
    if (run(query, u"SELECT %1 FROM outbox WHERE seq = ?"_s.arg(outboxColumns), { seq })
        && query.next())
        return entryFrom(query);
    return std::nullopt;
}

std::optional<CachedRecord> LocalStore::Private::record(const QString &entity,
                                                        const QString &id) const
{
    QSqlQuery query(db());
    if (run(query, u"SELECT %1 FROM records WHERE entity = ? AND id = ?"_s.arg(recordColumns),
            { entity, id })
        && query.next())
        return recordFrom(query);
    return std::nullopt;
}

bool LocalStore::Private::writeRecord(const CachedRecord &r)
{
    QSqlQuery query(db());
    return run(query,
               u"INSERT INTO records (entity, id, structure_id, version, deleted, data, "
               u"sync_state) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET "
               u"structure_id = excluded.structure_id, version = excluded.version, "
               u"deleted = excluded.deleted, data = excluded.data, "
               u"sync_state = excluded.sync_state"_s,
               { r.entity, r.id, notNull(r.structureId), r.version, r.deleted, toText(r.data),
                 r.syncState });
}

// Recomputes what the UI sees of a record: the server's record as last pulled, with the changed
// fields of every local change still in the outbox applied in order (Replicache's rebase). With
// no local change left, it is the server's record; a local record never sent disappears.
bool LocalStore::Private::rebuild(const QString &entity, const QString &id)
{
    QSqlQuery query(db());
    if (!run(query,
             u"SELECT server_data, server_deleted, version, structure_id FROM records "
             u"WHERE entity = ? AND id = ?"_s,
             { entity, id }))
        return false;
    const bool exists = query.next();
    const bool hasServer = exists && !query.value(0).isNull();
    QJsonObject view = hasServer ? fromText(query.value(0)) : QJsonObject {};
    bool deleted = hasServer && query.value(1).toBool();
    qint64 version = exists ? query.value(2).toLongLong() : 0;
    QString structureId = exists ? query.value(3).toString() : QString();
    query.finish();

    const QList<OutboxEntry> entries = entriesFor(entity, id);
    // Commands do not change what is shown: a record only they name (a proposal being
    // proposed) appears when the server sends it.
    const bool edited = std::any_of(entries.cbegin(), entries.cend(),
                                    [](const OutboxEntry &e) { return e.op != opCommand; });
    if (!hasServer && !edited) {
        return !exists
            || run(query, u"DELETE FROM records WHERE entity = ? AND id = ?"_s, { entity, id });
    }
    bool usableBase = hasServer && !deleted;
    bool conflict = false;
    bool rejected = false;
    for (const OutboxEntry &e : entries) {
        if (e.op == opUpsert) {
            if (!usableBase || e.old.isEmpty()) {
                view = e.data;
            } else {
                for (auto it = e.old.begin(); it != e.old.end(); ++it) {
                    if (e.data.contains(it.key()))
                        view.insert(it.key(), e.data.value(it.key()));
                    else
                        view.remove(it.key());
                }
            }
            usableBase = true;
            deleted = false;
        } else if (e.op == opDelete) {
            deleted = true;
        }
        conflict = conflict || e.state == stateConflict;
        rejected = rejected || e.state == stateRejected;
        if (!exists)
            version = e.baseVersion;
    }
    if (view.isEmpty())
        view.insert(u"id"_s, id);
    if (view.contains(u"structure_id"_s))
        structureId = view.value(u"structure_id"_s).toString();
    CachedRecord r;
    r.entity = entity;
    r.id = id;
    r.structureId = structureId;
    r.version = version;
    r.deleted = deleted;
    r.data = view;
    r.syncState = entries.isEmpty() ? recordSynced
        : conflict                  ? stateConflict
        : rejected                  ? stateRejected
                                    : recordPending;
    return writeRecord(r);
}

bool LocalStore::Private::deleteConflictIfResolved(const QString &entity, const QString &id)
{
    if (count(u"SELECT count(*) FROM outbox WHERE entity = ? AND record_id = ? AND state = ?"_s,
              { entity, id, stateConflict })
        > 0)
        return true;
    QSqlQuery query(db());
    return run(query, u"DELETE FROM conflicts WHERE entity = ? AND record_id = ?"_s,
               { entity, id });
}

int LocalStore::Private::count(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(db());
    if (run(query, sql, values) && query.next())
        return query.value(0).toInt();
    return 0;
}

// Two slots of the same kind for the same staff member may not overlap. An absence inside an
// availability is what "absent" is for, so different kinds may.
Errors LocalStore::Private::checkOverlap(const QJsonObject &slotData) const
{
    const auto slot = domain::AvailabilitySlot::fromJson(slotData);
    if (!slot)
        return slot.errors();
    const QList<domain::TimeRange> mine = allOccurrences(*slot);
    QSqlQuery query(db());
    if (!run(query,
             u"SELECT data FROM records WHERE entity = ? AND structure_id = ? AND deleted = 0 "
             u"AND id <> ? AND json_extract(data, '$.staff_id') = ?"_s,
             { domain::entity::availability, slot->structureId, slot->id, slot->staffId }))
        return { storageError() };
    while (query.next()) {
        const auto other = domain::AvailabilitySlot::fromJson(fromText(query.value(0)));
        if (!other || other->kind != slot->kind)
            continue;
        if (occurrencesOverlap(mine, allOccurrences(*other))) {
            static const QTimeZone paris("Europe/Paris");
            const QLocale locale;
            return { Error {
                u"overlap"_s, u"start"_s,
                LocalStore::tr("This slot overlaps another slot of the same staff "
                               "member (%1 – %2). Change its times or edit the other "
                               "slot.")
                    .arg(locale.toString(other->start.toTimeZone(paris), QLocale::ShortFormat),
                         locale.toString(other->end.toTimeZone(paris).time(),
                                         QLocale::ShortFormat)) } };
        }
    }
    return {};
}

void LocalStore::Private::notify(const QString &entity, bool queued)
{
    if (!entity.isEmpty())
        emit q->recordsChanged(entity);
    emit q->outboxChanged(q->pendingCount());
    if (queued)
        emit q->changeQueued();
}

// ---------------------------------------------------------------------------------------------

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->connection = u"releve.store."_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

LocalStore::~LocalStore()
{
    close();
}

Result<bool> LocalStore::open(const QString &path)
{
    close();
    d->path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error { u"cache_unavailable"_s,
                       {},
                       tr("The folder of the local cache %1 could not be created. Check that the "
                          "disk is writable, then start Relève again.")
                           .arg(QDir::toNativeSeparators(info.absolutePath())) };
    }
    const bool existed = info.exists() && info.size() > 0;
    if (!d->openConnection(path, false, d->connection)) {
        d->closeConnection(d->connection);
        return Error { u"cache_unavailable"_s,
                       {},
                       tr("The local cache %1 could not be opened. Check that the file is not "
                          "used by another program and that the disk is writable.")
                           .arg(QDir::toNativeSeparators(path)) };
    }

    int userVersion = 0;
    const Private::Health health = existed ? d->checkHealth(&userVersion) : Private::Health::Ok;
    if (health == Private::Health::Newer) {
        d->closeConnection(d->connection);
        return Error { u"cache_newer"_s,
                       {},
                       tr("The local cache %1 was written by a newer version of Relève. It was "
                          "left untouched; install that version again to send its changes.")
                           .arg(QDir::toNativeSeparators(path)) };
    }

    if (health == Private::Health::Corrupt) {
        d->closeConnection(d->connection);
        // Set the file aside, never delete it: it may hold changes made offline.
        const QString stamp = Clock::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        QString aside = path + u".corrupt-"_s + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
        if (!QFile::rename(path, aside)) {
            return Error { u"cache_unavailable"_s,
                           {},
                           tr("The local cache %1 is damaged and could not be moved aside. Move "
                              "or rename it, then start Relève again.")
                               .arg(QDir::toNativeSeparators(path)) };
        }
        for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
            if (QFileInfo::exists(path + suffix))
                QFile::rename(path + suffix, aside + suffix);
        }
        qCWarning(lcStore) << "damaged cache set aside as" << aside;
        const Private::Salvage salvaged = d->salvage(aside);
        if (!d->openConnection(path, false, d->connection) || !d->configure() || !d->migrate(0)
            || !d->importSalvage(salvaged)) {
            d->closeConnection(d->connection);
            return Error { u"cache_unavailable"_s,
                           {},
                           tr("The local cache %1 was damaged and set aside as %2, but a new one "
                              "could not be created. Check that the disk is writable.")
                               .arg(QDir::toNativeSeparators(path),
                                    QDir::toNativeSeparators(aside)) };
        }
        d->open = true;
        const QString recovered = salvaged.entries.isEmpty()
            ? tr("No unsent change could be read from it.")
            : tr("%n unsent change(s) were recovered from it and will be sent.", nullptr,
                 int(salvaged.entries.size()));
        return Error { u"cache_corrupt"_s,
                       {},
                       tr("The local cache %1 was damaged. It was set aside as %2 and a fresh "
                          "cache was created; %3 The data from the server will be downloaded "
                          "again at the next synchronisation.")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside),
                                recovered) };
    }

    if (!d->configure()) {
        d->closeConnection(d->connection);
        return Error { u"cache_unavailable"_s,
                       {},
                       tr("The local cache %1 could not be prepared. Check that the disk is "
                          "writable, then start Relève again.")
                           .arg(QDir::toNativeSeparators(path)) };
    }
    const Result<bool> migrated = d->migrate(userVersion);
    if (!migrated) {
        d->closeConnection(d->connection);
        return migrated.errors();
    }
    d->open = true;
    return true;
}

void LocalStore::close()
{
    if (QSqlDatabase::contains(d->connection))
        Private::closeConnection(d->connection);
    d->open = false;
}

QString LocalStore::path() const
{
    return d->path;
}

bool LocalStore::isOpen() const
{
    return d->open;
}

QString LocalStore::clientId() const
{
    if (!d->open)
        return {};
    return d->kv(keyClientId);
}

void LocalStore::rotateClientId()
{
    if (!d->open)
        return;
    Transaction transaction(d->db());
    QList<qint64> seqs;
    QSqlQuery query(d->db());
    if (!run(query, u"SELECT seq FROM outbox ORDER BY seq"_s))
        return;
    while (query.next())
        seqs.append(query.value(0).toLongLong());
    query.finish();
    if (!d->renumber(seqs) || !transaction.commit())
        return;
    qCInfo(lcStore) << "new client id;" << seqs.size() << "outbox entries renumbered";
    d->notify({}, false);
}

std::optional<CachedRecord> LocalStore::record(const QString &entity, const QString &id) const
{
    if (!d->open)
        return std::nullopt;
    return d->record(entity, id);
}

QList<CachedRecord> LocalStore::records(const QString &entity, bool includeDeleted) const
{
    if (!d->open)
        return {};
    QList<CachedRecord> result;
    QSqlQuery query(d->db());
    if (run(query,
            u"SELECT %1 FROM records WHERE entity = ? AND (deleted = 0 OR ?) ORDER BY id"_s.arg(
                recordColumns),
            { entity, includeDeleted })) {
        while (query.next())
            result.append(recordFrom(query));
    }
    return result;
}

QList<CachedRecord> LocalStore::recordsWhere(const QString &entity, const QString &jsonField,
                                             const QString &value) const
{
    if (!d->open)
        return {};
    QList<CachedRecord> result;
    QSqlQuery query(d->db());
    // Text comparison: numbers compare by their text, booleans as "1"/"0".
    if (run(query,
            u"SELECT %1 FROM records WHERE entity = ? AND deleted = 0 "
            u"AND CAST(json_extract(data, ?) AS TEXT) = ? ORDER BY id"_s.arg(recordColumns),
            { entity, QString(u"$.\""_s + jsonField + u'"'), value })) {
        while (query.next())
            result.append(recordFrom(query));
    }
    return result;
}

Result<CachedRecord> LocalStore::Private::save(const QString &entity, const QJsonObject &input,
                                               bool *queued, bool *failed)
{
    *queued = false;
    *failed = false;
    const auto storageFailed = [&] {
        *failed = true;
        return storageError();
    };
    QJsonObject data = input;
    if (data.value(u"id"_s).toString().isEmpty())
        data.insert(u"id"_s, domain::newId()); // the record is born here
    const Errors errors = domain::entity::validate(entity, data);
    if (!errors.isEmpty())
        return errors;
    data = domain::entity::normalise(entity, data);
    const QString id = data.value(u"id"_s).toString();

    if (entity == domain::entity::availability) {
        const Errors overlap = checkOverlap(data);
        if (!overlap.isEmpty()) {
            *failed = overlap.first().code == u"storage";
            return overlap;
        }
    }

    std::optional<CachedRecord> current = record(entity, id);
    if (current && current->deleted) {
        // Undoing a delete that never left this computer: the delete is withdrawn rather than
        // followed by a re-creation the server would refuse.
        QSqlQuery query(db());
        if (!run(
                query,
                u"DELETE FROM outbox WHERE entity = ? AND record_id = ? AND op = ? AND state = ?"_s,
                { entity, id, opDelete, statePending })
            || !rebuild(entity, id))
            return storageFailed();
        current = record(entity, id);
    }
    OutboxEntry entry;
    entry.entity = entity;
    entry.recordId = id;
    entry.op = opUpsert;
    if (current && !current->deleted) {
        entry.baseVersion = current->version;
        // The codec writes every field it knows, so a field missing from data is one the server
        // added and this client does not edit: it is kept, and is not a change.
        QJsonObject merged = current->data;
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (current->data.value(it.key()) != it.value())
                entry.old.insert(it.key(),
                                 current->data.value(it.key()).isUndefined()
                                     ? QJsonValue(QJsonValue::Null)
                                     : current->data.value(it.key()));
            merged.insert(it.key(), it.value());
        }
        if (entry.old.isEmpty())
            return *current; // nothing changed: no mutation (a withdrawn delete stays withdrawn)
        data = merged;
    } else if (current) {
        entry.baseVersion = current->version; // re-creating a deleted record
    }
    entry.data = data;

    if (!insertEntry(entry) || !rebuild(entity, id))
        return storageFailed();
    std::optional<CachedRecord> saved = record(entity, id);
    if (!saved)
        return storageFailed();
    *queued = true;
    return *saved;
}

Result<CachedRecord> LocalStore::saveRecord(const QString &entity, const QJsonObject &input)
{
    if (!d->open)
        return Error { u"not_open"_s, {}, tr("The local cache is not open.") };
    Transaction transaction(d->db());
    if (!transaction.isActive())
        return d->storageError();
    bool queued = false;
    bool failed = false;
    Result<CachedRecord> saved = d->save(entity, input, &queued, &failed);
    if (!saved)
        return saved; // refused or not written: the transaction rolls back
    if (!transaction.commit())
        return d->storageError();
    d->notify(entity, queued);
    return saved;
}

Result<QList<Result<CachedRecord>>> LocalStore::saveRecords(const QString &entity,
                                                            const QList<QJsonObject> &inputs)
{
    if (!d->open)
        return Error { u"not_open"_s, {}, tr("The local cache is not open.") };
    QList<Result<CachedRecord>> results;
    results.reserve(inputs.size());
    if (inputs.isEmpty())
        return results;
    Transaction transaction(d->db());
    if (!transaction.isActive())
        return d->storageError();
    bool anySaved = false;
    bool anyQueued = false;
    for (const QJsonObject &input : inputs) {
        bool queued = false;
        bool failed = false;
        Result<CachedRecord> saved = d->save(entity, input, &queued, &failed);
        if (failed)
            return saved.errors(); // nothing of the batch is kept: the transaction rolls back
        anySaved = anySaved || saved.ok();
        anyQueued = anyQueued || queued;
        results.append(std::move(saved));
    }
    if (!transaction.commit())
        return d->storageError();
    if (anySaved)
        d->notify(entity, anyQueued);
    return results;
}

Result<bool> LocalStore::deleteRecord(const QString &entity, const QString &id)
{
    if (!d->open)
        return Error { u"not_open"_s, {}, tr("The local cache is not open.") };
    std::optional<CachedRecord> current = d->record(entity, id);
    if (!current || current->deleted)
        return Error { u"not_found"_s, u"id"_s, tr("This record no longer exists.") };
    Transaction transaction(d->db());
    if (!transaction.isActive())
        return d->storageError();
    // A record created here and never sent (every entry still pending, no server copy) is
    // simply withdrawn: nothing to tell the server.
    const QList<OutboxEntry> entries = d->entriesFor(entity, id);
    const bool unsent = current->version == 0 && !entries.isEmpty()
        && std::all_of(entries.cbegin(), entries.cend(),
                       [](const OutboxEntry &e) { return e.state == statePending; })
        && d->count(u"SELECT count(*) FROM records WHERE entity = ? AND id = ? "
                    u"AND server_data IS NULL"_s,
                    { entity, id })
            > 0;
    if (unsent) {
        QSqlQuery query(d->db());
        if (!run(query, u"DELETE FROM outbox WHERE entity = ? AND record_id = ?"_s, { entity, id })
            || !d->rebuild(entity, id) || !transaction.commit())
            return d->storageError();
        d->notify(entity, false);
        return true;
    }
    OutboxEntry entry;
    entry.entity = entity;
    entry.recordId = id;
    entry.op = opDelete;
    entry.baseVersion = current->version;
    entry.data = QJsonObject { { u"id"_s, id }, { u"structure_id"_s, current->structureId } };
    if (!d->insertEntry(entry) || !d->rebuild(entity, id) || !transaction.commit())
        return d->storageError();
    d->notify(entity, true);
    return true;
}

Result<OutboxEntry> LocalStore::queueCommand(const QString &entity, const QString &id,
                                             const QJsonObject &command)
{
    if (!d->open)
        return Error { u"not_open"_s, {}, tr("The local cache is not open.") };
    const QString name = command.value(u"command"_s).toString();
    const auto known = commandEntities().constFind(name);
    if (known == commandEntities().cend())
        return Error { u"invalid_value"_s, u"command"_s,
                       tr("\"%1\" is not a command.").arg(name.left(40)) };
    if (*known != entity)
        return Error { u"invalid_value"_s, u"entity"_s,
                       tr("The command \"%1\" applies to a %2, not to a %3.")
                           .arg(name, *known, entity.left(40)) };
    if (QUuid::fromString(id).isNull())
        return Error { u"invalid_id"_s, u"id"_s, tr("The record's identifier is not valid.") };
    if (name == u"propose"_s) {
        for (const QString &key : { u"request_id"_s, u"staff_id"_s }) {
            if (QUuid::fromString(command.value(key).toString()).isNull())
                return Error { u"required"_s, key,
                               tr("A proposal needs a request and a staff "
                                  "member.") };
        }
    }
    if (toText(command).size() > 64 * 1024)
        return Error { u"too_long"_s, u"command"_s, tr("The command is too long.") };

    const std::optional<CachedRecord> current = d->record(entity, id);
    OutboxEntry entry;
    entry.entity = entity;
    entry.recordId = id;
    entry.op = opCommand;
    entry.baseVersion = current ? current->version : 0;
    entry.data = command;
    Transaction transaction(d->db());
    if (!transaction.isActive() || !d->insertEntry(entry))
        return d->storageError();
    if (current && !d->rebuild(entity, id))
        return d->storageError();
    if (!transaction.commit())
        return d->storageError();
    d->notify(current ? entity : QString(), true);
    return entry;
}

QList<OutboxEntry> LocalStore::outbox(const QStringList &states) const
{
    if (!d->open)
        return {};
    QList<OutboxEntry> result;
    QSqlQuery query(d->db());
    QVariantList values;
    for (const QString &state : states)
        values.append(state);
    const QString where
        = states.isEmpty() ? QString() : u" WHERE state IN (%1)"_s.arg(placeholders(states.size()));
    if (run(query, u"SELECT %1 FROM outbox%2 ORDER BY seq"_s.arg(outboxColumns, where), values)) {
        while (query.next())
            result.append(entryFrom(query));
    }
    return result;
}

int LocalStore::pendingCount() const
{
    if (!d->open)
        return 0;
    return d->count(u"SELECT count(*) FROM outbox WHERE state IN (?, ?, ?)"_s,
                    { statePending, stateSent, stateAcked });
}

int LocalStore::needsAttentionCount() const
{
    if (!d->open)
        return 0;
    return d->count(u"SELECT count(*) FROM outbox WHERE state IN (?, ?)"_s,
                    { stateConflict, stateRejected });
}

void LocalStore::markSent(const QList<qint64> &seqs)
{
    if (!d->open)
        return;
    if (seqs.isEmpty())
        return;
    Transaction transaction(d->db());
    QSqlQuery query(d->db());
    for (const qint64 seq : seqs) {
        if (!run(query,
                 u"UPDATE outbox SET state = ?, attempts = attempts + 1 WHERE seq = ? "
                 u"AND state IN (?, ?)"_s,
                 { stateSent, seq, statePending, stateSent }))
            return;
    }
    transaction.commit();
}

void LocalStore::markApplied(qint64 seq, qint64 version)
{
    const std::optional<OutboxEntry> e = d->entry(seq);
    if (!e)
        return;
    Transaction transaction(d->db());
    QSqlQuery query(d->db());
    const std::optional<CachedRecord> current = d->record(e->entity, e->recordId);
    // A pull may already have brought this version back (the answer was lost, then replayed):
    // then the entry's effect is in the cache and it leaves now.
    const bool alreadyPulled = version <= 0
        || (current && current->version >= version
            && d->count(u"SELECT count(*) FROM records WHERE entity = ? AND id = ? "
                        u"AND server_data IS NOT NULL"_s,
                        { e->entity, e->recordId })
                > 0);
    if (alreadyPulled) {
        if (!run(query, u"DELETE FROM outbox WHERE seq = ?"_s, { seq }))
            return;
    } else if (!run(query,
                    u"UPDATE outbox SET state = ?, applied_version = ?, error = NULL, "
                    u"error_field = NULL, error_code = NULL WHERE seq = ?"_s,
                    { stateAcked, version, seq })
               // The server holds this version now: further edits (a delete after a create)
               // are based on it, not on the older one last pulled.
               || (e->op != opCommand
                   && !run(query,
                           u"UPDATE records SET version = ? WHERE entity = ? AND id = ? "
                           u"AND version < ?"_s,
                           { version, e->entity, e->recordId, version }))) {
        return;
    }
    if (!d->deleteConflictIfResolved(e->entity, e->recordId) || !d->rebuild(e->entity, e->recordId)
        || !transaction.commit())
        return;
    d->notify(e->entity, false);
}

void LocalStore::markRejected(qint64 seq, const Error &error)
{
    const std::optional<OutboxEntry> e = d->entry(seq);
    if (!e)
        return;
    Transaction transaction(d->db());
    QSqlQuery query(d->db());
    if (!run(query,
             u"UPDATE outbox SET state = ?, error = ?, error_field = ?, error_code = ? "
             u"WHERE seq = ?"_s,
             { stateRejected, error.message, error.field, error.code, seq })
        || !d->rebuild(e->entity, e->recordId) || !transaction.commit())
        return;
    d->notify(e->entity, false);
}

bool LocalStore::markConflict(qint64 seq, const QJsonObject &serverRecord, qint64 serverVersion)
{
    const std::optional<OutboxEntry> e = d->entry(seq);
    if (!e)
        return false;
    const std::optional<CachedRecord> current = d->record(e->entity, e->recordId);
    Transaction transaction(d->db());
    QSqlQuery query(d->db());
    // The server already holds this change's values (another client sent the same values, or
    // this one re-sent what a restored server had lost): nothing for a person to decide.
    bool sameValues = e->op == opUpsert && !serverRecord.isEmpty()
        && !serverRecord.value(u"deleted"_s).toBool();
    // An edit compares the fields it changed; a creation, every field it sent.
    const QJsonObject &compared = e->old.isEmpty() ? e->data : e->old;
    for (auto it = compared.begin(); sameValues && it != compared.end(); ++it)
        sameValues = serverRecord.value(it.key()) == e->data.value(it.key());
    if (sameValues) {
        if (!run(query, u"DELETE FROM outbox WHERE seq = ?"_s, { seq })
            || !run(query,
                    u"UPDATE records SET server_data = ?, server_deleted = 0, version = ? "
                    u"WHERE entity = ? AND id = ? AND version <= ?"_s,
                    { toText(serverRecord), serverVersion, e->entity, e->recordId, serverVersion })
            || !d->deleteConflictIfResolved(e->entity, e->recordId)
            || !d->rebuild(e->entity, e->recordId) || !transaction.commit())
            return false;
        d->notify(e->entity, false);
        return false;
    }
    if (!run(query, u"UPDATE outbox SET state = ? WHERE seq = ?"_s, { stateConflict, seq }))
        return false;
    // The server's record becomes the base the local changes are shown on.
    const bool serverDeleted = serverRecord.isEmpty() || serverRecord.value(u"deleted"_s).toBool();
    if (!run(query,
             u"INSERT INTO records (entity, id, structure_id, version, deleted, data, "
             u"sync_state, server_data, server_deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
             u"ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, "
             u"server_data = excluded.server_data, server_deleted = excluded.server_deleted"_s,
             { e->entity, e->recordId, notNull(serverRecord.value(u"structure_id"_s).toString()),
               serverVersion, serverDeleted, toText(serverRecord), stateConflict,
               toText(serverRecord), serverDeleted }))
        return false;
    const QJsonObject mine = current ? current->data : e->data;
    if (!run(query,
             u"INSERT INTO conflicts (entity, record_id, outbox_seq, mine, theirs, "
             u"their_version, mine_deleted, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
             u"ON CONFLICT (entity, record_id) DO UPDATE SET outbox_seq = excluded.outbox_seq, "
             u"mine = excluded.mine, theirs = excluded.theirs, "
             u"their_version = excluded.their_version, mine_deleted = excluded.mine_deleted, "
             u"reported_at = excluded.reported_at"_s,
             { e->entity, e->recordId, seq, toText(mine), toText(serverRecord), serverVersion,
               current ? current->deleted : e->op == opDelete, nowText() })
        || !d->rebuild(e->entity, e->recordId) || !transaction.commit())
        return false;
    d->notify(e->entity, false);
    return true;
}

void LocalStore::markPending(qint64 seq)
{
    const std::optional<OutboxEntry> e = d->entry(seq);
    if (!e)
        return;
    Transaction transaction(d->db());
    QSqlQuery query(d->db());
    const qint64 newSeq = d->takeSeq();
    if (newSeq <= 0
        || !run(query,
                u"UPDATE outbox SET seq = ?, mutation_id = ?, state = ?, error = NULL, "
                u"error_field = NULL, error_code = NULL, attempts = 0 WHERE seq = ?"_s,
                { newSeq, QUuid::createUuid().toString(QUuid::WithoutBraces), statePending, seq })
        || !d->deleteConflictIfResolved(e->entity, e->recordId)
        || !d->rebuild(e->entity, e->recordId) || !transaction.commit())
        return;
    d->notify(e->entity, true);
}

Result<bool> LocalStore::resendCorrected(qint64 seq, const QJsonObject &corrected)
{
    if (!d->open)
        return Error { u"not_open"_s, {}, tr("The local cache is not open.") };
    const std::optional<OutboxEntry> e = d->entry(seq);
    if (!e || e->state != stateRejected)
        return Error { u"not_found"_s, {}, tr("This change is no longer waiting for a decision.") };
    QJsonObject data = e->data;
    QJsonObject old = e->old;
    qint64 baseVersion = e->baseVersion;
    if (e->op == opUpsert) {
        data = corrected;
        data.insert(u"id"_s, e->recordId);
        const Errors errors = domain::entity::validate(e->entity, data);
        if (!errors.isEmpty())
            return errors;
        data = domain::entity::normalise(e->entity, data);
        if (e->entity == domain::entity::availability) {
            const Errors overlap = d->checkOverlap(data);
            if (!overlap.isEmpty())
                return overlap;
        }
        // Based on the server's record as last pulled, not on the refused values.
        QSqlQuery query(d->db());
        QJsonObject server;
        if (run(query,
                u"SELECT server_data, version FROM records WHERE entity = ? AND id = ? "
                u"AND server_data IS NOT NULL AND server_deleted = 0"_s,
                { e->entity, e->recordId })
            && query.next()) {
            server = fromText(query.value(0));
            baseVersion = query.value(1).toLongLong();
        }
        query.finish();
        old = {};
        if (!server.isEmpty()) {
            QJsonObject merged = server;
            for (auto it = data.begin(); it != data.end(); ++it) {
                if (server.value(it.key()) != it.value())
                    old.insert(it.key(),
                               server.value(it.key()).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                                    : server.value(it.key()));
                merged.insert(it.key(), it.value());
            }
            data = merged;
        } else {
            baseVersion = 0;
        }
    } else if (e->op == opCommand) {
        if (corrected.value(u"command"_s) != e->data.value(u"command"_s))
            return Error { u"invalid_value"_s, u"command"_s,
                           tr("A corrected command must stay the same command.") };
        data = corrected;
    }
    Transaction transaction(d->db());
    QSqlQuery query(d->db());
    const qint64 newSeq = transaction.isActive() ? d->takeSeq() : 0;
    if (newSeq <= 0
        || !run(query,
                u"UPDATE outbox SET seq = ?, mutation_id = ?, state = ?, data = ?, old = ?, "
                u"base_version = ?, error = NULL, error_field = NULL, error_code = NULL, "
                u"attempts = 0, schema_version = ? WHERE seq = ?"_s,
                { newSeq, QUuid::createUuid().toString(QUuid::WithoutBraces), statePending,
                  toText(data), old.isEmpty() ? QVariant() : QVariant(toText(old)), baseVersion,
                  LocalStore::schemaVersion, seq })
        || !d->rebuild(e->entity, e->recordId) || !transaction.commit())
        return d->storageError();
    d->notify(e->entity, true);
    return true;
}

void LocalStore::dropEntry(qint64 seq)
{
    const std::optional<OutboxEntry> e = d->entry(seq);
    if (!e)
        return;
    Transaction transaction(d->db());
    QSqlQuery query(d->db());
    if (!run(query, u"DELETE FROM outbox WHERE seq = ?"_s, { seq })
        || !d->deleteConflictIfResolved(e->entity, e->recordId)
        || !d->rebuild(e->entity, e->recordId) || !transaction.commit())
        return;
    d->notify(e->entity, false);
}

Result<bool> LocalStore::applyPage(const QList<Change> &changes, const QString &nextCursor,
                                   bool lastPage)
{
    if (!d->open)
        return Error { u"not_open"_s, {}, tr("The local cache is not open.") };
    Transaction transaction(d->db());
    if (!transaction.isActive())
        return d->storageError();
    QSqlQuery query(d->db());
    QSet<QString> entities;

    // Records with local entries (or a conflict) are rebased; the others, nearly all of a first
    // sync, take the server's record in one prepared statement.
    QSet<std::pair<QString, QString>> local;
    for (const QString &sql : { u"SELECT DISTINCT entity, record_id FROM outbox"_s,
                                u"SELECT entity, record_id FROM conflicts"_s }) {
        if (!run(query, sql))
            return d->storageError();
        while (query.next())
            local.insert({ query.value(0).toString(), query.value(1).toString() });
        query.finish();
    }
    QSqlQuery plain(d->db());
    QSqlQuery rebased(d->db());
    QSqlQuery arrived(d->db());
    if (!plain.prepare(u"INSERT INTO records (entity, id, structure_id, version, deleted, data, "
                       u"sync_state, server_data, server_deleted, stale) "
                       u"VALUES (?, ?, ?, ?, ?, ?, 'synced', ?, ?, 0) "
                       u"ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, "
                       u"deleted = excluded.deleted, data = excluded.data, "
                       u"sync_state = 'synced', server_data = excluded.server_data, "
                       u"server_deleted = excluded.server_deleted, stale = 0, "
                       u"prior_version = CASE WHEN stale = 1 THEN version ELSE prior_version END, "
                       u"prior_data = CASE WHEN stale = 1 AND server_deleted = 0 THEN server_data "
                       u"ELSE prior_data END, "
                       u"structure_id = CASE WHEN excluded.structure_id = '' THEN structure_id "
                       u"ELSE excluded.structure_id END"_s)
        || !rebased.prepare(
            u"INSERT INTO records (entity, id, structure_id, version, deleted, data, "
            u"sync_state, server_data, server_deleted, stale) "
            u"VALUES (?, ?, ?, ?, ?, ?, 'synced', ?, ?, 0) "
            u"ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, "
            u"server_data = excluded.server_data, server_deleted = excluded.server_deleted, "
            u"stale = 0, "
            u"prior_version = CASE WHEN stale = 1 THEN version ELSE prior_version END, "
            u"prior_data = CASE WHEN stale = 1 AND server_deleted = 0 THEN server_data "
            u"ELSE prior_data END, structure_id = CASE WHEN excluded.structure_id = '' "
            u"THEN structure_id ELSE excluded.structure_id END"_s)
        || !arrived.prepare(u"DELETE FROM outbox WHERE entity = ? AND record_id = ? "
                            u"AND state = 'acked' AND applied_version <= ?"_s)) {
        qCWarning(lcStore) << "prepare failed:" << d->db().lastError().text();
        return d->storageError();
    }
    const auto exec = [](QSqlQuery &statement, const QVariantList &values) {
        for (qsizetype i = 0; i < values.size(); ++i)
            statement.bindValue(int(i), values.at(i));
        if (statement.exec())
            return true;
        qCWarning(lcStore) << "statement failed:" << statement.lastQuery()
                           << statement.lastError().text();
        return false;
    };

    for (const Change &change : changes) {
        const QJsonObject data = change.deleted && change.data.isEmpty()
            ? QJsonObject { { u"id"_s, change.id } }
            : change.data;
        const QString text = toText(data);
        const QVariantList values {
            change.entity,  change.id,      notNull(data.value(u"structure_id"_s).toString()),
            change.version, change.deleted, text,
            text,           change.deleted
        };
        entities.insert(change.entity);
        if (!local.contains({ change.entity, change.id })) {
            if (!exec(plain, values))
                return d->storageError();
            continue;
        }
        // The outbox entries whose effect this version carries have arrived: they leave now.
        if (!exec(arrived, { change.entity, change.id, change.version }) || !exec(rebased, values)
            || !d->deleteConflictIfResolved(change.entity, change.id)
            || !d->rebuild(change.entity, change.id))
            return d->storageError();
    }
    // The fault suite kills the process here: the page's records are written, not its cursor.
    crashPoint("page_applied");
    if (!d->setKv(keyCursor, nextCursor))
        return d->storageError();
    if (lastPage) {
        // The feed is complete up to now, and every acknowledgement came before this pull
        // began (a cycle pushes, then pulls): an acknowledged entry still here has an effect this
        // account does not receive, and never will. It leaves; the record shows the server's.
        QList<std::pair<QString, QString>> settled;
        if (!run(query, u"SELECT DISTINCT entity, record_id FROM outbox WHERE state = ?"_s,
                 { stateAcked }))
            return d->storageError();
        while (query.next())
            settled.append({ query.value(0).toString(), query.value(1).toString() });
        query.finish();
        if (!run(query, u"DELETE FROM outbox WHERE state = ?"_s, { stateAcked }))
            return d->storageError();
        for (const auto &[entity, id] : std::as_const(settled)) {
            if (!d->rebuild(entity, id))
                return d->storageError();
            entities.insert(entity);
        }
        if (d->kv(keyResync) == u"1"_s && !d->finishResync(&entities, false))
            return d->storageError();
    }
    if (!transaction.commit())
        return d->storageError();
    for (const QString &entity : std::as_const(entities))
        emit recordsChanged(entity);
    emit outboxChanged(pendingCount());
    if (lastPage && d->kv(keyResync) == u"held"_s)
        emit removalHeld(heldRemovalCount());
    return true;
}

QString LocalStore::cursor() const
{
    if (!d->open)
        return {};
    return d->kv(keyCursor);
}

void LocalStore::resetForResync()
{
    if (!d->open)
        return;
    Transaction transaction(d->db());
    QSqlQuery query(d->db());
    const QString resync = d->kv(keyResync);
    // A resync that starts again (interrupted, or a new 410 while one waits for a person) keeps
    // the cursor the first one started from.
    const bool first = resync != u"1"_s && resync != u"held"_s;
    // Acknowledged entries are sent again: if the server was restored from a backup it lost
    // them, and if not it answers them from its record of their first answer (mutation_id).
    if (!run(query, u"UPDATE records SET stale = 1"_s)
        || !run(query, u"UPDATE outbox SET state = ? WHERE state = ?"_s, { stateSent, stateAcked })
        || (first && !d->setKv(keyResyncFrom, d->kv(keyCursor))) || !d->setKv(keyCursor, QString())
        || !d->setKv(keyResync, u"1"_s) || !transaction.commit())
        return;
    qCInfo(lcStore) << "cache marked for a full resync; the outbox is kept";
}

int LocalStore::heldRemovalCount() const
{
    if (!d->open || d->kv(keyResync) != u"held"_s)
        return 0;
    return d->count(u"SELECT count(*) FROM records WHERE stale = 1 AND "
                    u"server_data IS NOT NULL AND server_deleted = 0"_s);
}

Result<bool> LocalStore::confirmHeldRemoval()
{
    if (!d->open)
        return Error { u"not_open"_s, {}, tr("The local cache is not open.") };
    if (d->kv(keyResync) != u"held"_s)
        return true;
    QSet<QString> entities;
    Transaction transaction(d->db());
    if (!transaction.isActive() || !d->finishResync(&entities, true) || !transaction.commit())
        return d->storageError();
    for (const QString &entity : std::as_const(entities))
        emit recordsChanged(entity);
    emit outboxChanged(pendingCount());
    emit changeQueued();
    return true;
}

void LocalStore::setRemovalGuard(int percent, int minimum)
{
    d->guardPercent = std::clamp(percent, 0, 100);
    d->guardMinimum = std::max(0, minimum);
}

QList<Conflict> LocalStore::conflicts() const
{
    if (!d->open)
        return {};
    QList<Conflict> result;
    QSqlQuery query(d->db());
    if (run(query,
            u"SELECT c.entity, c.record_id, c.outbox_seq, c.mine, c.theirs, c.their_version, "
            u"c.mine_deleted, c.reported_at, o.old FROM conflicts c LEFT JOIN outbox o ON "
            u"o.seq = c.outbox_seq ORDER BY c.reported_at, c.entity, c.record_id"_s)) {
        while (query.next()) {
            Conflict c;
            c.entity = query.value(0).toString();
            c.recordId = query.value(1).toString();
            c.outboxSeq = query.value(2).toLongLong();
            c.mine = fromText(query.value(3));
            c.theirs = fromText(query.value(4));
            c.theirVersion = query.value(5).toLongLong();
            c.mineDeleted = query.value(6).toBool();
            c.reportedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
            c.base = fromText(query.value(8));
            result.append(c);
        }
    }
    return result;
}

Result<bool> LocalStore::resolveConflict(const QString &entity, const QString &recordId,
                                         const QJsonObject &resolved)
{
    if (!d->open)
        return Error { u"not_open"_s, {}, tr("The local cache is not open.") };
    const QList<Conflict> all = conflicts();
    const auto found = std::find_if(all.cbegin(), all.cend(), [&](const Conflict &c) {
        return c.entity == entity && c.recordId == recordId;
    });
    if (found == all.cend())
        return Error { u"not_found"_s, {}, tr("This conflict was already resolved.") };

    OutboxEntry entry;
    entry.entity = entity;
    entry.recordId = recordId;
    entry.baseVersion = found->theirVersion;
    QJsonObject data;
    if (resolved.isEmpty()) {
        entry.op = opDelete;
        entry.data = QJsonObject { { u"id"_s, recordId },
                                   { u"structure_id"_s,
                                     found->theirs.value(u"structure_id"_s).toString() } };
    } else {
        data = resolved;
        data.insert(u"id"_s, recordId);
        const Errors errors = domain::entity::validate(entity, data);
        if (!errors.isEmpty())
            return errors;
        data = domain::entity::normalise(entity, data);
        if (entity == domain::entity::availability) {
            const Errors overlap = d->checkOverlap(data);
            if (!overlap.isEmpty())
                return overlap;
        }
        entry.op = opUpsert;
        QJsonObject merged = found->theirs;
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (found->theirs.value(it.key()) != it.value())
                entry.old.insert(it.key(),
                                 found->theirs.value(it.key()).isUndefined()
                                     ? QJsonValue(QJsonValue::Null)
                                     : found->theirs.value(it.key()));
            merged.insert(it.key(), it.value());
        }
        entry.data = merged;
    }
    const bool keepTheirs = entry.op == opUpsert && entry.old.isEmpty();

    Transaction transaction(d->db());
    QSqlQuery query(d->db());
    // The conflicting entries were answered (their seqs are consumed); the resolution replaces
    // them, based on the server's version.
    if (!transaction.isActive()
        || !run(query, u"DELETE FROM outbox WHERE entity = ? AND record_id = ? AND state = ?"_s,
                { entity, recordId, stateConflict })
        || !run(query, u"DELETE FROM conflicts WHERE entity = ? AND record_id = ?"_s,
                { entity, recordId })
        || !run(query,
                u"UPDATE records SET server_data = ?, server_deleted = ?, version = ? "
                u"WHERE entity = ? AND id = ?"_s,
                { toText(found->theirs), found->theirs.isEmpty(), found->theirVersion, entity,
                  recordId }))
        return d->storageError();
    if (!keepTheirs && !d->insertEntry(entry))
        return d->storageError();
    if (!d->rebuild(entity, recordId) || !transaction.commit())
        return d->storageError();
    d->notify(entity, !keepTheirs);
    return true;
}

QString LocalStore::value(const QString &key) const
{
    if (!d->open)
        return {};
    return d->kv(u"app."_s + key);
}

void LocalStore::setValue(const QString &key, const QString &value)
{
    if (!d->open)
        return;
    d->setKv(u"app."_s + key, value);
}

} // namespace releve::store

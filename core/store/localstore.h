// The client's local SQLite cache (WAL, synchronous=FULL): the records this account may see,
// the outbox of local changes not yet confirmed by the server, conflicts, and sync state.
// Every local change and its outbox entry are written in one transaction (DESIGN.md,
// "Client ↔ server"). The UI reads and edits only through this class.
#pragma once

#include "core/domain/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace releve::store {

// A record as cached: the server's version plus the data the UI shows (local edits included).
struct CachedRecord
{
    QString entity;
    QString id;
    QString structureId;
    qint64 version = 0; // the server's version this data is based on; 0 = never on the server
    bool deleted = false;
    QJsonObject data;
    QString syncState; // "synced", "pending", "conflict", "rejected"
};

// One local change waiting to reach the server.
struct OutboxEntry
{
    qint64 seq = 0; // this client's sequence number, 1, 2, 3…
    QString mutationId; // UUID
    QString entity;
    QString recordId;
    QString op; // "upsert", "delete", "command"
    qint64 baseVersion = 0;
    QJsonObject data; // the new values (the whole record for upsert; the command for command)
    QJsonObject old; // old values of the changed fields (upsert only)
    QString state; // "pending", "sent", "acked", "conflict", "rejected"
    qint64 appliedVersion = 0; // the version the server answered when applied
    QString error; // the server's reason when rejected
    QString errorField;
    QString errorCode; // the server's machine code when rejected ("slot_committed"…)
    int attempts = 0;
    QDateTime createdAt; // audit only, never used for ordering
    int schemaVersion = 0; // the cache schema that wrote the entry (older ones are upcast)

    QJsonObject toMutationJson() const; // one element of POST /v1/mutations' "mutations"
};

// A conflict the server reported: the local values kept beside the server's record, field by
// field, for the mine / theirs / merge dialog (the resolution goes to resolveConflict()).
struct Conflict
{
    QString entity;
    QString recordId;
    qint64 outboxSeq = 0;
    QJsonObject mine; // the record as this client wanted it
    QJsonObject theirs; // the server's record
    QJsonObject base; // the values the fields this client changed had before its edit
    qint64 theirVersion = 0;
    bool mineDeleted = false; // this client deleted the record
    QDateTime reportedAt;

    // Every field whose value differs between mine and theirs (id and structure_id excluded).
    QStringList differingFields() const;
    // The fields both sides changed to different values: what a person has to choose.
    QStringList overlappingFields() const;
    // Theirs, with this client's value for each field in takeMine; by default for every field
    // only this client changed (what an automatic merge would have kept).
    QJsonObject merged(const std::optional<QStringList> &takeMine = std::nullopt) const;
};

class LocalStore : public QObject
{
    Q_OBJECT

public:
    // 1: records, outbox, conflicts, kv. 2: outbox.schema_version, records.prior_version and
    // prior_data (what a server restored from a backup lost).
    static constexpr int schemaVersion = 2;

    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    // Opens (or creates and migrates) the cache at path. Errors are values: a corrupt file is
    // "cache_corrupt" with a message saying what was kept and what to do; the bad file is moved
    // to "<path>.corrupt-<timestamp>" (never deleted), its unsent changes are recovered when
    // readable, and the store is then open on a fresh cache (isOpen() is true). A cache written
    // by a newer version is "cache_newer" and is left untouched (isOpen() is false).
    domain::Result<bool> open(const QString &path);
    void close();
    QString path() const;
    bool isOpen() const;

    // Identity of this local database towards the server.
    QString clientId() const;
    void rotateClientId(); // after "client_state_mismatch": new id, pending entries renumbered

    // Reads (the UI's view: server data with local pending edits applied).
    std::optional<CachedRecord> record(const QString &entity, const QString &id) const;
    QList<CachedRecord> records(const QString &entity, bool includeDeleted = false) const;
    QList<CachedRecord> recordsWhere(const QString &entity, const QString &jsonField,
                                     const QString &value) const;

    // Local edits: validate with core/domain (errors name the field; two availability slots of
    // the same kind for one staff member may not overlap: "overlap" on "start"), write the
    // record and its outbox entry in one transaction, emit recordsChanged. An id is created when
    // data has none. The entry carries the whole record, the old values of the changed fields
    // and the cached server version. Saving a record whose delete is still unsent withdraws the
    // delete (undo); deleting a record never sent withdraws its entries.
    domain::Result<CachedRecord> saveRecord(const QString &entity, const QJsonObject &data);
    // Many records of one entity (an import) in one transaction: each is validated and written
    // exactly as saveRecord would, in order (a record sees the ones before it: an update, an
    // overlap), with its outbox entry; recordsChanged is emitted once. The answer has one
    // result per record, in the same order: the record as saved, or why it was refused (the
    // others are saved all the same). An error instead (not open, storage) means nothing of the
    // batch was saved.
    domain::Result<QList<domain::Result<CachedRecord>>>
    saveRecords(const QString &entity, const QList<QJsonObject> &records);
    domain::Result<bool> deleteRecord(const QString &entity, const QString &id);
    // A command (publish, propose, accept, decline, cancel, withdraw, sign) queued for the server.
    domain::Result<OutboxEntry> queueCommand(const QString &entity, const QString &id,
                                             const QJsonObject &command);

    // Outbox, for the sync engine.
    QList<OutboxEntry> outbox(const QStringList &states = {}) const; // in seq order
    // Entries the sync still has to carry (pending, sent, or acked and not yet pulled back).
    int pendingCount() const;
    // Entries waiting for the person: conflicts and rejected changes.
    int needsAttentionCount() const;
    void markSent(const QList<qint64> &seqs);
    void markApplied(qint64 seq, qint64 version);
    void markRejected(qint64 seq, const domain::Error &error);
    // True when the conflict waits for a person; false when the server's record already holds
    // this change's values (the entry then leaves, as applied).
    bool markConflict(qint64 seq, const QJsonObject &serverRecord, qint64 serverVersion);
    // To resend a rejected or conflicting entry as a new mutation (new seq and mutation_id: the
    // server answers a known one with its first answer).
    void markPending(qint64 seq);
    // The person corrected a rejected change (the whole record for an upsert, the command object
    // for a command): validated like saveRecord, then queued again as a new mutation in its
    // place. A delete is resent as it was.
    domain::Result<bool> resendCorrected(qint64 seq, const QJsonObject &corrected);
    void dropEntry(qint64 seq); // the person discarded a rejected change

    // Pull: applies a page of changes and the next cursor in one transaction. Outbox entries
    // whose effect the page brings back (applied version reached) leave the outbox in it too.
    // A record with unacknowledged local changes keeps them: the page's values are taken for
    // the other fields only (rebase). lastPage (has_more false, at the end of a pull that began
    // after the last push) settles what is left: acknowledged entries whose effect this account
    // does not receive leave, and after resetForResync() the records the full pull did not
    // bring back are removed then, never before.
    struct Change
    {
        QString entity;
        QString id;
        qint64 version = 0;
        bool deleted = false;
        QJsonObject data;
    };
    domain::Result<bool> applyPage(const QList<Change> &changes, const QString &nextCursor,
                                   bool lastPage = false);
    QString cursor() const;
    // After a 410 (cursor too old, server restored): forget server data, keep the outbox (its
    // acknowledged entries are sent again: a restored server lost them). The cursor is cleared;
    // cached records stay visible until the full pull's last page. There, if the server went
    // back in time (another epoch, or a lower seq), this structure's records it lost are queued
    // again from the cache, ahead of the outbox, under a new client_id; then the records the
    // full pull did not bring back are removed — unless that is more than the removal guard
    // allows: then they stay, removalHeld() is emitted, and they wait for confirmHeldRemoval().
    void resetForResync();
    int heldRemovalCount() const; // 0 when nothing waits
    domain::Result<bool> confirmHeldRemoval();
    // More than percent % of the cached records, and more than minimum, is held (30 %, 20).
    void setRemovalGuard(int percent, int minimum);

    QList<Conflict> conflicts() const;
    // The person's decision: a new mutation on the server's version (none when resolved equals
    // theirs; an empty object deletes the record). Validated like saveRecord.
    domain::Result<bool> resolveConflict(const QString &entity, const QString &recordId,
                                         const QJsonObject &resolved);

    // Small persistent values (account login, server URL, last sync…). Never secrets.
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);

signals:
    void recordsChanged(const QString &entity);
    void outboxChanged(int pendingCount);
    void changeQueued(); // a local change entered the outbox (the sync engine's trigger)
    void removalHeld(int count); // a full resync would remove count records: ask a person

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace releve::store

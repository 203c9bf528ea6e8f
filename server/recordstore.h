// The records of every entity as the server keeps them: data (JSON of core/domain), version,
// deleted flag and `seq` (docs/protocol.md, "Records and visibility"), plus the columns that say
// who sees them. Writing a record derives its owner, its other party and whether other structures
// may see its public view; a change of sharing re-sends the dependent records.
#pragma once

#include "storage.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace releve::server {

struct StoredRecord
{
    QString entity;
    QString id;
    QString structureId; // the owner
    QString partyId; // the other party that sees it (proposal: requester, contract: user)
    QString parentId; // slot → staff, proposal and contract → request, time stamp → contract
    qint64 version = 0;
    bool deleted = false;
    bool shared = false; // other structures may see its public view
    bool exposed = false; // they ever could: a tombstone reaches them when it stops
    QJsonObject data;
    qint64 seq = 0;
    QDateTime updatedAt;
};

class RecordStore
{
public:
    explicit RecordStore(const Storage &storage)
        : m_storage(storage)
    { }

    std::optional<StoredRecord> get(const QString &entity, const QString &id) const;
    // Live records of an entity (optionally only those whose parent is parentId).
    QList<StoredRecord> list(const QString &entity, const QString &parentId = {}) const;
    QList<StoredRecord> listOwnedBy(const QString &entity, const QString &structureId) const;
    // Records with seq > afterSeq, in seq order, at most limit. structureFilter (non-empty) keeps
    // only rows that structure could see: its own, the other party's, structures, exposed ones.
    QList<StoredRecord> changesAfter(qint64 afterSeq, int limit,
                                     const QString &structureFilter) const;

    // Inside a write transaction: stores data (normalised by the caller) as the next version of
    // the record, with a new seq. Derives owner, party, parent and sharing from the data.
    StoredRecord save(const QString &entity, const QJsonObject &data);
    // Inside a write transaction: a tombstone (data reduced to id and structure_id, plus keep: the
    // pseudonym of an erased worker). The change feed sends tombstones as {id} only.
    StoredRecord remove(const QString &entity, const QString &id, const QJsonObject &keep = {});
    // Removes the tombstones older than the horizon; returns the new horizon seq (0 = none).
    qint64 purgeTombstones(const QDateTime &olderThan);

private:
    StoredRecord write(StoredRecord record);
    void derive(StoredRecord &record) const;
    // Re-sends (new seq, same version) records whose visibility depends on a changed one.
    void refreshDependents(const StoredRecord &before, const StoredRecord &after);
    StoredRecord touch(StoredRecord record);
    static StoredRecord fromQuery(const QSqlQuery &query);

    const Storage &m_storage;
};

} // namespace releve::server

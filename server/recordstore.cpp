#include "recordstore.h"

#include "core/domain/entity.h"

#include <QJsonDocument>

namespace releve::server {

namespace {

const QString columns = QStringLiteral("entity, id, structure_id, party_id, parent_id, version, "
                                       "deleted, shared, exposed, data, seq, updated_at");

QString text(const QJsonObject &data, const QString &key)
{
    return data.value(key).toString();
}

QString toText(const QJsonObject &data)
{
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

} // namespace

StoredRecord RecordStore::fromQuery(const QSqlQuery &query)
{
    StoredRecord r;
    r.entity = query.value(0).toString();
    r.id = query.value(1).toString();
    r.structureId = query.value(2).toString();
    r.partyId = query.value(3).toString();
    r.parentId = query.value(4).toString();
    r.version = query.value(5).toLongLong();
    r.deleted = query.value(6).toInt() != 0;
    r.shared = query.value(7).toInt() != 0;
    r.exposed = query.value(8).toInt() != 0;
    r.data = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    r.seq = query.value(10).toLongLong();
    r.updatedAt = fromStoredTime(query.value(11).toLongLong());
    return r;
}

std::optional<StoredRecord> RecordStore::get(const QString &entity, const QString &id) const
{
    Rows query = m_storage.exec(
        QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND id = ?").arg(columns),
        { entity, id.toLower() });
    if (!query.next())
        return std::nullopt;
    return fromQuery(query);
}

QList<StoredRecord> RecordStore::list(const QString &entity, const QString &parentId) const
{
    Rows query = parentId.isEmpty()
        ? m_storage.exec(QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND deleted = 0 "
                                        "ORDER BY id")
                             .arg(columns),
                         { entity })
        : m_storage.exec(QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND parent_id = ? "
                                        "AND deleted = 0 ORDER BY id")
                             .arg(columns),
                         { entity, parentId });
    QList<StoredRecord> result;
    while (query.next())
        result.append(fromQuery(query));
    return result;
}

QList<StoredRecord> RecordStore::listOwnedBy(const QString &entity,
                                             const QString &structureId) const
{
    Rows query = m_storage.exec(QStringLiteral("SELECT %1 FROM records WHERE structure_id = ? "
                                               "AND entity = ? AND deleted = 0 ORDER BY id")
                                    .arg(columns),
                                { structureId, entity });
    QList<StoredRecord> result;
    while (query.next())
        result.append(fromQuery(query));
    return result;
}

QList<StoredRecord> RecordStore::changesAfter(qint64 afterSeq, int limit,
                                              const QString &structureFilter) const
{
    Rows query = structureFilter.isEmpty()
        ? m_storage.exec(QStringLiteral("SELECT %1 FROM records WHERE seq > ? ORDER BY seq LIMIT ?")
                             .arg(columns),
                         { afterSeq, limit })
        : m_storage.exec(QStringLiteral("SELECT %1 FROM records WHERE seq > ? AND (entity = "
                                        "'structure' OR structure_id = ? OR party_id = ? OR "
                                        "exposed = 1) ORDER BY seq LIMIT ?")
                             .arg(columns),
                         { afterSeq, structureFilter, structureFilter, limit });
    QList<StoredRecord> result;
    while (query.next())
        result.append(fromQuery(query));
    return result;
}

void RecordStore::derive(StoredRecord &r) const
{
    const QJsonObject &d = r.data;
    namespace entity = domain::entity;
    r.structureId = text(d, QStringLiteral("structure_id"));
    r.partyId.clear();
    r.parentId.clear();
    r.shared = false;
    if (r.deleted)
        return;
    if (r.entity == entity::structure) {
        r.structureId = r.id;
        r.shared = true;
    } else if (r.entity == entity::staff) {
        const auto structure = get(entity::structure, r.structureId);
        const bool structureShares = structure && !structure->deleted
            && structure->data.value(QStringLiteral("shares_staff")).toBool(true);
        r.shared = structureShares && d.value(QStringLiteral("consent_sharing")).toBool()
            && d.value(QStringLiteral("active")).toBool(true);
    } else if (r.entity == entity::availability) {
        r.parentId = text(d, QStringLiteral("staff_id"));
        const auto staff = get(entity::staff, r.parentId);
        r.shared = staff && staff->shared;
    } else if (r.entity == entity::request) {
        r.shared = text(d, QStringLiteral("status")) != u"draft";
    } else if (r.entity == entity::proposal) {
        r.partyId = text(d, QStringLiteral("request_structure_id"));
        r.parentId = text(d, QStringLiteral("request_id"));
    } else if (r.entity == entity::contract) {
        r.partyId = d.value(QStringLiteral("user"))
                        .toObject()
                        .value(QStringLiteral("structure_id"))
                        .toString();
        r.parentId = text(d, QStringLiteral("request_id"));
    } else if (r.entity == entity::interventionRecord) {
        r.parentId = text(d, QStringLiteral("contract_id"));
        if (const auto contract = get(entity::contract, r.parentId))
            r.partyId = contract->structureId == r.structureId ? contract->partyId
                                                               : contract->structureId;
    }
}

StoredRecord RecordStore::write(StoredRecord r)
{
    r.seq = m_storage.nextSeq();
    r.updatedAt = QDateTime::currentDateTimeUtc();
    r.exposed = r.exposed || r.shared;
    m_storage.exec(
        QStringLiteral("INSERT INTO records (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (entity, id) DO UPDATE SET structure_id = "
                       "excluded.structure_id, party_id = excluded.party_id, parent_id = "
                       "excluded.parent_id, version = excluded.version, deleted = "
                       "excluded.deleted, shared = excluded.shared, exposed = "
                       "excluded.exposed, data = excluded.data, seq = excluded.seq, "
                       "updated_at = excluded.updated_at")
            .arg(columns),
        { r.entity, r.id, r.structureId, r.partyId, r.parentId, r.version, int(r.deleted),
          int(r.shared), int(r.exposed), toText(r.data), r.seq, toStoredTime(r.updatedAt) });
    return r;
}

StoredRecord RecordStore::save(const QString &entity, const QJsonObject &data)
{
    const QString id = text(data, QStringLiteral("id")).toLower();
    const std::optional<StoredRecord> before = get(entity, id);
    StoredRecord r;
    r.entity = entity;
    r.id = id;
    r.data = data;
    r.version = before ? before->version + 1 : 1;
    r.exposed = before && before->exposed;
    derive(r);
    r = write(r);
    if (before)
        refreshDependents(*before, r);
    return r;
}

StoredRecord RecordStore::remove(const QString &entity, const QString &id, const QJsonObject &keep)
{
    std::optional<StoredRecord> before = get(entity, id);
    if (!before)
        throw DatabaseError(QStringLiteral("no %1 %2 to delete").arg(entity, id));
    StoredRecord r = *before;
    r.version += 1;
    r.deleted = true;
    r.shared = false;
    // Personal data leaves with the record: the tombstone keeps only what routes it.
    r.data = QJsonObject { { QStringLiteral("id"), r.id },
                           { QStringLiteral("structure_id"), r.structureId } };
    for (auto it = keep.begin(); it != keep.end(); ++it)
        r.data.insert(it.key(), it.value());
    r = write(r);
    refreshDependents(*before, r);
    return r;
}

StoredRecord RecordStore::touch(StoredRecord r)
{
    derive(r);
    return write(r);
}

void RecordStore::refreshDependents(const StoredRecord &before, const StoredRecord &after)
{
    namespace entity = domain::entity;
    if (after.entity == entity::structure) {
        const bool wasSharing = before.data.value(QStringLiteral("shares_staff")).toBool(true);
        const bool isSharing = after.data.value(QStringLiteral("shares_staff")).toBool(true);
        if (wasSharing == isSharing)
            return;
        for (const StoredRecord &staff : listOwnedBy(entity::staff, after.id)) {
            const StoredRecord touched = touch(staff);
            if (touched.shared != staff.shared)
                refreshDependents(staff, touched);
        }
    } else if (after.entity == entity::staff && before.shared != after.shared) {
        for (const StoredRecord &slot : list(entity::availability, after.id))
            touch(slot);
    }
}

qint64 RecordStore::purgeTombstones(const QDateTime &olderThan)
{
    const qint64 horizon
        = m_storage
              .scalar(QStringLiteral("SELECT MAX(seq) FROM records WHERE deleted = 1 AND "
                                     "updated_at < ?"),
                      { toStoredTime(olderThan) })
              .toLongLong();
    if (horizon <= 0)
        return 0;
    m_storage.exec(QStringLiteral("DELETE FROM records WHERE deleted = 1 AND seq <= ?"),
                   { horizon });
    const qint64 previous = m_storage.meta(QStringLiteral("tombstone_horizon")).toLongLong();
    if (horizon > previous)
        m_storage.setMeta(QStringLiteral("tombstone_horizon"), QString::number(horizon));
    return horizon;
}

} // namespace releve::server

#include "visibility.h"

#include "core/domain/entity.h"
#include "core/domain/replacementrequest.h"
#include "core/domain/staffmember.h"
#include "core/geo/travel.h"

namespace releve::server {

namespace entity = domain::entity;

Visibility::Visibility(const Caller &caller, QHash<QString, QString> structureDepartements)
    : m_caller(caller)
    , m_departements(std::move(structureDepartements))
{ }

bool Visibility::isParty(const StoredRecord &record) const
{
    return record.structureId == m_caller.structureId
        || (!record.partyId.isEmpty() && record.partyId == m_caller.structureId);
}

bool Visibility::seesInFull(const StoredRecord &record) const
{
    return record.structureId == m_caller.structureId;
}

bool Visibility::followsDepartementOf(const QString &structureId) const
{
    if (!m_caller.isReferent())
        return false;
    const QString departement = m_departements.value(structureId);
    return !departement.isEmpty() && m_caller.departements.contains(departement);
}

QJsonObject Visibility::publicStaff(const QJsonObject &data) const
{
    const auto staff = domain::StaffMember::fromJson(data);
    if (!staff)
        return {};
    // The band is computed from the caller's structure to the worker's home; the home never leaves.
    const geo::TravelModel travel;
    return staff->publicJson(geo::distanceBand(travel.roadKm(m_caller.location(), staff->home)));
}

std::optional<QJsonObject> Visibility::project(const StoredRecord &record) const
{
    if (record.deleted)
        return std::nullopt;
    const QString &name = record.entity;
    const bool own = record.structureId == m_caller.structureId;
    if (name == entity::structure)
        return record.data;
    if (name == entity::account) {
        if (own || m_caller.isAdmin())
            return record.data;
        return std::nullopt;
    }
    if (name == entity::staff) {
        if (own)
            return record.data;
        if (!record.shared)
            return std::nullopt;
        const QJsonObject view = publicStaff(record.data);
        if (view.isEmpty())
            return std::nullopt;
        return view;
    }
    if (name == entity::availability) {
        if (own)
            return record.data;
        if (!record.shared)
            return std::nullopt;
        QJsonObject view = record.data;
        view.remove(QStringLiteral("note"));
        return view;
    }
    if (name == entity::request) {
        if (own)
            return record.data;
        if (!record.shared)
            return std::nullopt;
        QJsonObject view = record.data;
        for (const QString &field : domain::ReplacementRequest::privateFields())
            view.remove(field);
        return view;
    }
    if (name == entity::proposal) {
        if (isParty(record) || followsDepartementOf(record.partyId))
            return record.data;
        return std::nullopt;
    }
    if (name == entity::contract) {
        if (isParty(record))
            return record.data;
        if (followsDepartementOf(record.partyId)) {
            // A referent follows the replacements of its département, without the worker's
            // identity or the beneficiary's address (CSP L1110-4: only what is strictly needed).
            QJsonObject view = record.data;
            for (const char *field :
                 { "staff_id", "staff_name", "mission_address", "document_hash", "documents",
                   "post_characteristics", "signatures", "amendments" })
                view.remove(QString::fromLatin1(field));
            return view;
        }
        return std::nullopt;
    }
    if (name == entity::interventionRecord) {
        if (isParty(record))
            return record.data;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QJsonObject> Visibility::change(const StoredRecord &record) const
{
    const auto tombstone = [&record]() {
        return QJsonObject { { QStringLiteral("entity"), record.entity },
                             { QStringLiteral("id"), record.id },
                             { QStringLiteral("version"), record.version },
                             { QStringLiteral("deleted"), true },
                             { QStringLiteral("data"),
                               QJsonObject { { QStringLiteral("id"), record.id } } } };
    };
    if (record.deleted) {
        if (isParty(record) || record.exposed || record.entity == entity::structure
            || (record.entity == entity::account && m_caller.isAdmin()))
            return tombstone();
        return std::nullopt;
    }
    if (const auto data = project(record)) {
        return QJsonObject { { QStringLiteral("entity"), record.entity },
                             { QStringLiteral("id"), record.id },
                             { QStringLiteral("version"), record.version },
                             { QStringLiteral("deleted"), false },
                             { QStringLiteral("data"), *data } };
    }
    if (record.exposed)
        return tombstone();
    return std::nullopt;
}

} // namespace releve::server

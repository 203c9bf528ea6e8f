#include "ownstaffpreview.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/matching/matchindex.h"
#include "core/rules/labourlimits.h"
#include "core/store/localstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace releve::matching {

namespace entity = domain::entity;

OwnStaffPreview previewOwnStaff(const store::LocalStore &store, const QString &structureId,
                                const QString &requestId, const QDateTime &now)
{
    OwnStaffPreview preview;
    preview.requestId = requestId;
    preview.rankedAt = now;

    const std::optional<store::CachedRecord> cached = store.record(entity::request, requestId);
    if (!cached || cached->deleted) {
        preview.error = QCoreApplication::translate(
            "releve::matching",
            "This request is not in the local cache: synchronise, then try again.");
        return preview;
    }
    const auto request = domain::ReplacementRequest::fromJson(cached->data);
    if (!request) {
        preview.error = QCoreApplication::translate(
            "releve::matching", "This request cannot be read from the local cache.");
        return preview;
    }
    if (!request->missionLocation.isValid()) {
        preview.error = QCoreApplication::translate(
            "releve::matching",
            "This request has no mission location: the distance to your staff cannot be "
            "estimated.");
        return preview;
    }

    // The structure's own staff, with what only their employer sees (home, name).
    QList<domain::StaffMember> staff;
    QHash<QString, const domain::StaffMember *> byId;
    for (const store::CachedRecord &record : store.records(entity::staff)) {
        if (record.structureId != structureId)
            continue;
        if (auto member = domain::StaffMember::fromJson(record.data))
            staff.append(std::move(member).value());
    }
    for (const domain::StaffMember &member : std::as_const(staff))
        byId.insert(member.id, &member);

    QList<domain::AvailabilitySlot> availability;
    for (const store::CachedRecord &record : store.records(entity::availability)) {
        if (record.structureId != structureId)
            continue;
        if (auto slot = domain::AvailabilitySlot::fromJson(record.data))
            availability.append(std::move(slot).value());
    }

    // Their contracts (the structure lends them): commitments, with the mission's place when the
    // cache still has the request, and their recent load; and when the structure was last chosen.
    QList<Commitment> commitments;
    QList<Commitment> replacements;
    QHash<QString, QList<domain::TimeRange>> committedRanges; // by staff id, for labour limits
    QDateTime lastChosen;
    for (const store::CachedRecord &record : store.records(entity::contract)) {
        const QString staffId = record.data.value(QStringLiteral("staff_id")).toString();
        if (!byId.contains(staffId))
            continue;
        const QDateTime created
            = domain::instantFromJson(record.data.value(QStringLiteral("created_at")).toString());
        if (created.isValid() && (!lastChosen.isValid() || created > lastChosen))
            lastChosen = created;
        domain::GeoPoint where;
        const QString missionOf = record.data.value(QStringLiteral("request_id")).toString();
        if (const auto mission = store.record(entity::request, missionOf); mission) {
            const QJsonObject point
                = mission->data.value(QStringLiteral("mission_location")).toObject();
            where = { point.value(QStringLiteral("lat")).toDouble(qQNaN()),
                      point.value(QStringLiteral("lon")).toDouble(qQNaN()) };
        }
        const bool running = record.data.value(QStringLiteral("status")).toString() != u"ended";
        for (const QJsonValue &item :
             record.data.value(QStringLiteral("interventions")).toArray()) {
            Commitment commitment;
            commitment.staffId = staffId;
            commitment.range = { domain::instantFromJson(item[QStringLiteral("start")].toString()),
                                 domain::instantFromJson(item[QStringLiteral("end")].toString()) };
            commitment.location = where;
            replacements.append(commitment);
            if (running) {
                commitments.append(commitment);
                committedRanges[staffId].append(commitment.range);
            }
        }
    }

    MatchOptions options;
    LendingStructure own;
    own.id = structureId;
    if (const auto record = store.record(entity::structure, structureId)) {
        own.name = record->data.value(QStringLiteral("name")).toString();
        own.sharesStaff = record->data.value(QStringLiteral("shares_staff")).toBool(true);
    }
    own.lastChosenAt = lastChosen;
    options.structures.insert(own.id, own);
    options.includeOwnStaff = request->structureId == structureId;
    options.now = now;
    options.recentLoadMinutes = recentLoadFrom(replacements, now);

    const MatchIndex index(staff, availability, commitments);
    const MatchResult result = index.rank(*request, options);

    for (const Candidate &candidate : result.candidates) {
        const domain::StaffMember *member = byId.value(candidate.staffId);
        OwnStaffCandidate item;
        item.candidate = candidate;
        item.staffName = member ? member->fullName() : candidate.pseudonym;
        QList<domain::Intervention> proposed;
        for (const domain::Intervention &intervention : request->interventions) {
            if (candidate.coveredInterventionIds.contains(intervention.id))
                proposed.append(intervention);
        }
        if (member)
            item.labourWarnings = rules::checkLabourLimits(
                committedRanges.value(member->id), proposed, rules::LabourLimits::of(*member));
        preview.candidates.append(item);
    }
    preview.excluded = result.excluded;
    for (const Exclusion &exclusion : std::as_const(preview.excluded)) {
        if (const domain::StaffMember *member = byId.value(exclusion.staffId))
            preview.excludedNames.insert(exclusion.staffId, member->fullName());
    }
    preview.uncoveredInterventionIds = result.uncoveredInterventionIds;
    return preview;
}

} // namespace releve::matching

#include "candidateservice.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/staffmember.h"

#include <QJsonArray>
#include <QUuid>

namespace releve::server {

namespace entity = domain::entity;

CandidateService::CandidateService(const Storage &storage)
    : m_storage(storage)
    , m_records(storage)
    , m_audit(storage)
{ }

matching::MatchInput CandidateService::matchInput(const domain::ReplacementRequest &request,
                                                  bool includeOwnStaff) const
{
    matching::MatchInput input;
    input.request = request;
    input.includeOwnStaff = includeOwnStaff;
    input.now = QDateTime::currentDateTimeUtc();
    for (const StoredRecord &record : m_records.list(entity::staff)) {
        if (auto staff = domain::StaffMember::fromJson(record.data))
            input.staff.append(std::move(staff).value());
    }
    for (const StoredRecord &record : m_records.list(entity::availability)) {
        if (auto slot = domain::AvailabilitySlot::fromJson(record.data))
            input.availabilitySlots().append(std::move(slot).value());
    }
    // Where each request takes place, and whose beneficiary it is, for the contracts below.
    QHash<QString, std::pair<domain::GeoPoint, QString>> requests;
    for (const StoredRecord &record : m_records.list(entity::request)) {
        const QJsonObject point = record.data.value(QStringLiteral("mission_location")).toObject();
        requests.insert(record.id,
                        { domain::GeoPoint { point.value(QStringLiteral("lat")).toDouble(qQNaN()),
                                             point.value(QStringLiteral("lon")).toDouble(qQNaN()) },
                          record.structureId + u'/'
                              + record.data.value(QStringLiteral("beneficiary_ref")).toString() });
    }
    const QString beneficiary = request.beneficiaryRef.isEmpty()
        ? QString()
        : request.structureId + u'/' + request.beneficiaryRef;
    // Fairness between structures: a structure was last chosen when one of its proposals was last
    // accepted, which is when its latest contract was made. Contracts also commit their workers,
    // weigh on their recent load, and tell who already came to this beneficiary.
    QHash<QString, QDateTime> lastChosen;
    QList<matching::Commitment> replacements; // every contracted intervention, ended or not
    for (const StoredRecord &record : m_records.list(entity::contract)) {
        const QDateTime created
            = domain::instantFromJson(record.data.value(QStringLiteral("created_at")).toString());
        QDateTime &latest = lastChosen[record.structureId];
        if (created.isValid() && (!latest.isValid() || created > latest))
            latest = created;
        const QString staffId = record.data.value(QStringLiteral("staff_id")).toString();
        const auto where = requests.value(record.parentId);
        if (!beneficiary.isEmpty() && where.second == beneficiary)
            input.previousWorkerIds.insert(staffId);
        const bool running = record.data.value(QStringLiteral("status")).toString() != u"ended";
        for (const QJsonValue &item :
             record.data.value(QStringLiteral("interventions")).toArray()) {
            matching::Commitment commitment;
            commitment.staffId = staffId;
            commitment.range = { domain::instantFromJson(item[QStringLiteral("start")].toString()),
                                 domain::instantFromJson(item[QStringLiteral("end")].toString()) };
            commitment.location = where.first;
            replacements.append(commitment);
            if (running)
                input.commitments.append(commitment);
        }
    }
    // Fairness between workers: their replacement work over the last weeks.
    input.recentLoadMinutes = matching::recentLoadFrom(replacements, input.now);
    for (const StoredRecord &record : m_records.list(entity::structure)) {
        matching::LendingStructure structure;
        structure.id = record.id;
        structure.name = record.data.value(QStringLiteral("name")).toString();
        structure.sharesStaff = record.data.value(QStringLiteral("shares_staff")).toBool(true);
        structure.lastChosenAt = lastChosen.value(record.id);
        input.structures.insert(structure.id, structure);
    }
    return input;
}

ApiReply CandidateService::candidates(const Caller &caller, const QString &requestId,
                                      bool includeOwnStaff)
{
    const QString id = requestId.toLower();
    const auto record
        = QUuid::fromString(id).isNull() ? std::nullopt : m_records.get(entity::request, id);
    if (!record || record->deleted)
        return ApiError::notFound(QStringLiteral("There is no request with this id."),
                                  QStringLiteral("id"));
    if (record->structureId != caller.structureId && !caller.isAdmin())
        return ApiError::forbidden(QStringLiteral("Only the structure that posted the request sees "
                                                  "its ranked candidates."));
    const auto request = domain::ReplacementRequest::fromJson(record->data);
    if (!request)
        return ApiError {
            500,
            QStringLiteral("internal"),
            QStringLiteral("The stored request cannot be read: %1").arg(request.error().toString()),
            {},
            0
        };

    const matching::MatchInput input = matchInput(*request, includeOwnStaff);
    const matching::MatchResult result = matching::rankCandidates(input);

    // Defence in depth: whatever the engine writes, no identity or home leaves for another
    // structure, nor an exact distance.
    QJsonObject body = result.toJson(false);
    QJsonArray candidates;
    QJsonArray ranked;
    QJsonArray rankedDetails; // for the audit: each candidate's place and what it covers
    QJsonArray excluded; // for the audit only: why each other worker was not retained
    for (const matching::Exclusion &exclusion : result.excluded)
        excluded.append(QJsonObject { { QStringLiteral("staff_id"), exclusion.staffId },
                                      { QStringLiteral("code"), exclusion.code } });
    for (const matching::Candidate &candidate : result.candidates) {
        QJsonObject item = candidate.toJson(false);
        for (const QString &field : domain::StaffMember::privateFields())
            item.remove(field);
        item.remove(QStringLiteral("distance_km"));
        candidates.append(item);
        ranked.append(candidate.staffId);
        rankedDetails.append(QJsonObject {
            { QStringLiteral("staff_id"), candidate.staffId },
            { QStringLiteral("structure_id"), item.value(QStringLiteral("structure_id")) },
            { QStringLiteral("rank"), item.value(QStringLiteral("rank")) },
            { QStringLiteral("covered_intervention_ids"),
              item.value(QStringLiteral("covered_intervention_ids")) },
            { QStringLiteral("distance_band"), item.value(QStringLiteral("distance_band")) } });
    }
    body.insert(QStringLiteral("candidates"), candidates);
    body.insert(QStringLiteral("cover"), QJsonArray::fromStringList(result.cover));
    body.insert(QStringLiteral("uncovered_intervention_ids"),
                QJsonArray::fromStringList(result.uncoveredInterventionIds));
    body.insert(QStringLiteral("request_id"), record->id);
    body.insert(QStringLiteral("ranked_at"), domain::instantToJson(input.now));

    // The audit keeps what the ranking was computed from and what it gave.
    Transaction transaction(m_storage);
    m_audit.record(
        caller, QStringLiteral("rank"), entity::request + u'/' + record->id,
        { { QStringLiteral("inputs"),
            QJsonObject { { QStringLiteral("request_version"), record->version },
                          { QStringLiteral("staff"), input.staff.size() },
                          { QStringLiteral("slots"), input.availabilitySlots().size() },
                          { QStringLiteral("commitments"), input.commitments.size() },
                          { QStringLiteral("previous_workers"), input.previousWorkerIds.size() },
                          { QStringLiteral("structures"), input.structures.size() },
                          { QStringLiteral("include_own_staff"), includeOwnStaff },
                          { QStringLiteral("required_skills"),
                            QJsonArray::fromStringList(request->requiredSkills) },
                          { QStringLiteral("radius_km"), request->radiusKm },
                          { QStringLiteral("interventions"),
                            record->data.value(QStringLiteral("interventions")) },
                          { QStringLiteral("now"), domain::instantToJson(input.now) } } },
          { QStringLiteral("ranked_staff_ids"), ranked },
          { QStringLiteral("ranking"), rankedDetails },
          { QStringLiteral("excluded"), excluded },
          { QStringLiteral("cover"), QJsonArray::fromStringList(result.cover) },
          { QStringLiteral("uncovered_intervention_ids"),
            QJsonArray::fromStringList(result.uncoveredInterventionIds) } });
    transaction.commit();
    return body;
}

} // namespace releve::server

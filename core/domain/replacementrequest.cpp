#include "replacementrequest.h"

#include "jsonreader.h"
#include "vocabulary.h"

#include <algorithm>

namespace releve::domain {

QJsonObject Intervention::toJson() const
{
    return QJsonObject{ { QStringLiteral("id"), id },
                        { QStringLiteral("start"), instantToJson(start) },
                        { QStringLiteral("end"), instantToJson(end) } };
}

QJsonObject WarningOverride::toJson() const
{
    return QJsonObject{ { QStringLiteral("code"), code },
                        { QStringLiteral("intervention_id"), interventionId },
                        { QStringLiteral("reason"), reason } };
}

TimeRange ReplacementRequest::span() const
{
    if (interventions.isEmpty())
        return {};
    TimeRange span = interventions.first().range();
    for (const Intervention &i : interventions) {
        span.start = std::min(span.start, i.start);
        span.end = std::max(span.end, i.end);
    }
    return span;
}

qint64 ReplacementRequest::totalMinutes() const
{
    qint64 total = 0;
    for (const Intervention &i : interventions)
        total += i.range().minutes();
    return total;
}

const QStringList &ReplacementRequest::privateFields()
{
    static const QStringList fields{ QStringLiteral("beneficiary_ref"),
                                     QStringLiteral("mission_address") };
    return fields;
}

QJsonObject ReplacementRequest::toJson() const
{
    QJsonArray items;
    for (const Intervention &i : interventions)
        items.append(i.toJson());
    QJsonObject o{ { QStringLiteral("id"), id },
                   { QStringLiteral("structure_id"), structureId },
                   { QStringLiteral("status"), status },
                   { QStringLiteral("reason"), reason },
                   { QStringLiteral("urgency"), urgency },
                   { QStringLiteral("mission_address"), missionAddress },
                   { QStringLiteral("mission_commune"), missionCommune },
                   { QStringLiteral("beneficiary_ref"), beneficiaryRef },
                   { QStringLiteral("gir"), gir },
                   { QStringLiteral("funding"), funding },
                   { QStringLiteral("needs"), QJsonArray::fromStringList(needs) },
                   { QStringLiteral("consent_recorded"), consentRecorded },
                   { QStringLiteral("required_skills"), QJsonArray::fromStringList(requiredSkills) },
                   { QStringLiteral("interventions"), items },
                   { QStringLiteral("contract_type"), contractType },
                   { QStringLiteral("hourly_rate_cents"), hourlyRateCents },
                   { QStringLiteral("radius_km"), radiusKm },
                   { QStringLiteral("note"), note } };
    if (!overrides.isEmpty()) {
        QJsonArray answered;
        for (const WarningOverride &item : overrides)
            answered.append(item.toJson());
        o.insert(QStringLiteral("overrides"), answered);
    }
    if (missionLocation.isValid())
        o.insert(QStringLiteral("mission_location"), missionLocation.toJson());
    if (deadline.isValid())
        o.insert(QStringLiteral("deadline"), instantToJson(deadline));
    if (publishedAt.isValid())
        o.insert(QStringLiteral("published_at"), instantToJson(publishedAt));
    return o;
}

Result<ReplacementRequest> ReplacementRequest::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    ReplacementRequest q;
    q.id = r.uuid(QStringLiteral("id"), JsonReader::Required);
    q.structureId = r.uuid(QStringLiteral("structure_id"), JsonReader::Required);
    q.status = r.code(QStringLiteral("status"), vocabulary::requestStatuses, JsonReader::Optional,
                      QStringLiteral("draft"));
    q.reason = r.code(QStringLiteral("reason"), vocabulary::reasons, JsonReader::Optional,
                      QStringLiteral("absence"));
    q.urgency = r.code(QStringLiteral("urgency"), vocabulary::urgencies, JsonReader::Optional,
                       QStringLiteral("normal"));
    q.missionAddress = r.string(QStringLiteral("mission_address"), JsonReader::Optional, 300);
    q.missionCommune = r.string(QStringLiteral("mission_commune"), JsonReader::Optional, 100);
    q.missionLocation = r.point(QStringLiteral("mission_location"), JsonReader::Optional);
    q.beneficiaryRef = r.string(QStringLiteral("beneficiary_ref"), JsonReader::Optional, 64);
    q.gir = int(r.integer(QStringLiteral("gir"), 0, 6, JsonReader::Optional, 0));
    q.funding = r.code(QStringLiteral("funding"), vocabulary::fundings, JsonReader::Optional,
                       QStringLiteral("apa"));
    q.needs = r.codes(QStringLiteral("needs"), vocabulary::needs);
    q.consentRecorded = r.boolean(QStringLiteral("consent_recorded"));
    q.requiredSkills = r.codes(QStringLiteral("required_skills"), vocabulary::skills);
    const QJsonArray items = r.array(QStringLiteral("interventions"), JsonReader::Optional, 500);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("interventions[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.addError(prefix, QStringLiteral("invalid_type"), QStringLiteral("must be an object"));
            continue;
        }
        JsonReader item(items.at(i).toObject(), prefix);
        Intervention intervention;
        intervention.id = item.uuid(QStringLiteral("id"), JsonReader::Required);
        intervention.start = item.instant(QStringLiteral("start"), JsonReader::Required);
        intervention.end = item.instant(QStringLiteral("end"), JsonReader::Required);
        if (intervention.start.isValid() && intervention.end.isValid()
            && (intervention.end <= intervention.start
                || intervention.start.secsTo(intervention.end) > 24 * 3600))
            item.addError(QStringLiteral("end"), QStringLiteral("out_of_range"),
                          QStringLiteral("must be after the start, within 24 hours"));
        for (const Intervention &other : std::as_const(q.interventions)) {
            if (item.ok() && other.range().overlaps(intervention.range())) {
                item.addError(QStringLiteral("start"), QStringLiteral("overlap"),
                              QStringLiteral("overlaps another intervention of the request"));
                break;
            }
        }
        r.merge(item);
        if (!item.ok())
            continue;
        q.interventions.append(intervention);
    }
    std::sort(q.interventions.begin(), q.interventions.end(),
              [](const Intervention &a, const Intervention &b) { return a.start < b.start; });
    q.contractType = r.code(QStringLiteral("contract_type"), vocabulary::contractTypes,
                            JsonReader::Optional, QStringLiteral("mise_a_disposition"));
    q.hourlyRateCents = r.integer(QStringLiteral("hourly_rate_cents"), 0, 100000,
                                  JsonReader::Optional, 2222);
    q.deadline = r.instant(QStringLiteral("deadline"), JsonReader::Optional);
    q.radiusKm = int(r.integer(QStringLiteral("radius_km"), 1, 300, JsonReader::Optional, 20));
    q.note = r.string(QStringLiteral("note"), JsonReader::Optional, 2000);
    q.publishedAt = r.instant(QStringLiteral("published_at"), JsonReader::Optional);
    const QJsonArray answered = r.array(QStringLiteral("overrides"), JsonReader::Optional, 200);
    for (qsizetype i = 0; i < answered.size(); ++i) {
        JsonReader item(answered.at(i).toObject(), QStringLiteral("overrides[%1]").arg(i));
        WarningOverride decision;
        decision.code = item.string(QStringLiteral("code"), JsonReader::Required, 40);
        decision.interventionId
            = item.string(QStringLiteral("intervention_id"), JsonReader::Optional, 40);
        // An override without a reason is no decision (core/rules/warning.h).
        decision.reason = item.string(QStringLiteral("reason"), JsonReader::Required, 500);
        r.merge(item);
        if (item.ok())
            q.overrides.append(decision);
    }
    if (!r.ok())
        return r.errors();
    return q;
}

} // namespace releve::domain

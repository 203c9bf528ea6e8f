#include "proposal.h"

#include "jsonreader.h"
#include "vocabulary.h"

namespace releve::domain {

QJsonObject Proposal::toJson() const
{
    QJsonObject o{ { QStringLiteral("id"), id },
                   { QStringLiteral("structure_id"), structureId },
                   { QStringLiteral("request_id"), requestId },
                   { QStringLiteral("request_structure_id"), requestStructureId },
                   { QStringLiteral("staff_id"), staffId },
                   { QStringLiteral("staff_pseudonym"), staffPseudonym },
                   { QStringLiteral("intervention_ids"), QJsonArray::fromStringList(interventionIds) },
                   { QStringLiteral("status"), status },
                   { QStringLiteral("note"), note },
                   { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
    if (createdAt.isValid())
        o.insert(QStringLiteral("created_at"), instantToJson(createdAt));
    return o;
}

Result<Proposal> Proposal::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Proposal p;
    p.id = r.uuid(QStringLiteral("id"), JsonReader::Required);
    p.structureId = r.uuid(QStringLiteral("structure_id"), JsonReader::Required);
    p.requestId = r.uuid(QStringLiteral("request_id"), JsonReader::Required);
    p.requestStructureId = r.uuid(QStringLiteral("request_structure_id"), JsonReader::Optional);
    p.staffId = r.uuid(QStringLiteral("staff_id"), JsonReader::Required);
    p.staffPseudonym = r.string(QStringLiteral("staff_pseudonym"), JsonReader::Optional, 100);
    p.interventionIds = r.uuids(QStringLiteral("intervention_ids"));
    p.status = r.code(QStringLiteral("status"), vocabulary::proposalStatuses, JsonReader::Optional,
                      QStringLiteral("offered"));
    p.note = r.string(QStringLiteral("note"), JsonReader::Optional, 2000);
    p.warnings = r.strings(QStringLiteral("warnings"), 50, 500);
    p.createdAt = r.instant(QStringLiteral("created_at"), JsonReader::Optional);
    if (!r.ok())
        return r.errors();
    return p;
}

} // namespace releve::domain

#include "contract.h"

#include "jsonreader.h"
#include "vocabulary.h"

namespace releve::domain {

namespace {
QJsonObject partyToJson(const ContractParty &p)
{
    return QJsonObject{ { QStringLiteral("structure_id"), p.structureId },
                        { QStringLiteral("name"), p.name },
                        { QStringLiteral("siret"), p.siret },
                        { QStringLiteral("authorisation"), p.authorisation },
                        { QStringLiteral("address"), p.address } };
}

ContractParty partyFromJson(JsonReader &r, const QString &key)
{
    ContractParty p;
    const QJsonValue value = r.object().value(key);
    if (!value.isObject()) {
        r.addError(key, QStringLiteral("required"), QStringLiteral("must be an object"));
        return p;
    }
    JsonReader inner(value.toObject(), r.path(key));
    p.structureId = inner.uuid(QStringLiteral("structure_id"), JsonReader::Required);
    p.name = inner.string(QStringLiteral("name"), JsonReader::Required);
    p.siret = inner.string(QStringLiteral("siret"), JsonReader::Optional, 20);
    p.authorisation = inner.string(QStringLiteral("authorisation"), JsonReader::Optional);
    p.address = inner.string(QStringLiteral("address"), JsonReader::Optional, 300);
    r.merge(inner);
    return p;
}
} // namespace

QJsonObject Contract::toJson() const
{
    QJsonArray items;
    for (const Intervention &i : interventions)
        items.append(i.toJson());
    QJsonArray signs;
    for (const Signature &s : signatures)
        signs.append(QJsonObject{ { QStringLiteral("role"), s.role },
                                  { QStringLiteral("name"), s.name },
                                  { QStringLiteral("at"), instantToJson(s.at) } });
    QJsonObject o{ { QStringLiteral("id"), id },
                   { QStringLiteral("structure_id"), structureId },
                   { QStringLiteral("number"), number },
                   { QStringLiteral("type"), type },
                   { QStringLiteral("request_id"), requestId },
                   { QStringLiteral("proposal_id"), proposalId },
                   { QStringLiteral("lender"), partyToJson(lender) },
                   { QStringLiteral("user"), partyToJson(user) },
                   { QStringLiteral("staff_id"), staffId },
                   { QStringLiteral("staff_name"), staffName },
                   { QStringLiteral("staff_qualification"), staffQualification },
                   { QStringLiteral("mission_address"), missionAddress },
                   { QStringLiteral("mission_commune"), missionCommune },
                   { QStringLiteral("needs"), QJsonArray::fromStringList(needs) },
                   { QStringLiteral("interventions"), items },
                   { QStringLiteral("hourly_rate_cents"), hourlyRateCents },
                   { QStringLiteral("km_rate_cents"), kmRateCents },
                   { QStringLiteral("status"), status },
                   { QStringLiteral("signatures"), signs },
                   { QStringLiteral("document_hash"), documentHash } };
    if (createdAt.isValid())
        o.insert(QStringLiteral("created_at"), instantToJson(createdAt));
    return o;
}

Result<Contract> Contract::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Contract c;
    c.id = r.uuid(QStringLiteral("id"), JsonReader::Required);
    c.structureId = r.uuid(QStringLiteral("structure_id"), JsonReader::Required);
    c.number = r.string(QStringLiteral("number"), JsonReader::Required, 40);
    c.type = r.code(QStringLiteral("type"), vocabulary::contractTypes, JsonReader::Optional,
                    QStringLiteral("mise_a_disposition"));
    c.requestId = r.uuid(QStringLiteral("request_id"), JsonReader::Required);
    c.proposalId = r.uuid(QStringLiteral("proposal_id"), JsonReader::Optional);
    c.lender = partyFromJson(r, QStringLiteral("lender"));
    c.user = partyFromJson(r, QStringLiteral("user"));
    c.staffId = r.uuid(QStringLiteral("staff_id"), JsonReader::Required);
    c.staffName = r.string(QStringLiteral("staff_name"), JsonReader::Required);
    c.staffQualification = r.string(QStringLiteral("staff_qualification"), JsonReader::Optional);
    c.missionAddress = r.string(QStringLiteral("mission_address"), JsonReader::Optional, 300);
    c.missionCommune = r.string(QStringLiteral("mission_commune"), JsonReader::Optional, 100);
    c.needs = r.strings(QStringLiteral("needs"));
    const QJsonArray items = r.array(QStringLiteral("interventions"), JsonReader::Required, 500);
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonReader item(items.at(i).toObject(), QStringLiteral("interventions[%1]").arg(i));
        Intervention intervention{ item.uuid(QStringLiteral("id"), JsonReader::Required),
                                   item.instant(QStringLiteral("start"), JsonReader::Required),
                                   item.instant(QStringLiteral("end"), JsonReader::Required) };
        r.merge(item);
        if (item.ok())
            c.interventions.append(intervention);
    }
    c.hourlyRateCents = r.integer(QStringLiteral("hourly_rate_cents"), 0, 100000,
                                  JsonReader::Optional);
    c.kmRateCents = r.integer(QStringLiteral("km_rate_cents"), 0, 1000, JsonReader::Optional);
    c.status = r.code(QStringLiteral("status"), vocabulary::contractStatuses, JsonReader::Optional,
                      QStringLiteral("draft"));
    const QJsonArray signs = r.array(QStringLiteral("signatures"), JsonReader::Optional, 20);
    for (qsizetype i = 0; i < signs.size(); ++i) {
        JsonReader item(signs.at(i).toObject(), QStringLiteral("signatures[%1]").arg(i));
        Signature s{ item.string(QStringLiteral("role"), JsonReader::Required, 20),
                     item.string(QStringLiteral("name"), JsonReader::Required),
                     item.instant(QStringLiteral("at"), JsonReader::Required) };
        r.merge(item);
        if (item.ok())
            c.signatures.append(s);
    }
    c.documentHash = r.string(QStringLiteral("document_hash"), JsonReader::Optional, 128);
    c.createdAt = r.instant(QStringLiteral("created_at"), JsonReader::Optional);
    if (!r.ok())
        return r.errors();
    return c;
}

} // namespace releve::domain

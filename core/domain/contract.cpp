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
QJsonArray signaturesToJson(const QList<Signature> &signatures)
{
    QJsonArray signs;
    for (const Signature &s : signatures)
        signs.append(QJsonObject{ { QStringLiteral("role"), s.role },
                                  { QStringLiteral("name"), s.name },
                                  { QStringLiteral("at"), instantToJson(s.at) } });
    return signs;
}

QList<Signature> signaturesFromJson(JsonReader &r)
{
    QList<Signature> result;
    const QJsonArray signs = r.array(QStringLiteral("signatures"), JsonReader::Optional, 20);
    for (qsizetype i = 0; i < signs.size(); ++i) {
        JsonReader item(signs.at(i).toObject(), r.path(QStringLiteral("signatures[%1]").arg(i)));
        Signature s { item.code(QStringLiteral("role"),
                                { QStringLiteral("lender"), QStringLiteral("user"),
                                  QStringLiteral("employee") },
                                JsonReader::Required),
                      item.string(QStringLiteral("name"), JsonReader::Required),
                      item.instant(QStringLiteral("at"), JsonReader::Required) };
        r.merge(item);
        if (item.ok())
            result.append(s);
    }
    return result;
}

QJsonArray interventionsToJson(const QList<Intervention> &interventions)
{
    QJsonArray items;
    for (const Intervention &i : interventions)
        items.append(i.toJson());
    return items;
}

QList<Intervention> interventionsFromJson(JsonReader &r, JsonReader::Presence presence,
                                          const QString &key = QStringLiteral("interventions"))
{
    QList<Intervention> result;
    const QJsonArray items = r.array(key, presence, 500);
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonReader item(items.at(i).toObject(), r.path(QStringLiteral("%1[%2]").arg(key).arg(i)));
        Intervention intervention { item.uuid(QStringLiteral("id"), JsonReader::Required),
                                    item.instant(QStringLiteral("start"), JsonReader::Required),
                                    item.instant(QStringLiteral("end"), JsonReader::Required) };
        if (item.ok() && intervention.end <= intervention.start)
            item.addError(QStringLiteral("end"), QStringLiteral("out_of_range"),
                          QStringLiteral("must be after the start"));
        r.merge(item);
        if (item.ok())
            result.append(intervention);
    }
    return result;
}

} // namespace

const QStringList &Contract::documentKinds()
{
    static const QStringList kinds { QStringLiteral("convention"), QStringLiteral("avenant"),
                                     QStringLiteral("sous_traitance"), QStringLiteral("amendment"),
                                     QStringLiteral("statement") };
    return kinds;
}

const QStringList &Contract::amendmentStatuses()
{
    static const QStringList statuses { QStringLiteral("draft"), QStringLiteral("signed_lender"),
                                        QStringLiteral("signed_user"), QStringLiteral("active") };
    return statuses;
}

QJsonObject Contract::toJson() const
{
    QJsonArray printed;
    for (const PrintedDocumentRecord &d : documents)
        printed.append(QJsonObject { { QStringLiteral("kind"), d.kind },
                                     { QStringLiteral("text_version"), d.textVersion },
                                     { QStringLiteral("sha256"), d.sha256 },
                                     { QStringLiteral("structure_id"), d.structureId },
                                     { QStringLiteral("at"), instantToJson(d.at) } });
    QJsonArray changes;
    for (const ContractAmendment &a : amendments)
        changes.append(QJsonObject {
            { QStringLiteral("number"), a.number },
            { QStringLiteral("reason"), a.reason },
            { QStringLiteral("structure_id"), a.structureId },
            { QStringLiteral("interventions"), interventionsToJson(a.interventions) },
            { QStringLiteral("previous_interventions"), interventionsToJson(a.previous) },
            { QStringLiteral("added"), QJsonArray::fromStringList(a.added) },
            { QStringLiteral("removed"), QJsonArray::fromStringList(a.removed) },
            { QStringLiteral("changed"), QJsonArray::fromStringList(a.changed) },
            { QStringLiteral("status"), a.status },
            { QStringLiteral("signatures"), signaturesToJson(a.signatures) },
            { QStringLiteral("created_at"), instantToJson(a.createdAt) } });
    QJsonObject o { { QStringLiteral("id"), id },
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
                    { QStringLiteral("mission_departement"), missionDepartement },
                    { QStringLiteral("post_characteristics"), postCharacteristics },
                    { QStringLiteral("needs"), QJsonArray::fromStringList(needs) },
                    { QStringLiteral("interventions"), interventionsToJson(interventions) },
                    { QStringLiteral("hourly_rate_cents"), hourlyRateCents },
                    { QStringLiteral("km_rate_cents"), kmRateCents },
                    { QStringLiteral("status"), status },
                    { QStringLiteral("signatures"), signaturesToJson(signatures) },
                    { QStringLiteral("document_hash"), documentHash },
                    { QStringLiteral("documents"), printed },
                    { QStringLiteral("amendments"), changes } };
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
    c.missionDepartement = r.string(QStringLiteral("mission_departement"), JsonReader::Optional, 3);
    c.postCharacteristics
        = r.string(QStringLiteral("post_characteristics"), JsonReader::Optional, 2000);
    c.needs = r.strings(QStringLiteral("needs"));
    c.interventions = interventionsFromJson(r, JsonReader::Required);
    c.hourlyRateCents = r.integer(QStringLiteral("hourly_rate_cents"), 0, 100000,
                                  JsonReader::Optional);
    c.kmRateCents = r.integer(QStringLiteral("km_rate_cents"), 0, 1000, JsonReader::Optional);
    c.status = r.code(QStringLiteral("status"), vocabulary::contractStatuses, JsonReader::Optional,
                      QStringLiteral("draft"));
    c.signatures = signaturesFromJson(r);
    c.documentHash = r.string(QStringLiteral("document_hash"), JsonReader::Optional, 128);
    const QJsonArray printed = r.array(QStringLiteral("documents"), JsonReader::Optional, 1000);
    for (qsizetype i = 0; i < printed.size(); ++i) {
        JsonReader item(printed.at(i).toObject(), QStringLiteral("documents[%1]").arg(i));
        PrintedDocumentRecord d;
        d.kind = item.code(QStringLiteral("kind"), Contract::documentKinds(), JsonReader::Required);
        d.textVersion
            = int(item.integer(QStringLiteral("text_version"), 0, 99, JsonReader::Optional));
        d.sha256 = item.string(QStringLiteral("sha256"), JsonReader::Required, 64);
        d.structureId = item.uuid(QStringLiteral("structure_id"), JsonReader::Optional);
        d.at = item.instant(QStringLiteral("at"), JsonReader::Optional);
        r.merge(item);
        if (item.ok())
            c.documents.append(d);
    }
    const QJsonArray changes = r.array(QStringLiteral("amendments"), JsonReader::Optional, 99);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        JsonReader item(changes.at(i).toObject(), QStringLiteral("amendments[%1]").arg(i));
        ContractAmendment a;
        a.number = item.string(QStringLiteral("number"), JsonReader::Required, 44);
        a.reason = item.string(QStringLiteral("reason"), JsonReader::Optional, 500);
        a.structureId = item.uuid(QStringLiteral("structure_id"), JsonReader::Optional);
        a.interventions = interventionsFromJson(item, JsonReader::Required);
        a.previous = interventionsFromJson(item, JsonReader::Optional,
                                           QStringLiteral("previous_interventions"));
        a.added = item.strings(QStringLiteral("added"), 500, 40);
        a.removed = item.strings(QStringLiteral("removed"), 500, 40);
        a.changed = item.strings(QStringLiteral("changed"), 500, 40);
        a.status = item.code(QStringLiteral("status"), Contract::amendmentStatuses(),
                             JsonReader::Optional, QStringLiteral("draft"));
        a.signatures = signaturesFromJson(item);
        a.createdAt = item.instant(QStringLiteral("created_at"), JsonReader::Optional);
        r.merge(item);
        if (item.ok())
            c.amendments.append(a);
    }
    c.createdAt = r.instant(QStringLiteral("created_at"), JsonReader::Optional);
    if (!r.ok())
        return r.errors();
    return c;
}

} // namespace releve::domain

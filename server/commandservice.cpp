#include "commandservice.h"

#include "visibility.h"

#include "core/domain/contract.h"
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/proposal.h"
#include "core/domain/replacementrequest.h"
#include "core/domain/staffmember.h"
#include "core/rules/labourlimits.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace releve::server {

namespace entity = domain::entity;

namespace {

QString str(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

QStringList interventionIdsOf(const QJsonObject &request)
{
    QStringList ids;
    for (const QJsonValue &item : request.value(QStringLiteral("interventions")).toArray())
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

// The interventions a proposal is for: its list, or all of the request's when empty.
QStringList proposedInterventions(const QJsonObject &proposal, const QJsonObject &request)
{
    const QStringList ids = stringList(proposal.value(QStringLiteral("intervention_ids")));
    return ids.isEmpty() ? interventionIdsOf(request) : ids;
}

bool intersects(const QStringList &a, const QStringList &b)
{
    for (const QString &item : a) {
        if (b.contains(item))
            return true;
    }
    return false;
}

MutationAnswer notFound(const QString &what, const QString &field = {})
{
    return MutationAnswer::rejected(QStringLiteral("not_found"),
                                    QStringLiteral("%1 does not exist on the server").arg(what),
                                    field);
}

MutationAnswer forbidden(const QString &message, const QString &field = {})
{
    return MutationAnswer::rejected(QStringLiteral("forbidden"), message, field);
}

MutationAnswer invalidState(const QString &message, qint64 version = 0)
{
    return MutationAnswer::rejected(QStringLiteral("invalid_state"), message, {}, version);
}

QString subject(const QString &entityName, const QString &id)
{
    return entityName + u'/' + id;
}

// The département of the place of work from a postcode in the mission's address ("23200
// Aubusson" → "23", "20167" → "2A", "97110" → "971"), else the user structure's.
QString missionDepartement(const QString &address, const QString &commune, const QString &fallback)
{
    static const QRegularExpression postcode(QStringLiteral("\\b(\\d{5})\\b"));
    const QRegularExpressionMatch m = postcode.match(address + u' ' + commune);
    if (!m.hasMatch())
        return fallback;
    const QString code = m.captured(1);
    if (code.startsWith(u"97") || code.startsWith(u"98"))
        return code.left(3);
    if (code.startsWith(u"20"))
        return code.mid(2).toInt() < 200 ? QStringLiteral("2A") : QStringLiteral("2B");
    return code.left(2);
}

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// The next status of a contract or amendment signed by `role`, or an empty string with the
// reason in *refusal. A subcontract has no employee's avenant: the user's signature makes it
// active.
QString nextSignatureStatus(const QString &status, const QString &role, bool subcontract,
                            QString *refusal)
{
    if (role == u"lender") {
        if (status == u"draft")
            return QStringLiteral("signed_lender");
        *refusal = QStringLiteral("already signed by the lender (it is %1)").arg(status);
    } else if (role == u"user") {
        if (status == u"signed_lender")
            return subcontract ? QStringLiteral("active") : QStringLiteral("signed_user");
        *refusal = status == u"draft"
            ? QStringLiteral("the lending structure signs first")
            : QStringLiteral("already signed by the user (it is %1)").arg(status);
    } else {
        if (subcontract)
            *refusal = QStringLiteral("a subcontract has no employee's avenant to sign");
        else if (status == u"signed_user")
            return QStringLiteral("active");
        else
            *refusal
                = QStringLiteral("both structures sign before the employee (it is %1)").arg(status);
    }
    return {};
}

} // namespace

CommandService::CommandService(const Storage &storage)
    : m_storage(storage)
    , m_records(storage)
    , m_audit(storage)
    , m_charter(storage)
{ }

const QStringList &CommandService::commands()
{
    static const QStringList names {
        QStringLiteral("publish"),       QStringLiteral("cancel"),
        QStringLiteral("propose"),       QStringLiteral("withdraw"),
        QStringLiteral("accept"),        QStringLiteral("decline"),
        QStringLiteral("sign"),          QStringLiteral("end"),
        QStringLiteral("amend"),         QStringLiteral("record_document"),
        QStringLiteral("accept_charter")
    };
    return names;
}

MutationAnswer CommandService::execute(const Caller &caller, const Mutation &mutation)
{
    const QString command = mutation.data.value(QStringLiteral("command")).toString();
    struct Route
    {
        const char *name;
        const QString &entity;
        MutationAnswer (CommandService::*run)(const Caller &, const Mutation &);
    };
    const Route routes[] = {
        { "publish", entity::request, &CommandService::publish },
        { "cancel", entity::request, &CommandService::cancel },
        { "propose", entity::proposal, &CommandService::propose },
        { "withdraw", entity::proposal, &CommandService::withdraw },
        { "accept", entity::proposal, &CommandService::accept },
        { "decline", entity::proposal, &CommandService::decline },
        { "sign", entity::contract, &CommandService::sign },
        { "end", entity::contract, &CommandService::end },
        { "amend", entity::contract, &CommandService::amend },
        { "record_document", entity::contract, &CommandService::recordDocument },
        { "accept_charter", entity::structure, &CommandService::acceptCharter },
    };
    for (const Route &route : routes) {
        if (command != QLatin1String(route.name))
            continue;
        if (mutation.entity != route.entity)
            return MutationAnswer::rejected(
                QStringLiteral("invalid_value"),
                QStringLiteral("the command %1 applies to a %2, not a %3")
                    .arg(command, route.entity, mutation.entity),
                QStringLiteral("entity"));
        if (caller.isReferent())
            return forbidden(QStringLiteral("a territorial referent follows requests and "
                                            "replacements but does not act on them"));
        return (this->*route.run)(caller, mutation);
    }
    return MutationAnswer::rejected(
        command.isEmpty() ? QStringLiteral("required") : QStringLiteral("invalid_value"),
        QStringLiteral("data.command must be one of: %1").arg(commands().join(u", ")),
        QStringLiteral("data.command"));
}

std::optional<StoredRecord> CommandService::saveChecked(const QString &entityName,
                                                        const QJsonObject &data,
                                                        domain::Error *error)
{
    const domain::Errors errors = entity::validate(entityName, data);
    if (!errors.isEmpty()) {
        *error = errors.first();
        return std::nullopt;
    }
    return m_records.save(entityName, entity::normalise(entityName, data));
}

MutationAnswer CommandService::appliedAnswer(const Caller &caller, const StoredRecord &record) const
{
    return MutationAnswer::applied(record.version,
                                   Visibility(caller).project(record).value_or(QJsonObject()));
}

std::optional<StoredRecord> CommandService::lockedContract(const QString &id)
{
    if (m_storage.driver() == Storage::Driver::Postgres)
        m_storage
            .exec(QStringLiteral("SELECT id FROM records WHERE entity = ? AND id = ? FOR "
                                 "UPDATE"),
                  { entity::contract, id })
            .finish();
    auto contract = m_records.get(entity::contract, id);
    if (contract && contract->deleted)
        return std::nullopt;
    return contract;
}

void CommandService::reopenIfNoOffer(const QString &requestId)
{
    auto request = m_records.get(entity::request, requestId);
    if (!request || request->deleted || str(request->data, "status") != u"proposed")
        return;
    for (const StoredRecord &proposal : m_records.list(entity::proposal, requestId)) {
        if (str(proposal.data, "status") == u"offered")
            return;
    }
    QJsonObject data = request->data;
    data.insert(QStringLiteral("status"), QStringLiteral("published"));
    m_records.save(entity::request, data);
}

MutationAnswer CommandService::publish(const Caller &caller, const Mutation &mutation)
{
    if (caller.role != u"coordinator" && !caller.isPrescriber() && !caller.isAdmin())
        return forbidden(QStringLiteral("your role cannot publish requests"));
    const auto request = m_records.get(entity::request, mutation.id);
    if (!request || request->deleted)
        return notFound(QStringLiteral("this request"), QStringLiteral("id"));
    if (request->structureId != caller.structureId)
        return forbidden(
            QStringLiteral("only the structure that posted the request can publish it"));
    if (!m_charter.isAccepted(caller.structureId))
        return Charter::notAccepted();
    const QString status = str(request->data, "status");
    if (status != u"draft")
        return invalidState(QStringLiteral("request is not a draft (it is %1)").arg(status),
                            request->version);
    if (!request->data.value(QStringLiteral("consent_recorded")).toBool())
        return MutationAnswer::rejected(
            QStringLiteral("consent_required"),
            QStringLiteral("record the person's consent before the request leaves your structure"),
            QStringLiteral("consent_recorded"), request->version);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool future = false;
    for (const QJsonValue &item : request->data.value(QStringLiteral("interventions")).toArray())
        future = future || domain::instantFromJson(item[QStringLiteral("start")].toString()) > now;
    if (!future)
        return MutationAnswer::rejected(QStringLiteral("no_future_intervention"),
                                        QStringLiteral("a request needs at least one intervention "
                                                       "that has not started yet"),
                                        QStringLiteral("interventions"), request->version);
    QJsonObject data = request->data;
    data.insert(QStringLiteral("status"), QStringLiteral("published"));
    data.insert(QStringLiteral("published_at"), domain::instantToJson(now));
    domain::Error error;
    const auto saved = saveChecked(entity::request, data, &error);
    if (!saved)
        return MutationAnswer::rejected(error, request->version);
    m_audit.record(caller, QStringLiteral("publish"), subject(entity::request, mutation.id),
                   { { QStringLiteral("interventions"), interventionIdsOf(data).size() } });
    return appliedAnswer(caller, *saved);
}

MutationAnswer CommandService::cancel(const Caller &caller, const Mutation &mutation)
{
    const auto request = m_records.get(entity::request, mutation.id);
    if (!request || request->deleted)
        return notFound(QStringLiteral("this request"), QStringLiteral("id"));
    if (request->structureId != caller.structureId)
        return forbidden(
            QStringLiteral("only the structure that posted the request can cancel it"));
    const QString status = str(request->data, "status");
    if (status == u"done" || status == u"cancelled")
        return invalidState(QStringLiteral("request is already %1").arg(status), request->version);
    const QString reason = str(mutation.data, "reason").trimmed().left(500);
    QJsonObject data = request->data;
    data.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    domain::Error error;
    const auto saved = saveChecked(entity::request, data, &error);
    if (!saved)
        return MutationAnswer::rejected(error, request->version);
    // The offers still waiting are answered, so the lending coordinators know.
    for (const StoredRecord &proposal : m_records.list(entity::proposal, mutation.id)) {
        if (str(proposal.data, "status") != u"offered")
            continue;
        QJsonObject declined = proposal.data;
        declined.insert(QStringLiteral("status"), QStringLiteral("declined"));
        m_records.save(entity::proposal, declined);
    }
    m_audit.record(caller, QStringLiteral("cancel"), subject(entity::request, mutation.id),
                   { { QStringLiteral("reason"), reason }, { QStringLiteral("from"), status } });
    return appliedAnswer(caller, *saved);
}

MutationAnswer CommandService::propose(const Caller &caller, const Mutation &mutation)
{
    if (caller.role != u"coordinator" && !caller.isAdmin())
        return forbidden(QStringLiteral("only a coordinator proposes staff"));
    domain::JsonReader reader(mutation.data, QStringLiteral("data"));
    const QString requestId
        = reader.uuid(QStringLiteral("request_id"), domain::JsonReader::Required);
    const QString staffId = reader.uuid(QStringLiteral("staff_id"), domain::JsonReader::Required);
    const QStringList interventionIds = reader.uuids(QStringLiteral("intervention_ids"));
    const QString note = reader.string(QStringLiteral("note"), domain::JsonReader::Optional, 2000);
    if (!reader.ok())
        return MutationAnswer::rejected(reader.errors().first());
    if (!m_charter.isAccepted(caller.structureId))
        return Charter::notAccepted();
    if (const auto existing = m_records.get(entity::proposal, mutation.id))
        return MutationAnswer::rejected(QStringLiteral("duplicate"),
                                        QStringLiteral("a proposal with this id already exists"),
                                        QStringLiteral("id"), existing->version);

    const auto request = m_records.get(entity::request, requestId);
    if (!request || request->deleted || !request->shared)
        return notFound(QStringLiteral("this request"), QStringLiteral("data.request_id"));
    if (request->structureId == caller.structureId)
        return forbidden(QStringLiteral("a structure does not propose staff for its own request"),
                         QStringLiteral("data.request_id"));
    const QString status = str(request->data, "status");
    if (status != u"published" && status != u"proposed" && status != u"accepted")
        return invalidState(QStringLiteral("request is not published (it is %1)").arg(status));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime deadline = domain::instantFromJson(str(request->data, "deadline"));
    if (deadline.isValid() && deadline < now)
        return invalidState(QStringLiteral("the request's answer deadline has passed"));

    const auto staff = m_records.get(entity::staff, staffId);
    if (!staff || staff->deleted || staff->structureId != caller.structureId)
        return forbidden(QStringLiteral("this worker is not one of your structure's staff"),
                         QStringLiteral("data.staff_id"));
    if (!staff->data.value(QStringLiteral("consent_sharing")).toBool()
        || !staff->data.value(QStringLiteral("active")).toBool(true))
        return MutationAnswer::rejected(
            QStringLiteral("no_consent"),
            QStringLiteral("this worker has not agreed to work for other structures, or is "
                           "inactive"),
            QStringLiteral("data.staff_id"));

    const QStringList all = interventionIdsOf(request->data);
    for (qsizetype i = 0; i < interventionIds.size(); ++i) {
        if (!all.contains(interventionIds.at(i)))
            return MutationAnswer::rejected(
                QStringLiteral("not_found"),
                QStringLiteral("is not one of the request's interventions"),
                QStringLiteral("data.intervention_ids[%1]").arg(i));
    }
    const QStringList wanted = interventionIds.isEmpty() ? all : interventionIds;
    QStringList taken;
    for (const StoredRecord &other : m_records.list(entity::proposal, requestId)) {
        const QString otherStatus = str(other.data, "status");
        if (otherStatus == u"accepted")
            taken += proposedInterventions(other.data, request->data);
        if (otherStatus == u"offered" && str(other.data, "staff_id") == staffId)
            return MutationAnswer::rejected(QStringLiteral("duplicate"),
                                            QStringLiteral("this worker is already proposed for "
                                                           "this request"),
                                            QStringLiteral("data.staff_id"));
    }
    if (intersects(wanted, taken))
        return invalidState(QStringLiteral("an intervention of this proposal is already covered by "
                                           "an accepted proposal"));

    // The worker may not be proposed at a time it is already contracted elsewhere.
    QList<domain::TimeRange> wantedRanges;
    for (const QJsonValue &item : request->data.value(QStringLiteral("interventions")).toArray()) {
        if (wanted.contains(item[QStringLiteral("id")].toString()))
            wantedRanges.append(
                { domain::instantFromJson(item[QStringLiteral("start")].toString()),
                  domain::instantFromJson(item[QStringLiteral("end")].toString()) });
    }
    QList<domain::TimeRange> commitments;
    for (const StoredRecord &contract : m_records.list(entity::contract)) {
        if (str(contract.data, "staff_id") != staffId || str(contract.data, "status") == u"ended")
            continue;
        for (const QJsonValue &item :
             contract.data.value(QStringLiteral("interventions")).toArray()) {
            const domain::TimeRange range {
                domain::instantFromJson(item[QStringLiteral("start")].toString()),
                domain::instantFromJson(item[QStringLiteral("end")].toString())
            };
            commitments.append(range);
            for (const domain::TimeRange &w : std::as_const(wantedRanges)) {
                if (w.overlaps(range))
                    return MutationAnswer::rejected(
                        QStringLiteral("staff_committed"),
                        QStringLiteral("this worker already has a contracted intervention at "
                                       "that time"),
                        QStringLiteral("data.staff_id"));
            }
        }
    }

    const auto member = domain::StaffMember::fromJson(staff->data);
    // Labour limits on what the platform knows of the worker's week: warnings for the lending
    // coordinator, never a refusal (DESIGN.md, "Labour limits"; IDCC 2941).
    QStringList warnings;
    if (member) {
        QList<domain::Intervention> proposed;
        if (const auto wantedRequest = domain::ReplacementRequest::fromJson(request->data)) {
            for (const domain::Intervention &intervention : wantedRequest->interventions) {
                if (wanted.contains(intervention.id))
                    proposed.append(intervention);
            }
        }
        const QList<rules::Warning> found
            = rules::checkLabourLimits(commitments, proposed, rules::LabourLimits::of(*member));
        for (const rules::Warning &warning : found)
            warnings.append(warning.code + QStringLiteral(": ") + warning.message);
    }
    domain::Proposal proposal;
    proposal.id = mutation.id;
    proposal.structureId = caller.structureId;
    proposal.requestId = requestId;
    proposal.requestStructureId = request->structureId;
    proposal.staffId = staffId;
    proposal.staffPseudonym = member ? member->pseudonym() : QString();
    proposal.interventionIds = interventionIds;
    proposal.note = note;
    proposal.warnings = warnings;
    proposal.createdAt = now;
    domain::Error error;
    const auto saved = saveChecked(entity::proposal, proposal.toJson(), &error);
    if (!saved)
        return MutationAnswer::rejected(error);
    if (status == u"published") {
        QJsonObject data = request->data;
        data.insert(QStringLiteral("status"), QStringLiteral("proposed"));
        m_records.save(entity::request, data);
    }
    m_audit.record(caller, QStringLiteral("propose"), subject(entity::proposal, mutation.id),
                   { { QStringLiteral("request_id"), requestId },
                     { QStringLiteral("staff_id"), staffId },
                     { QStringLiteral("interventions"), QJsonArray::fromStringList(wanted) },
                     { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } },
                   request->structureId);
    return appliedAnswer(caller, *saved);
}

MutationAnswer CommandService::withdraw(const Caller &caller, const Mutation &mutation)
{
    const auto proposal = m_records.get(entity::proposal, mutation.id);
    if (!proposal || proposal->deleted)
        return notFound(QStringLiteral("this proposal"), QStringLiteral("id"));
    if (proposal->structureId != caller.structureId)
        return forbidden(QStringLiteral("only the proposing structure can withdraw its proposal"));
    const QString status = str(proposal->data, "status");
    if (status != u"offered")
        return invalidState(QStringLiteral("proposal already %1").arg(status), proposal->version);
    QJsonObject data = proposal->data;
    data.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
    const StoredRecord saved = m_records.save(entity::proposal, data);
    reopenIfNoOffer(str(data, "request_id"));
    m_audit.record(caller, QStringLiteral("withdraw"), subject(entity::proposal, mutation.id), {},
                   proposal->partyId);
    return appliedAnswer(caller, saved);
}

MutationAnswer CommandService::decline(const Caller &caller, const Mutation &mutation)
{
    const auto proposal = m_records.get(entity::proposal, mutation.id);
    if (!proposal || proposal->deleted)
        return notFound(QStringLiteral("this proposal"), QStringLiteral("id"));
    if (proposal->partyId != caller.structureId)
        return forbidden(QStringLiteral("only the requesting structure can decline a proposal"));
    const QString status = str(proposal->data, "status");
    if (status != u"offered")
        return invalidState(QStringLiteral("proposal already %1").arg(status), proposal->version);
    QJsonObject data = proposal->data;
    data.insert(QStringLiteral("status"), QStringLiteral("declined"));
    const StoredRecord saved = m_records.save(entity::proposal, data);
    reopenIfNoOffer(str(data, "request_id"));
    m_audit.record(caller, QStringLiteral("decline"), subject(entity::proposal, mutation.id),
                   { { QStringLiteral("reason"), str(mutation.data, "reason").left(500) } },
                   proposal->structureId);
    return appliedAnswer(caller, saved);
}

MutationAnswer CommandService::accept(const Caller &caller, const Mutation &mutation)
{
    if (caller.role != u"coordinator" && !caller.isPrescriber() && !caller.isAdmin())
        return forbidden(QStringLiteral("your role cannot accept proposals"));
    const auto proposal = m_records.get(entity::proposal, mutation.id);
    if (!proposal || proposal->deleted)
        return notFound(QStringLiteral("this proposal"), QStringLiteral("id"));
    const auto request = m_records.get(entity::request, str(proposal->data, "request_id"));
    if (!request || request->deleted)
        return notFound(QStringLiteral("the proposal's request"));
    if (request->structureId != caller.structureId)
        return forbidden(QStringLiteral("only the requesting structure can accept a proposal"));
    const QString status = str(proposal->data, "status");
    if (status != u"offered")
        return invalidState(QStringLiteral("proposal already %1").arg(status), proposal->version);
    const QString requestStatus = str(request->data, "status");
    if (requestStatus != u"published" && requestStatus != u"proposed"
        && requestStatus != u"accepted")
        return invalidState(QStringLiteral("request is %1").arg(requestStatus), proposal->version);

    const QStringList wanted = proposedInterventions(proposal->data, request->data);
    const QList<StoredRecord> siblings = m_records.list(entity::proposal, request->id);
    for (const StoredRecord &other : siblings) {
        if (other.id != proposal->id && str(other.data, "status") == u"accepted"
            && intersects(wanted, proposedInterventions(other.data, request->data)))
            return invalidState(QStringLiteral("another proposal was already accepted for these "
                                               "interventions"),
                                proposal->version);
    }
    const auto staff = m_records.get(entity::staff, str(proposal->data, "staff_id"));
    if (!staff || staff->deleted)
        return invalidState(QStringLiteral("the proposed worker is no longer on the lending "
                                           "structure's staff"),
                            proposal->version);

    domain::Error error;
    const QJsonObject contract = createContract(*proposal, *request, *staff, wanted, &error);
    if (contract.isEmpty())
        return MutationAnswer::rejected(error, proposal->version);
    const auto savedContract = saveChecked(entity::contract, contract, &error);
    if (!savedContract)
        return MutationAnswer::rejected(error, proposal->version);

    QJsonObject accepted = proposal->data;
    accepted.insert(QStringLiteral("status"), QStringLiteral("accepted"));
    const StoredRecord saved = m_records.save(entity::proposal, accepted);
    // The other offers for the same interventions are answered at once.
    for (const StoredRecord &other : siblings) {
        if (other.id == proposal->id || str(other.data, "status") != u"offered"
            || !intersects(wanted, proposedInterventions(other.data, request->data)))
            continue;
        QJsonObject declined = other.data;
        declined.insert(QStringLiteral("status"), QStringLiteral("declined"));
        m_records.save(entity::proposal, declined);
    }
    if (requestStatus != u"accepted") {
        QJsonObject data = request->data;
        data.insert(QStringLiteral("status"), QStringLiteral("accepted"));
        m_records.save(entity::request, data);
    }
    m_audit.record(caller, QStringLiteral("accept"), subject(entity::proposal, proposal->id),
                   { { QStringLiteral("request_id"), request->id },
                     { QStringLiteral("contract_id"), savedContract->id },
                     { QStringLiteral("contract_number"), str(savedContract->data, "number") },
                     { QStringLiteral("lender_structure_id"), proposal->structureId } },
                   proposal->structureId);
    return appliedAnswer(caller, saved);
}

QJsonObject CommandService::createContract(const StoredRecord &proposal,
                                           const StoredRecord &request, const StoredRecord &staff,
                                           const QStringList &interventionIds, domain::Error *error)
{
    const auto lender = m_records.get(entity::structure, proposal.structureId);
    const auto user = m_records.get(entity::structure, request.structureId);
    const auto member = domain::StaffMember::fromJson(staff.data);
    const auto wanted = domain::ReplacementRequest::fromJson(request.data);
    if (!lender || !user || !member || !wanted) {
        *error
            = domain::Error { QStringLiteral("invalid_state"),
                              {},
                              QStringLiteral("the structures, worker or request of this proposal "
                                             "are incomplete on the server") };
        return {};
    }
    const auto party = [](const StoredRecord &structure) {
        domain::ContractParty p;
        p.structureId = structure.id;
        p.name = str(structure.data, "name");
        p.siret = str(structure.data, "siret");
        p.authorisation = str(structure.data, "authorisation");
        if (p.authorisation.isEmpty() && !str(structure.data, "finess").isEmpty())
            p.authorisation = QStringLiteral("FINESS %1").arg(str(structure.data, "finess"));
        p.address = str(structure.data, "address");
        return p;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Contract numbers run per calendar year, in Paris time, from a counter in the database.
    const int year = now.toTimeZone(QTimeZone("Europe/Paris")).date().year();
    const qint64 serial = m_storage.nextCounter(QStringLiteral("contract_number_%1").arg(year));

    domain::Contract contract;
    contract.id = domain::newId();
    contract.structureId = proposal.structureId;
    contract.number = QStringLiteral("REL-%1-%2").arg(year).arg(serial, 6, 10, QLatin1Char('0'));
    contract.type = wanted->contractType;
    contract.requestId = request.id;
    contract.proposalId = proposal.id;
    contract.lender = party(*lender);
    contract.user = party(*user);
    contract.staffId = member->id;
    contract.staffName = member->fullName();
    contract.staffQualification = member->qualification;
    contract.missionAddress = wanted->missionAddress;
    contract.missionCommune = wanted->missionCommune;
    contract.missionDepartement = missionDepartement(wanted->missionAddress, wanted->missionCommune,
                                                     str(user->data, "departement"));
    // The particular characteristics of the post (L8241-2 3°): the requester's mission details.
    contract.postCharacteristics = wanted->note;
    contract.needs = wanted->needs;
    for (const domain::Intervention &intervention : wanted->interventions) {
        if (interventionIds.contains(intervention.id))
            contract.interventions.append(intervention);
    }
    contract.hourlyRateCents = wanted->hourlyRateCents;
    contract.kmRateCents = user->data.value(QStringLiteral("km_rate_cents")).toInteger(38);
    contract.status = QStringLiteral("draft");
    contract.createdAt = now;
    return contract.toJson();
}

MutationAnswer CommandService::sign(const Caller &caller, const Mutation &mutation)
{
    domain::JsonReader reader(mutation.data, QStringLiteral("data"));
    const QString name = reader.string(QStringLiteral("name"), domain::JsonReader::Required, 200);
    const QString role = reader.code(
        QStringLiteral("role"),
        { QStringLiteral("lender"), QStringLiteral("user"), QStringLiteral("employee") },
        domain::JsonReader::Required);
    const QString documentHash
        = reader.string(QStringLiteral("document_hash"), domain::JsonReader::Optional, 128)
              .toLower();
    const QString amendmentNumber
        = reader.string(QStringLiteral("amendment"), domain::JsonReader::Optional, 44);
    if (!reader.ok())
        return MutationAnswer::rejected(reader.errors().first());
    if (!documentHash.isEmpty() && !isSha256(documentHash))
        return MutationAnswer::rejected(QStringLiteral("invalid_value"),
                                        QStringLiteral("must be the SHA-256 of the printed "
                                                       "document, 64 hexadecimal characters"),
                                        QStringLiteral("data.document_hash"));
    const auto contract = lockedContract(mutation.id);
    if (!contract)
        return notFound(QStringLiteral("this contract"), QStringLiteral("id"));
    const QString status = str(contract->data, "status");
    const bool isLender = contract->structureId == caller.structureId;
    const bool isUser = contract->partyId == caller.structureId;
    const bool subcontract = str(contract->data, "type") == u"sous_traitance";
    if (role == u"lender" && !isLender)
        return forbidden(QStringLiteral("only the lending structure signs as lender"),
                         QStringLiteral("data.role"));
    if (role == u"user" && !isUser)
        return forbidden(QStringLiteral("only the user structure signs as user"),
                         QStringLiteral("data.role"));
    // The employee's avenant, recorded by the employer (the lender).
    if (role == u"employee" && !isLender)
        return forbidden(QStringLiteral("the employee's signature is recorded by the lending "
                                        "structure"),
                         QStringLiteral("data.role"));
    if (status == u"ended")
        return invalidState(QStringLiteral("the contract has ended"), contract->version);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject signature { { QStringLiteral("role"), role },
                                  { QStringLiteral("name"), name },
                                  { QStringLiteral("at"), domain::instantToJson(now) } };
    QJsonObject data = contract->data;
    QString next;
    QString documentKind;
    if (amendmentNumber.isEmpty()) {
        QString refusal;
        next = nextSignatureStatus(status, role, subcontract, &refusal);
        if (next.isEmpty())
            return invalidState(QStringLiteral("contract %1").arg(refusal), contract->version);
        QJsonArray signatures = data.value(QStringLiteral("signatures")).toArray();
        signatures.append(signature);
        data.insert(QStringLiteral("signatures"), signatures);
        data.insert(QStringLiteral("status"), next);
        documentKind = role == u"employee" ? QStringLiteral("avenant")
            : subcontract                  ? QStringLiteral("sous_traitance")
                                           : QStringLiteral("convention");
        if (!documentHash.isEmpty() && role != u"employee")
            data.insert(QStringLiteral("document_hash"), documentHash);
    } else {
        QJsonArray amendments = data.value(QStringLiteral("amendments")).toArray();
        qsizetype index = -1;
        for (qsizetype i = 0; i < amendments.size(); ++i) {
            if (amendments.at(i)[QStringLiteral("number")].toString() == amendmentNumber)
                index = i;
        }
        if (index < 0)
            return notFound(QStringLiteral("the amendment %1").arg(amendmentNumber),
                            QStringLiteral("data.amendment"));
        QJsonObject amendment = amendments.at(index).toObject();
        QString refusal;
        next = nextSignatureStatus(amendment.value(QStringLiteral("status")).toString(), role,
                                   subcontract, &refusal);
        if (next.isEmpty())
            return invalidState(QStringLiteral("amendment %1 %2").arg(amendmentNumber, refusal),
                                contract->version);
        QJsonArray signatures = amendment.value(QStringLiteral("signatures")).toArray();
        signatures.append(signature);
        amendment.insert(QStringLiteral("signatures"), signatures);
        amendment.insert(QStringLiteral("status"), next);
        amendments.replace(index, amendment);
        data.insert(QStringLiteral("amendments"), amendments);
        documentKind = QStringLiteral("amendment");
    }
    if (!documentHash.isEmpty()) {
        // The printed copy that was signed (text version: the amendments so far).
        QJsonArray documents = data.value(QStringLiteral("documents")).toArray();
        documents.append(
            QJsonObject { { QStringLiteral("kind"), documentKind },
                          { QStringLiteral("text_version"),
                            data.value(QStringLiteral("amendments")).toArray().size() },
                          { QStringLiteral("sha256"), documentHash },
                          { QStringLiteral("structure_id"), caller.structureId },
                          { QStringLiteral("at"), domain::instantToJson(now) } });
        data.insert(QStringLiteral("documents"), documents);
    }
    domain::Error error;
    const auto saved = saveChecked(entity::contract, data, &error);
    if (!saved)
        return MutationAnswer::rejected(error, contract->version);
    if (amendmentNumber.isEmpty() && status == u"signed_lender") {
        if (auto request = m_records.get(entity::request, contract->parentId);
            request && !request->deleted && str(request->data, "status") == u"accepted") {
            QJsonObject requestData = request->data;
            requestData.insert(QStringLiteral("status"), QStringLiteral("contracted"));
            m_records.save(entity::request, requestData);
        }
    }
    m_audit.record(caller, QStringLiteral("sign"), subject(entity::contract, contract->id),
                   { { QStringLiteral("role"), role },
                     { QStringLiteral("status"), next },
                     { QStringLiteral("amendment"), amendmentNumber },
                     { QStringLiteral("document_hash"), documentHash } },
                   isLender ? contract->partyId : contract->structureId);
    // The answer carries the worker's name to the user structure.
    if (!isLender)
        m_audit.recordAccess(caller, *saved, QStringLiteral("mutations"));
    return appliedAnswer(caller, *saved);
}

MutationAnswer CommandService::end(const Caller &caller, const Mutation &mutation)
{
    const auto contract = lockedContract(mutation.id);
    if (!contract)
        return notFound(QStringLiteral("this contract"), QStringLiteral("id"));
    if (contract->structureId != caller.structureId && contract->partyId != caller.structureId)
        return forbidden(QStringLiteral("only the two parties can end a contract"));
    const QString status = str(contract->data, "status");
    if (status == u"ended")
        return invalidState(QStringLiteral("contract already ended"), contract->version);
    QJsonObject data = contract->data;
    data.insert(QStringLiteral("status"), QStringLiteral("ended"));
    const StoredRecord saved = m_records.save(entity::contract, data);
    // The request is done once none of its contracts runs any more.
    bool running = false;
    for (const StoredRecord &other : m_records.list(entity::contract, contract->parentId))
        running = running || str(other.data, "status") != u"ended";
    if (auto request = m_records.get(entity::request, contract->parentId); !running && request
        && !request->deleted
        && QStringList { QStringLiteral("accepted"), QStringLiteral("contracted") }.contains(
            str(request->data, "status"))) {
        QJsonObject requestData = request->data;
        requestData.insert(QStringLiteral("status"), QStringLiteral("done"));
        m_records.save(entity::request, requestData);
    }
    m_audit.record(caller, QStringLiteral("end"), subject(entity::contract, contract->id),
                   { { QStringLiteral("reason"), str(mutation.data, "reason").left(500) },
                     { QStringLiteral("from"), status } },
                   contract->structureId == caller.structureId ? contract->partyId
                                                               : contract->structureId);
    return appliedAnswer(caller, saved);
}

MutationAnswer CommandService::amend(const Caller &caller, const Mutation &mutation)
{
    domain::JsonReader reader(mutation.data, QStringLiteral("data"));
    const QString reason
        = reader.string(QStringLiteral("reason"), domain::JsonReader::Required, 500);
    const bool changesPost = mutation.data.contains(QStringLiteral("post_characteristics"));
    const QString post
        = reader.string(QStringLiteral("post_characteristics"), domain::JsonReader::Optional, 2000);
    reader.array(QStringLiteral("interventions"), domain::JsonReader::Required, 500);
    if (!reader.ok())
        return MutationAnswer::rejected(reader.errors().first());
    // The new list, checked as the contract's own (ids, instants, end after start).
    const auto proposed = domain::Contract::fromJson(
        { { QStringLiteral("id"), mutation.id },
          { QStringLiteral("structure_id"), mutation.id },
          { QStringLiteral("number"), QStringLiteral("check") },
          { QStringLiteral("request_id"), mutation.id },
          { QStringLiteral("staff_id"), mutation.id },
          { QStringLiteral("staff_name"), QStringLiteral("check") },
          { QStringLiteral("lender"),
            QJsonObject { { QStringLiteral("structure_id"), mutation.id },
                          { QStringLiteral("name"), QStringLiteral("check") } } },
          { QStringLiteral("user"),
            QJsonObject { { QStringLiteral("structure_id"), mutation.id },
                          { QStringLiteral("name"), QStringLiteral("check") } } },
          { QStringLiteral("interventions"),
            mutation.data.value(QStringLiteral("interventions")) } });
    if (!proposed) {
        domain::Error error = proposed.errors().first();
        error.field = QStringLiteral("data.") + error.field;
        return MutationAnswer::rejected(error);
    }
    const QList<domain::Intervention> after = proposed->interventions;
    if (after.isEmpty())
        return MutationAnswer::rejected(QStringLiteral("required"),
                                        QStringLiteral("an amendment keeps at least one "
                                                       "intervention; end the contract instead"),
                                        QStringLiteral("data.interventions"));
    QSet<QString> ids;
    for (const domain::Intervention &i : after) {
        if (ids.contains(i.id))
            return MutationAnswer::rejected(
                QStringLiteral("invalid_value"),
                QStringLiteral("the intervention %1 is listed twice").arg(i.id),
                QStringLiteral("data.interventions"));
        ids.insert(i.id);
    }

    const auto contract = lockedContract(mutation.id);
    if (!contract)
        return notFound(QStringLiteral("this contract"), QStringLiteral("id"));
    if (contract->structureId != caller.structureId && contract->partyId != caller.structureId)
        return forbidden(QStringLiteral("only the two parties can amend a contract"));
    const QString status = str(contract->data, "status");
    if (status == u"ended")
        return invalidState(QStringLiteral("the contract has ended: post a new request"),
                            contract->version);
    const auto current = domain::Contract::fromJson(contract->data);
    if (!current)
        return invalidState(QStringLiteral("the stored contract is incomplete"), contract->version);

    QStringList added, removed, changed;
    for (const domain::Intervention &i : after) {
        const auto before
            = std::find_if(current->interventions.cbegin(), current->interventions.cend(),
                           [&i](const domain::Intervention &b) { return b.id == i.id; });
        if (before == current->interventions.cend())
            added.append(i.id);
        else if (before->start != i.start || before->end != i.end)
            changed.append(i.id);
    }
    for (const domain::Intervention &b : current->interventions) {
        if (!ids.contains(b.id))
            removed.append(b.id);
    }
    if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()
        && (!changesPost || post == current->postCharacteristics))
        return MutationAnswer::rejected(QStringLiteral("invalid_value"),
                                        QStringLiteral("nothing changes: the interventions are "
                                                       "the contract's"),
                                        QStringLiteral("data.interventions"));
    // Hours already recorded stay with the intervention they were done for.
    for (const StoredRecord &record : m_records.list(entity::interventionRecord, contract->id)) {
        const QString done = str(record.data, "intervention_id");
        if (removed.contains(done) || changed.contains(done))
            return MutationAnswer::rejected(
                QStringLiteral("hours_recorded"),
                QStringLiteral("hours are recorded for the intervention %1: it cannot be moved "
                               "or removed")
                    .arg(done),
                QStringLiteral("data.interventions"), contract->version);
    }
    // The worker cannot be at two contracted interventions at once.
    for (const StoredRecord &other : m_records.list(entity::contract)) {
        if (other.id == contract->id || str(other.data, "staff_id") != current->staffId
            || str(other.data, "status") == u"ended")
            continue;
        for (const QJsonValue &item : other.data.value(QStringLiteral("interventions")).toArray()) {
            const domain::TimeRange range {
                domain::instantFromJson(item[QStringLiteral("start")].toString()),
                domain::instantFromJson(item[QStringLiteral("end")].toString())
            };
            for (const domain::Intervention &i : after) {
                if ((added.contains(i.id) || changed.contains(i.id)) && i.range().overlaps(range))
                    return MutationAnswer::rejected(
                        QStringLiteral("staff_committed"),
                        QStringLiteral("the worker has another contracted intervention at that "
                                       "time (contract %1)")
                            .arg(str(other.data, "number")),
                        QStringLiteral("data.interventions"), contract->version);
            }
        }
    }

    domain::ContractAmendment amendment;
    // Numbered from the contract's own number; the contract row is locked, so no two
    // amendments get the same number.
    amendment.number
        = QStringLiteral("%1-A%2").arg(current->number).arg(current->amendments.size() + 1);
    amendment.reason = reason;
    amendment.structureId = caller.structureId;
    amendment.interventions = after;
    amendment.previous = current->interventions;
    amendment.added = added;
    amendment.removed = removed;
    amendment.changed = changed;
    amendment.createdAt = QDateTime::currentDateTimeUtc();
    domain::Contract next = *current;
    next.interventions = after;
    if (changesPost)
        next.postCharacteristics = post;
    next.amendments.append(amendment);
    QJsonObject data = contract->data;
    const QJsonObject amended = next.toJson();
    for (const char *field : { "interventions", "post_characteristics", "amendments" })
        data.insert(QLatin1String(field), amended.value(QLatin1String(field)));
    domain::Error error;
    const auto saved = saveChecked(entity::contract, data, &error);
    if (!saved)
        return MutationAnswer::rejected(error, contract->version);
    m_audit.record(caller, QStringLiteral("amend"), subject(entity::contract, contract->id),
                   { { QStringLiteral("amendment"), amendment.number },
                     { QStringLiteral("added"), QJsonArray::fromStringList(added) },
                     { QStringLiteral("removed"), QJsonArray::fromStringList(removed) },
                     { QStringLiteral("changed"), QJsonArray::fromStringList(changed) } },
                   contract->structureId == caller.structureId ? contract->partyId
                                                               : contract->structureId);
    return appliedAnswer(caller, *saved);
}

MutationAnswer CommandService::recordDocument(const Caller &caller, const Mutation &mutation)
{
    domain::JsonReader reader(mutation.data, QStringLiteral("data"));
    const QString kind = reader.code(QStringLiteral("kind"), domain::Contract::documentKinds(),
                                     domain::JsonReader::Required);
    const QString sha256
        = reader.string(QStringLiteral("sha256"), domain::JsonReader::Required, 64).toLower();
    const qint64 textVersion
        = reader.integer(QStringLiteral("text_version"), 0, 99, domain::JsonReader::Optional, -1);
    if (!reader.ok())
        return MutationAnswer::rejected(reader.errors().first());
    if (!isSha256(sha256))
        return MutationAnswer::rejected(QStringLiteral("invalid_value"),
                                        QStringLiteral("must be a SHA-256, 64 hexadecimal "
                                                       "characters"),
                                        QStringLiteral("data.sha256"));
    const auto contract = lockedContract(mutation.id);
    if (!contract)
        return notFound(QStringLiteral("this contract"), QStringLiteral("id"));
    if (contract->structureId != caller.structureId && contract->partyId != caller.structureId)
        return forbidden(QStringLiteral("only the two parties print a contract"));
    const qint64 amendments = contract->data.value(QStringLiteral("amendments")).toArray().size();
    const qint64 version = textVersion < 0 ? amendments : textVersion;
    if (version > amendments)
        return MutationAnswer::rejected(
            QStringLiteral("out_of_range"),
            QStringLiteral("the contract has %1 amendment(s)").arg(amendments),
            QStringLiteral("data.text_version"));
    QJsonObject data = contract->data;
    QJsonArray documents = data.value(QStringLiteral("documents")).toArray();
    for (const QJsonValue &d : std::as_const(documents)) {
        if (d[QStringLiteral("sha256")].toString() == sha256
            && d[QStringLiteral("kind")].toString() == kind)
            return appliedAnswer(caller, *contract); // already kept: nothing changes
    }
    documents.append(QJsonObject {
        { QStringLiteral("kind"), kind },
        { QStringLiteral("text_version"), version },
        { QStringLiteral("sha256"), sha256 },
        { QStringLiteral("structure_id"), caller.structureId },
        { QStringLiteral("at"), domain::instantToJson(QDateTime::currentDateTimeUtc()) } });
    data.insert(QStringLiteral("documents"), documents);
    const bool mainKind = kind
        == (str(data, "type") == u"sous_traitance" ? QStringLiteral("sous_traitance")
                                                   : QStringLiteral("convention"));
    if (mainKind && version == amendments)
        data.insert(QStringLiteral("document_hash"), sha256);
    domain::Error error;
    const auto saved = saveChecked(entity::contract, data, &error);
    if (!saved)
        return MutationAnswer::rejected(error, contract->version);
    m_audit.record(
        caller, QStringLiteral("record_document"), subject(entity::contract, contract->id),
        { { QStringLiteral("kind"), kind },
          { QStringLiteral("text_version"), version },
          { QStringLiteral("sha256"), sha256 } },
        contract->structureId == caller.structureId ? contract->partyId : contract->structureId);
    return appliedAnswer(caller, *saved);
}

MutationAnswer CommandService::acceptCharter(const Caller &caller, const Mutation &mutation)
{
    if (!caller.isCoordinator() && !caller.isPrescriber() && !caller.isAdmin())
        return forbidden(QStringLiteral("your role cannot accept the charter for a structure"));
    if (mutation.id != caller.structureId && !caller.isAdmin())
        return forbidden(QStringLiteral("a structure accepts the charter for itself only"),
                         QStringLiteral("id"));
    const auto structure = m_records.get(entity::structure, mutation.id);
    if (!structure || structure->deleted)
        return notFound(QStringLiteral("this structure"), QStringLiteral("id"));
    domain::JsonReader reader(mutation.data, QStringLiteral("data"));
    const QString version
        = reader.string(QStringLiteral("version"), domain::JsonReader::Required, 20);
    if (!reader.ok())
        return MutationAnswer::rejected(reader.errors().first());
    if (version != Charter::currentVersion())
        return MutationAnswer::rejected(
            QStringLiteral("invalid_value"),
            QStringLiteral("the charter in force is %1: read it again (GET /v1/charter)")
                .arg(Charter::currentVersion()),
            QStringLiteral("data.version"));
    m_charter.recordAcceptance(structure->id, caller.accountId, caller.login);
    QJsonObject data = structure->data;
    StoredRecord saved = *structure;
    if (!data.value(QStringLiteral("charter_signed")).toBool()) {
        data.insert(QStringLiteral("charter_signed"), true);
        domain::Error error;
        const auto stored = saveChecked(entity::structure, data, &error);
        if (!stored)
            return MutationAnswer::rejected(error, structure->version);
        saved = *stored;
    }
    m_audit.record(caller, QStringLiteral("accept_charter"), subject(entity::structure, saved.id),
                   { { QStringLiteral("version"), version } });
    return appliedAnswer(caller, saved);
}

} // namespace releve::server

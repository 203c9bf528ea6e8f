#include "mutationservice.h"

#include "requestdecoder.h"
#include "visibility.h"

#include "core/domain/availabilityslot.h"
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/rules/rounding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <numeric>

namespace releve::server {

Q_LOGGING_CATEGORY(lcMutations, "releve.server.mutations")

namespace entity = domain::entity;

namespace {

// Test hooks of the client's fault-injection suite (tests/core/sync), read once and
// unset outside it. RELEVE_TEST_EXIT_AFTER_MUTATIONS=k: the process ends abruptly right after
// committing its k-th mutation, as a crash would. RELEVE_TEST_UNAVAILABLE_AFTER_MUTATIONS=k: once
// k mutations are committed, the next one fails as if the database were down (503), once.
std::atomic<int> committedMutations { 0 };
std::atomic<bool> unavailableDone { false };
int testHook(const char *name)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : -1;
}
void testHookBeforeMutation()
{
    static const int unavailableAfter = testHook("RELEVE_TEST_UNAVAILABLE_AFTER_MUTATIONS");
    if (unavailableAfter >= 0 && committedMutations.load() >= unavailableAfter
        && !unavailableDone.exchange(true))
        throw DatabaseError(QStringLiteral("test hook: the database is unavailable"));
}
void testHookAfterCommit()
{
    static const int exitAfter = testHook("RELEVE_TEST_EXIT_AFTER_MUTATIONS");
    if (++committedMutations == exitAfter)
        std::_Exit(3);
}

QString str(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

MutationAnswer forbidden(const QString &message, const QString &field = {}, qint64 version = 0)
{
    return MutationAnswer::rejected(QStringLiteral("forbidden"), message, field, version);
}

QList<domain::TimeRange> contractedRanges(const RecordStore &records, const QString &staffId)
{
    QList<domain::TimeRange> ranges;
    for (const StoredRecord &contract : records.list(entity::contract)) {
        if (str(contract.data, "staff_id") != staffId || str(contract.data, "status") == u"ended")
            continue;
        for (const QJsonValue &item :
             contract.data.value(QStringLiteral("interventions")).toArray())
            ranges.append({ domain::instantFromJson(item[QStringLiteral("start")].toString()),
                            domain::instantFromJson(item[QStringLiteral("end")].toString()) });
    }
    return ranges;
}

bool slotCovers(const domain::AvailabilitySlot &slot, const domain::TimeRange &range)
{
    if (slot.isAbsence())
        return false;
    const QList<domain::TimeRange> occurrences = slot.occurrences(range.start, range.end);
    return std::any_of(occurrences.begin(), occurrences.end(),
                       [&range](const domain::TimeRange &o) { return o.contains(range); });
}

} // namespace

MutationService::MutationService(const Storage &storage)
    : m_storage(storage)
    , m_records(storage)
    , m_commands(storage)
{ }

ApiReply MutationService::apply(const Caller &caller, const QJsonObject &body)
{
    auto decoded = decode::mutationBatch(body);
    if (auto *error = std::get_if<ApiError>(&decoded))
        return *error;
    const QString clientId = std::get<decode::MutationBatch>(decoded).clientId;
    const QList<Mutation> mutations = std::get<decode::MutationBatch>(decoded).mutations;

    try {
        qint64 lastSeq = 0;
        if (!clientId.isEmpty()) {
            Rows client = m_storage.exec(
                QStringLiteral("SELECT structure_id, last_seq FROM clients WHERE client_id = ?"),
                { clientId });
            if (client.next()) {
                if (client.value(0).toString() != caller.structureId)
                    return ApiError { 409, QStringLiteral("client_state_mismatch"),
                                      QStringLiteral("This client_id belongs to another structure. "
                                                     "Take a new client_id and send the pending "
                                                     "changes again, renumbered from 1."),
                                      QStringLiteral("client_id"), 0 };
                lastSeq = client.value(1).toLongLong();
            }
            client.finish();
            for (qsizetype i = 0; i < mutations.size(); ++i) {
                if (mutations.at(i).seq > lastSeq)
                    continue;
                const bool known
                    = m_storage
                          .scalar(QStringLiteral("SELECT COUNT(*) FROM mutation_answers WHERE "
                                                 "mutation_id = ?"),
                                  { mutations.at(i).mutationId })
                          .toInt()
                    > 0;
                if (!known)
                    return ApiError {
                        409, QStringLiteral("client_state_mismatch"),
                        QStringLiteral("This client's sequence is behind the server's (it already "
                                       "applied up to %1, and seq %2 is a change it never saw): "
                                       "the local database was restored from an older copy. Take "
                                       "a new client_id and send the pending changes again, "
                                       "renumbered; nothing was applied.")
                            .arg(lastSeq)
                            .arg(mutations.at(i).seq),
                        QStringLiteral("mutations[%1].seq").arg(i), 0
                    };
            }
        }

        // A client's mutations are applied in its sequence order; answers keep the request's order.
        QList<qsizetype> order(mutations.size());
        std::iota(order.begin(), order.end(), 0);
        if (!clientId.isEmpty())
            std::stable_sort(order.begin(), order.end(), [&mutations](qsizetype a, qsizetype b) {
                return mutations.at(a).seq < mutations.at(b).seq;
            });

        const QString saveClient = QStringLiteral(
            "INSERT INTO clients (client_id, account_id, structure_id, last_seq, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id) DO UPDATE SET account_id = "
            "excluded.account_id, last_seq = excluded.last_seq, updated_at = excluded.updated_at");
        QList<QJsonObject> results(mutations.size());
        for (const qsizetype index : std::as_const(order)) {
            const Mutation &mutation = mutations.at(index);
            Rows stored = m_storage.exec(QStringLiteral("SELECT structure_id, answer FROM "
                                                        "mutation_answers WHERE mutation_id = ?"),
                                         { mutation.mutationId });
            if (stored.next()) {
                // A replay: the first answer, and nothing changes.
                const QString owner = stored.value(0).toString();
                const QJsonObject answer
                    = QJsonDocument::fromJson(stored.value(1).toString().toUtf8()).object();
                stored.finish();
                results[index] = owner == caller.structureId
                    ? answer
                    : MutationAnswer::rejected(QStringLiteral("duplicate"),
                                               QStringLiteral("this mutation_id was already used "
                                                              "by another structure"),
                                               QStringLiteral("mutation_id"))
                          .toJson(mutation.mutationId);
                if (!clientId.isEmpty() && mutation.seq > lastSeq) {
                    Transaction transaction(m_storage);
                    m_storage.exec(saveClient,
                                   { clientId, caller.accountId, caller.structureId, mutation.seq,
                                     QDateTime::currentMSecsSinceEpoch() });
                    transaction.commit();
                    lastSeq = mutation.seq;
                }
                continue;
            }
            stored.finish();

            testHookBeforeMutation();
            Transaction transaction(m_storage);
            // A mutation that is not applied leaves no trace but its answer.
            m_storage.exec(QStringLiteral("SAVEPOINT mutation"));
            const MutationAnswer answer = execute(caller, mutation);
            if (!answer.isApplied())
                m_storage.exec(QStringLiteral("ROLLBACK TO SAVEPOINT mutation"));
            m_storage.exec(QStringLiteral("RELEASE SAVEPOINT mutation"));
            const QJsonObject answerJson = answer.toJson(mutation.mutationId);
            m_storage.exec(
                QStringLiteral("INSERT INTO mutation_answers (mutation_id, client_id, seq, "
                               "account_id, structure_id, answer, at) VALUES (?, ?, ?, ?, "
                               "?, ?, ?)"),
                { mutation.mutationId, clientId, mutation.seq, caller.accountId, caller.structureId,
                  QString::fromUtf8(QJsonDocument(answerJson).toJson(QJsonDocument::Compact)),
                  QDateTime::currentMSecsSinceEpoch() });
            if (!clientId.isEmpty() && mutation.seq > lastSeq)
                m_storage.exec(saveClient,
                               { clientId, caller.accountId, caller.structureId, mutation.seq,
                                 QDateTime::currentMSecsSinceEpoch() });
            transaction.commit();
            testHookAfterCommit();
            lastSeq = std::max(lastSeq, mutation.seq);
            results[index] = answerJson;
            if (!answer.isApplied())
                qCInfo(lcMutations) << answer.status << mutation.mutationId << answer.error.code
                                    << answer.error.field;
        }
        QJsonArray array;
        for (const QJsonObject &result : std::as_const(results))
            array.append(result);
        return QJsonObject { { QStringLiteral("results"), array } };
    } catch (const DatabaseError &error) {
        qCWarning(lcMutations) << "database unavailable during a batch:" << error.message();
        return ApiError::unavailable(QStringLiteral(
            "The database is unavailable. The changes already applied stay applied; send the "
            "same batch again later (see Retry-After)."));
    }
}

MutationAnswer MutationService::execute(const Caller &caller, Mutation mutation)
{
    if (const domain::Error error = decode::mutationFields(mutation); !error.isNull())
        return MutationAnswer::rejected(error);
    if (!entity::all.contains(mutation.entity))
        return MutationAnswer::rejected(QStringLiteral("invalid_value"),
                                        QStringLiteral("\"%1\" is not an entity: %2")
                                            .arg(mutation.entity.left(40), entity::all.join(u", ")),
                                        QStringLiteral("entity"));
    if (mutation.op == u"command")
        return m_commands.execute(caller, mutation);
    if (caller.isReferent())
        return forbidden(QStringLiteral("a territorial referent follows requests and replacements "
                                        "but does not edit them"));
    if (mutation.op == u"delete")
        return remove(caller, mutation);
    return upsert(caller, mutation);
}

MutationAnswer MutationService::upsert(const Caller &caller, const Mutation &mutation)
{
    const QString &name = mutation.entity;
    const bool coordinates = caller.isCoordinator() || caller.isAdmin();
    if (name == entity::structure) {
        if (!caller.isAdmin() && !(caller.isCoordinator() && mutation.id == caller.structureId))
            return forbidden(
                QStringLiteral("only the structure's coordinator (or an administrator) "
                               "edits a structure"));
    } else if (name == entity::staff || name == entity::availability
               || name == entity::interventionRecord) {
        if (!coordinates)
            return forbidden(QStringLiteral("only a coordinator edits %1 records").arg(name));
    } else if (name == entity::request) {
        if (!coordinates && !caller.isPrescriber())
            return forbidden(QStringLiteral("your role cannot post requests"));
    } else {
        return forbidden(name == entity::account
                             ? QStringLiteral("accounts are managed by administrators "
                                              "(releve-server admin)")
                             : QStringLiteral("%1 records change through commands (propose, "
                                              "accept, sign…)")
                                   .arg(name),
                         QStringLiteral("entity"));
    }

    QJsonObject data = mutation.data;
    if (data.contains(QStringLiteral("id")) && str(data, "id").toLower() != mutation.id)
        return MutationAnswer::rejected(QStringLiteral("invalid_value"),
                                        QStringLiteral("data.id must be the mutation's id"),
                                        QStringLiteral("id"));
    data.insert(QStringLiteral("id"), mutation.id);

    const auto current = m_records.get(name, mutation.id);
    const Visibility visibility(caller);
    if (current && current->deleted)
        return MutationAnswer::rejected(QStringLiteral("deleted"),
                                        QStringLiteral("this record was deleted on the server; "
                                                       "create a new one if it is still needed"),
                                        {}, current->version);
    if (current) {
        const bool owner = name == entity::structure
            ? (caller.isAdmin() || current->id == caller.structureId)
            : current->structureId == caller.structureId;
        if (!owner)
            return forbidden(QStringLiteral("this record belongs to another structure"), {},
                             current->version);
    }

    // Optimistic versions; a stale edit merges when the fields it changed did not change.
    QJsonObject merged;
    if (!current) {
        if (mutation.baseVersion > 0)
            return MutationAnswer::rejected(
                QStringLiteral("not_found"),
                QStringLiteral("this record does not exist on the server"), QStringLiteral("id"));
        merged = data;
    } else if (mutation.baseVersion == current->version) {
        merged = current->data;
        for (auto it = data.begin(); it != data.end(); ++it)
            merged.insert(it.key(), it.value());
    } else {
        const auto conflict = MutationAnswer::conflict(
            current->version, visibility.project(*current).value_or(QJsonObject()));
        if (!mutation.hasOld || mutation.old.isEmpty())
            return conflict;
        for (auto it = mutation.old.begin(); it != mutation.old.end(); ++it) {
            if (current->data.value(it.key()) != it.value())
                return conflict;
        }
        merged = current->data;
        for (auto it = mutation.old.begin(); it != mutation.old.end(); ++it) {
            if (data.contains(it.key()))
                merged.insert(it.key(), data.value(it.key()));
            else
                merged.remove(it.key());
        }
    }
    merged.insert(QStringLiteral("id"), mutation.id);

    const qint64 version = current ? current->version : 0;
    if (name == entity::structure) {
        // Accepting the charter is a command that records who and when; no edit sets it.
        merged.insert(QStringLiteral("charter_signed"),
                      current && current->data.value(QStringLiteral("charter_signed")).toBool());
    } else {
        // The server never trusts the owner a client writes: it is the caller's structure.
        if (str(merged, "structure_id").isEmpty())
            merged.insert(QStringLiteral("structure_id"), caller.structureId);
        if (str(merged, "structure_id").toLower() != caller.structureId)
            return forbidden(QStringLiteral("must be your own structure's id"),
                             QStringLiteral("structure_id"), version);
    }

    if (name == entity::request) {
        const QString status = current ? str(current->data, "status") : QStringLiteral("draft");
        if (status != u"draft")
            return MutationAnswer::rejected(QStringLiteral("invalid_state"),
                                            QStringLiteral("request is not a draft (it is %1): "
                                                           "cancel it and post a new one")
                                                .arg(status),
                                            QStringLiteral("status"), version);
        // Status and publication time are the server's (the publish command sets them).
        merged.insert(QStringLiteral("status"), status);
        merged.remove(QStringLiteral("published_at"));
    } else if (name == entity::availability) {
        const auto staff = m_records.get(entity::staff, str(merged, "staff_id").toLower());
        if (!staff || staff->deleted || staff->structureId != caller.structureId)
            return forbidden(QStringLiteral("is not one of your structure's staff"),
                             QStringLiteral("staff_id"), version);
        if (current) {
            if (auto refused = checkSlotCommitments(*current, merged))
                return *refused;
        }
    } else if (name == entity::interventionRecord) {
        const auto contract = m_records.get(entity::contract, str(merged, "contract_id").toLower());
        if (!contract || contract->deleted)
            return MutationAnswer::rejected(QStringLiteral("not_found"),
                                            QStringLiteral("is not a contract of this server"),
                                            QStringLiteral("contract_id"), version);
        if (contract->structureId != caller.structureId)
            return forbidden(QStringLiteral("only the lending structure records the hours of a "
                                            "contract"),
                             QStringLiteral("contract_id"), version);
        if (current && str(current->data, "contract_id") != contract->id)
            return MutationAnswer::rejected(QStringLiteral("invalid_value"),
                                            QStringLiteral("a time stamp stays with its contract"),
                                            QStringLiteral("contract_id"), version);
        bool known = false;
        for (const QJsonValue &item :
             contract->data.value(QStringLiteral("interventions")).toArray())
            known = known
                || item[QStringLiteral("id")].toString()
                    == str(merged, "intervention_id").toLower();
        if (!known)
            return MutationAnswer::rejected(
                QStringLiteral("not_found"),
                QStringLiteral("is not an intervention of the contract"),
                QStringLiteral("intervention_id"), version);
        // The rounding is the server's, from the raw time stamps (CPOM Creuse 2022, ANNEXE V).
        const auto rounded
            = rules::roundTimestamp(domain::instantFromJson(str(merged, "arrival")),
                                    domain::instantFromJson(str(merged, "departure")));
        if (rounded.isValid()) {
            merged.insert(QStringLiteral("rounded_start"),
                          domain::instantToJson(rounded.roundedStart));
            merged.insert(QStringLiteral("rounded_minutes"), rounded.roundedMinutes);
        }
    }

    const domain::Errors errors = entity::validate(name, merged);
    if (!errors.isEmpty())
        return MutationAnswer::rejected(errors.first(), version);
    const StoredRecord saved = m_records.save(name, entity::normalise(name, merged));
    return MutationAnswer::applied(saved.version,
                                   visibility.project(saved).value_or(QJsonObject()));
}

MutationAnswer MutationService::remove(const Caller &caller, const Mutation &mutation)
{
    const QString &name = mutation.entity;
    if (name == entity::availability || name == entity::staff) {
        if (!caller.isCoordinator() && !caller.isAdmin())
            return forbidden(QStringLiteral("only a coordinator deletes %1 records").arg(name));
    } else if (name == entity::request) {
        if (!caller.isCoordinator() && !caller.isAdmin() && !caller.isPrescriber())
            return forbidden(QStringLiteral("your role cannot delete requests"));
    } else {
        return forbidden(
            QStringLiteral("%1 records cannot be deleted (cancel, withdraw or end them "
                           "instead)")
                .arg(name),
            QStringLiteral("entity"));
    }
    const auto current = m_records.get(name, mutation.id);
    if (!current)
        return MutationAnswer::rejected(QStringLiteral("not_found"),
                                        QStringLiteral("this record does not exist on the server"),
                                        QStringLiteral("id"));
    if (current->deleted)
        return MutationAnswer::applied(current->version, {});
    if (current->structureId != caller.structureId)
        return forbidden(QStringLiteral("this record belongs to another structure"), {},
                         current->version);
    if (mutation.hasBaseVersion && mutation.baseVersion > 0
        && mutation.baseVersion != current->version)
        return MutationAnswer::conflict(
            current->version, Visibility(caller).project(*current).value_or(QJsonObject()));

    if (name == entity::availability) {
        if (auto refused = checkSlotCommitments(*current, {}))
            return *refused;
    } else if (name == entity::staff) {
        if (!contractedRanges(m_records, current->id).isEmpty())
            return MutationAnswer::rejected(
                QStringLiteral("staff_committed"),
                QStringLiteral("this worker has a running contract: end "
                               "it before removing the worker"),
                {}, current->version);
        for (const StoredRecord &slot : m_records.list(entity::availability, current->id))
            m_records.remove(entity::availability, slot.id);
        for (const StoredRecord &proposal :
             m_records.listOwnedBy(entity::proposal, caller.structureId)) {
            if (str(proposal.data, "staff_id") != current->id
                || str(proposal.data, "status") != u"offered")
                continue;
            QJsonObject withdrawn = proposal.data;
            withdrawn.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
            m_records.save(entity::proposal, withdrawn);
        }
    } else if (name == entity::request) {
        const QString status = str(current->data, "status");
        if (status != u"draft")
            return MutationAnswer::rejected(QStringLiteral("invalid_state"),
                                            QStringLiteral("request is not a draft (it is %1): "
                                                           "cancel it instead")
                                                .arg(status),
                                            QStringLiteral("status"), current->version);
    }
    const StoredRecord removed = m_records.remove(name, mutation.id);
    return MutationAnswer::applied(removed.version, {});
}

std::optional<MutationAnswer> MutationService::checkSlotCommitments(const StoredRecord &current,
                                                                    const QJsonObject &next)
{
    const auto before = domain::AvailabilitySlot::fromJson(current.data);
    if (!before)
        return std::nullopt;
    QList<domain::TimeRange> committed;
    for (const domain::TimeRange &range : contractedRanges(m_records, before->staffId)) {
        if (slotCovers(*before, range))
            committed.append(range);
    }
    if (committed.isEmpty())
        return std::nullopt;
    const QString when = domain::instantToJson(committed.first().start);
    if (next.isEmpty())
        return MutationAnswer::rejected(
            QStringLiteral("slot_committed"),
            QStringLiteral("this slot covers %1 contracted intervention(s) (the first at %2): it "
                           "cannot be deleted while the contract runs")
                .arg(committed.size())
                .arg(when),
            {}, current.version);
    const auto after = domain::AvailabilitySlot::fromJson(next);
    if (!after)
        return std::nullopt; // validation answers
    for (const domain::TimeRange &range : std::as_const(committed)) {
        if (after->staffId != before->staffId || !slotCovers(*after, range))
            return MutationAnswer::rejected(
                QStringLiteral("slot_committed"),
                QStringLiteral("this slot covers a contracted intervention (at %1): it may be "
                               "extended or annotated, not shortened, moved or removed")
                    .arg(domain::instantToJson(range.start)),
                {}, current.version);
    }
    return std::nullopt;
}

} // namespace releve::server

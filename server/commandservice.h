// The commands of POST /v1/mutations (op "command"): publish, cancel, propose, withdraw,
// accept, decline, sign, end, amend, record_document, accept_charter — each checked against the
// server's state machine, so the first valid accept wins (docs/protocol.md, "Commands").
#pragma once

#include "auditlog.h"
#include "caller.h"
#include "charter.h"
#include "mutation.h"
#include "recordstore.h"

namespace releve::server {

class CommandService
{
public:
    explicit CommandService(const Storage &storage);

    static const QStringList &commands();

    // Inside the mutation's write transaction; a rejected answer has written nothing.
    MutationAnswer execute(const Caller &caller, const Mutation &mutation);

private:
    MutationAnswer publish(const Caller &caller, const Mutation &mutation);
    MutationAnswer cancel(const Caller &caller, const Mutation &mutation);
    MutationAnswer propose(const Caller &caller, const Mutation &mutation);
    MutationAnswer withdraw(const Caller &caller, const Mutation &mutation);
    MutationAnswer accept(const Caller &caller, const Mutation &mutation);
    MutationAnswer decline(const Caller &caller, const Mutation &mutation);
    MutationAnswer sign(const Caller &caller, const Mutation &mutation);
    MutationAnswer end(const Caller &caller, const Mutation &mutation);
    // A change of the contract's interventions: an amendment with its own number.
    MutationAnswer amend(const Caller &caller, const Mutation &mutation);
    // The SHA-256 of a printed document (kind and text version) kept on the contract.
    MutationAnswer recordDocument(const Caller &caller, const Mutation &mutation);
    MutationAnswer acceptCharter(const Caller &caller, const Mutation &mutation);

    // Saves a record built by the server after checking it with its codec.
    std::optional<StoredRecord> saveChecked(const QString &entity, const QJsonObject &data,
                                            domain::Error *error);
    MutationAnswer appliedAnswer(const Caller &caller, const StoredRecord &record) const;
    // A request with no offered proposal left goes back from "proposed" to "published".
    void reopenIfNoOffer(const QString &requestId);
    // The contract as it is now, its row locked until the transaction ends (PostgreSQL; SQLite
    // writers are already serialised), so two processes never sign or amend from a stale copy.
    std::optional<StoredRecord> lockedContract(const QString &id);
    QJsonObject createContract(const StoredRecord &proposal, const StoredRecord &request,
                               const StoredRecord &staff, const QStringList &interventionIds,
                               domain::Error *error);

    const Storage &m_storage;
    RecordStore m_records;
    AuditLog m_audit;
    Charter m_charter;
};

} // namespace releve::server

// POST /v1/mutations: applies a client's mutations exactly once and in its sequence order, each
// in its own transaction with its answer and the client's last applied seq (docs/protocol.md,
// "Mutations"). Upserts and deletes are checked here; commands go to CommandService.
#pragma once

#include "apierror.h"
#include "caller.h"
#include "commandservice.h"
#include "mutation.h"
#include "recordstore.h"

namespace releve::server {

class MutationService
{
public:
    static constexpr int maxMutations = 100;

    explicit MutationService(const Storage &storage);

    ApiReply apply(const Caller &caller, const QJsonObject &body);

private:
    MutationAnswer execute(const Caller &caller, Mutation mutation);
    MutationAnswer upsert(const Caller &caller, const Mutation &mutation);
    MutationAnswer remove(const Caller &caller, const Mutation &mutation);
    // An edit of a slot must keep covering the contracted interventions it covers.
    std::optional<MutationAnswer> checkSlotCommitments(const StoredRecord &current,
                                                       const QJsonObject &next);

    const Storage &m_storage;
    RecordStore m_records;
    CommandService m_commands;
};

} // namespace releve::server

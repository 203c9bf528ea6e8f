// The audit log: who did what to which record (publish, propose, accept, sign, cancel…), every
// ranking with its inputs and result, and every access to personal data by another structure, so
// that the platform's neutrality and each access can be checked afterwards (DESIGN.md, "Matching"
// and "Personal data"). Read by administrators, and by territorial referents for their
// départements, through GET /v1/audit.
#pragma once

#include "apierror.h"
#include "caller.h"
#include "storage.h"

namespace releve::server {

struct StoredRecord;

class AuditLog
{
public:
    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 1000;

    explicit AuditLog(const Storage &storage)
        : m_storage(storage)
    { }

    // Inside a write transaction. subject: "<entity>/<id>"; partyStructureId: the other structure
    // concerned (the requester of a proposal, the owner of the data read…), when there is one.
    void record(const Caller &caller, const QString &action, const QString &subject,
                const QJsonObject &details = {}, const QString &partyStructureId = {}) const;
    // Inside a write transaction: the caller's structure received personal data of another
    // structure (a contract carries the worker's name) through the route `via`.
    void recordAccess(const Caller &caller, const StoredRecord &record, const QString &via) const;

    // GET /v1/audit?since=<cursor>&limit=<n>: the entries after the cursor, oldest first.
    ApiReply page(const Caller &caller, const QString &since, const QString &limitText) const;
    // The most recent entries first (admin command line, tests).
    QList<QJsonObject> latest(int count, const QString &action = {}) const;
    // Every entry by an account or about a subject (GDPR export).
    QList<QJsonObject> about(const QString &accountId, const QString &needle) const;

private:
    const Storage &m_storage;
};

} // namespace releve::server

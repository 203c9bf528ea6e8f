// GET /v1/requests/{id}/candidates: the neutral ranking of core/matching over every structure's
// staff, slots and contracted interventions, shown to the requester only and recorded with its
// inputs in the audit log (DESIGN.md, "Matching").
#pragma once

#include "apierror.h"
#include "auditlog.h"
#include "caller.h"
#include "recordstore.h"

#include "core/matching/matcher.h"

namespace releve::server {

class CandidateService
{
public:
    explicit CandidateService(const Storage &storage);

    ApiReply candidates(const Caller &caller, const QString &requestId, bool includeOwnStaff);

    // What the engine is given for a request, from storage.
    matching::MatchInput matchInput(const domain::ReplacementRequest &request,
                                    bool includeOwnStaff) const;

private:
    const Storage &m_storage;
    RecordStore m_records;
    AuditLog m_audit;
};

} // namespace releve::server

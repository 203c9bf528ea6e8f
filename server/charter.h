// The platform's quality charter (resources/charter/, versioned; recommendation 7 of the
// Solidarité Domicile evaluation): its text for GET /v1/charter, and its acceptance by a structure
// — who, when, which version — which publish and propose require (reason "charter_not_accepted").
#pragma once

#include "apierror.h"
#include "caller.h"
#include "mutation.h"
#include "storage.h"

namespace releve::server {

class Charter
{
public:
    explicit Charter(const Storage &storage)
        : m_storage(storage)
    { }

    static QString currentVersion(); // "v1"
    static QString text(); // Markdown, French

    bool isAccepted(const QString &structureId) const;
    // GET /v1/charter: the text and whether the caller's structure accepted it.
    ApiReply describe(const Caller &caller) const;
    // Inside a write transaction: records the acceptance by login for structureId.
    void recordAcceptance(const QString &structureId, const QString &accountId,
                          const QString &login) const;
    // The rejection publish and propose answer when the caller's structure has not accepted.
    static MutationAnswer notAccepted();

private:
    const Storage &m_storage;
};

} // namespace releve::server

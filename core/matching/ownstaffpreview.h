// The client's offline preview of the matching (DESIGN.md, "Matching": "previewed offline by the
// client"): from the local cache alone, which of the signed-in structure's own staff could take
// an incoming request, ranked by the same engine as the server's, with the same explanations,
// plus the labour-limit warnings the lending coordinator must see before proposing
// (core/rules/labourlimits.h). It reads the cache through store::LocalStore's public API only.
#pragma once

#include "core/matching/matcher.h"
#include "core/rules/warning.h"

namespace releve::store {
class LocalStore;
}

namespace releve::matching {

struct OwnStaffCandidate
{
    Candidate candidate; // rank, covered interventions, distance, reasons and reason codes
    QString staffName; // the structure's own worker: the coordinator knows the name
    // Labour limits over what the cache knows of the worker's week (its contracted
    // interventions) with the interventions it covers: warnings, never refusals.
    QList<rules::Warning> labourWarnings;
};

struct OwnStaffPreview
{
    QString requestId;
    QList<OwnStaffCandidate> candidates; // ranked, best first
    // The structure's other staff, and why the engine does not retain them, by name.
    QList<Exclusion> excluded;
    QHash<QString, QString> excludedNames; // staff id → name
    QStringList uncoveredInterventionIds; // none of the structure's staff can take these
    QDateTime rankedAt; // the `now` it was computed for
    // Empty when the preview could be computed; else why not, for people (the request is not in
    // the cache, has no mission point…).
    QString error;
};

// Ranks the active staff of `structureId` that the cache holds for the cached request
// `requestId` (usually another structure's: then only consenting staff are eligible, as on the
// server; for the structure's own request, its own staff are ranked as "include_own_staff").
// Reads the cached staff, availability, contracts (the commitments, their places through their
// requests, and the recent load) and the structure's record; `now` is the server's time as the
// client knows it (freshness of availability, recent load). Travel is the straight-line
// estimate: no routing service offline. Continuity cannot be known by a lending structure (the
// beneficiary reference is never sent to it), so it plays no part here.
OwnStaffPreview previewOwnStaff(const store::LocalStore &store, const QString &structureId,
                                const QString &requestId, const QDateTime &now);

} // namespace releve::matching

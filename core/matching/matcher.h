// core/matching: the neutral ranking of the staff of other structures for a replacement request
// (DESIGN.md, "Matching"). Pure and deterministic: the same input gives the same output, whatever
// the order of its lists. Run by the server for GET /v1/requests/{id}/candidates; previewed by
// the client. matchindex.h ranks at national scale from an index built once; explanation.h turns
// the structured reasons into sentences in the reader's language.
#pragma once

#include "core/domain/availabilityslot.h"
#include "core/domain/replacementrequest.h"
#include "core/domain/staffmember.h"
#include "core/geo/travel.h"
#include "core/geo/travelmatrix.h"
#include "core/matching/explanation.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace releve::matching {

// A time during which a worker is already committed (a contracted intervention).
struct Commitment
{
    QString staffId;
    domain::TimeRange range;
    // Where it takes place, when known: the travel from it to the mission, and from the mission
    // to the next one, must then fit in the gap between them. (Initialised here so that
    // { staffId, range } stays a complete initialiser.)
    domain::GeoPoint location = {};
};

// What the engine needs to know of a structure that may lend staff.
struct LendingStructure
{
    QString id;
    QString name;
    bool sharesStaff = true;
    QDateTime lastChosenAt; // when one of its workers was last chosen; invalid = never
};

// The order, first criterion first (DESIGN.md, "Matching", completed by issue 5):
//  1. coverage: more of the request's interventions (fewest workers for the whole request);
//  2. continuity: a worker who already came to this beneficiary (previousWorkerIds): the number
//     of distinct workers per person is a CPOM indicator, and a known face is worth a longer
//     drive within the hard limits;
//  3. travel, in steps of nearTierKm: road distances rounded to the nearest 5 km;
//  4. freshness: availability confirmed within staleAfterDays before the ranking;
//  5. fairness between workers: less recent replacement work (recentLoadMinutes, in steps of
//     loadStepMinutes);
//  6. travel to the kilometre (distanceTieKm);
//  7. fairness between structures: the one chosen least recently;
//  8. qualification fit;
//  9. a draw on SHA-256(request id, staff id): never the requester's identity.
// Steps 3 and 6 together are DESIGN's "shortest travel": freshness and load only reorder
// workers who are as near to within a 5 km step, so a fair choice never sends someone much
// further, and with equal freshness and load the order is that of the distance to the km.

// Road distances that round to the same whole kilometre (distanceTieKm) are equally close: the
// estimate (straight line × road factor) is not more precise than that, and fairness between
// structures would otherwise almost never apply.
inline constexpr double distanceTieKm = 1.0;
// Distances that round to the same multiple of nearTierKm (after rounding to the kilometre) are
// near enough for freshness and recent load to decide between the workers.
inline constexpr int nearTierKm = 5;
// Availability its coordinator has not confirmed for longer than this is stale (or never).
inline constexpr int staleAfterDays = 14;
// Recent load: replacement work over the last loadWindowDays (and any already booked after
// now), compared in steps of loadStepMinutes (half a working day).
inline constexpr int loadWindowDays = 28;
inline constexpr int loadStepMinutes = 240;

// Needs that are personal care (toilette, lever, coucher): they call for a care diploma.
bool needsPersonalCare(const QStringList &needs);
// How well a qualification fits the needs, higher is better. Personal care: DEAES, DEAVS (which
// the DEAES replaced in 2016) and aide-soignant·e 2, ADVF 1, none 0. Other needs (ménage,
// courses, repas…): any of those diplomas 1, none 0.
int qualificationFit(const QString &qualification, const QStringList &needs);

// Each worker's recent load as rankings read it: the minutes of `replacements` (interventions
// the worker did or will do for another structure through Relève) that fall after
// now − loadWindowDays. By staff id; workers without any are absent.
QHash<QString, int> recentLoadFrom(const QList<Commitment> &replacements, const QDateTime &now);

// Everything a ranking reads besides the request, the staff, their slots and commitments: what
// changes from one ranking to the next while a MatchIndex stays.
struct MatchOptions
{
    QHash<QString, LendingStructure> structures; // by id
    bool includeOwnStaff = false; // the requester's own staff, on demand
    // The server's time, recorded with the inputs for the audit; the ranking reads it for the
    // freshness of availability only (when invalid: the start of the first intervention). The
    // weekly ceiling is checked in each intervention's own ISO week.
    QDateTime now;
    geo::TravelModel travel; // road factor (default 1.3) and average speed
    // Travel measured by a routing service (OsrmClient), for the pairs it has: home → mission
    // decides the distance and its band; commitment ↔ mission the gap check. Pairs it lacks use
    // `travel`. travelPairs() lists the pairs a ranking reads.
    geo::TravelMatrix routes;
    // Fairness between workers: see recentLoadFrom(). By staff id; absent = 0.
    QHash<QString, int> recentLoadMinutes;
    // Continuity: the staff who already replaced for the request's beneficiaryRef.
    QSet<QString> previousWorkerIds;
    // 0: every eligible worker. Otherwise the best `limit`, then any member of the cover ranked
    // beyond them (the cover is always computed over every eligible worker).
    int limit = 0;
    // Lists every worker not retained, and why (the audit). Reads every staff member: off when
    // only the candidates matter at scale.
    bool listExclusions = true;
};

// A worker the engine did not retain, and why (the first hard constraint it fails). Kept for the
// audit and the worker's own structure; never part of what another structure receives.
struct Exclusion
{
    QString staffId;
    QString structureId;
    QString code; // own_structure, structure_not_sharing, inactive, no_consent, missing_skill,
                  // no_home_point, no_mission_location, beyond_max_travel, beyond_radius,
                  // no_intervention_free
    QString message; // for people (English source text)

    QJsonObject toJson() const;
};

struct Candidate
{
    QString staffId;
    QString structureId;
    QString structureName;
    QString pseudonym;
    QString qualification;
    QStringList skills;
    double distanceKm = 0; // never sent to another structure: only the band is
    QString distanceBand;
    QStringList coveredInterventionIds; // in the request's order
    bool coversAll = false;
    int rank = 0; // 1 = first
    QStringList reasons; // why it ranks where it does, for people (English source text)

    // Added by issue 5.
    QDateTime availabilityConfirmedAt; // invalid: never confirmed
    bool availabilityStale = false; // never confirmed, or more than staleAfterDays ago
    bool cameBefore = false; // already replaced for this beneficiary
    int recentLoadMinutes = 0; // private, like distanceKm
    int travelMinutes = -1; // home to mission; private, like distanceKm
    geo::TravelSource travelSource = geo::TravelSource::StraightLine;
    // Interventions it is free for but cannot reach in time from or to a neighbouring
    // commitment.
    QStringList unreachableInterventionIds;
    // One structured reason per sentence of `reasons`, in the same order: explainReason(code)
    // gives the sentence in the reader's language (explanation.h).
    QList<QJsonObject> reasonCodes;

    // includePrivate adds distance_km and travel_minutes (for the worker's own structure only).
    QJsonObject toJson(bool includePrivate = false) const;
};

struct MatchResult
{
    QList<Candidate> candidates; // ranked, best first
    QStringList cover; // the smallest set of staff ids that covers every coverable intervention
    QStringList uncoveredInterventionIds; // interventions no eligible worker can take
    bool coverIsExact = true; // false when the cover came from the greedy approximation
    QList<Exclusion> excluded; // by staff id; not in toJson()
    int eligibleCount = 0; // eligible workers, including those beyond MatchOptions::limit

    QJsonObject toJson(bool includePrivate = false) const;
};

// `slots` is also a Qt keyword macro (it expands to nothing where keywords are on). The member
// keeps that name, which the server reads with QT_NO_KEYWORDS; the macro is suspended around it
// so that every translation unit sees the same class, and availabilitySlots() reaches it where
// the keywords are on.
#pragma push_macro("slots")
#undef slots
struct MatchInput : MatchOptions
{
    domain::ReplacementRequest request;
    QList<domain::StaffMember> staff; // full records (the server knows home points)
    QList<domain::AvailabilitySlot> slots;
    QList<Commitment> commitments;

    QList<domain::AvailabilitySlot> &availabilitySlots() { return slots; }
    const QList<domain::AvailabilitySlot> &availabilitySlots() const { return slots; }
};
#pragma pop_macro("slots")

// Interventions are handled in chronological order (start, end, id), which is the request's
// order once ReplacementRequest::fromJson has sorted them. Builds a MatchIndex and ranks with
// it: for many requests over the same data, keep a MatchIndex instead.
MatchResult rankCandidates(const MatchInput &input);

// The same ranking by reading every staff member, slot and commitment, without an index: the
// reference the index is tested against, and the benchmark's baseline. Slow at scale.
MatchResult rankByFullScan(const MatchInput &input);

// The journeys whose travel rankCandidates(input) reads (see MatchOptions::routes).
QList<geo::TravelPair> travelPairs(const MatchInput &input);

} // namespace releve::matching

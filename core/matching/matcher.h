// Neutral ranking of the staff of other structures for a replacement request (DESIGN.md,
// "Matching"). Pure and deterministic: the same input gives the same output, whatever the order
// of its lists. Run by the server for GET /v1/requests/{id}/candidates; previewed by the client.
#pragma once

#include "core/domain/availabilityslot.h"
#include "core/domain/replacementrequest.h"
#include "core/domain/staffmember.h"

#include <QHash>
#include <QJsonObject>

namespace releve::matching {

// A time during which a worker is already committed (a contracted intervention).
struct Commitment
{
    QString staffId;
    domain::TimeRange range;
};

// What the engine needs to know of a structure that may lend staff.
struct LendingStructure
{
    QString id;
    QString name;
    bool sharesStaff = true;
    QDateTime lastChosenAt; // when one of its workers was last chosen; invalid = never
};

struct MatchInput
{
    domain::ReplacementRequest request;
    QList<domain::StaffMember> staff; // full records (the server knows home points)
    QList<domain::AvailabilitySlot> slots;
    QList<Commitment> commitments;
    QHash<QString, LendingStructure> structures; // by id
    bool includeOwnStaff = false; // the requester's own staff, on demand
    QDateTime now; // the server's time; decides nothing but the weekly-ceiling week
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

    // includePrivate adds distance_km (for the worker's own structure only).
    QJsonObject toJson(bool includePrivate = false) const;
};

struct MatchResult
{
    QList<Candidate> candidates; // ranked, best first
    QStringList cover; // the smallest set of staff ids that covers every coverable intervention
    QStringList uncoveredInterventionIds; // interventions no eligible worker can take

    QJsonObject toJson(bool includePrivate = false) const;
};

MatchResult rankCandidates(const MatchInput &input);

} // namespace releve::matching

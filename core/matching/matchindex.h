// The matching at national scale: staff, their availability and their commitments indexed once,
// then ranked against many requests. A grid of cells over latitude and longitude finds the
// workers whose home can be within the request's radius, so a request in Guéret never reads a
// worker in Lille; each worker's availability, absences and commitments are sorted intervals
// read by binary search, so a request never reads the slots of weeks it does not touch.
// rank() gives exactly what rankByFullScan() gives for the same data (tests/core/matching).
#pragma once

#include "matcher.h"

#include <memory>

namespace releve::matching {

class MatchIndex
{
public:
    // About 10 km: a 20 km radius reads 5 × 5 cells, and a cell of a town's centre holds a few
    // thousand workers at most.
    static constexpr double defaultCellKm = 10.0;

    MatchIndex(); // empty: ranks nobody
    MatchIndex(const QList<domain::StaffMember> &staff,
               const QList<domain::AvailabilitySlot> &availabilitySlots,
               const QList<Commitment> &commitments, double cellKm = defaultCellKm);
    // From the input's staff, slots and commitments (its request and options are not read).
    explicit MatchIndex(const MatchInput &input, double cellKm = defaultCellKm);

    // Immutable once built: copies share the index, and rank() may run on several threads.
    MatchResult rank(const domain::ReplacementRequest &request, const MatchOptions &options) const;

    // The journeys whose travel rank() reads, for a caller that measures them first with a
    // routing service (OsrmClient) and passes them in MatchOptions::routes: each home within
    // straight-line reach of the mission to the mission, and, for those workers, between the
    // mission and the commitments next to each intervention. Without a duplicate.
    QList<geo::TravelPair> travelPairs(const domain::ReplacementRequest &request,
                                       const MatchOptions &options) const;

    qsizetype staffCount() const;
    // Ids of the workers whose home lies within `km` of `point` in a straight line, sorted: what
    // the grid finds, checked against the exact distance.
    QStringList staffWithin(const domain::GeoPoint &point, double km) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace releve::matching

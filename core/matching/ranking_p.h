// Private to core/matching: the steps MatchIndex and the full scan share, so that they differ
// only in how they find the workers and read their timetables. A worker is admitted (the hard
// constraints on the person: structure, consent, skills, distance), then its interventions are
// covered against a WorkerSchedule; the eligible workers are then ordered, the cover found and
// the explanations written.
#pragma once

#include "matcher.h"

#include <QVarLengthArray>

#include <optional>
#include <utility>
#include <vector>

namespace releve::matching::detail {

// Instants as milliseconds since the epoch (UTC): the index stores millions of them.
struct Span
{
    qint64 start = 0;
    qint64 end = 0;
};

struct PlacedCommitment
{
    qint64 start = 0;
    qint64 end = 0;
    domain::GeoPoint location;
};

using Neighbours = QVarLengthArray<const PlacedCommitment *, 2>;

// A worker's timetable as the ranking reads it. Available slots that follow or overlap each
// other count as one stretch: 08:00–12:00 and 12:00–16:00 cover an intervention at 11:00–13:00,
// as the coordinator who typed them meant.
class WorkerSchedule
{
public:
    virtual bool availableThroughout(Span range) const = 0;
    virtual bool absentDuring(Span range) const = 0;
    virtual bool committedDuring(Span range) const = 0;
    // Seconds of commitments within the week [week.start, week.end).
    virtual qint64 committedSeconds(Span week) const = 0;
    // For a range no commitment overlaps: the commitments that end last before it starts, and
    // those that start first after it ends (several when they tie).
    virtual void neighbours(Span range, Neighbours &before, Neighbours &after) const = 0;

protected:
    ~WorkerSchedule() = default;
};

bool isValidRange(const domain::TimeRange &range);
// Slots that can cover or block anything: valid instants, start before end.
bool isUsableSlot(const domain::AvailabilitySlot &slot);
qint64 toMs(const QDateTime &instant);

// What a ranking needs of its request, computed once.
struct RequestPlan
{
    RequestPlan(const domain::ReplacementRequest &request, const MatchOptions &options);

    struct WeekPiece
    {
        int week = 0; // index into weeks
        qint64 seconds = 0;
    };

    const domain::ReplacementRequest &request;
    const MatchOptions &options;
    QList<domain::Intervention> interventions; // valid ones, chronological (start, end, id)
    std::vector<Span> ranges; // of the interventions
    std::vector<std::vector<WeekPiece>> pieces; // of each intervention, per ISO week in Paris
    std::vector<Span> weeks; // the weeks the interventions touch
    domain::TimeRange span; // from the first start to the last end
    Span spanMs;
    bool personalCare = false;
    QDateTime freshnessReference; // now, else the first intervention's start
    // The straight-line distance beyond which no worker can be within the request's radius by
    // the model; infinite when the model cannot bound it.
    double modelReachKm = 0;

    int total() const { return int(interventions.size()); }
};

enum class Criterion {
    None,
    Coverage,
    Continuity,
    Distance,
    Freshness,
    Load,
    StructureFairness,
    Qualification,
    Draw
};

struct Ranked
{
    const domain::StaffMember *staff = nullptr;
    const LendingStructure *structure = nullptr; // nullptr for the requester's own, if unknown
    QList<int> covered; // indices into the plan's interventions
    QList<int> unreachable; // free, but not reachable in time between its commitments
    geo::TravelEstimate travel; // home to mission
    bool cameBefore = false;
    bool stale = true;
    int confirmedDaysAgo = -1; // -1: never confirmed
    int loadMinutes = 0;
    qint64 tierKey = 0;
    qint64 distanceKey = 0;
    qint64 loadKey = 0;
    qint64 chosenKey = 0; // when its structure was last chosen; never = lowest
    int fit = 0;
    const QString *requestId = nullptr;
    quint32 canonical = 0; // place in the staff ordered by id (stable): the last tie-break

    // SHA-256(request id, staff id), computed when a tie first needs it.
    const QByteArray &draw() const;

private:
    mutable QByteArray m_draw;
};

// Which criterion puts a before b (sign < 0) or after it (> 0), in the order of matcher.h.
std::pair<Criterion, int> compareRanked(const Ranked &a, const Ranked &b);
inline bool rankedBefore(const Ranked &a, const Ranked &b)
{
    return compareRanked(a, b).second < 0;
}

// The hard constraints on the person other than travel (structure, activity, consent, skills,
// places known), in the order exclusions report them.
bool personQualifies(const domain::StaffMember &staff, const RequestPlan &plan,
                     QList<Exclusion> *excluded);
// The hard constraints on the person, in the order exclusions report them. Fills the travel
// and the keys that do not depend on the timetable. `excluded` may be null (not listing).
std::optional<Ranked> admit(const domain::StaffMember &staff, quint32 canonical,
                            const RequestPlan &plan, QList<Exclusion> *excluded);
// Takes the interventions in chronological order, each when the worker is free for it, can
// reach it between its commitments, and it keeps every week within the ceiling. False (and an
// exclusion) when it takes none.
bool cover(Ranked &ranked, const RequestPlan &plan, const WorkerSchedule &schedule,
           QList<Exclusion> *excluded);

// Orders the eligible workers, finds the cover and writes the candidates.
MatchResult assemble(const RequestPlan &plan, std::vector<Ranked> eligible,
                     QList<Exclusion> excluded);

} // namespace releve::matching::detail

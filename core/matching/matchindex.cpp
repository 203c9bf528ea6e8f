#include "matchindex.h"

#include "ranking_p.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

namespace releve::matching {

using domain::AvailabilitySlot;
using domain::GeoPoint;
using domain::StaffMember;
using geo::PlaceKey;
using namespace detail;

namespace {

// A hair under the radius Qt's QGeoCoordinate::distanceTo uses (6371.0072 km): the same
// distance is a wider angle, so the cells read always include every home within reach.
constexpr double earthRadiusKm = 6371.0;
constexpr double qtEarthRadiusKm = 6371.0072;
constexpr double kmPerDegree = std::numbers::pi * earthRadiusKm / 180.0;
constexpr double degreesPerRadian = 180.0 / std::numbers::pi;
constexpr qint64 cellOffset = qint64(1) << 30;

double normalisedLongitude(double lon)
{
    double l = std::remainder(lon, 360.0); // [-180, 180]
    return l >= 180.0 ? l - 360.0 : l;
}

// Sorted by start, touching or overlapping spans joined.
void mergeInto(std::vector<Span> &spans, std::vector<Span> &out)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    const size_t first = out.size();
    for (const Span &s : spans) {
        if (out.size() > first && s.start <= out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
}

} // namespace

struct MatchIndex::Data
{
    // Each worker's part of the flat arrays, [begin, end).
    struct Timetable
    {
        quint32 availableBegin = 0, availableEnd = 0; // one-off stretches, merged and sorted
        quint32 absentBegin = 0, absentEnd = 0; // one-off absences by start
        quint32 weeklyBegin = 0, weeklyEnd = 0; // weekly slots, either kind
        quint32 commitBegin = 0, commitEnd = 0; // commitments by start
        bool hasWeekly() const { return weeklyBegin != weeklyEnd; }
    };
    // Workers are stored in the order of their grid cell, so that the workers of one area, and
    // their timetables, lie next to each other in memory; `canonical` gives each one's place in
    // the order by id (stable for a repeated id), which exclusions and final ties follow.
    QList<StaffMember> staff;
    std::vector<quint32> canonical; // by storage index
    std::vector<quint32> byCanonical; // storage index of each canonical place
    std::vector<Timetable> timetables; // by storage index
    std::vector<Span> available;
    std::vector<Span> absences;
    std::vector<qint64> absenceReach; // the latest end so far within each worker's part
    std::vector<AvailabilitySlot> weekly;
    std::vector<PlacedCommitment> commitments;
    std::vector<qint64> commitmentReach;
    // What the person-level constraints read, packed: checked before anything else when
    // exclusions are not listed (the full checks follow for those who pass).
    struct Profile
    {
        double lat = 0; // of the home, in radians
        double lon = 0;
        double cosLat = 0;
        quint64 skills = 0; // a bit per skill in skillBits
        quint32 structure = 0; // into structureIds
        bool active = false;
        bool consent = false;
    };
    std::vector<Profile> profiles; // by storage index
    QStringList structureIds;
    QHash<QString, int> skillBits; // at most 64; beyond, skills are not packed
    bool skillsPacked = true;
    double latStep = 1;
    double lonStep = 1;
    std::vector<qint64> cells; // the cell of each located worker, by storage index (ascending)
    std::vector<std::pair<PlaceKey, quint32>> homes; // sorted

    qint64 row(double lat) const { return qint64(std::floor(lat / latStep)); }
    qint64 column(double lon) const { return qint64(std::floor(lon / lonStep)); }
    static qint64 key(qint64 row, qint64 column)
    {
        return (row + cellOffset) * (cellOffset * 2) + (column + cellOffset);
    }

    void near(const GeoPoint &centre, double km, std::vector<quint32> &out) const;
    bool freeForSome(const Timetable &t, const RequestPlan &plan) const;

    class Schedule;
};

// Every worker whose home may lie within `km` of `centre` (a superset, exact distances are
// checked afterwards). On a sphere, d ≥ R·|Δφ|, and sin²(d/2R) ≥ cos φ₁ cos φ₂ sin²(Δλ/2) ≥
// cos² φmax sin²(Δλ/2): the rows and columns read follow.
void MatchIndex::Data::near(const GeoPoint &centre, double km, std::vector<quint32> &out) const
{
    if (!centre.isValid())
        return;
    if (!(km < std::numbers::pi * earthRadiusKm)) {
        for (size_t i = 0; i < cells.size(); ++i)
            out.push_back(quint32(i));
        return;
    }
    km = std::max(km, 0.0);
    const double dLat = km / kmPerDegree + 1e-9;
    const double latLow = std::max(-90.0, centre.lat - dLat);
    const double latHigh = std::min(90.0, centre.lat + dLat);
    const double extreme = std::max(std::abs(latLow), std::abs(latHigh));
    const double stretch = extreme >= 90.0
        ? 2.0
        : std::sin(km / (2 * earthRadiusKm)) / std::cos(extreme / degreesPerRadian);
    QVarLengthArray<std::pair<double, double>, 2> lonRanges;
    if (stretch >= 1.0) {
        lonRanges.append({ -180.0, 180.0 });
    } else {
        const double dLon = 2 * std::asin(stretch) * degreesPerRadian + 1e-9;
        const double lon = normalisedLongitude(centre.lon);
        if (lon - dLon < -180.0) {
            lonRanges.append({ -180.0, lon + dLon });
            lonRanges.append({ lon - dLon + 360.0, 180.0 });
        } else if (lon + dLon >= 180.0) {
            lonRanges.append({ lon - dLon, 180.0 });
            lonRanges.append({ -180.0, lon + dLon - 360.0 });
        } else {
            lonRanges.append({ lon - dLon, lon + dLon });
        }
    }
    for (qint64 r = row(latLow); r <= row(latHigh); ++r) {
        for (const auto &[west, east] : lonRanges) {
            const auto from = std::lower_bound(cells.begin(), cells.end(), key(r, column(west)));
            const auto to = std::upper_bound(from, cells.end(), key(r, column(east)));
            for (auto it = from; it != to; ++it)
                out.push_back(quint32(it - cells.begin()));
        }
    }
}

// False when the worker's one-off availability contains none of the interventions: it would be
// excluded anyway, and at scale most workers near a mission are busy or off at that time.
bool MatchIndex::Data::freeForSome(const Timetable &t, const RequestPlan &plan) const
{
    if (t.hasWeekly())
        return true;
    const Span *begin = available.data() + t.availableBegin;
    const Span *end = available.data() + t.availableEnd;
    for (const Span &range : plan.ranges) {
        const Span *after = std::upper_bound(begin, end, range.start,
                                             [](qint64 v, const Span &s) { return v < s.start; });
        if (after != begin && std::prev(after)->end >= range.end)
            return true;
    }
    return false;
}

// One worker's timetable in the index, for one request.
class MatchIndex::Data::Schedule final : public WorkerSchedule
{
public:
    Schedule(const Data &d, const Timetable &t, const RequestPlan &plan)
        : m_d(d)
        , m_t(t)
        , m_available(d.available.data() + t.availableBegin)
        , m_availableEnd(d.available.data() + t.availableEnd)
    {
        if (!t.hasWeekly())
            return;
        // Weekly slots are kept as they were typed; their occurrences over the request's span
        // are merged with the one-off stretches here.
        std::vector<Span> pieces(m_available, m_availableEnd);
        for (quint32 i = t.weeklyBegin; i < t.weeklyEnd; ++i) {
            const AvailabilitySlot &slot = d.weekly[i];
            for (const domain::TimeRange &o : slot.occurrences(plan.span.start, plan.span.end))
                (slot.isAbsence() ? m_weeklyAbsences : pieces)
                    .push_back({ toMs(o.start), toMs(o.end) });
        }
        mergeInto(pieces, m_merged);
        m_available = m_merged.data();
        m_availableEnd = m_merged.data() + m_merged.size();
    }

    bool availableThroughout(Span range) const override
    {
        const Span *after = std::upper_bound(m_available, m_availableEnd, range.start,
                                             [](qint64 v, const Span &s) { return v < s.start; });
        return after != m_available && std::prev(after)->end >= range.end;
    }

    bool absentDuring(Span range) const override
    {
        if (overlaps(m_d.absences, m_d.absenceReach, m_t.absentBegin, m_t.absentEnd, range))
            return true;
        return std::any_of(m_weeklyAbsences.begin(), m_weeklyAbsences.end(), [&](const Span &a) {
            return a.start < range.end && range.start < a.end;
        });
    }

    bool committedDuring(Span range) const override
    {
        return overlaps(m_d.commitments, m_d.commitmentReach, m_t.commitBegin, m_t.commitEnd,
                        range);
    }

    qint64 committedSeconds(Span week) const override
    {
        // From the first commitment that reaches into the week to the last that starts in it.
        const auto reachBegin = m_d.commitmentReach.begin() + m_t.commitBegin;
        const auto reachEnd = m_d.commitmentReach.begin() + m_t.commitEnd;
        quint32 i = quint32(std::upper_bound(reachBegin, reachEnd, week.start) - reachBegin)
            + m_t.commitBegin;
        qint64 seconds = 0;
        for (; i < m_t.commitEnd && m_d.commitments[i].start < week.end; ++i) {
            const PlacedCommitment &c = m_d.commitments[i];
            const qint64 from = std::max(c.start, week.start);
            const qint64 to = std::min(c.end, week.end);
            if (from < to)
                seconds += (to - from) / 1000;
        }
        return seconds;
    }

    void neighbours(Span range, Neighbours &before, Neighbours &after) const override
    {
        const PlacedCommitment *begin = m_d.commitments.data() + m_t.commitBegin;
        const PlacedCommitment *end = m_d.commitments.data() + m_t.commitEnd;
        auto startsBefore = [](const PlacedCommitment &c, qint64 t) {
            return c.start < t;
        };
        // No commitment overlaps the range: those starting before it end before it.
        const PlacedCommitment *split = std::lower_bound(begin, end, range.start, startsBefore);
        if (split != begin) {
            const qint64 *reach = m_d.commitmentReach.data() + m_t.commitBegin;
            const qint64 lastEnd = reach[split - begin - 1];
            for (const PlacedCommitment *c = split; c != begin && reach[c - begin - 1] == lastEnd;)
                if ((--c)->end == lastEnd)
                    before.append(c);
        }
        const PlacedCommitment *next = std::lower_bound(split, end, range.end, startsBefore);
        for (const PlacedCommitment *c = next; c != end && c->start == next->start; ++c)
            after.append(c);
    }

private:
    // Whether any interval of [begin, end), sorted by start with its running latest end in
    // `reach`, overlaps the range.
    template<typename Interval>
    static bool overlaps(const std::vector<Interval> &intervals, const std::vector<qint64> &reach,
                         quint32 begin, quint32 end, Span range)
    {
        const auto first = intervals.begin() + begin;
        const auto split
            = std::lower_bound(first, intervals.begin() + end, range.end,
                               [](const Interval &i, qint64 t) { return i.start < t; });
        return split != first && reach[size_t(split - intervals.begin()) - 1] > range.start;
    }

    const Data &m_d;
    const Timetable &m_t;
    const Span *m_available;
    const Span *m_availableEnd;
    std::vector<Span> m_merged;
    std::vector<Span> m_weeklyAbsences;
};

MatchIndex::MatchIndex()
    : d(std::make_shared<Data>())
{ }

MatchIndex::MatchIndex(const MatchInput &input, double cellKm)
    : MatchIndex(input.staff, input.availabilitySlots(), input.commitments, cellKm)
{ }

MatchIndex::MatchIndex(const QList<StaffMember> &staffList, const QList<AvailabilitySlot> &slotList,
                       const QList<Commitment> &commitmentList, double cellKm)
{
    auto data = std::make_shared<Data>();
    Data &x = *data;
    const qsizetype n = staffList.size();

    // The grid: cells of about cellKm, their longitude step set at the workers' mean latitude.
    double latitudes = 0;
    qsizetype located = 0;
    for (const StaffMember &s : staffList) {
        if (s.home.isValid()) {
            latitudes += s.home.lat;
            ++located;
        }
    }
    const double meanLat = located ? std::clamp(latitudes / double(located), -70.0, 70.0) : 0.0;
    x.latStep = std::max(cellKm, 0.5) / kmPerDegree;
    x.lonStep = x.latStep / std::cos(meanLat / degreesPerRadian);

    // Canonical order (by id), then storage order (by cell, then canonical).
    std::vector<quint32> byId(static_cast<size_t>(n));
    std::iota(byId.begin(), byId.end(), 0);
    std::stable_sort(byId.begin(), byId.end(),
                     [&](quint32 a, quint32 b) { return staffList.at(a).id < staffList.at(b).id; });
    std::vector<quint32> canonicalOf(static_cast<size_t>(n));
    for (size_t c = 0; c < byId.size(); ++c)
        canonicalOf[byId[c]] = quint32(c);
    constexpr qint64 nowhere = std::numeric_limits<qint64>::max();
    std::vector<qint64> cellOf(size_t(n), nowhere);
    for (qsizetype i = 0; i < n; ++i) {
        const GeoPoint &home = staffList.at(i).home;
        if (home.isValid())
            cellOf[size_t(i)] = Data::key(x.row(home.lat), x.column(normalisedLongitude(home.lon)));
    }
    std::vector<quint32> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return std::tie(cellOf[a], canonicalOf[a]) < std::tie(cellOf[b], canonicalOf[b]);
    });
    x.staff.reserve(n);
    x.canonical.resize(size_t(n));
    x.byCanonical.resize(size_t(n));
    x.cells.reserve(size_t(located));
    x.homes.reserve(size_t(located));
    for (size_t i = 0; i < order.size(); ++i) {
        const StaffMember &s = staffList.at(order[i]);
        x.staff.append(s);
        x.canonical[i] = canonicalOf[order[i]];
        x.byCanonical[canonicalOf[order[i]]] = quint32(i);
        if (cellOf[order[i]] != nowhere) {
            x.cells.push_back(cellOf[order[i]]);
            x.homes.push_back({ PlaceKey::of(s.home), quint32(i) });
        }
    }
    std::sort(x.homes.begin(), x.homes.end());

    x.profiles.resize(size_t(n));
    QHash<QString, quint32> structureOrdinal;
    for (qsizetype i = 0; i < n; ++i) {
        const StaffMember &s = x.staff.at(i);
        Data::Profile &p = x.profiles[size_t(i)];
        auto ordinal = structureOrdinal.constFind(s.structureId);
        if (ordinal == structureOrdinal.cend()) {
            ordinal = structureOrdinal.insert(s.structureId, quint32(x.structureIds.size()));
            x.structureIds.append(s.structureId);
        }
        p.structure = ordinal.value();
        if (s.home.isValid()) {
            p.lat = s.home.lat / degreesPerRadian;
            p.lon = s.home.lon / degreesPerRadian;
            p.cosLat = std::cos(p.lat);
        }
        p.active = s.active;
        p.consent = s.consentSharing;
        for (const QString &skill : s.skills) {
            auto bit = x.skillBits.constFind(skill);
            if (bit == x.skillBits.cend() && x.skillBits.size() < 64)
                bit = x.skillBits.insert(skill, int(x.skillBits.size()));
            if (bit == x.skillBits.cend())
                x.skillsPacked = false;
            else
                p.skills |= quint64(1) << bit.value();
        }
    }

    QHash<QString, quint32> indexOf; // the first of each id; repeats share its timetable
    indexOf.reserve(n);
    for (quint32 i : std::as_const(x.byCanonical))
        if (!indexOf.contains(x.staff.at(i).id))
            indexOf.insert(x.staff.at(i).id, i);
    x.timetables.resize(size_t(n));

    // Slots, grouped by worker with a counting sort. A weekly slot becomes its occurrences (as
    // occurrences() gives them to the full scan) when it repeats for at most expandedWeeks, so
    // that requests read sorted intervals only; a longer one is kept as typed and expanded over
    // each request's span.
    constexpr qint64 expandedWeeks = 106; // about two years
    enum Kind : quint8 { Available, Absent, Weekly };
    struct Entry
    {
        quint32 owner;
        Kind kind;
        qint32 slot; // Weekly: the slot's index in slotList
        Span span;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(slotList.size()));
    for (qsizetype k = 0; k < slotList.size(); ++k) {
        const AvailabilitySlot &slot = slotList.at(k);
        if (!isUsableSlot(slot))
            continue;
        const auto found = indexOf.constFind(slot.staffId);
        if (found == indexOf.cend())
            continue;
        const Kind kind = slot.isAbsence() ? Absent : Available;
        if (!slot.weeklyUntil.isValid()) {
            entries.push_back({ found.value(), kind, -1, { toMs(slot.start), toMs(slot.end) } });
        } else if (slot.start.date().daysTo(slot.weeklyUntil) <= expandedWeeks * 7) {
            const QDateTime after(slot.weeklyUntil.addDays(2), QTime(0, 0), Qt::UTC);
            for (const domain::TimeRange &o : slot.occurrences(slot.start, after))
                entries.push_back({ found.value(), kind, -1, { toMs(o.start), toMs(o.end) } });
        } else {
            entries.push_back({ found.value(), Weekly, qint32(k), {} });
        }
    }
    std::vector<std::array<quint32, 3>> counts(size_t(n) + 1, { 0, 0, 0 });
    for (const Entry &e : entries)
        ++counts[e.owner + 1][e.kind];
    for (size_t i = 1; i < counts.size(); ++i)
        for (size_t kind = 0; kind < 3; ++kind)
            counts[i][kind] += counts[i - 1][kind];
    std::vector<Span> raw(counts.back()[Available]);
    x.absences.resize(counts.back()[Absent]);
    x.weekly.resize(counts.back()[Weekly]);
    {
        std::vector<std::array<quint32, 3>> fill(counts.begin(), counts.end() - 1);
        for (const Entry &e : entries) {
            quint32 &at = fill[e.owner][e.kind];
            switch (e.kind) {
            case Available:
                raw[at++] = e.span;
                break;
            case Absent:
                x.absences[at++] = e.span;
                break;
            case Weekly:
                x.weekly[at++] = slotList.at(e.slot);
                break;
            }
        }
    }
    entries = {};
    x.available.reserve(raw.size());
    x.absenceReach.resize(x.absences.size());
    std::vector<Span> stretch;
    for (qsizetype i = 0; i < n; ++i) {
        Data::Timetable &t = x.timetables[size_t(i)];
        const auto &from = counts[size_t(i)];
        const auto &to = counts[size_t(i) + 1];
        stretch.assign(raw.begin() + from[Available], raw.begin() + to[Available]);
        t.availableBegin = quint32(x.available.size());
        mergeInto(stretch, x.available);
        t.availableEnd = quint32(x.available.size());
        t.absentBegin = from[Absent];
        t.absentEnd = to[Absent];
        std::sort(x.absences.begin() + t.absentBegin, x.absences.begin() + t.absentEnd,
                  [](const Span &a, const Span &b) {
                      return std::tie(a.start, a.end) < std::tie(b.start, b.end);
                  });
        qint64 reach = std::numeric_limits<qint64>::min();
        for (quint32 j = t.absentBegin; j < t.absentEnd; ++j)
            x.absenceReach[j] = reach = std::max(reach, x.absences[j].end);
        t.weeklyBegin = from[Weekly];
        t.weeklyEnd = to[Weekly];
    }
    x.available.shrink_to_fit();

    // Commitments, the same way.
    std::vector<quint32> commitmentCount(size_t(n) + 1, 0);
    std::vector<qint32> commitmentOwner(size_t(commitmentList.size()), -1);
    for (qsizetype k = 0; k < commitmentList.size(); ++k) {
        const Commitment &c = commitmentList.at(k);
        if (!isValidRange(c.range))
            continue;
        const auto found = indexOf.constFind(c.staffId);
        if (found == indexOf.cend())
            continue;
        commitmentOwner[size_t(k)] = qint32(found.value());
        ++commitmentCount[found.value() + 1];
    }
    for (size_t i = 1; i < commitmentCount.size(); ++i)
        commitmentCount[i] += commitmentCount[i - 1];
    x.commitments.resize(commitmentCount.back());
    x.commitmentReach.resize(commitmentCount.back());
    {
        std::vector<quint32> fill(commitmentCount.begin(), commitmentCount.end() - 1);
        for (qsizetype k = 0; k < commitmentList.size(); ++k) {
            if (commitmentOwner[size_t(k)] < 0)
                continue;
            const Commitment &c = commitmentList.at(k);
            x.commitments[fill[size_t(commitmentOwner[size_t(k)])]++]
                = { toMs(c.range.start), toMs(c.range.end), c.location };
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        Data::Timetable &t = x.timetables[size_t(i)];
        t.commitBegin = commitmentCount[size_t(i)];
        t.commitEnd = commitmentCount[size_t(i) + 1];
        std::sort(x.commitments.begin() + t.commitBegin, x.commitments.begin() + t.commitEnd,
                  [](const PlacedCommitment &a, const PlacedCommitment &b) {
                      return std::tie(a.start, a.end) < std::tie(b.start, b.end);
                  });
        qint64 reach = std::numeric_limits<qint64>::min();
        for (quint32 j = t.commitBegin; j < t.commitEnd; ++j)
            x.commitmentReach[j] = reach = std::max(reach, x.commitments[j].end);
    }
    for (qsizetype i = 0; i < n; ++i) {
        const quint32 first = indexOf.value(x.staff.at(i).id);
        if (first != quint32(i))
            x.timetables[size_t(i)] = x.timetables[first];
    }
    d = std::move(data);
}

qsizetype MatchIndex::staffCount() const
{
    return d->staff.size();
}

QStringList MatchIndex::staffWithin(const GeoPoint &point, double km) const
{
    std::vector<quint32> found;
    d->near(point, km, found);
    QStringList ids;
    for (quint32 i : found)
        if (d->staff.at(i).home.distanceKm(point) <= km)
            ids.append(d->staff.at(i).id);
    ids.sort();
    return ids;
}

MatchResult MatchIndex::rank(const domain::ReplacementRequest &request,
                             const MatchOptions &options) const
{
    const RequestPlan plan(request, options);
    QList<Exclusion> excluded;
    QList<Exclusion> *listing = options.listExclusions ? &excluded : nullptr;

    // Listing exclusions reads every worker, so that each gets its first failed constraint.
    // Otherwise only those the grid finds within reach by the model, and those whose measured
    // route to the mission the routing service gave (it may be shorter than the model's).
    std::vector<quint32> chosen;
    std::vector<quint32> routed; // sorted
    if (listing) {
        chosen = d->byCanonical;
    } else if (plan.total() > 0 && request.missionLocation.isValid()) {
        d->near(request.missionLocation, plan.modelReachKm, chosen);
        for (const PlaceKey &origin : options.routes.originsTo(request.missionLocation)) {
            auto [from, to] = std::equal_range(
                d->homes.begin(), d->homes.end(), std::pair { origin, quint32(0) },
                [](const auto &a, const auto &b) { return a.first < b.first; });
            for (; from != to; ++from)
                routed.push_back(from->second);
        }
        std::sort(routed.begin(), routed.end());
        chosen.insert(chosen.end(), routed.begin(), routed.end());
        // The grid gives each worker once; a measured route may give it again.
        if (!routed.empty() || !std::is_sorted(chosen.begin(), chosen.end())) {
            std::sort(chosen.begin(), chosen.end());
            chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
        }
    }

    // The person-level constraints on packed profiles first, each structure judged once.
    quint64 requiredSkills = 0;
    bool skillMissingEverywhere = false;
    for (const QString &skill : request.requiredSkills) {
        const auto bit = d->skillBits.constFind(skill);
        if (bit != d->skillBits.cend())
            requiredSkills |= quint64(1) << bit.value();
        else
            skillMissingEverywhere = d->skillsPacked;
    }
    std::vector<qint8> structureVerdict(size_t(d->structureIds.size()), -1);
    auto mayQualify = [&](quint32 i) {
        const Data::Profile &p = d->profiles[i];
        qint8 &verdict = structureVerdict[p.structure];
        if (verdict < 0) {
            const QString &id = d->structureIds.at(p.structure);
            const auto structure = options.structures.constFind(id);
            verdict = id == request.structureId
                ? (options.includeOwnStaff ? 2 : 0)
                : (structure != options.structures.cend() && structure->sharesStaff ? 1 : 0);
        }
        return verdict > 0 && p.active && (verdict == 2 || p.consent) && !skillMissingEverywhere
            && (!d->skillsPacked || (p.skills & requiredSkills) == requiredSkills);
    };

    // The grid reads whole cells: the straight line settles most of those beyond reach before
    // their timetable is read. The haversine of QGeoCoordinate::distanceTo, which the exact check
    // uses, with a margin for rounding; workers with a measured route are not judged by it.
    const double lat = request.missionLocation.lat / degreesPerRadian;
    const double lon = request.missionLocation.lon / degreesPerRadian;
    const double cosLat = std::cos(lat);
    const double reachKm = plan.modelReachKm + 1e-6;
    auto withinReach = [&](quint32 i) {
        if (!std::isfinite(reachKm) || std::binary_search(routed.begin(), routed.end(), i))
            return true;
        const Data::Profile &p = d->profiles[i];
        const double sinLat = std::sin((p.lat - lat) / 2);
        const double sinLon = std::sin((p.lon - lon) / 2);
        const double h = sinLat * sinLat + cosLat * p.cosLat * sinLon * sinLon;
        return 2 * std::asin(std::sqrt(std::min(1.0, h))) * qtEarthRadiusKm <= reachKm;
    };

    std::vector<Ranked> eligible;
    for (quint32 i : chosen) {
        const Data::Timetable &t = d->timetables[i];
        if (!listing && !(withinReach(i) && mayQualify(i) && d->freeForSome(t, plan)))
            continue;
        std::optional<Ranked> r = admit(d->staff.at(i), d->canonical[i], plan, listing);
        if (!r)
            continue;
        const Data::Schedule schedule(*d, t, plan);
        if (cover(*r, plan, schedule, listing))
            eligible.push_back(std::move(*r));
    }
    return assemble(plan, std::move(eligible), std::move(excluded));
}

QList<geo::TravelPair> MatchIndex::travelPairs(const domain::ReplacementRequest &request,
                                               const MatchOptions &options) const
{
    QList<geo::TravelPair> pairs;
    const GeoPoint &mission = request.missionLocation;
    const RequestPlan plan(request, options);
    if (plan.total() == 0 || !mission.isValid())
        return pairs;
    // A road is never shorter than the straight line; 1 km more for the routing service's
    // snapping of both ends to the nearest road.
    constexpr double snappingKm = 1.0;
    const double reach = std::max(std::max(0, request.radiusKm) + snappingKm, plan.modelReachKm);
    std::vector<quint32> chosen;
    d->near(mission, reach, chosen);
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());

    QSet<std::pair<PlaceKey, PlaceKey>> seen;
    auto add = [&](const GeoPoint &from, const GeoPoint &to) {
        if (!from.isValid() || !to.isValid())
            return;
        const std::pair key { PlaceKey::of(from), PlaceKey::of(to) };
        if (seen.contains(key))
            return;
        seen.insert(key);
        pairs.append({ from, to });
    };
    for (quint32 i : chosen) {
        const StaffMember &s = d->staff.at(i);
        const Data::Timetable &t = d->timetables[i];
        const double straightKm = s.home.distanceKm(mission);
        if (straightKm > reach || straightKm > s.maxTravelKm + snappingKm
            || !d->freeForSome(t, plan) || !personQualifies(s, plan, nullptr))
            continue;
        add(s.home, mission);
        const Data::Schedule schedule(*d, t, plan);
        for (const Span &range : plan.ranges) {
            if (!schedule.availableThroughout(range) || schedule.committedDuring(range))
                continue;
            Neighbours before, after;
            schedule.neighbours(range, before, after);
            for (const PlacedCommitment *c : std::as_const(before))
                add(c->location, mission);
            for (const PlacedCommitment *c : std::as_const(after))
                add(mission, c->location);
        }
    }
    return pairs;
}

} // namespace releve::matching

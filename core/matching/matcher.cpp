#include "matcher.h"

#include "matchindex.h"
#include "ranking_p.h"

#include "core/domain/jsonreader.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace releve::matching {

using domain::StaffMember;
using namespace detail;

namespace {

// A worker's timetable as lists read from end to end: the original engine, kept as the
// reference the index is checked against.
class ScanSchedule final : public WorkerSchedule
{
public:
    std::vector<Span> available; // sorted by start
    std::vector<Span> absent;
    std::vector<PlacedCommitment> committed;

    bool availableThroughout(Span range) const override
    {
        qint64 reached = range.start;
        for (const Span &piece : available) {
            if (piece.end <= reached)
                continue;
            if (piece.start > reached)
                return false;
            reached = piece.end;
            if (reached >= range.end)
                return true;
        }
        return false;
    }
    bool absentDuring(Span range) const override
    {
        return std::any_of(absent.begin(), absent.end(), [&](const Span &a) {
            return a.start < range.end && range.start < a.end;
        });
    }
    bool committedDuring(Span range) const override
    {
        return std::any_of(committed.begin(), committed.end(), [&](const PlacedCommitment &c) {
            return c.start < range.end && range.start < c.end;
        });
    }
    qint64 committedSeconds(Span week) const override
    {
        qint64 seconds = 0;
        for (const PlacedCommitment &c : committed) {
            const qint64 from = std::max(c.start, week.start);
            const qint64 to = std::min(c.end, week.end);
            if (from < to)
                seconds += (to - from) / 1000;
        }
        return seconds;
    }
    void neighbours(Span range, Neighbours &before, Neighbours &after) const override
    {
        qint64 lastEnd = std::numeric_limits<qint64>::min();
        qint64 firstStart = std::numeric_limits<qint64>::max();
        for (const PlacedCommitment &c : committed) {
            if (c.end <= range.start)
                lastEnd = std::max(lastEnd, c.end);
            if (c.start >= range.end)
                firstStart = std::min(firstStart, c.start);
        }
        for (const PlacedCommitment &c : committed) {
            if (c.end <= range.start && c.end == lastEnd)
                before.append(&c);
            if (c.start >= range.end && c.start == firstStart)
                after.append(&c);
        }
    }
};

} // namespace

bool needsPersonalCare(const QStringList &needs)
{
    static const QStringList personalCare { QStringLiteral("toilette"), QStringLiteral("lever"),
                                            QStringLiteral("coucher") };
    return std::any_of(needs.begin(), needs.end(),
                       [](const QString &need) { return personalCare.contains(need); });
}

int qualificationFit(const QString &qualification, const QStringList &needs)
{
    const bool careDiploma = qualification == QLatin1String("deaes")
        || qualification == QLatin1String("deavs")
        || qualification == QLatin1String("aide_soignant");
    const bool diploma = careDiploma || qualification == QLatin1String("advf");
    if (needsPersonalCare(needs))
        return careDiploma ? 2 : (diploma ? 1 : 0);
    return diploma ? 1 : 0;
}

QHash<QString, int> recentLoadFrom(const QList<Commitment> &replacements, const QDateTime &now)
{
    QHash<QString, int> minutes;
    const qint64 since
        = now.isValid() ? toMs(now.addDays(-loadWindowDays)) : std::numeric_limits<qint64>::min();
    for (const Commitment &c : replacements) {
        if (!isValidRange(c.range))
            continue;
        const qint64 from = std::max(toMs(c.range.start), since);
        const qint64 to = toMs(c.range.end);
        if (from < to)
            minutes[c.staffId] += int((to - from) / 60000);
    }
    return minutes;
}

QJsonObject Exclusion::toJson() const
{
    return QJsonObject { { QStringLiteral("staff_id"), staffId },
                         { QStringLiteral("structure_id"), structureId },
                         { QStringLiteral("code"), code },
                         { QStringLiteral("message"), message } };
}

QJsonObject Candidate::toJson(bool includePrivate) const
{
    QJsonArray codes;
    for (const QJsonObject &code : reasonCodes)
        codes.append(code);
    QJsonObject o { { QStringLiteral("staff_id"), staffId },
                    { QStringLiteral("structure_id"), structureId },
                    { QStringLiteral("structure_name"), structureName },
                    { QStringLiteral("pseudonym"), pseudonym },
                    { QStringLiteral("qualification"), qualification },
                    { QStringLiteral("skills"), QJsonArray::fromStringList(skills) },
                    { QStringLiteral("distance_band"), distanceBand },
                    { QStringLiteral("covered_intervention_ids"),
                      QJsonArray::fromStringList(coveredInterventionIds) },
                    { QStringLiteral("covers_all"), coversAll },
                    { QStringLiteral("rank"), rank },
                    { QStringLiteral("availability_confirmed_at"),
                      availabilityConfirmedAt.isValid()
                          ? QJsonValue(domain::instantToJson(availabilityConfirmedAt))
                          : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("availability_stale"), availabilityStale },
                    { QStringLiteral("came_before"), cameBefore },
                    { QStringLiteral("travel_source"),
                      travelSource == geo::TravelSource::Routing
                          ? QStringLiteral("routing")
                          : QStringLiteral("straight_line") },
                    { QStringLiteral("reasons"), QJsonArray::fromStringList(reasons) },
                    { QStringLiteral("reason_codes"), codes } };
    if (includePrivate) {
        o.insert(QStringLiteral("distance_km"), std::round(distanceKm * 10) / 10);
        o.insert(QStringLiteral("travel_minutes"), travelMinutes);
    }
    return o;
}

QJsonObject MatchResult::toJson(bool includePrivate) const
{
    QJsonArray items;
    for (const Candidate &c : candidates)
        items.append(c.toJson(includePrivate));
    return QJsonObject { { QStringLiteral("candidates"), items },
                         { QStringLiteral("cover"), QJsonArray::fromStringList(cover) },
                         { QStringLiteral("uncovered_intervention_ids"),
                           QJsonArray::fromStringList(uncoveredInterventionIds) } };
}

MatchResult rankCandidates(const MatchInput &input)
{
    return MatchIndex(input).rank(input.request, input);
}

MatchResult rankByFullScan(const MatchInput &input)
{
    const RequestPlan plan(input.request, input);

    QList<const StaffMember *> staff;
    for (const StaffMember &s : input.staff)
        staff.append(&s);
    std::stable_sort(staff.begin(), staff.end(),
                     [](const StaffMember *a, const StaffMember *b) { return a->id < b->id; });

    QHash<QString, ScanSchedule> timetables;
    for (const domain::AvailabilitySlot &slot : input.availabilitySlots()) {
        if (plan.total() == 0)
            break;
        if (!isUsableSlot(slot))
            continue;
        ScanSchedule &t = timetables[slot.staffId];
        for (const domain::TimeRange &o : slot.occurrences(plan.span.start, plan.span.end))
            (slot.isAbsence() ? t.absent : t.available).push_back({ toMs(o.start), toMs(o.end) });
    }
    for (const Commitment &c : input.commitments)
        if (isValidRange(c.range))
            timetables[c.staffId].committed.push_back(
                { toMs(c.range.start), toMs(c.range.end), c.location });
    for (ScanSchedule &t : timetables)
        std::sort(t.available.begin(), t.available.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });

    const ScanSchedule none;
    QList<Exclusion> excluded;
    QList<Exclusion> *listing = input.listExclusions ? &excluded : nullptr;
    std::vector<Ranked> eligible;
    for (qsizetype canonical = 0; canonical < staff.size(); ++canonical) {
        const StaffMember *s = staff.at(canonical);
        std::optional<Ranked> r = admit(*s, quint32(canonical), plan, listing);
        if (!r)
            continue;
        const auto t = timetables.constFind(s->id);
        if (cover(*r, plan, t == timetables.cend() ? none : t.value(), listing))
            eligible.push_back(std::move(*r));
    }
    return assemble(plan, std::move(eligible), std::move(excluded));
}

QList<geo::TravelPair> travelPairs(const MatchInput &input)
{
    return MatchIndex(input).travelPairs(input.request, input);
}

} // namespace releve::matching

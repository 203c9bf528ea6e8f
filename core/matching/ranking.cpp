#include "ranking_p.h"

#include "setcover.h"

#include "core/domain/jsonreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace releve::matching::detail {

using domain::Intervention;
using domain::StaffMember;
using domain::TimeRange;

namespace {

// Weeks are ISO weeks in the structures' time zone (DESIGN.md, "Domain").
const QTimeZone &paris()
{
    static const QTimeZone zone("Europe/Paris");
    return zone;
}

constexpr qint64 msPerDay = qint64(24) * 3600 * 1000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

bool overlapsAny(const std::vector<Span> &ranges, Span range)
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [&](const Span &r) { return r.start < range.end && range.start < r.end; });
}

} // namespace

bool personQualifies(const StaffMember &s, const RequestPlan &plan, QList<Exclusion> *excluded)
{
    const auto exclude = [&](const char *code, auto message) {
        if (excluded)
            excluded->append({ s.id, s.structureId, QString::fromLatin1(code), message() });
        return false;
    };
    const domain::ReplacementRequest &request = plan.request;
    const bool own = s.structureId == request.structureId;
    const auto structure = plan.options.structures.constFind(s.structureId);
    const bool known = structure != plan.options.structures.cend();
    if (own && !plan.options.includeOwnStaff)
        return exclude("own_structure", [] {
            return QCoreApplication::translate("releve::matching",
                                               "Works for the requesting structure, whose own "
                                               "staff were not asked for.");
        });
    if (!own && !(known && structure->sharesStaff))
        return exclude("structure_not_sharing", [] {
            return QCoreApplication::translate("releve::matching",
                                               "Its structure does not share staff.");
        });
    if (!s.active)
        return exclude("inactive", [] {
            return QCoreApplication::translate("releve::matching", "Not active.");
        });
    // Consent concerns being proposed to *other* structures (DESIGN.md, "Staff member").
    if (!own && !s.consentSharing)
        return exclude("no_consent", [] {
            return QCoreApplication::translate("releve::matching",
                                               "Has not agreed to be proposed to other "
                                               "structures.");
        });
    for (const QString &skill : request.requiredSkills) {
        if (s.skills.contains(skill))
            continue;
        return exclude("missing_skill", [&] {
            QStringList missing;
            for (const QString &required : request.requiredSkills)
                if (!s.skills.contains(required) && !missing.contains(required))
                    missing.append(required);
            missing.sort();
            return QCoreApplication::translate("releve::matching", "Lacks a required skill: %1.")
                .arg(missing.join(QStringLiteral(", ")));
        });
    }
    if (!s.home.isValid())
        return exclude("no_home_point", [] {
            return QCoreApplication::translate("releve::matching",
                                               "No home point is recorded, so the travel "
                                               "distance is unknown.");
        });
    if (!request.missionLocation.isValid())
        return exclude("no_mission_location", [] {
            return QCoreApplication::translate("releve::matching",
                                               "The request has no mission location, so no "
                                               "travel distance can be computed.");
        });
    return true;
}

namespace {

const char *criterionName(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Coverage:
        return "coverage";
    case Criterion::Continuity:
        return "continuity";
    case Criterion::Distance:
        return "distance";
    case Criterion::Freshness:
        return "freshness";
    case Criterion::Load:
        return "load";
    case Criterion::StructureFairness:
        return "structure_fairness";
    case Criterion::Qualification:
        return "qualification";
    case Criterion::Draw:
    case Criterion::None:
        break;
    }
    return nullptr;
}

// The reason code that says why `criterion` puts a candidate before the next one (ahead) or
// after the previous one; empty when nothing can be said (a staff id listed twice).
QJsonObject neighbourCode(Criterion criterion, bool ahead, bool personalCare)
{
    if (criterion == Criterion::Draw)
        return { { QStringLiteral("code"), QStringLiteral("draw") } };
    const char *name = criterionName(criterion);
    if (!name)
        return {};
    QJsonObject code { { QStringLiteral("code"),
                         ahead ? QStringLiteral("ahead") : QStringLiteral("behind") },
                       { QStringLiteral("criterion"), QString::fromLatin1(name) } };
    switch (criterion) {
    case Criterion::Freshness:
        code.insert(QStringLiteral("stale_after_days"), staleAfterDays);
        code.insert(QStringLiteral("tier_km"), nearTierKm);
        break;
    case Criterion::Load:
        code.insert(QStringLiteral("tier_km"), nearTierKm);
        break;
    case Criterion::StructureFairness:
        code.insert(QStringLiteral("tie_km"), distanceTieKm);
        break;
    case Criterion::Qualification:
        code.insert(QStringLiteral("tie_km"), distanceTieKm);
        code.insert(QStringLiteral("personal_care"), personalCare);
        break;
    default:
        break;
    }
    return code;
}

Candidate describe(const RequestPlan &plan, const Ranked &r, int rank, const Ranked *previous,
                   const Ranked *next, qsizetype eligibleCount, qsizetype teamSize, bool inTeam)
{
    const StaffMember &s = *r.staff;
    const int total = plan.total();
    Candidate c;
    c.staffId = s.id;
    c.structureId = s.structureId;
    c.structureName = r.structure ? r.structure->name : QString();
    c.pseudonym = s.pseudonym();
    c.qualification = s.qualification;
    c.skills = s.skills;
    c.skills.sort();
    c.skills.removeDuplicates();
    c.distanceKm = r.travel.roadKm;
    c.distanceBand = geo::distanceBand(r.travel.roadKm);
    for (int index : r.covered)
        c.coveredInterventionIds.append(plan.interventions.at(index).id);
    c.coversAll = r.covered.size() == total;
    c.rank = rank;
    c.availabilityConfirmedAt = s.availabilityConfirmedAt;
    c.availabilityStale = r.stale;
    c.cameBefore = r.cameBefore;
    c.recentLoadMinutes = r.loadMinutes;
    c.travelMinutes = r.travel.minutes;
    c.travelSource = r.travel.source;
    for (int index : r.unreachable)
        c.unreachableInterventionIds.append(plan.interventions.at(index).id);

    QList<QJsonObject> &codes = c.reasonCodes;
    if (c.coversAll)
        codes.append({ { QStringLiteral("code"), QStringLiteral("covers_all") },
                       { QStringLiteral("count"), total } });
    else
        codes.append({ { QStringLiteral("code"), QStringLiteral("covers_some") },
                       { QStringLiteral("covered"), int(r.covered.size()) },
                       { QStringLiteral("count"), total } });
    codes.append({ { QStringLiteral("code"), QStringLiteral("distance_band") },
                   { QStringLiteral("band"), c.distanceBand },
                   { QStringLiteral("max_travel_km"), s.maxTravelKm },
                   { QStringLiteral("radius_km"), plan.request.radiusKm },
                   { QStringLiteral("routed"), r.travel.source == geo::TravelSource::Routing } });
    if (r.confirmedDaysAgo < 0)
        codes.append(
            { { QStringLiteral("code"), QStringLiteral("availability_never_confirmed") } });
    else
        codes.append(
            { { QStringLiteral("code"), QStringLiteral("availability_confirmed") },
              { QStringLiteral("date"),
                s.availabilityConfirmedAt.toTimeZone(paris()).date().toString(Qt::ISODate) },
              { QStringLiteral("days"), r.confirmedDaysAgo },
              { QStringLiteral("stale"), r.stale },
              { QStringLiteral("stale_after_days"), staleAfterDays } });
    if (r.cameBefore)
        codes.append({ { QStringLiteral("code"), QStringLiteral("came_before") } });
    if (!r.unreachable.isEmpty())
        codes.append({ { QStringLiteral("code"), QStringLiteral("unreachable") },
                       { QStringLiteral("count"), int(r.unreachable.size()) } });
    if (teamSize > 1 && inTeam)
        codes.append({ { QStringLiteral("code"), QStringLiteral("cover_member") },
                       { QStringLiteral("team_size"), int(teamSize) } });
    if (eligibleCount == 1) {
        codes.append({ { QStringLiteral("code"), QStringLiteral("only_candidate") } });
    } else {
        const QJsonObject ahead = next
            ? neighbourCode(compareRanked(r, *next).first, true, plan.personalCare)
            : QJsonObject();
        const QJsonObject behind = previous
            ? neighbourCode(compareRanked(*previous, r).first, false, plan.personalCare)
            : QJsonObject();
        if (!ahead.isEmpty())
            codes.append(ahead);
        if (!behind.isEmpty() && behind != ahead)
            codes.append(behind);
    }
    for (const QJsonObject &code : std::as_const(codes))
        c.reasons.append(explainReason(code, QLocale::c()));
    return c;
}

} // namespace

bool isValidRange(const TimeRange &range)
{
    return range.start.isValid() && range.end.isValid() && range.start < range.end;
}

bool isUsableSlot(const domain::AvailabilitySlot &slot)
{
    return slot.start.isValid() && slot.end.isValid() && slot.start < slot.end;
}

qint64 toMs(const QDateTime &instant)
{
    return instant.toMSecsSinceEpoch();
}

RequestPlan::RequestPlan(const domain::ReplacementRequest &request, const MatchOptions &options)
    : request(request)
    , options(options)
{
    // Every list is put in a canonical order first, so that the result cannot depend on the
    // order in which the caller listed anything.
    for (const Intervention &i : request.interventions)
        if (isValidRange(i.range()))
            interventions.append(i);
    std::sort(interventions.begin(), interventions.end(),
              [](const Intervention &a, const Intervention &b) {
                  return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
              });
    QHash<qint64, int> weekOf; // Julian day of the Monday → index into weeks
    for (const Intervention &i : std::as_const(interventions)) {
        ranges.push_back({ toMs(i.start), toMs(i.end) });
        std::vector<WeekPiece> own;
        QDateTime from = i.start;
        while (from < i.end) {
            const QDate day = from.toTimeZone(paris()).date();
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            const QDateTime weekStart = QDateTime(monday, QTime(0, 0), paris()).toUTC();
            const QDateTime nextMonday = QDateTime(monday.addDays(7), QTime(0, 0), paris()).toUTC();
            const QDateTime to = std::min(nextMonday, i.end);
            auto week = weekOf.constFind(monday.toJulianDay());
            if (week == weekOf.cend()) {
                week = weekOf.insert(monday.toJulianDay(), int(weeks.size()));
                weeks.push_back({ toMs(weekStart), toMs(nextMonday) });
            }
            own.push_back({ week.value(), from.secsTo(to) });
            from = to;
        }
        pieces.push_back(std::move(own));
    }
    if (!interventions.isEmpty()) {
        span.start = interventions.first().start;
        span.end = std::max_element(
                       interventions.cbegin(), interventions.cend(),
                       [](const Intervention &a, const Intervention &b) { return a.end < b.end; })
                       ->end;
        spanMs = { toMs(span.start), toMs(span.end) };
    }
    personalCare = needsPersonalCare(request.needs);
    freshnessReference = options.now.isValid()
        ? options.now
        : (interventions.isEmpty() ? QDateTime() : interventions.first().start);
    const double factor = options.travel.roadFactor;
    modelReachKm = factor > 0 && std::isfinite(factor)
        ? std::max(0.0, double(request.radiusKm)) / factor
        : std::numeric_limits<double>::infinity();
}

const QByteArray &Ranked::draw() const
{
    // The tie-break depends on the request and the worker only, never on who asks.
    if (m_draw.isEmpty())
        m_draw = QCryptographicHash::hash((*requestId + QLatin1Char('\n') + staff->id).toUtf8(),
                                          QCryptographicHash::Sha256);
    return m_draw;
}

std::pair<Criterion, int> compareRanked(const Ranked &a, const Ranked &b)
{
    auto sign = [](auto x, auto y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    if (int s = sign(b.covered.size(), a.covered.size()))
        return { Criterion::Coverage, s };
    if (int s = sign(b.cameBefore, a.cameBefore))
        return { Criterion::Continuity, s };
    if (int s = sign(a.tierKey, b.tierKey))
        return { Criterion::Distance, s };
    if (int s = sign(a.stale, b.stale))
        return { Criterion::Freshness, s };
    if (int s = sign(a.loadKey, b.loadKey))
        return { Criterion::Load, s };
    if (int s = sign(a.distanceKey, b.distanceKey))
        return { Criterion::Distance, s };
    if (int s = sign(a.chosenKey, b.chosenKey))
        return { Criterion::StructureFairness, s };
    if (int s = sign(b.fit, a.fit))
        return { Criterion::Qualification, s };
    if (int s = sign(a.draw(), b.draw()))
        return { Criterion::Draw, s };
    // Only a staff id listed twice gets here.
    return { Criterion::None, sign(a.canonical, b.canonical) };
}

std::optional<Ranked> admit(const StaffMember &s, quint32 canonical, const RequestPlan &plan,
                            QList<Exclusion> *excluded)
{
    if (!personQualifies(s, plan, excluded))
        return std::nullopt;
    const domain::ReplacementRequest &request = plan.request;
    const MatchOptions &options = plan.options;
    Ranked r;
    r.staff = &s;
    r.travel = options.routes.estimate(s.home, request.missionLocation, options.travel);
    const double km = r.travel.roadKm;
    if (!(km <= s.maxTravelKm)) {
        if (excluded)
            excluded->append({ s.id, s.structureId, QStringLiteral("beyond_max_travel"),
                               QCoreApplication::translate("releve::matching",
                                                           "%1 km by road from the mission, "
                                                           "beyond its own %2 km limit.")
                                   .arg(QString::number(km, 'f', 1))
                                   .arg(s.maxTravelKm) });
        return std::nullopt;
    }
    if (!(km <= request.radiusKm)) {
        if (excluded)
            excluded->append({ s.id, s.structureId, QStringLiteral("beyond_radius"),
                               QCoreApplication::translate("releve::matching",
                                                           "%1 km by road from the mission, "
                                                           "beyond the request's %2 km radius.")
                                   .arg(QString::number(km, 'f', 1))
                                   .arg(request.radiusKm) });
        return std::nullopt;
    }

    const auto structure = options.structures.constFind(s.structureId);
    r.structure = structure == options.structures.cend() ? nullptr : &structure.value();
    r.cameBefore = options.previousWorkerIds.contains(s.id);
    if (s.availabilityConfirmedAt.isValid()) {
        const qint64 age = plan.freshnessReference.isValid()
            ? std::max<qint64>(0, toMs(plan.freshnessReference) - toMs(s.availabilityConfirmedAt))
            : 0;
        r.confirmedDaysAgo = int(age / msPerDay);
        r.stale = age > qint64(staleAfterDays) * msPerDay;
    }
    r.loadMinutes = std::max(0, options.recentLoadMinutes.value(s.id));
    r.loadKey = (qint64(r.loadMinutes) + loadStepMinutes / 2) / loadStepMinutes;
    r.distanceKey = std::llround(km / distanceTieKm);
    const qint64 tierSteps = std::max<qint64>(1, std::llround(nearTierKm / distanceTieKm));
    r.tierKey = floorDiv(r.distanceKey + tierSteps / 2, tierSteps);
    r.chosenKey = r.structure && r.structure->lastChosenAt.isValid()
        ? r.structure->lastChosenAt.toMSecsSinceEpoch()
        : std::numeric_limits<qint64>::min();
    r.fit = qualificationFit(s.qualification, request.needs);
    r.requestId = &request.id;
    r.canonical = canonical;
    return r;
}

bool cover(Ranked &r, const RequestPlan &plan, const WorkerSchedule &schedule,
           QList<Exclusion> *excluded)
{
    const StaffMember &s = *r.staff;
    const MatchOptions &options = plan.options;
    const domain::GeoPoint &mission = plan.request.missionLocation;
    const qint64 ceilingSeconds = qint64(s.weeklyHoursCeiling) * 3600;
    std::vector<qint64> weekSeconds(plan.weeks.size(), -1); // -1: not read yet
    auto week = [&](int index) -> qint64 & {
        qint64 &seconds = weekSeconds[size_t(index)];
        if (seconds < 0)
            seconds = schedule.committedSeconds(plan.weeks[size_t(index)]);
        return seconds;
    };
    auto minutesBetween = [&](const domain::GeoPoint &from, const domain::GeoPoint &to) {
        return options.routes.estimate(from, to, options.travel).minutes;
    };
    // A 15-minute gap on screen is often 25 minutes on a rural road: the travel from the
    // previous commitment and to the next one must fit, where their place is known.
    auto reachable = [&](Span range) {
        Neighbours before, after;
        schedule.neighbours(range, before, after);
        for (const PlacedCommitment *c : std::as_const(before)) {
            const int minutes = c->location.isValid() ? minutesBetween(c->location, mission) : -1;
            if (minutes >= 0 && qint64(minutes) * 60000 > range.start - c->end)
                return false;
        }
        for (const PlacedCommitment *c : std::as_const(after)) {
            const int minutes = c->location.isValid() ? minutesBetween(mission, c->location) : -1;
            if (minutes >= 0 && qint64(minutes) * 60000 > c->start - range.end)
                return false;
        }
        return true;
    };

    int outsideAvailability = 0, absent = 0, committed = 0, unreachable = 0, overCeiling = 0;
    std::vector<Span> taken;
    for (int index = 0; index < plan.total(); ++index) {
        const Span range = plan.ranges[size_t(index)];
        if (!schedule.availableThroughout(range)) {
            ++outsideAvailability;
            continue;
        }
        if (schedule.absentDuring(range)) {
            ++absent;
            continue;
        }
        if (schedule.committedDuring(range) || overlapsAny(taken, range)) {
            ++committed;
            continue;
        }
        if (!reachable(range)) {
            ++unreachable;
            r.unreachable.append(index);
            continue;
        }
        const auto &pieces = plan.pieces[size_t(index)];
        const bool fits = std::all_of(pieces.begin(), pieces.end(), [&](const auto &piece) {
            return week(piece.week) + piece.seconds <= ceilingSeconds;
        });
        if (!fits) {
            ++overCeiling;
            continue;
        }
        for (const auto &piece : pieces)
            week(piece.week) += piece.seconds;
        taken.push_back(range);
        r.covered.append(index);
    }
    if (!r.covered.isEmpty())
        return true;
    if (excluded)
        excluded->append({ s.id, s.structureId, QStringLiteral("no_intervention_free"),
                           QCoreApplication::translate("releve::matching",
                                                       "Free for none of the interventions "
                                                       "(outside its availability: %1, absent: "
                                                       "%2, already committed: %3, no time to "
                                                       "travel from or to its neighbouring "
                                                       "commitments: %4, over its weekly hours "
                                                       "ceiling: %5).")
                               .arg(outsideAvailability)
                               .arg(absent)
                               .arg(committed)
                               .arg(unreachable)
                               .arg(overCeiling) });
    return false;
}

MatchResult assemble(const RequestPlan &plan, std::vector<Ranked> eligible,
                     QList<Exclusion> excluded)
{
    MatchResult result;
    result.excluded = std::move(excluded);
    const int total = plan.total();
    const qsizetype count = qsizetype(eligible.size());
    result.eligibleCount = int(count);
    const qsizetype limit = plan.options.limit;
    // With a limit, only the first limit + 1 are put in order: the one after the last shown is
    // the neighbour its explanation compares with.
    if (limit > 0 && count > limit + 1)
        std::partial_sort(eligible.begin(), eligible.begin() + limit + 1, eligible.end(),
                          rankedBefore);
    else
        std::sort(eligible.begin(), eligible.end(), rankedBefore);
    const qsizetype shown = limit > 0 ? std::min(count, limit) : count;

    std::vector<char> coverable(size_t(total), 0);
    for (const Ranked &r : eligible)
        for (int index : r.covered)
            coverable[size_t(index)] = 1;
    const qsizetype coverableCount = std::count(coverable.begin(), coverable.end(), 1);
    for (int index = 0; index < total; ++index)
        if (!coverable[size_t(index)])
            result.uncoveredInterventionIds.append(plan.interventions.at(index).id);

    // The fewest workers for the whole request, preferring the best ranked among equal teams.
    QList<qsizetype> team; // indices into eligible, best first
    if (count > 0 && eligible.front().covered.size() == coverableCount) {
        team.append(0); // the best ranked covers everything: no smaller team exists
        result.coverIsExact = true;
    } else if (count > 0) {
        // Of workers who cover the same interventions, only the best ranked can belong to the
        // preferred smallest team: the others are left out before the search.
        QHash<QList<int>, qsizetype> bestOfPattern;
        for (qsizetype i = 0; i < count; ++i) {
            const auto found = bestOfPattern.find(eligible[size_t(i)].covered);
            if (found == bestOfPattern.end())
                bestOfPattern.insert(eligible[size_t(i)].covered, i);
            else if (rankedBefore(eligible[size_t(i)], eligible[size_t(found.value())]))
                found.value() = i;
        }
        QList<qsizetype> patterns = bestOfPattern.values();
        std::sort(patterns.begin(), patterns.end(), [&](qsizetype a, qsizetype b) {
            const int s = compareRanked(eligible[size_t(a)], eligible[size_t(b)]).second;
            return s != 0 ? s < 0 : a < b;
        });
        QList<QList<int>> sets;
        for (qsizetype i : std::as_const(patterns))
            sets.append(eligible[size_t(i)].covered);
        const SetCover cover = smallestCover(sets, total);
        result.coverIsExact = cover.exact;
        for (int member : cover.members)
            team.append(patterns.at(member));
    }
    for (qsizetype member : std::as_const(team))
        result.cover.append(eligible[size_t(member)].staff->id);

    // The candidates shown, then the members of the team ranked beyond them.
    QList<qsizetype> beyond;
    for (qsizetype member : std::as_const(team))
        if (member >= shown)
            beyond.append(member);
    std::sort(beyond.begin(), beyond.end(), [&](qsizetype a, qsizetype b) {
        return rankedBefore(eligible[size_t(a)], eligible[size_t(b)]);
    });
    for (qsizetype i = 0; i < shown; ++i) {
        const Ranked *previous = i > 0 ? &eligible[size_t(i - 1)] : nullptr;
        const Ranked *next = i + 1 < count ? &eligible[size_t(i + 1)] : nullptr;
        result.candidates.append(describe(plan, eligible[size_t(i)], int(i) + 1, previous, next,
                                          count, team.size(), team.contains(i)));
    }
    for (qsizetype member : std::as_const(beyond)) {
        const Ranked &r = eligible[size_t(member)];
        const Ranked *previous = nullptr;
        const Ranked *next = nullptr;
        int rank = 1;
        for (const Ranked &other : eligible) {
            const int s = compareRanked(other, r).second;
            if (s < 0) {
                ++rank;
                if (!previous || rankedBefore(*previous, other))
                    previous = &other;
            } else if (s > 0 && (!next || rankedBefore(other, *next))) {
                next = &other;
            }
        }
        result.candidates.append(describe(plan, r, rank, previous, next, count, team.size(), true));
    }
    return result;
}

} // namespace releve::matching::detail

// Test support for core/matching: a small territory around Guéret, a request, structures and
// workers built in a few calls, and random instances that reach every hard constraint.
#pragma once

#include "core/domain/jsonreader.h"
#include "core/domain/vocabulary.h"
#include "core/matching/matcher.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace releve::matching::testing {

using namespace releve::domain;

inline const GeoPoint mission { 46.1716, 1.8717 }; // Guéret
inline const QDate monday(2026, 11, 23); // 00:00 UTC is 01:00 in Paris (UTC+1 in winter)

inline QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(monday.addDays(day), QTime(0, 0), Qt::UTC).addSecs(hour * 3600 + minute * 60);
}

// A home `roadKm` from the mission by the default road factor, heading `azimuth` degrees.
inline GeoPoint atRoadKm(double roadKm, double azimuth = 0)
{
    const QGeoCoordinate c
        = mission.coordinate().atDistanceAndAzimuth(roadKm / 1.3 * 1000, azimuth);
    return GeoPoint { c.latitude(), c.longitude() };
}

struct Scenario
{
    MatchInput input;
    QString requester = newId();

    Scenario()
    {
        input.request.id = newId();
        input.request.structureId = requester;
        input.request.missionLocation = mission;
        input.request.radiusKm = 30;
        input.request.needs = { u"repas"_qs };
        input.now = utc(-3, 9);
    }

    QString addStructure(const QString &name, const QDateTime &lastChosenAt = {},
                         bool sharesStaff = true)
    {
        const LendingStructure s { newId(), name, sharesStaff, lastChosenAt };
        input.structures.insert(s.id, s);
        return s.id;
    }

    QString addIntervention(int day, int hour, int hours = 1)
    {
        const Intervention i { newId(), utc(day, hour), utc(day, hour + hours) };
        input.request.interventions.append(i);
        return i.id;
    }

    // A consenting, active worker; by default available every day 06:00–20:00 UTC.
    QString addWorker(const QString &structureId, double roadKm, bool availableDaily = true)
    {
        StaffMember s;
        s.id = newId();
        s.structureId = structureId;
        s.firstName = u"Martine"_qs;
        s.lastName = u"Lefèvre"_qs;
        s.phone = u"05 55 00 00 00"_qs;
        s.home = atRoadKm(roadKm, 360.0 * double(input.staff.size()) / 7);
        s.qualification = u"deaes"_qs;
        s.skills = { u"transfers"_qs };
        s.maxTravelKm = 40;
        s.consentSharing = true;
        input.staff.append(s);
        if (availableDaily)
            for (int day = 0; day < 7; ++day) // weekly patterns, three weeks long
                addSlot(s.id, utc(day, 6), utc(day, 20), u"available"_qs, monday.addDays(20));
        return s.id;
    }

    StaffMember &staff(const QString &id)
    {
        return *std::find_if(input.staff.begin(), input.staff.end(),
                             [&](const StaffMember &s) { return s.id == id; });
    }

    void addSlot(const QString &staffId, const QDateTime &start, const QDateTime &end,
                 const QString &kind = u"available"_qs, const QDate &weeklyUntil = {})
    {
        AvailabilitySlot slot;
        slot.id = newId();
        slot.staffId = staffId;
        slot.start = start;
        slot.end = end;
        slot.kind = kind;
        slot.weeklyUntil = weeklyUntil;
        input.availabilitySlots().append(slot);
    }

    void commit(const QString &staffId, const QDateTime &start, const QDateTime &end)
    {
        input.commitments.append(Commitment { staffId, TimeRange { start, end } });
    }

    MatchResult run() const { return rankCandidates(input); }
};

inline QStringList rankedIds(const MatchResult &result)
{
    QStringList ids;
    for (const Candidate &c : result.candidates)
        ids.append(c.staffId);
    return ids;
}

inline QString exclusionCode(const MatchResult &result, const QString &staffId)
{
    for (const Exclusion &e : result.excluded)
        if (e.staffId == staffId)
            return e.code;
    return {};
}

inline const Candidate *candidate(const MatchResult &result, const QString &staffId)
{
    for (const Candidate &c : result.candidates)
        if (c.staffId == staffId)
            return &c;
    return nullptr;
}

inline bool anyReasonContains(const Candidate &c, const QString &text)
{
    return std::any_of(c.reasons.begin(), c.reasons.end(),
                       [&](const QString &r) { return r.contains(text); });
}

// A random request and staff, varied enough to reach every hard constraint. With teamsLikely,
// more interventions and fewer exclusions, so that covers of several workers are common.
inline Scenario randomScenario(QRandomGenerator &rng, bool teamsLikely = false)
{
    Scenario s;
    auto chance = [&](int percent) {
        return int(rng.bounded(100)) < percent;
    };
    auto pick = [&](const QStringList &list) {
        return list.at(int(rng.bounded(int(list.size()))));
    };
    QStringList structures { s.requester,
                             newId() }; // newId(): a structure the engine does not know
    for (int i = 0; i < 3; ++i)
        structures.append(s.addStructure(QStringLiteral("Agency %1").arg(i),
                                         chance(30) ? QDateTime() : utc(-int(rng.bounded(60)), 10),
                                         chance(85)));
    if (chance(50))
        s.input.structures.insert(
            s.requester, LendingStructure { s.requester, u"Requester"_qs, chance(50), {} });

    QList<int> blocks; // (day, block of three hours) pairs, so interventions never overlap
    for (int b = 0; b < 14 * 4; ++b)
        blocks.append(b);
    std::shuffle(blocks.begin(), blocks.end(), rng);
    const int interventionCount = teamsLikely ? 3 + int(rng.bounded(6)) : 1 + int(rng.bounded(6));
    for (int i = 0; i < interventionCount; ++i)
        s.addIntervention(blocks.at(i) / 4, 7 + 3 * (blocks.at(i) % 4), 1 + int(rng.bounded(2)));
    QDateTime last = s.input.request.interventions.first().end;
    for (const Intervention &i : std::as_const(s.input.request.interventions))
        last = std::max(last, i.end);

    ReplacementRequest &q = s.input.request;
    q.radiusKm = teamsLikely ? 40 : 10 + int(rng.bounded(31));
    if (chance(40))
        q.requiredSkills = { pick(vocabulary::skills) };
    q.needs.clear();
    for (const QString &need : vocabulary::needs)
        if (chance(25))
            q.needs.append(need);
    if (chance(5))
        q.missionLocation = GeoPoint {};
    s.input.includeOwnStaff = chance(50);

    const int workers = 4 + int(rng.bounded(9));
    for (int w = 0; w < workers; ++w) {
        const QString id = s.addWorker(pick(structures), 40 * rng.generateDouble(), false);
        StaffMember &m = s.staff(id);
        m.home = chance(95) ? atRoadKm(40 * rng.generateDouble(), 360 * rng.generateDouble())
                            : GeoPoint {};
        m.qualification = pick(vocabulary::qualifications);
        m.skills.clear();
        for (const QString &skill : vocabulary::skills)
            if (chance(50))
                m.skills.append(skill);
        m.maxTravelKm = teamsLikely ? 40 : 5 + int(rng.bounded(36));
        m.weeklyHoursCeiling = chance(30) ? 1 + int(rng.bounded(4)) : 35;
        m.consentSharing = teamsLikely || chance(85);
        m.active = teamsLikely || chance(90);
        if (!teamsLikely && chance(50)) {
            for (int day = 0; day < 7; ++day) {
                if (chance(60)) {
                    const int from = 6 + int(rng.bounded(5));
                    s.addSlot(id, utc(day, from), utc(day, from + 4 + int(rng.bounded(10))),
                              u"available"_qs, monday.addDays(int(rng.bounded(21))));
                }
            }
        } else {
            for (int n = 1 + int(rng.bounded(4)); n > 0; --n) {
                const int day = int(rng.bounded(14));
                const int from = 6 + int(rng.bounded(7));
                const int to = from + 2 + int(rng.bounded(9));
                if (chance(30)) { // two slots end to end
                    s.addSlot(id, utc(day, from), utc(day, from + 2));
                    s.addSlot(id, utc(day, from + 2), utc(day, to + 2));
                } else {
                    s.addSlot(id, utc(day, from), utc(day, to));
                }
            }
        }
        if (chance(30)) {
            const int day = int(rng.bounded(14));
            s.addSlot(id, utc(day, 8), utc(day, 8 + 1 + int(rng.bounded(8))), u"absent"_qs);
        }
        for (int n = int(rng.bounded(3)); n > 0; --n) {
            const int day = int(rng.bounded(14)) - 1;
            const int from = 6 + int(rng.bounded(12));
            s.commit(id, utc(day, from), utc(day, from + 1 + int(rng.bounded(5))));
        }
    }
    return s;
}

template<typename T> void shuffle(QList<T> &list, QRandomGenerator &rng)
{
    std::shuffle(list.begin(), list.end(), rng);
}

inline quint32 testSeed()
{
    bool ok = false;
    const quint32 fromEnv = quint32(qEnvironmentVariableIntValue("RELEVE_TEST_SEED", &ok));
    const quint32 seed = ok ? fromEnv : QRandomGenerator::system()->generate();
    qInfo("random seed %u (set RELEVE_TEST_SEED=%u to replay)", seed, seed);
    return seed;
}

// The week a quarter of an hour belongs to: ISO week of its date in Paris.
inline int parisWeek(const QDateTime &instant)
{
    int year = 0;
    const int week = instant.toTimeZone(QTimeZone("Europe/Paris")).date().weekNumber(&year);
    return year * 100 + week;
}

// Adds what issue 5 brought to a random instance: availability confirmed or not (some stale),
// recent loads, workers who already came, weekly slots repeated for years, commitments with a place
// just before or after the interventions (some too close to reach in time), and, now and then,
// routes measured by a routing service for some homes and places. Times stay on multiples of 5
// minutes.
inline void enrich(Scenario &s, QRandomGenerator &rng)
{
    auto chance = [&](int percent) {
        return int(rng.bounded(100)) < percent;
    };
    MatchInput &in = s.input;
    for (StaffMember &m : in.staff) {
        if (chance(75))
            m.availabilityConfirmedAt = in.now.addSecs(-qint64(rng.bounded(40 * 24)) * 3600);
        if (chance(50))
            in.recentLoadMinutes.insert(m.id, int(rng.bounded(40)) * 60);
        if (chance(20))
            in.previousWorkerIds.insert(m.id);
        for (const Intervention &i : std::as_const(in.request.interventions)) {
            if (!chance(35))
                continue;
            const GeoPoint place = chance(80)
                ? atRoadKm(30 * rng.generateDouble(), 360 * rng.generateDouble())
                : GeoPoint {};
            const qint64 gap = qint64(rng.bounded(10)) * 5 * 60; // 0 to 45 minutes
            if (chance(50))
                in.commitments.append(
                    { m.id, { i.start.addSecs(-gap - 3600), i.start.addSecs(-gap) }, place });
            else
                in.commitments.append(
                    { m.id, { i.end.addSecs(gap), i.end.addSecs(gap + 3600) }, place });
        }
    }
    // Some weekly slots repeat for years: the index keeps those as typed.
    for (AvailabilitySlot &slot : in.availabilitySlots())
        if (slot.weeklyUntil.isValid() && chance(20))
            slot.weeklyUntil = slot.weeklyUntil.addYears(3);
    if (chance(40)) {
        const GeoPoint &target = in.request.missionLocation;
        auto measure = [&](const GeoPoint &from, const GeoPoint &to) {
            if (!from.isValid() || !to.isValid() || !chance(50))
                return;
            geo::TravelEstimate e;
            e.straightKm = from.distanceKm(to);
            e.roadKm = e.straightKm * (1.0 + 0.8 * rng.generateDouble());
            e.minutes = int(std::ceil(e.roadKm / 40.0 * 60.0));
            e.source = geo::TravelSource::Routing;
            in.routes.insert(from, to, e);
        };
        for (const StaffMember &m : std::as_const(in.staff))
            measure(m.home, target);
        for (const Commitment &c : std::as_const(in.commitments)) {
            measure(c.location, target);
            measure(target, c.location);
        }
    }
}

} // namespace releve::matching::testing

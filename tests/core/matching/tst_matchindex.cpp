// Tests of core/matching/matchindex: the index ranks exactly as a full scan does, finds every
// eligible worker an independent search finds, is reusable across requests, and is fair between
// structures over many requests.
#include "matchingscenario.h"

#include "core/matching/matchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace releve;
using namespace releve::domain;
using namespace releve::matching;
using namespace releve::matching::testing;

namespace {

QByteArray fingerprint(const MatchResult &result)
{
    QJsonObject o = result.toJson(true);
    QJsonArray excluded;
    for (const Exclusion &e : result.excluded)
        excluded.append(e.toJson());
    o.insert(u"excluded"_qs, excluded);
    o.insert(u"cover_is_exact"_qs, result.coverIsExact);
    o.insert(u"eligible_count"_qs, result.eligibleCount);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What a worker may take, read straight from the input without the engine's code: the hard
// constraints of DESIGN.md, then the interventions in chronological order, each taken when the
// worker is available for every 5 minutes of it, not absent, not committed, can travel from the
// commitment before and to the one after in the gap, and stays within the weekly ceiling.
QStringList independentCoverage(const MatchInput &in, const StaffMember &m)
{
    const ReplacementRequest &q = in.request;
    const bool own = m.structureId == q.structureId;
    if (own && !in.includeOwnStaff)
        return {};
    if (!own
        && !(in.structures.contains(m.structureId) && in.structures[m.structureId].sharesStaff))
        return {};
    if (!m.active || (!own && !m.consentSharing))
        return {};
    for (const QString &skill : q.requiredSkills)
        if (!m.skills.contains(skill))
            return {};
    if (!m.home.isValid() || !q.missionLocation.isValid())
        return {};
    auto travel = [&](const GeoPoint &from, const GeoPoint &to) {
        const geo::TravelEstimate *routed = in.routes.find(from, to);
        return routed ? *routed : in.travel.estimate(from, to);
    };
    const double km = travel(m.home, q.missionLocation).roadKm;
    if (!(km <= m.maxTravelKm) || !(km <= q.radiusKm))
        return {};

    QList<Intervention> order;
    for (const Intervention &i : q.interventions)
        if (i.start.isValid() && i.end.isValid() && i.start < i.end)
            order.append(i);
    std::sort(order.begin(), order.end(), [](const Intervention &a, const Intervention &b) {
        return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
    });
    constexpr int step = 5 * 60;
    QList<Commitment> mine;
    QHash<int, int> weekMinutes;
    for (const Commitment &c : in.commitments) {
        if (c.staffId != m.id || !(c.range.start < c.range.end))
            continue;
        mine.append(c);
        for (QDateTime t = c.range.start; t < c.range.end; t = t.addSecs(step))
            weekMinutes[parisWeek(t)] += 5;
    }
    QList<TimeRange> taken;
    QStringList covered;
    for (const Intervention &i : std::as_const(order)) {
        bool available = true;
        bool absent = false;
        for (QDateTime t = i.start; t < i.end; t = t.addSecs(step)) {
            const TimeRange piece { t, t.addSecs(step) };
            bool here = false;
            for (const AvailabilitySlot &slot : in.availabilitySlots()) {
                if (slot.staffId != m.id)
                    continue;
                for (const TimeRange &o : slot.occurrences(i.start, i.end)) {
                    absent = absent || (slot.isAbsence() && o.overlaps(i.range()));
                    here = here || (!slot.isAbsence() && o.contains(piece));
                }
            }
            available = available && here;
        }
        if (!available || absent)
            continue;
        const bool busy
            = std::any_of(mine.begin(), mine.end(),
                          [&](const Commitment &c) { return c.range.overlaps(i.range()); })
            || std::any_of(taken.begin(), taken.end(),
                           [&](const TimeRange &r) { return r.overlaps(i.range()); });
        if (busy)
            continue;
        QDateTime lastEnd, firstStart;
        for (const Commitment &c : std::as_const(mine)) {
            if (c.range.end <= i.start && (!lastEnd.isValid() || c.range.end > lastEnd))
                lastEnd = c.range.end;
            if (c.range.start >= i.end && (!firstStart.isValid() || c.range.start < firstStart))
                firstStart = c.range.start;
        }
        bool reachable = true;
        for (const Commitment &c : std::as_const(mine)) {
            if (!c.location.isValid())
                continue;
            if (c.range.end == lastEnd
                && travel(c.location, q.missionLocation).minutes * 60 > c.range.end.secsTo(i.start))
                reachable = false;
            if (c.range.start == firstStart
                && travel(q.missionLocation, c.location).minutes * 60 > i.end.secsTo(c.range.start))
                reachable = false;
        }
        if (!reachable)
            continue;
        QHash<int, int> added;
        for (QDateTime t = i.start; t < i.end; t = t.addSecs(step))
            added[parisWeek(t)] += 5;
        bool fits = true;
        for (auto week = added.cbegin(); week != added.cend(); ++week)
            fits
                = fits && weekMinutes.value(week.key()) + week.value() <= m.weeklyHoursCeiling * 60;
        if (!fits)
            continue;
        for (auto week = added.cbegin(); week != added.cend(); ++week)
            weekMinutes[week.key()] += week.value();
        taken.append(i.range());
        covered.append(i.id);
    }
    return covered;
}

Scenario richScenario(QRandomGenerator &rng, bool teamsLikely)
{
    Scenario s = randomScenario(rng, teamsLikely);
    enrich(s, rng);
    return s;
}

} // namespace

class TestMatchIndex : public QObject
{
    Q_OBJECT

private slots:
    void indexRanksExactlyAsTheFullScan()
    {
        QRandomGenerator rng(testSeed());
        int candidates = 0;
        int routed = 0;
        for (int round = 0; round < 300; ++round) {
            Scenario s = richScenario(rng, round % 3 == 0);
            const double cellKm = QList<double> { 1, 3, 10, 50 }.at(round % 4);
            const MatchIndex index(s.input, cellKm);
            for (const bool listing : { true, false }) {
                for (const int limit : { 0, 1, 3 }) {
                    s.input.listExclusions = listing;
                    s.input.limit = limit;
                    const MatchResult scanned = rankByFullScan(s.input);
                    const MatchResult indexed = index.rank(s.input.request, s.input);
                    QCOMPARE(fingerprint(indexed), fingerprint(scanned));
                    if (listing && limit == 0) {
                        QCOMPARE(fingerprint(rankCandidates(s.input)), fingerprint(scanned));
                        candidates += int(indexed.candidates.size());
                        for (const Candidate &c : indexed.candidates)
                            routed += c.travelSource == geo::TravelSource::Routing ? 1 : 0;
                    }
                }
            }
        }
        qInfo("%d candidates, %d on measured routes", candidates, routed);
        QVERIFY2(candidates > 100, "the random instances should yield candidates");
        QVERIFY2(routed > 5, "some candidates should be ranked on measured routes");
    }

    void limitKeepsTheBestAndTheTeam()
    {
        QRandomGenerator rng(testSeed());
        int teamsBeyond = 0;
        for (int round = 0; round < 200; ++round) {
            Scenario s = richScenario(rng, true);
            s.input.limit = 0;
            const MatchResult all = rankCandidates(s.input);
            s.input.limit = 1;
            const MatchResult top = rankCandidates(s.input);
            QCOMPARE(top.eligibleCount, int(all.candidates.size()));
            QCOMPARE(top.cover, all.cover);
            QCOMPARE(top.uncoveredInterventionIds, all.uncoveredInterventionIds);
            // The best, then the members of the team ranked beyond it, as in the full list.
            QList<const Candidate *> expected;
            for (const Candidate &c : all.candidates)
                if (c.rank <= 1 || all.cover.contains(c.staffId))
                    expected.append(&c);
            QCOMPARE(top.candidates.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(top.candidates.at(i).toJson(true), expected.at(i)->toJson(true));
                teamsBeyond += expected.at(i)->rank > 1 ? 1 : 0;
            }
        }
        qInfo("%d team members beyond the first", teamsBeyond);
        QVERIFY2(teamsBeyond > 20, "teams should often reach beyond the first");
    }

    void noEligibleWorkerIsMissing()
    {
        QRandomGenerator rng(testSeed());
        int eligible = 0;
        int unreachable = 0;
        for (int round = 0; round < 300; ++round) {
            Scenario s = richScenario(rng, round % 3 != 0);
            s.input.listExclusions = round % 3 != 1;
            const MatchResult result = rankCandidates(s.input);
            for (const StaffMember &m : std::as_const(s.input.staff)) {
                const QStringList expected = independentCoverage(s.input, m);
                const Candidate *c = candidate(result, m.id);
                QVERIFY2(expected.isEmpty() == !c, qPrintable(m.id));
                if (c) {
                    QCOMPARE(c->coveredInterventionIds, expected);
                    unreachable += int(c->unreachableInterventionIds.size());
                    ++eligible;
                }
            }
        }
        qInfo("%d eligible, %d unreachable", eligible, unreachable);
        QVERIFY2(eligible > 100, "the random instances should yield candidates");
        QVERIFY2(unreachable > 0, "some interventions should be out of reach in the gap");
    }

    void resultDoesNotDependOnInputOrder()
    {
        QRandomGenerator rng(testSeed());
        for (int round = 0; round < 100; ++round) {
            Scenario s = richScenario(rng, round % 2 == 0);
            const QByteArray before = fingerprint(rankCandidates(s.input));
            shuffle(s.input.staff, rng);
            shuffle(s.input.availabilitySlots(), rng);
            shuffle(s.input.commitments, rng);
            shuffle(s.input.request.interventions, rng);
            shuffle(s.input.request.requiredSkills, rng);
            // Hashes and sets are rebuilt in another insertion order.
            QList<QString> previous = s.input.previousWorkerIds.values();
            shuffle(previous, rng);
            s.input.previousWorkerIds = QSet<QString>(previous.begin(), previous.end());
            QList<QString> loaded = s.input.recentLoadMinutes.keys();
            shuffle(loaded, rng);
            QHash<QString, int> loads;
            for (const QString &id : std::as_const(loaded))
                loads.insert(id, s.input.recentLoadMinutes.value(id));
            s.input.recentLoadMinutes = loads;
            QCOMPARE(fingerprint(rankCandidates(s.input)), before);
            s.input.listExclusions = false;
            const MatchIndex index(s.input);
            QCOMPARE(fingerprint(index.rank(s.input.request, s.input)),
                     fingerprint(rankByFullScan(s.input)));
        }
    }

    void sameInputGivesTheSameOutput()
    {
        QRandomGenerator rng(testSeed());
        for (int round = 0; round < 50; ++round) {
            const Scenario s = richScenario(rng, false);
            const MatchIndex index(s.input);
            const QByteArray first = fingerprint(index.rank(s.input.request, s.input));
            QCOMPARE(fingerprint(index.rank(s.input.request, s.input)), first);
            QCOMPARE(fingerprint(MatchIndex(s.input).rank(s.input.request, s.input)), first);
            const MatchIndex copy = index; // shares the data
            QCOMPARE(fingerprint(copy.rank(s.input.request, s.input)), first);
        }
    }

    void oneIndexServesManyRequests()
    {
        QRandomGenerator rng(testSeed());
        Scenario s = richScenario(rng, true);
        s.input.listExclusions = false;
        const MatchIndex index(s.input);
        QCOMPARE(index.staffCount(), s.input.staff.size());
        for (int round = 0; round < 50; ++round) {
            // Another request over the same staff: other times, place, radius and needs.
            Scenario other = randomScenario(rng, round % 2 == 0);
            s.input.request = other.input.request;
            s.input.request.structureId = s.requester;
            s.input.request.missionLocation
                = atRoadKm(15 * rng.generateDouble(), 360 * rng.generateDouble());
            QCOMPARE(fingerprint(index.rank(s.input.request, s.input)),
                     fingerprint(rankByFullScan(s.input)));
        }
        QVERIFY(MatchIndex().rank(s.input.request, s.input).candidates.isEmpty());
    }

    void gridFindsEveryHomeWithinReach()
    {
        QRandomGenerator rng(testSeed());
        // Over France, and near the poles and the antimeridian where cells are tricky.
        const QList<GeoPoint> centres { { 46.17, 1.87 }, { 48.85, 2.35 }, { 43.3, 5.4 },
                                        { 89.5, 40 },    { -89.9, 0 },    { 10, 179.9 },
                                        { -20, -179.95 } };
        QList<StaffMember> staff;
        for (int i = 0; i < 3000; ++i) {
            const GeoPoint &centre = centres.at(i % centres.size());
            const QGeoCoordinate c = centre.coordinate().atDistanceAndAzimuth(
                150000 * rng.generateDouble(), 360 * rng.generateDouble());
            StaffMember m;
            m.id = newId();
            m.home = { c.latitude(), c.longitude() };
            staff.append(m);
        }
        for (const double cellKm : { 2.0, 10.0, 40.0 }) {
            const MatchIndex index(staff, {}, {}, cellKm);
            for (const GeoPoint &centre : centres) {
                for (const double km : { 0.0, 5.0, 23.0, 80.0, 160.0, 30000.0 }) {
                    QStringList expected;
                    for (const StaffMember &m : std::as_const(staff))
                        if (m.home.distanceKm(centre) <= km)
                            expected.append(m.id);
                    expected.sort();
                    QCOMPARE(index.staffWithin(centre, km), expected);
                }
            }
        }
    }

    void travelPairsAreAllTheRankingReads()
    {
        QRandomGenerator rng(testSeed());
        for (int round = 0; round < 100; ++round) {
            Scenario s = richScenario(rng, round % 2 == 0);
            s.input.routes = {};
            const GeoPoint &target = s.input.request.missionLocation;
            // A routing service that answers everything, with its own figures.
            auto measured = [&](const GeoPoint &from, const GeoPoint &to) {
                geo::TravelEstimate e;
                e.straightKm = from.distanceKm(to);
                e.roadKm = e.straightKm * 1.1;
                e.minutes = int(std::ceil(e.roadKm * 1.5));
                e.source = geo::TravelSource::Routing;
                return e;
            };
            geo::TravelMatrix everything;
            for (const StaffMember &m : std::as_const(s.input.staff))
                everything.insert(m.home, target, measured(m.home, target));
            for (const Commitment &c : std::as_const(s.input.commitments)) {
                everything.insert(c.location, target, measured(c.location, target));
                everything.insert(target, c.location, measured(target, c.location));
            }
            geo::TravelMatrix asked;
            for (const geo::TravelPair &pair : travelPairs(s.input))
                asked.insert(pair.from, pair.to, measured(pair.from, pair.to));
            QVERIFY(asked.size() <= everything.size());
            s.input.listExclusions = false;
            s.input.routes = everything;
            const QByteArray full = fingerprint(rankCandidates(s.input));
            s.input.routes = asked;
            QCOMPARE(fingerprint(rankCandidates(s.input)), full);
        }
    }

    // 1,000 requests where four structures offer equally good workers (same rounded distance,
    // qualification, coverage, freshness and load); each time the first candidate is chosen and
    // its structure's lastChosenAt moves to that time. Each structure's share stays within 10 %
    // of an equal share, whatever the number of workers it offers.
    void structuresShareTheChoicesFairly_data()
    {
        QTest::addColumn<QList<int>>("workersPerStructure");
        QTest::addColumn<bool>("loadGrows");
        QTest::newRow("three workers each") << QList<int> { 3, 3, 3, 3 } << false;
        QTest::newRow("one to six workers") << QList<int> { 1, 2, 3, 6 } << false;
        QTest::newRow("three each, load of the chosen grows") << QList<int> { 3, 3, 3, 3 } << true;
    }

    void structuresShareTheChoicesFairly()
    {
        QFETCH(QList<int>, workersPerStructure);
        QFETCH(bool, loadGrows);
        QRandomGenerator rng(testSeed());
        Scenario s;
        QStringList structures;
        QHash<QString, QString> structureOf;
        for (int i = 0; i < workersPerStructure.size(); ++i) {
            const QString structure = s.addStructure(QStringLiteral("Agency %1").arg(i));
            structures.append(structure);
            for (int w = 0; w < workersPerStructure.at(i); ++w) {
                // 7.6 to 8.4 km: all round to 8 km.
                const QString id = s.addWorker(structure, 7.6 + 0.8 * rng.generateDouble());
                s.staff(id).availabilityConfirmedAt = s.input.now.addDays(-1);
                structureOf.insert(id, structure);
            }
        }
        s.input.listExclusions = false;
        s.input.limit = 1;
        const MatchIndex index(s.input);
        QHash<QString, int> chosenTimes;
        QHash<QString, int> workerTimes;
        QDateTime clock = s.input.now;
        const int requests = 1000;
        for (int n = 0; n < requests; ++n) {
            ReplacementRequest request = s.input.request;
            request.id = newId();
            request.interventions
                = { { newId(), utc(int(rng.bounded(7)), 8 + int(rng.bounded(10))), {} } };
            request.interventions[0].end = request.interventions[0].start.addSecs(3600);
            const MatchResult result = index.rank(request, s.input);
            QCOMPARE(result.eligibleCount, int(structureOf.size()));
            const Candidate &best = result.candidates.at(0);
            ++chosenTimes[best.structureId];
            ++workerTimes[best.staffId];
            clock = clock.addSecs(3600);
            s.input.structures[best.structureId].lastChosenAt = clock;
            if (loadGrows)
                s.input.recentLoadMinutes[best.staffId] += 120;
        }
        const double share = double(requests) / double(structures.size());
        for (const QString &structure : std::as_const(structures)) {
            const int times = chosenTimes.value(structure);
            QVERIFY2(times >= share * 0.9 && times <= share * 1.1,
                     qPrintable(QStringLiteral("%1 chosen %2 times").arg(structure).arg(times)));
        }
        if (loadGrows) {
            // Between workers too: nobody is chosen more than twice as often as anyone else.
            QCOMPARE(workerTimes.size(), structureOf.size());
            const auto [fewest, most]
                = std::minmax_element(workerTimes.cbegin(), workerTimes.cend());
            QVERIFY2(*most <= 2 * *fewest,
                     qPrintable(QStringLiteral("%1 to %2").arg(*fewest).arg(*most)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMatchIndex)
#include "tst_matchindex.moc"

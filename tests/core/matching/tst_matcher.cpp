// Tests of core/matching/matcher: hard constraints, order, cover, and what leaves the server.
#include "matchingscenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <algorithm>

using namespace releve;
using namespace releve::domain;
using namespace releve::matching;
using namespace releve::matching::testing;

class TestMatcher : public QObject
{
    Q_OBJECT

private slots:
    void nearestWorkerRanksFirst()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 8);
        s.addIntervention(1, 8);
        const QString far = s.addWorker(agency, 15);
        const QString near = s.addWorker(agency, 4);
        const QString middle = s.addWorker(agency, 9);
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { near, middle, far }));
        QCOMPARE(result.candidates.at(0).rank, 1);
        QCOMPARE(result.candidates.at(2).rank, 3);
        QCOMPARE(result.candidates.at(0).distanceBand, u"0-5 km"_qs);
        QVERIFY(qAbs(result.candidates.at(0).distanceKm - 4.0) < 0.01);
        QVERIFY(anyReasonContains(result.candidates.at(0), u"Nearer"_qs));
        QVERIFY(anyReasonContains(result.candidates.at(1), u"after a nearer candidate"_qs));
        QCOMPARE(result.cover, (QStringList { near }));
        QVERIFY(result.uncoveredInterventionIds.isEmpty());
    }

    void workerCoveringAllBeatsNearerPartialWorker()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        const QString monday8 = s.addIntervention(0, 8);
        s.addIntervention(1, 8);
        s.addIntervention(2, 8);
        const QString near = s.addWorker(agency, 2, false);
        s.addSlot(near, utc(0, 7), utc(0, 12));
        const QString far = s.addWorker(agency, 25);
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { far, near }));
        QVERIFY(result.candidates.at(0).coversAll);
        QCOMPARE(result.candidates.at(0).coveredInterventionIds.size(), 3);
        QVERIFY(!result.candidates.at(1).coversAll);
        QCOMPARE(result.candidates.at(1).coveredInterventionIds, (QStringList { monday8 }));
        QVERIFY(anyReasonContains(result.candidates.at(0), u"Covers all 3"_qs));
        QVERIFY(anyReasonContains(result.candidates.at(1), u"Covers 1 of the 3"_qs));
        QCOMPARE(result.cover, (QStringList { far }));
    }

    void workerWithoutAvailabilityIsNotACandidate()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 8, 2);
        const QString idle = s.addWorker(agency, 5, false);
        const QString tooShort = s.addWorker(agency, 5, false);
        s.addSlot(tooShort, utc(0, 8), utc(0, 9, 30)); // ends before the intervention does
        const MatchResult result = s.run();
        QVERIFY(result.candidates.isEmpty());
        QCOMPARE(exclusionCode(result, idle), u"no_intervention_free"_qs);
        QCOMPARE(exclusionCode(result, tooShort), u"no_intervention_free"_qs);
        QCOMPARE(result.uncoveredInterventionIds.size(), 1);
        QVERIFY(result.cover.isEmpty());
    }

    void adjacentAvailableSlotsCoverTogether()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 11, 2);
        const QString worker = s.addWorker(agency, 5, false);
        s.addSlot(worker, utc(0, 8), utc(0, 12));
        s.addSlot(worker, utc(0, 12), utc(0, 16));
        QCOMPARE(rankedIds(s.run()), (QStringList { worker }));
    }

    void weeklySlotCoversLaterWeeksUntilItsEnd()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        const QString week2 = s.addIntervention(7, 9);
        const QString week3 = s.addIntervention(14, 9);
        const QString worker = s.addWorker(agency, 5, false);
        s.addSlot(worker, utc(0, 8), utc(0, 12), u"available"_qs, monday.addDays(10));
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { worker }));
        QCOMPARE(result.candidates.at(0).coveredInterventionIds, (QStringList { week2 }));
        QCOMPARE(result.uncoveredInterventionIds, (QStringList { week3 }));
    }

    void absentSlotExcludes()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        const QString tuesday = s.addIntervention(1, 9);
        const QString wednesday = s.addIntervention(2, 9);
        const QString worker = s.addWorker(agency, 5);
        s.addSlot(worker, utc(1, 9, 30), utc(1, 18), u"absent"_qs); // a medical appointment
        const QString allAbsent = s.addWorker(agency, 5);
        s.addSlot(allAbsent, utc(0, 0), utc(0, 23), u"absent"_qs, monday.addDays(20));
        s.addSlot(allAbsent, utc(1, 0), utc(1, 23), u"absent"_qs, monday.addDays(20));
        s.addSlot(allAbsent, utc(2, 0), utc(2, 23), u"absent"_qs, monday.addDays(20));
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { worker }));
        QCOMPARE(result.candidates.at(0).coveredInterventionIds, (QStringList { wednesday }));
        QVERIFY(!result.candidates.at(0).coveredInterventionIds.contains(tuesday));
        QCOMPARE(exclusionCode(result, allAbsent), u"no_intervention_free"_qs);
    }

    void commitmentOverlapExcludes()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        const QString first = s.addIntervention(0, 9);
        const QString second = s.addIntervention(1, 9);
        const QString worker = s.addWorker(agency, 5);
        s.commit(worker, utc(0, 9, 45), utc(0, 11)); // overlaps the first
        s.commit(worker, utc(1, 10), utc(1, 11)); // starts when the second ends: no overlap
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { worker }));
        QCOMPARE(result.candidates.at(0).coveredInterventionIds, (QStringList { second }));
        QCOMPARE(result.uncoveredInterventionIds, (QStringList { first }));
    }

    void missingSkillExcludes()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        s.input.request.requiredSkills = { u"alzheimer"_qs, u"transfers"_qs };
        const QString without = s.addWorker(agency, 3);
        const QString with = s.addWorker(agency, 8);
        s.staff(with).skills = { u"transfers"_qs, u"alzheimer"_qs, u"cancer"_qs };
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { with }));
        QCOMPARE(exclusionCode(result, without), u"missing_skill"_qs);
        QCOMPARE(result.candidates.at(0).skills,
                 (QStringList { u"alzheimer"_qs, u"cancer"_qs, u"transfers"_qs }));
    }

    void beyondWorkerMaxTravelExcludes()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        const QString beyond = s.addWorker(agency, 12);
        s.staff(beyond).maxTravelKm = 10;
        const QString within = s.addWorker(agency, 9.8);
        s.staff(within).maxTravelKm = 10;
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { within }));
        QCOMPARE(exclusionCode(result, beyond), u"beyond_max_travel"_qs);
    }

    void beyondRequestRadiusExcludes()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        s.input.request.radiusKm = 15;
        const QString beyond = s.addWorker(agency, 16); // its own limit is 40 km
        const QString within = s.addWorker(agency, 14.5);
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { within }));
        QCOMPARE(exclusionCode(result, beyond), u"beyond_radius"_qs);
        QVERIFY(anyReasonContains(result.candidates.at(0), u"15 km radius"_qs));
    }

    void roadFactorIsConfigurable()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        s.input.request.radiusKm = 20;
        const QString worker = s.addWorker(agency, 18); // 13.8 km in a straight line
        QCOMPARE(rankedIds(s.run()), (QStringList { worker }));
        s.input.travel.roadFactor = 1.5; // 20.8 km by road
        QCOMPARE(exclusionCode(s.run(), worker), u"beyond_radius"_qs);
    }

    void unknownPlaceExcludes()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        const QString homeless = s.addWorker(agency, 5);
        s.staff(homeless).home = GeoPoint {};
        const QString located = s.addWorker(agency, 5);
        MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { located }));
        QCOMPARE(exclusionCode(result, homeless), u"no_home_point"_qs);

        s.input.request.missionLocation = GeoPoint {};
        result = s.run();
        QVERIFY(result.candidates.isEmpty());
        QCOMPARE(exclusionCode(result, located), u"no_mission_location"_qs);
    }

    void noConsentExcludes()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        const QString refused = s.addWorker(agency, 3);
        s.staff(refused).consentSharing = false;
        const QString agreed = s.addWorker(agency, 6);
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { agreed }));
        QCOMPARE(exclusionCode(result, refused), u"no_consent"_qs);
    }

    void onlyActiveStaffOfSharingStructuresLend()
    {
        Scenario s;
        const QString sharing = s.addStructure(u"Aide Creuse"_qs);
        const QString closed = s.addStructure(u"Domicile Plus"_qs, {}, false);
        const QString unknown = newId(); // not in the structures map
        s.addIntervention(0, 9);
        const QString lender = s.addWorker(sharing, 9);
        const QString inactive = s.addWorker(sharing, 2);
        s.staff(inactive).active = false;
        const QString ofClosed = s.addWorker(closed, 2);
        const QString ofUnknown = s.addWorker(unknown, 2);
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { lender }));
        QCOMPARE(result.candidates.at(0).structureName, u"Aide Creuse"_qs);
        QCOMPARE(exclusionCode(result, inactive), u"inactive"_qs);
        QCOMPARE(exclusionCode(result, ofClosed), u"structure_not_sharing"_qs);
        QCOMPARE(exclusionCode(result, ofUnknown), u"structure_not_sharing"_qs);
        QCOMPARE(result.excluded.size(), 3);
    }

    void ownStaffOnlyOnDemand()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        const QString other = s.addWorker(agency, 12);
        const QString own = s.addWorker(s.requester, 3);
        s.staff(own).consentSharing = false; // consent is about other structures
        MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { other }));
        QCOMPARE(exclusionCode(result, own), u"own_structure"_qs);

        s.input.includeOwnStaff = true;
        result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { own, other }));
        QVERIFY(result.excluded.isEmpty());
    }

    void weeklyCeilingIsHard()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        const QString mon = s.addIntervention(0, 8, 2);
        const QString tue = s.addIntervention(1, 8, 3);
        const QString wed = s.addIntervention(2, 8, 1);
        const QString nextMon = s.addIntervention(7, 8, 3);
        const QString worker = s.addWorker(agency, 5);
        s.staff(worker).weeklyHoursCeiling = 10;
        s.commit(worker, utc(3, 8), utc(3, 15)); // 7 h already contracted on Thursday
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { worker }));
        // 7 + 2 = 9 h; Tuesday's 3 h would make 12 and is skipped; Wednesday's 1 h fits: 10 h.
        QCOMPARE(result.candidates.at(0).coveredInterventionIds,
                 (QStringList { mon, wed, nextMon }));
        QCOMPARE(result.uncoveredInterventionIds, (QStringList { tue }));
    }

    void weeklyCeilingCountsParisWeeks()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        // Sunday 29 November 22:00–23:00 UTC is 23:00–00:00 in Paris: still the first week.
        const QString sunday = s.addIntervention(6, 22);
        const QString worker = s.addWorker(agency, 5, false);
        s.addSlot(worker, utc(6, 20), utc(7, 2));
        s.staff(worker).weeklyHoursCeiling = 3;
        // Sunday 23:00 UTC is Monday 00:00 in Paris: the second week, which does not count.
        s.commit(worker, utc(6, 23), utc(7, 5));
        s.commit(worker, utc(0, 8), utc(0, 10)); // 2 h in the first week
        QCOMPARE(rankedIds(s.run()), (QStringList { worker }));
        s.commit(worker, utc(6, 21), utc(6, 21, 30)); // 2.5 h: Sunday's hour no longer fits
        const MatchResult result = s.run();
        QCOMPARE(exclusionCode(result, worker), u"no_intervention_free"_qs);
        QCOMPARE(result.uncoveredInterventionIds, (QStringList { sunday }));
    }

    void leastRecentlyChosenStructureFirstAmongEquals()
    {
        Scenario s;
        const QString lastMonth = s.addStructure(u"Aide Creuse"_qs, utc(-30, 9));
        const QString yesterday = s.addStructure(u"Domicile Plus"_qs, utc(-1, 9));
        const QString never = s.addStructure(u"ADMR Bourganeuf"_qs);
        s.addIntervention(0, 9);
        // 9.8, 10.3 and 10.4 km are equally close (the same whole kilometre); 12 km is not.
        const QString ofYesterday = s.addWorker(yesterday, 9.8);
        const QString ofLastMonth = s.addWorker(lastMonth, 10.3);
        const QString ofNever = s.addWorker(never, 10.4);
        const QString farNever = s.addWorker(never, 12);
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { ofNever, ofLastMonth, ofYesterday, farNever }));
        QVERIFY(anyReasonContains(result.candidates.at(0), u"chosen less recently"_qs));
        QVERIFY(anyReasonContains(result.candidates.at(2), u"chosen less recently"_qs));
        QVERIFY(anyReasonContains(result.candidates.at(3), u"nearer candidate"_qs));
    }

    void qualificationFitsPersonalCareAmongEquals()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 7);
        s.input.request.needs = { u"lever"_qs, u"repas"_qs };
        const QString none = s.addWorker(agency, 6);
        s.staff(none).qualification = u"none"_qs;
        const QString advf = s.addWorker(agency, 6);
        s.staff(advf).qualification = u"advf"_qs;
        const QString aideSoignant = s.addWorker(agency, 6);
        s.staff(aideSoignant).qualification = u"aide_soignant"_qs;
        const QString nearNone = s.addWorker(agency, 3);
        s.staff(nearNone).qualification = u"none"_qs;
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { nearNone, aideSoignant, advf, none }));
        QVERIFY(anyReasonContains(result.candidates.at(1), u"fits the personal care"_qs));

        QCOMPARE(qualificationFit(u"deaes"_qs, { u"toilette"_qs }), 2);
        QCOMPARE(qualificationFit(u"deavs"_qs, { u"coucher"_qs }), 2);
        QCOMPARE(qualificationFit(u"advf"_qs, { u"toilette"_qs }), 1);
        QCOMPARE(qualificationFit(u"none"_qs, { u"toilette"_qs }), 0);
        // Household help: any diploma fits as well as any other.
        QCOMPARE(qualificationFit(u"deaes"_qs, { u"menage"_qs }),
                 qualificationFit(u"advf"_qs, { u"menage"_qs }));
        QVERIFY(qualificationFit(u"advf"_qs, { u"menage"_qs })
                > qualificationFit(u"none"_qs, { u"menage"_qs }));
    }

    void tieBreakDoesNotDependOnWhoAsks()
    {
        Scenario s;
        const QString a = s.addStructure(u"Aide Creuse"_qs);
        const QString b = s.addStructure(u"Domicile Plus"_qs);
        s.addIntervention(0, 9);
        s.addWorker(a, 7);
        s.addWorker(b, 7.2);
        s.addWorker(b, 6.9);
        const QStringList order = rankedIds(s.run());
        QCOMPARE(order.size(), 3);
        QVERIFY(anyReasonContains(s.run().candidates.at(0), u"fixed draw"_qs));
        s.input.request.structureId = newId(); // another requester asks the same request
        QCOMPARE(rankedIds(s.run()), order);
        std::reverse(s.input.staff.begin(), s.input.staff.end());
        QCOMPARE(rankedIds(s.run()), order);
    }

    void resultIndependentOfInputOrder()
    {
        QRandomGenerator rng(testSeed());
        for (int round = 0; round < 100; ++round) {
            Scenario s = randomScenario(rng);
            const MatchResult before = s.run();
            shuffle(s.input.staff, rng);
            shuffle(s.input.availabilitySlots(), rng);
            shuffle(s.input.commitments, rng);
            shuffle(s.input.request.interventions, rng);
            shuffle(s.input.request.needs, rng);
            shuffle(s.input.request.requiredSkills, rng);
            for (StaffMember &m : s.input.staff)
                shuffle(m.skills, rng);
            QList<LendingStructure> structures = s.input.structures.values();
            shuffle(structures, rng);
            s.input.structures.clear();
            for (const LendingStructure &l : std::as_const(structures))
                s.input.structures.insert(l.id, l);
            const MatchResult after = s.run();
            QCOMPARE(QJsonDocument(after.toJson(true)).toJson(),
                     QJsonDocument(before.toJson(true)).toJson());
            QCOMPARE(after.excluded.size(), before.excluded.size());
            for (qsizetype i = 0; i < after.excluded.size(); ++i)
                QCOMPARE(after.excluded.at(i).toJson(), before.excluded.at(i).toJson());
        }
    }

    void smallestCoverWhenNoSingleWorker()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        s.addIntervention(1, 9);
        s.addIntervention(2, 9);
        const QString monTue = s.addWorker(agency, 3, false);
        s.addSlot(monTue, utc(0, 8), utc(0, 12));
        s.addSlot(monTue, utc(1, 8), utc(1, 12));
        const QString wed = s.addWorker(agency, 5, false);
        s.addSlot(wed, utc(2, 8), utc(2, 12));
        const QString tueWed = s.addWorker(agency, 4, false);
        s.addSlot(tueWed, utc(1, 8), utc(1, 12));
        s.addSlot(tueWed, utc(2, 8), utc(2, 12));
        const QString mon = s.addWorker(agency, 2, false);
        s.addSlot(mon, utc(0, 8), utc(0, 12));
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { monTue, tueWed, mon, wed }));
        // {monTue, wed}, {monTue, tueWed} and {mon, tueWed} all cover; the best ranked wins.
        QCOMPARE(result.cover, (QStringList { monTue, tueWed }));
        QVERIFY(result.coverIsExact);
        QVERIFY(anyReasonContains(result.candidates.at(0), u"One of the 2 workers"_qs));

        // Random instances against a brute-force optimum (fixed seed: the same 200 each run).
        QRandomGenerator rng(20261123);
        int multiWorkerCovers = 0;
        for (int round = 0; round < 200; ++round) {
            const Scenario r = randomScenario(rng, true);
            const MatchResult m = r.run();
            const int n = int(m.candidates.size());
            QSet<QString> coverable;
            for (const Candidate &c : m.candidates)
                for (const QString &id : c.coveredInterventionIds)
                    coverable.insert(id);
            QStringList best;
            bool found = false;
            for (quint32 subset = 0; subset < (quint32(1) << n); ++subset) {
                QStringList members;
                QSet<QString> covered;
                for (int i = 0; i < n; ++i) {
                    if (subset & (quint32(1) << i)) {
                        members.append(m.candidates.at(i).staffId);
                        for (const QString &id : m.candidates.at(i).coveredInterventionIds)
                            covered.insert(id);
                    }
                }
                if (covered != coverable)
                    continue;
                // Same size: the family whose ranks, in order, compare first.
                auto ranks = [&](const QStringList &ids) {
                    QList<int> list;
                    for (const QString &id : ids)
                        list.append(candidate(m, id)->rank);
                    return list;
                };
                if (!found || members.size() < best.size()
                    || (members.size() == best.size() && ranks(members) < ranks(best))) {
                    best = members;
                    found = true;
                }
            }
            QVERIFY(m.coverIsExact);
            QCOMPARE(m.cover, best);
            if (best.size() > 1)
                ++multiWorkerCovers;
            for (const Intervention &i : r.input.request.interventions)
                QCOMPARE(m.uncoveredInterventionIds.contains(i.id), !coverable.contains(i.id));
        }
        QVERIFY2(multiWorkerCovers >= 40, "the random instances should need teams often enough");
    }

    void reasonsExplainTheRank()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        s.addIntervention(1, 9);
        const QString only = s.addWorker(agency, 12);
        MatchResult result = s.run();
        QCOMPARE(result.candidates.at(0).reasons,
                 (QStringList { u"Covers all 2 interventions of the request."_qs,
                                u"About 10-20 km from the mission by road, within its own 40 km "
                                "limit and the request's 30 km radius."_qs,
                                u"Its coordinator has never confirmed its availability, so it may "
                                "be out of date."_qs,
                                u"The only eligible candidate."_qs }));
        const QString partial = s.addWorker(agency, 3, false);
        s.addSlot(partial, utc(1, 8), utc(1, 12));
        result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { only, partial }));
        QVERIFY(anyReasonContains(result.candidates.at(0), u"Covers more interventions"_qs));
        QVERIFY(anyReasonContains(result.candidates.at(1),
                                  u"Ranked after a candidate who covers more"_qs));
        for (const Candidate &c : result.candidates)
            QVERIFY(c.reasons.size() >= 3 && c.reasons.size() <= 8);
    }

    void outputHasNoPrivateField()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        s.addIntervention(1, 9);
        const QString a = s.addWorker(agency, 12.37);
        s.addWorker(agency, 7.81, false);
        s.addSlot(s.input.staff.last().id, utc(1, 8), utc(1, 12));
        const QString excluded = s.addWorker(agency, 3);
        s.staff(excluded).consentSharing = false;
        const MatchResult result = s.run();
        QCOMPARE(result.candidates.size(), 2);

        const QJsonObject json = result.toJson();
        QCOMPARE(json.keys(),
                 (QStringList { u"candidates"_qs, u"cover"_qs, u"uncovered_intervention_ids"_qs }));
        const QStringList publicKeys { u"availability_confirmed_at"_qs,
                                       u"availability_stale"_qs,
                                       u"came_before"_qs,
                                       u"covered_intervention_ids"_qs,
                                       u"covers_all"_qs,
                                       u"distance_band"_qs,
                                       u"pseudonym"_qs,
                                       u"qualification"_qs,
                                       u"rank"_qs,
                                       u"reason_codes"_qs,
                                       u"reasons"_qs,
                                       u"skills"_qs,
                                       u"staff_id"_qs,
                                       u"structure_id"_qs,
                                       u"structure_name"_qs,
                                       u"travel_source"_qs };
        for (const QJsonValue &item : json.value(u"candidates"_qs).toArray())
            QCOMPARE(item.toObject().keys(), publicKeys);
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
        for (const QString &field : StaffMember::privateFields())
            QVERIFY2(!text.contains(u'"' + field + u'"'), qPrintable(field));
        QVERIFY(!text.contains(u"Martine"_qs));
        QVERIFY(!text.contains(u"Lef"_qs));
        QVERIFY(!text.contains(u"05 55"_qs));
        QVERIFY(!text.contains(u"distance_km"_qs));
        QVERIFY(!text.contains(excluded)); // nor who was left out, nor why
        // No exact distance in the sentences either: it would help locate a worker's home.
        QVERIFY(!QRegularExpression(u"\\d[.,]\\d"_qs).match(text).hasMatch());
        QVERIFY(text.contains(s.staff(a).pseudonym()));

        const QJsonObject own = result.toJson(true);
        const QJsonObject first = own.value(u"candidates"_qs).toArray().at(0).toObject();
        QCOMPARE(first.value(u"distance_km"_qs).toDouble(), 12.4);
        QVERIFY(!QJsonDocument(own).toJson().contains("Martine"));
    }

    void everyCandidateSatisfiesEveryHardConstraint()
    {
        QRandomGenerator rng(testSeed());
        int candidates = 0;
        QSet<QString> codes;
        for (int round = 0; round < 300; ++round) {
            const Scenario s = randomScenario(rng);
            const MatchInput &in = s.input;
            const MatchResult result = s.run();
            QCOMPARE(result.candidates.size() + result.excluded.size(), in.staff.size());
            for (const Exclusion &e : result.excluded) {
                codes.insert(e.code);
                QVERIFY(!e.message.isEmpty());
                QVERIFY(!candidate(result, e.staffId));
            }
            for (qsizetype index = 0; index < result.candidates.size(); ++index) {
                const Candidate &c = result.candidates.at(index);
                QCOMPARE(c.rank, int(index) + 1);
                QVERIFY(c.reasons.size() >= 3 && c.reasons.size() <= 8);
                const StaffMember &m
                    = *std::find_if(in.staff.begin(), in.staff.end(),
                                    [&](const StaffMember &x) { return x.id == c.staffId; });
                QVERIFY(m.active);
                if (m.structureId == in.request.structureId) {
                    QVERIFY(in.includeOwnStaff);
                } else {
                    QVERIFY(in.structures.contains(m.structureId));
                    QVERIFY(in.structures.value(m.structureId).sharesStaff);
                    QVERIFY(m.consentSharing);
                }
                for (const QString &skill : in.request.requiredSkills)
                    QVERIFY(m.skills.contains(skill));
                QVERIFY(m.home.isValid() && in.request.missionLocation.isValid());
                const double km = m.home.distanceKm(in.request.missionLocation) * 1.3;
                QVERIFY(km <= m.maxTravelKm + 1e-9 && km <= in.request.radiusKm + 1e-9);
                QCOMPARE(c.distanceBand, StaffMember::distanceBandFor(km));

                QVERIFY(!c.coveredInterventionIds.isEmpty());
                QCOMPARE(c.coversAll,
                         c.coveredInterventionIds.size() == in.request.interventions.size());
                QHash<int, int> weekMinutes;
                for (const Commitment &k : in.commitments)
                    if (k.staffId == m.id)
                        for (QDateTime t = k.range.start; t < k.range.end; t = t.addSecs(900))
                            weekMinutes[parisWeek(t)] += 15;
                QList<TimeRange> taken;
                for (const QString &id : c.coveredInterventionIds) {
                    const Intervention &i = *std::find_if(
                        in.request.interventions.begin(), in.request.interventions.end(),
                        [&](const Intervention &x) { return x.id == id; });
                    for (QDateTime t = i.start; t < i.end; t = t.addSecs(900)) {
                        const TimeRange quarter { t, t.addSecs(900) };
                        bool available = false;
                        for (const AvailabilitySlot &slot : in.availabilitySlots()) {
                            if (slot.staffId != m.id)
                                continue;
                            for (const TimeRange &o : slot.occurrences(i.start, i.end)) {
                                QVERIFY2(!(slot.isAbsence() && o.overlaps(i.range())),
                                         "absent during a covered intervention");
                                available = available || (!slot.isAbsence() && o.contains(quarter));
                            }
                        }
                        QVERIFY2(available, "a covered intervention outside availability");
                        weekMinutes[parisWeek(t)] += 15;
                    }
                    for (const Commitment &k : in.commitments)
                        QVERIFY(!(k.staffId == m.id && k.range.overlaps(i.range())));
                    for (const TimeRange &other : std::as_const(taken))
                        QVERIFY(!other.overlaps(i.range()));
                    taken.append(i.range());
                }
                for (auto week = weekMinutes.cbegin(); week != weekMinutes.cend(); ++week) {
                    // Weeks the candidate's covered interventions do not touch may already be over.
                    bool touched = false;
                    for (const TimeRange &r : std::as_const(taken))
                        touched = touched || parisWeek(r.start) == week.key()
                            || parisWeek(r.end.addSecs(-1)) == week.key();
                    if (touched)
                        QVERIFY(week.value() <= m.weeklyHoursCeiling * 60);
                }
                ++candidates;
            }
        }
        QVERIFY2(candidates > 100, "the random instances should yield candidates");
        // Every hard constraint was put to the test.
        const QStringList allCodes {
            u"own_structure"_qs,       u"structure_not_sharing"_qs, u"inactive"_qs,
            u"no_consent"_qs,          u"missing_skill"_qs,         u"no_home_point"_qs,
            u"no_mission_location"_qs, u"beyond_max_travel"_qs,     u"beyond_radius"_qs,
            u"no_intervention_free"_qs
        };
        for (const QString &code : allCodes)
            QVERIFY2(codes.contains(code), qPrintable(code));
        QCOMPARE(codes.size(), allCodes.size());
    }

    void recentLoadLowersRankAmongNearWorkers()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        const QString busy = s.addWorker(agency, 5.6); // 6 km: the 5 km step of 5 km
        const QString rested = s.addWorker(agency, 7.4); // 7 km: the same step
        const QString far = s.addWorker(agency, 12); // the 10 km step
        s.input.recentLoadMinutes.insert(busy, 10 * 60);
        MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { rested, busy, far }));
        QVERIFY(anyReasonContains(result.candidates.at(0), u"less recent replacement work"_qs));
        QVERIFY(anyReasonContains(result.candidates.at(1), u"less recent replacement work"_qs));
        QCOMPARE(result.candidates.at(1).recentLoadMinutes, 600);
        // The load is the worker's own business: no field of the JSON carries it (a search for
        // "600" in the text would also find it inside a random id).
        for (const QJsonValue &item : result.toJson(true).value(u"candidates"_qs).toArray()) {
            const QJsonObject candidate = item.toObject();
            QVERIFY(!candidate.contains(u"recent_load_minutes"_qs));
            for (auto it = candidate.begin(); it != candidate.end(); ++it)
                QVERIFY2(!(it.value().isDouble() && it.value().toInt() == 600),
                         qPrintable(it.key()));
        }

        // A load never sends the choice a step further: the busiest still beats the far one.
        s.input.recentLoadMinutes.insert(busy, 40 * 60);
        QCOMPARE(rankedIds(s.run()), (QStringList { rested, busy, far }));
        // Loads within half a working day of each other are equal: distance decides.
        s.input.recentLoadMinutes.insert(busy, 90);
        QCOMPARE(rankedIds(s.run()), (QStringList { busy, rested, far }));
    }

    void recentLoadCountsTheLastFourWeeksAndWhatIsBooked()
    {
        const QString a = newId();
        const QString b = newId();
        const QDateTime now = utc(0, 12);
        const QDateTime windowStart = now.addDays(-loadWindowDays);
        const QList<Commitment> replacements {
            { a, { utc(-40, 8), utc(-40, 10) }, {} }, // before the window
            { a, { windowStart.addSecs(-3600), windowStart.addSecs(3600) }, {} }, // half: 60
            { a, { utc(-3, 8), utc(-3, 11) }, {} }, // 180
            { a, { utc(5, 8), utc(5, 9) }, {} }, // booked ahead: 60
            { b, { utc(-1, 8), utc(-1, 8, 30) }, {} }, // 30
            { b, { utc(-1, 9), utc(-1, 8) }, {} }, // ends before it starts: ignored
        };
        const QHash<QString, int> load = recentLoadFrom(replacements, now);
        QCOMPARE(load.size(), 2);
        QCOMPARE(load.value(a), 300);
        QCOMPARE(load.value(b), 30);
    }

    void staleAvailabilityRanksLowerAmongNearWorkers()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        const QDateTime now = s.input.now; // 2026-11-20 09:00 UTC
        const QString stale = s.addWorker(agency, 5.6); // 6 km
        s.staff(stale).availabilityConfirmedAt = now.addDays(-30);
        const QString never = s.addWorker(agency, 6.6); // 7 km
        const QString fresh = s.addWorker(agency, 7.4); // 7 km
        s.staff(fresh).availabilityConfirmedAt = now.addDays(-2);
        const QString farFresh = s.addWorker(agency, 14); // the 15 km step
        s.staff(farFresh).availabilityConfirmedAt = now;
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { fresh, stale, never, farFresh }));

        const Candidate &first = result.candidates.at(0);
        QCOMPARE(first.availabilityConfirmedAt, now.addDays(-2));
        QVERIFY(!first.availabilityStale);
        QVERIFY(first.reasons.contains(u"Availability confirmed by its coordinator on 2026-11-18, "
                                       "2 days before the ranking."_qs));
        QVERIFY(first.reasons.contains(u"Its availability was confirmed within the last 14 days, "
                                       "unlike that of the next candidate, who is as near once "
                                       "distances are rounded to 5 km."_qs));
        QCOMPARE(first.toJson().value(u"availability_confirmed_at"_qs).toString(),
                 u"2026-11-18T09:00:00Z"_qs);
        const Candidate &second = result.candidates.at(1);
        QVERIFY(second.availabilityStale);
        QVERIFY(
            second.reasons.contains(u"Availability last confirmed on 2026-10-21, 30 days before "
                                    "the ranking: more than 14 days ago, so it may be out of "
                                    "date."_qs));
        QVERIFY(anyReasonContains(second, u"whose availability was confirmed within"_qs));
        const Candidate &third = result.candidates.at(2);
        QVERIFY(third.availabilityStale);
        QVERIFY(!third.availabilityConfirmedAt.isValid());
        QVERIFY(third.toJson().value(u"availability_confirmed_at"_qs).isNull());
        QVERIFY(anyReasonContains(third, u"has never confirmed its availability"_qs));
        QVERIFY(result.candidates.at(3).reasons.contains(
            u"Availability confirmed by its coordinator on 2026-11-20, the day of the ranking."_qs));
    }

    void availabilityIsStaleAfterFourteenDays()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        const QString worker = s.addWorker(agency, 5);
        s.staff(worker).availabilityConfirmedAt = s.input.now.addDays(-staleAfterDays);
        QVERIFY(!s.run().candidates.at(0).availabilityStale);
        s.staff(worker).availabilityConfirmedAt = s.input.now.addDays(-staleAfterDays).addSecs(-1);
        QVERIFY(s.run().candidates.at(0).availabilityStale);
        // Without the server's time, freshness is measured at the first intervention.
        s.input.now = {};
        s.staff(worker).availabilityConfirmedAt = utc(0, 9).addDays(-staleAfterDays);
        QVERIFY(!s.run().candidates.at(0).availabilityStale);
    }

    void workerWhoAlreadyCameRanksBeforeNearerOnes()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.input.request.beneficiaryRef = u"B-042"_qs;
        s.addIntervention(0, 9);
        s.addIntervention(1, 9);
        const QString near = s.addWorker(agency, 3);
        const QString known = s.addWorker(agency, 25);
        s.input.previousWorkerIds = { known };
        MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { known, near }));
        QVERIFY(result.candidates.at(0).cameBefore);
        QVERIFY(!result.candidates.at(1).cameBefore);
        QVERIFY(anyReasonContains(result.candidates.at(0), u"Already came to this person for"_qs));
        QVERIFY(anyReasonContains(result.candidates.at(0), u"unlike the next candidate"_qs));
        QVERIFY(anyReasonContains(result.candidates.at(1),
                                  u"Ranked after a candidate who already came"_qs));
        QCOMPARE(result.cover, (QStringList { known }));

        // Fewest workers first: one who came before but covers less ranks after.
        const QString partlyKnown = s.addWorker(agency, 2, false);
        s.addSlot(partlyKnown, utc(0, 8), utc(0, 12));
        s.input.previousWorkerIds.insert(partlyKnown);
        result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { known, near, partlyKnown }));
    }

    void travelFromAndToNeighbouringCommitmentsMustFitTheGap()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        const QString monday = s.addIntervention(0, 9);
        const QString tuesday = s.addIntervention(1, 9);
        const QString wednesday = s.addIntervention(2, 9);
        const QString worker = s.addWorker(agency, 5);
        const GeoPoint elsewhere = atRoadKm(20.8, 90); // 25 minutes at 50 km/h
        // Monday, an intervention elsewhere ends at 08:45: 15 minutes are not 25.
        s.input.commitments.append({ worker, { utc(0, 7, 45), utc(0, 8, 45) }, elsewhere });
        // Tuesday, it ends at 08:30: 30 minutes are enough.
        s.input.commitments.append({ worker, { utc(1, 7, 30), utc(1, 8, 30) }, elsewhere });
        // Wednesday, the next one starts there at 10:15, a quarter of an hour after the end.
        s.input.commitments.append({ worker, { utc(2, 10, 15), utc(2, 11, 15) }, elsewhere });
        // Earlier that Wednesday, one far away (47 minutes) but two and a half hours before.
        const GeoPoint faraway = atRoadKm(39, 0);
        s.input.commitments.append({ worker, { utc(2, 6), utc(2, 6, 30) }, faraway });
        MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { worker }));
        QCOMPARE(result.candidates.at(0).coveredInterventionIds, (QStringList { tuesday }));
        QCOMPARE(result.candidates.at(0).unreachableInterventionIds,
                 (QStringList { monday, wednesday }));
        QVERIFY(result.candidates.at(0).reasons.contains(
            u"Cannot reach 2 interventions in time from or to its neighbouring commitments."_qs));
        QCOMPARE(result.uncoveredInterventionIds, (QStringList { monday, wednesday }));
        // The journeys a routing service would be asked for: the home, and each intervention's
        // neighbours (Tuesday's follows Monday's; Wednesday's early one follows Tuesday's).
        const QList<geo::TravelPair> expected { { s.staff(worker).home, mission },
                                                { elsewhere, mission },
                                                { mission, elsewhere },
                                                { mission, faraway },
                                                { faraway, mission } };
        const QList<geo::TravelPair> pairs = travelPairs(s.input);
        QCOMPARE(pairs.size(), expected.size());
        for (const geo::TravelPair &pair : expected)
            QVERIFY(pairs.contains(pair));

        // Measured on the road network, the same trip takes 10 minutes: everything fits.
        geo::TravelEstimate quick;
        quick.straightKm = 16;
        quick.roadKm = 14;
        quick.minutes = 10;
        quick.source = geo::TravelSource::Routing;
        s.input.routes.insert(elsewhere, mission, quick);
        s.input.routes.insert(mission, elsewhere, quick);
        QVERIFY(s.run().candidates.at(0).coversAll);
        s.input.routes = {};

        // Where the commitment's place is unknown, nothing can be checked.
        for (Commitment &c : s.input.commitments)
            c.location = GeoPoint {};
        QVERIFY(s.run().candidates.at(0).coversAll);

        // A worker who can reach none of them is excluded, and the audit says why.
        Scenario t;
        const QString other = t.addStructure(u"Aide Creuse"_qs);
        t.addIntervention(0, 9);
        const QString stuck = t.addWorker(other, 5);
        t.input.commitments.append({ stuck, { utc(0, 7, 45), utc(0, 8, 45) }, elsewhere });
        const MatchResult none = t.run();
        QVERIFY(none.candidates.isEmpty());
        QCOMPARE(exclusionCode(none, stuck), u"no_intervention_free"_qs);
        QVERIFY(none.excluded.at(0).message.contains(
            u"no time to travel from or to its neighbouring commitments: 1"_qs));
    }

    void measuredRouteDecidesTheDistance()
    {
        Scenario s;
        const QString agency = s.addStructure(u"Aide Creuse"_qs);
        s.addIntervention(0, 9);
        const QString detour = s.addWorker(agency, 10); // a river between: 33 km by road
        const QString shortcut = s.addWorker(agency, 35); // beyond the radius by the model
        auto routed = [](double straightKm, double roadKm, int minutes) {
            geo::TravelEstimate e;
            e.straightKm = straightKm;
            e.roadKm = roadKm;
            e.minutes = minutes;
            e.source = geo::TravelSource::Routing;
            return e;
        };
        s.input.routes.insert(s.staff(detour).home, mission, routed(7.7, 33, 40));
        s.input.routes.insert(s.staff(shortcut).home, mission, routed(26.9, 28.5, 24));
        const MatchResult result = s.run();
        QCOMPARE(rankedIds(result), (QStringList { shortcut }));
        QCOMPARE(exclusionCode(result, detour), u"beyond_radius"_qs);
        QVERIFY(result.excluded.at(0).message.startsWith(u"33.0 km by road"_qs));
        const Candidate &c = result.candidates.at(0);
        QCOMPARE(c.travelSource, geo::TravelSource::Routing);
        QCOMPARE(c.travelMinutes, 24);
        QCOMPARE(c.distanceBand, u"20-40 km"_qs);
        QVERIFY(anyReasonContains(c, u"measured on the road network"_qs));
        QCOMPARE(c.toJson(true).value(u"travel_minutes"_qs).toInt(), 24);
        QVERIFY(!c.toJson().contains(u"travel_minutes"_qs));
    }

    void reasonCodesSayWhatTheSentencesSay()
    {
        QSet<QString> seen;
        auto check = [&](QRandomGenerator &rng, int rounds) {
            for (int round = 0; round < rounds; ++round) {
                Scenario s = randomScenario(rng, round % 2 == 0);
                enrich(s, rng);
                const MatchResult result = s.run();
                for (const Candidate &c : result.candidates) {
                    QCOMPARE(c.reasonCodes.size(), c.reasons.size());
                    const QJsonArray codes = c.toJson().value(u"reason_codes"_qs).toArray();
                    QCOMPARE(codes.size(), c.reasons.size());
                    for (qsizetype i = 0; i < c.reasons.size(); ++i) {
                        const QJsonObject &code = c.reasonCodes.at(i);
                        QCOMPARE(codes.at(i).toObject(), code);
                        QVERIFY(!c.reasons.at(i).isEmpty());
                        QCOMPARE(explainReason(code, QLocale::c()), c.reasons.at(i));
                        seen.insert(code.value(u"code"_qs).toString()
                                    + code.value(u"criterion"_qs).toString());
                    }
                }
            }
        };
        QRandomGenerator random(testSeed());
        check(random, 200);
        // Instances that reach every kind of reason (a fixed seed: the same ones each run).
        QRandomGenerator fixed(20261123);
        check(fixed, 600);
        for (const char *code :
             { "covers_all", "covers_some", "distance_band", "availability_confirmed",
               "availability_never_confirmed", "came_before", "unreachable", "cover_member",
               "only_candidate", "aheadcoverage", "aheadcontinuity", "aheaddistance",
               "aheadfreshness", "aheadload", "behindcoverage", "behinddistance", "behindfreshness",
               "behindload" })
            QVERIFY2(seen.contains(QString::fromLatin1(code)), code);
        QVERIFY(explainReason({ { u"code"_qs, u"from_a_later_version"_qs } }).isEmpty());
    }

    void explanationsFollowTheReadersLanguage()
    {
        // A translator as the client installs one, standing in for the French catalogue.
        class French : public QTranslator
        {
        public:
            QString translate(const char *context, const char *source, const char *,
                              int) const override
            {
                if (qstrcmp(context, "releve::matching") != 0)
                    return {};
                const QByteArray text(source);
                if (text == "Covers all %n interventions of the request.")
                    return u"Couvre les %n interventions de la demande."_qs;
                if (text.startsWith("Availability confirmed by its coordinator on %1, %n days"))
                    return u"Disponibilités confirmées par sa coordinatrice le %1, %n jours "
                           "avant le classement."_qs;
                return {};
            }
            bool isEmpty() const override { return false; }
        } french;
        QCoreApplication::installTranslator(&french);
        const QJsonObject covers { { u"code"_qs, u"covers_all"_qs }, { u"count"_qs, 3 } };
        const QJsonObject confirmed { { u"code"_qs, u"availability_confirmed"_qs },
                                      { u"date"_qs, u"2026-11-18"_qs },
                                      { u"days"_qs, 2 },
                                      { u"stale"_qs, false },
                                      { u"stale_after_days"_qs, 14 } };
        QCOMPARE(explainReason(covers), u"Couvre les 3 interventions de la demande."_qs);
        QCOMPARE(explainReason(confirmed, QLocale(QLocale::French, QLocale::France)),
                 u"Disponibilités confirmées par sa coordinatrice le mercredi 18 novembre 2026, "
                 "2 jours avant le classement."_qs);
        QCoreApplication::removeTranslator(&french);
        QCOMPARE(explainReason(covers), u"Covers all 3 interventions of the request."_qs);
    }

    void sameInputGivesTheSameOutput()
    {
        QRandomGenerator rng(testSeed());
        for (int round = 0; round < 50; ++round) {
            Scenario s = randomScenario(rng);
            enrich(s, rng);
            const QByteArray first = QJsonDocument(s.run().toJson(true)).toJson();
            QCOMPARE(QJsonDocument(s.run().toJson(true)).toJson(), first);
        }
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"

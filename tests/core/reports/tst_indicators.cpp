// The dashboard's figures (core/reports) against values computed by hand over reportfixture.h.
// Definitions: CPOM Creuse 2022 (seeds/004_16a52f306f987bba.txt), ANNEXE II, "Données
// qualitatives - bénéficiaires de l'APA": item 47/48 "nombre moyen d'intervenants par usager …
// en semaine / Dimanches et jours fériés", 49/50 "taux d'effectivité (taux de réalisation)",
// 51/52 "taux d'interventions corrigées", 53 "taux de correction … conforme au taux cible (2% à
// 5%)"; Sundays and public holidays per Code du travail L3133-1.
#include "reportfixture.h"

#include "core/domain/entity.h"
#include "core/exchange/csv.h"
#include "core/reports/reporttable.h"
#include "core/store/localstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace releve;
using namespace releve::reports;
using namespace releve::reports::testing;

class TestIndicators : public QObject
{
    Q_OBJECT

private slots:
    void period_usesParisDays();
    void median_oddAndEven();
    void agency_requestsByStatusAndFillRate();
    void agency_medianTimeToFill();
    void agency_hoursLentAndBorrowed();
    void agency_workersPerBeneficiary_weekdayAndSundayHoliday();
    void agency_effectivityRate();
    void agency_effectivityRate_countsOnlyEndedInterventions();
    void agency_correctionRate_againstTarget();
    void correctionTarget_bounds_data();
    void correctionTarget_bounds();
    void departement_aggregatesItsStructures();
    void departement_withoutActivity_hasNoRates();
    void monthlySeries_oldestFirst();
    void csv_semicolonsBomAndFrenchNumbers();
    void fromStore_readsReferentContractsWithoutWorker();

private:
    const ReportPeriod may { QDate(2026, 5, 1), QTimeZone("Europe/Paris"), {} };
};

void TestIndicators::period_usesParisDays()
{
    // 31 May 23:30 in Paris is 21:30 UTC (summer time): still May. 1 June 00:30 is 31 May
    // 22:30 UTC: June.
    QVERIFY(may.contains(paris(5, 31, 23, 30)));
    QVERIFY(!may.contains(paris(6, 1, 0, 30)));
    QVERIFY(!may.contains(paris(4, 30, 23, 59)));
    QVERIFY(may.contains(paris(5, 1, 0, 0)));
    QCOMPARE(may.lastDay(), QDate(2026, 5, 31));
}

void TestIndicators::median_oddAndEven()
{
    QCOMPARE(median({}), std::nullopt);
    QCOMPARE(median({ 300, 45, 210 }), 210);
    QCOMPARE(median({ 300, 45, 210, 60 }), 135);
}

void TestIndicators::agency_requestsByStatusAndFillRate()
{
    const Indicators in = computeIndicators(mayFixture(), { agencyA }, may);
    // q1…q8 have their first intervention in May; q9 (30 April) does not.
    QCOMPARE(in.requestCount, 8);
    QCOMPARE(in.requestsByStatus.value(u"contracted"_s), 1);
    QCOMPARE(in.requestsByStatus.value(u"done"_s), 1);
    QCOMPARE(in.requestsByStatus.value(u"accepted"_s), 1);
    QCOMPARE(in.requestsByStatus.value(u"published"_s), 1);
    QCOMPARE(in.requestsByStatus.value(u"draft"_s), 1);
    QCOMPARE(in.requestsByStatus.value(u"cancelled"_s), 2);
    QCOMPARE(in.requestsByStatus.value(u"expired"_s), 1);
    QCOMPARE(in.requestsByStatus.value(u"proposed"_s), 0);
    // Asked: q1 q2 q3 q6 q7 q8 (not the draft q4, nor q5 cancelled before publication).
    // Filled: q1 (contracted), q2 (done), q8 (accepted). 3 / 6.
    QCOMPARE(in.requestsAsked, 6);
    QCOMPARE(in.requestsFilled, 3);
    QCOMPARE(*in.fillRate, 0.5);
}

void TestIndicators::agency_medianTimeToFill()
{
    const Indicators in = computeIndicators(mayFixture(), { agencyA }, may);
    // q1 08:00 → 11:30 = 210 min; q2 10:00 → 10:45 = 45 min; q8 09:00 → 14:00 = 300 min.
    QCOMPARE(in.timesToFillCount, 3);
    QCOMPARE(*in.medianMinutesToFill, 210);
}

void TestIndicators::agency_hoursLentAndBorrowed()
{
    const Indicators in = computeIndicators(mayFixture(), { agencyA }, may);
    // Borrowed: c1 120 + 60, c2 60 + 90, c3 60 = 390 min; c4 is April. Done: 115 + 60 + 90.
    QCOMPARE(in.minutesBorrowed, 390);
    QCOMPARE(in.minutesBorrowedDone, 265);
    // Lent: c5 120 + 60 = 180 min; done 120 + 55.
    QCOMPARE(in.minutesLent, 180);
    QCOMPARE(in.minutesLentDone, 175);
    QCOMPARE(in.contractCount, 4);
}

void TestIndicators::agency_workersPerBeneficiary_weekdayAndSundayHoliday()
{
    const Indicators in = computeIndicators(mayFixture(), { agencyA }, may);
    // weekdays worker1 (4 May) and worker2 (7 May) = 2; Sunday 10 worker1 and Ascension
    // worker2 = 2. A-3: weekday worker1 = 1. Weekdays (2 + 1) / 2; Sundays and holidays 2 / 1;
    // over both (2 + 1) / 2. B-1 is B's beneficiary: A only lent for it.
    QCOMPARE(in.beneficiaryCount, 2);
    QCOMPARE(*in.workersPerBeneficiary.weekday, 1.5);
    QCOMPARE(*in.workersPerBeneficiary.sundayOrHoliday, 2.0);
    QCOMPARE(*in.workersPerBeneficiary.all, 1.5);
}

void TestIndicators::agency_effectivityRate()
{
    const Indicators in = computeIndicators(mayFixture(), { agencyA }, may);
    // Weekdays: 4 May 120 (115 done), 6 May 60 (none), 7 May 60 (none), 12 May 120 (120 done):
    // 235 / 360. Sundays and holidays: 10 May 60 (60), Ascension 90 (90), Whit Monday 60 (55):
    // 205 / 210. Both: 440 / 570.
    QCOMPARE(in.plannedMinutes, 570);
    QCOMPARE(in.doneMinutes, 440);
    QCOMPARE(*in.effectivityRate.weekday, 235.0 / 360.0);
    QCOMPARE(*in.effectivityRate.sundayOrHoliday, 205.0 / 210.0);
    QCOMPARE(*in.effectivityRate.all, 440.0 / 570.0);
}

void TestIndicators::agency_effectivityRate_countsOnlyEndedInterventions()
{
    ReportPeriod period = may;
    period.asOf = paris(5, 13, 0, 0);
    const Indicators in = computeIndicators(mayFixture(), { agencyA }, period);
    // Ended by 13 May: the four weekday interventions, and Sunday 10 (60 of 60).
    QCOMPARE(*in.effectivityRate.weekday, 235.0 / 360.0);
    QCOMPARE(*in.effectivityRate.sundayOrHoliday, 1.0);
    QCOMPARE(in.recordCount, 3);
    // The hours contracted still count every intervention of the month.
    QCOMPARE(in.minutesBorrowed, 390);
}

void TestIndicators::agency_correctionRate_againstTarget()
{
    const Indicators in = computeIndicators(mayFixture(), { agencyA }, may);
    // Weekdays: 2 time stamps (4 and 12 May), none corrected. Sundays and holidays: 3 (10, 14,
    // 25 May), 10 May corrected. The April correction of c4 is outside the month.
    QCOMPARE(in.recordCount, 5);
    QCOMPARE(in.correctedCount, 1);
    QCOMPARE(*in.correctionRate.weekday, 0.0);
    QCOMPARE(*in.correctionRate.sundayOrHoliday, 1.0 / 3.0);
    QCOMPARE(*in.correctionRate.all, 0.2);
    QCOMPARE(compareToCorrectionTarget(*in.correctionRate.all), 1);
}

void TestIndicators::correctionTarget_bounds_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("expected");
    QTest::newRow("1 %") << 0.01 << -1;
    QTest::newRow("2 %") << 0.02 << 0;
    QTest::newRow("3.5 %") << 0.035 << 0;
    QTest::newRow("5 %") << 0.05 << 0;
    QTest::newRow("5.1 %") << 0.051 << 1;
}

void TestIndicators::correctionTarget_bounds()
{
    QFETCH(double, rate);
    QFETCH(int, expected);
    QCOMPARE(compareToCorrectionTarget(rate), expected);
}

void TestIndicators::departement_aggregatesItsStructures()
{
    const ReportData data = mayFixture();
    QCOMPARE(data.departements(), QStringList({ u"23"_s, u"87"_s }));
    const QSet<QString> creuse = data.structuresOf(u"23"_s);
    QCOMPARE(creuse, QSet<QString>({ agencyA, agencyB }));
    const Indicators in = computeIndicators(data, creuse, may);
    // A's 8 requests and B's; asked 6 + 1, filled 3 + 1.
    QCOMPARE(in.requestCount, 9);
    QCOMPARE(in.requestsFilled, 4);
    QCOMPARE(in.requestsAsked, 7);
    QCOMPARE(*in.fillRate, 4.0 / 7.0);
    // Times to fill 210, 45, 300 and B's 60 (08:00 → 09:00): median (60 + 210) / 2.
    QCOMPARE(*in.medianMinutesToFill, 135);
    // Every contract is between two Creuse structures: lent and borrowed are the same hours.
    QCOMPARE(in.minutesLent, 570);
    QCOMPARE(in.minutesBorrowed, 570);
    // B-1 joins: weekday worker9, Whit Monday worker9. Weekdays (2 + 1 + 1) / 3.
    QCOMPARE(in.beneficiaryCount, 3);
    QCOMPARE(*in.workersPerBeneficiary.weekday, 4.0 / 3.0);
    QCOMPARE(*in.workersPerBeneficiary.sundayOrHoliday, 1.5);
}

void TestIndicators::departement_withoutActivity_hasNoRates()
{
    const ReportData data = mayFixture();
    const Indicators in = computeIndicators(data, data.structuresOf(u"87"_s), may);
    QCOMPARE(in.requestCount, 0);
    QVERIFY(!in.fillRate);
    QVERIFY(!in.medianMinutesToFill);
    QVERIFY(!in.effectivityRate.all);
    QVERIFY(!in.correctionRate.all);
    QVERIFY(!in.workersPerBeneficiary.all);
    QCOMPARE(ReportTable::percent(in.fillRate, QLocale::c()), u"—"_s);
}

void TestIndicators::monthlySeries_oldestFirst()
{
    const QList<Indicators> series = monthlySeries(mayFixture(), { agencyA }, may, 3);
    QCOMPARE(series.size(), 3);
    // March: nothing; April: q9 (contracted) with c4's 60 min borrowed; May as above.
    QCOMPARE(series.at(0).requestCount, 0);
    QCOMPARE(series.at(1).requestCount, 1);
    QCOMPARE(series.at(1).minutesBorrowed, 60);
    QCOMPARE(*series.at(1).correctionRate.all, 1.0);
    QCOMPARE(series.at(2).minutesBorrowed, 390);
}

void TestIndicators::csv_semicolonsBomAndFrenchNumbers()
{
    const QLocale french(QLocale::French, QLocale::France);
    const Indicators in = computeIndicators(mayFixture(), { agencyA }, may);
    const QByteArray csv = ReportTable::toCsv(u"A"_s, may, ReportTable::rows(in, french), french);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    const exchange::CsvTable table = exchange::readCsv(csv);
    QCOMPARE(table.header.size(), 3);
    QCOMPARE(table.rows.first().fields.at(1), french.toString(QDate(2026, 5, 1), u"MMMM yyyy"_s));
    QHash<QString, QString> values;
    for (const exchange::CsvRow &row : table.rows)
        values.insert(row.fields.value(0), row.fields.value(1));
    QCOMPARE(values.value(u"Fill rate"_s), u"50,0 %"_s);
    QCOMPARE(values.value(u"Hours borrowed"_s), u"6,5 h"_s);
    QCOMPARE(values.value(u"Median time to fill"_s), u"3 h 30 min"_s);
    QCOMPARE(values.value(u"Correction rate"_s), u"20,0 %"_s);
    QCOMPARE(values.value(u"Workers per beneficiary, weekdays"_s), u"1,50"_s);
}

void TestIndicators::fromStore_readsReferentContractsWithoutWorker()
{
    QTemporaryDir dir;
    store::LocalStore store;
    QVERIFY(store.open(dir.filePath(u"cache.sqlite"_s)).ok());
    const ReportData fixture = mayFixture();
    QList<store::LocalStore::Change> page;
    int version = 1;
    for (const domain::Structure &s : fixture.structures)
        page.append({ domain::entity::structure, s.id, version++, false, s.toJson() });
    for (const domain::ReplacementRequest &q : fixture.requests)
        page.append({ domain::entity::request, q.id, version++, false, q.toJson() });
    for (const domain::Contract &c : fixture.contracts) {
        QJsonObject view = c.toJson();
        // What server/visibility.cpp sends a territorial referent.
        for (const char *field : { "staff_id", "staff_name", "mission_address", "document_hash" })
            view.remove(QString::fromLatin1(field));
        page.append({ domain::entity::contract, c.id, version++, false, view });
    }
    QVERIFY(store.applyPage(page, u"c1"_s, true).ok());

    const ReportData read = ReportData::fromStore(store);
    QCOMPARE(read.structures.size(), 3);
    QCOMPARE(read.requests.size(), fixture.requests.size());
    QCOMPARE(read.contracts.size(), fixture.contracts.size());
    QVERIFY(read.contracts.first().staffId.isEmpty());
    const Indicators in = computeIndicators(read, read.structuresOf(u"23"_s), may);
    QCOMPARE(in.minutesBorrowed, 570);
    QCOMPARE(*in.medianMinutesToFill, 135);
    // No worker is known: no worker-per-beneficiary figure rather than a wrong one; no time
    // stamp either: the effectivity is unknown, not 0 %.
    QVERIFY(!in.workersPerBeneficiary.all);
    QVERIFY(!in.effectivityRate.all);
    QVERIFY(in.plannedMinutes > 0);
}

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"

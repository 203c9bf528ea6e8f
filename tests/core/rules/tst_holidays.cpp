// Tests of core/rules/holidays: Code du travail L3133-1 (national holidays) and L3134-13
// (Alsace-Moselle); dates checked against reference/domain-facts.md, "Public holidays".
#include "core/domain/structure.h"
#include "core/rules/holidays.h"

#include <QTest>

using namespace releve::rules;

class TestHolidays : public QObject
{
    Q_OBJECT

private slots:
    // domain-facts.md, "Computed dates (Gauss algorithm; 2025 matches aladom.fr)":
    // "2025 | 20/04 | 18/04 | 21/04 | 29/05 | 09/06", "2026 | 05/04 | 03/04 | 06/04 | 14/05 |
    // 25/05", "2027 | 28/03 | 26/03 | 29/03 | 06/05 | 17/05"; DESIGN.md: "Check: Easter 2026 =
    // 5 April, Ascension 2026 = 14 May, Whit Monday 2026 = 25 May."
    void easterBasedDays_matchPublishedDates_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::addColumn<QDate>("easterMonday");
        QTest::addColumn<QDate>("ascension");
        QTest::addColumn<QDate>("whitMonday");
        QTest::addColumn<QDate>("goodFriday");
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20) << QDate(2025, 4, 21)
                              << QDate(2025, 5, 29) << QDate(2025, 6, 9) << QDate(2025, 4, 18);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5) << QDate(2026, 4, 6)
                              << QDate(2026, 5, 14) << QDate(2026, 5, 25) << QDate(2026, 4, 3);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28) << QDate(2027, 3, 29)
                              << QDate(2027, 5, 6) << QDate(2027, 5, 17) << QDate(2027, 3, 26);
        // Extremes of the Gregorian computus: earliest (22 March) and latest (25 April).
        QTest::newRow("2285 earliest")
            << 2285 << QDate(2285, 3, 22) << QDate(2285, 3, 23) << QDate(2285, 4, 30)
            << QDate(2285, 5, 11) << QDate(2285, 3, 20);
        QTest::newRow("2038 latest")
            << 2038 << QDate(2038, 4, 25) << QDate(2038, 4, 26) << QDate(2038, 6, 3)
            << QDate(2038, 6, 14) << QDate(2038, 4, 23);
    }

    void easterBasedDays_matchPublishedDates()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QFETCH(QDate, easterMonday);
        QFETCH(QDate, ascension);
        QFETCH(QDate, whitMonday);
        QFETCH(QDate, goodFriday);
        QCOMPARE(easterSunday(year), easter);
        QVERIFY(isPublicHoliday(easterMonday));
        QVERIFY(isPublicHoliday(ascension));
        QVERIFY(isPublicHoliday(whitMonday));
        QVERIFY(!isPublicHoliday(easter.addDays(2)));
        // Easter Sunday is a Sunday, not a holiday of its own in L3133-1.
        QVERIFY(!isPublicHoliday(easter));
        QCOMPARE(classify(easter), DayClass::SundayOrHoliday);
        // Good Friday only in Alsace-Moselle, and only with the structure's setting.
        QVERIFY(!isPublicHoliday(goodFriday));
        QVERIFY(!isPublicHoliday(goodFriday, u"57"_qs, false));
        QVERIFY(isPublicHoliday(goodFriday, u"57"_qs, true));
        QVERIFY(!isPublicHoliday(goodFriday, u"23"_qs, true));
    }

    // L3133-1: "1er janvier, lundi de Pâques, 1er mai, 8 mai, Ascension, lundi de Pentecôte,
    // 14 juillet, Assomption, Toussaint, 11 novembre, 25 décembre".
    void nationalList_hasElevenDaysInOrder()
    {
        const QList<QDate> expected { QDate(2026, 1, 1),   QDate(2026, 4, 6),  QDate(2026, 5, 1),
                                      QDate(2026, 5, 8),   QDate(2026, 5, 14), QDate(2026, 5, 25),
                                      QDate(2026, 7, 14),  QDate(2026, 8, 15), QDate(2026, 11, 1),
                                      QDate(2026, 11, 11), QDate(2026, 12, 25) };
        QCOMPARE(publicHolidays(2026), expected);
        QCOMPARE(publicHolidays(2026, u"23"_qs, true), expected);
    }

    // L3134-13, domain-facts.md: "Alsace-Moselle (57, 67, 68): 26 December, plus Good Friday
    // only in communes with a Protestant church or a shared (mixed) church."
    void alsaceMoselle_addsStStephenAndOptionallyGoodFriday_data()
    {
        QTest::addColumn<QString>("departement");
        QTest::addColumn<bool>("goodFriday");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("stStephen");
        QTest::newRow("Creuse") << u"23"_qs << false << 11 << false;
        QTest::newRow("Creuse, setting ignored") << u"23"_qs << true << 11 << false;
        QTest::newRow("Moselle") << u"57"_qs << false << 12 << true;
        QTest::newRow("Moselle, Good Friday") << u"57"_qs << true << 13 << true;
        QTest::newRow("Bas-Rhin") << u"67"_qs << false << 12 << true;
        QTest::newRow("Haut-Rhin, Good Friday") << u"68"_qs << true << 13 << true;
        QTest::newRow("Corse-du-Sud") << u"2A"_qs << true << 11 << false;
    }

    void alsaceMoselle_addsStStephenAndOptionallyGoodFriday()
    {
        QFETCH(QString, departement);
        QFETCH(bool, goodFriday);
        QFETCH(int, count);
        QFETCH(bool, stStephen);
        QCOMPARE(publicHolidays(2026, departement, goodFriday).size(), count);
        QCOMPARE(isPublicHoliday(QDate(2026, 12, 26), departement, goodFriday), stStephen);
        QCOMPARE(isPublicHoliday(QDate(2026, 4, 3), departement, goodFriday), count == 13);
    }

    void holidayName_isNamedOnlyOnHolidays()
    {
        QCOMPARE(holidayName(QDate(2026, 5, 14)), u"Ascension Day"_qs);
        QCOMPARE(holidayName(QDate(2026, 7, 14)), u"National Day"_qs);
        QCOMPARE(holidayName(QDate(2026, 12, 26), u"67"_qs), u"St Stephen's Day"_qs);
        QCOMPARE(holidayName(QDate(2026, 4, 3), u"57"_qs, true), u"Good Friday"_qs);
        QVERIFY(holidayName(QDate(2026, 12, 26)).isEmpty());
        QVERIFY(holidayName(QDate(2026, 11, 24)).isEmpty());
        QVERIFY(holidayName(QDate()).isEmpty());
    }

    // CPOM Creuse 2022, ANNEXE II indicators count interventions "en semaine" and "les
    // dimanches et jours fériés"; Saturday is a weekday.
    void classify_separatesSundaysAndHolidays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<bool>("goodFriday");
        QTest::addColumn<bool>("sundayOrHoliday");
        QTest::newRow("Monday") << QDate(2026, 11, 23) << u"23"_qs << false << false;
        QTest::newRow("Saturday") << QDate(2026, 11, 28) << u"23"_qs << false << false;
        QTest::newRow("Sunday") << QDate(2026, 11, 29) << u"23"_qs << false << true;
        QTest::newRow("Armistice on Wednesday") << QDate(2026, 11, 11) << u"23"_qs << false << true;
        QTest::newRow("Whit Monday") << QDate(2026, 5, 25) << u"23"_qs << false << true;
        QTest::newRow("26 Dec Creuse") << QDate(2026, 12, 26) << u"23"_qs << false << false;
        QTest::newRow("26 Dec Moselle") << QDate(2026, 12, 26) << u"57"_qs << false << true;
        QTest::newRow("Good Friday Moselle without setting")
            << QDate(2026, 4, 3) << u"57"_qs << false << false;
        QTest::newRow("Good Friday Moselle with setting")
            << QDate(2026, 4, 3) << u"57"_qs << true << true;
    }

    void classify_separatesSundaysAndHolidays()
    {
        QFETCH(QDate, date);
        QFETCH(QString, departement);
        QFETCH(bool, goodFriday);
        QFETCH(bool, sundayOrHoliday);
        QCOMPARE(classify(date, departement, goodFriday) == DayClass::SundayOrHoliday,
                 sundayOrHoliday);
    }

    void structureSetting_isUsed()
    {
        releve::domain::Structure s;
        s.departement = u"57"_qs;
        QCOMPARE(classify(QDate(2026, 4, 3), s), DayClass::Weekday);
        s.goodFridayHoliday = true;
        QCOMPARE(classify(QDate(2026, 4, 3), s), DayClass::SundayOrHoliday);
        QVERIFY(isPublicHoliday(QDate(2026, 12, 26), s));
    }

    // 2008: Ascension fell on 1 May; the date is listed once.
    void ascensionOnLabourDay_isListedOnce()
    {
        QCOMPARE(easterSunday(2008), QDate(2008, 3, 23));
        const QList<QDate> days = publicHolidays(2008);
        QCOMPARE(days.size(), 10);
        QCOMPARE(days.count(QDate(2008, 5, 1)), 1);
    }
};

QTEST_GUILESS_MAIN(TestHolidays)
#include "tst_holidays.moc"

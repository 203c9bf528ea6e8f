// Tests of core/rules/proration: CPOM Creuse 2022, ANNEXE V, "Proratisation des plans d'aide".
#include "core/rules/proration.h"

#include <QTest>

using namespace releve::rules;

class TestProration : public QObject
{
    Q_OBJECT

private slots:
    // "Les plans d'aide débutant ou se terminant en cours de mois seront proratisés en fonction
    // du nombre de jours durant lesquels un droit était ouvert. Exemple : pour une prestation de
    // 30 heures débutant le 10e jour d'un mois en comportant 30, le service pourra effectuer
    // 20 heures." The 10 first days are not covered (DESIGN.md): rights open from the 11th.
    void cpomExample_rightsFromThe11thOfA30DayMonth_gives20Hours()
    {
        const QDate november(2026, 11, 1);
        QCOMPARE(november.daysInMonth(), 30);
        QCOMPARE(openDays(november, QDate(2026, 11, 11), QDate()), 20);
        QCOMPARE(proratePlanMinutes(30 * 60, november, QDate(2026, 11, 11), QDate()), 20 * 60);
    }

    void proration_countsOpenDaysBothIncluded_data()
    {
        QTest::addColumn<int>("planMinutes");
        QTest::addColumn<QDate>("month");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("expected");
        const QDate nov(2026, 11, 15); // any day names the month
        QTest::newRow("whole month, open-ended") << 1800 << nov << QDate() << QDate() << 30 << 1800;
        QTest::newRow("rights opened before the month")
            << 1800 << nov << QDate(2026, 3, 1) << QDate(2027, 3, 1) << 30 << 1800;
        // The 10th itself covered: 21 days, the reading the CPOM's example does not take.
        QTest::newRow("from the 10th included")
            << 1800 << nov << QDate(2026, 11, 10) << QDate() << 21 << 1260;
        QTest::newRow("rights end on the 20th")
            << 1800 << nov << QDate() << QDate(2026, 11, 20) << 20 << 1200;
        QTest::newRow("one day") << 1800 << nov << QDate(2026, 11, 5) << QDate(2026, 11, 5) << 1
                                 << 60;
        QTest::newRow("rights end before the month")
            << 1800 << nov << QDate() << QDate(2026, 10, 31) << 0 << 0;
        QTest::newRow("rights open after the month")
            << 1800 << nov << QDate(2026, 12, 1) << QDate() << 0 << 0;
        // 31-day month: 30 h × 21 / 31 = 1219.35… min, rounded down to 1219.
        QTest::newRow("31-day month, rounded down")
            << 1800 << QDate(2026, 12, 1) << QDate(2026, 12, 11) << QDate() << 21 << 1219;
        // February of a leap year has 29 days: 29 h × 10 / 29 = 10 h.
        QTest::newRow("leap February")
            << 29 * 60 << QDate(2028, 2, 1) << QDate(2028, 2, 20) << QDate() << 10 << 600;
        QTest::newRow("February") << 28 * 60 << QDate(2027, 2, 1) << QDate(2027, 2, 19) << QDate()
                                  << 10 << 600;
        QTest::newRow("empty plan") << 0 << nov << QDate() << QDate() << 30 << 0;
    }

    void proration_countsOpenDaysBothIncluded()
    {
        QFETCH(int, planMinutes);
        QFETCH(QDate, month);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, days);
        QFETCH(int, expected);
        QCOMPARE(openDays(month, from, to), days);
        QCOMPARE(proratePlanMinutes(planMinutes, month, from, to), expected);
    }

    void invalidMonth_givesNothing()
    {
        QCOMPARE(proratePlanMinutes(1800, QDate(), QDate(), QDate()), 0);
    }
};

QTEST_GUILESS_MAIN(TestProration)
#include "tst_proration.moc"

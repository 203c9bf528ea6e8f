// Tests of core/rules/tariffs: rates with their sources (DESIGN.md, "Tariffs";
// reference/domain-facts.md) and money in integer cents.
#include "core/rules/tariffs.h"

#include <QLocale>
#include <QTest>

using namespace releve::rules;

class TestTariffs : public QObject
{
    Q_OBJECT

private slots:
    // domain-facts.md, "National minimum hourly rate (tarif plancher), APA and PCH":
    // "2022 | €22.00", "2023 | €23.00", "2024 | €23.50 — confirmed", "2025 | €24.58".
    void nationalMinimum_byYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("2022") << 2022 << qint64(2200);
        QTest::newRow("2023") << 2023 << qint64(2300);
        QTest::newRow("2024") << 2024 << qint64(2350);
        QTest::newRow("2025") << 2025 << qint64(2458);
        QTest::newRow("2026 keeps the latest known") << 2026 << qint64(2458);
    }

    void nationalMinimum_byYear()
    {
        QFETCH(int, year);
        QFETCH(qint64, cents);
        QCOMPARE(nationalMinimumHourlyRateCents(year), std::optional<qint64>(cents));
    }

    void nationalMinimum_noneBefore2022()
    {
        QVERIFY(!nationalMinimumHourlyRateCents(2021).has_value());
    }

    void constants_matchTheirSources()
    {
        // CPOM Creuse 2022: tarif horaire 22,22 €; IDCC 2941 avenant 50-2022: 0,38 €/km;
        // CPOM estimates: 0,40 €/km.
        static_assert(creuseHourlyRateCents == 2222);
        static_assert(branchKmRateCents == 38);
        static_assert(cpomKmRateCents == 40);
        static_assert(amountForMinutes(60, creuseHourlyRateCents) == 2222);
    }

    void amountForMinutes_roundsHalfUpToTheCent_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("one hour") << qint64(60) << qint64(2222) << qint64(2222);
        // CPOM example: 9 h 00 + 55 minutes at 22,22 €: 2036.83… → 2037.
        QTest::newRow("55 min at 22.22") << qint64(55) << qint64(2222) << qint64(2037);
        QTest::newRow("30 min at 22.22") << qint64(30) << qint64(2222) << qint64(1111);
        // 1 min at 23.50 €: 39.1666… → 39; 1 min at 24.58 €: 40.966… → 41.
        QTest::newRow("1 min at 23.50") << qint64(1) << qint64(2350) << qint64(39);
        QTest::newRow("1 min at 24.58") << qint64(1) << qint64(2458) << qint64(41);
        // Exactly half a cent goes up: 1 min at 0.30 €/h = 0.5 cent → 1.
        QTest::newRow("half a cent up") << qint64(1) << qint64(30) << qint64(1);
        QTest::newRow("below half a cent") << qint64(1) << qint64(29) << qint64(0);
        QTest::newRow("a month of 151 h 40") << qint64(9100) << qint64(2222) << qint64(337003);
        QTest::newRow("correction, negative") << qint64(-55) << qint64(2222) << qint64(-2037);
    }

    void amountForMinutes_roundsHalfUpToTheCent()
    {
        QFETCH(qint64, minutes);
        QFETCH(qint64, rate);
        QFETCH(qint64, cents);
        QCOMPARE(amountForMinutes(minutes, rate), cents);
    }

    void kilometres_areExact()
    {
        QCOMPARE(amountForKilometres(37, branchKmRateCents), qint64(1406));
        QCOMPARE(amountForKilometres(37, cpomKmRateCents), qint64(1480));
    }

    void formatEuros_followsTheLocale_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("french");
        QTest::addColumn<QString>("english");
        const QString nbsp(QChar(0x00A0));
        const QString nnbsp(QChar(0x202F));
        QTest::newRow("tariff") << qint64(2222) << (u"22,22"_qs + nbsp + u"€"_qs) << u"€22.22"_qs;
        QTest::newRow("km rate") << qint64(38) << (u"0,38"_qs + nbsp + u"€"_qs) << u"€0.38"_qs;
        QTest::newRow("five cents") << qint64(5) << (u"0,05"_qs + nbsp + u"€"_qs) << u"€0.05"_qs;
        QTest::newRow("thousands")
            << qint64(337003) << (u"3"_qs + nnbsp + u"370,03"_qs + nbsp + u"€"_qs)
            << u"€3,370.03"_qs;
    }

    void formatEuros_followsTheLocale()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, french);
        QFETCH(QString, english);
        QCOMPARE(formatEuros(cents, QLocale(QLocale::French, QLocale::France)), french);
        QCOMPARE(formatEuros(cents, QLocale(QLocale::English, QLocale::UnitedKingdom)), english);
        // Same text as QLocale's own currency formatting, without floating point.
        QCOMPARE(
            formatEuros(cents, QLocale(QLocale::French, QLocale::France)),
            QLocale(QLocale::French, QLocale::France).toCurrencyString(cents / 100.0, u"€"_qs));
    }
};

QTEST_GUILESS_MAIN(TestTariffs)
#include "tst_tariffs.moc"

// Tests of core/rules/rounding: CPOM Creuse 2022, ANNEXE V, "Règles d'arrondi".
#include "core/rules/rounding.h"

#include <QTest>
#include <QTimeZone>

using namespace releve::rules;

class TestRounding : public QObject
{
    Q_OBJECT

private:
    static QDateTime paris(int day, int hour, int minute, int second = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second),
                         QTimeZone(QByteArrayLiteral("Europe/Paris")));
    }

private slots:
    // "Exemple : Intervention commencée à 9 h 02 et terminée à 9 h 58 […] Si on arrondi l'heure
    // de début et la durée, on aura 9 h 00 + 55 minutes, Soit 9 h 00 - 9 h 55 enregistrée"
    void cpomExample_recordsNineOClockPlus55Minutes()
    {
        const RoundedTimestamp r = roundTimestamp(paris(23, 9, 2), paris(23, 9, 58));
        QVERIFY(r.isValid());
        QCOMPARE(r.roundedStart, paris(23, 9, 0));
        QCOMPARE(r.roundedMinutes, 55);
        QCOMPARE(r.roundedEnd, paris(23, 9, 55));
    }

    // Règle 1: "l'heure de début d'intervention est arrondie aux 5 minutes. Les minutes 1 et 2
    // sont arrondies à 0, les minutes 3 et 4 sont arrondies à 5, les minutes 6 et 7 sont
    // arrondies à 5, les minutes 8 et 9 sont arrondies à 0 (supérieur), les minutes 0 et 5
    // sont conservées telles quelles."
    void start_roundsToNearestFiveMinutes_data()
    {
        QTest::addColumn<QTime>("arrival");
        QTest::addColumn<QDateTime>("expected");
        const auto day = [](int h, int m) {
            return paris(23, h, m);
        };
        QTest::newRow("minute 0 kept") << QTime(9, 0) << day(9, 0);
        QTest::newRow("minute 1 to 0") << QTime(9, 1) << day(9, 0);
        QTest::newRow("minute 2 to 0") << QTime(9, 2) << day(9, 0);
        QTest::newRow("minute 3 to 5") << QTime(9, 3) << day(9, 5);
        QTest::newRow("minute 4 to 5") << QTime(9, 4) << day(9, 5);
        QTest::newRow("minute 5 kept") << QTime(9, 5) << day(9, 5);
        QTest::newRow("minute 6 to 5") << QTime(9, 6) << day(9, 5);
        QTest::newRow("minute 7 to 5") << QTime(9, 7) << day(9, 5);
        QTest::newRow("minute 8 to 10") << QTime(9, 8) << day(9, 10);
        QTest::newRow("minute 9 to 10") << QTime(9, 9) << day(9, 10);
        QTest::newRow("minute 41 to 40") << QTime(9, 41) << day(9, 40);
        QTest::newRow("minute 44 to 45") << QTime(9, 44) << day(9, 45);
        // "les minutes 8 et 9 sont arrondies à 0 (supérieur)": to the next hour.
        QTest::newRow("09:58 to 10:00") << QTime(9, 58) << day(10, 0);
        QTest::newRow("09:59 to 10:00") << QTime(9, 59) << day(10, 0);
        QTest::newRow("09:57 to 09:55") << QTime(9, 57) << day(9, 55);
        // "Seconds are dropped before rounding" (DESIGN.md): 09:02:59 is minute 2.
        QTest::newRow("seconds dropped") << QTime(9, 2, 59) << day(9, 0);
        QTest::newRow("seconds dropped at 7") << QTime(9, 7, 59, 999) << day(9, 5);
    }

    void start_roundsToNearestFiveMinutes()
    {
        QFETCH(QTime, arrival);
        QFETCH(QDateTime, expected);
        const QDateTime a(QDate(2026, 11, 23), arrival,
                          QTimeZone(QByteArrayLiteral("Europe/Paris")));
        const RoundedTimestamp r = roundTimestamp(a, a.addSecs(3600));
        QCOMPARE(r.roundedStart, expected);
        QCOMPARE(r.roundedStart.time().second(), 0);
        QCOMPARE(r.roundedStart.time().msec(), 0);
    }

    void startAt2358_roundsToMidnightOfNextDay()
    {
        const RoundedTimestamp r = roundTimestamp(paris(23, 23, 58), paris(24, 0, 30));
        QCOMPARE(r.roundedStart, paris(24, 0, 0));
        QCOMPARE(r.roundedMinutes, 30); // 32 raw minutes
        QCOMPARE(r.roundedEnd, paris(24, 0, 30));
    }

    void utcInstants_roundLikeLocalTime()
    {
        // Paris is UTC+1 in November: the minute of the hour is the same in UTC.
        const QDateTime arrival = paris(23, 9, 2).toUTC();
        const RoundedTimestamp r = roundTimestamp(arrival, paris(23, 9, 58).toUTC());
        QCOMPARE(r.roundedStart.timeSpec(), Qt::UTC);
        QCOMPARE(r.roundedStart, paris(23, 9, 0));
        QCOMPARE(r.roundedEnd, paris(23, 9, 55));
    }

    // Règle 2: "la durée brute de l'intervention est arrondie aux 5 minutes."
    void duration_roundsToNearestFiveMinutes_data()
    {
        QTest::addColumn<int>("rawMinutes");
        QTest::addColumn<int>("expected");
        for (int m = 0; m < 10; ++m) {
            const int expected = m <= 2 ? 0 : m <= 7 ? 5 : 10;
            QTest::addRow("60 + %d", m) << 60 + m << 60 + expected;
        }
        QTest::newRow("cpom 56 minutes") << 56 << 55;
        QTest::newRow("zero") << 0 << 0;
        QTest::newRow("two minutes") << 2 << 0;
    }

    void duration_roundsToNearestFiveMinutes()
    {
        QFETCH(int, rawMinutes);
        QFETCH(int, expected);
        QCOMPARE(roundToFiveMinutes(rawMinutes), expected);
        // The start is on a multiple of 5 so only the duration rounds.
        const QDateTime arrival = paris(23, 10, 0);
        const RoundedTimestamp r = roundTimestamp(arrival, arrival.addSecs(rawMinutes * 60));
        QCOMPARE(r.roundedMinutes, expected);
        QCOMPARE(r.roundedEnd, arrival.addSecs(expected * 60));
    }

    void duration_dropsSecondsOfBothTimeStamps()
    {
        // 09:02:50–09:58:10 reads 09:02–09:58 on the device: 56 raw minutes, 55 rounded.
        const RoundedTimestamp r = roundTimestamp(paris(23, 9, 2, 50), paris(23, 9, 58, 10));
        QCOMPARE(r.roundedMinutes, 55);
        QCOMPARE(r.roundedEnd, paris(23, 9, 55));
    }

    void endIsStartPlusDuration_notRoundedEnd()
    {
        // Rounding the end instead would give 09:05–10:00; the CPOM rounds the duration.
        const RoundedTimestamp r = roundTimestamp(paris(23, 9, 3), paris(23, 9, 58));
        QCOMPARE(r.roundedStart, paris(23, 9, 5));
        QCOMPARE(r.roundedMinutes, 55);
        QCOMPARE(r.roundedEnd, paris(23, 10, 0));
    }

    void departureBeforeArrival_isInvalid()
    {
        QVERIFY(!roundTimestamp(paris(23, 10, 0), paris(23, 9, 0)).isValid());
        QVERIFY(!roundTimestamp(QDateTime(), paris(23, 9, 0)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRounding)
#include "tst_rounding.moc"

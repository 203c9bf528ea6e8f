// Tests of core/contracts/statement: the monthly statement of a contract, checked to the cent
// against amounts computed by hand over May 2026, a month with public holidays and Sundays.
#include "core/contracts/statement.h"

#include "contractfixtures.h"
#include "core/contracts/hoursdone.h"

#include <QTest>

using namespace releve;
using namespace releve::contracts;
using namespace releve::domain;

class TestStatement : public QObject
{
    Q_OBJECT

private:
    static QList<InterventionRecord> mayRecords()
    {
        const Contract contract = testing::mayContract();
        QList<InterventionRecord> records;
        for (const testing::MayStamp &s : testing::mayStamps()) {
            const auto record = recordHours(
                contract, testing::uuid(s.intervention), testing::paris(s.day, s.arrival),
                testing::paris(s.day, s.departure), s.kilometres,
                s.byHand ? HoursSource::Hand : HoursSource::TimeStamping,
                testing::uuid(100 + s.intervention));
            if (!record)
                qFatal("%s", qPrintable(record.error().toString()));
            records.append(*record);
        }
        // Another contract's record on Tuesday 5 May: not on this statement.
        InterventionRecord other = records.at(4);
        other.id = testing::uuid(199);
        other.contractId = testing::uuid(501);
        other.arrival = testing::paris(QDate(2026, 5, 5), QTime(9, 0));
        other.departure = testing::paris(QDate(2026, 5, 5), QTime(11, 0));
        other.roundedStart = other.arrival;
        other.roundedMinutes = 120;
        records.append(other);
        return records;
    }

private slots:
    // Rounding (CPOM Creuse 2022, ANNEXE V: start and duration to the nearest 5 minutes, "les
    // minutes 1 et 2 sont arrondies à 0, 3 et 4 à 5, 6 et 7 à 5, 8 et 9 à la dizaine
    // supérieure") and day class (Code du travail L3133-1; Easter 2026 = 5 April, so Ascension
    // = 14 May, Whit Monday = 25 May), line by line, in Paris time:
    //
    //  day              stamped       rounded            class     km
    //  Thu 30 Apr       20:00–21:00   (April: not on the statement)
    //  Fri  1 May (hol) 00:31–01:29   00:30 + 60 (58→60)  holiday    0   UTC: 30 Apr 22:31
    //  Fri  1 May (hol) 09:02–09:58   09:00 + 55 (56→55)  holiday   12   the CPOM's example
    //  Sun  3 May       18:07–19:01   18:05 + 55 (54→55)  Sunday     8
    //  Mon  4 May       08:58–10:31   09:00 + 95 (93→95)  weekday   12
    //  Fri  8 May (hol) no time stamp: listed, not invoiced
    //  Wed 13 May       14:04–16:06   14:05 + 120 (122→120) weekday  6
    //  Thu 14 May (Asc) 08:00–09:00   08:00 + 60          holiday    0
    //  Mon 25 May (Whit) 10:00–11:12  10:00 + 70 (72→70)  holiday    3
    //  Sat 30 May       13:03–15:44   13:05 + 160 (161→160) weekday 15   typed by hand
    //  Mon  1 Jun       00:30–01:00   (June in Paris, although 31 May 22:30 in UTC)
    void mayStatement_linesAreRoundedAndClassified()
    {
        const Statement s
            = Statement::build(testing::mayContract(), mayRecords(), 2026, 5, { u"23"_qs });
        struct Expected
        {
            int intervention;
            QTime roundedStart;
            int minutes;
            rules::DayClass dayClass;
            bool holiday;
            int kilometres;
        };
        const auto holiday = rules::DayClass::SundayOrHoliday;
        const auto weekday = rules::DayClass::Weekday;
        const QList<Expected> expected {
            { 11, QTime(0, 30), 60, holiday, true, 0 },
            { 12, QTime(9, 0), 55, holiday, true, 12 },
            { 13, QTime(18, 5), 55, holiday, false, 8 },
            { 14, QTime(9, 0), 95, weekday, false, 12 },
            { 16, QTime(14, 5), 120, weekday, false, 6 },
            { 17, QTime(8, 0), 60, holiday, true, 0 },
            { 18, QTime(10, 0), 70, holiday, true, 3 },
            { 19, QTime(13, 5), 160, weekday, false, 15 },
        };
        QCOMPARE(s.lines.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const StatementLine &line = s.lines.at(i);
            const Expected &e = expected.at(i);
            QCOMPARE(line.interventionId, testing::uuid(e.intervention));
            QCOMPARE(line.roundedStart.toTimeZone(rules::parisTimeZone()).time(), e.roundedStart);
            QCOMPARE(line.minutes, e.minutes);
            QCOMPARE(line.roundedEnd, line.roundedStart.addSecs(e.minutes * 60));
            QCOMPARE(line.dayClass, e.dayClass);
            QCOMPARE(line.holiday, e.holiday);
            QCOMPARE(line.kilometres, e.kilometres);
            QCOMPARE(line.corrected, e.intervention == 19);
            QVERIFY(line.plannedStart.isValid());
        }
        // Raw times are kept beside the rounded ones.
        QCOMPARE(s.lines.at(1).arrival, testing::paris(QDate(2026, 5, 1), QTime(9, 2)));
        QCOMPARE(s.lines.at(1).departure, testing::paris(QDate(2026, 5, 1), QTime(9, 58)));
        QCOMPARE(s.lines.first().day, QDate(2026, 5, 1));
        // Friday 8 May was planned and not stamped.
        QCOMPARE(s.unrecorded.size(), 1);
        QCOMPARE(s.unrecorded.first().id, testing::uuid(15));
    }

    // The totals, to the cent (amounts in integer cents, half a cent rounded up, each priced
    // quantity rounded once; rules::amountForMinutes):
    //   weekday hours        95 + 120 + 160          = 375 min = 6 h 15
    //   weekday amount       375 × 2222 / 60 = 833 250 / 60 = 13 887.5 → 13 888 c = 138,88 €
    //   Sunday/holiday hours 60 + 55 + 55 + 60 + 70  = 300 min = 5 h 00
    //   Sunday/holiday amt   300 × 2222 / 60 = 666 600 / 60 = 11 110   →          111,10 €
    //   kilometres           0 + 12 + 8 + 12 + 6 + 0 + 3 + 15 = 56 km
    //   kilometre amount     56 × 38 = 2 128 c                          =          21,28 €
    //   total                13 888 + 11 110 + 2 128 = 27 126 c         =         271,26 €
    void mayStatement_totalsAreExactToTheCent()
    {
        const Statement s
            = Statement::build(testing::mayContract(), mayRecords(), 2026, 5, { u"23"_qs });
        QCOMPARE(s.weekdayMinutes, 375);
        QCOMPARE(s.sundayHolidayMinutes, 300);
        QCOMPARE(s.totalMinutes(), 675);
        QCOMPARE(s.weekdayAmountCents, qint64(13888));
        QCOMPARE(s.sundayHolidayAmountCents, qint64(11110));
        QCOMPARE(s.hoursAmountCents(), qint64(24998));
        QCOMPARE(s.kilometres, 56);
        QCOMPARE(s.kilometresAmountCents, qint64(2128));
        QCOMPARE(s.totalCents(), qint64(27126));
        QCOMPARE(s.correctedCount, 1);
        QCOMPARE(s.firstDay(), QDate(2026, 5, 1));
        QCOMPARE(s.lastDay(), QDate(2026, 5, 31));
    }

    void monthBoundaries_followParisTime()
    {
        // April holds the 30 April record only; June the 1 June one (31 May 22:30 UTC).
        const QList<InterventionRecord> records = mayRecords();
        const Statement april
            = Statement::build(testing::mayContract(), records, 2026, 4, { u"23"_qs });
        QCOMPARE(april.lines.size(), 1);
        QCOMPARE(april.lines.first().interventionId, testing::uuid(10));
        QCOMPARE(april.weekdayMinutes, 60);
        QCOMPARE(april.kilometres, 4);
        const Statement june
            = Statement::build(testing::mayContract(), records, 2026, 6, { u"23"_qs });
        QCOMPARE(june.lines.size(), 1);
        QCOMPARE(june.lines.first().interventionId, testing::uuid(20));
        QCOMPARE(june.lines.first().day, QDate(2026, 6, 1));
        QVERIFY(june.unrecorded.isEmpty());
    }

    // L3134-13: in Moselle, Bas-Rhin and Haut-Rhin 26 December is a public holiday, Good Friday
    // too in communes with a Protestant or mixed church; the place of work counts.
    void alsaceMoselle_addsItsHolidays()
    {
        Contract c = testing::mayContract();
        c.interventions = { { testing::uuid(30), testing::paris(QDate(2026, 12, 26), QTime(9, 0)),
                              testing::paris(QDate(2026, 12, 26), QTime(10, 0)) } };
        const auto record = recordHours(c, testing::uuid(30), c.interventions.first().start,
                                        c.interventions.first().end, 0, HoursSource::TimeStamping);
        QVERIFY(record.ok());
        // Saturday 26 December 2026.
        const Statement creuse = Statement::build(c, { *record }, 2026, 12, { u"23"_qs });
        QCOMPARE(creuse.weekdayMinutes, 60);
        QCOMPARE(creuse.sundayHolidayMinutes, 0);
        const Statement moselle = Statement::build(c, { *record }, 2026, 12, { u"57"_qs });
        QCOMPARE(moselle.weekdayMinutes, 0);
        QCOMPARE(moselle.sundayHolidayMinutes, 60);
        QVERIFY(moselle.lines.first().holiday);
        // Good Friday 3 April 2026 (Easter 5 April), only with the commune setting.
        c.interventions.first().start = testing::paris(QDate(2026, 4, 3), QTime(9, 0));
        c.interventions.first().end = testing::paris(QDate(2026, 4, 3), QTime(10, 0));
        const auto friday = recordHours(c, testing::uuid(30), c.interventions.first().start,
                                        c.interventions.first().end, 0, HoursSource::TimeStamping);
        QVERIFY(friday.ok());
        QCOMPARE(Statement::build(c, { *friday }, 2026, 4, { u"67"_qs, false }).weekdayMinutes, 60);
        QCOMPARE(Statement::build(c, { *friday }, 2026, 4, { u"67"_qs, true }).sundayHolidayMinutes,
                 60);
    }

    void recordWithoutRounding_isRoundedForTheStatement()
    {
        InterventionRecord r = mayRecords().at(2); // 1 May 09:02–09:58
        r.roundedStart = QDateTime();
        r.roundedMinutes = 0;
        const Statement s = Statement::build(testing::mayContract(), { r }, 2026, 5, { u"23"_qs });
        QCOMPARE(s.lines.size(), 1);
        QCOMPARE(s.lines.first().minutes, 55);
        QCOMPARE(s.lines.first().roundedStart, testing::paris(QDate(2026, 5, 1), QTime(9, 0)));
        // 55 × 2222 / 60 = 122 210 / 60 = 2 036.83… → 2 037 c (rules/tariffs.h example).
        QCOMPARE(s.sundayHolidayAmountCents, qint64(2037));
    }

    void emptyMonth_isAStatementOfZero()
    {
        const Statement s
            = Statement::build(testing::mayContract(), mayRecords(), 2026, 7, { u"23"_qs });
        QVERIFY(s.lines.isEmpty());
        QVERIFY(s.unrecorded.isEmpty());
        QCOMPARE(s.totalCents(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"

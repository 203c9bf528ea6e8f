// Tests of core/rules/labourlimits: IDCC 2941 rest and span limits and the worker's weekly
// ceiling, as quoted in reference/domain-facts.md, "Collective agreements".
#include "core/domain/staffmember.h"
#include "core/rules/labourlimits.h"

#include <QTest>

using namespace releve::rules;
using releve::domain::Intervention;
using releve::domain::TimeRange;

class TestLabourLimits : public QObject
{
    Q_OBJECT

private:
    static QDateTime paris(const QDate &day, const QTime &time)
    {
        return QDateTime(day, time, QTimeZone(QByteArrayLiteral("Europe/Paris")));
    }
    static TimeRange work(const QDate &day, const QTime &from, const QTime &to)
    {
        QDateTime end = paris(day, to);
        if (end <= paris(day, from))
            end = end.addDays(1);
        return { paris(day, from).toUTC(), end.toUTC() };
    }
    static Intervention proposal(const QString &id, const QDate &day, const QTime &from,
                                 const QTime &to)
    {
        const TimeRange r = work(day, from, to);
        return { id, r.start, r.end };
    }
    static QStringList codes(const QList<Warning> &warnings)
    {
        QStringList result;
        for (const Warning &w : warnings)
            result.append(w.code + u':' + w.interventionId);
        return result;
    }

private slots:
    // IDCC 2941, legifrance KALIARTI000033116262: "11 h daily; […] max 6 consecutive days";
    // span "12 h" (2000 working-time accord, ASH no. 2204).
    void limits_warnWhereAProposalTakesPart_data()
    {
        QTest::addColumn<QList<TimeRange>>("known");
        QTest::addColumn<QList<Intervention>>("proposed");
        QTest::addColumn<QStringList>("expected");
        const QDate mon(2026, 11, 23);
        const QDate tue = mon.addDays(1);

        QTest::newRow("nothing known")
            << QList<TimeRange>()
            << QList<Intervention> { proposal(u"p"_qs, mon, QTime(8, 0), QTime(12, 0)) }
            << QStringList();
        // 21:00 → 08:00 is 11 h: allowed; 21:00 → 07:30 is 10 h 30: too short.
        QTest::newRow("rest of exactly 11 h")
            << QList<TimeRange> { work(mon, QTime(18, 0), QTime(21, 0)) }
            << QList<Intervention> { proposal(u"p"_qs, tue, QTime(8, 0), QTime(10, 0)) }
            << QStringList();
        QTest::newRow("rest of 10 h 30")
            << QList<TimeRange> { work(mon, QTime(18, 0), QTime(21, 0)) }
            << QList<Intervention> { proposal(u"p"_qs, tue, QTime(7, 30), QTime(10, 0)) }
            << QStringList { u"daily_rest:p"_qs };
        QTest::newRow("rest shortened by the proposal the evening before")
            << QList<TimeRange> { work(tue, QTime(7, 0), QTime(10, 0)) }
            << QList<Intervention> { proposal(u"p"_qs, mon, QTime(19, 0), QTime(21, 0)) }
            << QStringList { u"daily_rest:p"_qs };
        // 07:00 → 19:00 is 12 h: allowed; 07:00 → 20:00 is 13 h.
        QTest::newRow("span of 12 h")
            << QList<TimeRange> { work(mon, QTime(7, 0), QTime(9, 0)) }
            << QList<Intervention> { proposal(u"p"_qs, mon, QTime(17, 0), QTime(19, 0)) }
            << QStringList();
        QTest::newRow("span of 13 h")
            << QList<TimeRange> { work(mon, QTime(7, 0), QTime(9, 0)) }
            << QList<Intervention> { proposal(u"p"_qs, mon, QTime(18, 0), QTime(20, 0)) }
            << QStringList { u"daily_span:p"_qs };
        QTest::newRow("overlap with a commitment")
            << QList<TimeRange> { work(mon, QTime(8, 0), QTime(10, 0)) }
            << QList<Intervention> { proposal(u"p"_qs, mon, QTime(9, 30), QTime(11, 0)) }
            << QStringList { u"overlap:p"_qs };
        QTest::newRow("back to back is no overlap")
            << QList<TimeRange> { work(mon, QTime(8, 0), QTime(10, 0)) }
            << QList<Intervention> { proposal(u"p"_qs, mon, QTime(10, 0), QTime(11, 0)) }
            << QStringList();

        // Six days known (Monday–Saturday): a Sunday proposal is the 7th in a row.
        QList<TimeRange> sixDays;
        for (int d = 0; d < 6; ++d)
            sixDays.append(work(mon.addDays(d), QTime(9, 0), QTime(12, 0)));
        QTest::newRow("7th consecutive day")
            << sixDays
            << QList<Intervention> { proposal(u"p"_qs, mon.addDays(6), QTime(9, 0), QTime(12, 0)) }
            << QStringList { u"consecutive_days:p"_qs };
        QTest::newRow("after a day off")
            << sixDays
            << QList<Intervention> { proposal(u"p"_qs, mon.addDays(7), QTime(9, 0), QTime(12, 0)) }
            << QStringList();
        QTest::newRow("known excess is not the proposal's")
            << (QList<TimeRange>(sixDays) << work(mon.addDays(6), QTime(9, 0), QTime(12, 0)))
            << QList<Intervention> { proposal(u"p"_qs, mon.addDays(10), QTime(9, 0), QTime(12, 0)) }
            << QStringList();

        // Weekly ceiling of 35 h: 32 h known + 3 h = 35 h allowed; + 4 h = 36 h is above.
        QList<TimeRange> week;
        for (int d = 0; d < 4; ++d)
            week.append(work(mon.addDays(d), QTime(9, 0), QTime(17, 0)));
        QTest::newRow("week at the ceiling")
            << week
            << QList<Intervention> { proposal(u"p"_qs, mon.addDays(4), QTime(9, 0), QTime(12, 0)) }
            << QStringList();
        QTest::newRow("week above the ceiling")
            << week
            << QList<Intervention> { proposal(u"p"_qs, mon.addDays(4), QTime(9, 0), QTime(13, 0)) }
            << QStringList { u"weekly_ceiling:p"_qs };
        QTest::newRow("next week has its own total")
            << week
            << QList<Intervention> { proposal(u"p"_qs, mon.addDays(7), QTime(9, 0), QTime(13, 0)) }
            << QStringList();
    }

    void limits_warnWhereAProposalTakesPart()
    {
        QFETCH(QList<TimeRange>, known);
        QFETCH(QList<Intervention>, proposed);
        QFETCH(QStringList, expected);
        const QList<Warning> warnings = checkLabourLimits(known, proposed);
        QCOMPARE(codes(warnings), expected);
        for (const Warning &w : warnings) {
            QCOMPARE(w.severity, Severity::Warning);
            QVERIFY(!w.message.isEmpty());
        }
    }

    void days_areLocalDays()
    {
        // 00:30 Tuesday in Paris is 23:30 Monday in UTC: the proposal is on Tuesday, so the
        // rest after Monday 17:00 is 7 h 30, and the Monday span is not lengthened.
        const QDate mon(2026, 11, 23);
        const QList<TimeRange> known { work(mon, QTime(7, 0), QTime(17, 0)) };
        const QList<Intervention> proposed { proposal(u"p"_qs, mon.addDays(1), QTime(0, 30),
                                                      QTime(1, 30)) };
        QCOMPARE(proposed.first().start.date(), mon);
        QCOMPARE(codes(checkLabourLimits(known, proposed)), QStringList { u"daily_rest:p"_qs });
    }

    void staffCeiling_isUsed()
    {
        releve::domain::StaffMember staff;
        staff.weeklyHoursCeiling = 10;
        const LabourLimits limits = LabourLimits::of(staff);
        QCOMPARE(limits.weeklyCeilingMinutes, 600);
        const QDate mon(2026, 11, 23);
        const QList<Intervention> proposed { proposal(u"a"_qs, mon, QTime(8, 0), QTime(14, 0)),
                                             proposal(u"b"_qs, mon.addDays(1), QTime(8, 0),
                                                      QTime(14, 0)) };
        QCOMPARE(codes(checkLabourLimits({}, proposed, limits)),
                 QStringList { u"weekly_ceiling:a"_qs });
    }
};

QTEST_GUILESS_MAIN(TestLabourLimits)
#include "tst_labourlimits.moc"

// Tests of core/rules/interventionchecks and warning: amplitude and minimum duration
// (DESIGN.md, "Amplitude and minimum duration"), Sundays and holidays (L3133-1), hospital stay
// (R232-32), and overrides that never silently change anything.
#include "core/domain/structure.h"
#include "core/rules/interventionchecks.h"

#include <QTest>

using namespace releve::rules;
using releve::domain::Intervention;

class TestInterventionChecks : public QObject
{
    Q_OBJECT

private:
    static QDateTime paris(const QDate &day, const QTime &time)
    {
        return QDateTime(day, time, QTimeZone(QByteArrayLiteral("Europe/Paris")));
    }
    static Intervention intervention(const QDate &day, const QTime &from, const QTime &to,
                                     const QString &id = u"i1"_qs)
    {
        const QDateTime start = paris(day, from);
        QDateTime end = paris(day, to);
        if (end <= start)
            end = end.addDays(1);
        return { id, start.toUTC(), end.toUTC() };
    }
    static QStringList codes(const QList<Warning> &warnings)
    {
        QStringList result;
        for (const Warning &w : warnings)
            result.append(w.code);
        return result;
    }

private slots:
    // DESIGN.md: "an intervention outside the structure's amplitude (LABEL VIE: 07:00–21:00)
    // or shorter than its minimum (1 h, 30 min as an exception) is a warning the coordinator
    // can override with a reason, never a silent change."
    void checks_raiseTheExpectedWarnings_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QTime>("from");
        QTest::addColumn<QTime>("to");
        QTest::addColumn<QStringList>("expected");
        const QDate monday(2026, 11, 23);
        const QString amplitude = warningcode::outsideAmplitude;
        const QString minimum = warningcode::belowMinimum;
        QTest::newRow("inside") << monday << QTime(8, 0) << QTime(12, 0) << QStringList();
        QTest::newRow("exactly the amplitude")
            << monday << QTime(7, 0) << QTime(21, 0) << QStringList();
        QTest::newRow("starts 06:45")
            << monday << QTime(6, 45) << QTime(8, 0) << QStringList { amplitude };
        QTest::newRow("ends 21:15")
            << monday << QTime(20, 0) << QTime(21, 15) << QStringList { amplitude };
        QTest::newRow("night past midnight")
            << monday << QTime(22, 0) << QTime(6, 0) << QStringList { amplitude };
        QTest::newRow("one hour") << monday << QTime(9, 0) << QTime(10, 0) << QStringList();
        QTest::newRow("30 min exception")
            << monday << QTime(9, 0) << QTime(9, 30) << QStringList { minimum };
        QTest::newRow("short and early")
            << monday << QTime(6, 30) << QTime(7, 0) << QStringList { amplitude, minimum };
        QTest::newRow("Sunday") << QDate(2026, 11, 29) << QTime(9, 0) << QTime(10, 0)
                                << QStringList { warningcode::sunday };
        QTest::newRow("Armistice") << QDate(2026, 11, 11) << QTime(9, 0) << QTime(10, 0)
                                   << QStringList { warningcode::publicHoliday };
        QTest::newRow("Christmas on Friday") << QDate(2026, 12, 25) << QTime(9, 0) << QTime(10, 0)
                                             << QStringList { warningcode::publicHoliday };
        QTest::newRow("26 Dec in Creuse")
            << QDate(2026, 12, 26) << QTime(9, 0) << QTime(10, 0) << QStringList();
    }

    void checks_raiseTheExpectedWarnings()
    {
        QFETCH(QDate, day);
        QFETCH(QTime, from);
        QFETCH(QTime, to);
        QFETCH(QStringList, expected);
        InterventionSettings settings;
        settings.departement = u"23"_qs;
        const QList<Warning> warnings = checkIntervention(intervention(day, from, to), settings);
        QCOMPARE(codes(warnings), expected);
        for (const Warning &w : warnings) {
            QCOMPARE(w.interventionId, u"i1"_qs);
            QVERIFY(!w.message.isEmpty());
        }
    }

    void amplitude_isLocalTimeAcrossDaylightSaving()
    {
        // 07:30 in Paris is 05:30 UTC in summer and 06:30 UTC in winter: inside both times.
        QVERIFY(checkIntervention(intervention(QDate(2026, 7, 6), QTime(7, 30), QTime(9, 0)))
                    .isEmpty());
        QVERIFY(checkIntervention(intervention(QDate(2026, 1, 5), QTime(7, 30), QTime(9, 0)))
                    .isEmpty());
    }

    void sundayAndHoliday_areInformationOnly()
    {
        const auto warnings
            = checkIntervention(intervention(QDate(2026, 5, 14), QTime(9, 0), QTime(10, 0)));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().severity, Severity::Info);
        QVERIFY(warnings.first().message.contains(u"Ascension Day"_qs));
        QVERIFY(pendingWarnings(warnings).isEmpty());
    }

    void structureSettings_areUsed()
    {
        releve::domain::Structure s;
        s.amplitudeStart = QTime(6, 0);
        s.amplitudeEnd = QTime(22, 0);
        s.minInterventionMinutes = 30;
        s.departement = u"57"_qs;
        s.goodFridayHoliday = true;
        const InterventionSettings settings = InterventionSettings::of(s);
        QVERIFY(checkIntervention(intervention(QDate(2026, 11, 23), QTime(6, 15), QTime(6, 45)),
                                  settings)
                    .isEmpty());
        QCOMPARE(codes(checkIntervention(intervention(QDate(2026, 4, 3), QTime(9, 0), QTime(10, 0)),
                                         settings)),
                 QStringList { warningcode::publicHoliday });
    }

    void hospitalStay_isChecked()
    {
        InterventionSettings settings;
        settings.hospitalStay = HospitalStay { QDate(2026, 10, 1), QDate(), false };
        QCOMPARE(codes(checkIntervention(
                     intervention(QDate(2026, 11, 23), QTime(9, 0), QTime(10, 0)), settings)),
                 QStringList { warningcode::hospitalSuspended });
    }

    void overrides_keepTheWarningWithItsReason()
    {
        const QList<Intervention> list {
            intervention(QDate(2026, 11, 23), QTime(6, 30), QTime(7, 0), u"early"_qs),
            intervention(QDate(2026, 11, 24), QTime(9, 0), QTime(9, 30), u"short"_qs)
        };
        const QList<Warning> warnings = checkInterventions(list);
        QCOMPARE(codes(warnings),
                 (QStringList { warningcode::outsideAmplitude, warningcode::belowMinimum,
                                warningcode::belowMinimum }));
        QCOMPARE(pendingWarnings(warnings).size(), 3);

        const QList<Override> overrides {
            { warningcode::belowMinimum, u"short"_qs, u"Medication check only"_qs },
            { warningcode::outsideAmplitude, u"early"_qs, u"   "_qs }, // no reason: not applied
        };
        const QList<Warning> reviewed = applyOverrides(warnings, overrides);
        QCOMPARE(reviewed.size(), warnings.size()); // nothing removed
        QVERIFY(!reviewed.at(0).isOverridden());
        QVERIFY(!reviewed.at(1).isOverridden()); // same code, other intervention
        QCOMPARE(reviewed.at(2).overrideReason, u"Medication check only"_qs);
        QCOMPARE(pendingWarnings(reviewed).size(), 2);

        // A blanket override names no intervention; a specific one keeps its own reason.
        const QList<Warning> all = applyOverrides(
            reviewed, { { warningcode::belowMinimum, {}, u"Agreed with the family"_qs } });
        QCOMPARE(all.at(1).overrideReason, u"Agreed with the family"_qs);
        QCOMPARE(all.at(2).overrideReason, u"Medication check only"_qs);
        QCOMPARE(pendingWarnings(all).size(), 1);
        QCOMPARE(pendingWarnings(all).first().interventionId, u"early"_qs);
    }
};

QTEST_GUILESS_MAIN(TestInterventionChecks)
#include "tst_interventionchecks.moc"

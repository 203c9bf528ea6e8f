// Tests of core/rules/hospitalstay: CASF R232-32 and CPOM Creuse 2022, ANNEXE V,
// "Hospitalisation".
#include "core/rules/hospitalstay.h"

#include <QTest>

using namespace releve::rules;
using releve::domain::Intervention;

Q_DECLARE_METATYPE(releve::rules::AllowanceStatus)

class TestHospitalStay : public QObject
{
    Q_OBJECT

private:
    static Intervention at(const QString &id, const QDate &day)
    {
        const QDateTime start(day, QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Paris")));
        return { id, start.toUTC(), start.addSecs(3600).toUTC() };
    }

private slots:
    // domain-facts.md, "Hospitalisation (R232-32) [✓] ASH no. 3016: kept 30 days, then
    // suspended (not for home hospitalisation, HAD); resumes without new application from the
    // 1st day of the discharge month."
    void allowance_keptSuspendedResumed_data()
    {
        QTest::addColumn<QDate>("admission");
        QTest::addColumn<QDate>("discharge");
        QTest::addColumn<bool>("had");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<AllowanceStatus>("status");
        const QDate adm(2026, 3, 10); // day 30 = 8 April, suspended from 9 April
        const QDate may20(2026, 5, 20);
        QTest::newRow("before admission")
            << adm << may20 << false << QDate(2026, 3, 9) << AllowanceStatus::Kept;
        QTest::newRow("day 1") << adm << may20 << false << adm << AllowanceStatus::Kept;
        QTest::newRow("day 30") << adm << may20 << false << QDate(2026, 4, 8)
                                << AllowanceStatus::Kept;
        QTest::newRow("day 31") << adm << may20 << false << QDate(2026, 4, 9)
                                << AllowanceStatus::Suspended;
        QTest::newRow("last of month before discharge month")
            << adm << may20 << false << QDate(2026, 4, 30) << AllowanceStatus::Suspended;
        // "resumes from the 1st day of the discharge month", before the discharge itself.
        QTest::newRow("1st of discharge month")
            << adm << may20 << false << QDate(2026, 5, 1) << AllowanceStatus::Resumed;
        QTest::newRow("after discharge")
            << adm << may20 << false << QDate(2026, 6, 1) << AllowanceStatus::Resumed;
        QTest::newRow("still in hospital")
            << adm << QDate() << false << QDate(2026, 9, 1) << AllowanceStatus::Suspended;
        QTest::newRow("home hospitalisation")
            << adm << QDate() << true << QDate(2026, 9, 1) << AllowanceStatus::Kept;
        QTest::newRow("short stay")
            << adm << QDate(2026, 3, 20) << false << QDate(2026, 4, 20) << AllowanceStatus::Kept;
        // Discharged in April: the suspension from 9 April is covered by the resumption
        // from 1 April, so the allowance is never suspended.
        QTest::newRow("discharge in month of day 31")
            << adm << QDate(2026, 4, 25) << false << QDate(2026, 4, 15) << AllowanceStatus::Kept;
    }

    void allowance_keptSuspendedResumed()
    {
        QFETCH(QDate, admission);
        QFETCH(QDate, discharge);
        QFETCH(bool, had);
        QFETCH(QDate, day);
        QFETCH(AllowanceStatus, status);
        const HospitalStay stay { admission, discharge, had };
        QCOMPARE(stay.statusOn(day), status);
    }

    void stayDates_areNamed()
    {
        const HospitalStay stay { QDate(2026, 3, 10), QDate(2026, 5, 20), false };
        QCOMPARE(stay.lastKeptDay(), QDate(2026, 4, 8));
        QCOMPARE(stay.suspendedFrom(), QDate(2026, 4, 9));
        QCOMPARE(stay.resumesOn(), QDate(2026, 5, 1));
        QVERIFY(stay.inHospitalOn(QDate(2026, 5, 19)));
        QVERIFY(!stay.inHospitalOn(QDate(2026, 5, 20)));
        const HospitalStay had { QDate(2026, 3, 10), QDate(), true };
        QVERIFY(!had.suspendedFrom().isValid());
    }

    // CPOM ANNEXE V: "Pendant les 30 jours avant suspension des prestations suite à une
    // hospitalisation (cf. article R232-32 du CASF) le service prestataire peut être autorisé,
    // après accord du Directeur de l'autonomie, à effectuer des heures accordées au
    // bénéficiaire [...] (gestion du linge de l'utilisateur, ménage ou courses avant retour à
    // domicile)." Past that point, interventions are flagged.
    void schedule_flagsInterventionsPastThe30thDay()
    {
        const HospitalStay stay { QDate(2026, 3, 10), QDate(), false };
        const QList<Intervention> schedule { at(u"before"_qs, QDate(2026, 3, 9)),
                                             at(u"day5"_qs, QDate(2026, 3, 14)),
                                             at(u"day30"_qs, QDate(2026, 4, 8)),
                                             at(u"day31"_qs, QDate(2026, 4, 9)),
                                             at(u"day40"_qs, QDate(2026, 4, 18)) };
        const QList<Warning> warnings = checkHospitalStay(stay, schedule);
        QCOMPARE(warnings.size(), 4);
        QCOMPARE(warnings.at(0).interventionId, u"day5"_qs);
        QCOMPARE(warnings.at(0).code, warningcode::hospitalStay);
        QCOMPARE(warnings.at(0).severity, Severity::Info);
        QCOMPARE(warnings.at(1).interventionId, u"day30"_qs);
        QCOMPARE(warnings.at(1).code, warningcode::hospitalStay);
        QCOMPARE(warnings.at(2).interventionId, u"day31"_qs);
        QCOMPARE(warnings.at(2).code, warningcode::hospitalSuspended);
        QCOMPARE(warnings.at(2).severity, Severity::Warning);
        QVERIFY(warnings.at(2).message.contains(u"R232-32"_qs));
        QCOMPARE(warnings.at(3).interventionId, u"day40"_qs);
        QCOMPARE(pendingWarnings(warnings).size(), 2);
    }

    void localDay_decidesNotUtcDay()
    {
        // 00:30 on 9 April in Paris is still 8 April in UTC: day 31 locally.
        const HospitalStay stay { QDate(2026, 3, 10), QDate(), false };
        const QDateTime start(QDate(2026, 4, 9), QTime(0, 30),
                              QTimeZone(QByteArrayLiteral("Europe/Paris")));
        const Intervention night { u"night"_qs, start.toUTC(), start.addSecs(3600).toUTC() };
        QCOMPARE(night.start.date(), QDate(2026, 4, 8));
        const QList<Warning> warnings = checkHospitalStay(stay, { night });
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().code, warningcode::hospitalSuspended);
    }

    void homeHospitalisation_flagsNothing()
    {
        const HospitalStay stay { QDate(2026, 3, 10), QDate(), true };
        QVERIFY(checkHospitalStay(stay, { at(u"day40"_qs, QDate(2026, 4, 18)) }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHospitalStay)
#include "tst_hospitalstay.moc"

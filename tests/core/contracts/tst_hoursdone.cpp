// Tests of core/contracts/hoursdone: records of the hours done with the CPOM rounding beside the
// raw times, hand entries and corrections flagged, and the CPOM correction rate.
#include "core/contracts/hoursdone.h"

#include "contractfixtures.h"

#include <QTest>

using namespace releve;
using namespace releve::contracts;
using namespace releve::domain;

class TestHoursDone : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(int day, int hour, int minute, int second = 0)
    {
        return testing::paris(QDate(2026, 5, day), QTime(hour, minute, second));
    }

private slots:
    // CPOM Creuse 2022, ANNEXE V: "une intervention horodatée de 9h02 à 9h58 sera enregistrée
    // de 9h00 à 9h55" (start rounded, then the duration: 56 min → 55 min).
    void timeStampedRecord_keepsRawAndRoundedTimes()
    {
        const Contract contract = testing::mayContract();
        const auto record = recordHours(contract, testing::uuid(12), at(1, 9, 2, 41),
                                        at(1, 9, 58, 7), 12, HoursSource::TimeStamping);
        QVERIFY2(record.ok(), qPrintable(record.error().toString()));
        QCOMPARE(record->arrival, at(1, 9, 2, 41)); // raw, seconds kept
        QCOMPARE(record->arrival.timeSpec(), Qt::UTC);
        QCOMPARE(record->departure, at(1, 9, 58, 7));
        QCOMPARE(record->roundedStart, at(1, 9, 0));
        QCOMPARE(record->roundedMinutes, 55);
        QCOMPARE(record->kilometres, 12);
        QVERIFY(!record->corrected);
        QCOMPARE(record->contractId, contract.id);
        QCOMPARE(record->structureId, contract.structureId); // the lender records the hours
        QCOMPARE(record->interventionId, testing::uuid(12));
        QVERIFY(!QUuid::fromString(record->id).isNull());
        // The record passes the codec's validation.
        QVERIFY2(InterventionRecord::fromJson(record->toJson()).ok(),
                 qPrintable(InterventionRecord::fromJson(record->toJson()).error().toString()));
        QCOMPARE(describeHours(*record, QLocale(QLocale::French)),
                 u"09:02–09:58 → 09:00–09:55 (55 min)"_qs);
    }

    void handEntry_isMarkedCorrected()
    {
        const auto record = recordHours(testing::mayContract(), testing::uuid(19), at(30, 13, 3),
                                        at(30, 15, 44), 15, HoursSource::Hand, testing::uuid(119));
        QVERIFY(record.ok());
        QVERIFY(record->corrected);
        QCOMPARE(record->id, testing::uuid(119));
        QCOMPARE(record->roundedStart, at(30, 13, 5));
        QCOMPARE(record->roundedMinutes, 160);
    }

    void invalidHours_areErrorsNamingTheField_data()
    {
        QTest::addColumn<QString>("intervention");
        QTest::addColumn<QDateTime>("arrival");
        QTest::addColumn<QDateTime>("departure");
        QTest::addColumn<int>("kilometres");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QString known = testing::uuid(12);
        QTest::newRow("unknown intervention") << testing::uuid(99) << at(1, 8, 0) << at(1, 9, 0)
                                              << 0 << u"not_found"_qs << u"intervention_id"_qs;
        QTest::newRow("departure before arrival")
            << known << at(1, 9, 0) << at(1, 8, 0) << 0 << u"out_of_range"_qs << u"departure"_qs;
        QTest::newRow("same time")
            << known << at(1, 9, 0) << at(1, 9, 0) << 0 << u"out_of_range"_qs << u"departure"_qs;
        QTest::newRow("over 24 hours")
            << known << at(1, 9, 0) << at(2, 9, 1) << 0 << u"out_of_range"_qs << u"departure"_qs;
        QTest::newRow("no arrival")
            << known << QDateTime() << at(1, 9, 0) << 0 << u"required"_qs << u"arrival"_qs;
        QTest::newRow("negative km")
            << known << at(1, 8, 0) << at(1, 9, 0) << -1 << u"out_of_range"_qs << u"kilometres"_qs;
    }

    void invalidHours_areErrorsNamingTheField()
    {
        QFETCH(QString, intervention);
        QFETCH(QDateTime, arrival);
        QFETCH(QDateTime, departure);
        QFETCH(int, kilometres);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto record = recordHours(testing::mayContract(), intervention, arrival, departure,
                                        kilometres, HoursSource::Hand);
        QVERIFY(!record.ok());
        QCOMPARE(record.error().code, code);
        QCOMPARE(record.error().field, field);
        QVERIFY(!record.error().message.isEmpty());
    }

    void correction_recomputesTheRoundingAndFlagsTheRecord()
    {
        const auto stamped = recordHours(testing::mayContract(), testing::uuid(14), at(4, 8, 58),
                                         at(4, 10, 31), 12, HoursSource::TimeStamping);
        QVERIFY(stamped.ok());
        QCOMPARE(stamped->roundedMinutes, 95);
        // The worker forgot to stamp out: the coordinator types 10:20.
        const auto corrected = correctHours(*stamped, at(4, 8, 58), at(4, 10, 20), 12);
        QVERIFY(corrected.ok());
        QVERIFY(corrected->corrected);
        QCOMPARE(corrected->id, stamped->id);
        QCOMPARE(corrected->roundedStart, at(4, 9, 0));
        QCOMPARE(corrected->roundedMinutes, 80); // 82 min → 80
        QCOMPARE(corrected->departure, at(4, 10, 20));
        // Saving without a change is not a correction.
        const auto unchanged = correctHours(*stamped, stamped->arrival, stamped->departure, 12);
        QVERIFY(unchanged.ok());
        QVERIFY(!unchanged->corrected);
        // A wrong correction is refused and leaves the record as it was.
        const auto wrong = correctHours(*stamped, at(4, 10, 0), at(4, 9, 0), 12);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().field, u"departure"_qs);
    }

    // CPOM Creuse 2022, ANNEXE II, indicators 47–53: "taux de correction des horodatages",
    // target between 2 and 5 %.
    void correctionRate_countsRecordsEnteredOrChangedByHand_data()
    {
        QTest::addColumn<int>("corrected");
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("percent");
        QTest::addColumn<bool>("withinTarget");
        QTest::newRow("none") << 0 << 0 << 0.0 << false;
        QTest::newRow("1 of 100") << 1 << 100 << 1.0 << false;
        QTest::newRow("2 of 100") << 2 << 100 << 2.0 << true;
        QTest::newRow("1 of 40") << 1 << 40 << 2.5 << true;
        QTest::newRow("5 of 100") << 5 << 100 << 5.0 << true;
        QTest::newRow("1 of 8") << 1 << 8 << 12.5 << false;
    }

    void correctionRate_countsRecordsEnteredOrChangedByHand()
    {
        QFETCH(int, corrected);
        QFETCH(int, total);
        QFETCH(double, percent);
        QFETCH(bool, withinTarget);
        QList<InterventionRecord> records(total);
        for (int i = 0; i < corrected; ++i)
            records[i].corrected = true;
        const CorrectionRate rate = CorrectionRate::of(records);
        QCOMPARE(rate.corrected, corrected);
        QCOMPARE(rate.total, total);
        QCOMPARE(rate.percent(), percent);
        QCOMPARE(rate.isWithinTarget(), withinTarget);
    }
};

QTEST_GUILESS_MAIN(TestHoursDone)
#include "tst_hoursdone.moc"

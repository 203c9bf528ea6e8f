// Tests of core/geo/travel: road kilometres and minutes estimated from straight-line distance.
#include "core/domain/staffmember.h"
#include "core/geo/travel.h"

#include <QTest>

using namespace releve;
using releve::domain::GeoPoint;

class TestTravel : public QObject
{
    Q_OBJECT

private:
    // A point `km` kilometres (great circle) from `from`, heading `azimuth` degrees.
    static GeoPoint pointAt(const GeoPoint &from, double km, double azimuth = 90)
    {
        const QGeoCoordinate c = from.coordinate().atDistanceAndAzimuth(km * 1000, azimuth);
        return GeoPoint { c.latitude(), c.longitude() };
    }
    static inline const GeoPoint gueret { 46.1716, 1.8717 };

private slots:
    void roadDistanceIsStraightLineTimesDefaultFactor()
    {
        const geo::TravelModel model;
        QCOMPARE(model.roadFactor, 1.3);
        const GeoPoint other = pointAt(gueret, 10.0);
        QVERIFY(qAbs(gueret.distanceKm(other) - 10.0) < 1e-6);
        QVERIFY(qAbs(model.roadKm(gueret, other) - 13.0) < 1e-6);
        const geo::TravelEstimate e = model.estimate(gueret, other);
        QVERIFY(e.isValid());
        QVERIFY(qAbs(e.straightKm - 10.0) < 1e-6);
        QVERIFY(qAbs(e.roadKm - 13.0) < 1e-6);
        QCOMPARE(e.minutes, 16); // 13 km at 50 km/h = 15.6 min, rounded up
    }

    void roadFactorAndSpeedAreConfigurable()
    {
        geo::TravelModel model;
        model.roadFactor = 1.5;
        model.averageSpeedKmh = 60;
        const geo::TravelEstimate e = model.estimate(gueret, pointAt(gueret, 20.0, 200));
        QVERIFY(qAbs(e.roadKm - 30.0) < 1e-6);
        QCOMPARE(e.minutes, 30);
    }

    void minutesRoundUp_data()
    {
        QTest::addColumn<double>("km");
        QTest::addColumn<int>("minutes");
        QTest::newRow("same place") << 0.0 << 0;
        QTest::newRow("25 km is half an hour") << 25.0 << 30;
        QTest::newRow("a little more is one more minute") << 25.5 << 31;
        QTest::newRow("100 km") << 100.0 << 120;
        QTest::newRow("unknown") << qQNaN() << -1;
        QTest::newRow("negative") << -1.0 << -1;
    }

    void minutesRoundUp()
    {
        QFETCH(double, km);
        QFETCH(int, minutes);
        QCOMPARE(geo::TravelModel().minutesFor(km), minutes);
    }

    void missingPointGivesNoEstimate()
    {
        const geo::TravelModel model;
        QVERIFY(std::isnan(model.roadKm(GeoPoint {}, gueret)));
        QVERIFY(std::isnan(model.roadKm(gueret, GeoPoint {})));
        const geo::TravelEstimate e = model.estimate(GeoPoint {}, gueret);
        QVERIFY(!e.isValid());
        QCOMPARE(e.minutes, -1);
        QCOMPARE(geo::distanceBand(e.roadKm), u"unknown"_qs);
    }

    void distanceBandIsTheStaffBand_data()
    {
        QTest::addColumn<double>("km");
        QTest::addColumn<QString>("band");
        QTest::newRow("next door") << 0.4 << u"0-5 km"_qs;
        QTest::newRow("lower bound belongs to the band") << 5.0 << u"5-10 km"_qs;
        QTest::newRow("just under 20") << 19.99 << u"10-20 km"_qs;
        QTest::newRow("far") << 55.0 << u"40+ km"_qs;
    }

    void distanceBandIsTheStaffBand()
    {
        QFETCH(double, km);
        QFETCH(QString, band);
        QCOMPARE(geo::distanceBand(km), band);
        QCOMPARE(geo::distanceBand(km), domain::StaffMember::distanceBandFor(km));
    }
};

QTEST_GUILESS_MAIN(TestTravel)
#include "tst_travel.moc"

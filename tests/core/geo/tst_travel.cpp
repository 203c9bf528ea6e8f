// Tests of core/geo/travel and travelmatrix: road kilometres and minutes estimated from
// straight-line distance, or measured by a routing service and looked up by place.
#include "core/domain/staffmember.h"
#include "core/geo/travel.h"
#include "core/geo/travelmatrix.h"

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

    void matrixAnswersWhatWasMeasuredAndEstimatesTheRest()
    {
        const geo::TravelModel model;
        const GeoPoint home { 46.25, 1.95 };
        geo::TravelEstimate measured;
        measured.straightKm = 10;
        measured.roadKm = 17.5;
        measured.minutes = 21;
        measured.source = geo::TravelSource::Routing;
        geo::TravelMatrix matrix;
        QVERIFY(matrix.isEmpty());
        matrix.insert(home, gueret, measured);
        matrix.insert(GeoPoint {}, gueret, measured); // no place: ignored
        QCOMPARE(matrix.size(), 1);
        // The same place to a millionth of a degree.
        const GeoPoint nearlyHome { 46.2500002, 1.9499998 };
        QVERIFY(matrix.find(nearlyHome, gueret));
        QCOMPARE(matrix.estimate(nearlyHome, gueret, model).minutes, 21);
        QCOMPARE(matrix.estimate(home, gueret, model).source, geo::TravelSource::Routing);
        // One way only, and nothing for other places: the model answers.
        QVERIFY(!matrix.find(gueret, home));
        const geo::TravelEstimate back = matrix.estimate(gueret, home, model);
        QCOMPARE(back.source, geo::TravelSource::StraightLine);
        QVERIFY(qAbs(back.roadKm - 1.3 * gueret.distanceKm(home)) < 1e-9);
        QVERIFY(!matrix.find(GeoPoint {}, gueret));

        const QList<geo::PlaceKey> origins = matrix.originsTo(gueret);
        QCOMPARE(origins.size(), 1);
        QCOMPARE(origins.at(0), geo::PlaceKey::of(home));
        QVERIFY(matrix.originsTo(home).isEmpty());

        geo::TravelMatrix newer;
        measured.minutes = 19;
        newer.insert(home, gueret, measured);
        newer.insert(gueret, home, measured);
        matrix.unite(newer);
        QCOMPARE(matrix.size(), 2);
        QCOMPARE(matrix.find(home, gueret)->minutes, 19);
    }
};

QTEST_GUILESS_MAIN(TestTravel)
#include "tst_travel.moc"

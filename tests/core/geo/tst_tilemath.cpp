// Tests of core/geo/tilemath: tile numbers of known places (the OpenStreetMap wiki's "Slippy map
// tilenames" example, Paris, the Creuse), the round trip through world units, the TMS row flip of
// MBTiles, ground resolution and the scale bar's round lengths.
#include "core/geo/tilemath.h"

#include <QTest>

using namespace releve;
using geo::TileId;

class TstTileMath : public QObject
{
    Q_OBJECT

private slots:
    void tileAt_knownPlaces_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        // https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames: Berlin, zoom 17.
        QTest::newRow("Berlin z17")
            << 52.51628011262304 << 13.37771496361961 << 17 << 70406 << 42987;
        QTest::newRow("Paris z10") << 48.8566 << 2.3522 << 10 << 518 << 352;
        QTest::newRow("Guéret z10") << 46.171 << 1.872 << 10 << 517 << 363;
        QTest::newRow("Guéret z13") << 46.171 << 1.872 << 13 << 4138 << 2908;
        QTest::newRow("Bourganeuf z12") << 45.954 << 1.758 << 12 << 2068 << 1457;
        QTest::newRow("Sydney z8") << -33.8688 << 151.2093 << 8 << 235 << 153;
        QTest::newRow("whole world z0") << 46.0 << 2.0 << 0 << 0 << 0;
        QTest::newRow("null island z1") << 0.0 << 0.0 << 1 << 1 << 1;
        QTest::newRow("beyond Mercator is clamped") << 89.9 << -180.0 << 3 << 0 << 0;
        QTest::newRow("antimeridian east edge") << -89.9 << 180.0 << 3 << 7 << 7;
    }

    void tileAt_knownPlaces()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, zoom);
        QFETCH(int, x);
        QFETCH(int, y);
        const TileId id = geo::tileAt(QGeoCoordinate(lat, lon), zoom);
        QCOMPARE(id, (TileId { zoom, x, y }));
        QVERIFY(id.isValid());
    }

    void worldPoint_roundTripsThroughCoordinate()
    {
        for (const QGeoCoordinate &place :
             { QGeoCoordinate(46.171, 1.872), QGeoCoordinate(-33.8688, 151.2093),
               QGeoCoordinate(0, 0), QGeoCoordinate(85, -179.5) }) {
            const QGeoCoordinate back = geo::coordinateAt(geo::worldPoint(place));
            QVERIFY2(std::abs(back.latitude() - place.latitude()) < 1e-9,
                     qPrintable(place.toString()));
            QVERIFY2(std::abs(back.longitude() - place.longitude()) < 1e-9,
                     qPrintable(place.toString()));
        }
        QCOMPARE(geo::worldPoint(QGeoCoordinate(0, 0)), QPointF(0.5, 0.5));
    }

    void tileBounds_coverTheirQuadrant()
    {
        const QGeoRectangle northWest = geo::tileBounds({ 1, 0, 0 });
        QVERIFY(std::abs(northWest.topLeft().latitude() - geo::maxMercatorLatitude) < 1e-9);
        QCOMPARE(northWest.topLeft().longitude(), -180.0);
        QVERIFY(std::abs(northWest.bottomRight().latitude()) < 1e-9);
        QVERIFY(std::abs(northWest.bottomRight().longitude()) < 1e-9);
        const TileId gueret = geo::tileAt(QGeoCoordinate(46.171, 1.872), 12);
        QVERIFY(geo::tileBounds(gueret).contains(QGeoCoordinate(46.171, 1.872)));
    }

    void tmsRow_flipsRowsFromTheSouth_data()
    {
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("tms");
        QTest::newRow("z0") << 0 << 0 << 0;
        QTest::newRow("z3 top") << 3 << 0 << 7;
        QTest::newRow("z3 row 1") << 3 << 1 << 6;
        QTest::newRow("Guéret z10") << 10 << 363 << 660;
    }

    void tmsRow_flipsRowsFromTheSouth()
    {
        QFETCH(int, z);
        QFETCH(int, y);
        QFETCH(int, tms);
        const TileId id { z, 0, y };
        QCOMPARE(id.tmsRow(), tms);
        QCOMPARE(TileId::fromTms(z, 0, tms), id);
    }

    void parentAndAncestor_coverTheTile()
    {
        const TileId id { 13, 4138, 2908 };
        QCOMPARE(id.parent(), (TileId { 12, 2069, 1454 }));
        QCOMPARE(id.ancestor(10), (TileId { 10, 517, 363 }));
        QCOMPARE(id.ancestor(13), id);
        QVERIFY(!id.ancestor(14).isValid());
        QVERIFY(!(TileId { 0, 0, 0 }).parent().isValid());
        QVERIFY(!(TileId { 2, 4, 0 }).isValid());
        QCOMPARE(id.toString(), QStringLiteral("13/4138/2908"));
    }

    void metresPerPixel_matchesTheEquatorAndShrinksWithLatitude()
    {
        // 2π × 6378137 / 256: the resolution of zoom 0 at the equator.
        QVERIFY(std::abs(geo::metresPerPixel(0, 0) - 156543.03392804097) < 1e-6);
        QVERIFY(std::abs(geo::metresPerPixel(0, 10) - 152.8740565703525) < 1e-9);
        QVERIFY(std::abs(geo::metresPerPixel(46.171, 10) - 105.86656845102074) < 1e-6);
    }

    void scaleBar_picksRoundLengths_data()
    {
        QTest::addColumn<double>("metresPerPixel");
        QTest::addColumn<double>("maxPixels");
        QTest::addColumn<double>("metres");
        QTest::newRow("1 km") << 10.0 << 120.0 << 1000.0;
        QTest::newRow("200 m") << 3.7 << 100.0 << 200.0;
        QTest::newRow("5 km") << 50.0 << 120.0 << 5000.0;
        QTest::newRow("exactly 2 km") << 20.0 << 100.0 << 2000.0;
        QTest::newRow("20 km") << 105.87 << 200.0 << 20000.0;
    }

    void scaleBar_picksRoundLengths()
    {
        QFETCH(double, metresPerPixel);
        QFETCH(double, maxPixels);
        QFETCH(double, metres);
        const geo::ScaleBar bar = geo::scaleBarFor(metresPerPixel, maxPixels);
        QCOMPARE(bar.metres, metres);
        QVERIFY(bar.pixels <= maxPixels);
        QVERIFY(bar.pixels > maxPixels * 0.39); // a round step never wastes more than 60 %
        QVERIFY(std::abs(bar.pixels * metresPerPixel - metres) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TstTileMath)
#include "tst_tilemath.moc"

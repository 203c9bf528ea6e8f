// GUI tests of ui/map against a tile server on loopback that serves generated PNG tiles and
// counts requests: tiles drawn under the markers, an area seen once drawn again with no request
// and with the server stopped, an MBTiles pack drawn with no server at all, a plain background
// with the markers when nothing can be had; zoom towards the cursor, drag, keys; clusters,
// tooltips and selection shared with the lists; the pin put and moved by hand; the location
// picker against a loopback address server. Saves screenshots/map.png (demo-like markers,
// clustered) and screenshots/map-offline.png.
#include "demomarkers.h"

#include "tests/core/geo/fakebanserver.h"
#include "tests/core/geo/faketileserver.h"
#include "tests/core/geo/mbtilesfixture.h"

#include "ui/map/locationpicker.h"
#include "ui/map/mapview.h"
#include "ui/map/recordmarkers.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/replacementrequest.h"
#include "core/domain/staffmember.h"
#include "core/domain/structure.h"
#include "core/geo/geocoder.h"
#include "core/geo/mapsettings.h"
#include "core/geo/tilesource.h"
#include "core/store/localstore.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace releve;
using geo::TileId;
using geo::TileSource;
using ui::MapLayer;
using ui::MapView;

namespace {

constexpr int waitMs = 30000; // a loaded machine; never a measure of speed
const QGeoCoordinate gueret(46.171, 1.872);
const QColor plainBackground(0xe6, 0xe9, 0xec);
const QPoint probe(400, 300); // away from markers, buttons, scale bar and attribution

geo::TileServer serverOf(const testing::FakeTileServer &fake)
{
    geo::TileServer server;
    server.urlTemplate = fake.urlTemplate();
    server.attribution = QStringLiteral("© OpenStreetMap contributors");
    server.maxZoom = 19;
    return server;
}

QColor colourAt(QWidget &widget, QPoint point)
{
    return widget.grab().toImage().pixelColor(point * widget.devicePixelRatioF());
}

// The tiles a view shows at its zoom.
QList<TileId> visibleTiles(const MapView &view)
{
    const TileId a = geo::tileAt(view.coordinateAt(QPointF(0, 0)), view.zoom());
    const TileId b
        = geo::tileAt(view.coordinateAt(QPointF(view.width() - 1, view.height() - 1)), view.zoom());
    QList<TileId> tiles;
    for (int y = a.y; y <= b.y; ++y)
        for (int x = a.x; x <= b.x; ++x)
            tiles.append({ view.zoom(), x, y });
    return tiles;
}

bool allLoaded(const TileSource &source, const QList<TileId> &tiles)
{
    return std::all_of(tiles.cbegin(), tiles.cend(), [&source](const TileId &id) {
        return source.state(id) == TileSource::TileState::Loaded;
    });
}

QPointF markerPoint(const MapView &view, const ui::MapMarker &marker)
{
    return view.positionOf(marker.coordinate);
}

void sendWheel(QWidget *widget, QPointF position, int delta)
{
    QWheelEvent wheel(position, widget->mapToGlobal(position), QPoint(), QPoint(0, delta),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

ui::MapMarker marker(const QString &entity, const QString &id, QGeoCoordinate at, int level = 0,
                     const QString &title = {})
{
    ui::MapMarker m;
    m.entity = entity;
    m.id = id;
    m.coordinate = at;
    m.level = level;
    m.title = title.isEmpty() ? id : title;
    return m;
}

} // namespace

class TstMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir().mkpath(QStringLiteral(RELEVE_BINARY_DIR "/screenshots"));
    }

    void tilesFromTheServer_drawUnderTheMarkers()
    {
        QTemporaryDir dir;
        testing::FakeTileServer fake;
        QNetworkAccessManager network;
        TileSource source(&network);
        source.setServer(serverOf(fake));
        QVERIFY(source.openCache(dir.filePath(QStringLiteral("tiles.sqlite"))).ok());
        MapView view;
        view.resize(640, 480);
        view.setTileSource(&source);
        view.setView(gueret, 12);
        // Hidden, the map asks for nothing (a page of the main window not shown yet).
        QCOMPARE(source.state(geo::tileAt(gueret, 12)), TileSource::TileState::Unknown);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, visibleTiles(view)), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(colourAt(view, probe), fake.colour(), waitMs);
        QVERIFY(!view.isBackgroundMissing());
        // Only what is shown was asked for: no prefetching around it.
        QCOMPARE(fake.requestCount(), int(visibleTiles(view).size()));
        QVERIFY(fake.http().requests().first().headers.value("user-agent").startsWith("Releve/"));
    }

    void secondViewOfTheSameArea_makesNoNewRequest_evenWithTheServerStopped()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("tiles.sqlite"));
        testing::FakeTileServer fake;
        QNetworkAccessManager network;
        int firstRequests = 0;
        {
            TileSource source(&network);
            source.setServer(serverOf(fake));
            QVERIFY(source.openCache(cache).ok());
            MapView view;
            view.resize(640, 480);
            view.setTileSource(&source);
            view.setView(gueret, 12);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, visibleTiles(view)), waitMs);
            firstRequests = fake.requestCount();

            // Away and back again in the same view: from memory.
            view.setView(gueret, 11);
            QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, visibleTiles(view)), waitMs);
            const int afterAway = fake.requestCount();
            view.setView(gueret, 12);
            QTRY_COMPARE_WITH_TIMEOUT(colourAt(view, probe), fake.colour(), waitMs);
            QCOMPARE(fake.requestCount(), afterAway);
        }
        const int before = fake.requestCount();
        QVERIFY(firstRequests > 0);

        // Another run with the server stopped: the cached area still draws.
        fake.stop();
        TileSource source(&network);
        source.setServer(serverOf(fake));
        QVERIFY(source.openCache(cache).ok());
        MapView view;
        view.resize(640, 480);
        view.setTileSource(&source);
        view.setView(gueret, 12);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, visibleTiles(view)), waitMs);
        const QImage shot = view.grab().toImage();
        QCOMPARE(shot.pixelColor(probe), fake.colour());
        QCOMPARE(shot.pixelColor(QPoint(200, 120)), fake.colour());
        QCOMPARE(source.downloadsStarted(), 0);
        QCOMPARE(fake.requestCount(), before);
        QVERIFY(!view.isBackgroundMissing());

        // Somewhere never seen: a plain background and a short note, never a dialog.
        view.setView(QGeoCoordinate(48.8566, 2.3522), 12);
        QTRY_VERIFY_WITH_TIMEOUT(view.isBackgroundMissing(), waitMs);
        QCOMPARE(colourAt(view, probe), plainBackground);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void offlinePack_drawsWithNoServerAtAll_andStandsInWhenZoomedBeyondIt()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("creuse.mbtiles"));
        const QColor blue(0x33, 0x66, 0x99);
        QList<std::pair<TileId, QByteArray>> tiles;
        const TileId centre = geo::tileAt(gueret, 10);
        for (int dy = -2; dy <= 2; ++dy)
            for (int dx = -2; dx <= 2; ++dx)
                tiles.append(
                    { TileId { 10, centre.x + dx, centre.y + dy },
                      testing::FakeTileServer::png(testing::FakeTileServer::plainTile(blue)) });
        QVERIFY(testing::writeMbtiles(
            pack,
            { { QStringLiteral("name"), QStringLiteral("Creuse") },
              { QStringLiteral("format"), QStringLiteral("png") },
              { QStringLiteral("minzoom"), QStringLiteral("10") },
              { QStringLiteral("maxzoom"), QStringLiteral("10") },
              { QStringLiteral("attribution"), QStringLiteral("© OpenStreetMap contributors") } },
            tiles));

        TileSource source(nullptr); // no network at all
        QVERIFY(source.addOfflinePack(pack).ok());
        MapView view;
        view.resize(640, 480);
        view.setTileSource(&source);
        view.setView(gueret, 10);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, visibleTiles(view)), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(colourAt(view, probe), blue, waitMs);

        // Closer than the pack goes: its tiles, scaled up, stand in.
        view.setZoom(13);
        QTRY_COMPARE_WITH_TIMEOUT(colourAt(view, probe), blue, waitMs);
        QVERIFY(!view.isBackgroundMissing());
    }

    void nothingToDraw_plainBackgroundWithTheMarkers()
    {
        MapView view; // no tile source at all
        view.resize(640, 480);
        view.layers()->setMarkers(
            MapLayer::Requests,
            { marker(QStringLiteral("request"), QStringLiteral("r1"), gueret, 2) });
        view.setView(gueret, 12);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shot = view.grab().toImage();
        QCOMPARE(shot.pixelColor(probe), plainBackground);
        // The pin's head, 20 px above the point, in the critical colour.
        const QPointF head = view.positionOf(gueret) + QPointF(-6, -20);
        QCOMPARE(shot.pixelColor(head.toPoint()), ui::MapSymbols::colour(MapLayer::Requests, 2));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void wheel_zoomsTowardsTheCursor()
    {
        MapView view;
        view.resize(640, 480);
        view.setView(gueret, 10);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF cursor(500, 120);
        const QGeoCoordinate under = view.coordinateAt(cursor);
        sendWheel(&view, cursor, 120);
        QCOMPARE(view.zoom(), 11);
        QVERIFY(view.coordinateAt(cursor).distanceTo(under) < 1.0);
        sendWheel(&view, cursor, -240);
        QCOMPARE(view.zoom(), 9);
        QVERIFY(view.coordinateAt(cursor).distanceTo(under) < 1.0);
        // A touchpad's small steps add up to one.
        sendWheel(&view, cursor, 60);
        QCOMPARE(view.zoom(), 9);
        sendWheel(&view, cursor, 60);
        QCOMPARE(view.zoom(), 10);
    }

    void drag_pansTheMapUnderTheMouse()
    {
        MapView view;
        view.resize(640, 480);
        view.setView(gueret, 12);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint from(300, 250);
        const QPoint to(180, 330);
        const QGeoCoordinate grabbed = view.coordinateAt(from);
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, from + QPoint(40, 20));
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
        QVERIFY(view.coordinateAt(to).distanceTo(grabbed) < 1.0);
    }

    void keyboard_pansAndZooms()
    {
        MapView view;
        view.resize(640, 480);
        view.setView(gueret, 12);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        const QGeoCoordinate start = view.center();
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.center().longitude() > start.longitude());
        QTest::keyClick(&view, Qt::Key_Left);
        QVERIFY(view.center().distanceTo(start) < 1.0);
        QTest::keyClick(&view, Qt::Key_Up);
        QVERIFY(view.center().latitude() > start.latitude());
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(view.zoom(), 13);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(view.zoom(), 11);
        QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("mapZoomIn")),
                          Qt::LeftButton);
        QCOMPARE(view.zoom(), 12);
    }

    void zoomedOut_markersCluster_andSplitWhenClose()
    {
        MapView view;
        view.resize(800, 600);
        view.layers()->setMarkers(MapLayer::Staff, testing::demoStaff(60));
        view.setView(QGeoCoordinate(46.05, 1.85), 8);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const ui::MarkerClusterGrid &grid = view.layers()->grid(MapLayer::Staff, 8);
        QVERIFY(grid.clusters().size() < 20);
        int total = 0;
        const ui::MarkerCluster *biggest = nullptr;
        for (const ui::MarkerCluster &cluster : grid.clusters()) {
            total += cluster.count;
            if (!biggest || cluster.count > biggest->count)
                biggest = &cluster;
        }
        QCOMPARE(total, 60);
        QVERIFY(biggest->count > 5);
        const QPointF at = view.positionOf(geo::coordinateAt(biggest->world));
        const QString tip = view.toolTipAt(at);
        QVERIFY2(tip.contains(QStringLiteral("%1 staff members").arg(biggest->count)),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("and ")) || biggest->count <= 8);

        // A click on a cluster brings it closer.
        QTest::mouseClick(&view, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(view.zoom(), 10);

        // Close enough, each marker on its own with its name.
        const ui::MapMarker first = view.layers()->markers(MapLayer::Staff).first();
        view.setView(first.coordinate, view.layers()->lastClusteredZoom() + 1);
        QCOMPARE(view.toolTipAt(markerPoint(view, first)),
                 QStringLiteral("<b>%1</b><br>DEAES").arg(first.title.toHtmlEscaped()));
    }

    void clusterGrid_visitsOnlyTheCellsInView()
    {
        QList<QPointF> points;
        QList<int> levels;
        for (const ui::MapMarker &m : testing::scatteredMarkers(2000, QStringLiteral("x"), 7)) {
            points.append(geo::worldPoint(m.coordinate));
            levels.append(m.level);
        }
        points.append(QPointF(qQNaN(), qQNaN())); // a marker without a place is left out
        levels.append(0);
        ui::MarkerClusterGrid grid;
        grid.build(points, levels, 12, 60);
        int members = 0;
        for (const ui::MarkerCluster &cluster : grid.clusters()) {
            members += cluster.count;
            QVERIFY(cluster.maxLevel <= 2);
        }
        QCOMPARE(members, 2000);
        const QPointF centre = geo::worldPoint(gueret);
        const double span = 400.0 / (256.0 * (1 << 12)); // 400 pixels at zoom 12
        const QRectF view(centre - QPointF(span, span), centre + QPointF(span, span));
        int visited = 0;
        grid.visit(view, [&](const ui::MarkerCluster &cluster) {
            ++visited;
            // A cell meets the view, so its members' mean lies within a cell of it.
            QVERIFY(view.adjusted(-span, -span, span, span).contains(cluster.world));
        });
        QVERIFY(visited > 0);
        QVERIFY(visited < grid.clusters().size() / 4);
    }

    void clickOnAMarker_emitsItsRecord_andTheListSelectsWithoutEcho()
    {
        MapView view;
        view.resize(640, 480);
        const ui::MapMarker request = marker(QStringLiteral("request"), QStringLiteral("r-7"),
                                             gueret, 1, QStringLiteral("Guéret"));
        const ui::MapMarker staff
            = marker(QStringLiteral("staff"), QStringLiteral("s-3"), QGeoCoordinate(46.19, 1.83));
        view.layers()->setMarkers(MapLayer::Requests, { request });
        view.layers()->setMarkers(MapLayer::Staff, { staff });
        view.setView(gueret, 12);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selected(&view, &MapView::markerSelected);

        // The request pin is clicked on its head, above the point.
        QTest::mouseClick(&view, Qt::LeftButton, {},
                          (markerPoint(view, request) + QPointF(0, -20)).toPoint());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.takeFirst(),
                 (QVariantList { QStringLiteral("request"), QStringLiteral("r-7") }));
        QCOMPARE(view.selectedId(), QStringLiteral("r-7"));
        QVERIFY(view.toolTipAt(markerPoint(view, request) + QPointF(0, -20))
                    .startsWith(QStringLiteral("<b>Guéret</b>")));

        // A list selects on the map: no signal back (no loop between list and map).
        view.selectMarker(QStringLiteral("staff"), QStringLiteral("s-3"));
        QCOMPARE(view.selectedEntity(), QStringLiteral("staff"));
        QVERIFY(selected.isEmpty());

        // Selecting a record out of view brings it into view.
        const ui::MapMarker far
            = marker(QStringLiteral("staff"), QStringLiteral("s-far"), QGeoCoordinate(45.85, 2.40));
        view.layers()->setMarkers(MapLayer::Staff, { staff, far });
        view.selectMarker(QStringLiteral("staff"), QStringLiteral("s-far"));
        QVERIFY(view.rect().contains(markerPoint(view, far).toPoint()));

        // The background clears the selection.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(600, 60));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.takeFirst(), (QVariantList { QString(), QString() }));
        QVERIFY(view.selectedId().isEmpty());
    }

    void pinMode_clickPutsThePin_dragMovesIt()
    {
        MapView view;
        view.resize(640, 480);
        view.setView(gueret, 14);
        view.setPinEditable(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy moved(&view, &MapView::pinMoved);
        const QPoint where(320, 240);
        QTest::mouseClick(&view, Qt::LeftButton, {}, where);
        QCOMPARE(moved.size(), 1);
        QVERIFY(view.pin().distanceTo(view.coordinateAt(where)) < 1.0);
        QVERIFY(view.toolTipAt(QPointF(where) + QPointF(0, -28)).contains(QStringLiteral("drag")));

        // Grab the pin by its head and drop it elsewhere; the map does not move.
        const QGeoCoordinate centre = view.center();
        const QPoint head = where + QPoint(0, -28);
        const QPoint drop(450, 300);
        QTest::mousePress(&view, Qt::LeftButton, {}, head);
        QTest::mouseMove(&view, head + QPoint(30, 20));
        QTest::mouseMove(&view, drop);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, drop);
        QCOMPARE(moved.size(), 2);
        QVERIFY(view.pin().distanceTo(view.coordinateAt(drop)) < 1.0);
        QVERIFY(view.center().distanceTo(centre) < 0.01);
        QCOMPARE(moved.last().first().value<QGeoCoordinate>(), view.pin());
    }

    void layerMenu_hidesALayer()
    {
        MapView view;
        view.resize(640, 480);
        view.layers()->setMarkers(MapLayer::Staff,
                                  { marker(QStringLiteral("staff"), QStringLiteral("s"), gueret) });
        view.setView(gueret, 12);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.toolTipAt(markerPoint(view, view.layers()->markers(MapLayer::Staff).first()))
                     .isEmpty());
        auto *button = view.findChild<QToolButton *>(QStringLiteral("mapLayers"));
        QVERIFY(button && button->menu());
        QAction *staff = nullptr;
        for (QAction *action : button->menu()->actions())
            if (action->text() == u"My staff")
                staff = action;
        QVERIFY(staff && staff->isChecked());
        staff->trigger();
        QVERIFY(!view.layers()->isLayerVisible(MapLayer::Staff));
        QVERIFY(view.toolTipAt(markerPoint(view, view.layers()->markers(MapLayer::Staff).first()))
                    .isEmpty());
    }

    void recordMarkers_showOpenRequestsAndOnlyOwnStaff()
    {
        QTemporaryDir dir;
        store::LocalStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        domain::Structure mine;
        mine.id = domain::newId();
        mine.name = QStringLiteral("Creuse Autonomie Services");
        mine.location = { 46.1710, 1.8717 };
        domain::Structure other;
        other.id = domain::newId();
        other.name = QStringLiteral("ADMR Aubusson-Felletin");
        other.location = { 45.9567, 2.1683 };
        domain::StaffMember own;
        own.id = domain::newId();
        own.structureId = mine.id;
        own.firstName = QStringLiteral("Amandine");
        own.lastName = QStringLiteral("Lachaud");
        own.home = { 46.20, 1.90 };
        domain::StaffMember theirs = own;
        theirs.id = domain::newId();
        theirs.structureId = other.id;
        theirs.home = { 45.96, 2.17 };
        domain::ReplacementRequest open;
        open.id = domain::newId();
        open.structureId = other.id;
        open.status = QStringLiteral("published");
        open.urgency = QStringLiteral("critical");
        open.missionCommune = QStringLiteral("Felletin");
        open.missionLocation = { 45.883, 2.174 };
        open.radiusKm = 15;
        domain::ReplacementRequest done = open;
        done.id = domain::newId();
        done.status = QStringLiteral("cancelled");
        QList<store::LocalStore::Change> changes {
            { domain::entity::structure, mine.id, 1, false, mine.toJson() },
            { domain::entity::structure, other.id, 1, false, other.toJson() },
            { domain::entity::staff, own.id, 1, false, own.toJson() },
            { domain::entity::staff, theirs.id, 1, false, theirs.toJson() },
            { domain::entity::request, open.id, 1, false, open.toJson() },
            { domain::entity::request, done.id, 1, false, done.toJson() },
        };
        QVERIFY(store.applyPage(changes, QStringLiteral("c1"), true).ok());

        ui::MapLayers layers;
        ui::RecordMarkers records(&store, &layers);
        records.setOwnStructure(mine.id);
        QCOMPARE(layers.markers(MapLayer::Structures).size(), 2);
        QCOMPARE(layers.find(MapLayer::Structures, domain::entity::structure, mine.id)->level, 1);
        QCOMPARE(layers.markers(MapLayer::Staff).size(), 1);
        QCOMPARE(layers.markers(MapLayer::Staff).first().id, own.id);
        QCOMPARE(layers.markers(MapLayer::Staff).first().title, QStringLiteral("Amandine Lachaud"));
        QCOMPARE(layers.markers(MapLayer::Requests).size(), 1);
        const ui::MapMarker &request = layers.markers(MapLayer::Requests).first();
        QCOMPARE(request.id, open.id);
        QCOMPARE(request.level, 2);
        QCOMPARE(request.title, QStringLiteral("Felletin"));
        QVERIFY(request.detail.contains(QStringLiteral("ADMR Aubusson-Felletin")));

        // Candidates: own staff at home, another agency's at the agency, never at a home.
        const QJsonArray candidates {
            QJsonObject { { QStringLiteral("staff_id"), own.id },
                          { QStringLiteral("structure_id"), mine.id },
                          { QStringLiteral("structure_name"), mine.name },
                          { QStringLiteral("pseudonym"), QStringLiteral("Intervenant·e 7F3A") },
                          { QStringLiteral("qualification"), QStringLiteral("deaes") },
                          { QStringLiteral("distance_band"), QStringLiteral("10-20") },
                          { QStringLiteral("rank"), 2 } },
            QJsonObject { { QStringLiteral("staff_id"), theirs.id },
                          { QStringLiteral("structure_id"), other.id },
                          { QStringLiteral("structure_name"), other.name },
                          { QStringLiteral("pseudonym"), QStringLiteral("Intervenant·e 0B12") },
                          { QStringLiteral("qualification"), QStringLiteral("advf") },
                          { QStringLiteral("distance_band"), QStringLiteral("5-10") },
                          { QStringLiteral("rank"), 1 } },
        };
        records.showCandidates(open.toJson(), candidates);
        QCOMPARE(layers.searchAreaRadiusKm(), 15.0);
        QCOMPARE(layers.searchAreaCentre(), QGeoCoordinate(45.883, 2.174));
        const ui::MapMarker *first
            = layers.find(MapLayer::Candidates, domain::entity::staff, theirs.id);
        QVERIFY(first);
        QCOMPARE(first->badge, QStringLiteral("1"));
        QCOMPARE(first->coordinate, QGeoCoordinate(45.9567, 2.1683));
        QVERIFY(first->title.contains(QStringLiteral("Intervenant·e 0B12")));
        const ui::MapMarker *second
            = layers.find(MapLayer::Candidates, domain::entity::staff, own.id);
        QCOMPARE(second->coordinate, QGeoCoordinate(46.20, 1.90));
        QVERIFY(second->title.contains(QStringLiteral("Amandine Lachaud")));
        records.clearCandidates();
        QVERIFY(layers.markers(MapLayer::Candidates).isEmpty());
        QVERIFY(!layers.searchAreaCentre().isValid());

        // A later pull that cancels the request takes it off the map.
        open.status = QStringLiteral("cancelled");
        QVERIFY(store
                    .applyPage({ { domain::entity::request, open.id, 2, false, open.toJson() } },
                               QStringLiteral("c2"), true)
                    .ok());
        QTRY_VERIFY(layers.markers(MapLayer::Requests).isEmpty());
    }

    void locationPicker_findsTheAddress_andThePinCanBeMovedByHand()
    {
        testing::FakeBanServer ban;
        QNetworkAccessManager network;
        geo::Geocoder geocoder(ban.url(), &network);
        ui::LocationPicker picker(&geocoder, nullptr);
        picker.resize(640, 520);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy changed(&picker, &ui::LocationPicker::locationChanged);

        QTest::keyClicks(picker.addressEdit(), QStringLiteral("champ de foire"));
        QTRY_COMPARE_WITH_TIMEOUT(picker.matchList()->count(), 2, waitMs);
        QVERIFY(picker.matchList()->isVisible());
        QCOMPARE(picker.matchList()->item(0)->text(),
                 QStringLiteral("4 Place du Champ de Foire 23400 Bourganeuf"));
        // One lookup for the pause in typing, not one per key.
        QCOMPARE(ban.requestCount(), 1);
        QTest::mouseClick(picker.matchList()->viewport(), Qt::LeftButton, {},
                          picker.matchList()->visualItemRect(picker.matchList()->item(0)).center());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(picker.coordinate(), QGeoCoordinate(45.953639, 1.757969));
        QCOMPARE(picker.address(), QStringLiteral("4 Place du Champ de Foire 23400 Bourganeuf"));
        QVERIFY(picker.map()->isPinEditable());

        // The pin moved by hand: the place is the person's; the nearest address a suggestion.
        MapView *map = picker.map();
        const QPoint elsewhere = map->positionOf(picker.coordinate()).toPoint() + QPoint(60, 40);
        QTest::mouseClick(map, Qt::LeftButton, {}, elsewhere);
        QCOMPARE(changed.size(), 2);
        QVERIFY(picker.coordinate().distanceTo(map->coordinateAt(elsewhere)) < 1.0);
        QCOMPARE(picker.address(), QStringLiteral("4 Place du Champ de Foire 23400 Bourganeuf"));
        QTRY_VERIFY_WITH_TIMEOUT(picker.hint()->text().contains(QStringLiteral("Nearest address")),
                                 waitMs);

        // Offline: the lookup fails in words under the field, never in a dialog.
        ban.stop();
        picker.addressEdit()->clear();
        QTest::keyClicks(picker.addressEdit(), QStringLiteral("aubusson"));
        QTest::keyClick(picker.addressEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(picker.hint()->text().contains(QStringLiteral("offline")), waitMs);
        QVERIFY(!picker.matchList()->isVisible());
        QVERIFY(!QApplication::activeModalWidget());
    }

    void mapSettings_roundTripAndApplyToATileSource()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("releve.ini")), QSettings::IniFormat);
        QCOMPARE(geo::MapSettings::load(settings), geo::MapSettings());
        geo::MapSettings map;
        map.tileServer.urlTemplate = QStringLiteral("https://tiles.example/{z}/{x}/{y}{r}.png");
        map.tileServer.attribution = QStringLiteral("© Example");
        map.tileCacheBytes = 50 * 1024 * 1024;
        map.offlinePacks = { dir.filePath(QStringLiteral("missing.mbtiles")) };
        map.geocoderUrl = QUrl(QStringLiteral("https://data.geopf.fr/geocodage"));
        map.contact = QStringLiteral("mailto:it@agence.example");
        map.save(settings);
        QCOMPARE(geo::MapSettings::load(settings), map);

        TileSource source(nullptr);
        const domain::Errors errors
            = map.applyTo(source, dir.filePath(QStringLiteral("tiles.sqlite")));
        QCOMPARE(errors.size(), 1); // the pack that is not there, said so; the rest applied
        QCOMPARE(errors.first().code, QStringLiteral("not_found"));
        QCOMPARE(source.server(), map.tileServer);
        QCOMPARE(source.userAgent(),
                 QByteArrayLiteral("Releve/" RELEVE_VERSION " (+mailto:it@agence.example)"));
    }

    // The picture for the README: demo-like markers over a generated map of the Creuse, staff
    // and requests clustered at this zoom, a request's candidates and search radius.
    void screenshot_demoMarkersClustered()
    {
        testing::FakeTileServer fake(testing::FakeTileServer::Style::Map);
        QNetworkAccessManager network;
        TileSource source(&network);
        source.setServer(serverOf(fake));
        MapView view;
        view.resize(1000, 680);
        view.setTileSource(&source);
        ui::MapLayers *layers = view.layers();
        layers->setMarkers(MapLayer::Structures, testing::demoStructures());
        layers->setMarkers(MapLayer::Staff, testing::demoStaff(60));
        layers->setMarkers(MapLayer::Requests, testing::demoRequests());
        layers->setMarkers(MapLayer::Candidates, testing::demoCandidates());
        layers->setSearchArea(QGeoCoordinate(45.996, 1.849), 20);
        view.setView(QGeoCoordinate(46.03, 1.86), 10);
        view.selectMarker(QStringLiteral("request"), QStringLiteral("request-2"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, visibleTiles(view)), waitMs);
        QTest::qWait(50);
        int clusters = 0;
        for (const ui::MarkerCluster &cluster :
             layers->grid(MapLayer::Staff, view.zoom()).clusters())
            clusters += cluster.count > 1 ? 1 : 0;
        QVERIFY(clusters > 3);
        const QString path = QStringLiteral(RELEVE_BINARY_DIR "/screenshots/map.png");
        QVERIFY(view.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));

        // Offline, somewhere never cached: the plain background with the markers.
        fake.stop();
        TileSource offline(&network);
        offline.setServer(serverOf(fake));
        view.setTileSource(&offline);
        QTRY_VERIFY_WITH_TIMEOUT(view.isBackgroundMissing(), waitMs);
        QVERIFY(view.grab().save(QStringLiteral(RELEVE_BINARY_DIR "/screenshots/map-offline.png")));
    }
};

QTEST_MAIN(TstMapView)
#include "tst_mapview.moc"

// Tests of core/geo/tilesource against a tile server on loopback that serves generated PNG tiles
// and counts requests and connections: an area seen once needs no new request, draws from the
// disk cache with the server stopped, and an MBTiles pack draws with no server at all; the
// server sees at most two connections, a User-Agent naming Relève, and no download for a tile
// scrolled out of view before its turn.
#include "faketileserver.h"
#include "mbtilesfixture.h"

#include "core/geo/tilesource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace releve;
using geo::TileId;
using geo::TileSource;

namespace {

constexpr int waitMs = 30000; // a loaded machine; never a measure of speed

// The 3 × 3 tiles around Guéret at zoom 12, centre first as a view asks for them.
QList<TileId> gueretArea(int zoom = 12)
{
    const TileId centre = geo::tileAt(QGeoCoordinate(46.171, 1.872), zoom);
    QList<TileId> tiles { centre };
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            if (dx != 0 || dy != 0)
                tiles.append({ zoom, centre.x + dx, centre.y + dy });
    return tiles;
}

geo::TileServer serverOf(const testing::FakeTileServer &fake)
{
    geo::TileServer server;
    server.urlTemplate = fake.urlTemplate();
    server.attribution = QStringLiteral("© Test tiles");
    return server;
}

bool allLoaded(const TileSource &source, const QList<TileId> &tiles)
{
    return std::all_of(tiles.cbegin(), tiles.cend(), [&source](const TileId &id) {
        return source.state(id) == TileSource::TileState::Loaded;
    });
}

} // namespace

class TstTileSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secondViewOfTheSameArea_makesNoNewRequest()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.sqlite"));
        testing::FakeTileServer fake;
        QNetworkAccessManager network;
        const QList<TileId> area = gueretArea();
        {
            TileSource source(&network);
            source.setServer(serverOf(fake));
            QVERIFY(source.openCache(cachePath).ok());
            QSignalSpy loaded(&source, &TileSource::tileLoaded);
            source.requestTiles(area);
            QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, area), waitMs);
            QCOMPARE(fake.requestCount(), 9);
            QCOMPARE(loaded.size(), 9);
            const QImage tile = source.tile(area.first());
            QCOMPARE(tile.size(), QSize(256, 256));
            QCOMPARE(tile.pixelColor(128, 128), fake.colour());

            // The same view again: from memory, nothing asked.
            source.requestTiles(area);
            QVERIFY(allLoaded(source, area));
            QCOMPARE(fake.requestCount(), 9);
            QCOMPARE(source.cacheUsage().first, 9);
        }
        // Another run: memory is empty, the disk cache answers.
        TileSource source(&network);
        source.setServer(serverOf(fake));
        QVERIFY(source.openCache(cachePath).ok());
        source.requestTiles(area);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, area), waitMs);
        QCOMPARE(fake.requestCount(), 9);
        QCOMPARE(source.downloadsStarted(), 0);
    }

    void serverStopped_cachedAreaStillLoadsAndTheRestIsUnavailable()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.sqlite"));
        testing::FakeTileServer fake;
        QNetworkAccessManager network;
        const QList<TileId> area = gueretArea();
        {
            TileSource source(&network);
            source.setServer(serverOf(fake));
            QVERIFY(source.openCache(cachePath).ok());
            source.requestTiles(area);
            QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, area), waitMs);
        }
        fake.stop();

        TileSource source(&network);
        source.setServer(serverOf(fake));
        QVERIFY(source.openCache(cachePath).ok());
        QSignalSpy unavailable(&source, &TileSource::tileUnavailable);
        const TileId elsewhere { 12, 2000, 1400 };
        source.requestTiles(QList<TileId>(area) << elsewhere);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, area), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(elsewhere), TileSource::TileState::Unavailable,
                                  waitMs);
        QCOMPARE(unavailable.size(), 1);
        QCOMPARE(unavailable.first().first().value<TileId>(), elsewhere);
        QCOMPARE(source.tile(area.first()).pixelColor(10, 10), fake.colour());
        // Asked again at once, an unavailable tile is not retried (no storm of failures).
        const int started = source.downloadsStarted();
        source.requestTiles({ elsewhere });
        QCOMPARE(source.state(elsewhere), TileSource::TileState::Unavailable);
        QCOMPARE(source.downloadsStarted(), started);
    }

    void offlinePack_loadsWithNoServerAtAll()
    {
        QTemporaryDir dir;
        const QString packPath = dir.filePath(QStringLiteral("creuse.mbtiles"));
        const QList<TileId> area = gueretArea(11);
        QList<std::pair<TileId, QByteArray>> tiles;
        for (const TileId &id : area)
            tiles.append({ id,
                           testing::FakeTileServer::png(
                               testing::FakeTileServer::plainTile(QColor(0x33, 0x66, 0x99))) });
        QVERIFY(testing::writeMbtiles(
            packPath,
            { { QStringLiteral("name"), QStringLiteral("Creuse") },
              { QStringLiteral("format"), QStringLiteral("png") },
              { QStringLiteral("attribution"), QStringLiteral("© Pack contributors") } },
            tiles));

        TileSource source(nullptr); // no network at all
        QSignalSpy packsChanged(&source, &TileSource::offlinePacksChanged);
        const domain::Result<geo::MbtilesInfo> added = source.addOfflinePack(packPath);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        QCOMPARE(packsChanged.size(), 1);
        QCOMPARE(source.offlinePacks().size(), 1);
        QCOMPARE(source.attributions(),
                 QStringList({ QStringLiteral("© OpenStreetMap contributors"),
                               QStringLiteral("© Pack contributors") }));
        const TileId outside { 11, 0, 0 };
        source.requestTiles(QList<TileId>(area) << outside);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, area), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(outside), TileSource::TileState::Unavailable,
                                  waitMs);
        QCOMPARE(source.tile(area.first()).pixelColor(200, 50), QColor(0x33, 0x66, 0x99));

        // The same pack twice is one pack; removed, its tiles are forgotten.
        QVERIFY(source.addOfflinePack(packPath).ok());
        QCOMPARE(source.offlinePacks().size(), 1);
        QVERIFY(source.removeOfflinePack(packPath));
        QCOMPARE(source.state(area.first()), TileSource::TileState::Unknown);
        QVERIFY(source.offlinePacks().isEmpty());
    }

    void badPack_isRefusedAndNothingChanges()
    {
        TileSource source(nullptr);
        const domain::Result<geo::MbtilesInfo> added
            = source.addOfflinePack(QStringLiteral("/nowhere/creuse.mbtiles"));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("not_found"));
        QVERIFY(source.offlinePacks().isEmpty());
    }

    void downloads_useAtMostTwoConnections()
    {
        testing::FakeTileServer fake;
        fake.setDelay(20); // answers overlap if the client sends more than two at a time
        QNetworkAccessManager network;
        TileSource source(&network);
        source.setServer(serverOf(fake));
        QList<TileId> tiles;
        for (int x = 0; x < 6; ++x)
            for (int y = 0; y < 4; ++y)
                tiles.append({ 12, 2060 + x, 1450 + y });
        source.requestTiles(tiles);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, tiles), waitMs);
        QCOMPARE(fake.requestCount(), 24);
        QVERIFY2(fake.http().maxRequestsInProgress() <= 2,
                 qPrintable(QString::number(fake.http().maxRequestsInProgress())));
        QVERIFY2(fake.http().maxOpenConnections() <= 2,
                 qPrintable(QString::number(fake.http().maxOpenConnections())));
        QVERIFY(fake.http().connectionsOpened() <= 2); // kept alive, reused
    }

    void downloads_sendAUserAgentNamingReleve()
    {
        testing::FakeTileServer fake;
        QNetworkAccessManager network;
        TileSource source(&network);
        source.setServer(serverOf(fake));
        source.setUserAgent(geo::mapUserAgent(QStringLiteral("mailto:carto@agence.example")));
        source.requestTiles({ { 12, 2068, 1457 } });
        QTRY_COMPARE_WITH_TIMEOUT(fake.requestCount(), 1, waitMs);
        const QByteArray agent = fake.http().requests().first().headers.value("user-agent");
        QCOMPARE(agent,
                 QByteArrayLiteral("Releve/" RELEVE_VERSION " (+mailto:carto@agence.example)"));
        QVERIFY(geo::mapUserAgent({}).startsWith("Releve/"));
        // The tile usage policy forbids headers that defeat caching.
        const QHash<QByteArray, QByteArray> &headers = fake.http().requests().first().headers;
        QVERIFY2(!headers.contains("cache-control"), headers.value("cache-control").constData());
        QVERIFY(!headers.contains("pragma"));
    }

    void serversExpiry_isKept_andAnExpiredTileIsShownThenDownloadedAgain()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.sqlite"));
        testing::FakeTileServer fake;
        fake.setCacheControl(QByteArrayLiteral("public, max-age=86400"));
        QNetworkAccessManager network;
        const TileId fresh { 12, 2068, 1457 };
        const TileId old { 12, 2069, 1457 };
        {
            TileSource source(&network);
            source.setServer(serverOf(fake));
            QVERIFY(source.openCache(cachePath).ok());
            source.requestTiles({ fresh });
            QTRY_COMPARE_WITH_TIMEOUT(source.state(fresh), TileSource::TileState::Loaded, waitMs);
        }
        {
            geo::TileCache cache;
            QVERIFY(cache.open(cachePath).ok());
            const std::optional<geo::CachedTile> tile
                = cache.find(serverOf(fake).cacheKey(), fresh);
            QVERIFY(tile);
            QCOMPARE(tile->fetchedAt.secsTo(tile->expiresAt), 86400);
            // A tile fetched a month ago that expired a week later, in another colour.
            const QDateTime monthAgo = QDateTime::currentDateTimeUtc().addDays(-30);
            QVERIFY(cache.insert(
                serverOf(fake).cacheKey(), old,
                testing::FakeTileServer::png(testing::FakeTileServer::plainTile(Qt::red)), monthAgo,
                monthAgo.addDays(7)));
        }
        TileSource source(&network);
        source.setServer(serverOf(fake));
        QVERIFY(source.openCache(cachePath).ok());
        QSignalSpy loaded(&source, &TileSource::tileLoaded);
        source.requestTiles({ fresh, old });
        // Both shown from the cache at once; only the expired one is asked for again.
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, waitMs);
        QCOMPARE(fake.requestedTiles(),
                 QStringList({ QStringLiteral("12/2068/1457"), QStringLiteral("12/2069/1457") }));
        QCOMPARE(source.tile(old).pixelColor(5, 5), fake.colour());
        QCOMPARE(source.tile(fresh).pixelColor(5, 5), fake.colour());
    }

    void highDpiScreen_asksForRetinaTiles()
    {
        testing::FakeTileServer fake;
        QNetworkAccessManager network;
        TileSource source(&network);
        source.setServer(serverOf(fake));
        source.setDevicePixelRatio(2.0);
        QCOMPARE(source.tileScale(), 2);
        const TileId id { 12, 2068, 1457 };
        source.requestTiles({ id });
        QTRY_COMPARE_WITH_TIMEOUT(source.state(id), TileSource::TileState::Loaded, waitMs);
        QCOMPARE(fake.requestedTiles(), QStringList { QStringLiteral("12/2068/1457@2x") });
        const QImage tile = source.tile(id);
        QCOMPARE(tile.size(), QSize(512, 512));
        QCOMPARE(tile.devicePixelRatio(), 2.0);

        // A server without {r} has no such tiles: plain ones are asked for.
        geo::TileServer plain = serverOf(fake);
        plain.urlTemplate.remove(QStringLiteral("{r}"));
        source.setServer(plain);
        QCOMPARE(source.tileScale(), 1);
        QCOMPARE(source.state(id), TileSource::TileState::Unknown);
    }

    void tilesScrolledAwayBeforeTheirTurn_areNotDownloaded()
    {
        testing::FakeTileServer fake;
        fake.http().hold();
        QNetworkAccessManager network;
        TileSource source(&network);
        source.setServer(serverOf(fake));
        QList<TileId> first;
        for (int x = 0; x < 10; ++x)
            first.append({ 12, 2060 + x, 1450 });
        source.requestTiles(first);
        QTRY_COMPARE_WITH_TIMEOUT(fake.http().heldCount(), 2, waitMs);

        const QList<TileId> second { { 12, 2060, 1460 }, { 12, 2061, 1460 }, { 12, 2062, 1460 } };
        source.requestTiles(second);
        fake.http().release();
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, second), waitMs);
        // The two downloads already under way finish; the other eight were never asked for.
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(source, first.mid(0, 2)), waitMs);
        QCOMPARE(fake.requestCount(), 5);
        QCOMPARE(source.state(first.at(5)), TileSource::TileState::Unknown);
    }

    void answerThatIsNoImage_isUnavailableAndNotCached()
    {
        QTemporaryDir dir;
        testing::FakeTileServer fake;
        fake.setBroken(true);
        QNetworkAccessManager network;
        TileSource source(&network);
        source.setServer(serverOf(fake));
        QVERIFY(source.openCache(dir.filePath(QStringLiteral("tiles.sqlite"))).ok());
        const TileId id { 12, 2068, 1457 };
        source.requestTiles({ id });
        QTRY_COMPARE_WITH_TIMEOUT(source.state(id), TileSource::TileState::Unavailable, waitMs);
        QCOMPARE(source.cacheUsage().first, 0);
    }

    void networkSwitchedOff_usesTheCacheOnly()
    {
        testing::FakeTileServer fake;
        QNetworkAccessManager network;
        TileSource source(&network);
        source.setServer(serverOf(fake));
        source.setNetworkEnabled(false);
        const TileId id { 12, 2068, 1457 };
        source.requestTiles({ id });
        QTRY_COMPARE_WITH_TIMEOUT(source.state(id), TileSource::TileState::Unavailable, waitMs);
        QCOMPARE(fake.requestCount(), 0);

        // Back online: the view asks again and gets it.
        QSignalSpy invalidated(&source, &TileSource::tilesInvalidated);
        source.setNetworkEnabled(true);
        QCOMPARE(invalidated.size(), 1);
        source.requestTiles({ id });
        QTRY_COMPARE_WITH_TIMEOUT(source.state(id), TileSource::TileState::Loaded, waitMs);
        QCOMPARE(fake.requestCount(), 1);
    }

    void missingTile_404_isUnavailable()
    {
        testing::FakeTileServer fake;
        QNetworkAccessManager network;
        TileSource source(&network);
        geo::TileServer server = serverOf(fake);
        server.urlTemplate.replace(QStringLiteral("/tiles/"), QStringLiteral("/nothing/"));
        source.setServer(server);
        const TileId id { 12, 2068, 1457 };
        source.requestTiles({ id });
        QTRY_COMPARE_WITH_TIMEOUT(source.state(id), TileSource::TileState::Unavailable, waitMs);
        QCOMPARE(fake.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TstTileSource)
#include "tst_tilesource.moc"

// Tests of core/geo/tilecache: tiles kept across runs, the size bound with the least recently
// used tiles evicted first, and an unreadable file replaced by an empty cache.
#include "core/geo/tilecache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace releve;
using geo::TileId;

namespace {

const QString osm = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
const QDateTime fetched = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QByteArray bytes(int size, char fill)
{
    return QByteArray(size, fill);
}

} // namespace

class TstTileCache : public QObject
{
    Q_OBJECT

private slots:
    void insertThenFind_returnsTheSameBytes()
    {
        QTemporaryDir dir;
        geo::TileCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("maps/tiles.sqlite"))).ok());
        QVERIFY(cache.insert(osm, { 10, 517, 363 }, bytes(100, 'a'), fetched));
        const std::optional<geo::CachedTile> tile = cache.find(osm, { 10, 517, 363 });
        QVERIFY(tile);
        QCOMPARE(tile->data, bytes(100, 'a'));
        QCOMPARE(tile->fetchedAt, fetched);
        // No expiry from the server: OpenStreetMap's 7 days.
        QCOMPARE(tile->expiresAt, fetched.addDays(7));
        QVERIFY(cache.insert(osm, { 10, 517, 364 }, bytes(10, 'a'), fetched, fetched.addSecs(60)));
        QCOMPARE(cache.find(osm, { 10, 517, 364 })->expiresAt, fetched.addSecs(60));
        QVERIFY(!cache.find(osm, { 10, 517, 365 }));
        // Another server's tile of the same number is another tile.
        QVERIFY(!cache.find(QStringLiteral("https://other/{z}/{x}/{y}.png"), { 10, 517, 363 }));
        QCOMPARE(cache.count(), 2);
        QCOMPARE(cache.size(), 110);
    }

    void reopen_keepsTilesAndSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiles.sqlite"));
        {
            geo::TileCache cache;
            QVERIFY(cache.open(path).ok());
            for (int x = 0; x < 5; ++x)
                QVERIFY(cache.insert(osm, { 10, x, 0 }, bytes(10 + x, 'b'), fetched));
            // Replacing a tile counts its new size, not both.
            QVERIFY(cache.insert(osm, { 10, 0, 0 }, bytes(20, 'c'), fetched));
        }
        geo::TileCache cache;
        QVERIFY(cache.open(path).ok());
        QCOMPARE(cache.count(), 5);
        QCOMPARE(cache.size(), 20 + 11 + 12 + 13 + 14);
        QCOMPARE(cache.find(osm, { 10, 0, 0 })->data, bytes(20, 'c'));
    }

    void overMaximum_evictsLeastRecentlyUsedFirst()
    {
        QTemporaryDir dir;
        geo::TileCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("tiles.sqlite"))).ok());
        cache.setMaximumSize(10000);
        for (int x = 0; x < 10; ++x)
            QVERIFY(cache.insert(osm, { 12, x, 0 }, bytes(1000, 'd'), fetched));
        QCOMPARE(cache.count(), 10);
        // Tile 0 is seen again: the least recently used are now 1 and 2.
        QVERIFY(cache.find(osm, { 12, 0, 0 }));
        QVERIFY(cache.insert(osm, { 12, 10, 0 }, bytes(1000, 'e'), fetched));
        QVERIFY(cache.size() <= 9000);
        QCOMPARE(cache.count(), 9);
        QVERIFY(cache.contains(osm, { 12, 0, 0 }));
        QVERIFY(!cache.contains(osm, { 12, 1, 0 }));
        QVERIFY(!cache.contains(osm, { 12, 2, 0 }));
        for (int x = 3; x <= 10; ++x)
            QVERIFY2(cache.contains(osm, { 12, x, 0 }), qPrintable(QString::number(x)));
    }

    void smallerMaximum_evictsAtOnceAndAcrossRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiles.sqlite"));
        {
            geo::TileCache cache;
            QVERIFY(cache.open(path).ok());
            for (int x = 0; x < 10; ++x)
                QVERIFY(cache.insert(osm, { 12, x, 0 }, bytes(1000, 'f'), fetched));
            QVERIFY(cache.find(osm, { 12, 0, 0 })); // the most recently used from now on
        }
        geo::TileCache cache;
        cache.setMaximumSize(5000);
        QVERIFY(cache.open(path).ok()); // the order of use survived the restart
        QCOMPARE(cache.count(), 4);
        QVERIFY(cache.contains(osm, { 12, 0, 0 }));
        QVERIFY(cache.contains(osm, { 12, 9, 0 }));
        QVERIFY(!cache.contains(osm, { 12, 1, 0 }));
        cache.setMaximumSize(2000);
        QCOMPARE(cache.count(), 1);
        QVERIFY(cache.contains(osm, { 12, 0, 0 }));
    }

    void unreadableFile_isReplacedByAnEmptyCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiles.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        geo::TileCache cache;
        QVERIFY(cache.open(path).ok());
        QVERIFY(cache.isOpen());
        QCOMPARE(cache.count(), 0);
        QVERIFY(cache.insert(osm, { 1, 0, 0 }, bytes(5, 'g'), fetched));
        QVERIFY(cache.find(osm, { 1, 0, 0 }));
    }

    void clear_removesEverything()
    {
        QTemporaryDir dir;
        geo::TileCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("tiles.sqlite"))).ok());
        QVERIFY(cache.insert(osm, { 1, 0, 0 }, bytes(5, 'h'), fetched));
        cache.clear();
        QCOMPARE(cache.count(), 0);
        QCOMPARE(cache.size(), 0);
        QVERIFY(!cache.find(osm, { 1, 0, 0 }));
    }

    void closedCache_findsNothingAndStoresNothing()
    {
        geo::TileCache cache;
        QVERIFY(!cache.insert(osm, { 1, 0, 0 }, bytes(5, 'i'), fetched));
        QVERIFY(!cache.find(osm, { 1, 0, 0 }));
    }
};

QTEST_GUILESS_MAIN(TstTileCache)
#include "tst_tilecache.moc"

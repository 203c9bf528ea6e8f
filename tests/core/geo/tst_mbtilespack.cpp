// Tests of core/geo/mbtilespack: a pack written by the test as MBTiles 1.3 lays it out is read
// back with its rows flipped from TMS, its metadata, and the errors a person can act on.
#include "mbtilesfixture.h"

#include "core/geo/mbtilespack.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace releve;
using geo::TileId;

class TstMbtilesPack : public QObject
{
    Q_OBJECT

private slots:
    void open_readsMetadataAndTilesWithTmsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("creuse.mbtiles"));
        const TileId gueret { 10, 517, 363 };
        QVERIFY(testing::writeMbtiles(
            path,
            { { QStringLiteral("name"), QStringLiteral("Creuse") },
              { QStringLiteral("format"), QStringLiteral("png") },
              { QStringLiteral("bounds"), QStringLiteral("1.37,45.66,2.61,46.46") },
              { QStringLiteral("minzoom"), QStringLiteral("8") },
              { QStringLiteral("maxzoom"), QStringLiteral("12") },
              { QStringLiteral("attribution"), QStringLiteral("© Test contributors") } },
            { { gueret, QByteArrayLiteral("guéret") },
              { TileId { 10, 517, 0 }, QByteArrayLiteral("far north") } }));

        geo::MbtilesPack pack;
        const domain::Result<geo::MbtilesInfo> info = pack.open(path);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->name, QStringLiteral("Creuse"));
        QCOMPARE(info->format, QStringLiteral("png"));
        QCOMPARE(info->minZoom, 8);
        QCOMPARE(info->maxZoom, 12);
        QCOMPARE(info->attribution, QStringLiteral("© Test contributors"));
        QVERIFY(info->bounds.contains(QGeoCoordinate(46.171, 1.872)));

        QCOMPARE(pack.tile(gueret).value_or(QByteArray()), QByteArrayLiteral("guéret"));
        // The row as stored (TMS) is not the XYZ row.
        QVERIFY(!pack.tile({ 10, 517, gueret.tmsRow() }));
        // Outside the bounds or the zooms: not even looked up.
        QVERIFY(!info->mayCover({ 10, 517, 0 }));
        QVERIFY(!pack.tile({ 10, 517, 0 }));
        QVERIFY(!info->mayCover(gueret.parent().parent().parent()));
        QVERIFY(info->mayCover(gueret.parent()));
    }

    void missingMetadata_fallsBackOnTheTiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bare.mbtiles"));
        QVERIFY(testing::writeMbtiles(path, {},
                                      { { TileId { 5, 15, 11 }, QByteArrayLiteral("a") },
                                        { TileId { 7, 63, 45 }, QByteArrayLiteral("b") } }));
        const domain::Result<geo::MbtilesInfo> info = geo::MbtilesPack::inspect(path);
        QVERIFY(info.ok());
        QCOMPARE(info->name, QStringLiteral("bare"));
        QCOMPARE(info->format, QStringLiteral("png"));
        QCOMPARE(info->minZoom, 5);
        QCOMPARE(info->maxZoom, 7);
        QVERIFY(!info->bounds.isValid());
    }

    void missingFile_isNotFound()
    {
        const domain::Result<geo::MbtilesInfo> info
            = geo::MbtilesPack::inspect(QStringLiteral("/nowhere/creuse.mbtiles"));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("not_found"));
    }

    void otherFile_isNotMbtiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo.mbtiles"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'z'));
        file.close();
        const domain::Result<geo::MbtilesInfo> info = geo::MbtilesPack::inspect(path);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("not_mbtiles"));
        QVERIFY(info.error().message.contains(QStringLiteral("photo.mbtiles")));
    }

    void vectorPack_isRefusedWithAReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vector.mbtiles"));
        QVERIFY(testing::writeMbtiles(path, { { QStringLiteral("format"), QStringLiteral("pbf") } },
                                      { { TileId { 5, 15, 11 }, QByteArrayLiteral("pbf") } }));
        const domain::Result<geo::MbtilesInfo> info = geo::MbtilesPack::inspect(path);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("unsupported_format"));
        QVERIFY(info.error().message.contains(QStringLiteral("raster")));
    }
};

QTEST_GUILESS_MAIN(TstMbtilesPack)
#include "tst_mbtilespack.moc"

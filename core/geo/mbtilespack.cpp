#include "mbtilespack.h"

#include <QFileInfo>
#include <QImageReader>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace releve::geo {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("releve-mbtiles-%1").arg(++counter);
}

domain::Error notMbtiles(const QString &path)
{
    return { QStringLiteral("not_mbtiles"), QStringLiteral("path"),
             QStringLiteral("%1 is not an MBTiles map pack (an SQLite file with \"metadata\" and "
                            "\"tiles\" tables). Choose a raster .mbtiles file.")
                 .arg(QFileInfo(path).fileName()) };
}

bool readableFormat(const QString &format)
{
    const QByteArray name = format == u"jpeg" ? QByteArrayLiteral("jpg") : format.toLatin1();
    return QImageReader::supportedImageFormats().contains(name);
}

} // namespace

bool MbtilesInfo::mayCover(const TileId &id) const
{
    if (id.z < minZoom || id.z > maxZoom)
        return false;
    return !bounds.isValid() || bounds.intersects(tileBounds(id));
}

class MbtilesPack::Private
{
public:
    QString connection;
    MbtilesInfo info;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    domain::Result<MbtilesInfo> read(const QFileInfo &file);

    void closeConnection()
    {
        if (connection.isEmpty())
            return;
        {
            QSqlDatabase database = QSqlDatabase::database(connection, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(connection);
        connection.clear();
    }
};

MbtilesPack::MbtilesPack()
    : d(std::make_unique<Private>())
{ }

MbtilesPack::~MbtilesPack()
{
    close();
}

domain::Result<MbtilesInfo> MbtilesPack::open(const QString &path)
{
    close();
    const QFileInfo file(path);
    if (!file.isFile())
        return domain::Error { QStringLiteral("not_found"), QStringLiteral("path"),
                               QStringLiteral("The map pack %1 cannot be found. Check that the "
                                              "drive holding it is connected.")
                                   .arg(path) };

    d->connection = newConnectionName();
    domain::Result<MbtilesInfo> read = d->read(file);
    if (!read) {
        close(); // after read() let go of its queries: a connection in use cannot be removed
        return read;
    }
    d->info = *read;
    return read;
}

domain::Result<MbtilesInfo> MbtilesPack::Private::read(const QFileInfo &file)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    database.setDatabaseName(file.absoluteFilePath());
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!database.open())
        return notMbtiles(file.filePath());

    MbtilesInfo info;
    info.path = file.absoluteFilePath();
    info.name = file.completeBaseName();
    bool hasMinZoom = false;
    bool hasMaxZoom = false;
    QSqlQuery metadata(database);
    if (!metadata.exec(QStringLiteral("SELECT name, value FROM metadata")))
        return notMbtiles(file.filePath());
    while (metadata.next()) {
        const QString key = metadata.value(0).toString().trimmed();
        const QString value = metadata.value(1).toString().trimmed();
        if (key == u"name" && !value.isEmpty()) {
            info.name = value;
        } else if (key == u"description") {
            info.description = value;
        } else if (key == u"attribution") {
            info.attribution = value;
        } else if (key == u"format") {
            info.format = value.toLower();
        } else if (key == u"minzoom") {
            info.minZoom = value.toInt(&hasMinZoom);
        } else if (key == u"maxzoom") {
            info.maxZoom = value.toInt(&hasMaxZoom);
        } else if (key == u"bounds") {
            // "left,bottom,right,top" in WGS 84 degrees (MBTiles 1.3).
            const QStringList parts = value.split(u',');
            if (parts.size() == 4) {
                bool ok[4] = {};
                const double left = parts[0].toDouble(&ok[0]);
                const double bottom = parts[1].toDouble(&ok[1]);
                const double right = parts[2].toDouble(&ok[2]);
                const double top = parts[3].toDouble(&ok[3]);
                if (ok[0] && ok[1] && ok[2] && ok[3] && left < right && bottom < top)
                    info.bounds
                        = QGeoRectangle(QGeoCoordinate(top, left), QGeoCoordinate(bottom, right));
            }
        }
    }
    metadata.finish();

    QSqlQuery zooms(database);
    if (!zooms.exec(QStringLiteral("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles"))
        || !zooms.next())
        return notMbtiles(file.filePath());
    if (!hasMinZoom)
        info.minZoom = zooms.value(0).toInt();
    if (!hasMaxZoom)
        info.maxZoom = zooms.value(1).toInt();

    if (info.format.isEmpty())
        info.format = QStringLiteral("png"); // MBTiles 1.0 had no "format"
    if (info.format == u"pbf" || !readableFormat(info.format))
        return domain::Error { QStringLiteral("unsupported_format"), QStringLiteral("format"),
                               QStringLiteral(
                                   "The map pack %1 holds \"%2\" tiles; Relève shows raster packs "
                                   "(png or jpg). Ask for a raster version of the pack.")
                                   .arg(file.fileName(), info.format) };
    return info;
}

void MbtilesPack::close()
{
    d->closeConnection();
    d->info = {};
}

bool MbtilesPack::isOpen() const
{
    return !d->connection.isEmpty();
}

const MbtilesInfo &MbtilesPack::info() const
{
    return d->info;
}

std::optional<QByteArray> MbtilesPack::tile(const TileId &id) const
{
    if (!isOpen() || !id.isValid() || !d->info.mayCover(id))
        return std::nullopt;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT tile_data FROM tiles "
                                 "WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    query.addBindValue(id.z);
    query.addBindValue(id.x);
    query.addBindValue(id.tmsRow());
    if (!query.exec() || !query.next())
        return std::nullopt;
    QByteArray data = query.value(0).toByteArray();
    if (data.isEmpty())
        return std::nullopt;
    return data;
}

domain::Result<MbtilesInfo> MbtilesPack::inspect(const QString &path)
{
    MbtilesPack pack;
    return pack.open(path);
}

} // namespace releve::geo

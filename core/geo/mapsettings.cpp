#include "mapsettings.h"

#include "tilesource.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace releve::geo {

namespace {

const QString urlTemplateKey = QStringLiteral("map/tileUrlTemplate");
const QString attributionKey = QStringLiteral("map/tileAttribution");
const QString attributionUrlKey = QStringLiteral("map/tileAttributionUrl");
const QString minZoomKey = QStringLiteral("map/tileMinZoom");
const QString maxZoomKey = QStringLiteral("map/tileMaxZoom");
const QString cacheBytesKey = QStringLiteral("map/tileCacheBytes");
const QString packsKey = QStringLiteral("map/offlinePacks");
const QString networkKey = QStringLiteral("map/networkEnabled");
const QString geocoderKey = QStringLiteral("map/geocoderUrl");
const QString contactKey = QStringLiteral("map/contact");

} // namespace

MapSettings MapSettings::load(const QSettings &settings)
{
    MapSettings map;
    TileServer server = map.tileServer;
    if (settings.contains(urlTemplateKey)) {
        server.urlTemplate = settings.value(urlTemplateKey).toString().trimmed();
        server.attribution = settings.value(attributionKey).toString();
        server.attributionUrl = settings.value(attributionUrlKey).toUrl();
        server.minZoom = std::clamp(settings.value(minZoomKey, 0).toInt(), 0, maxTileZoom);
        server.maxZoom
            = std::clamp(settings.value(maxZoomKey, 19).toInt(), server.minZoom, maxTileZoom);
    }
    if (server.isValid())
        map.tileServer = server;
    bool ok = false;
    const qint64 bytes = settings.value(cacheBytesKey).toLongLong(&ok);
    if (ok && bytes >= 0)
        map.tileCacheBytes = bytes;
    map.offlinePacks = settings.value(packsKey).toStringList();
    map.networkEnabled = settings.value(networkKey, true).toBool();
    const QUrl geocoder = settings.value(geocoderKey).toUrl();
    if (geocoder.isValid() && !geocoder.host().isEmpty())
        map.geocoderUrl = geocoder;
    if (settings.contains(contactKey))
        map.contact = settings.value(contactKey).toString().trimmed();
    return map;
}

void MapSettings::save(QSettings &settings) const
{
    settings.setValue(urlTemplateKey, tileServer.urlTemplate);
    settings.setValue(attributionKey, tileServer.attribution);
    settings.setValue(attributionUrlKey, tileServer.attributionUrl);
    settings.setValue(minZoomKey, tileServer.minZoom);
    settings.setValue(maxZoomKey, tileServer.maxZoom);
    settings.setValue(cacheBytesKey, tileCacheBytes);
    settings.setValue(packsKey, offlinePacks);
    settings.setValue(networkKey, networkEnabled);
    settings.setValue(geocoderKey, geocoderUrl);
    settings.setValue(contactKey, contact);
}

QString MapSettings::tileCachePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("map-tiles.sqlite"));
}

QString MapSettings::geocodeCachePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("geocoding.sqlite"));
}

domain::Errors MapSettings::applyTo(TileSource &source, const QString &cachePath) const
{
    domain::Errors errors;
    source.setServer(tileServer);
    source.setUserAgent(userAgent());
    source.setNetworkEnabled(networkEnabled);
    if (!cachePath.isEmpty()) {
        const domain::Result<bool> opened = source.openCache(cachePath, tileCacheBytes);
        if (!opened)
            errors.append(opened.errors());
    }
    for (const QString &pack : offlinePacks) {
        const domain::Result<MbtilesInfo> added = source.addOfflinePack(pack);
        if (!added)
            errors.append(added.errors());
    }
    return errors;
}

} // namespace releve::geo

// The map's settings as typed keys in QSettings ("map/…"): tile server, disk cache size, offline
// packs, geocoding server and the contact sent in the User-Agent. The settings screen edits
// them; the main window applies them to its TileSource and Geocoder at start-up.
#pragma once

#include "core/domain/error.h"
#include "tilecache.h"
#include "tileserver.h"

#include <QStringList>
#include <QUrl>

class QSettings;

namespace releve::geo {

class TileSource;

struct MapSettings
{
    // The Base Adresse Nationale's API. The same API is also served by the IGN Géoplateforme
    // (https://data.geopf.fr/geocodage): the server URL is a setting for that reason.
    static QUrl defaultGeocoderUrl()
    {
        return QUrl(QStringLiteral("https://api-adresse.data.gouv.fr"));
    }
    // Sent in the User-Agent so that a map service can reach whoever runs the software
    // (OpenStreetMap's tile usage policy). A deployment sets its own.
    static QString defaultContact() { return QStringLiteral("https://releve.invalid/"); }

    TileServer tileServer = TileServer::openStreetMap();
    qint64 tileCacheBytes = TileCache::defaultMaximumSize;
    QStringList offlinePacks; // absolute paths of .mbtiles files, in lookup order
    bool networkEnabled = true; // false: tiles from the cache and the packs only
    QUrl geocoderUrl = defaultGeocoderUrl();
    QString contact = defaultContact();

    QByteArray userAgent() const { return mapUserAgent(contact); }

    // Missing or invalid values read as their defaults.
    static MapSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // Where the caches live: <CacheLocation>/map-tiles.sqlite (may be cleared by the system) and
    // <AppLocalDataLocation>/geocoding.sqlite (kept: the addresses a coordinator looked up).
    static QString tileCachePath();
    static QString geocodeCachePath();

    // Server, User-Agent, network switch, disk cache and packs onto a tile source. Returns the
    // errors of the cache and of the packs that could not be opened (the others are added).
    domain::Errors applyTo(TileSource &source, const QString &cachePath = tileCachePath()) const;

    friend bool operator==(const MapSettings &, const MapSettings &) = default;
};

} // namespace releve::geo

// A raster tile server described by an XYZ URL template ("https://tile.openstreetmap.org/{z}/{x}/
// {y}.png"), with the attribution its licence asks the map to show.
#pragma once

#include "tilemath.h"

#include <QUrl>

namespace releve::geo {

struct TileServer
{
    // Placeholders: {z}, {x}, {y}; {r} becomes "@2x" for high-DPI tiles and "" otherwise, so a
    // template without {r} has no high-DPI tiles (Leaflet's convention).
    QString urlTemplate;
    QString attribution; // shown on the map, e.g. "© OpenStreetMap contributors"
    QUrl attributionUrl; // where the attribution leads
    int minZoom = 0;
    int maxZoom = 19;

    bool isValid() const;
    bool hasHighDpiTiles() const;
    // The tile's URL at a scale (1, or 2 for "@2x" when the template has {r}).
    QUrl tileUrl(const TileId &id, int scale = 1) const;
    // What identifies this server's tiles at a scale in a cache: the template, {r} resolved.
    QString cacheKey(int scale = 1) const;

    // OpenStreetMap's standard tile layer. Its usage policy
    // (https://operations.osmfoundation.org/policies/tiles/) asks for the attribution, a
    // User-Agent that identifies the application, at most two download connections, and
    // tiles kept locally (7 days unless the server says otherwise).
    static TileServer openStreetMap();

    friend bool operator==(const TileServer &, const TileServer &) = default;
};

// The User-Agent Relève sends to map services: "Releve/<version> (+<contact>)".
QByteArray mapUserAgent(const QString &contact);

} // namespace releve::geo

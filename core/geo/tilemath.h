// Web Mercator tile maths for the map (the "slippy map" scheme of OpenStreetMap, XYZ tiles of
// 256 pixels, y growing southwards; https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames),
// the TMS row flip MBTiles uses, ground resolution and the scale bar's round lengths.
#pragma once

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QHashFunctions>
#include <QPointF>
#include <QString>

namespace releve::geo {

// Logical pixels per tile side; a high-DPI ("@2x") tile has twice as many device pixels.
inline constexpr int tileSize = 256;
// Web Mercator stops here: atan(sinh(π)).
inline constexpr double maxMercatorLatitude = 85.0511287798066;
// Deepest zoom any tile server serves.
inline constexpr int maxTileZoom = 22;

struct TileId
{
    int z = -1;
    int x = 0;
    int y = 0;

    // z in 0…maxTileZoom, x and y in 0…2^z − 1.
    bool isValid() const;
    // The tile of zoom z − 1 that covers this one (invalid for z = 0).
    TileId parent() const;
    // The tile of zoom `zoom` (≤ z) that covers this one.
    TileId ancestor(int zoom) const;
    // MBTiles stores rows in the TMS order: row 0 is the southernmost (MBTiles 1.3, "tiles").
    int tmsRow() const { return (1 << z) - 1 - y; }
    static TileId fromTms(int z, int x, int tmsRow) { return { z, x, (1 << z) - 1 - tmsRow }; }
    QString toString() const; // "z/x/y"

    friend bool operator==(const TileId &a, const TileId &b)
    {
        return a.z == b.z && a.x == b.x && a.y == b.y;
    }
    friend bool operator!=(const TileId &a, const TileId &b) { return !(a == b); }
    friend size_t qHash(const TileId &id, size_t seed = 0)
    {
        return qHashMulti(seed, id.z, id.x, id.y);
    }
};

// Number of tiles along one side of the world at a zoom: 2^zoom.
inline int tilesAcross(int zoom)
{
    return 1 << zoom;
}

// A point in "world units": Web Mercator scaled so that the world is the square [0, 1) × [0, 1),
// x eastwards from 180° W, y southwards from 85.0511° N. Latitudes beyond the Mercator limit
// are clamped to it. Multiply by tileSize × 2^zoom for pixels at a zoom.
QPointF worldPoint(const QGeoCoordinate &coordinate);
QGeoCoordinate coordinateAt(const QPointF &world);

// The tile that holds a point at a zoom (x and y clamped to the world).
TileId tileAt(const QGeoCoordinate &coordinate, int zoom);
// The area a tile covers.
QGeoRectangle tileBounds(const TileId &id);

// Metres on the ground per logical pixel at a latitude and zoom, for 256-pixel tiles on the
// WGS 84 equator (2π × 6378137 m / 256 / 2^zoom × cos(latitude)).
double metresPerPixel(double latitude, int zoom);

// A scale bar: the longest round length (1, 2 or 5 × 10^n metres) that fits in maxPixels.
struct ScaleBar
{
    double metres = 0;
    double pixels = 0;
};
ScaleBar scaleBarFor(double metresPerPixel, double maxPixels);

} // namespace releve::geo

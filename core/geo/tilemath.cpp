#include "tilemath.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace releve::geo {

namespace {

constexpr double pi = std::numbers::pi;
constexpr double earthEquatorialRadius = 6378137.0; // WGS 84 semi-major axis, metres

double degrees(double radians)
{
    return radians * 180.0 / pi;
}

double radians(double degrees)
{
    return degrees * pi / 180.0;
}

} // namespace

bool TileId::isValid() const
{
    return z >= 0 && z <= maxTileZoom && x >= 0 && y >= 0 && x < tilesAcross(z)
        && y < tilesAcross(z);
}

TileId TileId::parent() const
{
    if (z <= 0)
        return {};
    return { z - 1, x >> 1, y >> 1 };
}

TileId TileId::ancestor(int zoom) const
{
    if (zoom < 0 || zoom > z)
        return {};
    const int shift = z - zoom;
    return { zoom, x >> shift, y >> shift };
}

QString TileId::toString() const
{
    return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y);
}

QPointF worldPoint(const QGeoCoordinate &coordinate)
{
    const double lat = std::clamp(coordinate.latitude(), -maxMercatorLatitude, maxMercatorLatitude);
    const double x = (coordinate.longitude() + 180.0) / 360.0;
    const double y = (1.0 - std::asinh(std::tan(radians(lat))) / pi) / 2.0;
    return { x, y };
}

QGeoCoordinate coordinateAt(const QPointF &world)
{
    const double lon = world.x() * 360.0 - 180.0;
    const double lat = degrees(std::atan(std::sinh(pi * (1.0 - 2.0 * world.y()))));
    return QGeoCoordinate(lat, lon);
}

TileId tileAt(const QGeoCoordinate &coordinate, int zoom)
{
    const QPointF world = worldPoint(coordinate);
    const int n = tilesAcross(zoom);
    const int x = std::clamp(int(std::floor(world.x() * n)), 0, n - 1);
    const int y = std::clamp(int(std::floor(world.y() * n)), 0, n - 1);
    return { zoom, x, y };
}

QGeoRectangle tileBounds(const TileId &id)
{
    const double n = tilesAcross(id.z);
    return QGeoRectangle(coordinateAt(QPointF(id.x / n, id.y / n)),
                         coordinateAt(QPointF((id.x + 1) / n, (id.y + 1) / n)));
}

double metresPerPixel(double latitude, int zoom)
{
    const double equator = 2.0 * pi * earthEquatorialRadius;
    return equator * std::cos(radians(latitude)) / (double(tileSize) * tilesAcross(zoom));
}

ScaleBar scaleBarFor(double metresPerPixel, double maxPixels)
{
    if (!(metresPerPixel > 0) || !(maxPixels > 0))
        return {};
    const double maxMetres = metresPerPixel * maxPixels;
    double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (;;) {
        for (const double step : { 5.0, 2.0, 1.0 }) {
            const double metres = step * magnitude;
            if (metres <= maxMetres)
                return { metres, metres / metresPerPixel };
        }
        magnitude /= 10.0; // only reached through rounding of log10 near a power of ten
    }
}

} // namespace releve::geo

// A WGS 84 point as stored in records ({"lat", "lon"}).
#pragma once

#include <QGeoCoordinate>
#include <QJsonObject>

#include <cmath>

namespace releve::domain {

struct GeoPoint
{
    double lat = qQNaN();
    double lon = qQNaN();

    bool isValid() const { return !std::isnan(lat) && !std::isnan(lon); }
    QGeoCoordinate coordinate() const { return QGeoCoordinate(lat, lon); }
    // Great-circle distance in kilometres.
    double distanceKm(const GeoPoint &other) const
    {
        return coordinate().distanceTo(other.coordinate()) / 1000.0;
    }
    QJsonObject toJson() const
    {
        return QJsonObject{ { QStringLiteral("lat"), lat }, { QStringLiteral("lon"), lon } };
    }
    friend bool operator==(const GeoPoint &a, const GeoPoint &b)
    {
        return a.lat == b.lat && a.lon == b.lon;
    }
};

} // namespace releve::domain

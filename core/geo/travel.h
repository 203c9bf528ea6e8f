// core/geo: coordinates, distances, geocoding and tile maths (DESIGN.md, "Maps and places").
// This header estimates road distance and travel time from two points, without a routing
// service: the matching needs them offline as well as on the server. Times from a routing
// service come through travelmatrix.h and osrmclient.h; this model is their fallback.
#pragma once

#include "core/domain/geopoint.h"

#include <QString>

#include <cmath>

namespace releve::geo {

// Circuity (road distance / great-circle distance). Wang, Bette, Schreckenberg & Guhr, "How
// much longer do you have to drive than the crow has to fly?" (2024, arXiv:2406.06490) find
// 1.3 ± 0.1 on large road networks; Ballou, Rahardja & Sakai (Transportation Research A 36,
// 2002) give national factors of the same order. Rural networks sit at the top of the range,
// so a territory may set its own factor.
inline constexpr double defaultRoadFactor = 1.3;

// Average door-to-door speed of a home-care worker on rural roads, village crossings and
// parking included. An assumption, not a measured figure: departmental roads are limited to
// 80 km/h and villages to 50 km/h; 50 km/h keeps time estimates on the prudent side.
inline constexpr double defaultAverageSpeedKmh = 50.0;

// Where a travel estimate comes from.
enum class TravelSource {
    StraightLine, // great-circle distance × road factor, at the average speed (TravelModel)
    Routing, // a routing service's road network (OsrmClient)
};

struct TravelEstimate
{
    double straightKm = qQNaN(); // great-circle distance
    double roadKm = qQNaN(); // straightKm × road factor, or the route's length
    int minutes = -1; // at the average speed, or the route's duration; rounded up to the minute
    TravelSource source = TravelSource::StraightLine;

    bool isValid() const { return !std::isnan(roadKm); }
};

// How straight-line distances become road kilometres and minutes.
struct TravelModel
{
    double roadFactor = defaultRoadFactor;
    double averageSpeedKmh = defaultAverageSpeedKmh;

    // NaN when either point is missing.
    double roadKm(const domain::GeoPoint &from, const domain::GeoPoint &to) const;
    // Minutes to drive roadKm, rounded up; -1 when roadKm is NaN or negative.
    int minutesFor(double roadKm) const;
    // Invalid (see TravelEstimate::isValid) when either point is missing.
    TravelEstimate estimate(const domain::GeoPoint &from, const domain::GeoPoint &to) const;
};

// The band another structure sees instead of a distance ("0-5 km", "5-10 km"…, "unknown" for
// NaN): the same bands as domain::StaffMember::distanceBandFor.
QString distanceBand(double roadKm);

} // namespace releve::geo

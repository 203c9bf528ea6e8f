#include "travel.h"

#include "core/domain/staffmember.h"

namespace releve::geo {

double TravelModel::roadKm(const domain::GeoPoint &from, const domain::GeoPoint &to) const
{
    if (!from.isValid() || !to.isValid())
        return qQNaN();
    return from.distanceKm(to) * roadFactor;
}

int TravelModel::minutesFor(double km) const
{
    if (std::isnan(km) || km < 0 || !(averageSpeedKmh > 0))
        return -1;
    // A hair above a whole minute (floating-point noise) stays on that minute.
    return int(std::ceil(km / averageSpeedKmh * 60.0 - 1e-6));
}

TravelEstimate TravelModel::estimate(const domain::GeoPoint &from, const domain::GeoPoint &to) const
{
    TravelEstimate e;
    if (!from.isValid() || !to.isValid())
        return e;
    e.straightKm = from.distanceKm(to);
    e.roadKm = e.straightKm * roadFactor;
    e.minutes = minutesFor(e.roadKm);
    return e;
}

QString distanceBand(double roadKm)
{
    return domain::StaffMember::distanceBandFor(roadKm);
}

} // namespace releve::geo

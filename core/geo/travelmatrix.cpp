#include "travelmatrix.h"

#include <cmath>

namespace releve::geo {

PlaceKey PlaceKey::of(const domain::GeoPoint &point)
{
    return { qint32(std::llround(point.lat * 1e6)), qint32(std::llround(point.lon * 1e6)) };
}

domain::GeoPoint PlaceKey::point() const
{
    return { lat / 1e6, lon / 1e6 };
}

void TravelMatrix::insert(const domain::GeoPoint &from, const domain::GeoPoint &to,
                          const TravelEstimate &estimate)
{
    if (from.isValid() && to.isValid())
        m_entries.insert({ PlaceKey::of(from), PlaceKey::of(to) }, estimate);
}

const TravelEstimate *TravelMatrix::find(const domain::GeoPoint &from,
                                         const domain::GeoPoint &to) const
{
    if (m_entries.isEmpty() || !from.isValid() || !to.isValid())
        return nullptr;
    const auto it = m_entries.constFind({ PlaceKey::of(from), PlaceKey::of(to) });
    return it == m_entries.cend() ? nullptr : &it.value();
}

TravelEstimate TravelMatrix::estimate(const domain::GeoPoint &from, const domain::GeoPoint &to,
                                      const TravelModel &fallback) const
{
    if (const TravelEstimate *known = find(from, to))
        return *known;
    return fallback.estimate(from, to);
}

QList<PlaceKey> TravelMatrix::originsTo(const domain::GeoPoint &to) const
{
    QList<PlaceKey> origins;
    if (!to.isValid())
        return origins;
    const PlaceKey target = PlaceKey::of(to);
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it.key().to == target)
            origins.append(it.key().from);
    return origins;
}

void TravelMatrix::unite(const TravelMatrix &other)
{
    for (auto it = other.m_entries.cbegin(); it != other.m_entries.cend(); ++it)
        m_entries.insert(it.key(), it.value());
}

} // namespace releve::geo

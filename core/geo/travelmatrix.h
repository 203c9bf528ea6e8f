// Travel between given points as a routing service measured it (the `table` service of an
// OSRM-compatible server, see osrmclient.h), looked up by place. The matching reads it where it
// has an entry and falls back to TravelModel's straight-line estimate elsewhere.
#pragma once

#include "travel.h"

#include <QHash>
#include <QList>

namespace releve::geo {

// A journey whose travel is wanted.
struct TravelPair
{
    domain::GeoPoint from;
    domain::GeoPoint to;

    friend bool operator==(const TravelPair &a, const TravelPair &b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

// A place to a millionth of a degree (about 0.1 m), the precision OSRM's URLs carry: two points
// that round to the same key are the same place for routing and caching.
struct PlaceKey
{
    qint32 lat = 0;
    qint32 lon = 0;

    static PlaceKey of(const domain::GeoPoint &point); // point must be valid
    domain::GeoPoint point() const;

    friend bool operator==(const PlaceKey &a, const PlaceKey &b)
    {
        return a.lat == b.lat && a.lon == b.lon;
    }
    friend bool operator<(const PlaceKey &a, const PlaceKey &b)
    {
        return a.lat != b.lat ? a.lat < b.lat : a.lon < b.lon;
    }
};

inline size_t qHash(const PlaceKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.lat, key.lon);
}

class TravelMatrix
{
public:
    // Pairs with an invalid point are ignored.
    void insert(const domain::GeoPoint &from, const domain::GeoPoint &to,
                const TravelEstimate &estimate);
    // nullptr when the matrix has no entry for the pair.
    const TravelEstimate *find(const domain::GeoPoint &from, const domain::GeoPoint &to) const;
    // The matrix's entry when it has one, else the model's estimate.
    TravelEstimate estimate(const domain::GeoPoint &from, const domain::GeoPoint &to,
                            const TravelModel &fallback) const;
    // Every place with an entry to `to`, in no particular order.
    QList<PlaceKey> originsTo(const domain::GeoPoint &to) const;
    // Adds the entries of `other`, which win over this matrix's own for the same pair.
    void unite(const TravelMatrix &other);

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Key
    {
        PlaceKey from;
        PlaceKey to;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.from == b.from && a.to == b.to;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.from, key.to);
        }
    };
    QHash<Key, TravelEstimate> m_entries;
};

} // namespace releve::geo

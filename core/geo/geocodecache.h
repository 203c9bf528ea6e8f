// A GeocodeCache kept in a small SQLite file of its own (MapSettings::geocodeCachePath()), so
// that addresses looked up once are found again offline. Bounded in entries; the least recently
// used go first. Its own connection, on the thread that opened it.
#pragma once

#include "core/domain/error.h"
#include "geocoder.h"

#include <memory>

namespace releve::geo {

class SqliteGeocodeCache : public GeocodeCache
{
public:
    static constexpr int defaultMaximumEntries = 20000;

    SqliteGeocodeCache();
    ~SqliteGeocodeCache() override;
    SqliteGeocodeCache(const SqliteGeocodeCache &) = delete;
    SqliteGeocodeCache &operator=(const SqliteGeocodeCache &) = delete;

    // Opens or creates the file (and its folder); a file it cannot read is replaced.
    domain::Result<bool> open(const QString &path);
    void close();
    bool isOpen() const;

    void setMaximumEntries(int entries);
    int count() const;

    std::optional<QList<AddressMatch>> find(const QString &key) override;
    void insert(const QString &key, const QList<AddressMatch> &matches) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace releve::geo

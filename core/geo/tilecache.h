// The disk cache of map tiles: one SQLite file of the tiles already downloaded, so that an area
// seen once still shows without network. Its size is bounded; the least recently used tiles go
// first. It is a cache: a file that cannot be read is replaced by an empty one.
//
// Not thread-safe and bound to the thread that opened it (one QSqlDatabase connection);
// TileSource runs it on its storage thread.
#pragma once

#include "core/domain/error.h"
#include "tilemath.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>
#include <optional>

namespace releve::geo {

struct CachedTile
{
    QByteArray data; // the image file as the server sent it (PNG, JPEG…)
    QDateTime fetchedAt; // UTC
    QDateTime expiresAt; // UTC; after it, shown still, and downloaded again when online
};

class TileCache
{
public:
    static constexpr qint64 defaultMaximumSize = 200LL * 1024 * 1024;
    // OpenStreetMap's tile usage policy: 7 days when the server gives no expiry.
    static constexpr qint64 defaultLifetimeSeconds = 7 * 24 * 3600;

    TileCache();
    ~TileCache();
    TileCache(const TileCache &) = delete;
    TileCache &operator=(const TileCache &) = delete;

    // Opens or creates the cache file (and its folder). An unreadable or newer file is replaced.
    domain::Result<bool> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;

    // Bytes of tile data kept at most. When an insert goes over, the least recently used tiles
    // are removed until 90 % of it is left, so that eviction does not run on every insert.
    void setMaximumSize(qint64 bytes);
    qint64 maximumSize() const;
    qint64 size() const; // bytes of tile data
    int count() const;

    // source: TileServer::cacheKey(). A hit counts as a use for the eviction order.
    std::optional<CachedTile> find(const QString &source, const TileId &id);
    bool contains(const QString &source, const TileId &id) const; // not a use
    // Replaces a tile already there. False when the cache is not open or the write failed.
    // An invalid expiresAt means fetchedAt + defaultLifetime.
    bool insert(const QString &source, const TileId &id, const QByteArray &data,
                const QDateTime &fetchedAt, const QDateTime &expiresAt = {});
    void clear();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace releve::geo

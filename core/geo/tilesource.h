// Where the map's tiles come from: memory, then the disk cache, then the offline packs, then the
// tile server. A map view asks for the tiles it shows with requestTiles() and paints what tile()
// returns; tileLoaded() says when one more is there, tileUnavailable() when there is none (no
// network, no pack): the view then paints a plain background, never an error.
//
// The tile server is asked by at most two connections at a time (OpenStreetMap's tile usage
// policy), with a User-Agent naming Relève and no header that defeats caching, and only for
// tiles still wanted: a tile scrolled out of view before its turn is not downloaded. Tiles past
// their expiry are shown and downloaded again when the network is there.
//
// The disk cache and the packs (SQLite files) and the decoding of images run on a storage
// thread of their own, so the GUI thread never waits for a disk.
#pragma once

#include "core/domain/error.h"
#include "mbtilespack.h"
#include "tilecache.h"
#include "tileserver.h"

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QThread;

namespace releve::geo {

class TileSource : public QObject
{
    Q_OBJECT

public:
    enum class TileState {
        Unknown, // never asked for, or no longer wanted
        Loading, // read from the cache or a pack, or waiting for / being downloaded
        Loaded, // tile() returns it
        Unavailable, // neither stored nor downloadable now (asked again after a minute)
    };
    Q_ENUM(TileState)

    // network is not owned (one QNetworkAccessManager per thread; tests pass their own); with
    // nullptr, tiles come from the cache and the packs only.
    explicit TileSource(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TileSource() override;

    // OpenStreetMap's standard layer by default. Changing the server forgets the tiles in memory.
    void setServer(const TileServer &server);
    const TileServer &server() const { return m_server; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }
    // Off: tiles come from the cache and the packs only (the person chose to work offline).
    void setNetworkEnabled(bool enabled);
    bool isNetworkEnabled() const { return m_networkEnabled; }
    // Downloads at a time; 2 by default, as OpenStreetMap's tile usage policy asks.
    void setMaxConnections(int count);
    int maxConnections() const { return m_maxConnections; }
    // Per tile download; 15 s by default.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // A tile past its expiry (the server's Cache-Control max-age or Expires, otherwise 7 days,
    // TileCache::defaultLifetimeSeconds) is shown from the cache and downloaded again.
    // "@2x" tiles from a server whose template has {r}, for screens of ratio > 1.
    void setDevicePixelRatio(qreal ratio);
    int tileScale() const { return m_scale; }
    // Decoded tiles kept in memory; 96 MiB by default.
    void setMemoryCacheSize(qint64 bytes);

    // The disk cache: opened on the storage thread; the errors of TileCache::open.
    domain::Result<bool> openCache(const QString &path,
                                   qint64 maximumBytes = TileCache::defaultMaximumSize);
    void setCacheMaximumSize(qint64 bytes);
    // Tiles and bytes in the disk cache (asks the storage thread and waits for its answer).
    std::pair<int, qint64> cacheUsage() const;
    void clearCache();

    // Offline packs, looked up after the disk cache, in the order they were added. The errors
    // of MbtilesPack::open; adding a pack already there answers its description again.
    domain::Result<MbtilesInfo> addOfflinePack(const QString &path);
    bool removeOfflinePack(const QString &path);
    QList<MbtilesInfo> offlinePacks() const { return m_packs; }

    // What the map must credit: the server's attribution, then each pack's.
    QStringList attributions() const;

    // The tile if it is in memory, otherwise a null image. Its devicePixelRatio() is 2 for a
    // high-DPI tile: draw it into a tileSize × tileSize logical square.
    QImage tile(const TileId &id) const;
    TileState state(const TileId &id) const;
    // The tiles the view needs now, most wanted first. Tiles of an earlier call that are not in
    // this one and are still waiting for their download are dropped from the queue.
    void requestTiles(const QList<TileId> &tiles);
    // Forgets which tiles were unavailable, so that the next request tries again.
    void retryUnavailable();

    int downloadsStarted() const { return m_downloadsStarted; }

Q_SIGNALS:
    void tileLoaded(const releve::geo::TileId &id);
    void tileUnavailable(const releve::geo::TileId &id);
    // The server, the scale or the packs changed: tiles shown may change; ask again.
    void tilesInvalidated();
    void offlinePacksChanged();

private:
    struct Storage;
    struct Download
    {
        TileId id;
        bool refresh = false; // the tile is shown from the cache already
    };

    void invalidate();
    void lookedUp(const QString &key, const TileId &id, const QImage &image, bool stale);
    void markUnavailable(const TileId &id);
    void enqueue(const TileId &id, bool refresh);
    void startDownloads();
    void downloaded(QNetworkReply *reply);
    void storeFailed(const QString &key, const TileId &id);
    template<typename Function>
    void onStorage(Function function) const; // runs on the storage thread, in order

    QPointer<QNetworkAccessManager> m_network;
    TileServer m_server = TileServer::openStreetMap();
    QByteArray m_userAgent = mapUserAgent({});
    bool m_networkEnabled = true;
    int m_maxConnections = 2;
    std::chrono::milliseconds m_timeout { 15000 };
    qreal m_devicePixelRatio = 1.0;
    int m_scale = 1;
    QString m_key; // m_server.cacheKey(m_scale)

    mutable QCache<TileId, QImage> m_memory { 96 * 1024 }; // cost in KiB
    QHash<TileId, TileState> m_states; // Loading or Unavailable; Loaded is m_memory
    QHash<TileId, qint64> m_unavailableAt; // m_clock milliseconds
    QElapsedTimer m_clock;
    QSet<TileId> m_wanted;
    QList<Download> m_queue;
    QHash<QNetworkReply *, Download> m_downloads;
    int m_downloadsStarted = 0;
    bool m_startScheduled = false;
    QList<MbtilesInfo> m_packs;

    QThread *m_thread;
    QObject *m_storageContext; // lives on m_thread
    Storage *m_storage; // used only on m_thread
};

} // namespace releve::geo

#include "tilesource.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace releve::geo {

namespace {

Q_LOGGING_CATEGORY(lcTiles, "releve.geo.tiles")

// How long a tile that could not be had is left alone before a view may ask for it again.
constexpr qint64 retryUnavailableAfterMs = 60 * 1000;

// Decoded once, on the storage thread, into the format the raster paint engine draws fastest.
QImage decodeTile(const QByteArray &data)
{
    QImage image;
    if (!image.loadFromData(data) || image.width() < 1)
        return {};
    image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                          : QImage::Format_RGB32);
    image.setDevicePixelRatio(std::max(1.0, double(image.width()) / tileSize));
    return image;
}

// When the server wants the tile fetched again: Cache-Control max-age, else Expires, else
// invalid (the cache's default lifetime).
QDateTime expiryOf(const QNetworkReply *reply, const QDateTime &now)
{
    static const QRegularExpression maxAge(QStringLiteral("max-age\\s*=\\s*(\\d+)"));
    const QRegularExpressionMatch match
        = maxAge.match(QString::fromLatin1(reply->rawHeader("Cache-Control")));
    if (match.hasMatch())
        return now.addSecs(match.captured(1).toLongLong());
    const QDateTime expires
        = QDateTime::fromString(QString::fromLatin1(reply->rawHeader("Expires")), Qt::RFC2822Date);
    return expires.isValid() ? expires.toUTC() : QDateTime();
}

qint64 costOf(const QImage &image)
{
    return std::max<qint64>(1, image.sizeInBytes() / 1024);
}

} // namespace

// What the storage thread owns. Only ever touched from that thread.
struct TileSource::Storage
{
    TileCache cache;
    std::vector<std::unique_ptr<MbtilesPack>> packs;
};

TileSource::TileSource(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_thread(new QThread(this))
    , m_storageContext(new QObject)
    , m_storage(new Storage)
{
    m_key = m_server.cacheKey(m_scale);
    m_clock.start();
    m_thread->setObjectName(QStringLiteral("releve-tiles"));
    m_storageContext->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_storageContext, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

TileSource::~TileSource()
{
    for (auto it = m_downloads.cbegin(); it != m_downloads.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_downloads.clear();
    // The SQLite connections close on the thread that opened them.
    QMetaObject::invokeMethod(
        m_storageContext, [storage = m_storage] { delete storage; }, Qt::BlockingQueuedConnection);
    m_storage = nullptr;
    m_thread->quit();
    m_thread->wait();
}

template<typename Function> void TileSource::onStorage(Function function) const
{
    QMetaObject::invokeMethod(m_storageContext, std::move(function), Qt::QueuedConnection);
}

void TileSource::setServer(const TileServer &server)
{
    if (server == m_server)
        return;
    m_server = server;
    m_scale = m_devicePixelRatio > 1.0 && m_server.hasHighDpiTiles() ? 2 : 1;
    invalidate();
}

void TileSource::setNetworkEnabled(bool enabled)
{
    if (enabled == m_networkEnabled)
        return;
    m_networkEnabled = enabled;
    if (!enabled) {
        const QList<Download> queued = std::exchange(m_queue, {});
        for (const Download &download : queued)
            if (!download.refresh)
                markUnavailable(download.id);
        return;
    }
    retryUnavailable();
    Q_EMIT tilesInvalidated();
}

void TileSource::setMaxConnections(int count)
{
    m_maxConnections = std::max(count, 1);
    startDownloads();
}

void TileSource::setDevicePixelRatio(qreal ratio)
{
    const int scale = ratio > 1.0 && m_server.hasHighDpiTiles() ? 2 : 1;
    m_devicePixelRatio = ratio;
    if (scale == m_scale)
        return;
    m_scale = scale;
    invalidate();
}

void TileSource::setMemoryCacheSize(qint64 bytes)
{
    m_memory.setMaxCost(std::max<qint64>(bytes / 1024, 1));
}

void TileSource::invalidate()
{
    const QString key = m_server.cacheKey(m_scale);
    if (key == m_key) {
        // Same tiles; the zoom range or the attribution may have changed.
        retryUnavailable();
        Q_EMIT tilesInvalidated();
        return;
    }
    m_key = key;
    for (auto it = m_downloads.cbegin(); it != m_downloads.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_downloads.clear();
    m_queue.clear();
    m_states.clear();
    m_unavailableAt.clear();
    m_memory.clear();
    Q_EMIT tilesInvalidated();
}

domain::Result<bool> TileSource::openCache(const QString &path, qint64 maximumBytes)
{
    std::optional<domain::Result<bool>> result;
    QMetaObject::invokeMethod(
        m_storageContext,
        [&result, storage = m_storage, path, maximumBytes] {
            storage->cache.setMaximumSize(maximumBytes);
            result = storage->cache.open(path);
        },
        Qt::BlockingQueuedConnection);
    retryUnavailable();
    Q_EMIT tilesInvalidated();
    return *result;
}

void TileSource::setCacheMaximumSize(qint64 bytes)
{
    onStorage([storage = m_storage, bytes] { storage->cache.setMaximumSize(bytes); });
}

std::pair<int, qint64> TileSource::cacheUsage() const
{
    std::pair<int, qint64> usage;
    QMetaObject::invokeMethod(
        m_storageContext,
        [&usage, storage = m_storage] {
            usage = { storage->cache.count(), storage->cache.size() };
        },
        Qt::BlockingQueuedConnection);
    return usage;
}

void TileSource::clearCache()
{
    onStorage([storage = m_storage] { storage->cache.clear(); });
}

domain::Result<MbtilesInfo> TileSource::addOfflinePack(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const MbtilesInfo &info : std::as_const(m_packs))
        if (info.path == absolute)
            return info;
    domain::Result<MbtilesInfo> inspected = MbtilesPack::inspect(absolute);
    if (!inspected)
        return inspected;
    onStorage([storage = m_storage, absolute] {
        auto pack = std::make_unique<MbtilesPack>();
        if (pack->open(absolute))
            storage->packs.push_back(std::move(pack));
        else
            qCWarning(lcTiles) << "map pack" << absolute << "could not be opened";
    });
    m_packs.append(*inspected);
    retryUnavailable();
    Q_EMIT offlinePacksChanged();
    Q_EMIT tilesInvalidated();
    return inspected;
}

bool TileSource::removeOfflinePack(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const qsizetype removed
        = m_packs.removeIf([&absolute](const MbtilesInfo &info) { return info.path == absolute; });
    if (removed == 0)
        return false;
    onStorage([storage = m_storage, absolute] {
        std::erase_if(storage->packs, [&absolute](const std::unique_ptr<MbtilesPack> &pack) {
            return pack->info().path == absolute;
        });
    });
    // Its tiles may be in memory: forget them all so that what is shown is what is stored.
    m_memory.clear();
    m_states.clear();
    m_unavailableAt.clear();
    Q_EMIT offlinePacksChanged();
    Q_EMIT tilesInvalidated();
    return true;
}

QStringList TileSource::attributions() const
{
    QStringList credits;
    if (!m_server.attribution.isEmpty())
        credits.append(m_server.attribution);
    for (const MbtilesInfo &pack : m_packs)
        if (!pack.attribution.isEmpty() && !credits.contains(pack.attribution))
            credits.append(pack.attribution);
    return credits;
}

QImage TileSource::tile(const TileId &id) const
{
    if (const QImage *image = m_memory.object(id))
        return *image;
    return {};
}

TileSource::TileState TileSource::state(const TileId &id) const
{
    if (m_memory.contains(id))
        return TileState::Loaded;
    return m_states.value(id, TileState::Unknown);
}

void TileSource::requestTiles(const QList<TileId> &tiles)
{
    m_wanted = QSet<TileId>(tiles.cbegin(), tiles.cend());
    // Downloads not started yet for tiles no longer in view are dropped (the tile usage policy
    // asks for no more downloads than what is shown).
    m_queue.removeIf([this](const Download &download) {
        if (m_wanted.contains(download.id))
            return false;
        if (!download.refresh)
            m_states.remove(download.id);
        return true;
    });

    QList<TileId> lookups;
    const qint64 now = m_clock.elapsed();
    for (const TileId &id : tiles) {
        if (!id.isValid() || m_memory.contains(id))
            continue;
        const TileState state = m_states.value(id, TileState::Unknown);
        if (state == TileState::Loading)
            continue;
        if (state == TileState::Unavailable
            && now - m_unavailableAt.value(id) < retryUnavailableAfterMs)
            continue;
        m_states.insert(id, TileState::Loading);
        lookups.append(id);
    }
    if (lookups.isEmpty())
        return;

    const QString key = m_key;
    const QDateTime checkedAt = QDateTime::currentDateTimeUtc();
    onStorage([this, storage = m_storage, key, lookups, checkedAt] {
        for (const TileId &id : lookups) {
            QImage image;
            bool stale = false;
            if (std::optional<CachedTile> cached = storage->cache.find(key, id)) {
                image = decodeTile(cached->data);
                stale = cached->expiresAt < checkedAt;
            }
            for (auto pack = storage->packs.cbegin();
                 image.isNull() && pack != storage->packs.cend(); ++pack) {
                if (std::optional<QByteArray> data = (*pack)->tile(id))
                    image = decodeTile(*data);
            }
            QMetaObject::invokeMethod(
                this, [this, key, id, image, stale] { lookedUp(key, id, image, stale); },
                Qt::QueuedConnection);
        }
    });
}

void TileSource::retryUnavailable()
{
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (it.value() == TileState::Unavailable)
            it = m_states.erase(it);
        else
            ++it;
    }
    m_unavailableAt.clear();
}

void TileSource::lookedUp(const QString &key, const TileId &id, const QImage &image, bool stale)
{
    if (key != m_key)
        return; // asked for another server or scale
    if (!image.isNull()) {
        m_memory.insert(id, new QImage(image), costOf(image));
        m_states.remove(id);
        m_unavailableAt.remove(id);
        Q_EMIT tileLoaded(id);
        if (stale)
            enqueue(id, true);
        return;
    }
    const bool downloadable = m_network && m_networkEnabled && m_server.isValid()
        && id.z >= m_server.minZoom && id.z <= m_server.maxZoom;
    if (!downloadable) {
        markUnavailable(id);
    } else if (!m_wanted.contains(id)) {
        m_states.remove(id); // scrolled away meanwhile: nothing to download
    } else {
        enqueue(id, false);
    }
}

void TileSource::markUnavailable(const TileId &id)
{
    m_states.insert(id, TileState::Unavailable);
    m_unavailableAt.insert(id, m_clock.elapsed());
    Q_EMIT tileUnavailable(id);
}

void TileSource::enqueue(const TileId &id, bool refresh)
{
    if (refresh && (!m_network || !m_networkEnabled))
        return;
    m_queue.append({ id, refresh });
    if (!m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, &TileSource::startDownloads);
    }
}

void TileSource::startDownloads()
{
    m_startScheduled = false;
    if (!m_network || !m_networkEnabled)
        return;
    while (m_downloads.size() < m_maxConnections && !m_queue.isEmpty()) {
        const Download download = m_queue.takeFirst();
        QNetworkRequest request(m_server.tileUrl(download.id, m_scale));
        request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
        request.setTransferTimeout(int(m_timeout.count()));
        // No CacheLoadControlAttribute: AlwaysNetwork would send "Cache-Control: no-cache",
        // which the tile usage policy forbids.
        QNetworkReply *reply = m_network->get(request);
        m_downloads.insert(reply, download);
        ++m_downloadsStarted;
        connect(reply, &QNetworkReply::finished, this, [this, reply] { downloaded(reply); });
    }
}

void TileSource::downloaded(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto found = m_downloads.constFind(reply);
    if (found == m_downloads.cend())
        return;
    const Download download = found.value();
    m_downloads.erase(found);
    // Started on the next turn of the event loop, once the finished connection is free again:
    // a new one would be opened otherwise, and the server sees three.
    if (!m_startScheduled && !m_queue.isEmpty()) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, &TileSource::startDownloads);
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->error() == QNetworkReply::NoError && status == 200
        ? reply->readAll()
        : QByteArray();
    if (data.isEmpty()) {
        qCDebug(lcTiles) << "tile" << download.id.toString() << "not downloaded:" << status
                         << reply->errorString();
        if (!download.refresh)
            markUnavailable(download.id);
        return;
    }
    const QString key = m_key;
    const TileId id = download.id;
    const bool refresh = download.refresh;
    const QDateTime fetchedAt = QDateTime::currentDateTimeUtc();
    const QDateTime expiresAt = expiryOf(reply, fetchedAt);
    onStorage([this, storage = m_storage, key, id, refresh, data, fetchedAt, expiresAt] {
        const QImage image = decodeTile(data);
        if (image.isNull()) {
            if (!refresh)
                QMetaObject::invokeMethod(
                    this, [this, key, id] { storeFailed(key, id); }, Qt::QueuedConnection);
            return;
        }
        storage->cache.insert(key, id, data, fetchedAt, expiresAt);
        QMetaObject::invokeMethod(
            this, [this, key, id, image] { lookedUp(key, id, image, false); },
            Qt::QueuedConnection);
    });
}

void TileSource::storeFailed(const QString &key, const TileId &id)
{
    if (key != m_key)
        return;
    qCWarning(lcTiles) << "tile" << id.toString() << "is not an image the map can show";
    markUnavailable(id);
}

} // namespace releve::geo

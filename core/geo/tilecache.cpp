#include "tilecache.h"
#include "cachedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>


namespace releve::geo {

namespace {

Q_LOGGING_CATEGORY(lcTileCache, "releve.geo.tiles")

constexpr int cacheSchemaVersion = 1;

} // namespace

class TileCache::Private
{
public:
    QString connection;
    QString path;
    qint64 maximumSize = defaultMaximumSize;
    qint64 size = 0;
    int count = 0;
    qint64 lastUse = 0; // a use counter, not a clock: the eviction order needs no time

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    bool exec(const QString &sql) { return execInCache(db(), sql, "tile cache"); }

    bool openFile(const QString &file)
    {
        const int fromVersion = openCacheDatabase(QStringLiteral("releve-tile-cache-"), file,
                                                  cacheSchemaVersion, &connection);
        if (fromVersion < 0)
            return false;
        QSqlDatabase database = db();
        if (fromVersion < 1) {
            // auto_vacuum must be set before the first table: evicted pages go back to the disk.
            if (!exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"))
                || !exec(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS tiles (source TEXT NOT NULL, z INTEGER NOT NULL, "
                    "x INTEGER NOT NULL, y INTEGER NOT NULL, data BLOB NOT NULL, "
                    "bytes INTEGER NOT NULL, fetched_at INTEGER NOT NULL, expires_at INTEGER NOT "
                    "NULL, "
                    "used INTEGER NOT NULL, PRIMARY KEY (source, z, x, y))"))
                || !exec(QStringLiteral("CREATE INDEX IF NOT EXISTS tiles_used ON tiles (used)"))
                || !exec(QStringLiteral("PRAGMA user_version = %1").arg(cacheSchemaVersion)))
                return false;
        }
        QSqlQuery totals(database);
        if (!totals.exec(QStringLiteral(
                "SELECT COUNT(*), COALESCE(SUM(bytes), 0), COALESCE(MAX(used), 0) FROM tiles"))
            || !totals.next())
            return false;
        count = totals.value(0).toInt();
        size = totals.value(1).toLongLong();
        lastUse = totals.value(2).toLongLong();
        return true;
    }

    void closeConnection()
    {
        if (connection.isEmpty())
            return;
        {
            QSqlDatabase database = QSqlDatabase::database(connection, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(connection);
        connection.clear();
    }

    void evict()
    {
        if (size <= maximumSize)
            return;
        const qint64 target = maximumSize / 10 * 9;
        QSqlQuery oldest(db());
        oldest.setForwardOnly(true);
        if (!oldest.exec(QStringLiteral("SELECT rowid, bytes FROM tiles ORDER BY used")))
            return;
        QVariantList rowids;
        qint64 remaining = size;
        while (remaining > target && oldest.next()) {
            rowids.append(oldest.value(0));
            remaining -= oldest.value(1).toLongLong();
        }
        oldest.finish();
        QSqlDatabase database = db();
        database.transaction();
        QSqlQuery remove(database);
        remove.prepare(QStringLiteral("DELETE FROM tiles WHERE rowid = ?"));
        remove.addBindValue(rowids);
        if (!remove.execBatch()) {
            database.rollback();
            qCWarning(lcTileCache) << "tile cache eviction failed:" << remove.lastError().text();
            return;
        }
        database.commit();
        count -= int(rowids.size());
        size = remaining;
        exec(QStringLiteral("PRAGMA incremental_vacuum"));
        qCDebug(lcTileCache) << "evicted" << rowids.size() << "tiles; cache now" << size << "bytes";
    }
};

TileCache::TileCache()
    : d(std::make_unique<Private>())
{ }

TileCache::~TileCache()
{
    close();
}

domain::Result<bool> TileCache::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return domain::Error { QStringLiteral("cache_unavailable"),
                               {},
                               QStringLiteral("The folder of the map cache (%1) cannot be created.")
                                   .arg(info.absolutePath()) };
    if (d->openFile(path)) {
        d->path = path;
        d->evict();
        return true;
    }
    // A cache holds nothing that cannot be downloaded again: start afresh rather than fail.
    qCWarning(lcTileCache) << "replacing unreadable map cache" << path;
    d->closeConnection();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    if (d->openFile(path)) {
        d->path = path;
        return true;
    }
    d->closeConnection();
    return domain::Error { QStringLiteral("cache_unavailable"),
                           {},
                           QStringLiteral("The map cache %1 cannot be written: maps show only "
                                          "what offline packs hold.")
                               .arg(path) };
}

void TileCache::close()
{
    d->closeConnection();
    d->path.clear();
    d->size = 0;
    d->count = 0;
}

bool TileCache::isOpen() const
{
    return !d->connection.isEmpty();
}

QString TileCache::path() const
{
    return d->path;
}

void TileCache::setMaximumSize(qint64 bytes)
{
    d->maximumSize = std::max<qint64>(bytes, 0);
    if (isOpen())
        d->evict();
}

qint64 TileCache::maximumSize() const
{
    return d->maximumSize;
}

qint64 TileCache::size() const
{
    return d->size;
}

int TileCache::count() const
{
    return d->count;
}

std::optional<CachedTile> TileCache::find(const QString &source, const TileId &id)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT rowid, data, fetched_at, expires_at FROM tiles "
                                 "WHERE source = ? AND z = ? AND x = ? AND y = ?"));
    query.addBindValue(source);
    query.addBindValue(id.z);
    query.addBindValue(id.x);
    query.addBindValue(id.y);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const qint64 rowid = query.value(0).toLongLong();
    CachedTile tile { query.value(1).toByteArray(),
                      QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC),
                      QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC) };
    query.finish();
    QSqlQuery use(d->db());
    use.prepare(QStringLiteral("UPDATE tiles SET used = ? WHERE rowid = ?"));
    use.addBindValue(++d->lastUse);
    use.addBindValue(rowid);
    use.exec();
    return tile;
}

bool TileCache::contains(const QString &source, const TileId &id) const
{
    if (!isOpen())
        return false;
    QSqlQuery query(d->db());
    query.prepare(
        QStringLiteral("SELECT 1 FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?"));
    query.addBindValue(source);
    query.addBindValue(id.z);
    query.addBindValue(id.x);
    query.addBindValue(id.y);
    return query.exec() && query.next();
}

bool TileCache::insert(const QString &source, const TileId &id, const QByteArray &data,
                       const QDateTime &fetchedAt, const QDateTime &expiresAt)
{
    if (!isOpen() || data.isEmpty())
        return false;
    QSqlDatabase database = d->db();
    database.transaction();
    qint64 replaced = -1;
    {
        QSqlQuery old(database);
        old.prepare(QStringLiteral(
            "SELECT bytes FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?"));
        old.addBindValue(source);
        old.addBindValue(id.z);
        old.addBindValue(id.x);
        old.addBindValue(id.y);
        if (old.exec() && old.next())
            replaced = old.value(0).toLongLong();
    }
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO tiles "
                                 "(source, z, x, y, data, bytes, fetched_at, expires_at, used) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(source);
    query.addBindValue(id.z);
    query.addBindValue(id.x);
    query.addBindValue(id.y);
    query.addBindValue(data);
    query.addBindValue(qint64(data.size()));
    query.addBindValue(fetchedAt.toSecsSinceEpoch());
    query.addBindValue(expiresAt.isValid() ? expiresAt.toSecsSinceEpoch()
                                           : fetchedAt.toSecsSinceEpoch() + defaultLifetimeSeconds);
    query.addBindValue(++d->lastUse);
    if (!query.exec() || !database.commit()) {
        qCWarning(lcTileCache) << "tile cache write failed:" << query.lastError().text();
        database.rollback();
        return false;
    }
    if (replaced >= 0) {
        d->size += data.size() - replaced;
    } else {
        d->size += data.size();
        ++d->count;
    }
    d->evict();
    return true;
}

void TileCache::clear()
{
    if (!isOpen())
        return;
    d->exec(QStringLiteral("DELETE FROM tiles"));
    d->exec(QStringLiteral("PRAGMA incremental_vacuum"));
    d->size = 0;
    d->count = 0;
}

} // namespace releve::geo

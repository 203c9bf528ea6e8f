#include "geocodecache.h"
#include "cachedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>


namespace releve::geo {

namespace {

Q_LOGGING_CATEGORY(lcGeocodeCache, "releve.geo.geocoder")

constexpr int geocodeCacheSchemaVersion = 1;

} // namespace

class SqliteGeocodeCache::Private
{
public:
    QString connection;
    int maximumEntries = defaultMaximumEntries;
    int count = 0;
    qint64 lastUse = 0; // a use counter: the eviction order needs no clock

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    bool exec(const QString &sql) { return execInCache(db(), sql, "geocode cache"); }

    bool openFile(const QString &path)
    {
        const int fromVersion = openCacheDatabase(QStringLiteral("releve-geocode-cache-"), path,
                                                  geocodeCacheSchemaVersion, &connection);
        if (fromVersion < 0)
            return false;
        QSqlDatabase database = db();
        if (fromVersion < 1
            && (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, "
                                     "matches TEXT NOT NULL, used INTEGER NOT NULL)"))
                || !exec(
                    QStringLiteral("CREATE INDEX IF NOT EXISTS answers_used ON answers (used)"))
                || !exec(
                    QStringLiteral("PRAGMA user_version = %1").arg(geocodeCacheSchemaVersion))))
            return false;
        QSqlQuery totals(database);
        if (!totals.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(used), 0) FROM answers"))
            || !totals.next())
            return false;
        count = totals.value(0).toInt();
        lastUse = totals.value(1).toLongLong();
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
        count = 0;
    }

    void evict()
    {
        if (count <= maximumEntries)
            return;
        // Down to 90 %, so that eviction does not run on every insert.
        const int excess = count - maximumEntries / 10 * 9;
        QSqlQuery remove(db());
        remove.prepare(QStringLiteral(
            "DELETE FROM answers WHERE key IN (SELECT key FROM answers ORDER BY used LIMIT ?)"));
        remove.addBindValue(excess);
        if (remove.exec())
            count -= remove.numRowsAffected();
    }
};

SqliteGeocodeCache::SqliteGeocodeCache()
    : d(std::make_unique<Private>())
{ }

SqliteGeocodeCache::~SqliteGeocodeCache()
{
    close();
}

domain::Result<bool> SqliteGeocodeCache::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (QDir().mkpath(info.absolutePath())) {
        if (d->openFile(path))
            return true;
        qCWarning(lcGeocodeCache) << "replacing unreadable geocode cache" << path;
        d->closeConnection();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        if (d->openFile(path))
            return true;
        d->closeConnection();
    }
    return domain::Error { QStringLiteral("cache_unavailable"),
                           {},
                           QStringLiteral("The address cache %1 cannot be written: addresses "
                                          "are looked up again each time.")
                               .arg(path) };
}

void SqliteGeocodeCache::close()
{
    d->closeConnection();
}

bool SqliteGeocodeCache::isOpen() const
{
    return !d->connection.isEmpty();
}

void SqliteGeocodeCache::setMaximumEntries(int entries)
{
    d->maximumEntries = std::max(entries, 1);
    if (isOpen())
        d->evict();
}

int SqliteGeocodeCache::count() const
{
    return d->count;
}

std::optional<QList<AddressMatch>> SqliteGeocodeCache::find(const QString &key)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT matches FROM answers WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonArray items = QJsonDocument::fromJson(query.value(0).toByteArray()).array();
    query.finish();
    QList<AddressMatch> matches;
    for (const QJsonValue &item : items)
        if (std::optional<AddressMatch> match = AddressMatch::fromJson(item.toObject()))
            matches.append(*match);
    QSqlQuery use(d->db());
    use.prepare(QStringLiteral("UPDATE answers SET used = ? WHERE key = ?"));
    use.addBindValue(++d->lastUse);
    use.addBindValue(key);
    use.exec();
    return matches;
}

void SqliteGeocodeCache::insert(const QString &key, const QList<AddressMatch> &matches)
{
    if (!isOpen())
        return;
    QJsonArray items;
    for (const AddressMatch &match : matches)
        items.append(match.toJson());
    QSqlQuery exists(d->db());
    exists.prepare(QStringLiteral("SELECT 1 FROM answers WHERE key = ?"));
    exists.addBindValue(key);
    const bool replacing = exists.exec() && exists.next();
    exists.finish();
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO answers (key, matches, used) "
                                 "VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
    query.addBindValue(++d->lastUse);
    if (!query.exec()) {
        qCWarning(lcGeocodeCache) << "geocode cache write failed:" << query.lastError().text();
        return;
    }
    if (!replacing)
        ++d->count;
    d->evict();
}

} // namespace releve::geo

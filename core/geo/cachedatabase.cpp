#include "cachedatabase.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace releve::geo {

namespace {
Q_LOGGING_CATEGORY(lcCacheDatabase, "releve.geo.cache")
}

int openCacheDatabase(const QString &prefix, const QString &path, int newestVersion,
                      QString *connection)
{
    static std::atomic<int> counter { 0 };
    *connection = prefix + QString::number(++counter);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), *connection);
    database.setDatabaseName(path);
    if (!database.open())
        return -1;
    int fromVersion = -1;
    {
        QSqlQuery version(database);
        if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
            return -1;
        fromVersion = version.value(0).toInt();
    }
    if (fromVersion > newestVersion)
        return -1;
    execInCache(database, QStringLiteral("PRAGMA journal_mode=WAL"), "cache");
    execInCache(database, QStringLiteral("PRAGMA synchronous=NORMAL"), "cache");
    return fromVersion;
}

bool execInCache(const QSqlDatabase &database, const QString &sql, const char *what)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    qCWarning(lcCacheDatabase) << what << sql << query.lastError().text();
    return false;
}

} // namespace releve::geo

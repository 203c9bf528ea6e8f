// Opening of the disposable SQLite caches of core/geo (map tiles, geocoding answers): a
// connection of their own, WAL without a sync per write (a power cut loses only cached copies),
// and the schema version read before anything is written.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace releve::geo {

// Opens path on a new connection named after prefix; returns the file's schema version (0 for
// a new file), or -1 when it cannot be opened or was written by a version newer than newest.
int openCacheDatabase(const QString &prefix, const QString &path, int newestVersion,
                      QString *connection);
// Runs one statement; a failure is logged with what names the cache, never thrown.
bool execInCache(const QSqlDatabase &database, const QString &sql, const char *what);

} // namespace releve::geo

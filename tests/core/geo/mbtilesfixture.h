// Writes MBTiles packs for the tests as the specification lays them out (MBTiles 1.3: `metadata`
// name/value, `tiles` with the TMS row), with a connection of its own, closed on return.
#pragma once

#include "core/geo/tilemath.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace releve::testing {

inline bool writeMbtiles(const QString &path, const QList<std::pair<QString, QString>> &metadata,
                         const QList<std::pair<geo::TileId, QByteArray>> &tiles)
{
    const QString connection = QStringLiteral("mbtiles-fixture-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"));
        ok = ok
            && query.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column "
                                         "INTEGER, tile_row INTEGER, tile_data BLOB)"));
        ok = ok
            && query.exec(QStringLiteral("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, "
                                         "tile_column, tile_row)"));
        for (const auto &[name, value] : metadata) {
            query.prepare(QStringLiteral("INSERT INTO metadata (name, value) VALUES (?, ?)"));
            query.addBindValue(name);
            query.addBindValue(value);
            ok = ok && query.exec();
        }
        for (const auto &[id, data] : tiles) {
            query.prepare(QStringLiteral("INSERT INTO tiles (zoom_level, tile_column, tile_row, "
                                         "tile_data) VALUES (?, ?, ?, ?)"));
            query.addBindValue(id.z);
            query.addBindValue(id.x);
            query.addBindValue(id.tmsRow());
            query.addBindValue(data);
            ok = ok && query.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace releve::testing

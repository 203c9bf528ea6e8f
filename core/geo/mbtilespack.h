// An offline map pack in the MBTiles format (https://github.com/mapbox/mbtiles-spec, 1.3): one
// SQLite file with a `metadata` table (name, format, bounds, minzoom, maxzoom, attribution…) and
// a `tiles` table (zoom_level, tile_column, tile_row, tile_data) whose rows count from the south
// (TMS). Raster packs only (png, jpg, webp when Qt reads it); vector packs (pbf) are refused.
//
// Read-only; bound to the thread that opened it, like TileCache.
#pragma once

#include "core/domain/error.h"
#include "tilemath.h"

#include <QGeoRectangle>

#include <memory>
#include <optional>

namespace releve::geo {

struct MbtilesInfo
{
    QString path;
    QString name; // metadata "name", or the file name
    QString description;
    QString attribution; // to show on the map beside the online server's
    QString format; // "png", "jpg"…
    int minZoom = 0;
    int maxZoom = 0;
    QGeoRectangle bounds; // the whole world when the pack does not say

    // Whether the pack may hold this tile (zoom range and bounds; the tile may still be absent).
    bool mayCover(const TileId &id) const;
};

class MbtilesPack
{
public:
    MbtilesPack();
    ~MbtilesPack();
    MbtilesPack(const MbtilesPack &) = delete;
    MbtilesPack &operator=(const MbtilesPack &) = delete;

    // Errors: "not_found" (no such file), "not_mbtiles" (not an SQLite file with the two
    // tables), "unsupported_format" (a vector or unknown tile format), each with a message
    // saying what to do.
    domain::Result<MbtilesInfo> open(const QString &path);
    void close();
    bool isOpen() const;
    const MbtilesInfo &info() const;

    // The tile's image data as stored, or nothing when the pack does not have it.
    std::optional<QByteArray> tile(const TileId &id) const;

    // Opens, reads the metadata and closes: for the settings screen, before adding a pack.
    static domain::Result<MbtilesInfo> inspect(const QString &path);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace releve::geo

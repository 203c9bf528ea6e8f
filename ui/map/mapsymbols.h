// How map markers look: a pin coloured by urgency for a request, a small disc for a staff member,
// a square for a structure, a numbered disc for a candidate, a disc with a count for a cluster,
// and the location pin. Each symbol is painted once per look and screen ratio, then blitted: a
// frame costs one pixmap per marker whatever its shape.
#pragma once

#include "maplayers.h"

#include <QColor>
#include <QHash>
#include <QPixmap>

#include <unordered_map>

namespace releve::ui {

struct MapSymbol
{
    QPixmap pixmap;
    QPointF anchor; // where the marker's point falls, in logical pixels from the top left
    QPointF hitCentre; // centre of the clickable disc, relative to the anchor
    qreal hitRadius = 0;
};

class MapSymbols
{
public:
    static QColor colour(MapLayer layer, int level);
    static QColor selectionColour() { return QColor(0xff, 0xc8, 0x2c); }

    const MapSymbol &marker(MapLayer layer, int level, const QString &badge, qreal ratio);
    const MapSymbol &cluster(MapLayer layer, int level, int count, qreal ratio);
    const MapSymbol &pin(qreal ratio);

private:
    struct Key
    {
        int kind = 0; // 0 marker, 1 cluster, 2 pin
        int layer = 0;
        int level = 0;
        int count = 0; // a cluster's count as shown (thousands share one symbol)
        QString badge;
        int ratio = 100; // device pixel ratio × 100

        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.kind, key.layer, key.level, key.count, key.badge,
                              key.ratio);
        }
    };
    struct KeyHash
    {
        size_t operator()(const Key &key) const { return qHash(key); }
    };
    // Node-based: a symbol returned stays where it is while others are added.
    std::unordered_map<Key, MapSymbol, KeyHash> m_symbols;
};

} // namespace releve::ui

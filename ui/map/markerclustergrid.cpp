#include "markerclustergrid.h"

#include "core/geo/tilemath.h"

#include <cmath>
#include <numeric>

namespace releve::ui {

void MarkerClusterGrid::build(const QList<QPointF> &points, const QList<int> &levels, int zoom,
                              double cellPixels)
{
    m_keys.clear();
    m_clusters.clear();
    m_members.clear();
    m_zoom = zoom;
    const double worldPixels = double(geo::tileSize) * geo::tilesAcross(zoom);
    m_cellsAcross = std::max<qint64>(1, qint64(std::ceil(worldPixels / cellPixels)));
    m_cellWorld = 1.0 / double(m_cellsAcross);

    QList<std::pair<qint64, int>> keyed; // (cell key, point index)
    keyed.reserve(points.size());
    const qint64 last = m_cellsAcross - 1;
    for (int i = 0; i < points.size(); ++i) {
        const QPointF &p = points.at(i);
        if (std::isnan(p.x()) || std::isnan(p.y()))
            continue;
        const qint64 x = std::clamp<qint64>(qint64(p.x() / m_cellWorld), 0, last);
        const qint64 y = std::clamp<qint64>(qint64(p.y() / m_cellWorld), 0, last);
        keyed.append({ y * m_cellsAcross + x, i });
    }
    std::sort(keyed.begin(), keyed.end());

    m_members.reserve(keyed.size());
    for (qsizetype i = 0; i < keyed.size();) {
        const qint64 key = keyed.at(i).first;
        MarkerCluster cluster;
        cluster.first = int(m_members.size());
        double sumX = 0;
        double sumY = 0;
        for (; i < keyed.size() && keyed.at(i).first == key; ++i) {
            const int index = keyed.at(i).second;
            m_members.append(index);
            sumX += points.at(index).x();
            sumY += points.at(index).y();
            cluster.maxLevel = std::max(cluster.maxLevel, levels.value(index));
        }
        cluster.count = int(m_members.size()) - cluster.first;
        cluster.world = QPointF(sumX / cluster.count, sumY / cluster.count);
        m_keys.append(key);
        m_clusters.append(cluster);
    }
}

} // namespace releve::ui

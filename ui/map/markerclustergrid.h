// Grid-based clustering of map markers for one zoom level: the world is cut into square cells of
// a fixed size in screen pixels, and the markers of a cell become one cluster drawn at their
// mean position. The grid is anchored to the world, not to the view, so clusters do not change
// while the map is dragged; cells are kept sorted, so a view visits only the cells it shows
// (the cost of a frame follows what is on screen, not how many markers there are).
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <algorithm>

namespace releve::ui {

struct MarkerCluster
{
    QPointF world; // mean position of the members, in world units (geo::worldPoint)
    int first = 0; // members are MarkerClusterGrid::members()[first, first + count)
    int count = 0;
    int maxLevel = 0; // the highest MapMarker::level among the members
};

class MarkerClusterGrid
{
public:
    // points: world positions (NaN for markers without one, left out); levels: one per point.
    void build(const QList<QPointF> &points, const QList<int> &levels, int zoom, double cellPixels);

    const QList<MarkerCluster> &clusters() const { return m_clusters; }
    const QList<int> &members() const { return m_members; } // indices into the points
    int zoom() const { return m_zoom; }

    // Calls visit(const MarkerCluster &) for the clusters whose cell meets the world rectangle.
    template<typename Visitor> void visit(const QRectF &world, Visitor visit) const
    {
        if (m_clusters.isEmpty() || m_cellWorld <= 0)
            return;
        const qint64 last = m_cellsAcross - 1;
        const qint64 x0 = std::clamp<qint64>(qint64(world.left() / m_cellWorld), 0, last);
        const qint64 x1 = std::clamp<qint64>(qint64(world.right() / m_cellWorld), 0, last);
        const qint64 y0 = std::clamp<qint64>(qint64(world.top() / m_cellWorld), 0, last);
        const qint64 y1 = std::clamp<qint64>(qint64(world.bottom() / m_cellWorld), 0, last);
        for (qint64 y = y0; y <= y1; ++y) {
            auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), y * m_cellsAcross + x0);
            const qint64 end = y * m_cellsAcross + x1;
            for (; it != m_keys.cend() && *it <= end; ++it)
                visit(m_clusters.at(it - m_keys.cbegin()));
        }
    }

private:
    QList<qint64> m_keys; // cell keys (row × cellsAcross + column), sorted, one per cluster
    QList<MarkerCluster> m_clusters;
    QList<int> m_members;
    double m_cellWorld = 0; // a cell's side in world units
    qint64 m_cellsAcross = 0;
    int m_zoom = -1;
};

} // namespace releve::ui

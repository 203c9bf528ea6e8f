#include "maplayers.h"

#include "core/geo/tilemath.h"

#include <cmath>

namespace releve::ui {

MapLayers::MapLayers(QObject *parent)
    : QObject(parent)
{
    layer(MapLayer::Candidates).clustered = false;
}

void MapLayers::setMarkers(MapLayer id, const QList<MapMarker> &markers)
{
    Layer &l = layer(id);
    l.markers = markers;
    l.world.clear();
    l.levels.clear();
    l.world.reserve(markers.size());
    l.levels.reserve(markers.size());
    for (const MapMarker &marker : markers) {
        l.world.append(marker.coordinate.isValid() ? geo::worldPoint(marker.coordinate)
                                                   : QPointF(qQNaN(), qQNaN()));
        l.levels.append(marker.level);
    }
    l.grids.clear();
    Q_EMIT changed();
}

const QList<MapMarker> &MapLayers::markers(MapLayer id) const
{
    return layer(id).markers;
}

void MapLayers::clear(MapLayer id)
{
    setMarkers(id, {});
}

void MapLayers::setLayerVisible(MapLayer id, bool visible)
{
    if (layer(id).visible == visible)
        return;
    layer(id).visible = visible;
    Q_EMIT changed();
}

bool MapLayers::isLayerVisible(MapLayer id) const
{
    return layer(id).visible;
}

void MapLayers::setLayerClustered(MapLayer id, bool clustered)
{
    if (layer(id).clustered == clustered)
        return;
    layer(id).clustered = clustered;
    Q_EMIT changed();
}

bool MapLayers::isLayerClustered(MapLayer id) const
{
    return layer(id).clustered;
}

void MapLayers::setClusterCellPixels(double pixels)
{
    pixels = std::max(pixels, 8.0);
    if (pixels == m_cellPixels)
        return;
    m_cellPixels = pixels;
    for (Layer &l : m_layers)
        l.grids.clear();
    Q_EMIT changed();
}

void MapLayers::setLastClusteredZoom(int zoom)
{
    if (zoom == m_lastClusteredZoom)
        return;
    m_lastClusteredZoom = zoom;
    Q_EMIT changed();
}

void MapLayers::setSearchArea(const QGeoCoordinate &centre, double radiusKm)
{
    m_searchCentre = centre;
    m_searchRadiusKm = centre.isValid() ? std::max(radiusKm, 0.0) : 0.0;
    Q_EMIT changed();
}

void MapLayers::clearSearchArea()
{
    setSearchArea({}, 0);
}

const MapMarker *MapLayers::find(MapLayer id, const QString &entity, const QString &recordId) const
{
    for (const MapMarker &marker : layer(id).markers)
        if (marker.id == recordId && marker.entity == entity)
            return &marker;
    return nullptr;
}

QGeoRectangle MapLayers::boundingBox() const
{
    QList<QGeoCoordinate> points;
    for (const Layer &l : m_layers) {
        if (!l.visible)
            continue;
        for (const MapMarker &marker : l.markers)
            if (marker.coordinate.isValid())
                points.append(marker.coordinate);
    }
    if (m_searchCentre.isValid() && m_searchRadiusKm > 0) {
        const double metres = m_searchRadiusKm * 1000;
        points.append(m_searchCentre.atDistanceAndAzimuth(metres, 0));
        points.append(m_searchCentre.atDistanceAndAzimuth(metres, 90));
        points.append(m_searchCentre.atDistanceAndAzimuth(metres, 180));
        points.append(m_searchCentre.atDistanceAndAzimuth(metres, 270));
    }
    if (points.isEmpty())
        return {};
    return QGeoRectangle(points);
}

const QList<QPointF> &MapLayers::worldPoints(MapLayer id) const
{
    return layer(id).world;
}

const MarkerClusterGrid &MapLayers::grid(MapLayer id, int zoom) const
{
    const Layer &l = layer(id);
    auto found = l.grids.find(zoom);
    if (found == l.grids.end()) {
        found = l.grids.insert(zoom, MarkerClusterGrid());
        found->build(l.world, l.levels, zoom, m_cellPixels);
    }
    return *found;
}

} // namespace releve::ui

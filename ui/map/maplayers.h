// ui/map: the map screen family: a Widgets tile map on Qt Positioning (DESIGN.md, "Maps and
// places"). This header holds what the map shows: markers in layers (own staff, structures,
// requests by urgency, a request's candidates), the search radius of the selected
// request, and the grid clusters of each layer per zoom. Fed by RecordMarkers from the local
// cache, or by any caller with setMarkers(); drawn by MapView.
#pragma once

#include "markerclustergrid.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QHash>
#include <QObject>

#include <array>

namespace releve::ui {

// Drawn in this order: later layers on top (the few agencies over the many staff homes).
enum class MapLayer { Staff, Structures, Requests, Candidates };
inline constexpr int mapLayerCount = 4;
inline constexpr std::array<MapLayer, mapLayerCount> allMapLayers {
    MapLayer::Staff, MapLayer::Structures, MapLayer::Requests, MapLayer::Candidates
};

struct MapMarker
{
    QString entity; // the record's entity ("request", "staff", "structure"): what selection names
    QString id;
    QGeoCoordinate coordinate;
    QString title; // first line of the tooltip
    QString detail; // further lines of the tooltip, plain text
    // Requests: 0 normal, 1 urgent, 2 critical. Structures: 1 for the signed-in structure.
    int level = 0;
    QString badge; // a short text drawn on the symbol: a candidate's rank
};

class MapLayers : public QObject
{
    Q_OBJECT

public:
    // Markers closer than this many pixels on screen share a cluster: 80, Leaflet.markercluster's
    // maxClusterRadius, which keeps a full screen to about a hundred and fifty symbols.
    static constexpr double defaultClusterCellPixels = 80;
    // From this zoom on, every marker is drawn on its own (a village street is readable).
    static constexpr int defaultLastClusteredZoom = 13;

    explicit MapLayers(QObject *parent = nullptr);

    void setMarkers(MapLayer layer, const QList<MapMarker> &markers);
    const QList<MapMarker> &markers(MapLayer layer) const;
    void clear(MapLayer layer);

    void setLayerVisible(MapLayer layer, bool visible);
    bool isLayerVisible(MapLayer layer) const;
    // Candidates are never clustered: they are few and their rank must stay readable.
    void setLayerClustered(MapLayer layer, bool clustered);
    bool isLayerClustered(MapLayer layer) const;
    void setClusterCellPixels(double pixels);
    double clusterCellPixels() const { return m_cellPixels; }
    void setLastClusteredZoom(int zoom);
    int lastClusteredZoom() const { return m_lastClusteredZoom; }

    // The circle around a request's mission within which candidates are searched.
    void setSearchArea(const QGeoCoordinate &centre, double radiusKm);
    void clearSearchArea();
    QGeoCoordinate searchAreaCentre() const { return m_searchCentre; }
    double searchAreaRadiusKm() const { return m_searchRadiusKm; }

    // The marker of a record in a layer; nullptr when there is none.
    const MapMarker *find(MapLayer layer, const QString &entity, const QString &id) const;
    // The smallest rectangle holding the visible markers (and the search area); invalid if none.
    QGeoRectangle boundingBox() const;

    // The layer's markers in world units (NaN for a marker without a valid coordinate).
    const QList<QPointF> &worldPoints(MapLayer layer) const;
    // The layer's cells at a zoom, built on first use and kept until its markers change. Above
    // lastClusteredZoom, or for a layer not clustered, callers draw the members one by one.
    const MarkerClusterGrid &grid(MapLayer layer, int zoom) const;

Q_SIGNALS:
    void changed(); // markers, visibility, clustering or search area

private:
    struct Layer
    {
        QList<MapMarker> markers;
        QList<QPointF> world;
        QList<int> levels;
        bool visible = true;
        bool clustered = true;
        mutable QHash<int, MarkerClusterGrid> grids; // by zoom
    };
    Layer &layer(MapLayer id) { return m_layers[size_t(id)]; }
    const Layer &layer(MapLayer id) const { return m_layers[size_t(id)]; }

    std::array<Layer, mapLayerCount> m_layers;
    double m_cellPixels = defaultClusterCellPixels;
    int m_lastClusteredZoom = defaultLastClusteredZoom;
    QGeoCoordinate m_searchCentre;
    double m_searchRadiusKm = 0;
};

} // namespace releve::ui

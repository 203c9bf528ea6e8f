// The map widget: raster tiles from a geo::TileSource under the markers of a MapLayers, with
// mouse-wheel zoom towards the cursor, drag to pan, arrows and +/− on the keyboard, zoom buttons,
// a layer menu, a scale bar and the tile server's attribution. Where no tile can be had (offline,
// nothing cached, no pack) it draws a plain background with the markers and a short note, never
// an error dialog.
//
// Selection is shared with the lists: clicking a marker emits markerSelected(entity, id); a list
// tells the map with selectMarker(entity, id), which emits nothing. In pin mode (a request's
// address) a click places the location pin and dragging moves it: pinMoved() says where.
#pragma once

#include "maplayers.h"
#include "mapsymbols.h"

#include "core/geo/tilesource.h"

#include <QPointer>
#include <QWidget>

class QMenu;
class QToolButton;

namespace releve::ui {

class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    // Not owned; nullptr: a plain background with the markers.
    void setTileSource(geo::TileSource *source);
    geo::TileSource *tileSource() const { return m_source; }
    // Owned by the view.
    MapLayers *layers() const { return m_layers; }

    QGeoCoordinate center() const;
    int zoom() const { return m_zoom; }
    void setCenter(const QGeoCoordinate &center);
    void setZoom(int zoom);
    void setView(const QGeoCoordinate &center, int zoom);
    // The largest zoom that shows the whole area, centred on it.
    void showArea(const QGeoRectangle &area);
    void setZoomRange(int minimum, int maximum);
    int minimumZoom() const { return m_minZoom; }
    int maximumZoom() const { return m_maxZoom; }

    // Between widget positions and places, for the current view.
    QGeoCoordinate coordinateAt(const QPointF &position) const;
    QPointF positionOf(const QGeoCoordinate &coordinate) const;

    QString selectedEntity() const { return m_selectedEntity; }
    QString selectedId() const { return m_selectedId; }

    // Pin mode: a click puts the pin, dragging it moves it (a request's or an agency's place).
    void setPinEditable(bool editable);
    bool isPinEditable() const { return m_pinEditable; }
    void setPin(const QGeoCoordinate &coordinate);
    void clearPin();
    QGeoCoordinate pin() const { return m_pin; }

    // What a tooltip at this position would say (empty over the background); for the tests and
    // for accessibility.
    QString toolTipAt(const QPointF &position) const;
    // Whether some visible tile could not be had and nothing stands in for it.
    bool isBackgroundMissing() const { return m_backgroundMissing; }

    QSize sizeHint() const override;

public Q_SLOTS:
    // Selects a record's marker (from a list), and brings it into view if it is outside.
    void selectMarker(const QString &entity, const QString &id);
    void clearSelection();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    // The person clicked a marker (or the background: empty entity and id).
    void markerSelected(const QString &entity, const QString &id);
    // The person placed or dragged the pin.
    void pinMoved(const QGeoCoordinate &coordinate);
    void viewChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What is drawn where, for painting and for finding what is under the mouse.
    struct Item
    {
        QPointF position; // the anchor, in widget pixels
        MapLayer layer;
        const MarkerCluster *cluster = nullptr; // set for a cluster of more than one marker
        int marker = -1; // index in the layer's markers when a single marker
        const MapSymbol *symbol = nullptr;
    };

    double worldPixels() const; // pixels across the world at the current zoom
    QPointF worldAt(const QPointF &position) const;
    QPointF positionOfWorld(const QPointF &world) const;
    void setCenterWorld(const QPointF &world);
    void zoomAround(int zoom, const QPointF &position);
    void viewMoved();
    void requestTiles();
    void tileArrived();
    const QList<Item> &items() const;
    void spreadOverlapping(qsizetype begin) const;
    const Item *itemAt(const QPointF &position) const;
    bool pinHit(const QPointF &position) const;
    void paintTiles(QPainter &painter);
    void paintSearchArea(QPainter &painter) const;
    void paintMarkers(QPainter &painter) const;
    void paintScaleBar(QPainter &painter) const;
    void paintAttribution(QPainter &painter);
    void paintNote(QPainter &painter, const QString &text) const;
    QRectF attributionRect() const;
    void updateLayerMenu();
    void retranslate();

    QPointer<geo::TileSource> m_source;
    MapLayers *m_layers;
    mutable MapSymbols m_symbols;
    QPointF m_center { 0.5, 0.5 }; // world units
    int m_zoom = 8;
    int m_minZoom = 3;
    int m_maxZoom = 19;
    qreal m_tileRatio = 0;

    mutable QList<Item> m_items;
    mutable bool m_itemsValid = false;
    bool m_backgroundMissing = false;
    QRectF m_attributionRect;

    QString m_selectedEntity;
    QString m_selectedId;

    bool m_pinEditable = false;
    QGeoCoordinate m_pin;

    // Mouse: a press becomes a drag once it moves past the start distance, else a click.
    QPoint m_pressPos;
    QPointF m_pressCenter;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_draggingPin = false;
    int m_wheelDelta = 0;
    bool m_tilesRequestScheduled = false;

    QToolButton *m_zoomInButton;
    QToolButton *m_zoomOutButton;
    QToolButton *m_layersButton;
    QMenu *m_layersMenu;
};

} // namespace releve::ui

#include "mapview.h"

#include "core/geo/tilesource.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <numbers>

namespace releve::ui {

namespace {

using geo::TileId;
using geo::TileSource;

// What shows where no tile can be had: plain and quiet, so that markers stay readable.
const QColor plainBackground(0xe6, 0xe9, 0xec);
// Stand-ins for a missing tile: an ancestor up to this many levels above, scaled up.
constexpr int maxStandInLevels = 6;
// Keyboard panning moves the view by this fraction of its size.
constexpr double keyPanFraction = 0.2;

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_layers(new MapLayers(this))
    , m_zoomInButton(new QToolButton(this))
    , m_zoomOutButton(new QToolButton(this))
    , m_layersButton(new QToolButton(this))
    , m_layersMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    setMinimumSize(160, 120);
    m_zoom = 6;
    setCenterWorld(geo::worldPoint(QGeoCoordinate(46.6, 2.4))); // France, until told otherwise

    m_zoomInButton->setObjectName(QStringLiteral("mapZoomIn"));
    m_zoomOutButton->setObjectName(QStringLiteral("mapZoomOut"));
    m_layersButton->setObjectName(QStringLiteral("mapLayers"));
    for (QToolButton *button : { m_zoomInButton, m_zoomOutButton })
        button->setFixedSize(30, 30);
    m_zoomInButton->setText(QStringLiteral("+"));
    m_zoomOutButton->setText(QStringLiteral("\u2212"));
    QFont big = m_zoomInButton->font();
    big.setPixelSize(18);
    big.setBold(true);
    m_zoomInButton->setFont(big);
    m_zoomOutButton->setFont(big);
    m_zoomInButton->setCursor(Qt::ArrowCursor);
    m_zoomOutButton->setCursor(Qt::ArrowCursor);
    m_layersButton->setCursor(Qt::ArrowCursor);
    m_zoomInButton->setFocusPolicy(Qt::NoFocus);
    m_zoomOutButton->setFocusPolicy(Qt::NoFocus);
    m_layersButton->setFocusPolicy(Qt::NoFocus);
    connect(m_zoomInButton, &QToolButton::clicked, this, &MapView::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &MapView::zoomOut);

    for (const MapLayer layer : allMapLayers) {
        QAction *action = m_layersMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(int(layer));
        connect(action, &QAction::toggled, this,
                [this, layer](bool on) { m_layers->setLayerVisible(layer, on); });
    }
    m_layersButton->setMenu(m_layersMenu);
    m_layersButton->setPopupMode(QToolButton::InstantPopup);
    m_layersButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(m_layers, &MapLayers::changed, this, [this] {
        m_itemsValid = false;
        updateLayerMenu();
        update();
    });
    retranslate();
    updateLayerMenu();
}

MapView::~MapView() = default;

void MapView::retranslate()
{
    m_zoomInButton->setToolTip(tr("Zoom in (+)"));
    m_zoomOutButton->setToolTip(tr("Zoom out (\u2212)"));
    m_layersButton->setText(tr("Layers"));
    m_layersButton->setToolTip(tr("Choose what the map shows"));
    setAccessibleName(tr("Map"));
    for (QAction *action : m_layersMenu->actions()) {
        switch (MapLayer(action->data().toInt())) {
        case MapLayer::Requests:
            action->setText(tr("Requests"));
            break;
        case MapLayer::Staff:
            action->setText(tr("My staff"));
            break;
        case MapLayer::Structures:
            action->setText(tr("Structures"));
            break;
        case MapLayer::Candidates:
            action->setText(tr("Candidates"));
            break;
        }
    }
    m_layersButton->adjustSize();
    resizeEvent(nullptr);
}

void MapView::updateLayerMenu()
{
    for (QAction *action : m_layersMenu->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(m_layers->isLayerVisible(MapLayer(action->data().toInt())));
    }
}

void MapView::setTileSource(geo::TileSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    m_tileRatio = 0;
    if (m_source) {
        connect(m_source, &TileSource::tileLoaded, this, &MapView::tileArrived);
        connect(m_source, &TileSource::tileUnavailable, this, [this] {
            // Ask for a stand-in (an ancestor tile) once the burst of failures is over.
            if (!m_tilesRequestScheduled) {
                m_tilesRequestScheduled = true;
                QTimer::singleShot(0, this, &MapView::requestTiles);
            }
            update();
        });
        connect(m_source, &TileSource::tilesInvalidated, this, [this] {
            requestTiles();
            update();
        });
        connect(m_source, &TileSource::offlinePacksChanged, this, qOverload<>(&MapView::update));
    }
    requestTiles();
    update();
}

QGeoCoordinate MapView::center() const
{
    return geo::coordinateAt(m_center);
}

void MapView::setCenter(const QGeoCoordinate &center)
{
    if (center.isValid())
        setCenterWorld(geo::worldPoint(center));
}

void MapView::setZoom(int zoom)
{
    zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    viewMoved();
}

void MapView::setView(const QGeoCoordinate &center, int zoom)
{
    m_zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
    if (center.isValid())
        setCenterWorld(geo::worldPoint(center));
    else
        viewMoved();
}

void MapView::showArea(const QGeoRectangle &area)
{
    if (!area.isValid())
        return;
    const QPointF topLeft = geo::worldPoint(area.topLeft());
    const QPointF bottomRight = geo::worldPoint(area.bottomRight());
    const QSizeF span(std::abs(bottomRight.x() - topLeft.x()),
                      std::abs(bottomRight.y() - topLeft.y()));
    const QSizeF room(std::max(width() - 60, 60), std::max(height() - 60, 60)); // a margin
    int zoom = m_maxZoom;
    while (zoom > m_minZoom) {
        const double pixels = double(geo::tileSize) * geo::tilesAcross(zoom);
        if (span.width() * pixels <= room.width() && span.height() * pixels <= room.height())
            break;
        --zoom;
    }
    m_zoom = std::min(zoom, 15); // a single point should not land on a doorstep
    setCenterWorld((topLeft + bottomRight) / 2);
}

void MapView::setZoomRange(int minimum, int maximum)
{
    m_minZoom = std::clamp(minimum, 0, geo::maxTileZoom);
    m_maxZoom = std::clamp(maximum, m_minZoom, geo::maxTileZoom);
    setZoom(m_zoom);
}

double MapView::worldPixels() const
{
    return double(geo::tileSize) * geo::tilesAcross(m_zoom);
}

QPointF MapView::worldAt(const QPointF &position) const
{
    return m_center + (position - QPointF(width() / 2.0, height() / 2.0)) / worldPixels();
}

QPointF MapView::positionOfWorld(const QPointF &world) const
{
    return (world - m_center) * worldPixels() + QPointF(width() / 2.0, height() / 2.0);
}

QGeoCoordinate MapView::coordinateAt(const QPointF &position) const
{
    return geo::coordinateAt(worldAt(position));
}

QPointF MapView::positionOf(const QGeoCoordinate &coordinate) const
{
    return positionOfWorld(geo::worldPoint(coordinate));
}

void MapView::setCenterWorld(const QPointF &world)
{
    m_center = QPointF(std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0));
    viewMoved();
}

void MapView::zoomAround(int zoom, const QPointF &position)
{
    zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
    if (zoom == m_zoom)
        return;
    // The place under the cursor stays under the cursor.
    const QPointF under = worldAt(position);
    m_zoom = zoom;
    setCenterWorld(under - (position - QPointF(width() / 2.0, height() / 2.0)) / worldPixels());
}

void MapView::zoomIn()
{
    setZoom(m_zoom + 1);
}

void MapView::zoomOut()
{
    setZoom(m_zoom - 1);
}

void MapView::viewMoved()
{
    m_itemsValid = false;
    m_zoomInButton->setEnabled(m_zoom < m_maxZoom);
    m_zoomOutButton->setEnabled(m_zoom > m_minZoom);
    requestTiles();
    update();
    Q_EMIT viewChanged();
}

void MapView::requestTiles()
{
    m_tilesRequestScheduled = false;
    // A hidden map asks for nothing: tiles are downloaded only when someone looks at them.
    if (!m_source || !isVisible())
        return;
    const qreal ratio = devicePixelRatioF();
    if (ratio != m_tileRatio) {
        m_tileRatio = ratio;
        m_source->setDevicePixelRatio(ratio);
    }
    const int z = m_zoom;
    const int last = geo::tilesAcross(z) - 1;
    const QPointF origin = m_center * worldPixels() - QPointF(width() / 2.0, height() / 2.0);
    const int x0 = std::clamp(int(std::floor(origin.x() / geo::tileSize)), 0, last);
    const int x1 = std::clamp(int(std::floor((origin.x() + width()) / geo::tileSize)), 0, last);
    const int y0 = std::clamp(int(std::floor(origin.y() / geo::tileSize)), 0, last);
    const int y1 = std::clamp(int(std::floor((origin.y() + height()) / geo::tileSize)), 0, last);
    const QPointF middle = m_center * geo::tilesAcross(z);

    QList<TileId> visible;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            visible.append({ z, x, y });
    // Middle first: what the person looks at arrives first.
    std::sort(visible.begin(), visible.end(), [&middle](const TileId &a, const TileId &b) {
        const auto distance = [&middle](const TileId &t) {
            return std::hypot(t.x + 0.5 - middle.x(), t.y + 0.5 - middle.y());
        };
        return distance(a) < distance(b);
    });
    // For a tile that cannot be had, the nearest ancestor that might be: drawn scaled up.
    QList<TileId> standIns;
    for (const TileId &id : std::as_const(visible)) {
        if (m_source->state(id) != TileSource::TileState::Unavailable)
            continue;
        for (int up = 1; up <= maxStandInLevels && z - up >= 0; ++up) {
            const TileId ancestor = id.ancestor(z - up);
            const TileSource::TileState state = m_source->state(ancestor);
            if (state == TileSource::TileState::Unavailable)
                continue;
            if (state != TileSource::TileState::Loaded && !standIns.contains(ancestor))
                standIns.append(ancestor);
            break;
        }
    }
    m_source->requestTiles(visible + standIns);
}

void MapView::tileArrived()
{
    update();
}

QSize MapView::sizeHint() const
{
    return QSize(720, 520);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    const int margin = 10;
    m_zoomInButton->move(margin, margin);
    m_zoomOutButton->move(margin, margin + m_zoomInButton->height() + 2);
    m_layersButton->adjustSize();
    m_layersButton->move(width() - m_layersButton->width() - margin, margin);
    if (event) {
        m_itemsValid = false;
        requestTiles();
    }
}

void MapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    requestTiles();
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// ---- painting

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_source && devicePixelRatioF() != m_tileRatio && !m_tilesRequestScheduled) {
        m_tilesRequestScheduled = true;
        QTimer::singleShot(0, this, &MapView::requestTiles);
    }
    paintTiles(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    paintSearchArea(painter);
    paintMarkers(painter);
    paintScaleBar(painter);
    paintAttribution(painter);
    if (m_backgroundMissing)
        paintNote(painter,
                  tr("No map background here while offline. The markers are still shown."));
}

void MapView::paintTiles(QPainter &painter)
{
    painter.fillRect(rect(), plainBackground);
    m_backgroundMissing = false;
    if (!m_source)
        return;
    const int z = m_zoom;
    const int last = geo::tilesAcross(z) - 1;
    const QPointF exact = m_center * worldPixels() - QPointF(width() / 2.0, height() / 2.0);
    const QPoint origin(int(std::floor(exact.x())), int(std::floor(exact.y())));
    const int x0 = std::max(int(std::floor(origin.x() / double(geo::tileSize))), 0);
    const int x1 = std::min(int(std::floor((origin.x() + width()) / double(geo::tileSize))), last);
    const int y0 = std::max(int(std::floor(origin.y() / double(geo::tileSize))), 0);
    const int y1 = std::min(int(std::floor((origin.y() + height()) / double(geo::tileSize))), last);

    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const TileId id { z, x, y };
            const QRect target(x * geo::tileSize - origin.x(), y * geo::tileSize - origin.y(),
                               geo::tileSize, geo::tileSize);
            const QImage image = m_source->tile(id);
            if (!image.isNull()) {
                painter.drawImage(target, image);
                continue;
            }
            bool covered = false;
            // Zooming in, or beyond what a pack holds: an ancestor, scaled up.
            for (int up = 1; up <= maxStandInLevels && z - up >= 0; ++up) {
                const TileId ancestor = id.ancestor(z - up);
                const QImage coarse = m_source->tile(ancestor);
                if (coarse.isNull())
                    continue;
                const double side = double(geo::tileSize) / (1 << up) * coarse.devicePixelRatio();
                const QRectF source((x - (ancestor.x << up)) * side,
                                    (y - (ancestor.y << up)) * side, side, side);
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                painter.drawImage(QRectF(target), coarse, source);
                painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
                covered = true;
                break;
            }
            // Zooming out: the four tiles of the level below, scaled down.
            if (z < geo::maxTileZoom) {
                int children = 0;
                for (int dy = 0; dy < 2; ++dy) {
                    for (int dx = 0; dx < 2; ++dx) {
                        const QImage fine = m_source->tile({ z + 1, 2 * x + dx, 2 * y + dy });
                        if (fine.isNull())
                            continue;
                        const int half = geo::tileSize / 2;
                        painter.setRenderHint(QPainter::SmoothPixmapTransform);
                        painter.drawImage(
                            QRect(target.x() + dx * half, target.y() + dy * half, half, half),
                            fine);
                        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
                        ++children;
                    }
                }
                covered = covered || children == 4;
            }
            if (!covered && m_source->state(id) == TileSource::TileState::Unavailable)
                m_backgroundMissing = true;
        }
    }
}

void MapView::paintSearchArea(QPainter &painter) const
{
    const QGeoCoordinate centre = m_layers->searchAreaCentre();
    const double km = m_layers->searchAreaRadiusKm();
    if (!centre.isValid() || km <= 0 || !m_layers->isLayerVisible(MapLayer::Candidates))
        return;
    const double radius = km * 1000 / geo::metresPerPixel(centre.latitude(), m_zoom);
    const QPointF at = positionOf(centre);
    QColor fill = MapSymbols::colour(MapLayer::Candidates, 0);
    fill.setAlpha(28);
    QColor line = MapSymbols::colour(MapLayer::Candidates, 0).darker(120);
    painter.setBrush(fill);
    painter.setPen(QPen(line, 1.6, Qt::DashLine));
    painter.drawEllipse(at, radius, radius);
}

const QList<MapView::Item> &MapView::items() const
{
    if (m_itemsValid)
        return m_items;
    m_items.clear();
    m_itemsValid = true;
    const qreal ratio = devicePixelRatioF();
    const double margin = 50; // the largest symbol, so that one half outside still shows
    const QRectF world(worldAt(QPointF(-margin, -margin)),
                       worldAt(QPointF(width() + margin, height() + margin)));
    const bool clusteringZoom = m_zoom <= m_layers->lastClusteredZoom();
    for (const MapLayer layer : allMapLayers) {
        if (!m_layers->isLayerVisible(layer))
            continue;
        const QList<MapMarker> &markers = m_layers->markers(layer);
        if (markers.isEmpty())
            continue;
        const QList<QPointF> &points = m_layers->worldPoints(layer);
        const bool clustered = clusteringZoom && m_layers->isLayerClustered(layer);
        const MarkerClusterGrid &grid = m_layers->grid(layer, m_zoom);
        const qsizetype begin = m_items.size();
        grid.visit(world, [&](const MarkerCluster &cluster) {
            if (clustered && cluster.count > 1) {
                m_items.append(
                    { positionOfWorld(cluster.world), layer, &cluster, -1,
                      &m_symbols.cluster(layer, cluster.maxLevel, cluster.count, ratio) });
                return;
            }
            for (int i = cluster.first; i < cluster.first + cluster.count; ++i) {
                const int index = grid.members().at(i);
                const MapMarker &marker = markers.at(index);
                m_items.append({ positionOfWorld(points.at(index)), layer, nullptr, index,
                                 &m_symbols.marker(layer, marker.level, marker.badge, ratio) });
            }
        });
        if (!m_layers->isLayerClustered(layer))
            spreadOverlapping(begin);
        // Within a layer, southern markers over northern ones, as on a paper map.
        std::sort(m_items.begin() + begin, m_items.end(),
                  [](const Item &a, const Item &b) { return a.position.y() < b.position.y(); });
    }
    return m_items;
}

void MapView::spreadOverlapping(qsizetype begin) const
{
    // Markers of a layer that is never clustered (a request's candidates at their agency's place)
    // may share a point: they go round it on a small ring, each readable and clickable.
    QHash<QPoint, QList<qsizetype>> groups;
    for (qsizetype i = begin; i < m_items.size(); ++i)
        groups[(m_items.at(i).position / 3).toPoint()].append(i);
    for (const QList<qsizetype> &group : std::as_const(groups)) {
        const qsizetype n = group.size();
        if (n < 2)
            continue;
        const double radius = std::max(16.0, 4.5 * double(n));
        for (qsizetype k = 0; k < n; ++k) {
            const double angle
                = -std::numbers::pi / 2 + 2 * std::numbers::pi * double(k) / double(n);
            m_items[group.at(k)].position += QPointF(std::cos(angle), std::sin(angle)) * radius;
        }
    }
}

void MapView::paintMarkers(QPainter &painter) const
{
    for (const Item &item : items())
        painter.drawPixmap(item.position - item.symbol->anchor, item.symbol->pixmap);

    // The selected record on top of everything, even inside a cluster: the list points at it.
    if (!m_selectedId.isEmpty()) {
        const auto highlight = [&painter](const QPointF &at, const MapSymbol &symbol) {
            const QPointF centre = at + symbol.hitCentre;
            const qreal radius = symbol.hitRadius + 4;
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(0, 0, 0, 120), 6));
            painter.drawEllipse(centre, radius, radius);
            painter.setPen(QPen(MapSymbols::selectionColour(), 3.5));
            painter.drawEllipse(centre, radius, radius);
            painter.drawPixmap(at - symbol.anchor, symbol.pixmap);
        };
        std::array<bool, mapLayerCount> shown {};
        for (const Item &item : items()) {
            if (item.cluster)
                continue;
            const MapMarker &marker = m_layers->markers(item.layer).at(item.marker);
            if (marker.id == m_selectedId && marker.entity == m_selectedEntity) {
                highlight(item.position, *item.symbol);
                shown[size_t(item.layer)] = true;
            }
        }
        for (const MapLayer layer : allMapLayers) {
            if (shown[size_t(layer)] || !m_layers->isLayerVisible(layer))
                continue;
            const MapMarker *marker = m_layers->find(layer, m_selectedEntity, m_selectedId);
            if (marker && marker->coordinate.isValid())
                highlight(
                    positionOf(marker->coordinate),
                    m_symbols.marker(layer, marker->level, marker->badge, devicePixelRatioF()));
        }
    }
    if (m_pin.isValid()) {
        const MapSymbol &symbol = m_symbols.pin(devicePixelRatioF());
        painter.drawPixmap(positionOf(m_pin) - symbol.anchor, symbol.pixmap);
    }
}

void MapView::paintScaleBar(QPainter &painter) const
{
    const double latitude = center().latitude();
    const geo::ScaleBar bar = geo::scaleBarFor(geo::metresPerPixel(latitude, m_zoom), 110);
    if (bar.pixels <= 0)
        return;
    const QLocale locale;
    const QString label = bar.metres >= 1000
        ? tr("%1 km").arg(locale.toString(bar.metres / 1000, 'g', 6))
        : tr("%1 m").arg(locale.toString(bar.metres, 'g', 6));
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QPointF origin(12, height() - 12);
    const QRectF box(origin.x() - 5, origin.y() - 24,
                     std::max(bar.pixels, metrics.horizontalAdvance(label)) + 10, 29);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRoundedRect(box, 3, 3);
    const QColor ink(0x33, 0x33, 0x33);
    painter.setPen(QPen(ink, 1.5, Qt::SolidLine, Qt::FlatCap));
    const double x1 = origin.x() + bar.pixels;
    painter.drawLine(QPointF(origin.x(), origin.y() - 4), QPointF(origin.x(), origin.y()));
    painter.drawLine(QPointF(origin.x(), origin.y()), QPointF(x1, origin.y()));
    painter.drawLine(QPointF(x1, origin.y() - 4), QPointF(x1, origin.y()));
    painter.drawText(QPointF(origin.x(), origin.y() - 8), label);
}

QRectF MapView::attributionRect() const
{
    return m_attributionRect;
}

void MapView::paintAttribution(QPainter &painter)
{
    m_attributionRect = {};
    if (!m_source)
        return;
    const QString text = m_source->attributions().join(QStringLiteral(" | "));
    if (text.isEmpty())
        return;
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text) + 10, metrics.height() + 4);
    m_attributionRect = QRectF(QPointF(width() - size.width(), height() - size.height()), size);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(m_attributionRect);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(m_attributionRect, Qt::AlignCenter, text);
}

void MapView::paintNote(QPainter &painter, const QString &text) const
{
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double width = std::min(metrics.horizontalAdvance(text) + 24, this->width() - 100.0);
    const QRectF box((this->width() - width) / 2, 12, width, metrics.height() + 10);
    painter.setPen(QPen(QColor(0, 0, 0, 40)));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(box, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, width - 16));
}

// ---- what is under the mouse

const MapView::Item *MapView::itemAt(const QPointF &position) const
{
    const QList<Item> &all = items();
    // Top-most first: the last drawn.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const QPointF centre = it->position + it->symbol->hitCentre;
        if (QLineF(centre, position).length() <= it->symbol->hitRadius)
            return &*it;
    }
    return nullptr;
}

bool MapView::pinHit(const QPointF &position) const
{
    if (!m_pin.isValid())
        return false;
    const MapSymbol &symbol = m_symbols.pin(devicePixelRatioF());
    return QLineF(positionOf(m_pin) + symbol.hitCentre, position).length() <= symbol.hitRadius;
}

QString MapView::toolTipAt(const QPointF &position) const
{
    if (pinHit(position))
        return m_pinEditable ? tr("The place: drag the pin to move it") : tr("The place");
    const Item *item = itemAt(position);
    if (!item)
        return {};
    const QList<MapMarker> &markers = m_layers->markers(item->layer);
    if (!item->cluster) {
        const MapMarker &marker = markers.at(item->marker);
        QString html
            = QStringLiteral("<b>") + marker.title.toHtmlEscaped() + QStringLiteral("</b>");
        const QStringList lines = marker.detail.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            html += QStringLiteral("<br>") + line.toHtmlEscaped();
        return html;
    }
    const int count = item->cluster->count;
    QString heading;
    switch (item->layer) {
    case MapLayer::Requests:
        heading = tr("%n requests", nullptr, count);
        break;
    case MapLayer::Staff:
        heading = tr("%n staff members", nullptr, count);
        break;
    case MapLayer::Structures:
        heading = tr("%n structures", nullptr, count);
        break;
    case MapLayer::Candidates:
        heading = tr("%n candidates", nullptr, count);
        break;
    }
    QString html = QStringLiteral("<b>") + heading.toHtmlEscaped() + QStringLiteral("</b>");
    const MarkerClusterGrid &grid = m_layers->grid(item->layer, m_zoom);
    constexpr int listed = 8;
    QStringList titles;
    for (int i = item->cluster->first; i < item->cluster->first + count; ++i)
        titles.append(markers.at(grid.members().at(i)).title);
    titles.sort(Qt::CaseInsensitive);
    for (int i = 0; i < std::min<int>(listed, int(titles.size())); ++i)
        html += QStringLiteral("<br>") + titles.at(i).toHtmlEscaped();
    if (count > listed)
        html += QStringLiteral("<br>") + tr("and %n more", nullptr, count - listed).toHtmlEscaped();
    html += QStringLiteral("<br><i>") + tr("Click to zoom in").toHtmlEscaped()
        + QStringLiteral("</i>");
    return html;
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

// ---- selection and pin

void MapView::selectMarker(const QString &entity, const QString &id)
{
    m_selectedEntity = entity;
    m_selectedId = id;
    for (const MapLayer layer : allMapLayers) {
        const MapMarker *marker = m_layers->find(layer, entity, id);
        if (!marker || !marker->coordinate.isValid())
            continue;
        if (!rect().adjusted(30, 30, -30, -30).contains(positionOf(marker->coordinate).toPoint()))
            setCenter(marker->coordinate);
        break;
    }
    update();
}

void MapView::clearSelection()
{
    m_selectedEntity.clear();
    m_selectedId.clear();
    update();
}

void MapView::setPinEditable(bool editable)
{
    m_pinEditable = editable;
    setCursor(editable ? Qt::CrossCursor : Qt::OpenHandCursor);
}

void MapView::setPin(const QGeoCoordinate &coordinate)
{
    m_pin = coordinate;
    update();
}

void MapView::clearPin()
{
    setPin({});
}

// ---- input

void MapView::wheelEvent(QWheelEvent *event)
{
    m_wheelDelta += event->angleDelta().y();
    const int steps = m_wheelDelta / QWheelEvent::DefaultDeltasPerStep;
    if (steps != 0) {
        m_wheelDelta -= steps * QWheelEvent::DefaultDeltasPerStep;
        zoomAround(m_zoom + steps, event->position());
    }
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressCenter = m_center;
    m_draggingPin = m_pinEditable && pinHit(event->position());
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (!m_pressed) {
        const bool over = itemAt(position) || (m_pinEditable && pinHit(position))
            || m_attributionRect.contains(position);
        setCursor(over                ? Qt::PointingHandCursor
                      : m_pinEditable ? Qt::CrossCursor
                                      : Qt::OpenHandCursor);
        return;
    }
    if (!m_dragging
        && (position.toPoint() - m_pressPos).manhattanLength()
            >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (!m_dragging)
        return;
    if (m_draggingPin) {
        m_pin = coordinateAt(position);
        update();
    } else {
        setCenterWorld(m_pressCenter - (position - QPointF(m_pressPos)) / worldPixels());
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    const QPointF position = event->position();
    setCursor(m_pinEditable ? Qt::CrossCursor : Qt::OpenHandCursor);
    if (m_dragging) {
        m_dragging = false;
        if (std::exchange(m_draggingPin, false))
            Q_EMIT pinMoved(m_pin);
        return;
    }
    m_draggingPin = false;
    if (m_attributionRect.contains(position) && m_source
        && m_source->server().attributionUrl.isValid()) {
        QDesktopServices::openUrl(m_source->server().attributionUrl);
        return;
    }
    if (m_pinEditable) {
        setPin(coordinateAt(position));
        Q_EMIT pinMoved(m_pin);
        return;
    }
    const Item *item = itemAt(position);
    if (item && item->cluster) {
        // Into the cluster: two levels closer, centred on it.
        const QPointF world = item->cluster->world;
        m_zoom = std::clamp(m_zoom + 2, m_minZoom, m_maxZoom);
        setCenterWorld(world);
        return;
    }
    if (item) {
        const MapMarker &marker = m_layers->markers(item->layer).at(item->marker);
        m_selectedEntity = marker.entity;
        m_selectedId = marker.id;
        update();
        Q_EMIT markerSelected(marker.entity, marker.id);
        return;
    }
    if (!m_selectedId.isEmpty()) {
        clearSelection();
        Q_EMIT markerSelected({}, {});
    }
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_pinEditable && !itemAt(event->position())) {
        zoomAround(m_zoom + 1, event->position());
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double dx = width() * keyPanFraction / worldPixels();
    const double dy = height() * keyPanFraction / worldPixels();
    switch (event->key()) {
    case Qt::Key_Left:
        setCenterWorld(m_center - QPointF(dx, 0));
        break;
    case Qt::Key_Right:
        setCenterWorld(m_center + QPointF(dx, 0));
        break;
    case Qt::Key_Up:
        setCenterWorld(m_center - QPointF(0, dy));
        break;
    case Qt::Key_Down:
        setCenterWorld(m_center + QPointF(0, dy));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Escape:
        if (m_selectedId.isEmpty()) {
            QWidget::keyPressEvent(event);
            return;
        }
        clearSelection();
        Q_EMIT markerSelected({}, {});
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace releve::ui

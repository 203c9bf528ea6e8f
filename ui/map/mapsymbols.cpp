#include "mapsymbols.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace releve::ui {

namespace {

QPixmap canvas(QSizeF size, qreal ratio)
{
    QPixmap pixmap((size * ratio).toSize());
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

// A teardrop whose tip is at the bottom centre of a width × height box.
QPainterPath teardrop(QRectF box)
{
    const qreal r = box.width() / 2;
    const QPointF centre(box.center().x(), box.top() + r);
    QPainterPath path;
    path.moveTo(box.center().x(), box.bottom());
    path.cubicTo(QPointF(centre.x() - r * 0.55, box.bottom() - r * 0.7),
                 QPointF(box.left(), centre.y() + r * 0.75), QPointF(box.left(), centre.y()));
    path.arcTo(QRectF(box.left(), box.top(), 2 * r, 2 * r), 180, -180);
    path.cubicTo(QPointF(box.right(), centre.y() + r * 0.75),
                 QPointF(centre.x() + r * 0.55, box.bottom() - r * 0.7),
                 QPointF(box.center().x(), box.bottom()));
    path.closeSubpath();
    return path;
}

void drawCentredText(QPainter &p, const QRectF &box, const QString &text, int pixelSize)
{
    QFont font = p.font();
    font.setPixelSize(pixelSize);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
}

QString countText(int count)
{
    if (count < 1000)
        return QString::number(count);
    return QString::number(count / 1000) + u'k'; // "12k": the exact number is in the tooltip
}

} // namespace

QColor MapSymbols::colour(MapLayer layer, int level)
{
    switch (layer) {
    case MapLayer::Requests:
        return level >= 2 ? QColor(0xd6, 0x28, 0x39) // critical
            : level == 1  ? QColor(0xf0, 0x8c, 0x00) // urgent
                          : QColor(0x2f, 0x6f, 0xd6); // normal
    case MapLayer::Staff:
        return QColor(0x12, 0x83, 0x7a);
    case MapLayer::Structures:
        return level >= 1 ? QColor(0x1d, 0x35, 0x57) : QColor(0x6c, 0x4a, 0xb6);
    case MapLayer::Candidates:
        return QColor(0x2b, 0x93, 0x48);
    }
    return Qt::gray;
}

const MapSymbol &MapSymbols::marker(MapLayer layer, int level, const QString &badge, qreal ratio)
{
    const Key key { 0, int(layer), level, 0, badge, int(std::lround(ratio * 100)) };
    if (const auto found = m_symbols.find(key); found != m_symbols.end())
        return found->second;

    MapSymbol symbol;
    const QColor fill = colour(layer, level);
    const QColor outline = fill.darker(160);
    switch (layer) {
    case MapLayer::Requests: {
        const QSizeF size(24, 33);
        symbol.pixmap = canvas(size, ratio);
        QPainter p(&symbol.pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF body(2, 1, 20, 30);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 50)); // a soft shadow under the tip
        p.drawEllipse(QPointF(12, 31), 5, 1.6);
        p.setPen(QPen(outline, 1.2));
        p.setBrush(fill);
        p.drawPath(teardrop(body));
        if (level >= 2) {
            drawCentredText(p, QRectF(2, 1, 20, 20), QStringLiteral("!"), 13);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            p.drawEllipse(QPointF(12, 11), 3.6, 3.6);
        }
        symbol.anchor = QPointF(12, 31);
        symbol.hitCentre = QPointF(0, -20);
        symbol.hitRadius = 11;
        break;
    }
    case MapLayer::Staff: {
        symbol.pixmap = canvas(QSizeF(16, 16), ratio);
        QPainter p(&symbol.pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(fill);
        p.drawEllipse(QPointF(8, 8), 6, 6);
        symbol.anchor = QPointF(8, 8);
        symbol.hitRadius = 8;
        break;
    }
    case MapLayer::Structures: {
        const qreal side = level >= 1 ? 18 : 15;
        symbol.pixmap = canvas(QSizeF(side + 4, side + 4), ratio);
        QPainter p(&symbol.pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(2, 2, side, side), 3, 3);
        // A roof: an agency, not a person.
        QPainterPath roof;
        const qreal c = 2 + side / 2;
        roof.moveTo(c - side * 0.28, c + side * 0.05);
        roof.lineTo(c, c - side * 0.25);
        roof.lineTo(c + side * 0.28, c + side * 0.05);
        p.setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(roof);
        p.drawLine(QPointF(c - side * 0.18, c + side * 0.02),
                   QPointF(c - side * 0.18, c + side * 0.26));
        p.drawLine(QPointF(c + side * 0.18, c + side * 0.02),
                   QPointF(c + side * 0.18, c + side * 0.26));
        p.drawLine(QPointF(c - side * 0.18, c + side * 0.26),
                   QPointF(c + side * 0.18, c + side * 0.26));
        symbol.anchor = QPointF(c, c);
        symbol.hitRadius = side / 2 + 2;
        break;
    }
    case MapLayer::Candidates: {
        symbol.pixmap = canvas(QSizeF(26, 26), ratio);
        QPainter p(&symbol.pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(fill);
        p.drawEllipse(QPointF(13, 13), 11, 11);
        if (!badge.isEmpty())
            drawCentredText(p, QRectF(2, 2, 22, 22), badge, badge.size() > 2 ? 9 : 11);
        symbol.anchor = QPointF(13, 13);
        symbol.hitRadius = 12;
        break;
    }
    }
    return m_symbols.emplace(key, std::move(symbol)).first->second;
}

const MapSymbol &MapSymbols::cluster(MapLayer layer, int level, int count, qreal ratio)
{
    // Looked up for every cluster of every frame: by number, the text is made only once.
    const Key key { 1,     int(layer),
                    level, count < 1000 ? count : 1000 + count / 1000,
                    {},    int(std::lround(ratio * 100)) };
    if (const auto found = m_symbols.find(key); found != m_symbols.end())
        return found->second;
    const QString text = countText(count);

    // Larger for more members, on a log scale so that a thousand does not cover the map.
    const qreal radius = 12 + 3.5 * std::min(3.0, std::log10(double(count)));
    const qreal side = 2 * (radius + 5);
    MapSymbol symbol;
    symbol.pixmap = canvas(QSizeF(side, side), ratio);
    QPainter p(&symbol.pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(side / 2, side / 2);
    QColor halo = colour(layer, level);
    halo.setAlpha(70);
    p.setPen(Qt::NoPen);
    p.setBrush(halo);
    p.drawEllipse(centre, radius + 4.5, radius + 4.5);
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(colour(layer, level));
    p.drawEllipse(centre, radius, radius);
    drawCentredText(p, QRectF(0, 0, side, side), text, text.size() > 3 ? 10 : 12);
    p.end();
    symbol.anchor = centre;
    symbol.hitRadius = radius + 2;
    return m_symbols.emplace(key, std::move(symbol)).first->second;
}

const MapSymbol &MapSymbols::pin(qreal ratio)
{
    const Key key { 2, 0, 0, 0, {}, int(std::lround(ratio * 100)) };
    if (const auto found = m_symbols.find(key); found != m_symbols.end())
        return found->second;
    MapSymbol symbol;
    symbol.pixmap = canvas(QSizeF(32, 44), ratio);
    QPainter p(&symbol.pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 60));
    p.drawEllipse(QPointF(16, 42), 7, 2);
    const QColor fill(0xc2, 0x25, 0x5c);
    p.setPen(QPen(fill.darker(170), 1.5));
    p.setBrush(fill);
    p.drawPath(teardrop(QRectF(3, 1.5, 26, 40.5)));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(16, 14.5), 5, 5);
    p.end();
    symbol.anchor = QPointF(16, 42);
    symbol.hitCentre = QPointF(0, -28);
    symbol.hitRadius = 15;
    return m_symbols.emplace(key, std::move(symbol)).first->second;
}

} // namespace releve::ui

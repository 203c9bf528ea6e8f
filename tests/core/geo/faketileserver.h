// A raster tile server on loopback for the map tests: GET /tiles/{z}/{x}/{y}.png (and
// {y}@2x.png for high-DPI tiles) answers a generated PNG, either of one plain colour (for pixel
// checks) or drawn like a map of the Creuse (land, rivers, roads, towns; for screenshots), and
// counts requests, connections and what overlapped (LoopbackHttpServer).
#pragma once

#include "loopbackhttpserver.h"

#include "core/geo/tilemath.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

namespace releve::testing {

class FakeTileServer : public QObject
{
    Q_OBJECT

public:
    enum class Style { Plain, Map };

    explicit FakeTileServer(Style style = Style::Plain, QObject *parent = nullptr)
        : QObject(parent)
        , m_style(style)
        , m_http([this](const LoopbackRequest &request) { return answer(request); })
    { }

    // The XYZ template for a TileServer, with {r} for high-DPI tiles.
    QString urlTemplate() const
    {
        return m_http.url().toString() + QStringLiteral("/tiles/{z}/{x}/{y}{r}.png");
    }
    LoopbackHttpServer &http() { return m_http; }
    void stop() { m_http.stop(); }
    void setColour(QColor colour) { m_colour = colour; }
    QColor colour() const { return m_colour; }
    void setDelay(int ms) { m_delayMs = ms; }
    void setBroken(bool broken) { m_broken = broken; } // answers 200 with bytes that are no image
    // A "Cache-Control" header for the tiles (none by default).
    void setCacheControl(const QByteArray &value) { m_cacheControl = value; }

    int requestCount() const { return m_http.requestCount(); }
    // Tiles asked for, as "z/x/y" or "z/x/y@2x".
    QStringList requestedTiles() const
    {
        QStringList tiles;
        for (const LoopbackRequest &request : m_http.requests())
            tiles.append(request.path.mid(7).chopped(4)); // "/tiles/" … ".png"
        return tiles;
    }

    static QByteArray png(const QImage &image)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    static QImage plainTile(QColor colour, int scale = 1)
    {
        QImage image(geo::tileSize * scale, geo::tileSize * scale, QImage::Format_RGB32);
        image.fill(colour);
        return image;
    }

    // A map-like tile: drawn in world pixels, so that neighbouring tiles join seamlessly.
    static QImage mapTile(const geo::TileId &id, int scale = 1)
    {
        QImage image(geo::tileSize * scale, geo::tileSize * scale, QImage::Format_RGB32);
        image.fill(QColor(0xf2, 0xef, 0xe9));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        p.translate(-id.x * geo::tileSize, -id.y * geo::tileSize);
        const double worldPixels = double(geo::tileSize) * geo::tilesAcross(id.z);
        const auto at = [worldPixels](double lat, double lon) {
            return geo::worldPoint(QGeoCoordinate(lat, lon)) * worldPixels;
        };
        const double zoomWidth = std::max(0.6, (id.z - 6) * 0.7);

        // Woods: soft patches on the plateau of Millevaches and around the lake.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd6, 0xe6, 0xc8));
        for (const auto &[lat, lon, km] :
             { std::tuple { 45.80, 2.02, 9.0 }, std::tuple { 45.86, 1.78, 7.0 },
               std::tuple { 46.05, 2.30, 6.0 }, std::tuple { 46.28, 1.95, 5.0 },
               std::tuple { 46.09, 1.62, 5.5 } }) {
            const double r = km * 1000 / geo::metresPerPixel(lat, id.z);
            p.drawEllipse(at(lat, lon), r * 1.4, r);
        }
        // Lake Vassivière.
        p.setBrush(QColor(0xaa, 0xd3, 0xdf));
        const double lake = 2200 / geo::metresPerPixel(45.81, id.z);
        p.drawEllipse(at(45.81, 1.87), lake * 1.3, lake * 0.8);

        // Rivers: the Creuse and the Taurion, approximately.
        const auto polyline = [&](std::initializer_list<std::pair<double, double>> points) {
            QPainterPath path;
            bool first = true;
            for (const auto &[lat, lon] : points) {
                if (first)
                    path.moveTo(at(lat, lon));
                else
                    path.lineTo(at(lat, lon));
                first = false;
            }
            return path;
        };
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0x9c, 0xc8, 0xdb), zoomWidth * 1.6, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.drawPath(polyline({ { 45.76, 2.27 },
                              { 45.883, 2.18 },
                              { 45.957, 2.175 },
                              { 46.03, 2.10 },
                              { 46.09, 2.05 },
                              { 46.16, 1.98 },
                              { 46.24, 1.90 },
                              { 46.33, 1.76 },
                              { 46.38, 1.67 },
                              { 46.46, 1.55 } }));
        p.drawPath(polyline({ { 45.79, 1.98 },
                              { 45.84, 1.90 },
                              { 45.93, 1.86 },
                              { 45.996, 1.849 },
                              { 46.00, 1.72 },
                              { 45.97, 1.55 },
                              { 45.93, 1.40 } }));

        // Roads between the towns, OSM-like: pale yellow with a darker casing.
        struct Town
        {
            const char *name;
            double lat;
            double lon;
            int rank; // 0 préfecture, 1 town, 2 village
        };
        static const Town towns[] = {
            { "Guéret", 46.171, 1.872, 0 },
            { "Bourganeuf", 45.954, 1.758, 1 },
            { "Aubusson", 45.957, 2.168, 1 },
            { "La Souterraine", 46.238, 1.487, 1 },
            { "Ahun", 46.086, 2.041, 2 },
            { "Felletin", 45.883, 2.174, 2 },
            { "Boussac", 46.349, 2.217, 1 },
            { "Évaux-les-Bains", 46.174, 2.489, 2 },
            { "Crocq", 45.862, 2.366, 2 },
            { "Bénévent-l'Abbaye", 46.117, 1.630, 2 },
            { "Dun-le-Palestel", 46.300, 1.664, 2 },
            { "Chénérailles", 46.112, 2.176, 2 },
            { "Saint-Vaury", 46.204, 1.756, 2 },
            { "Royère-de-Vassivière", 45.840, 1.911, 2 },
            { "Auzances", 46.025, 2.499, 2 },
            { "Pontarion", 45.996, 1.849, 2 },
            { "Gouzon", 46.191, 2.239, 2 },
            { "Bonnat", 46.333, 1.905, 2 },
        };
        const auto town = [](const char *name) {
            for (const Town &t : towns)
                if (qstrcmp(t.name, name) == 0)
                    return t;
            return towns[0];
        };
        static const std::pair<const char *, const char *> roads[] = {
            { "Guéret", "La Souterraine" },
            { "Guéret", "Gouzon" },
            { "Guéret", "Ahun" },
            { "Ahun", "Aubusson" },
            { "Guéret", "Pontarion" },
            { "Pontarion", "Bourganeuf" },
            { "Bourganeuf", "Aubusson" },
            { "Aubusson", "Felletin" },
            { "Felletin", "Crocq" },
            { "Aubusson", "Auzances" },
            { "Auzances", "Évaux-les-Bains" },
            { "Guéret", "Bonnat" },
            { "Bonnat", "Boussac" },
            { "Gouzon", "Boussac" },
            { "Gouzon", "Évaux-les-Bains" },
            { "La Souterraine", "Bénévent-l'Abbaye" },
            { "Bénévent-l'Abbaye", "Bourganeuf" },
            { "La Souterraine", "Dun-le-Palestel" },
            { "Guéret", "Saint-Vaury" },
            { "Saint-Vaury", "Dun-le-Palestel" },
            { "Aubusson", "Chénérailles" },
            { "Chénérailles", "Gouzon" },
            { "Bourganeuf", "Royère-de-Vassivière" },
            { "Royère-de-Vassivière", "Felletin" },
        };
        for (const bool casing : { true, false }) {
            p.setPen(QPen(casing ? QColor(0xd2, 0xc6, 0x9a) : QColor(0xfb, 0xf5, 0xc8),
                          zoomWidth * (casing ? 2.6 : 1.8), Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
            for (const auto &[from, to] : roads) {
                const Town a = town(from);
                const Town b = town(to);
                // A gentle bend, so roads do not look ruled.
                const double midLat = (a.lat + b.lat) / 2 + (b.lon - a.lon) * 0.06;
                const double midLon = (a.lon + b.lon) / 2 - (b.lat - a.lat) * 0.06;
                QPainterPath path(at(a.lat, a.lon));
                path.quadTo(at(midLat, midLon), at(b.lat, b.lon));
                p.drawPath(path);
            }
        }

        // Built-up areas and names.
        const bool withText = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
        for (const Town &t : towns) {
            const double r = (t.rank == 0       ? 1600
                                  : t.rank == 1 ? 1000
                                                : 550)
                / geo::metresPerPixel(t.lat, id.z);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xe3, 0xdd, 0xd6));
            p.drawEllipse(at(t.lat, t.lon), r, r * 0.85);
            if (!withText || id.z < 8 + t.rank)
                continue;
            QFont font;
            font.setPixelSize(t.rank == 0 ? 14 : t.rank == 1 ? 12 : 11);
            font.setBold(t.rank == 0);
            p.setFont(font);
            const QPointF where = at(t.lat, t.lon) + QPointF(0, r * 0.85 + font.pixelSize());
            const QString name = QString::fromUtf8(t.name);
            const double width = QFontMetricsF(font).horizontalAdvance(name);
            QPainterPath text;
            text.addText(where - QPointF(width / 2, 0), font, name);
            p.setPen(
                QPen(QColor(255, 255, 255, 210), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(text);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x55, 0x50, 0x4a));
            p.drawPath(text);
        }
        return image;
    }

private:
    LoopbackResponse answer(const LoopbackRequest &request)
    {
        static const QRegularExpression tilePath(
            QStringLiteral("^/tiles/(\\d+)/(\\d+)/(\\d+)(@2x)?\\.png$"));
        const QRegularExpressionMatch match = tilePath.match(request.path);
        LoopbackResponse response;
        response.delayMs = m_delayMs;
        response.contentType = QByteArrayLiteral("image/png");
        if (!m_cacheControl.isEmpty())
            response.headers.append({ QByteArrayLiteral("Cache-Control"), m_cacheControl });
        const geo::TileId id { match.captured(1).toInt(), match.captured(2).toInt(),
                               match.captured(3).toInt() };
        if (!match.hasMatch() || !id.isValid()) {
            response.status = 404;
            response.contentType = QByteArrayLiteral("text/plain");
            response.body = QByteArrayLiteral("no such tile");
            return response;
        }
        if (m_broken) {
            response.body = QByteArrayLiteral("<html>not a tile</html>");
            return response;
        }
        const int scale = match.captured(4).isEmpty() ? 1 : 2;
        const QString key = request.path + m_colour.name();
        if (!m_pngs.contains(key))
            m_pngs.insert(
                key, png(m_style == Style::Map ? mapTile(id, scale) : plainTile(m_colour, scale)));
        response.body = m_pngs.value(key);
        return response;
    }

    Style m_style;
    QColor m_colour = QColor(0x8f, 0xbc, 0x8f);
    int m_delayMs = 0;
    bool m_broken = false;
    QByteArray m_cacheControl;
    QHash<QString, QByteArray> m_pngs;
    LoopbackHttpServer m_http;
};

} // namespace releve::testing

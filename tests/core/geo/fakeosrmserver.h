// A loopback OSRM-compatible routing server for the tests of core/geo: it answers
// GET /table/v1/{profile}/{lon,lat;…}?sources=…&destinations=…&annotations=… in the table
// service's format (https://project-osrm.org/docs/v5.24.0/api/#table-service), with
// distances of 1.4 × the great circle driven at 45 km/h, or fails as a test tells it: an error
// answer, a body that is not the table format, no route for one place, or no answer at all.
#pragma once

#include "core/domain/geopoint.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace releve::testing {

class FakeOsrmServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Answer, ErrorAnswer, NotATable, Hang };
    static constexpr double circuity = 1.4;
    static constexpr double speedKmh = 45.0;

    explicit FakeOsrmServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeOsrmServer::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/osrm").arg(m_server.serverPort()));
    }
    void setMode(Mode mode) { m_mode = mode; }
    // Routes from or to this place (lon,lat as in the URL) come back as null: no route.
    void setUnroutable(const QString &lonLat) { m_unroutable = lonLat; }
    const QList<QUrl> &requests() const { return m_requests; }

    // The metres and seconds the server answers between two points.
    static std::pair<double, double> measure(const domain::GeoPoint &from,
                                             const domain::GeoPoint &to)
    {
        const double metres = from.distanceKm(to) * circuity * 1000.0;
        return { metres, metres / (speedKmh / 3.6) };
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0;
             end = buffer.indexOf("\r\n\r\n")) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> requestLine = head.split('\n').value(0).trimmed().split(' ');
            const QUrl target(QStringLiteral("http://fake")
                              + QString::fromLatin1(requestLine.value(1)));
            m_requests.append(target);
            if (m_mode == Mode::Hang)
                continue;
            respond(socket, target);
        }
    }

    void respond(QTcpSocket *socket, const QUrl &target)
    {
        int status = 200;
        QByteArray body;
        if (m_mode == Mode::ErrorAnswer) {
            status = 400;
            body = QJsonDocument(
                       QJsonObject { { QStringLiteral("code"), QStringLiteral("InvalidQuery") },
                                     { QStringLiteral("message"),
                                       QStringLiteral("Query string malformed close "
                                                      "to position 42") } })
                       .toJson(QJsonDocument::Compact);
        } else if (m_mode == Mode::NotATable) {
            body = "<html><body>502 Bad Gateway</body></html>";
        } else {
            body = table(target);
        }
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status)
            + (status == 200 ? " OK" : " Bad Request") + "\r\nContent-Type: application/json"
            + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: keep-alive\r\n\r\n" + body;
        socket->write(answer);
    }

    QByteArray table(const QUrl &target) const
    {
        const QString path = target.path();
        const QStringList places
            = path.section(QLatin1Char('/'), -1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QList<domain::GeoPoint> points;
        for (const QString &place : places)
            points.append({ place.section(QLatin1Char(','), 1, 1).toDouble(),
                            place.section(QLatin1Char(','), 0, 0).toDouble() });
        const QUrlQuery query(target);
        auto indices = [&](const QString &name) {
            QList<int> list;
            const QString value = query.queryItemValue(name);
            for (const QString &item : value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                list.append(item.toInt());
            if (value.isEmpty() || value == QLatin1String("all"))
                for (int i = 0; i < points.size(); ++i)
                    list.append(i);
            return list;
        };
        QJsonArray durations, distances;
        for (int from : indices(QStringLiteral("sources"))) {
            QJsonArray durationRow, distanceRow;
            for (int to : indices(QStringLiteral("destinations"))) {
                if (places.at(from) == m_unroutable || places.at(to) == m_unroutable) {
                    durationRow.append(QJsonValue::Null);
                    distanceRow.append(QJsonValue::Null);
                    continue;
                }
                const auto [metres, seconds] = measure(points.at(from), points.at(to));
                durationRow.append(seconds);
                distanceRow.append(metres);
            }
            durations.append(durationRow);
            distances.append(distanceRow);
        }
        return QJsonDocument(QJsonObject { { QStringLiteral("code"), QStringLiteral("Ok") },
                                           { QStringLiteral("durations"), durations },
                                           { QStringLiteral("distances"), distances } })
            .toJson(QJsonDocument::Compact);
    }

    QTcpServer m_server;
    Mode m_mode = Mode::Answer;
    QString m_unroutable;
    QList<QUrl> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace releve::testing

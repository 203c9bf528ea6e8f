// A Base Adresse Nationale API on loopback for the geocoder tests: GET /search/?q=…&limit=… and
// GET /reverse/?lon=…&lat=… answer GeoJSON FeatureCollections in the API's format
// (https://adresse.data.gouv.fr/outils/api-doc/adresse) from a few real addresses of the Creuse;
// or, as a test tells it, an error status, a body that is not JSON, or no answer at all.
#pragma once

#include "loopbackhttpserver.h"

#include <QGeoCoordinate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace releve::testing {

class FakeBanServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Answer, ServerError, BadRequest, NotJson, Hang };

    explicit FakeBanServer(QObject *parent = nullptr)
        : QObject(parent)
        , m_http([this](const LoopbackRequest &request) { return answer(request); })
    { }

    QUrl url() const { return m_http.url(); }
    LoopbackHttpServer &http() { return m_http; }
    void setMode(Mode mode) { m_mode = mode; }
    void stop() { m_http.stop(); }
    int requestCount() const { return m_http.requestCount(); }
    const LoopbackRequest &lastRequest() const { return m_http.requests().constLast(); }

    // A feature as the API writes it.
    static QJsonObject feature(const QString &label, const QString &name, const QString &postcode,
                               const QString &city, const QString &citycode, const QString &type,
                               double score, double lat, double lon)
    {
        return QJsonObject {
            { QStringLiteral("type"), QStringLiteral("Feature") },
            { QStringLiteral("geometry"),
              QJsonObject { { QStringLiteral("type"), QStringLiteral("Point") },
                            { QStringLiteral("coordinates"), QJsonArray { lon, lat } } } },
            { QStringLiteral("properties"),
              QJsonObject {
                  { QStringLiteral("label"), label },
                  { QStringLiteral("score"), score },
                  { QStringLiteral("id"), QString(citycode + QStringLiteral("_0140_00004")) },
                  { QStringLiteral("name"), name },
                  { QStringLiteral("postcode"), postcode },
                  { QStringLiteral("citycode"), citycode },
                  { QStringLiteral("x"), 583155.54 },
                  { QStringLiteral("y"), 6544000.12 },
                  { QStringLiteral("city"), city },
                  { QStringLiteral("context"), QStringLiteral("23, Creuse, Nouvelle-Aquitaine") },
                  { QStringLiteral("type"), type },
                  { QStringLiteral("importance"), 0.6626 } } }
        };
    }

    static QList<QJsonObject> addresses()
    {
        return {
            feature(QStringLiteral("4 Place du Champ de Foire 23400 Bourganeuf"),
                    QStringLiteral("4 Place du Champ de Foire"), QStringLiteral("23400"),
                    QStringLiteral("Bourganeuf"), QStringLiteral("23030"),
                    QStringLiteral("housenumber"), 0.9693, 45.953639, 1.757969),
            feature(QStringLiteral("Place du Champ de Foire 23200 Aubusson"),
                    QStringLiteral("Place du Champ de Foire"), QStringLiteral("23200"),
                    QStringLiteral("Aubusson"), QStringLiteral("23008"), QStringLiteral("street"),
                    0.6512, 45.955930, 2.169020),
            feature(QStringLiteral("18 Avenue de la République 23000 Guéret"),
                    QStringLiteral("18 Avenue de la République"), QStringLiteral("23000"),
                    QStringLiteral("Guéret"), QStringLiteral("23096"),
                    QStringLiteral("housenumber"), 0.9544, 46.170410, 1.869650),
            feature(QStringLiteral("Aubusson"), QStringLiteral("Aubusson"), QStringLiteral("23200"),
                    QStringLiteral("Aubusson"), QStringLiteral("23008"),
                    QStringLiteral("municipality"), 0.9712, 45.956940, 2.168030),
        };
    }

private:
    static QByteArray collection(const QJsonArray &features, const QJsonObject &extra)
    {
        QJsonObject root { { QStringLiteral("type"), QStringLiteral("FeatureCollection") },
                           { QStringLiteral("version"), QStringLiteral("draft") },
                           { QStringLiteral("features"), features },
                           { QStringLiteral("attribution"), QStringLiteral("BAN") },
                           { QStringLiteral("licence"), QStringLiteral("ETALAB-2.0") } };
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            root.insert(it.key(), it.value());
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

    LoopbackResponse answer(const LoopbackRequest &request)
    {
        LoopbackResponse response;
        switch (m_mode) {
        case Mode::Hang:
            response.hang = true;
            return response;
        case Mode::ServerError:
            response.status = 502;
            response.contentType = QByteArrayLiteral("text/html");
            response.body = QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>");
            return response;
        case Mode::BadRequest:
            response.status = 400;
            response.body = QByteArrayLiteral(
                "{\"code\":400,\"message\":\"q must contain between 3 and 200 chars and start "
                "with a number or a letter\"}");
            return response;
        case Mode::NotJson:
            response.contentType = QByteArrayLiteral("text/html");
            response.body = QByteArrayLiteral("<html>Maintenance</html>");
            return response;
        case Mode::Answer:
            break;
        }

        if (request.path == u"/search/") {
            const QString q = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
            const QStringList words = q.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
            QJsonArray features;
            for (const QJsonObject &address : addresses()) {
                const QString label = address.value(QStringLiteral("properties"))
                                          .toObject()
                                          .value(QStringLiteral("label"))
                                          .toString()
                                          .toCaseFolded();
                const bool all
                    = std::all_of(words.cbegin(), words.cend(),
                                  [&label](const QString &w) { return label.contains(w); });
                if (all && features.size() < limit)
                    features.append(address);
            }
            response.body = collection(
                features, { { QStringLiteral("query"), q }, { QStringLiteral("limit"), limit } });
            return response;
        }
        if (request.path == u"/reverse/") {
            const QGeoCoordinate at(request.query.queryItemValue(QStringLiteral("lat")).toDouble(),
                                    request.query.queryItemValue(QStringLiteral("lon")).toDouble());
            QJsonObject nearest;
            double best = 1e12;
            for (const QJsonObject &address : addresses()) {
                const QJsonArray c = address.value(QStringLiteral("geometry"))
                                         .toObject()
                                         .value(QStringLiteral("coordinates"))
                                         .toArray();
                const double d = at.distanceTo(QGeoCoordinate(c[1].toDouble(), c[0].toDouble()));
                if (d < best) {
                    best = d;
                    nearest = address;
                }
            }
            QJsonArray features;
            if (best < 5000) { // the API answers nothing far from any address
                QJsonObject properties = nearest.value(QStringLiteral("properties")).toObject();
                properties.insert(QStringLiteral("distance"), int(best));
                nearest.insert(QStringLiteral("properties"), properties);
                features.append(nearest);
            }
            response.body = collection(features, {});
            return response;
        }
        response.status = 404;
        response.body = QByteArrayLiteral("{\"code\":404,\"message\":\"Not found\"}");
        return response;
    }

    Mode m_mode = Mode::Answer;
    LoopbackHttpServer m_http;
};

} // namespace releve::testing

// Addresses to points and back with the Base Adresse Nationale's API
// (https://adresse.data.gouv.fr/outils/api-doc/adresse): GET {base}/search/?q=…&limit=5 and
// GET {base}/reverse/?lon=…&lat=…, answered with a GeoJSON FeatureCollection whose features carry
// properties.label/name/postcode/city/citycode/context/type/score and geometry.coordinates
// [lon, lat]. Answers are kept in a GeocodeCache so that an address found once is found again
// offline. Nothing here is required to place a point: the coordinator can always put the pin on
// the map by hand; a failed lookup is a value (GeocodeJob::error), never an exception.
//
//     GeocodeJob *job = geocoder->search(text);
//     connect(job, &GeocodeJob::finished, this, [=] {
//         if (job->error() == GeocodeJob::Error::None) showMatches(job->matches());
//         else showHint(job->errorString());
//         job->deleteLater();
//     });
#pragma once

#include <QGeoCoordinate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QJsonDocument;
class QNetworkAccessManager;
class QNetworkReply;

namespace releve::geo {

// One answer of the address server.
struct AddressMatch
{
    QString label; // "4 Place du Champ de Foire 23400 Bourganeuf": what a person reads
    QString name; // "4 Place du Champ de Foire" (the commune's name for a municipality)
    QString postcode;
    QString city;
    QString citycode; // the commune's INSEE code, "23030"
    QString context; // "23, Creuse, Nouvelle-Aquitaine"
    QString type; // "housenumber", "street", "locality" or "municipality"
    double score = 0; // 0…1, the server's confidence (1 for a reverse lookup's own point)
    QGeoCoordinate coordinate;

    // The département's code, from the context ("23", "2A", "971").
    QString departement() const;
    QJsonObject toJson() const;
    static std::optional<AddressMatch> fromJson(const QJsonObject &object);
    friend bool operator==(const AddressMatch &, const AddressMatch &) = default;
};

// Where answers are kept between runs. Keys are the geocoder's own (request kind and
// normalised query); an empty list is a valid answer ("no such address").
class GeocodeCache
{
public:
    virtual ~GeocodeCache();
    virtual std::optional<QList<AddressMatch>> find(const QString &key) = 0;
    virtual void insert(const QString &key, const QList<AddressMatch> &matches) = 0;
};

// One lookup: its matches or its error are set once, then finished() is emitted, always
// asynchronously (after ownCloud's AbstractCoreJob).
class GeocodeJob : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None, // matches() holds the answer, possibly empty ("no such address")
        InvalidQuery, // too short, or refused by the server (HTTP 400)
        Network, // the server could not be reached (offline?)
        Timeout, // no complete answer in time
        Server, // an HTTP error status (5xx, 429…)
        BadAnswer, // not a GeoJSON FeatureCollection
    };
    Q_ENUM(Error)

    const QList<AddressMatch> &matches() const { return m_matches; }
    Error error() const { return m_error; }
    // For people: what happened and what to do (type another address, place the pin by hand).
    QString errorString() const { return m_errorString; }
    bool isFinished() const { return m_finished; }
    bool fromCache() const { return m_fromCache; }

Q_SIGNALS:
    void finished();

private:
    friend class Geocoder;
    explicit GeocodeJob(QObject *parent);
    void finish(); // emits finished() on the next turn of the event loop

    QList<AddressMatch> m_matches;
    Error m_error = Error::None;
    QString m_errorString;
    bool m_fromCache = false;
    bool m_finished = false;
};

class Geocoder : public QObject
{
    Q_OBJECT

public:
    // baseUrl: the API's root, e.g. https://api-adresse.data.gouv.fr; network is not owned.
    Geocoder(const QUrl &baseUrl, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Geocoder() override;

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Per request; 8 s by default.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    // Not owned; nullptr for none.
    void setCache(GeocodeCache *cache) { m_cache = cache; }

    // Up to `limit` (1…20) addresses for a text of 3 to 200 characters starting with a letter or
    // a digit (the API's rule). near, when valid, favours answers close to it (the agency).
    // The job is a child of the geocoder: delete it once finished() has been emitted.
    GeocodeJob *search(const QString &text, int limit = 5, const QGeoCoordinate &near = {});
    // The address nearest to a point.
    GeocodeJob *reverse(const QGeoCoordinate &coordinate);

    // Reads the API's FeatureCollection; nullopt when the document is not one.
    static std::optional<QList<AddressMatch>> readFeatureCollection(const QJsonDocument &document);

private:
    GeocodeJob *get(const QString &endpoint, const QList<std::pair<QString, QString>> &query,
                    const QString &cacheKey);
    void read(GeocodeJob *job, QNetworkReply *reply, const QString &cacheKey);

    QUrl m_baseUrl;
    QPointer<QNetworkAccessManager> m_network;
    std::chrono::milliseconds m_timeout { 8000 };
    QByteArray m_userAgent;
    GeocodeCache *m_cache = nullptr;
};

} // namespace releve::geo

#include "geocoder.h"

#include "tileserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace releve::geo {

namespace {

Q_LOGGING_CATEGORY(lcGeocoder, "releve.geo.geocoder")

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

QString coordinateText(double degrees)
{
    return QString::number(degrees, 'f', 6);
}

} // namespace

QString AddressMatch::departement() const
{
    const QString code = context.section(u',', 0, 0).trimmed();
    if (!code.isEmpty())
        return code;
    // Overseas communes have five-digit codes starting 97; the others start with the département.
    return citycode.startsWith(QLatin1String("97")) ? citycode.left(3) : citycode.left(2);
}

QJsonObject AddressMatch::toJson() const
{
    return QJsonObject { { QStringLiteral("label"), label },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("postcode"), postcode },
                         { QStringLiteral("city"), city },
                         { QStringLiteral("citycode"), citycode },
                         { QStringLiteral("context"), context },
                         { QStringLiteral("type"), type },
                         { QStringLiteral("score"), score },
                         { QStringLiteral("lat"), coordinate.latitude() },
                         { QStringLiteral("lon"), coordinate.longitude() } };
}

std::optional<AddressMatch> AddressMatch::fromJson(const QJsonObject &object)
{
    AddressMatch match;
    match.label = object.value(QStringLiteral("label")).toString();
    match.name = object.value(QStringLiteral("name")).toString();
    match.postcode = object.value(QStringLiteral("postcode")).toString();
    match.city = object.value(QStringLiteral("city")).toString();
    match.citycode = object.value(QStringLiteral("citycode")).toString();
    match.context = object.value(QStringLiteral("context")).toString();
    match.type = object.value(QStringLiteral("type")).toString();
    match.score = object.value(QStringLiteral("score")).toDouble();
    match.coordinate = QGeoCoordinate(object.value(QStringLiteral("lat")).toDouble(qQNaN()),
                                      object.value(QStringLiteral("lon")).toDouble(qQNaN()));
    if (!match.coordinate.isValid() || match.label.isEmpty())
        return std::nullopt;
    return match;
}

GeocodeCache::~GeocodeCache() = default;

GeocodeJob::GeocodeJob(QObject *parent)
    : QObject(parent)
{ }

void GeocodeJob::finish()
{
    // Later, even when the answer is known now: the caller connects to finished() first.
    QTimer::singleShot(0, this, [this] {
        m_finished = true;
        Q_EMIT finished();
    });
}

Geocoder::Geocoder(const QUrl &baseUrl, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_network(network)
    , m_userAgent(mapUserAgent({}))
{ }

Geocoder::~Geocoder() = default;

GeocodeJob *Geocoder::search(const QString &text, int limit, const QGeoCoordinate &near)
{
    const QString query = text.simplified();
    limit = std::clamp(limit, 1, 20);
    // The API's rule: 3 to 200 characters, the first a letter or a digit.
    if (query.size() < 3 || query.size() > 200 || !query.front().isLetterOrNumber()) {
        auto *job = new GeocodeJob(this);
        job->m_error = GeocodeJob::Error::InvalidQuery;
        job->m_errorString = tr("Type at least three characters of the address, starting with "
                                "a number or a letter.");
        job->finish();
        return job;
    }
    QList<std::pair<QString, QString>> parameters {
        { QStringLiteral("q"), query }, { QStringLiteral("limit"), QString::number(limit) }
    };
    QString key = QStringLiteral("search|%1|").arg(limit);
    if (near.isValid()) {
        parameters.append({ QStringLiteral("lat"), coordinateText(near.latitude()) });
        parameters.append({ QStringLiteral("lon"), coordinateText(near.longitude()) });
        // The bias moves the order of answers, not the places: a 1 km grid is close enough.
        key += QString::number(near.latitude(), 'f', 2) + u','
            + QString::number(near.longitude(), 'f', 2);
    }
    key += u'|' + query.toCaseFolded();
    return get(QStringLiteral("search"), parameters, key);
}

GeocodeJob *Geocoder::reverse(const QGeoCoordinate &coordinate)
{
    if (!coordinate.isValid()) {
        auto *job = new GeocodeJob(this);
        job->m_error = GeocodeJob::Error::InvalidQuery;
        job->m_errorString = tr("This point has no valid coordinates.");
        job->finish();
        return job;
    }
    // Five decimals is a metre: the same click gives the same answer from the cache.
    const QString lat = QString::number(coordinate.latitude(), 'f', 5);
    const QString lon = QString::number(coordinate.longitude(), 'f', 5);
    return get(QStringLiteral("reverse"),
               { { QStringLiteral("lon"), lon }, { QStringLiteral("lat"), lat } },
               QStringLiteral("reverse|") + lat + u',' + lon);
}

GeocodeJob *Geocoder::get(const QString &endpoint,
                          const QList<std::pair<QString, QString>> &parameters,
                          const QString &cacheKey)
{
    auto *job = new GeocodeJob(this);
    if (m_cache) {
        if (std::optional<QList<AddressMatch>> known = m_cache->find(cacheKey)) {
            job->m_matches = *known;
            job->m_fromCache = true;
            job->finish();
            return job;
        }
    }
    if (!m_network || !m_baseUrl.isValid()) {
        job->m_error = GeocodeJob::Error::Network;
        job->m_errorString = tr("Addresses cannot be looked up without the address server. "
                                "Place the pin on the map by hand.");
        job->finish();
        return job;
    }

    QUrl url = m_baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + endpoint + u'/');
    // Encoded by hand: QUrlQuery would leave "+" as is, which the server reads as a space.
    QStringList items;
    for (const auto &[name, value] : parameters)
        items.append(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(items.join(u'&'));

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_timeout.count()));
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, job,
            [this, job, reply, cacheKey] { read(job, reply, cacheKey); });
    return job;
}

void Geocoder::read(GeocodeJob *job, QNetworkReply *reply, const QString &cacheKey)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString placeByHand = tr("You can place the pin on the map by hand.");
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        job->m_error = GeocodeJob::Error::Timeout;
        job->m_errorString = tr("The address server did not answer in time.") + u' ' + placeByHand;
    } else if (status == 400) {
        job->m_error = GeocodeJob::Error::InvalidQuery;
        job->m_errorString = tr("The address server did not accept this text. Check the "
                                "address.");
    } else if (status >= 300 || (status == 0 && error != QNetworkReply::NoError)) {
        if (status == 0) {
            job->m_error = GeocodeJob::Error::Network;
            job->m_errorString = tr("The address server cannot be reached: you may be offline.")
                + u' ' + placeByHand;
        } else {
            job->m_error = GeocodeJob::Error::Server;
            job->m_errorString
                = (status == 429
                       ? tr("The address server is busy (too many requests). Try "
                            "again in a moment.")
                       : tr("The address server answered with an error (HTTP %1).").arg(status))
                + u' ' + placeByHand;
        }
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
        const std::optional<QList<AddressMatch>> matches
            = parseError.error == QJsonParseError::NoError ? readFeatureCollection(document)
                                                           : std::nullopt;
        if (!matches) {
            job->m_error = GeocodeJob::Error::BadAnswer;
            job->m_errorString = tr("The address server's answer cannot be read. Check the "
                                    "server address in the settings.")
                + u' ' + placeByHand;
        } else {
            job->m_matches = *matches;
            if (m_cache)
                m_cache->insert(cacheKey, *matches);
        }
    }
    if (job->m_error != GeocodeJob::Error::None)
        qCInfo(lcGeocoder) << "lookup failed:" << job->m_error << status << reply->errorString();
    job->finish();
}

std::optional<QList<AddressMatch>> Geocoder::readFeatureCollection(const QJsonDocument &document)
{
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("type")).toString() != u"FeatureCollection"
        || !root.value(QStringLiteral("features")).isArray())
        return std::nullopt;
    QList<AddressMatch> matches;
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        const QJsonArray position = feature.value(QStringLiteral("geometry"))
                                        .toObject()
                                        .value(QStringLiteral("coordinates"))
                                        .toArray();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        AddressMatch match;
        match.coordinate
            = QGeoCoordinate(position.at(1).toDouble(qQNaN()), position.at(0).toDouble(qQNaN()));
        match.label = text(properties, "label");
        if (!match.coordinate.isValid() || match.label.isEmpty())
            continue; // not an address a person could pick
        match.name = text(properties, "name");
        match.postcode = text(properties, "postcode");
        match.city = text(properties, "city");
        match.citycode = text(properties, "citycode");
        match.context = text(properties, "context");
        match.type = text(properties, "type");
        match.score = properties.value(QStringLiteral("score")).toDouble();
        matches.append(match);
    }
    return matches;
}

} // namespace releve::geo

#include "osrmclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

namespace releve::geo {

Q_LOGGING_CATEGORY(lcOsrm, "releve.geo.osrm")

TravelCache::~TravelCache() = default;

TravelTableJob::TravelTableJob(QObject *parent)
    : QObject(parent)
{ }

void TravelTableJob::fail(Error error, const QString &message)
{
    // The first error is the one reported; later batches may fail the same way.
    if (m_error != Error::None)
        return;
    m_error = error;
    m_errorString = message;
}

void TravelTableJob::batchDone()
{
    if (--m_pendingBatches > 0 || m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

OsrmClient::OsrmClient(const QUrl &baseUrl, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_network(network)
{ }

OsrmClient::~OsrmClient() = default;

void OsrmClient::remember(const Key &key, const TravelEstimate &estimate)
{
    m_memory.insert(key, new TravelEstimate(estimate));
}

TravelTableJob *OsrmClient::fetch(const QList<TravelPair> &pairs)
{
    auto *job = new TravelTableJob(this);
    QSet<Key> missing;
    for (const TravelPair &pair : pairs) {
        if (!pair.from.isValid() || !pair.to.isValid())
            continue;
        const Key key { PlaceKey::of(pair.from), PlaceKey::of(pair.to) };
        if (key.first == key.second) {
            TravelEstimate here;
            here.straightKm = here.roadKm = 0;
            here.minutes = 0;
            here.source = TravelSource::Routing;
            job->m_matrix.insert(pair.from, pair.to, here);
            continue;
        }
        if (const TravelEstimate *known = m_memory.object(key)) {
            job->m_matrix.insert(pair.from, pair.to, *known);
            continue;
        }
        if (m_persistent) {
            if (const std::optional<TravelEstimate> stored = m_persistent->find(pair)) {
                remember(key, *stored);
                job->m_matrix.insert(pair.from, pair.to, *stored);
                continue;
            }
        }
        missing.insert(key);
    }

    // Batches are stars: one place and up to (max locations − 1) others, all to it or all from
    // it. The matching's journeys are stars too (every home to the mission, the mission to and
    // from neighbouring interventions), so a few requests cover them. The busiest place goes
    // first; ties in place order, so that the same pairs give the same requests.
    QList<Batch> batches;
    while (!missing.isEmpty()) {
        QMap<std::pair<PlaceKey, bool>, QList<PlaceKey>> stars; // (place, is destination)
        for (const Key &key : std::as_const(missing)) {
            stars[{ key.second, true }].append(key.first);
            stars[{ key.first, false }].append(key.second);
        }
        auto busiest = stars.cbegin();
        for (auto it = stars.cbegin(); it != stars.cend(); ++it)
            if (it.value().size() > busiest.value().size())
                busiest = it;
        QList<PlaceKey> others = busiest.value();
        std::sort(others.begin(), others.end());
        const qsizetype chunk = m_maxLocations - 1;
        for (qsizetype from = 0; from < others.size(); from += chunk) {
            Batch batch { busiest.key().first, busiest.key().second, others.mid(from, chunk) };
            for (const PlaceKey &other : std::as_const(batch.others))
                missing.remove(batch.centreIsDestination ? Key { other, batch.centre }
                                                         : Key { batch.centre, other });
            batches.append(std::move(batch));
        }
    }

    job->m_pendingBatches = int(batches.size()) + 1; // + 1 until every batch is sent
    if (!m_network && !batches.isEmpty()) {
        for (const Batch &batch : std::as_const(batches))
            job->m_unmeasured += int(batch.others.size());
        job->fail(TravelTableJob::Error::Network,
                  tr("No network access for the routing service: travel is estimated from "
                     "straight-line distances."));
        job->m_pendingBatches = 1;
    } else {
        for (const Batch &batch : std::as_const(batches))
            send(job, batch);
    }
    // Finishing later even when the caches answered everything: the caller connects first.
    QTimer::singleShot(0, job, &TravelTableJob::batchDone);
    return job;
}

QUrl OsrmClient::tableUrl(const Batch &batch) const
{
    QStringList coordinates;
    auto add = [&](const PlaceKey &place) {
        const domain::GeoPoint p = place.point();
        coordinates.append(QString::number(p.lon, 'f', 6) + QLatin1Char(',')
                           + QString::number(p.lat, 'f', 6));
    };
    add(batch.centre);
    for (const PlaceKey &other : batch.others)
        add(other);
    QStringList others;
    for (qsizetype i = 1; i <= batch.others.size(); ++i)
        others.append(QString::number(i));

    QUrl url = m_baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/table/v1/") + m_profile + QLatin1Char('/')
                + coordinates.join(QLatin1Char(';')));
    QUrlQuery query;
    const QString centre = QStringLiteral("0");
    const QString list = others.join(QLatin1Char(';'));
    query.addQueryItem(QStringLiteral("sources"), batch.centreIsDestination ? list : centre);
    query.addQueryItem(QStringLiteral("destinations"), batch.centreIsDestination ? centre : list);
    query.addQueryItem(QStringLiteral("annotations"), QStringLiteral("duration,distance"));
    url.setQuery(query);
    return url;
}

void OsrmClient::send(TravelTableJob *job, const Batch &batch)
{
    QNetworkRequest request(tableUrl(batch));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Releve/" RELEVE_VERSION " (home-care matching)"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_timeout.count()));
    QNetworkReply *reply = m_network->get(request);
    ++job->m_requestsSent;
    connect(reply, &QNetworkReply::finished, job,
            [this, job, batch, reply] { read(job, batch, reply); });
}

void OsrmClient::read(TravelTableJob *job, const Batch &batch, QNetworkReply *reply)
{
    reply->deleteLater();
    const int count = int(batch.others.size());
    auto failBatch = [&](TravelTableJob::Error error, const QString &message) {
        qCWarning(lcOsrm) << "table request failed:" << message;
        job->m_unmeasured += count;
        job->fail(error, message);
        job->batchDone();
    };
    const QString fallback = tr("Travel is estimated from straight-line distances instead.");
    const QNetworkReply::NetworkError networkError = reply->error();
    if (networkError == QNetworkReply::OperationCanceledError
        || networkError == QNetworkReply::TimeoutError) {
        failBatch(TravelTableJob::Error::Timeout,
                  tr("The routing service did not answer within %1 s.")
                          .arg(double(m_timeout.count()) / 1000.0)
                      + QLatin1Char(' ') + fallback);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonObject answer = document.object();
    const QString code = answer.value(QStringLiteral("code")).toString();
    if (status >= 400 || (!code.isEmpty() && code != QLatin1String("Ok"))) {
        failBatch(TravelTableJob::Error::Server,
                  tr("The routing service refused the request (HTTP %1, %2: %3).")
                          .arg(status)
                          .arg(code.isEmpty() ? QStringLiteral("no code") : code,
                               answer.value(QStringLiteral("message")).toString())
                      + QLatin1Char(' ') + fallback);
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        failBatch(TravelTableJob::Error::Network,
                  tr("The routing service could not be reached (%1).").arg(reply->errorString())
                      + QLatin1Char(' ') + fallback);
        return;
    }
    const QJsonArray durations = answer.value(QStringLiteral("durations")).toArray();
    const QJsonArray distances = answer.value(QStringLiteral("distances")).toArray();
    const int rows = batch.centreIsDestination ? count : 1;
    const int columns = batch.centreIsDestination ? 1 : count;
    auto shaped = [&](const QJsonArray &matrix) {
        if (matrix.size() != rows)
            return false;
        for (const auto &row : matrix)
            if (row.toArray().size() != columns)
                return false;
        return true;
    };
    if (parseError.error != QJsonParseError::NoError || code != QLatin1String("Ok")
        || !shaped(durations) || !shaped(distances)) {
        failBatch(TravelTableJob::Error::BadAnswer,
                  tr("The routing service's answer is not a travel table with durations and "
                     "distances.")
                      + QLatin1Char(' ') + fallback);
        return;
    }
    for (int i = 0; i < count; ++i) {
        const int row = batch.centreIsDestination ? i : 0;
        const int column = batch.centreIsDestination ? 0 : i;
        const QJsonValue seconds = durations.at(row).toArray().at(column);
        const QJsonValue metres = distances.at(row).toArray().at(column);
        const PlaceKey from = batch.centreIsDestination ? batch.others.at(i) : batch.centre;
        const PlaceKey to = batch.centreIsDestination ? batch.centre : batch.others.at(i);
        // null: no route between the two places (an island, a closed area).
        if (!seconds.isDouble() || !metres.isDouble() || seconds.toDouble() < 0
            || metres.toDouble() < 0) {
            ++job->m_unmeasured;
            continue;
        }
        TravelEstimate estimate;
        estimate.straightKm = from.point().distanceKm(to.point());
        estimate.roadKm = metres.toDouble() / 1000.0;
        estimate.minutes = int(std::ceil(seconds.toDouble() / 60.0 - 1e-6));
        estimate.source = TravelSource::Routing;
        remember({ from, to }, estimate);
        if (m_persistent)
            m_persistent->insert({ from.point(), to.point() }, estimate);
        job->m_matrix.insert(from.point(), to.point(), estimate);
    }
    job->batchDone();
}

} // namespace releve::geo

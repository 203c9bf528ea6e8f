// Travel times and road distances from an OSRM-compatible routing server's `table` service
// (GET /table/v1/{profile}/{lon,lat;…}?sources=…&destinations=…&annotations=duration,distance;
// https://project-osrm.org/docs/v5.24.0/api/#table-service), cached in memory and, when the
// caller provides one, in a TravelCache it persists.
//
// Asynchronous, while the ranking is synchronous and pure: a caller first fetches the matrix of
// the journeys the ranking will read, then ranks with it. Pairs the job could not measure
// (server down, timeout, no route) are simply absent, and the ranking falls back to the
// straight-line model for them:
//
//     TravelTableJob *job = osrm->fetch(index.travelPairs(request, options));
//     connect(job, &TravelTableJob::finished, this, [=]() mutable {
//         options.routes = job->matrix();
//         show(index.rank(request, options));
//         job->deleteLater();
//     });
#pragma once

#include "travelmatrix.h"

#include <QCache>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace releve::geo {

// A store the client keeps across runs (a SQLite table, a file), so that routes already asked
// for need no network. OsrmClient reads it before asking the server and writes every answer.
class TravelCache
{
public:
    virtual ~TravelCache();
    virtual std::optional<TravelEstimate> find(const TravelPair &pair) = 0;
    virtual void insert(const TravelPair &pair, const TravelEstimate &estimate) = 0;
};

// One fetch: its matrix or its error is set once, then finished() is emitted, always
// asynchronously (after ownCloud's AbstractCoreJob). On error, the matrix still holds what the
// caches and the batches that succeeded brought.
class TravelTableJob : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        Network, // the server could not be reached
        Timeout, // no complete answer within the client's timeout
        Server, // an HTTP error status, or a `code` other than "Ok"
        BadAnswer, // not the table service's format
    };
    Q_ENUM(Error)

    const TravelMatrix &matrix() const { return m_matrix; }
    Error error() const { return m_error; }
    // For people: what happened, and that travel falls back to the straight-line estimate.
    QString errorString() const { return m_errorString; }
    bool isFinished() const { return m_finished; }
    int requestsSent() const { return m_requestsSent; } // 0 when the caches answered it all
    int unmeasuredPairs() const { return m_unmeasured; } // pairs left to the fallback

Q_SIGNALS:
    void finished();

private:
    friend class OsrmClient;
    explicit TravelTableJob(QObject *parent);
    void fail(Error error, const QString &message);
    void batchDone();

    TravelMatrix m_matrix;
    Error m_error = Error::None;
    QString m_errorString;
    int m_pendingBatches = 0;
    int m_requestsSent = 0;
    int m_unmeasured = 0;
    bool m_finished = false;
};

class OsrmClient : public QObject
{
    Q_OBJECT

public:
    // baseUrl: the server's root, e.g. https://router.project-osrm.org or http://osrm:5000/osrm;
    // network is not owned (one QNetworkAccessManager per thread; tests pass their own).
    OsrmClient(const QUrl &baseUrl, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OsrmClient() override;

    void setProfile(const QString &profile) { m_profile = profile; } // "driving" by default
    // Per HTTP request; 10 s by default.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Locations per request: osrm-routed's --max-table-size, 100 by default.
    void setMaxLocations(int count) { m_maxLocations = std::max(count, 2); }
    // Not owned; nullptr for none.
    void setPersistentCache(TravelCache *cache) { m_persistent = cache; }
    // Pairs kept in memory, least recently used dropped first; 100,000 by default.
    void setMemoryCacheCapacity(int pairs) { m_memory.setMaxCost(pairs); }

    // Measures the pairs (the same pair twice is measured once). The job is a child of the
    // client; delete it once finished() has been emitted.
    TravelTableJob *fetch(const QList<TravelPair> &pairs);

private:
    using Key = std::pair<PlaceKey, PlaceKey>;
    struct Batch
    {
        PlaceKey centre;
        bool centreIsDestination = true;
        QList<PlaceKey> others;
    };
    QUrl tableUrl(const Batch &batch) const;
    void send(TravelTableJob *job, const Batch &batch);
    void read(TravelTableJob *job, const Batch &batch, QNetworkReply *reply);
    void remember(const Key &key, const TravelEstimate &estimate);

    QUrl m_baseUrl;
    QPointer<QNetworkAccessManager> m_network;
    QString m_profile = QStringLiteral("driving");
    std::chrono::milliseconds m_timeout { 10000 };
    int m_maxLocations = 100;
    TravelCache *m_persistent = nullptr;
    QCache<Key, TravelEstimate> m_memory { 100000 };
};

} // namespace releve::geo

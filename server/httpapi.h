// The /v1 REST API on QHttpServer: routes, bearer authentication, JSON bodies (at most 1 MB),
// and the error shape every 4xx/5xx answer has. Route handlers stay small: the services do the
// work. The server keeps no state between requests besides the database.
#pragma once

#include "apierror.h"
#include "authservice.h"
#include "candidateservice.h"
#include "changefeed.h"
#include "mutationservice.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace releve::server {

class HttpApi : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

    explicit HttpApi(Storage &storage, QObject *parent = nullptr);

    // Starts listening; returns the port (the chosen one when port is 0), or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    // Forgets tombstones older than 90 days (moving the cursor horizon), expired tokens and old
    // mutation answers. Run at start and every hour.
    void runMaintenance();

private:
    enum class Access { Public, SignedIn };
    using Handler = std::function<ApiReply(const QHttpServerRequest &, const Caller &)>;

    void addRoutes();
    QHttpServerResponse run(const QHttpServerRequest &request, Access access,
                            const Handler &handler);
    // The request body as a JSON object, or the error to answer.
    static std::variant<QJsonObject, ApiError> jsonBody(const QHttpServerRequest &request);
    static QHttpServerResponse toResponse(const ApiReply &reply);

    Storage &m_storage;
    AuthService m_auth;
    ChangeFeed m_feed;
    MutationService m_mutations;
    CandidateService m_candidates;
    QHttpServer m_server;
    QTimer m_maintenance;
};

} // namespace releve::server

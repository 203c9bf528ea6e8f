// The /v1 REST API on QHttpServer: routes, bearer authentication, JSON bodies (at most 1 MB),
// and the error shape every 4xx/5xx answer has. Route handlers stay small: the services do the
// work. Requests run on a pool of worker threads (each with its own database connection), so an
// Argon2id sign-in or a ranking never holds up the other clients; the event loop only reads and
// writes sockets. The server keeps no state between requests besides the database.
#pragma once

#include "apierror.h"
#include "auditlog.h"
#include "authservice.h"
#include "candidateservice.h"
#include "changefeed.h"
#include "charter.h"
#include "mutationservice.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QSslConfiguration;
QT_END_NAMESPACE

namespace releve::server {

class HttpApi : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

    // threads: the worker threads that run requests (0: twice the number of cores, at least 4).
    explicit HttpApi(Storage &storage, int threads = 0, QObject *parent = nullptr);
    ~HttpApi() override;

    // Starts listening, over TLS when tls is set; returns the port (the chosen one when port is
    // 0), or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port,
                   const QSslConfiguration *tls = nullptr);

    // Forgets tombstones older than 90 days (moving the cursor horizon), expired tokens and old
    // mutation answers. Run at start and every hour.
    void runMaintenance();

private:
    enum class Access { Public, SignedIn };
    // What a handler reads of a request: copied on the event loop's thread, since the handler
    // runs on a worker thread after QHttpServer may have forgotten the request.
    struct Request
    {
        QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
        QUrl url;
        QByteArray body;
        QByteArray authorization;
        QString query(const QString &name) const;
    };
    using Handler = std::function<ApiReply(const Request &, const Caller &)>;

    void addRoutes();
    // Runs handler on a worker thread and answers through responder.
    void run(const QHttpServerRequest &request, QHttpServerResponder &&responder, Access access,
             Handler handler);
    QHttpServerResponse runNow(const Request &request, Access access, const Handler &handler);
    static ApiReply withBody(const Request &request,
                             const std::function<ApiReply(const QJsonObject &)> &next);
    static QHttpServerResponse toResponse(const ApiReply &reply);

    Storage &m_storage;
    AuthService m_auth;
    ChangeFeed m_feed;
    MutationService m_mutations;
    CandidateService m_candidates;
    AuditLog m_audit;
    Charter m_charter;
    QThreadPool m_pool;
    QHttpServer m_server;
    QTimer m_maintenance;
};

} // namespace releve::server

#include "httpapi.h"

#include "requestdecoder.h"

#include "core/domain/jsonreader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

namespace releve::server {

// Off by default (stderr of a child process may not be read); enable with
// QT_LOGGING_RULES="releve.server.http.info=true".
Q_LOGGING_CATEGORY(lcHttp, "releve.server.http", QtWarningMsg)

namespace {

using Method = QHttpServerRequest::Method;

struct KnownRoute
{
    Method method;
    QRegularExpression path;
};

// For telling a wrong method (405) from an unknown path (404).
const QList<KnownRoute> &knownRoutes()
{
    static const QList<KnownRoute> routes {
        { Method::Get, QRegularExpression(QStringLiteral("^/v1/health$")) },
        { Method::Get, QRegularExpression(QStringLiteral("^/v1/openapi\\.json$")) },
        { Method::Post, QRegularExpression(QStringLiteral("^/v1/auth/login$")) },
        { Method::Post, QRegularExpression(QStringLiteral("^/v1/auth/refresh$")) },
        { Method::Post, QRegularExpression(QStringLiteral("^/v1/auth/logout$")) },
        { Method::Get, QRegularExpression(QStringLiteral("^/v1/me$")) },
        { Method::Get, QRegularExpression(QStringLiteral("^/v1/changes$")) },
        { Method::Post, QRegularExpression(QStringLiteral("^/v1/mutations$")) },
        { Method::Get, QRegularExpression(QStringLiteral("^/v1/requests/[^/]+/candidates$")) },
        { Method::Get, QRegularExpression(QStringLiteral("^/v1/audit$")) },
        { Method::Get, QRegularExpression(QStringLiteral("^/v1/charter$")) },
    };
    return routes;
}

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Head:
        return QByteArrayLiteral("HEAD");
    case Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        break;
    }
    return QByteArrayLiteral("other");
}

} // namespace

HttpApi::HttpApi(Storage &storage, int threads, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_auth(storage)
    , m_feed(storage)
    , m_mutations(storage)
    , m_candidates(storage)
    , m_audit(storage)
    , m_charter(storage)
{
    // Worker threads never expire: each keeps its database connection (Storage names connections
    // by thread).
    m_pool.setExpiryTimeout(-1);
    // Twice the cores by default: a thread waiting for the database leaves the core to another.
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::max(4, 2 * QThread::idealThreadCount()));
    addRoutes();
    m_maintenance.setInterval(std::chrono::hours(1));
    connect(&m_maintenance, &QTimer::timeout, this,
            [this] { m_pool.start([this] { runMaintenance(); }); });
    m_maintenance.start();
}

HttpApi::~HttpApi()
{
    m_pool.waitForDone();
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls)
{
    if (tls)
        m_server.sslSetup(*tls);
    return m_server.listen(address, port);
}

void HttpApi::runMaintenance()
{
    try {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Transaction transaction(m_storage);
        RecordStore(m_storage).purgeTombstones(now.addDays(-90));
        m_storage.exec(QStringLiteral("DELETE FROM mutation_answers WHERE at < ?"),
                       { toStoredTime(now.addDays(-90)) });
        transaction.commit();
        m_auth.purgeExpired();
    } catch (const DatabaseError &error) {
        qCWarning(lcHttp) << "maintenance postponed:" << error.message();
    }
}

QString HttpApi::Request::query(const QString &name) const
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

// The Date header (RFC 7231, 7.1.1.2, IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"): clients
// measure their clock's offset from it (DESIGN.md: "today" is the server's). English names
// whatever the locale.
static QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QHttpServerResponse HttpApi::toResponse(const ApiReply &reply)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(reply.body).toJson(QJsonDocument::Compact),
                                 QHttpServerResponse::StatusCode(reply.status));
    for (const auto &header : reply.headers)
        response.setHeader(header.first, header.second);
    if (reply.status == 401)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Date"), httpDate());
    return response;
}

ApiReply HttpApi::withBody(const Request &request,
                           const std::function<ApiReply(const QJsonObject &)> &next)
{
    auto body = decode::jsonObject(request.body);
    if (auto *error = std::get_if<ApiError>(&body))
        return *error;
    return next(std::get<QJsonObject>(body));
}

void HttpApi::run(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                  Access access, Handler handler)
{
    Request copy;
    copy.method = request.method();
    copy.url = request.url();
    copy.body = request.body();
    copy.authorization = request.value(QByteArrayLiteral("Authorization"));
    // The answer is written back on this thread, and only while the client is still connected:
    // QHttpServer deletes a connection's socket (and its request) when the client leaves.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = pending->socket();
    // A plain task and a queued call back (not QFuture::then, whose continuations on a context
    // object race in Qt 6.4).
    m_pool.start(
        [this, copy = std::move(copy), access, handler = std::move(handler), pending, socket] {
            auto response = std::make_shared<QHttpServerResponse>(runNow(copy, access, handler));
            QMetaObject::invokeMethod(
                this,
                [pending, socket, response] {
                    if (socket && socket->state() == QAbstractSocket::ConnectedState)
                        response->write(std::move(*pending));
                },
                Qt::QueuedConnection);
        });
}

QHttpServerResponse HttpApi::runNow(const Request &request, Access access, const Handler &handler)
{
    const auto answer = [&request](const ApiReply &reply) {
        qCInfo(lcHttp).noquote() << methodName(request.method) << request.url.path()
                                 << reply.status;
        return toResponse(reply);
    };
    try {
        if (request.body.size() > maxBodyBytes)
            return answer(std::get<ApiError>(decode::jsonObject(request.body)));
        Caller caller;
        if (access == Access::SignedIn) {
            const auto authenticated = m_auth.authenticate(request.authorization);
            if (!authenticated)
                return answer(ApiError::unauthorized(
                    QStringLiteral("Sign in first: send \"Authorization: Bearer <access "
                                   "token>\". An expired access token is renewed with "
                                   "POST /v1/auth/refresh.")));
            caller = *authenticated;
        }
        return answer(handler(request, caller));
    } catch (const DatabaseError &error) {
        qCWarning(lcHttp) << "database unavailable:" << error.message();
        return answer(ApiError::unavailable(
            QStringLiteral("The database is unavailable. Nothing was lost; try again in a few "
                           "seconds.")));
    } catch (const std::exception &error) {
        qCCritical(lcHttp) << "internal error:" << error.what();
        return answer(ApiError { 500,
                                 QStringLiteral("internal"),
                                 QStringLiteral("The server failed on this request; it was not "
                                                "applied. Report it to the platform "
                                                "administrator."),
                                 {},
                                 0 });
    }
}

void HttpApi::addRoutes()
{
    m_server.route(
        QStringLiteral("/v1/health"), Method::Get,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            run(request, std::move(responder), Access::Public, [](const Request &, const Caller &) {
                return ApiReply(
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                                  { QStringLiteral("version"), QStringLiteral(RELEVE_VERSION) },
                                  { QStringLiteral("server_time"),
                                    domain::instantToJson(QDateTime::currentDateTimeUtc()) } });
            });
        });

    m_server.route(QStringLiteral("/v1/openapi.json"), Method::Get, [](const QHttpServerRequest &) {
        QFile file(QStringLiteral(":/releve-server/openapi.json"));
        file.open(QIODevice::ReadOnly);
        QHttpServerResponse response(QByteArrayLiteral("application/json"), file.readAll());
        response.setHeader(QByteArrayLiteral("X-Content-Type-Options"),
                           QByteArrayLiteral("nosniff"));
        response.setHeader(QByteArrayLiteral("Date"), httpDate());
        return response;
    });

    m_server.route(QStringLiteral("/v1/auth/login"), Method::Post,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       run(request, std::move(responder), Access::Public,
                           [this](const Request &r, const Caller &) {
                               return withBody(r, [this](const QJsonObject &body) {
                                   return m_auth.login(body);
                               });
                           });
                   });

    m_server.route(QStringLiteral("/v1/auth/refresh"), Method::Post,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       run(request, std::move(responder), Access::Public,
                           [this](const Request &r, const Caller &) {
                               return withBody(r, [this](const QJsonObject &body) {
                                   return m_auth.refresh(body);
                               });
                           });
                   });

    m_server.route(
        QStringLiteral("/v1/auth/logout"), Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            run(request, std::move(responder), Access::SignedIn,
                [this](const Request &, const Caller &caller) { return m_auth.logout(caller); });
        });

    m_server.route(QStringLiteral("/v1/me"), Method::Get,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       run(request, std::move(responder), Access::SignedIn,
                           [this](const Request &, const Caller &caller) {
                               QJsonObject body = m_auth.describe(caller);
                               body.insert(QStringLiteral("server_time"),
                                           domain::instantToJson(QDateTime::currentDateTimeUtc()));
                               return ApiReply(body);
                           });
                   });

    m_server.route(QStringLiteral("/v1/changes"), Method::Get,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       run(request, std::move(responder), Access::SignedIn,
                           [this](const Request &r, const Caller &caller) {
                               return m_feed.changes(caller, r.query(QStringLiteral("since")),
                                                     r.query(QStringLiteral("limit")));
                           });
                   });

    m_server.route(QStringLiteral("/v1/mutations"), Method::Post,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       run(request, std::move(responder), Access::SignedIn,
                           [this](const Request &r, const Caller &caller) {
                               return withBody(r, [this, &caller](const QJsonObject &body) {
                                   return m_mutations.apply(caller, body);
                               });
                           });
                   });

    m_server.route(QStringLiteral("/v1/requests/<arg>/candidates"), Method::Get,
                   [this](const QString &id, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder) {
                       run(request, std::move(responder), Access::SignedIn,
                           [this, id](const Request &r, const Caller &caller) {
                               const QString own = r.query(QStringLiteral("include_own"));
                               return m_candidates.candidates(caller, id,
                                                              own == u"true" || own == u"1");
                           });
                   });

    m_server.route(QStringLiteral("/v1/audit"), Method::Get,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       run(request, std::move(responder), Access::SignedIn,
                           [this](const Request &r, const Caller &caller) {
                               return m_audit.page(caller, r.query(QStringLiteral("since")),
                                                   r.query(QStringLiteral("limit")));
                           });
                   });

    m_server.route(QStringLiteral("/v1/charter"), Method::Get,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       run(request, std::move(responder), Access::SignedIn,
                           [this](const Request &, const Caller &caller) {
                               return m_charter.describe(caller);
                           });
                   });

    m_server.setMissingHandler([](const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        QByteArrayList allowed;
        for (const KnownRoute &route : knownRoutes()) {
            if (route.path.match(path).hasMatch())
                allowed.append(methodName(route.method));
        }
        ApiReply reply = allowed.isEmpty()
            ? ApiReply(ApiError::notFound(
                QStringLiteral("There is no route %1 %2; see GET /v1/openapi.json.")
                    .arg(QString::fromLatin1(methodName(request.method())), path.left(200))))
            : ApiReply(ApiError { 405,
                                  QStringLiteral("method_not_allowed"),
                                  QStringLiteral("%1 is not allowed on %2; use %3.")
                                      .arg(QString::fromLatin1(methodName(request.method())),
                                           path.left(200), QString::fromLatin1(allowed.join(", "))),
                                  {},
                                  0 });
        if (!allowed.isEmpty())
            reply.headers.append({ QByteArrayLiteral("Allow"), allowed.join(", ") });
        qCInfo(lcHttp).noquote() << methodName(request.method()) << path << reply.status;
        toResponse(reply).write(std::move(responder));
    });
}

} // namespace releve::server

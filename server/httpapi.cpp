#include "httpapi.h"

#include "core/domain/jsonreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
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

HttpApi::HttpApi(Storage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_auth(storage)
    , m_feed(storage)
    , m_mutations(storage)
    , m_candidates(storage)
{
    addRoutes();
    m_maintenance.setInterval(std::chrono::hours(1));
    connect(&m_maintenance, &QTimer::timeout, this, &HttpApi::runMaintenance);
    m_maintenance.start();
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
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
    return response;
}

std::variant<QJsonObject, ApiError> HttpApi::jsonBody(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return ApiError::badRequest(
            QStringLiteral("invalid_json"),
            QStringLiteral("The request body is empty: send a JSON object."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::badRequest(QStringLiteral("invalid_json"),
                                    QStringLiteral("The request body is not valid JSON (%1 at byte "
                                                   "%2). Nothing was changed.")
                                        .arg(error.errorString())
                                        .arg(error.offset));
    if (!document.isObject())
        return ApiError::badRequest(QStringLiteral("invalid_json"),
                                    QStringLiteral("The request body must be a JSON object."));
    return document.object();
}

QHttpServerResponse HttpApi::run(const QHttpServerRequest &request, Access access,
                                 const Handler &handler)
{
    try {
        if (request.body().size() > maxBodyBytes)
            return toResponse(
                ApiError { 413,
                           QStringLiteral("payload_too_large"),
                           QStringLiteral("The request body is larger than 1 MB: send "
                                          "fewer mutations per request."),
                           {},
                           0 });
        Caller caller;
        if (access == Access::SignedIn) {
            const auto authenticated
                = m_auth.authenticate(request.value(QByteArrayLiteral("Authorization")));
            if (!authenticated)
                return toResponse(ApiError::unauthorized(
                    QStringLiteral("Sign in first: send \"Authorization: Bearer <access "
                                   "token>\". An expired access token is renewed with "
                                   "POST /v1/auth/refresh.")));
            caller = *authenticated;
        }
        return toResponse(handler(request, caller));
    } catch (const DatabaseError &error) {
        qCWarning(lcHttp) << "database unavailable:" << error.message();
        return toResponse(ApiError::unavailable(
            QStringLiteral("The database is unavailable. Nothing was lost; try again in a few "
                           "seconds.")));
    } catch (const std::exception &error) {
        qCCritical(lcHttp) << "internal error:" << error.what();
        return toResponse(ApiError { 500,
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
    const auto withBody = [](const QHttpServerRequest &request,
                             const std::function<ApiReply(const QJsonObject &)> &next) -> ApiReply {
        auto body = jsonBody(request);
        if (auto *error = std::get_if<ApiError>(&body))
            return *error;
        return next(std::get<QJsonObject>(body));
    };

    m_server.route(
        QStringLiteral("/v1/health"), Method::Get, [this](const QHttpServerRequest &request) {
            return run(request, Access::Public, [](const auto &, const Caller &) {
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
        return QHttpServerResponse(QByteArrayLiteral("application/json"), file.readAll());
    });

    m_server.route(QStringLiteral("/v1/auth/login"), Method::Post,
                   [this, withBody](const QHttpServerRequest &request) {
                       return run(request, Access::Public,
                                  [this, withBody](const QHttpServerRequest &r, const Caller &) {
                                      return withBody(r, [this](const QJsonObject &body) {
                                          return m_auth.login(body);
                                      });
                                  });
                   });

    m_server.route(QStringLiteral("/v1/auth/refresh"), Method::Post,
                   [this, withBody](const QHttpServerRequest &request) {
                       return run(request, Access::Public,
                                  [this, withBody](const QHttpServerRequest &r, const Caller &) {
                                      return withBody(r, [this](const QJsonObject &body) {
                                          return m_auth.refresh(body);
                                      });
                                  });
                   });

    m_server.route(QStringLiteral("/v1/auth/logout"), Method::Post,
                   [this](const QHttpServerRequest &request) {
                       return run(request, Access::SignedIn,
                                  [this](const QHttpServerRequest &, const Caller &caller) {
                                      return m_auth.logout(caller);
                                  });
                   });

    m_server.route(
        QStringLiteral("/v1/me"), Method::Get, [this](const QHttpServerRequest &request) {
            return run(request, Access::SignedIn,
                       [this](const QHttpServerRequest &, const Caller &caller) {
                           QJsonObject body = m_auth.describe(caller);
                           body.insert(QStringLiteral("server_time"),
                                       domain::instantToJson(QDateTime::currentDateTimeUtc()));
                           return ApiReply(body);
                       });
        });

    m_server.route(
        QStringLiteral("/v1/changes"), Method::Get, [this](const QHttpServerRequest &request) {
            return run(request, Access::SignedIn,
                       [this](const QHttpServerRequest &r, const Caller &caller) {
                           const QUrlQuery query = r.query();
                           return m_feed.changes(
                               caller,
                               query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded),
                               query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded));
                       });
        });

    m_server.route(QStringLiteral("/v1/mutations"), Method::Post,
                   [this, withBody](const QHttpServerRequest &request) {
                       return run(
                           request, Access::SignedIn,
                           [this, withBody](const QHttpServerRequest &r, const Caller &caller) {
                               return withBody(r, [this, &caller](const QJsonObject &body) {
                                   return m_mutations.apply(caller, body);
                               });
                           });
                   });

    m_server.route(QStringLiteral("/v1/requests/<arg>/candidates"), Method::Get,
                   [this](const QString &id, const QHttpServerRequest &request) {
                       return run(request, Access::SignedIn,
                                  [this, id](const QHttpServerRequest &r, const Caller &caller) {
                                      const QString own
                                          = r.query().queryItemValue(QStringLiteral("include_own"));
                                      return m_candidates.candidates(caller, id,
                                                                     own == u"true" || own == u"1");
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
        toResponse(reply).write(std::move(responder));
    });

    m_server.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        qCInfo(lcHttp).noquote() << methodName(request.method()) << request.url().path()
                                 << int(response.statusCode());
        response.setHeader(QByteArrayLiteral("X-Content-Type-Options"),
                           QByteArrayLiteral("nosniff"));
        return std::move(response);
    });
}

} // namespace releve::server

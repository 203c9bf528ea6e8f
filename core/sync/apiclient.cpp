#include "apiclient.h"

#include "logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace releve::sync {

using domain::Error;

namespace {

// An HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT", RFC 9110, 5.6.7); Qt's RFC 2822 parser wants
// a numeric offset.
QDateTime parseHttpDate(const QByteArray &header)
{
    QString text = QString::fromLatin1(header).trimmed();
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.chopped(4) + u" +0000"_s;
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

// Retry-After is either a number of seconds or an HTTP date (RFC 9110, 10.2.3). A date is read
// against the answer's own Date header: this computer's clock may be off by a day.
int parseRetryAfter(const QByteArray &header, const QDateTime &serverNow)
{
    const QString text = QString::fromLatin1(header).trimmed();
    if (text.isEmpty())
        return 0;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return int(std::clamp<qint64>(seconds, 0, 24 * 3600));
    const QDateTime at = parseHttpDate(header);
    if (!at.isValid())
        return 0;
    const QDateTime now = serverNow.isValid() ? serverNow : QDateTime::currentDateTimeUtc();
    return int(std::clamp<qint64>(now.secsTo(at), 0, 24 * 3600));
}

} // namespace

void ApiReply::finish(int status, const QJsonObject &json, const Error &error, int retryAfter)
{
    if (m_done)
        return;
    m_done = true;
    m_status = status;
    m_json = json;
    m_error = error;
    m_retryAfter = retryAfter;
    emit finished();
    deleteLater();
}

struct ApiClient::Call
{
    QByteArray verb;
    QString path;
    QList<std::pair<QString, QString>> query;
    QJsonObject body;
    bool bearer = true; // sends the access token
    bool parkable = true; // a 401 waits for the shared refresh (not for the auth routes)
    bool retried = false;
    QString tokenUsed;
    QPointer<ApiReply> reply;
};

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

QUrl ApiClient::baseUrl() const
{
    return m_baseUrl;
}

void ApiClient::setAccessToken(const QString &token)
{
    if (m_token == token)
        return;
    m_token = token;
    emit accessTokenChanged();
}

void ApiClient::setTransferTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

void ApiClient::setAuthRecovery(bool enabled)
{
    m_authRecovery = enabled;
}

void ApiClient::resumeAfterRefresh()
{
    m_refreshing = false;
    const QList<std::shared_ptr<Call>> parked = std::exchange(m_parked, {});
    qCDebug(lcSync) << "token refreshed;" << parked.size() << "request(s) sent again";
    for (const auto &call : parked) {
        if (call->reply)
            send(call);
    }
}

void ApiClient::abandonAfterRefresh(const Error &error)
{
    m_refreshing = false;
    const QList<std::shared_ptr<Call>> parked = std::exchange(m_parked, {});
    for (const auto &call : parked) {
        if (call->reply)
            call->reply->finish(error.code == u"network"_s ? 0 : 401, {}, error, 0);
    }
}

ApiReply *ApiClient::get(const QString &path, const QList<std::pair<QString, QString>> &query)
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->path = path;
    call->query = query;
    return start(call);
}

ApiReply *ApiClient::post(const QString &path, const QJsonObject &body)
{
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->path = path;
    call->body = body;
    return start(call);
}

ApiReply *ApiClient::health()
{
    return get(u"/v1/health"_s);
}

ApiReply *ApiClient::login(const QString &login, const QString &password)
{
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->path = u"/v1/auth/login"_s;
    call->body = QJsonObject { { u"login"_s, login }, { u"password"_s, password } };
    call->bearer = false;
    call->parkable = false;
    return start(call);
}

ApiReply *ApiClient::refresh(const QString &refreshToken)
{
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->path = u"/v1/auth/refresh"_s;
    call->body = QJsonObject { { u"refresh_token"_s, refreshToken } };
    call->bearer = false;
    call->parkable = false;
    return start(call);
}

ApiReply *ApiClient::logout(const QString &refreshToken)
{
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->path = u"/v1/auth/logout"_s;
    call->body = QJsonObject { { u"refresh_token"_s, refreshToken } };
    call->parkable = false;
    return start(call);
}

ApiReply *ApiClient::changes(const QString &cursor, int limit)
{
    return get(u"/v1/changes"_s,
               { { u"since"_s, cursor }, { u"limit"_s, QString::number(limit) } });
}

ApiReply *ApiClient::pushMutations(const QString &clientId, const QJsonArray &mutations)
{
    return post(u"/v1/mutations"_s,
                QJsonObject { { u"client_id"_s, clientId }, { u"mutations"_s, mutations } });
}

ApiReply *ApiClient::candidates(const QString &requestId)
{
    return get(u"/v1/requests/"_s + QString::fromLatin1(QUrl::toPercentEncoding(requestId))
               + u"/candidates"_s);
}

ApiReply *ApiClient::start(std::shared_ptr<Call> call)
{
    auto *reply = new ApiReply(this);
    call->reply = reply;
    send(call);
    return reply;
}

void ApiClient::send(const std::shared_ptr<Call> &call)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + call->path);
    if (!call->query.isEmpty()) {
        QStringList parts;
        for (const auto &[key, value] : std::as_const(call->query))
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'='
                         + QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(parts.join(u'&'));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Releve/" RELEVE_VERSION));
    call->tokenUsed = m_token;
    if (call->bearer && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_timeoutMs);

    QNetworkReply *reply = call->verb == "GET"
        ? m_network->get(request)
        : m_network->sendCustomRequest(request, call->verb,
                                       QJsonDocument(call->body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { handle(call, reply); });
}

void ApiClient::handle(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (!call->reply)
        return; // the caller deleted its ApiReply: nobody is waiting
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcSync) << call->verb << call->path << "->" << status;

    if (status == 0) {
        // Not an HTTP answer: refused, unreachable, timed out, TLS failure.
        const QString message = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("The server did not answer within %n second(s).", nullptr,
                 std::max(1, m_timeoutMs / 1000))
            : tr("The server could not be reached (%1).").arg(reply->errorString());
        call->reply->finish(0, {}, Error { u"network"_s, {}, message }, 0);
        return;
    }

    QJsonObject json;
    const QByteArray bytes = reply->readAll();
    if (!bytes.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (document.isObject())
            json = document.object();
    }
    call->reply->m_serverDate = parseHttpDate(reply->rawHeader("Date"));
    const int retryAfter
        = parseRetryAfter(reply->rawHeader("Retry-After"), call->reply->m_serverDate);

    if (status == 401 && call->parkable && m_authRecovery && !call->retried) {
        call->retried = true;
        if (!m_refreshing && !m_token.isEmpty() && call->tokenUsed != m_token) {
            send(call); // the token was renewed while this request travelled
            return;
        }
        m_parked.append(call);
        if (!m_refreshing) {
            m_refreshing = true;
            emit unauthorized();
        }
        return;
    }

    Error error;
    if (status < 200 || status >= 300) {
        error = Error::fromJson(json);
        if (error.code.isEmpty())
            error.code = status == 401 ? u"unauthorized"_s : u"http_%1"_s.arg(status);
        if (error.message.isEmpty())
            error.message = tr("The server answered with an error (HTTP %1).").arg(status);
        if (status == 401 && !m_authRecovery && call->parkable)
            emit unauthorized();
    }
    call->reply->finish(status, json, error, retryAfter);
}

} // namespace releve::sync

// The REST client of the server's /v1 API (DESIGN.md, "Fixed interfaces"): one
// QNetworkAccessManager, bearer token, JSON in and out; every answer is an ApiReply whose result
// or error is set exactly once before finished() (after ownCloud's AbstractCoreJob).
#pragma once

#include "core/domain/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace releve::sync {

// The answer to one request. Read it in a slot connected to finished(): the reply deletes itself
// (deleteLater) once finished() has been delivered.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    int httpStatus() const { return m_status; } // 0 when the server was not reached
    bool ok() const { return m_error.isNull(); }
    bool isFinished() const { return m_done; }
    const QJsonObject &json() const { return m_json; }
    const domain::Error &error() const { return m_error; } // code "network" when unreachable
    int retryAfterSeconds() const { return m_retryAfter; } // 0 when the server gave none
    QDateTime serverDate() const { return m_serverDate; } // the Date header, for clock offset
    // Sets the outcome once (later calls are ignored) and emits finished().
    void finish(int status, const QJsonObject &json, const domain::Error &error, int retryAfter);

signals:
    void finished();

private:
    friend class ApiClient;
    int m_status = 0;
    QJsonObject m_json;
    domain::Error m_error;
    int m_retryAfter = 0;
    QDateTime m_serverDate;
    bool m_done = false;
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url); // "http://127.0.0.1:8080"
    QUrl baseUrl() const;
    void setAccessToken(const QString &token);
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    void setTransferTimeout(int milliseconds); // per request; 30 s by default
    int transferTimeout() const { return m_timeoutMs; }

    // When enabled (the Session does it), a request answered 401 is parked and unauthorized() is
    // emitted once for all of them; the owner of the refresh token then calls
    // resumeAfterRefresh() (parked requests are sent again with the new token) or
    // abandonAfterRefresh() (they finish with that error). Disabled, a 401 just finishes.
    void setAuthRecovery(bool enabled);
    void resumeAfterRefresh();
    void abandonAfterRefresh(const domain::Error &error);

    ApiReply *get(const QString &path, const QList<std::pair<QString, QString>> &query = {});
    ApiReply *post(const QString &path, const QJsonObject &body);

    // Convenience for the fixed routes.
    ApiReply *health();
    ApiReply *login(const QString &login, const QString &password);
    ApiReply *refresh(const QString &refreshToken);
    ApiReply *logout(const QString &refreshToken);
    ApiReply *changes(const QString &cursor, int limit);
    ApiReply *pushMutations(const QString &clientId, const QJsonArray &mutations);
    ApiReply *candidates(const QString &requestId);

signals:
    void unauthorized(); // a 401: the session refreshes the token once for everyone
    void accessTokenChanged(); // signed in again, refreshed, or signed out

private:
    struct Call;
    ApiReply *start(std::shared_ptr<Call> call);
    void send(const std::shared_ptr<Call> &call);
    void handle(const std::shared_ptr<Call> &call, QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
    bool m_authRecovery = false;
    bool m_refreshing = false;
    QList<std::shared_ptr<Call>> m_parked;
};

} // namespace releve::sync

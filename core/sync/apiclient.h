// The REST client of the server's /v1 API (DESIGN.md, "Fixed interfaces"): one
// QNetworkAccessManager, bearer token, JSON in and out; every answer is an ApiReply whose result
// or error is set exactly once before finished() (after ownCloud's AbstractCoreJob).
#pragma once

#include "core/domain/error.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace releve::sync {

class ApiReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    int httpStatus() const { return m_status; }
    bool ok() const { return m_error.isNull(); }
    const QJsonObject &json() const { return m_json; }
    const domain::Error &error() const { return m_error; } // code "network" when unreachable
    int retryAfterSeconds() const { return m_retryAfter; }
    void finish(int status, const QJsonObject &json, const domain::Error &error, int retryAfter);

signals:
    void finished();

private:
    int m_status = 0;
    QJsonObject m_json;
    domain::Error m_error;
    int m_retryAfter = 0;
    bool m_done = false;
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url); // "http://127.0.0.1:8080"
    QUrl baseUrl() const;
    void setAccessToken(const QString &token);

    ApiReply *get(const QString &path, const QList<std::pair<QString, QString>> &query = {});
    ApiReply *post(const QString &path, const QJsonObject &body);

    // Convenience for the fixed routes.
    ApiReply *login(const QString &login, const QString &password);
    ApiReply *refresh(const QString &refreshToken);
    ApiReply *changes(const QString &cursor, int limit);
    ApiReply *pushMutations(const QString &clientId, const QJsonArray &mutations);
    ApiReply *candidates(const QString &requestId);

signals:
    void unauthorized(); // a 401: the session refreshes the token once for everyone

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace releve::sync

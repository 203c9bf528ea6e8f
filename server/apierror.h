// What the HTTP boundary answers: a JSON body with a status, or an error that is always
// {"error": <code>, "message": <text>, "field": <field at fault>} (DESIGN.md, "Fixed interfaces"),
// after qBittorrent's APIErrorType at its web API boundary.
#pragma once

#include "core/domain/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace releve::server {

struct ApiError
{
    int status = 400;
    QString code; // machine-readable: invalid_json, unauthorized, not_found, conflict…
    QString message; // for people: what happened and what to do
    QString field; // the field at fault, when one is
    int retryAfterSeconds = 0; // sent as Retry-After when > 0

    QJsonObject toJson() const;

    static ApiError badRequest(const QString &code, const QString &message,
                               const QString &field = {});
    static ApiError fromDomain(const domain::Error &error, int status = 400);
    static ApiError unauthorized(const QString &message);
    static ApiError forbidden(const QString &message, const QString &field = {});
    static ApiError notFound(const QString &message, const QString &field = {});
    static ApiError unavailable(const QString &message);
};

struct ApiReply
{
    ApiReply(QJsonObject body, int status = 200)
        : status(status)
        , body(std::move(body))
    { }
    ApiReply(const ApiError &error);

    int status = 200;
    QJsonObject body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

} // namespace releve::server

#include "apierror.h"

namespace releve::server {

QJsonObject ApiError::toJson() const
{
    QJsonObject object { { QStringLiteral("error"), code },
                         { QStringLiteral("message"), message } };
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return object;
}

ApiError ApiError::badRequest(const QString &code, const QString &message, const QString &field)
{
    return ApiError { 400, code, message, field, 0 };
}

ApiError ApiError::fromDomain(const domain::Error &error, int status)
{
    const QString message
        = error.field.isEmpty() ? error.message : error.field + QStringLiteral(" ") + error.message;
    return ApiError { status, error.code, message, error.field, 0 };
}

ApiError ApiError::unauthorized(const QString &message)
{
    return ApiError { 401, QStringLiteral("unauthorized"), message, {}, 0 };
}

ApiError ApiError::forbidden(const QString &message, const QString &field)
{
    return ApiError { 403, QStringLiteral("forbidden"), message, field, 0 };
}

ApiError ApiError::notFound(const QString &message, const QString &field)
{
    return ApiError { 404, QStringLiteral("not_found"), message, field, 0 };
}

ApiError ApiError::unavailable(const QString &message)
{
    return ApiError { 503, QStringLiteral("unavailable"), message, {}, 5 };
}

ApiReply::ApiReply(const ApiError &error)
    : status(error.status)
    , body(error.toJson())
{
    if (error.retryAfterSeconds > 0)
        headers.append(
            { QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds) });
}

} // namespace releve::server

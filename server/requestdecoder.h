// What the server reads from a request before any storage is touched: the JSON body (size, UTF-8,
// object), the login body, the mutation envelope and each mutation's fields, the change-feed
// cursor and limit, and the range of dates in a record. Pure functions of their input, so the
// libFuzzer target (tests/fuzz/) runs them without a database.
#pragma once

#include "apierror.h"
#include "mutation.h"

#include <QJsonObject>

#include <variant>

namespace releve::server::decode {

inline constexpr qint64 maxBodyBytes = 1024 * 1024;
inline constexpr int maxMutations = 100;

// The request body as a JSON object: 413 above maxBodyBytes, 400 invalid_json when empty, not
// UTF-8, not JSON or not an object (the message says where).
std::variant<QJsonObject, ApiError> jsonObject(const QByteArray &body);

struct LoginBody
{
    QString login; // trimmed, lower case
    QString password;
};
std::variant<LoginBody, ApiError> loginBody(const QJsonObject &body);

struct MutationBatch
{
    QString clientId; // empty: exactly-once by mutation_id alone
    QList<Mutation> mutations; // mutation_id and seq read; the rest is read by mutationFields
};
// The envelope of POST /v1/mutations; a malformed one is the sender's bug and nothing is applied.
std::variant<MutationBatch, ApiError> mutationBatch(const QJsonObject &body);

// Reads entity, id, op, base_version, data and old from mutation.raw into mutation; the first
// error (its field relative to the mutation) or a null Error.
domain::Error mutationFields(Mutation &mutation);

struct Cursor
{
    QString epoch; // empty with seq 0: from the beginning
    qint64 seq = 0;
};
// "<epoch>.<seq>" or empty.
std::variant<Cursor, ApiError> cursor(const QString &text);
// The page size of a list route: fallback when empty, capped at max.
std::variant<int, ApiError> limit(const QString &text, int fallback, int max);

// Dates and instants anywhere in a record must lie in 2000–2099: a year 0001 or 9999 is a typing
// error, and it would break the rules (holidays, proration) downstream. The first offender.
domain::Error outOfRangeDate(const QJsonObject &data, const QString &prefix = {});

} // namespace releve::server::decode

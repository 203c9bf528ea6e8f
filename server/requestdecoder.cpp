#include "requestdecoder.h"

#include "core/domain/jsonreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace releve::server::decode {

namespace {

constexpr qint64 maxInteger = qint64(1) << 53; // what a JSON number holds exactly

} // namespace

std::variant<QJsonObject, ApiError> jsonObject(const QByteArray &body)
{
    if (body.size() > maxBodyBytes)
        return ApiError { 413,
                          QStringLiteral("payload_too_large"),
                          QStringLiteral("The request body is larger than 1 MB: send fewer "
                                         "mutations per request."),
                          {},
                          0 };
    if (body.trimmed().isEmpty())
        return ApiError::badRequest(
            QStringLiteral("invalid_json"),
            QStringLiteral("The request body is empty: send a JSON object."));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(body);
    if (utf8.hasError())
        return ApiError::badRequest(QStringLiteral("invalid_json"),
                                    QStringLiteral("The request body is not valid UTF-8. Nothing "
                                                   "was changed."));
    Q_UNUSED(text)
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

std::variant<LoginBody, ApiError> loginBody(const QJsonObject &body)
{
    domain::JsonReader reader(body);
    LoginBody login;
    login.login
        = reader.string(QStringLiteral("login"), domain::JsonReader::Required, 100).toLower();
    if (!reader.ok())
        return ApiError::fromDomain(reader.errors().first());
    const QJsonValue password = body.value(QStringLiteral("password"));
    if (!password.isString() || password.toString().isEmpty())
        return ApiError::badRequest(
            password.isUndefined() || password.isNull() ? QStringLiteral("required")
                                                        : QStringLiteral("invalid_type"),
            QStringLiteral("password must be a non-empty string"), QStringLiteral("password"));
    login.password = password.toString();
    if (login.password.size() > 1024)
        return ApiError::badRequest(
            QStringLiteral("too_long"),
            QStringLiteral("password is too long (at most 1024 characters)"),
            QStringLiteral("password"));
    return login;
}

std::variant<MutationBatch, ApiError> mutationBatch(const QJsonObject &body)
{
    MutationBatch batch;
    const QJsonValue clientValue = body.value(QStringLiteral("client_id"));
    if (!clientValue.isUndefined() && !clientValue.isNull()) {
        batch.clientId = clientValue.toString().trimmed();
        if (!clientValue.isString() || batch.clientId.isEmpty() || batch.clientId.size() > 100)
            return ApiError::badRequest(QStringLiteral("invalid_type"),
                                        QStringLiteral("client_id must be a non-empty string of at "
                                                       "most 100 characters, or absent"),
                                        QStringLiteral("client_id"));
    }
    domain::JsonReader reader(body);
    const QJsonArray items
        = reader.array(QStringLiteral("mutations"), domain::JsonReader::Required, maxMutations);
    if (!reader.ok()) {
        ApiError error = ApiError::fromDomain(reader.errors().first());
        if (error.code == u"too_long")
            error.message = QStringLiteral("at most %1 mutations per request: send the others in "
                                           "the next request")
                                .arg(maxMutations);
        return error;
    }

    QSet<QString> ids;
    QSet<qint64> seqs;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("mutations[%1]").arg(i);
        if (!items.at(i).isObject())
            return ApiError::badRequest(QStringLiteral("invalid_type"),
                                        QStringLiteral("%1 must be an object").arg(prefix), prefix);
        Mutation mutation;
        mutation.raw = items.at(i).toObject();
        domain::JsonReader item(mutation.raw, prefix);
        mutation.mutationId
            = item.uuid(QStringLiteral("mutation_id"), domain::JsonReader::Required);
        if (!batch.clientId.isEmpty())
            mutation.seq
                = item.integer(QStringLiteral("seq"), 1, maxInteger, domain::JsonReader::Required);
        if (!item.ok())
            return ApiError::fromDomain(item.errors().first());
        if (ids.contains(mutation.mutationId))
            return ApiError::badRequest(QStringLiteral("duplicate"),
                                        QStringLiteral("the same mutation_id appears twice"),
                                        prefix + QStringLiteral(".mutation_id"));
        if (!batch.clientId.isEmpty() && seqs.contains(mutation.seq))
            return ApiError::badRequest(QStringLiteral("duplicate"),
                                        QStringLiteral("the same seq appears twice"),
                                        prefix + QStringLiteral(".seq"));
        ids.insert(mutation.mutationId);
        seqs.insert(mutation.seq);
        batch.mutations.append(mutation);
    }
    return batch;
}

domain::Error mutationFields(Mutation &mutation)
{
    domain::JsonReader reader(mutation.raw);
    mutation.entity = reader.string(QStringLiteral("entity"), domain::JsonReader::Required, 40);
    mutation.id = reader.uuid(QStringLiteral("id"), domain::JsonReader::Required);
    mutation.op = reader.code(
        QStringLiteral("op"),
        { QStringLiteral("upsert"), QStringLiteral("delete"), QStringLiteral("command") },
        domain::JsonReader::Required);
    mutation.hasBaseVersion = mutation.raw.contains(QStringLiteral("base_version"))
        && !mutation.raw.value(QStringLiteral("base_version")).isNull();
    mutation.baseVersion = reader.integer(QStringLiteral("base_version"), 0, maxInteger,
                                          domain::JsonReader::Optional, 0);
    const QJsonValue data = mutation.raw.value(QStringLiteral("data"));
    if (data.isObject())
        mutation.data = data.toObject();
    else if (mutation.op != u"delete" || !(data.isUndefined() || data.isNull()))
        reader.addError(QStringLiteral("data"),
                        data.isUndefined() || data.isNull() ? QStringLiteral("required")
                                                            : QStringLiteral("invalid_type"),
                        QStringLiteral("must be an object"));
    const QJsonValue old = mutation.raw.value(QStringLiteral("old"));
    if (old.isObject()) {
        mutation.old = old.toObject();
        mutation.hasOld = true;
    } else if (!old.isUndefined() && !old.isNull()) {
        reader.addError(QStringLiteral("old"), QStringLiteral("invalid_type"),
                        QStringLiteral("must be an object"));
    }
    if (!reader.ok())
        return reader.errors().first();
    if (mutation.op == u"upsert") {
        if (domain::Error late = outOfRangeDate(mutation.data); !late.isNull())
            return late;
    }
    return {};
}

std::variant<Cursor, ApiError> cursor(const QString &text)
{
    Cursor cursor;
    if (text.isEmpty())
        return cursor;
    const auto invalid = [] {
        return ApiError::badRequest(
            QStringLiteral("invalid_value"),
            QStringLiteral("since must be a cursor returned by this route, or empty"),
            QStringLiteral("since"));
    };
    const qsizetype dot = text.lastIndexOf(u'.');
    if (dot <= 0 || text.size() > 100)
        return invalid();
    bool ok = false;
    cursor.seq = text.mid(dot + 1).toLongLong(&ok);
    if (!ok || cursor.seq < 0)
        return invalid();
    cursor.epoch = text.left(dot);
    return cursor;
}

std::variant<int, ApiError> limit(const QString &text, int fallback, int max)
{
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1)
        return ApiError::badRequest(
            QStringLiteral("invalid_value"),
            QStringLiteral("limit must be a whole number from 1 to %1").arg(max),
            QStringLiteral("limit"));
    return std::min(value, max);
}

domain::Error outOfRangeDate(const QJsonObject &data, const QString &prefix)
{
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})-\\d{2}-\\d{2}(T|$)"));
    const auto check
        = [](const QJsonValue &value, const QString &path, const auto &self) -> domain::Error {
        if (value.isString()) {
            const QString text = value.toString();
            const auto match = datePattern.match(text);
            if (match.hasMatch()) {
                const int year = match.captured(1).toInt();
                if (year < 2000 || year > 2099)
                    return domain::Error {
                        QStringLiteral("out_of_range"), path,
                        QStringLiteral("%1 is outside the years 2000 to 2099").arg(text.left(40))
                    };
            }
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
                if (domain::Error error = self(it.value(), child, self); !error.isNull())
                    return error;
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (domain::Error error
                    = self(array.at(i), path + QStringLiteral("[%1]").arg(i), self);
                    !error.isNull())
                    return error;
            }
        }
        return {};
    };
    return check(data, prefix, check);
}

} // namespace releve::server::decode

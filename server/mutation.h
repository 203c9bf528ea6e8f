// One mutation of POST /v1/mutations and its answer (docs/protocol.md, "Mutations").
#pragma once

#include "core/domain/error.h"

#include <QJsonObject>

namespace releve::server {

struct Mutation
{
    QString mutationId;
    qint64 seq = 0; // 0 without client_id
    QJsonObject raw; // the element as sent; the other fields are read from it when applied
    QString entity;
    QString id;
    QString op; // upsert, delete, command
    qint64 baseVersion = 0;
    bool hasBaseVersion = false;
    QJsonObject data;
    QJsonObject old; // old values of the changed fields (upsert)
    bool hasOld = false;
};

struct MutationAnswer
{
    QString status; // applied, conflict, rejected
    qint64 version = 0;
    QJsonObject record; // as the caller may see it; empty when none
    domain::Error error; // when rejected

    static MutationAnswer applied(qint64 version, QJsonObject record)
    {
        return { QStringLiteral("applied"), version, std::move(record), {} };
    }
    static MutationAnswer conflict(qint64 version, QJsonObject record)
    {
        return { QStringLiteral("conflict"), version, std::move(record), {} };
    }
    static MutationAnswer rejected(const QString &code, const QString &message,
                                   const QString &field = {}, qint64 version = 0)
    {
        return { QStringLiteral("rejected"), version, {}, domain::Error { code, field, message } };
    }
    static MutationAnswer rejected(const domain::Error &error, qint64 version = 0)
    {
        return { QStringLiteral("rejected"), version, {}, error };
    }
    bool isApplied() const { return status == u"applied"; }

    QJsonObject toJson(const QString &mutationId) const
    {
        return QJsonObject {
            { QStringLiteral("mutation_id"), mutationId },
            { QStringLiteral("status"), status },
            { QStringLiteral("version"), version },
            { QStringLiteral("error"), error.isNull() ? QJsonValue() : QJsonValue(error.toJson()) },
            { QStringLiteral("record"), record.isEmpty() ? QJsonValue() : QJsonValue(record) },
        };
    }
};

} // namespace releve::server

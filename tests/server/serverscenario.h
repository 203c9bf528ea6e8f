// Test support for the server suites that play a replacement on the real releve-server: Paris
// wall-clock instants, future Mondays past the seeded availability, the mutations of
// docs/protocol.md (publish, propose, accept among them) and their results, and the seeded
// structures' workers who may be lent.
#pragma once

#include "serverfixture.h"

#include <QTimeZone>

namespace releve::servertest {

// A wall-clock time in Paris as the UTC instant the API stores.
inline QString instant(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone("Europe/Paris")).toUTC().toString(Qt::ISODate);
}

// A Monday some weeks ahead, past the seeded availability.
inline QDate futureMonday(int weeks)
{
    const QDate today = QDate::currentDate();
    return today.addDays(8 - today.dayOfWeek() + 7 * weeks);
}

// An intervention of a request, on one day.
inline QJsonObject interventionJson(const QString &id, QDate day, QTime from, QTime to)
{
    return { { u"id"_qs, id },
             { u"start"_qs, instant(day, from) },
             { u"end"_qs, instant(day, to) } };
}

inline QJsonObject mutation(const QString &op, const QString &entity, const QString &id,
                            qint64 base, const QJsonObject &data)
{
    return { { u"mutation_id"_qs, newId() },
             { u"entity"_qs, entity },
             { u"id"_qs, id },
             { u"op"_qs, op },
             { u"base_version"_qs, base },
             { u"data"_qs, data } };
}

inline QJsonObject upsert(const QString &entity, const QString &id, qint64 base,
                          const QJsonObject &data)
{
    return mutation(u"upsert"_qs, entity, id, base, data);
}

inline QJsonObject command(const QString &entity, const QString &id, const QJsonObject &data)
{
    return mutation(u"command"_qs, entity, id, 0, data);
}

// The commands of a replacement: the requester publishes its request, a lender proposes one of its
// workers, the requester accepts the proposal.
inline QJsonObject publishRequest(const QString &requestId)
{
    return command(u"request"_qs, requestId, { { u"command"_qs, u"publish"_qs } });
}

inline QJsonObject proposeStaff(const QString &proposalId, const QString &requestId,
                                const QJsonValue &staffId)
{
    return command(u"proposal"_qs, proposalId,
                   { { u"command"_qs, u"propose"_qs },
                     { u"request_id"_qs, requestId },
                     { u"staff_id"_qs, staffId } });
}

inline QJsonObject acceptProposal(const QString &proposalId)
{
    return command(u"proposal"_qs, proposalId, { { u"command"_qs, u"accept"_qs } });
}

// Sends one mutation; its result (empty when the server did not answer with results).
inline QJsonObject applyOne(HttpClient &client, const QJsonObject &mutation)
{
    const HttpReply reply
        = client.post(u"/v1/mutations"_qs, { { u"mutations"_qs, QJsonArray { mutation } } });
    return reply.json[u"results"_qs].toArray().at(0).toObject();
}

inline QString status(const QJsonObject &result)
{
    return result[u"status"_qs].toString();
}

inline QString errorCode(const QJsonObject &result)
{
    return result[u"error"_qs][u"error"_qs].toString();
}

inline QString errorField(const QJsonObject &result)
{
    return result[u"error"_qs][u"field"_qs].toString();
}

inline QString errorMessage(const QJsonObject &result)
{
    return result[u"error"_qs][u"message"_qs].toString();
}

// A structure's consenting, active workers, full records as its own feed has them (the client
// is one of its accounts), in feed order; withHome keeps only those with a home.
inline QList<QJsonObject> sharedStaff(HttpClient &client, const QString &structureId,
                                      bool withHome = false)
{
    QList<QJsonObject> staff;
    for (const QJsonValue &change : pullAll(client)) {
        const QJsonObject data = change[u"data"_qs].toObject();
        if (change[u"entity"_qs] == u"staff"_qs && data[u"structure_id"_qs] == structureId
            && data[u"consent_sharing"_qs].toBool() && data[u"active"_qs].toBool()
            && (!withHome || data.contains(u"home"_qs)))
            staff.append(data);
    }
    return staff;
}

} // namespace releve::servertest

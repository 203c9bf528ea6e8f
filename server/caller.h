// The signed-in account a request comes from, with its structure: what every route checks
// permissions and visibility against.
#pragma once

#include "core/domain/geopoint.h"

#include <QJsonObject>
#include <QStringList>

namespace releve::server {

struct Caller
{
    QString accountId;
    QString login;
    QString role; // coordinator, referent, prescriber, admin
    QString structureId;
    QString sessionId; // the sign-in its bearer token belongs to
    QStringList departements; // a referent's départements
    QJsonObject account; // as domain::Account::toJson()
    QJsonObject structure; // the structure record's data
    // The change feed's position, read in the same round trip as the bearer token (a client
    // polling the feed then costs the database one statement).
    struct FeedPosition
    {
        QString epoch;
        qint64 horizon = 0;
        qint64 seq = 0;
    } feed;

    bool isAdmin() const { return role == u"admin"; }
    bool isReferent() const { return role == u"referent"; }
    bool isPrescriber() const { return role == u"prescriber"; }
    bool isCoordinator() const { return role == u"coordinator"; }
    domain::GeoPoint location() const
    {
        const QJsonObject point = structure.value(QStringLiteral("location")).toObject();
        if (point.isEmpty())
            return {};
        return { point.value(QStringLiteral("lat")).toDouble(qQNaN()),
                 point.value(QStringLiteral("lon")).toDouble(qQNaN()) };
    }
    QString departement() const
    {
        return structure.value(QStringLiteral("departement")).toString();
    }
};

} // namespace releve::server

// Test support for the matching over the client's cache (tst_ownstaffpreview, tst_matchingui):
// homes north of a mission near Mende, Paris wall-clock instants, and records put in a LocalStore
// as a pull brings them.
#pragma once

#include "core/store/localstore.h"

#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>

namespace releve::matching::cachetest {

constexpr double missionLat = 44.52;
constexpr double missionLon = 3.5;
constexpr double kmOfLatitude = 111.195;

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A place km kilometres north of the mission.
inline QJsonObject north(double km)
{
    return { { QStringLiteral("lat"), missionLat + km / kmOfLatitude },
             { QStringLiteral("lon"), missionLon } };
}

// A wall-clock time in Paris as the UTC instant the API stores.
inline QString at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone("Europe/Paris"))
        .toUTC()
        .toString(Qt::ISODate);
}

// Stores one record (version 1) as a page of a pull brings it; the error, empty when stored.
inline QString feedRecord(store::LocalStore &store, const QString &entity, const QJsonObject &data)
{
    static int cursor = 0;
    const auto applied = store.applyPage(
        { { entity, data.value(QStringLiteral("id")).toString(), 1, false, data } },
        QString::number(++cursor));
    return applied ? QString() : applied.error().toString();
}

} // namespace releve::matching::cachetest

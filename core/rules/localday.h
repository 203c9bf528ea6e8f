// Local days: instants are stored in UTC, but days, amplitudes and weeks are those of the
// structure's time zone, Europe/Paris by default (DESIGN.md, "Domain").
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace releve::rules {

// Europe/Paris, the time zone of every structure unless its record says otherwise.
QTimeZone parisTimeZone();
// The time zone named by a structure record; Europe/Paris when the name is empty or unknown.
QTimeZone timeZoneNamed(const QString &ianaId);
// The local calendar day of an instant.
QDate localDate(const QDateTime &instant, const QTimeZone &zone);
// The instant local midnight starts the day (the first valid local time of the day).
QDateTime startOfLocalDay(const QDate &date, const QTimeZone &zone);

} // namespace releve::rules

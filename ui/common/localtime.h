// Local wall-clock time for people: records hold UTC instants, people read and type the time of
// their structure's zone (Europe/Paris), with dates written the way QLocale's default locale
// writes them ("lun. 23 nov.").
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace releve::ui {

struct LocalTime
{
    static QDateTime toLocal(const QDateTime &utc, const QTimeZone &zone);
    // The UTC instant of a local date and time; a time skipped by a daylight-saving change
    // moves forward, as Qt does.
    static QDateTime toUtc(QDate date, QTime time, const QTimeZone &zone);

    static QString shortDay(QDate date); // "lun. 23 nov."
    static QString longDay(QDate date); // "lundi 23 novembre 2026"
    static QString numericDate(QDate date); // "23/11/2026"
    static QString time(QTime time); // "08:30"
    static QString dateTime(const QDateTime &utc, const QTimeZone &zone); // "lun. 23 nov., 08:30"
    // "lun. 23 nov., 08:00–10:00"; both days when the range crosses midnight.
    static QString range(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone);
    static QDate mondayOf(QDate date);
};

} // namespace releve::ui

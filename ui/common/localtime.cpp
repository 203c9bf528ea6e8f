#include "localtime.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace releve::ui {

QDateTime LocalTime::toLocal(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone);
}

QDateTime LocalTime::toUtc(QDate date, QTime time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toUTC();
}

QString LocalTime::shortDay(QDate date)
{
    return QLocale().toString(date, u"ddd d MMM"_s);
}

QString LocalTime::longDay(QDate date)
{
    return QLocale().toString(date, u"dddd d MMMM yyyy"_s);
}

QString LocalTime::numericDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString LocalTime::time(QTime time)
{
    return time.toString(u"HH:mm"_s);
}

QString LocalTime::dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = toLocal(utc, zone);
    return shortDay(local.date()) + u", "_s + time(local.time());
}

QString LocalTime::range(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone)
{
    if (!startUtc.isValid() || !endUtc.isValid())
        return {};
    const QDateTime start = toLocal(startUtc, zone);
    const QDateTime end = toLocal(endUtc, zone);
    if (start.date() == end.date())
        return shortDay(start.date()) + u", "_s + time(start.time()) + u"–"_s + time(end.time());
    return dateTime(startUtc, zone) + u" – "_s + dateTime(endUtc, zone);
}

QDate LocalTime::mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace releve::ui

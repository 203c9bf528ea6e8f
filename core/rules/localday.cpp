#include "localday.h"

namespace releve::rules {

QTimeZone parisTimeZone()
{
    static const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    return paris;
}

QTimeZone timeZoneNamed(const QString &ianaId)
{
    if (ianaId.isEmpty())
        return parisTimeZone();
    const QTimeZone zone(ianaId.toUtf8());
    return zone.isValid() ? zone : parisTimeZone();
}

QDate localDate(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

QDateTime startOfLocalDay(const QDate &date, const QTimeZone &zone)
{
    return date.startOfDay(zone);
}

} // namespace releve::rules

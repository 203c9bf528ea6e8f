#include "holidays.h"

#include "core/domain/structure.h"

#include <QCoreApplication>

#include <algorithm>

namespace releve::rules {

namespace {
struct Holiday
{
    QDate date;
    const char *name; // source text, translated on use
};

QList<Holiday> holidaysOf(int year, const QString &departement, bool goodFriday)
{
    QList<Holiday> list;
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return list;
    list = { { QDate(year, 1, 1), QT_TRANSLATE_NOOP("releve::rules", "New Year's Day") },
             { easter.addDays(1), QT_TRANSLATE_NOOP("releve::rules", "Easter Monday") },
             { QDate(year, 5, 1), QT_TRANSLATE_NOOP("releve::rules", "Labour Day") },
             { QDate(year, 5, 8), QT_TRANSLATE_NOOP("releve::rules", "Victory in Europe Day") },
             { easter.addDays(39), QT_TRANSLATE_NOOP("releve::rules", "Ascension Day") },
             { easter.addDays(50), QT_TRANSLATE_NOOP("releve::rules", "Whit Monday") },
             { QDate(year, 7, 14), QT_TRANSLATE_NOOP("releve::rules", "National Day") },
             { QDate(year, 8, 15), QT_TRANSLATE_NOOP("releve::rules", "Assumption Day") },
             { QDate(year, 11, 1), QT_TRANSLATE_NOOP("releve::rules", "All Saints' Day") },
             { QDate(year, 11, 11), QT_TRANSLATE_NOOP("releve::rules", "Armistice Day") },
             { QDate(year, 12, 25), QT_TRANSLATE_NOOP("releve::rules", "Christmas Day") } };
    if (isAlsaceMoselle(departement)) {
        list.append(
            { QDate(year, 12, 26), QT_TRANSLATE_NOOP("releve::rules", "St Stephen's Day") });
        if (goodFriday)
            list.append({ easter.addDays(-2), QT_TRANSLATE_NOOP("releve::rules", "Good Friday") });
    }
    // Ascension can fall on 1 or 8 May (2008): both names describe the same day off.
    std::stable_sort(list.begin(), list.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return list;
}

const Holiday *find(const QList<Holiday> &list, const QDate &date)
{
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&date](const Holiday &h) { return h.date == date; });
    return it == list.end() ? nullptr : &*it;
}
} // namespace

QDate easterSunday(int year)
{
    if (year < 1583)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool isAlsaceMoselle(const QString &departement)
{
    const QString d = departement.trimmed();
    return d == QLatin1String("57") || d == QLatin1String("67") || d == QLatin1String("68");
}

QList<QDate> publicHolidays(int year, const QString &departement, bool goodFriday)
{
    QList<QDate> dates;
    for (const Holiday &h : holidaysOf(year, departement, goodFriday)) {
        if (dates.isEmpty() || dates.constLast() != h.date)
            dates.append(h.date);
    }
    return dates;
}

bool isPublicHoliday(const QDate &date, const QString &departement, bool goodFriday)
{
    return date.isValid() && find(holidaysOf(date.year(), departement, goodFriday), date);
}

QString holidayName(const QDate &date, const QString &departement, bool goodFriday)
{
    if (!date.isValid())
        return {};
    const QList<Holiday> list = holidaysOf(date.year(), departement, goodFriday);
    const Holiday *holiday = find(list, date);
    return holiday ? QCoreApplication::translate("releve::rules", holiday->name) : QString();
}

DayClass classify(const QDate &date, const QString &departement, bool goodFriday)
{
    if (date.dayOfWeek() == Qt::Sunday || isPublicHoliday(date, departement, goodFriday))
        return DayClass::SundayOrHoliday;
    return DayClass::Weekday;
}

bool isPublicHoliday(const QDate &date, const domain::Structure &structure)
{
    return isPublicHoliday(date, structure.departement, structure.goodFridayHoliday);
}

DayClass classify(const QDate &date, const domain::Structure &structure)
{
    return classify(date, structure.departement, structure.goodFridayHoliday);
}

} // namespace releve::rules

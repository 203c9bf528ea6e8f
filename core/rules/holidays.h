// French public holidays (jours fériés) and the weekday vs Sunday/holiday classification the
// CPOM indicators use (CPOM Creuse 2022, ANNEXE II; Code du travail L3133-1 and L3134-13).
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace releve::domain {
struct Structure;
}

namespace releve::rules {

enum class DayClass {
    Weekday, // Monday to Saturday, not a public holiday
    SundayOrHoliday,
};

// Easter Sunday of a year by the Gregorian computus (anonymous Gregorian algorithm,
// Meeus/Jones/Butcher); valid for 1583 onwards, invalid date before.
QDate easterSunday(int year);

// Moselle, Bas-Rhin and Haut-Rhin ("57", "67", "68"), where L3134-13 adds 26 December and,
// in communes with a Protestant or mixed church, Good Friday.
bool isAlsaceMoselle(const QString &departement);

// The public holidays of a year, in date order. National (L3133-1): 1 January, Easter Monday
// (Easter + 1), 1 May, 8 May, Ascension (Easter + 39), Whit Monday (Easter + 50), 14 July,
// 15 August, 1 November, 11 November, 25 December. In Alsace-Moselle also 26 December and,
// when goodFriday is set (a per-structure setting), Good Friday (Easter − 2).
// The département is that of the place of work, not of the worker's home.
QList<QDate> publicHolidays(int year, const QString &departement = {}, bool goodFriday = false);
bool isPublicHoliday(const QDate &date, const QString &departement = {}, bool goodFriday = false);
// The holiday's name, translated; empty when the date is not a public holiday.
QString holidayName(const QDate &date, const QString &departement = {}, bool goodFriday = false);
DayClass classify(const QDate &date, const QString &departement = {}, bool goodFriday = false);

// The same, with the département and Good Friday setting of a structure.
bool isPublicHoliday(const QDate &date, const domain::Structure &structure);
DayClass classify(const QDate &date, const domain::Structure &structure);

} // namespace releve::rules

// The monthly statement (relevé) of a contract (DESIGN.md, "Contracts"): the hours done in a
// month of the place of work's calendar, with raw and rounded times, weekday and
// Sunday/public-holiday hours apart, kilometres, and the amount due in integer cents.
// StatementDocument prints it and exports it as CSV.
#pragma once

#include "core/domain/contract.h"
#include "core/domain/interventionrecord.h"
#include "core/rules/holidays.h"
#include "core/rules/localday.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace releve::contracts {

// The calendar of the place of work: its département decides the public holidays (Code du
// travail L3134-13: "the place of work counts"), its time zone the days.
struct WorkPlace
{
    QString departement; // "23"; "57", "67", "68" add Alsace-Moselle's holidays
    bool goodFriday = false; // commune with a Protestant or mixed church (Alsace-Moselle)
    QTimeZone zone = rules::parisTimeZone();
};

// One intervention done in the month: the raw time stamps, the CPOM rounding, the day class.
struct StatementLine
{
    QString recordId;
    QString interventionId;
    QDateTime plannedStart; // invalid when the intervention is no longer in the contract
    QDateTime plannedEnd;
    QDateTime arrival; // raw, UTC
    QDateTime departure;
    QDateTime roundedStart; // CPOM ANNEXE V, règle 1
    QDateTime roundedEnd; // roundedStart + minutes
    int minutes = 0; // rounded duration, CPOM ANNEXE V, règle 2
    QDate day; // the local day of the rounded start, which classifies the line
    rules::DayClass dayClass = rules::DayClass::Weekday;
    bool holiday = false; // a public holiday (also when it falls on a Sunday)
    int kilometres = 0;
    bool corrected = false;
};

struct Statement
{
    domain::Contract contract;
    int year = 0;
    int month = 0; // 1–12
    WorkPlace place;
    QList<StatementLine> lines; // by rounded start
    // Contracted interventions of the month without hours done: listed, not invoiced.
    QList<domain::Intervention> unrecorded;

    int weekdayMinutes = 0;
    int sundayHolidayMinutes = 0;
    int kilometres = 0;
    int correctedCount = 0;
    // Each priced quantity is rounded once, half up to the cent (rules::amountForMinutes): the
    // weekday hours, the Sunday/holiday hours, the kilometres; the total is their sum.
    qint64 weekdayAmountCents = 0;
    qint64 sundayHolidayAmountCents = 0;
    qint64 kilometresAmountCents = 0;

    int totalMinutes() const { return weekdayMinutes + sundayHolidayMinutes; }
    qint64 hoursAmountCents() const { return weekdayAmountCents + sundayHolidayAmountCents; }
    qint64 totalCents() const { return hoursAmountCents() + kilometresAmountCents; }
    QDate firstDay() const { return QDate(year, month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }

    // The statement of `contract` for a month: the records of this contract whose rounded
    // start falls in the month, local to the place of work; records of other contracts are
    // ignored. A record without its rounding (roundedStart invalid) is rounded here. Hours are
    // priced at the contract's hourly rate, kilometres at its kilometric rate.
    static Statement build(const domain::Contract &contract,
                           const QList<domain::InterventionRecord> &records, int year, int month,
                           const WorkPlace &place = {});
};

} // namespace releve::contracts

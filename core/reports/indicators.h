// core/reports: the figures of the dashboard, computed from the records the local cache holds
// (no SQL, no network): requests by status, fill rate, time to fill, hours lent and borrowed,
// and the CPOM quality indicators the platform's data allows (CPOM Creuse 2022, ANNEXE II,
// items 47 to 53), for one structure or for the structures of a département, over a month.
#pragma once

#include "core/domain/contract.h"
#include "core/domain/interventionrecord.h"
#include "core/domain/replacementrequest.h"
#include "core/domain/structure.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <optional>

namespace releve::store {
class LocalStore;
}

namespace releve::reports {

// The records the figures are computed from.
struct ReportData
{
    QList<domain::Structure> structures;
    QList<domain::ReplacementRequest> requests;
    QList<domain::Contract> contracts;
    QList<domain::InterventionRecord> records;

    // Everything the cache holds. A contract seen by a territorial referent carries no worker
    // (visibility rules): it is read with a placeholder worker, so it still counts in the hours.
    static ReportData fromStore(const store::LocalStore &store);

    std::optional<domain::Structure> structure(const QString &id) const;
    QStringList departements() const; // sorted, of the structures known
    QSet<QString> structuresOf(const QString &departement) const;
};

// One calendar month in the structures' time zone: [first day 00:00, next first day 00:00).
struct ReportPeriod
{
    QDate month; // any day of the month
    QTimeZone zone = QTimeZone("Europe/Paris");
    // The effectivity and correction rates count only the interventions ended by this instant
    // (the hours of a future intervention cannot be done yet); invalid: every intervention.
    QDateTime asOf;

    QDate firstDay() const { return QDate(month.year(), month.month(), 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    bool contains(const QDateTime &instant) const;
    QDate localDate(const QDateTime &instant) const;
};

// A CPOM indicator kept apart for weekdays and for Sundays and public holidays, as the CPOM asks
// (items 47/48, 49/50, 51/52), with the value over both. nullopt: no data in the period.
struct SplitValue
{
    std::optional<double> weekday;
    std::optional<double> sundayOrHoliday;
    std::optional<double> all;
};

// What the CPOM rates of one kind of day are computed on.
struct DayTally
{
    qint64 plannedMinutes = 0;
    qint64 doneMinutes = 0;
    int records = 0;
    int corrected = 0;
};

struct Indicators
{
    // Requests whose first intervention falls in the period, by status (every status of
    // domain::vocabulary::requestStatuses is a key, possibly 0).
    QMap<QString, int> requestsByStatus;
    int requestCount = 0;
    // Fill rate: requests that found a worker (accepted, contracted, done) over the requests
    // that were asked of the platform (published at some point: every status but draft, and a
    // cancelled request only when it had been published).
    int requestsAsked = 0;
    int requestsFilled = 0;
    std::optional<double> fillRate; // 0..1
    // Median time from publication to the contract, over the filled requests that have both.
    std::optional<qint64> medianMinutesToFill;
    int timesToFillCount = 0;

    // Contracted interventions starting in the period: minutes the structures lent (they are the
    // contract's lender) and borrowed (they are its user), planned and done (rounded).
    qint64 minutesLent = 0;
    qint64 minutesBorrowed = 0;
    qint64 minutesLentDone = 0;
    qint64 minutesBorrowedDone = 0;
    int contractCount = 0;

    // CPOM items 47/48: average number of distinct workers per beneficiary, over the
    // beneficiaries (requests' beneficiary reference) of the structures' contracted replacements
    // with an intervention in the period; the platform knows replacements only.
    SplitValue workersPerBeneficiary;
    int beneficiaryCount = 0;
    // CPOM items 49/50, effectivity rate (taux d'effectivité / de réalisation): hours done over
    // hours planned, on the contracted interventions of the period the structures are party to
    // that ended by the period's asOf. nullopt without any time stamp in the period (the hours
    // done are then unknown, e.g. to a referent, who receives none).
    SplitValue effectivityRate;
    qint64 plannedMinutes = 0;
    qint64 doneMinutes = 0;
    // CPOM items 51–53, correction rate: time stamps corrected by hand over the time stamps
    // recorded, on the same interventions. The CPOM's target is 2 % to 5 % (item 53).
    SplitValue correctionRate;
    int recordCount = 0;
    int correctedCount = 0;
    DayTally weekday;
    DayTally sundayOrHoliday;
};

// CPOM Creuse 2022, ANNEXE II item 53: "taux cible (2% à 5%)".
inline constexpr double correctionTargetLow = 0.02;
inline constexpr double correctionTargetHigh = 0.05;
// -1 below the target, 0 within, +1 above.
int compareToCorrectionTarget(double rate);

// The figures of a set of structures (one agency, or the structures of a département).
Indicators computeIndicators(const ReportData &data, const QSet<QString> &structureIds,
                             const ReportPeriod &period);

// The median of a list (the mean of the two middle values for an even count); nullopt when empty.
std::optional<qint64> median(QList<qint64> values);

} // namespace releve::reports

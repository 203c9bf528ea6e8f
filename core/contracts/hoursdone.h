// The hours done for a contracted intervention (horodatage, DESIGN.md "Intervention record"):
// a record from the raw arrival and departure with the CPOM rounding beside them, hand entries
// and corrections flagged, and the correction rate the CPOM follows.
#pragma once

#include "core/domain/contract.h"
#include "core/domain/interventionrecord.h"
#include "core/rules/localday.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace releve::contracts {

// Where arrival and departure come from: a time-stamping device (télégestion), or a person
// typing them, which the CPOM counts as a correction.
enum class HoursSource {
    TimeStamping,
    Hand,
};

// The longest intervention a record accepts (the InterventionRecord codec's limit).
inline constexpr qint64 maximumRecordedMinutes = 24 * 60;

// The record of the hours done for one of the contract's interventions: raw arrival and
// departure in UTC (seconds kept), rounded start and duration by rules::roundTimestamp (CPOM
// Creuse 2022, ANNEXE V, règles 1 et 2), kilometres, `corrected` when typed by hand. The id is
// `recordId`, or a new UUID when empty; the owner is the lending structure, which records the
// hours. Errors: "not_found" (field "intervention_id") when the intervention is not the
// contract's; "required" (field "arrival" or "departure") for an invalid time;
// "out_of_range" (field "departure") when the departure is not after the arrival or more than
// 24 hours later, (field "kilometres") outside 0–2000.
domain::Result<domain::InterventionRecord>
recordHours(const domain::Contract &contract, const QString &interventionId,
            const QDateTime &arrival, const QDateTime &departure, int kilometres,
            HoursSource source, const QString &recordId = {});

// A record changed by hand: new raw times and kilometres, the rounding computed again, and
// `corrected` set when anything changed (an unchanged record is returned as it was). Errors:
// those of recordHours for the times and kilometres.
domain::Result<domain::InterventionRecord> correctHours(const domain::InterventionRecord &record,
                                                        const QDateTime &arrival,
                                                        const QDateTime &departure, int kilometres);

// The raw times beside the rounded ones, in local time, as a coordinator checks them:
// "08:02–09:58 → 08:00–09:55 (55 min)". Uses the record's rounding when set, else computes it.
QString describeHours(const domain::InterventionRecord &record, const QLocale &locale = QLocale(),
                      const QTimeZone &zone = rules::parisTimeZone());

// The correction rate of time stamps (CPOM Creuse 2022, ANNEXE II, indicators 47–53: "taux de
// correction", target 2–5 %): records entered or changed by hand over all records.
struct CorrectionRate
{
    int corrected = 0;
    int total = 0;

    // Percentage, 0 when there is no record.
    double percent() const { return total == 0 ? 0.0 : 100.0 * corrected / total; }
    // Within the CPOM's target of 2 to 5 %.
    bool isWithinTarget() const
    {
        return total > 0 && 50 * corrected >= total && 20 * corrected <= total;
    }

    static CorrectionRate of(const QList<domain::InterventionRecord> &records);
};

} // namespace releve::contracts

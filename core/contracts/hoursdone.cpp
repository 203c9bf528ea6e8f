#include "hoursdone.h"

#include "core/rules/rounding.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace releve::contracts {

namespace {
// The checks recordHours and correctHours share; empty when the values can be recorded.
domain::Errors checkHours(const QDateTime &arrival, const QDateTime &departure, int kilometres)
{
    domain::Errors errors;
    if (!arrival.isValid())
        errors.append(
            { u"required"_qs, u"arrival"_qs,
              QCoreApplication::translate("releve::contracts", "The arrival time is missing.") });
    if (!departure.isValid())
        errors.append(
            { u"required"_qs, u"departure"_qs,
              QCoreApplication::translate("releve::contracts", "The departure time is missing.") });
    if (arrival.isValid() && departure.isValid()
        && (departure <= arrival || arrival.secsTo(departure) > maximumRecordedMinutes * 60)) {
        errors.append({ u"out_of_range"_qs, u"departure"_qs,
                        QCoreApplication::translate(
                            "releve::contracts",
                            "The departure must be after the arrival, within 24 hours.") });
    }
    if (kilometres < 0 || kilometres > 2000) {
        errors.append({ u"out_of_range"_qs, u"kilometres"_qs,
                        QCoreApplication::translate(
                            "releve::contracts", "The kilometres must be between 0 and 2000.") });
    }
    return errors;
}

// Raw times in UTC with the CPOM rounding (règles 1 et 2).
void setTimes(domain::InterventionRecord &record, const QDateTime &arrival,
              const QDateTime &departure)
{
    record.arrival = arrival.toUTC();
    record.departure = departure.toUTC();
    const rules::RoundedTimestamp rounded = rules::roundTimestamp(record.arrival, record.departure);
    record.roundedStart = rounded.roundedStart;
    record.roundedMinutes = rounded.roundedMinutes;
}
} // namespace

domain::Result<domain::InterventionRecord> recordHours(const domain::Contract &contract,
                                                       const QString &interventionId,
                                                       const QDateTime &arrival,
                                                       const QDateTime &departure, int kilometres,
                                                       HoursSource source, const QString &recordId)
{
    const bool known = std::any_of(
        contract.interventions.cbegin(), contract.interventions.cend(),
        [&interventionId](const domain::Intervention &i) { return i.id == interventionId; });
    domain::Errors errors;
    if (!known) {
        errors.append({ u"not_found"_qs, u"intervention_id"_qs,
                        QCoreApplication::translate("releve::contracts",
                                                    "This intervention is not part of contract %1.")
                            .arg(contract.number) });
    }
    errors += checkHours(arrival, departure, kilometres);
    if (!errors.isEmpty())
        return errors;

    domain::InterventionRecord record;
    record.id = recordId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : recordId;
    record.structureId = contract.structureId;
    record.contractId = contract.id;
    record.interventionId = interventionId;
    setTimes(record, arrival, departure);
    record.kilometres = kilometres;
    record.corrected = source == HoursSource::Hand;
    return record;
}

domain::Result<domain::InterventionRecord> correctHours(const domain::InterventionRecord &record,
                                                        const QDateTime &arrival,
                                                        const QDateTime &departure, int kilometres)
{
    const domain::Errors errors = checkHours(arrival, departure, kilometres);
    if (!errors.isEmpty())
        return errors;
    if (arrival == record.arrival && departure == record.departure
        && kilometres == record.kilometres && record.roundedStart.isValid())
        return record;
    domain::InterventionRecord corrected = record;
    setTimes(corrected, arrival, departure);
    corrected.kilometres = kilometres;
    corrected.corrected = true;
    return corrected;
}

QString describeHours(const domain::InterventionRecord &record, const QLocale &locale,
                      const QTimeZone &zone)
{
    QDateTime start = record.roundedStart;
    int minutes = record.roundedMinutes;
    if (!start.isValid()) {
        const rules::RoundedTimestamp rounded
            = rules::roundTimestamp(record.arrival, record.departure);
        start = rounded.roundedStart;
        minutes = rounded.roundedMinutes;
    }
    const auto time = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toTimeZone(zone).time(), u"HH:mm"_qs) : u"?"_qs;
    };
    const QChar dash(0x2013);
    const QString raw = time(record.arrival) + dash + time(record.departure);
    if (!start.isValid())
        return raw;
    return QCoreApplication::translate("releve::contracts", "%1 → %2 (%3 min)")
        .arg(raw, time(start) + dash + time(start.addSecs(qint64(minutes) * 60)),
             locale.toString(minutes));
}

CorrectionRate CorrectionRate::of(const QList<domain::InterventionRecord> &records)
{
    CorrectionRate rate;
    rate.total = int(records.size());
    rate.corrected
        = int(std::count_if(records.cbegin(), records.cend(),
                            [](const domain::InterventionRecord &r) { return r.corrected; }));
    return rate;
}

} // namespace releve::contracts

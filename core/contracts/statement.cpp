#include "statement.h"

#include "core/rules/rounding.h"
#include "core/rules/tariffs.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace releve::contracts {

Statement Statement::build(const domain::Contract &contract,
                           const QList<domain::InterventionRecord> &records, int year, int month,
                           const WorkPlace &place)
{
    Statement s;
    s.contract = contract;
    s.year = year;
    s.month = month;
    s.place = place;
    const QDate first = s.firstDay();
    const QDate last = s.lastDay();
    const auto inMonth = [&](const QDate &day) {
        return day >= first && day <= last;
    };

    QHash<QString, const domain::Intervention *> planned;
    for (const domain::Intervention &i : contract.interventions)
        planned.insert(i.id, &i);

    QSet<QString> recorded;
    for (const domain::InterventionRecord &r : records) {
        if (r.contractId != contract.id)
            continue;
        StatementLine line;
        line.recordId = r.id;
        line.interventionId = r.interventionId;
        line.arrival = r.arrival;
        line.departure = r.departure;
        line.roundedStart = r.roundedStart;
        line.minutes = r.roundedMinutes;
        if (!line.roundedStart.isValid()) {
            const rules::RoundedTimestamp rounded = rules::roundTimestamp(r.arrival, r.departure);
            if (!rounded.isValid())
                continue; // no valid time stamp: the codec rejects such records
            line.roundedStart = rounded.roundedStart;
            line.minutes = rounded.roundedMinutes;
        }
        line.roundedEnd = line.roundedStart.addSecs(qint64(line.minutes) * 60);
        line.day = rules::localDate(line.roundedStart, place.zone);
        // A record counts in its month even when its intervention was planned in another.
        recorded.insert(r.interventionId);
        if (!inMonth(line.day))
            continue;
        if (const domain::Intervention *i = planned.value(r.interventionId)) {
            line.plannedStart = i->start;
            line.plannedEnd = i->end;
        }
        line.holiday = rules::isPublicHoliday(line.day, place.departement, place.goodFriday);
        line.dayClass = rules::classify(line.day, place.departement, place.goodFriday);
        line.kilometres = r.kilometres;
        line.corrected = r.corrected;
        s.lines.append(line);
    }
    std::stable_sort(s.lines.begin(), s.lines.end(),
                     [](const StatementLine &a, const StatementLine &b) {
                         return a.roundedStart < b.roundedStart;
                     });

    for (const domain::Intervention &i : contract.interventions) {
        if (!recorded.contains(i.id) && inMonth(rules::localDate(i.start, place.zone)))
            s.unrecorded.append(i);
    }
    std::stable_sort(s.unrecorded.begin(), s.unrecorded.end(),
                     [](const domain::Intervention &a, const domain::Intervention &b) {
                         return a.start < b.start;
                     });

    for (const StatementLine &line : std::as_const(s.lines)) {
        if (line.dayClass == rules::DayClass::SundayOrHoliday)
            s.sundayHolidayMinutes += line.minutes;
        else
            s.weekdayMinutes += line.minutes;
        s.kilometres += line.kilometres;
        if (line.corrected)
            ++s.correctedCount;
    }
    s.weekdayAmountCents = rules::amountForMinutes(s.weekdayMinutes, contract.hourlyRateCents);
    s.sundayHolidayAmountCents
        = rules::amountForMinutes(s.sundayHolidayMinutes, contract.hourlyRateCents);
    s.kilometresAmountCents = rules::amountForKilometres(s.kilometres, contract.kmRateCents);
    return s;
}

} // namespace releve::contracts

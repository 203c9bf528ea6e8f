#include "indicators.h"

#include "core/domain/entity.h"
#include "core/domain/vocabulary.h"
#include "core/rules/holidays.h"
#include "core/rules/localday.h"
#include "core/store/localstore.h"

#include <algorithm>

namespace releve::reports {

namespace {

template<typename T, typename Parse>
QList<T> parseAll(const store::LocalStore &store, const QString &entity, Parse parse)
{
    QList<T> out;
    for (const store::CachedRecord &record : store.records(entity)) {
        if (auto parsed = parse(record.data))
            out.append(std::move(parsed).value());
    }
    return out;
}

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return numerator / denominator;
}

} // namespace

ReportData ReportData::fromStore(const store::LocalStore &store)
{
    namespace entity = domain::entity;
    ReportData data;
    data.structures
        = parseAll<domain::Structure>(store, entity::structure, &domain::Structure::fromJson);
    data.requests = parseAll<domain::ReplacementRequest>(store, entity::request,
                                                         &domain::ReplacementRequest::fromJson);
    data.records = parseAll<domain::InterventionRecord>(store, entity::interventionRecord,
                                                        &domain::InterventionRecord::fromJson);
    for (const store::CachedRecord &record : store.records(entity::contract)) {
        QJsonObject json = record.data;
        // A referent's view has no worker (server/visibility.cpp): read it with a placeholder,
        // then forget the placeholder so that no worker is counted for it.
        const bool anonymous = !json.contains(QStringLiteral("staff_id"));
        if (anonymous) {
            json.insert(QStringLiteral("staff_id"), record.id);
            json.insert(QStringLiteral("staff_name"), QStringLiteral("-"));
        }
        auto contract = domain::Contract::fromJson(json);
        if (!contract)
            continue;
        if (anonymous) {
            contract.value().staffId.clear();
            contract.value().staffName.clear();
        }
        data.contracts.append(std::move(contract).value());
    }
    return data;
}

std::optional<domain::Structure> ReportData::structure(const QString &id) const
{
    for (const domain::Structure &s : structures) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QStringList ReportData::departements() const
{
    QStringList out;
    for (const domain::Structure &s : structures) {
        if (!s.departement.isEmpty() && !out.contains(s.departement))
            out.append(s.departement);
    }
    out.sort();
    return out;
}

QSet<QString> ReportData::structuresOf(const QString &departement) const
{
    QSet<QString> out;
    for (const domain::Structure &s : structures) {
        if (s.departement == departement)
            out.insert(s.id);
    }
    return out;
}

QDate ReportPeriod::localDate(const QDateTime &instant) const
{
    return rules::localDate(instant, zone);
}

bool ReportPeriod::contains(const QDateTime &instant) const
{
    if (!instant.isValid())
        return false;
    const QDate day = localDate(instant);
    return day >= firstDay() && day <= lastDay();
}

int compareToCorrectionTarget(double rate)
{
    if (rate < correctionTargetLow)
        return -1;
    return rate > correctionTargetHigh ? 1 : 0;
}

std::optional<qint64> median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2;
}

Indicators computeIndicators(const ReportData &data, const QSet<QString> &structureIds,
                             const ReportPeriod &period)
{
    Indicators out;
    for (const QString &status : domain::vocabulary::requestStatuses)
        out.requestsByStatus.insert(status, 0);

    QHash<QString, const domain::ReplacementRequest *> requestById;
    for (const domain::ReplacementRequest &q : data.requests)
        requestById.insert(q.id, &q);
    QHash<QString, QDateTime> firstContractAt; // request id → its earliest contract
    for (const domain::Contract &c : data.contracts) {
        auto it = firstContractAt.find(c.requestId);
        if (it == firstContractAt.end())
            firstContractAt.insert(c.requestId, c.createdAt);
        else if (c.createdAt.isValid() && (!it->isValid() || c.createdAt < *it))
            *it = c.createdAt;
    }

    // Requests: the month a request belongs to is the month of its first intervention.
    static const QStringList filled { QStringLiteral("accepted"), QStringLiteral("contracted"),
                                      QStringLiteral("done") };
    QList<qint64> timesToFill;
    for (const domain::ReplacementRequest &q : data.requests) {
        if (!structureIds.contains(q.structureId))
            continue;
        const QDateTime reference = q.interventions.isEmpty() ? q.publishedAt : q.span().start;
        if (!period.contains(reference))
            continue;
        ++out.requestCount;
        ++out.requestsByStatus[q.status];
        const bool asked
            = q.status != u"draft" && (q.status != u"cancelled" || q.publishedAt.isValid());
        if (!asked)
            continue;
        ++out.requestsAsked;
        if (!filled.contains(q.status))
            continue;
        ++out.requestsFilled;
        const QDateTime contractAt = firstContractAt.value(q.id);
        if (q.publishedAt.isValid() && contractAt.isValid() && contractAt >= q.publishedAt)
            timesToFill.append(q.publishedAt.secsTo(contractAt) / 60);
    }
    out.fillRate = ratio(out.requestsFilled, out.requestsAsked);
    out.timesToFillCount = int(timesToFill.size());
    out.medianMinutesToFill = median(timesToFill);

    QHash<QString, const domain::InterventionRecord *> recordByIntervention;
    for (const domain::InterventionRecord &r : data.records)
        recordByIntervention.insert(r.contractId + u'/' + r.interventionId, &r);

    DayTally tallies[2]; // by rules::DayClass
    // beneficiary (requester + reference) → workers, by day class and over both
    QHash<QString, QSet<QString>> workers[3];

    for (const domain::Contract &c : data.contracts) {
        const bool lent = structureIds.contains(c.structureId);
        const bool borrowed = structureIds.contains(c.user.structureId);
        if (!lent && !borrowed)
            continue;
        // The place of work decides the holidays (L3134-13): the user structure's département.
        const std::optional<domain::Structure> place = data.structure(c.user.structureId);
        const domain::ReplacementRequest *request = requestById.value(c.requestId);
        const QString beneficiary = request && !request->beneficiaryRef.isEmpty()
            ? request->structureId + u'/' + request->beneficiaryRef
            : QString();
        bool counted = false;
        for (const domain::Intervention &i : c.interventions) {
            if (!period.contains(i.start))
                continue;
            counted = true;
            const qint64 minutes = i.start.secsTo(i.end) / 60;
            const domain::InterventionRecord *record
                = recordByIntervention.value(c.id + u'/' + i.id);
            const qint64 done = record ? record->roundedMinutes : 0;
            if (lent) {
                out.minutesLent += minutes;
                out.minutesLentDone += done;
            }
            if (borrowed) {
                out.minutesBorrowed += minutes;
                out.minutesBorrowedDone += done;
            }
            const QDate day = period.localDate(i.start);
            const rules::DayClass dayClass
                = place ? rules::classify(day, *place) : rules::classify(day);
            DayTally &tally = tallies[int(dayClass)];
            const bool past = !period.asOf.isValid() || i.end <= period.asOf;
            if (past)
                tally.plannedMinutes += minutes;
            if (record && past) {
                tally.doneMinutes += done;
                ++tally.records;
                if (record->corrected)
                    ++tally.corrected;
            }
            if (borrowed && !beneficiary.isEmpty() && !c.staffId.isEmpty()) {
                workers[int(dayClass)][beneficiary].insert(c.staffId);
                workers[2][beneficiary].insert(c.staffId);
            }
        }
        if (counted)
            ++out.contractCount;
    }

    const auto average = [](const QHash<QString, QSet<QString>> &byBeneficiary) {
        qint64 sum = 0;
        for (const QSet<QString> &set : byBeneficiary)
            sum += set.size();
        return ratio(double(sum), double(byBeneficiary.size()));
    };
    const int weekday = int(rules::DayClass::Weekday);
    const int sunday = int(rules::DayClass::SundayOrHoliday);
    out.workersPerBeneficiary
        = { average(workers[weekday]), average(workers[sunday]), average(workers[2]) };
    out.beneficiaryCount = int(workers[2].size());

    const DayTally &w = tallies[weekday];
    const DayTally &s = tallies[sunday];
    out.weekday = w;
    out.sundayOrHoliday = s;
    out.plannedMinutes = w.plannedMinutes + s.plannedMinutes;
    out.doneMinutes = w.doneMinutes + s.doneMinutes;
    // Without a single time stamp, the hours done are unknown (a referent receives none), not 0.
    if (w.records + s.records > 0)
        out.effectivityRate = { ratio(double(w.doneMinutes), double(w.plannedMinutes)),
                                ratio(double(s.doneMinutes), double(s.plannedMinutes)),
                                ratio(double(out.doneMinutes), double(out.plannedMinutes)) };
    out.recordCount = w.records + s.records;
    out.correctedCount = w.corrected + s.corrected;
    out.correctionRate = { ratio(w.corrected, w.records), ratio(s.corrected, s.records),
                           ratio(out.correctedCount, out.recordCount) };
    return out;
}

} // namespace releve::reports

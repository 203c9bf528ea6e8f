#include "reporttable.h"

#include "core/domain/vocabulary.h"
#include "core/exchange/csv.h"

namespace releve::reports {

QString ReportTable::requestStatus(const QString &status)
{
    if (status == u"draft")
        return tr("Draft");
    if (status == u"published")
        return tr("Published");
    if (status == u"proposed")
        return tr("Proposed");
    if (status == u"accepted")
        return tr("Accepted");
    if (status == u"contracted")
        return tr("Contracted");
    if (status == u"done")
        return tr("Done");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"expired")
        return tr("Expired");
    return status;
}

QString ReportTable::percent(const std::optional<double> &rate, const QLocale &locale)
{
    if (!rate)
        return QStringLiteral("—");
    return tr("%1 %").arg(locale.toString(*rate * 100.0, 'f', 1));
}

QString ReportTable::hours(qint64 minutes, const QLocale &locale)
{
    return tr("%1 h").arg(locale.toString(double(minutes) / 60.0, 'f', 1));
}

QString ReportTable::duration(const std::optional<qint64> &minutes, const QLocale &locale)
{
    if (!minutes)
        return QStringLiteral("—");
    const qint64 m = *minutes;
    if (m < 60)
        return tr("%1 min").arg(m);
    if (m < 48 * 60)
        return tr("%1 h %2 min").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 days").arg(locale.toString(double(m) / (24.0 * 60.0), 'f', 1));
}

QString ReportTable::monthName(const QDate &month, const QLocale &locale)
{
    return locale.toString(QDate(month.year(), month.month(), 1), QStringLiteral("MMMM yyyy"));
}

QList<ReportRow> ReportTable::rows(const Indicators &in, const QLocale &locale)
{
    QList<ReportRow> out;
    const auto number = [&locale](const std::optional<double> &value) {
        return value ? locale.toString(*value, 'f', 2) : QStringLiteral("—");
    };
    out.append({ tr("Requests"), locale.toString(in.requestCount),
                 tr("first intervention in the month") });
    for (const QString &status : domain::vocabulary::requestStatuses)
        out.append({ tr("Requests: %1").arg(requestStatus(status)),
                     locale.toString(in.requestsByStatus.value(status)),
                     {} });
    out.append({ tr("Fill rate"), percent(in.fillRate, locale),
                 tr("%1 filled of %2 published").arg(in.requestsFilled).arg(in.requestsAsked) });
    out.append({ tr("Median time to fill"), duration(in.medianMinutesToFill, locale),
                 tr("from publication to contract, %1 requests").arg(in.timesToFillCount) });
    const auto done = [&](qint64 minutes) {
        return in.recordCount > 0 ? tr("%1 done").arg(hours(minutes, locale))
                                  : tr("no time stamp received");
    };
    out.append({ tr("Hours lent"), hours(in.minutesLent, locale), done(in.minutesLentDone) });
    out.append(
        { tr("Hours borrowed"), hours(in.minutesBorrowed, locale), done(in.minutesBorrowedDone) });
    const QString beneficiaries
        = tr("%1 beneficiaries (CPOM items 47–48)").arg(in.beneficiaryCount);
    out.append({ tr("Workers per beneficiary, weekdays"), number(in.workersPerBeneficiary.weekday),
                 beneficiaries });
    out.append({ tr("Workers per beneficiary, Sundays and public holidays"),
                 number(in.workersPerBeneficiary.sundayOrHoliday), beneficiaries });
    const auto effectivity = [&](const DayTally &t) {
        return tr("%1 done of %2 planned (CPOM items 49–50)")
            .arg(hours(t.doneMinutes, locale), hours(t.plannedMinutes, locale));
    };
    out.append({ tr("Effectivity rate, weekdays"), percent(in.effectivityRate.weekday, locale),
                 effectivity(in.weekday) });
    out.append({ tr("Effectivity rate, Sundays and public holidays"),
                 percent(in.effectivityRate.sundayOrHoliday, locale),
                 effectivity(in.sundayOrHoliday) });
    const auto correction = [](const DayTally &t) {
        return tr("%1 corrected of %2 time stamps (CPOM items 51–52)")
            .arg(t.corrected)
            .arg(t.records);
    };
    out.append({ tr("Correction rate, weekdays"), percent(in.correctionRate.weekday, locale),
                 correction(in.weekday) });
    out.append({ tr("Correction rate, Sundays and public holidays"),
                 percent(in.correctionRate.sundayOrHoliday, locale),
                 correction(in.sundayOrHoliday) });
    QString target = tr("target 2 % to 5 %");
    if (in.correctionRate.all) {
        const int where = compareToCorrectionTarget(*in.correctionRate.all);
        target = where < 0 ? tr("below the 2 % to 5 % target")
            : where > 0    ? tr("above the 2 % to 5 % target")
                           : tr("within the 2 % to 5 % target");
    }
    out.append({ tr("Correction rate"), percent(in.correctionRate.all, locale),
                 tr("%1 corrected of %2, %3 (CPOM item 53)")
                     .arg(in.correctedCount)
                     .arg(in.recordCount)
                     .arg(target) });
    return out;
}

QByteArray ReportTable::toCsv(const QString &scope, const ReportPeriod &period,
                              const QList<ReportRow> &rows, const QLocale &locale)
{
    QList<QStringList> lines;
    lines.append({ scope, monthName(period.month, locale), {} });
    for (const ReportRow &row : rows)
        lines.append({ row.indicator, row.value, row.basis });
    return exchange::writeCsv({ tr("Indicator"), tr("Value"), tr("Basis") }, lines);
}

QList<Indicators> monthlySeries(const ReportData &data, const QSet<QString> &structureIds,
                                const ReportPeriod &period, int count)
{
    QList<Indicators> out;
    for (int back = count - 1; back >= 0; --back) {
        ReportPeriod month = period;
        month.month = period.firstDay().addMonths(-back);
        out.append(computeIndicators(data, structureIds, month));
    }
    return out;
}

} // namespace releve::reports

#include "labourlimits.h"

#include "core/domain/staffmember.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace releve::rules {

namespace {
struct Work
{
    QDateTime start; // local
    QDateTime end; // local
    QString interventionId; // empty for a known commitment
    bool isProposed() const { return !interventionId.isEmpty(); }
};

QString duration(qint64 minutes)
{
    return QStringLiteral("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString dayText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The first proposed intervention among the work, or an empty id.
QString firstProposed(const QList<const Work *> &work)
{
    for (const Work *w : work) {
        if (w->isProposed())
            return w->interventionId;
    }
    return {};
}
} // namespace

LabourLimits LabourLimits::of(const domain::StaffMember &staff)
{
    LabourLimits limits;
    limits.weeklyCeilingMinutes = staff.weeklyHoursCeiling * 60;
    return limits;
}

QList<Warning> checkLabourLimits(const QList<domain::TimeRange> &commitments,
                                 const QList<domain::Intervention> &proposed,
                                 const LabourLimits &limits)
{
    QList<Warning> warnings;
    QList<Work> work;
    for (const domain::TimeRange &c : commitments) {
        if (c.start.isValid() && c.end.isValid())
            work.append({ c.start.toTimeZone(limits.zone), c.end.toTimeZone(limits.zone), {} });
    }
    for (const domain::Intervention &i : proposed) {
        if (i.start.isValid() && i.end.isValid())
            work.append({ i.start.toTimeZone(limits.zone), i.end.toTimeZone(limits.zone), i.id });
    }
    std::stable_sort(work.begin(), work.end(),
                     [](const Work &a, const Work &b) { return a.start < b.start; });

    // Overlaps involving a proposed intervention.
    for (qsizetype i = 0; i < work.size(); ++i) {
        for (qsizetype j = i + 1; j < work.size() && work.at(j).start < work.at(i).end; ++j) {
            const Work &a = work.at(i);
            const Work &b = work.at(j);
            if (!a.isProposed() && !b.isProposed())
                continue;
            const Work &at = b.isProposed() ? b : a;
            warnings.append(
                { warningcode::overlap,
                  Severity::Warning,
                  at.interventionId,
                  QCoreApplication::translate("releve::rules",
                                              "%1 %2–%3 overlaps other work of the worker (%4–%5).")
                      .arg(dayText(at.start.date()), at.start.time().toString(u"HH:mm"),
                           at.end.time().toString(u"HH:mm"),
                           (&at == &a ? b : a).start.time().toString(u"HH:mm"),
                           (&at == &a ? b : a).end.time().toString(u"HH:mm")),
                  {} });
        }
    }

    // Work by local day of its start, and by ISO week.
    QMap<QDate, QList<const Work *>> byDay;
    for (const Work &w : work)
        byDay[w.start.date()].append(&w);

    // Daily span.
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const QString id = firstProposed(it.value());
        if (id.isEmpty())
            continue;
        QDateTime last = it.value().first()->end;
        for (const Work *w : it.value())
            last = std::max(last, w->end);
        const qint64 span = it.value().first()->start.secsTo(last) / 60;
        if (span > limits.maxDailySpanMinutes) {
            warnings.append(
                { warningcode::dailySpan,
                  Severity::Warning,
                  id,
                  QCoreApplication::translate("releve::rules",
                                              "On %1 the working day spans %2, more than %3.")
                      .arg(dayText(it.key()), duration(span), duration(limits.maxDailySpanMinutes)),
                  {} });
        }
    }

    // Daily rest between consecutive working days.
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const auto next = std::next(it);
        if (next == byDay.cend() || it.key().addDays(1) != next.key())
            continue;
        const Work *lastOfDay = it.value().first();
        for (const Work *w : it.value()) {
            if (w->end > lastOfDay->end)
                lastOfDay = w;
        }
        const Work *firstOfNext = next.value().first();
        if (!lastOfDay->isProposed() && !firstOfNext->isProposed())
            continue;
        const qint64 rest = lastOfDay->end.secsTo(firstOfNext->start) / 60;
        if (rest < limits.dailyRestMinutes) {
            const Work *at = firstOfNext->isProposed() ? firstOfNext : lastOfDay;
            warnings.append(
                { warningcode::dailyRest,
                  Severity::Warning,
                  at->interventionId,
                  QCoreApplication::translate(
                      "releve::rules",
                      "Only %1 of rest between %2 and %3, less than the daily rest of %4.")
                      .arg(duration(std::max<qint64>(rest, 0)), dayText(it.key()),
                           dayText(next.key()), duration(limits.dailyRestMinutes)),
                  {} });
        }
    }

    // Consecutive working days: a day is worked if work starts on it.
    for (auto it = byDay.cbegin(); it != byDay.cend();) {
        auto end = std::next(it);
        QDate last = it.key();
        while (end != byDay.cend() && end.key() == last.addDays(1)) {
            last = end.key();
            ++end;
        }
        const qint64 days = it.key().daysTo(last) + 1;
        if (days > limits.maxConsecutiveDays) {
            QString id;
            for (auto d = it; d != end && id.isEmpty(); ++d)
                id = firstProposed(d.value());
            if (!id.isEmpty()) {
                warnings.append({ warningcode::consecutiveDays,
                                  Severity::Warning,
                                  id,
                                  QCoreApplication::translate(
                                      "releve::rules",
                                      "%1 working days in a row, from %2 to %3: at most %4 are "
                                      "allowed.")
                                      .arg(days)
                                      .arg(dayText(it.key()), dayText(last))
                                      .arg(limits.maxConsecutiveDays),
                                  {} });
            }
        }
        it = end;
    }

    // Weekly ceiling, Monday to Sunday.
    QMap<QDate, QList<const Work *>> byWeek;
    for (const Work &w : work)
        byWeek[w.start.date().addDays(1 - w.start.date().dayOfWeek())].append(&w);
    for (auto it = byWeek.cbegin(); it != byWeek.cend(); ++it) {
        const QString id = firstProposed(it.value());
        if (id.isEmpty())
            continue;
        qint64 total = 0;
        for (const Work *w : it.value())
            total += w->start.secsTo(w->end) / 60;
        if (total > limits.weeklyCeilingMinutes) {
            warnings.append({ warningcode::weeklyCeiling,
                              Severity::Warning,
                              id,
                              QCoreApplication::translate(
                                  "releve::rules",
                                  "The week of %1 totals %2, above the worker's ceiling of %3.")
                                  .arg(dayText(it.key()), duration(total),
                                       duration(limits.weeklyCeilingMinutes)),
                              {} });
        }
    }
    return warnings;
}

} // namespace releve::rules

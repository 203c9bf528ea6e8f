#include "hospitalstay.h"

#include <QCoreApplication>
#include <QLocale>

namespace releve::rules {

namespace {
QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}
} // namespace

bool HospitalStay::inHospitalOn(const QDate &date) const
{
    return isValid() && date >= admission && (!discharge.isValid() || date < discharge);
}

QDate HospitalStay::lastKeptDay() const
{
    return isValid() ? admission.addDays(keptDays - 1) : QDate();
}

QDate HospitalStay::suspendedFrom() const
{
    if (!isValid() || homeHospitalisation)
        return {};
    const QDate from = admission.addDays(keptDays);
    if (discharge.isValid() && firstOfMonth(discharge) <= from)
        return {};
    return from;
}

QDate HospitalStay::resumesOn() const
{
    if (!suspendedFrom().isValid() || !discharge.isValid())
        return {};
    return firstOfMonth(discharge);
}

AllowanceStatus HospitalStay::statusOn(const QDate &date) const
{
    const QDate from = suspendedFrom();
    if (!from.isValid() || date < from)
        return AllowanceStatus::Kept;
    const QDate resumes = resumesOn();
    if (resumes.isValid() && date >= resumes)
        return AllowanceStatus::Resumed;
    return AllowanceStatus::Suspended;
}

QList<Warning> checkHospitalStay(const HospitalStay &stay,
                                 const QList<domain::Intervention> &interventions,
                                 const QTimeZone &zone)
{
    QList<Warning> warnings;
    // HAD: the person is cared for at home and the allowance runs as usual.
    if (!stay.isValid() || stay.homeHospitalisation)
        return warnings;
    const QLocale locale;
    for (const domain::Intervention &intervention : interventions) {
        const QDate day = localDate(intervention.start, zone);
        if (stay.statusOn(day) == AllowanceStatus::Suspended) {
            warnings.append(
                { warningcode::hospitalSuspended,
                  Severity::Warning,
                  intervention.id,
                  QCoreApplication::translate(
                      "releve::rules",
                      "On %1 the allowance is suspended: the hospital stay started on %2 "
                      "and its first 30 days ended on %3 (CASF R232-32). It resumes from "
                      "the first day of the month of discharge.")
                      .arg(locale.toString(day, QLocale::ShortFormat),
                           locale.toString(stay.admission, QLocale::ShortFormat),
                           locale.toString(stay.lastKeptDay(), QLocale::ShortFormat)),
                  {} });
        } else if (stay.inHospitalOn(day)) {
            const qint64 dayOfStay = stay.admission.daysTo(day) + 1;
            const QString message = dayOfStay <= HospitalStay::keptDays
                ? QCoreApplication::translate(
                      "releve::rules",
                      "On %1 the beneficiary is in hospital (day %2 of the 30 during which "
                      "the allowance is kept): only hours approved by the département, "
                      "such as laundry or shopping before the return home, may be "
                      "delivered.")
                      .arg(locale.toString(day, QLocale::ShortFormat))
                      .arg(dayOfStay)
                : QCoreApplication::translate(
                      "releve::rules",
                      "On %1 the beneficiary is in hospital: only hours approved by the "
                      "département may be delivered.")
                      .arg(locale.toString(day, QLocale::ShortFormat));
            warnings.append(
                { warningcode::hospitalStay, Severity::Info, intervention.id, message, {} });
        }
    }
    return warnings;
}

} // namespace releve::rules

#include "interventionchecks.h"

#include "holidays.h"

#include "core/domain/structure.h"

#include <QCoreApplication>
#include <QLocale>

namespace releve::rules {

namespace {
QString hhmm(const QTime &time)
{
    return time.toString(u"HH:mm");
}
} // namespace

InterventionSettings InterventionSettings::of(const domain::Structure &structure)
{
    InterventionSettings s;
    s.amplitudeStart = structure.amplitudeStart;
    s.amplitudeEnd = structure.amplitudeEnd;
    s.minimumMinutes = structure.minInterventionMinutes;
    s.departement = structure.departement;
    s.goodFriday = structure.goodFridayHoliday;
    s.zone = timeZoneNamed(structure.timeZone);
    return s;
}

QList<Warning> checkIntervention(const domain::Intervention &intervention,
                                 const InterventionSettings &settings)
{
    QList<Warning> warnings;
    if (!intervention.start.isValid() || !intervention.end.isValid())
        return warnings;
    const QDateTime start = intervention.start.toTimeZone(settings.zone);
    const QDateTime end = intervention.end.toTimeZone(settings.zone);
    const QLocale locale;

    // Amplitude (LABEL VIE: 07:00–21:00); an end exactly at the amplitude's end is inside.
    if (start.time() < settings.amplitudeStart || end.date() > start.date()
        || end.time() > settings.amplitudeEnd) {
        warnings.append(
            { warningcode::outsideAmplitude,
              Severity::Warning,
              intervention.id,
              QCoreApplication::translate("releve::rules",
                                          "%1–%2 is outside the working amplitude of the structure "
                                          "(%3–%4).")
                  .arg(hhmm(start.time()), hhmm(end.time()), hhmm(settings.amplitudeStart),
                       hhmm(settings.amplitudeEnd)),
              {} });
    }

    const qint64 minutes = intervention.start.secsTo(intervention.end) / 60;
    if (minutes < settings.minimumMinutes) {
        warnings.append({ warningcode::belowMinimum,
                          Severity::Warning,
                          intervention.id,
                          QCoreApplication::translate(
                              "releve::rules",
                              "The intervention lasts %1 min, less than the minimum of %2 min.")
                              .arg(minutes)
                              .arg(settings.minimumMinutes),
                          {} });
    }

    // CPOM indicators count weekdays apart from Sundays and holidays (informational).
    const QDate day = start.date();
    const QString holiday = holidayName(day, settings.departement, settings.goodFriday);
    if (!holiday.isEmpty()) {
        warnings.append(
            { warningcode::publicHoliday,
              Severity::Info,
              intervention.id,
              QCoreApplication::translate("releve::rules", "%1 is a public holiday (%2).")
                  .arg(locale.toString(day, QLocale::LongFormat), holiday),
              {} });
    } else if (day.dayOfWeek() == Qt::Sunday) {
        warnings.append({ warningcode::sunday,
                          Severity::Info,
                          intervention.id,
                          QCoreApplication::translate("releve::rules", "%1 is a Sunday.")
                              .arg(locale.toString(day, QLocale::LongFormat)),
                          {} });
    }

    if (settings.hospitalStay)
        warnings.append(checkHospitalStay(*settings.hospitalStay, { intervention }, settings.zone));
    return warnings;
}

QList<Warning> checkInterventions(const QList<domain::Intervention> &interventions,
                                  const InterventionSettings &settings)
{
    QList<Warning> warnings;
    for (const domain::Intervention &intervention : interventions)
        warnings.append(checkIntervention(intervention, settings));
    return warnings;
}

} // namespace releve::rules

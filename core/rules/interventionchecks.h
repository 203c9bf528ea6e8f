// Checks of one intervention against the structure's settings, raising warnings the
// coordinator may override with a reason (DESIGN.md, "Amplitude and minimum duration",
// "Sundays and public holidays", "Hospital stay"). Nothing here changes an intervention.
#pragma once

#include "hospitalstay.h"
#include "localday.h"
#include "warning.h"

#include "core/domain/replacementrequest.h"

#include <QTime>

#include <optional>

namespace releve::domain {
struct Structure;
}

namespace releve::rules {

struct InterventionSettings
{
    // LABEL VIE working amplitude, the default of every structure: 07:00–21:00 local time.
    QTime amplitudeStart = QTime(7, 0);
    QTime amplitudeEnd = QTime(21, 0);
    // One hour; 30 minutes is an exception the coordinator justifies by overriding.
    int minimumMinutes = 60;
    QString departement; // of the place of work, for the public holidays
    bool goodFriday = false; // Alsace-Moselle communes with a Protestant or mixed church
    QTimeZone zone = parisTimeZone();
    std::optional<HospitalStay> hospitalStay; // the beneficiary's, when known

    // The settings of the structure where the work is done.
    static InterventionSettings of(const domain::Structure &structure);
};

// Warnings for one intervention, in this order:
// - outside_amplitude (warning): starts before or ends after the amplitude, local time, or
//   runs past midnight;
// - below_minimum (warning): shorter than the minimum;
// - sunday / public_holiday (info): the local day of its start, with the holiday's name;
// - hospital_stay (info) / hospital_suspended (warning): see checkHospitalStay.
QList<Warning> checkIntervention(const domain::Intervention &intervention,
                                 const InterventionSettings &settings = {});
// The warnings of every intervention, in the order of the list.
QList<Warning> checkInterventions(const QList<domain::Intervention> &interventions,
                                  const InterventionSettings &settings = {});

} // namespace releve::rules

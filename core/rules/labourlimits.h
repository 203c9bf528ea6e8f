// Labour limits checked when a lending coordinator proposes a worker (DESIGN.md, "Labour
// limits"). The platform knows only part of a worker's week (the commitments recorded in
// Relève), so these are warnings computed on what is known, never refusals. Days and weeks are
// local (Europe/Paris); work that runs past midnight belongs to the day it starts.
//
// Sources (reference/domain-facts.md, "Collective agreements"):
// - IDCC 2941 (branche de l'aide à domicile), rest, legifrance KALIARTI000033116262:
//   "11 h daily; … max 6 consecutive days";
// - IDCC 2941, span: "12 h (13 h in home-nursing services …)", from the 2000 working-time
//   accord (ASH no. 2204), to be checked against the current convention;
// - the weekly ceiling is the staff member's own (StaffMember::weeklyHoursCeiling).
#pragma once

#include "localday.h"
#include "warning.h"

#include "core/domain/replacementrequest.h"

namespace releve::domain {
struct StaffMember;
}

namespace releve::rules {

struct LabourLimits
{
    int dailyRestMinutes = 11 * 60; // between the last work of a day and the first of the next
    int maxConsecutiveDays = 6;
    int maxDailySpanMinutes = 12 * 60; // from the first start to the last end of a day
    int weeklyCeilingMinutes = 35 * 60; // Monday to Sunday
    QTimeZone zone = parisTimeZone();

    // The defaults, with the staff member's weekly ceiling.
    static LabourLimits of(const domain::StaffMember &staff);
};

// Warnings for proposing a worker for `proposed`, given the worker's known `commitments`
// (contracted interventions, in this or another structure). A warning is raised only where a
// proposed intervention takes part in the excess, and names that intervention:
// - overlap: a proposed intervention overlaps a commitment or another proposed one;
// - daily_rest: less than the daily rest between two consecutive working days;
// - consecutive_days: more working days in a row than the maximum (one warning per run, on
//   the run's first proposed intervention);
// - daily_span: a day's span longer than the maximum (on the day's first proposed one);
// - weekly_ceiling: a week's total above the ceiling (on the week's first proposed one).
QList<Warning> checkLabourLimits(const QList<domain::TimeRange> &commitments,
                                 const QList<domain::Intervention> &proposed,
                                 const LabourLimits &limits = {});

} // namespace releve::rules

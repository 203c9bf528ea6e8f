// Proration of a monthly care plan (plan d'aide) that starts or ends within a month,
// CPOM Creuse 2022, ANNEXE V, "Proratisation des plans d'aide": "Les plans d'aide débutant ou
// se terminant en cours de mois seront proratisés en fonction du nombre de jours durant
// lesquels un droit était ouvert."
//
// Interpretation. The CPOM's example reads: "pour une prestation de 30 heures débutant le 10e
// jour d'un mois en comportant 30, le service pourra effectuer 20 heures". 20 h out of 30 is 20
// covered days out of 30: the example counts the 10th as the last day *without* rights
// (30 − 10 = 20), as DESIGN.md words it ("the 10 first days not covered"). Counting the 10th
// as covered would give 21 days and 21 h. To leave no doubt this API takes the first and the
// last day on which rights ARE open, both included: the CPOM example is rightsFrom = the 11th.
// Callers holding a "start day" in the CPOM's sense pass the day after it.
#pragma once

#include <QDate>

namespace releve::rules {

// Days of the month of `month` (any day of it) on which rights are open, rightsFrom and
// rightsTo included; an invalid rightsFrom means open since before the month, an invalid
// rightsTo open beyond it.
int openDays(const QDate &month, const QDate &rightsFrom, const QDate &rightsTo);

// The plan's minutes for that month: planMinutes × openDays ÷ days in the month, rounded down
// to the whole minute (the service may not deliver more than the rights open; a fraction of a
// minute is never owed). Returns 0 for a month without open rights or an invalid month.
int proratePlanMinutes(int planMinutes, const QDate &month, const QDate &rightsFrom,
                       const QDate &rightsTo);

} // namespace releve::rules

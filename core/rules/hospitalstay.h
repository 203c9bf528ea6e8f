// A beneficiary's hospital stay and its effect on the allowance (APA), CASF R232-32 and
// CPOM Creuse 2022, ANNEXE V, "Hospitalisation": the allowance is kept for the first 30 days of
// a hospital stay, then suspended; it resumes, without a new application, from the first day of
// the month of discharge. Home hospitalisation (HAD) does not suspend it. During the 30 days the
// agency may, with the département's approval, still deliver some hours ("gestion du linge de
// l'utilisateur, ménage ou courses avant retour à domicile").
#pragma once

#include "localday.h"
#include "warning.h"

#include "core/domain/replacementrequest.h"

#include <QDate>

namespace releve::rules {

enum class AllowanceStatus {
    Kept, // no stay, within the first 30 days, HAD, or a stay too short to be suspended
    Suspended, // past the 30th day, before the first day of the month of discharge
    Resumed, // from the first day of the month of discharge, after a suspension
};

struct HospitalStay
{
    static constexpr int keptDays = 30; // R232-32: "les trente premiers jours"

    QDate admission; // day 1 of the stay
    QDate discharge; // invalid while the person is still in hospital
    bool homeHospitalisation = false; // HAD: the allowance is not suspended

    bool isValid() const { return admission.isValid(); }
    // Whether the person is in hospital that day (the day of discharge is a day at home).
    bool inHospitalOn(const QDate &date) const;
    // The last day the allowance is kept: admission + 29 (the 30th day of the stay).
    QDate lastKeptDay() const;
    // The first day of the suspension, or an invalid date when the allowance is never suspended:
    // HAD, or a discharge whose month starts on or before the 31st day (the resumption from the
    // first of that month then covers the days after the 30th).
    QDate suspendedFrom() const;
    // The first day of the month of discharge, when the allowance was suspended; invalid
    // otherwise (still suspended, or never suspended).
    QDate resumesOn() const;
    AllowanceStatus statusOn(const QDate &date) const;
};

// Flags the interventions of a request or schedule, by their local day:
// - past the 30-day point while the allowance is suspended: warning hospital_suspended;
// - during the stay, within the 30 days: info hospital_stay (hours need the département's
//   approval and are limited to what the return home needs).
QList<Warning> checkHospitalStay(const HospitalStay &stay,
                                 const QList<domain::Intervention> &interventions,
                                 const QTimeZone &zone = parisTimeZone());

} // namespace releve::rules

// The hours actually done for one contracted intervention (horodatage), with the CPOM
// rounding applied (DESIGN.md, "Intervention record").
#pragma once

#include "error.h"

#include <QDateTime>

namespace releve::domain {

struct InterventionRecord
{
    QString id;
    QString structureId; // the lending structure that records the hours
    QString contractId;
    QString interventionId;
    QDateTime arrival; // raw, UTC
    QDateTime departure; // raw, UTC
    QDateTime roundedStart; // CPOM ANNEXE V, règle 1
    int roundedMinutes = 0; // CPOM ANNEXE V, règle 2
    int kilometres = 0;
    bool corrected = false; // entered or changed by hand rather than by time stamping

    QJsonObject toJson() const;
    static Result<InterventionRecord> fromJson(const QJsonObject &object);
};

} // namespace releve::domain

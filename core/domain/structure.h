// An agency or establishment (DESIGN.md, "Structure").
#pragma once

#include "error.h"
#include "geopoint.h"

#include <QTime>

namespace releve::domain {

struct Structure
{
    QString id;
    QString kind = QStringLiteral("saad");
    QString legalForm = QStringLiteral("association");
    QString name;
    QString siret; // 14 digits
    QString finess; // 9 characters
    QString authorisation; // the département's authorisation reference, printed on contracts
    QString address;
    GeoPoint location;
    QString departement; // "23", "2A", "971"
    QString area; // intervention area, free text
    qint64 hourlyRateCents = 2222; // CPOM Creuse 2022: 22.22 €/h
    qint64 kmRateCents = 38; // IDCC 2941 avenant 50-2022: 0.38 €/km
    QTime amplitudeStart = QTime(7, 0); // LABEL VIE: 07:00–21:00
    QTime amplitudeEnd = QTime(21, 0);
    int minInterventionMinutes = 60;
    bool sharesStaff = true;
    bool charterSigned = false;
    bool goodFridayHoliday = false; // Alsace-Moselle communes with a Protestant church
    QString timeZone = QStringLiteral("Europe/Paris");

    QJsonObject toJson() const;
    static Result<Structure> fromJson(const QJsonObject &object);
};

} // namespace releve::domain

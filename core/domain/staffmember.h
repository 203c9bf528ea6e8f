// A staff member (intervenant·e) of one structure (DESIGN.md, "Staff member").
// Other structures never see the private fields: they get a StaffMember::publicView().
#pragma once

#include "error.h"
#include "geopoint.h"

#include <QDateTime>
#include <QStringList>

namespace releve::domain {

struct StaffMember
{
    QString id;
    QString structureId;
    // Private: only the employer, and the two parties of a contract, ever see these.
    QString firstName;
    QString lastName;
    QString phone;
    GeoPoint home;
    // Shared with other structures when consent is given.
    QString qualification = QStringLiteral("none");
    QStringList skills;
    QString mobility = QStringLiteral("car");
    int maxTravelKm = 20;
    int weeklyHoursCeiling = 35;
    bool consentSharing = false;
    bool active = true;
    QDateTime availabilityConfirmedAt; // when the coordinator last confirmed the availability
    // Only present in the public view another structure receives.
    QString distanceBand;

    QString pseudonym() const; // stable, derived from the id: "Intervenant·e 7F3A"
    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }

    QJsonObject toJson() const;
    // What another structure may receive: pseudonym, qualification, skills, distance band.
    QJsonObject publicJson(const QString &distanceBand) const;
    static Result<StaffMember> fromJson(const QJsonObject &object);
    static QString distanceBandFor(double km); // "< 5 km", "5–10 km", "10–20 km"…
    static const QStringList &privateFields();
};

} // namespace releve::domain

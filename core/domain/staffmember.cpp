#include "staffmember.h"

#include "jsonreader.h"
#include "vocabulary.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace releve::domain {

QString StaffMember::pseudonym() const
{
    const QByteArray digest = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("Intervenant·e %1").arg(QString::fromLatin1(digest.left(2).toHex().toUpper()));
}

const QStringList &StaffMember::privateFields()
{
    static const QStringList fields{ QStringLiteral("first_name"), QStringLiteral("last_name"),
                                     QStringLiteral("phone"), QStringLiteral("home") };
    return fields;
}

QString StaffMember::distanceBandFor(double km)
{
    if (std::isnan(km))
        return QStringLiteral("unknown");
    if (km < 5)
        return QStringLiteral("0-5 km");
    if (km < 10)
        return QStringLiteral("5-10 km");
    if (km < 20)
        return QStringLiteral("10-20 km");
    if (km < 40)
        return QStringLiteral("20-40 km");
    return QStringLiteral("40+ km");
}

QJsonObject StaffMember::toJson() const
{
    QJsonObject o{ { QStringLiteral("id"), id },
                   { QStringLiteral("structure_id"), structureId },
                   { QStringLiteral("first_name"), firstName },
                   { QStringLiteral("last_name"), lastName },
                   { QStringLiteral("phone"), phone },
                   { QStringLiteral("qualification"), qualification },
                   { QStringLiteral("skills"), QJsonArray::fromStringList(skills) },
                   { QStringLiteral("mobility"), mobility },
                   { QStringLiteral("max_travel_km"), maxTravelKm },
                   { QStringLiteral("weekly_hours_ceiling"), weeklyHoursCeiling },
                   { QStringLiteral("consent_sharing"), consentSharing },
                   { QStringLiteral("active"), active },
                   { QStringLiteral("pseudonym"), pseudonym() } };
    if (home.isValid())
        o.insert(QStringLiteral("home"), home.toJson());
    if (availabilityConfirmedAt.isValid())
        o.insert(QStringLiteral("availability_confirmed_at"),
                 instantToJson(availabilityConfirmedAt));
    return o;
}

QJsonObject StaffMember::publicJson(const QString &band) const
{
    QJsonObject o{ { QStringLiteral("id"), id },
                   { QStringLiteral("structure_id"), structureId },
                   { QStringLiteral("pseudonym"), pseudonym() },
                   { QStringLiteral("qualification"), qualification },
                   { QStringLiteral("skills"), QJsonArray::fromStringList(skills) },
                   { QStringLiteral("distance_band"), band },
                   { QStringLiteral("consent_sharing"), consentSharing },
                   { QStringLiteral("active"), active } };
    if (availabilityConfirmedAt.isValid())
        o.insert(QStringLiteral("availability_confirmed_at"),
                 instantToJson(availabilityConfirmedAt));
    return o;
}

Result<StaffMember> StaffMember::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    StaffMember s;
    s.id = r.uuid(QStringLiteral("id"), JsonReader::Required);
    s.structureId = r.uuid(QStringLiteral("structure_id"), JsonReader::Required);
    // A public view has no name; a full record must have one.
    const bool publicView = object.contains(QStringLiteral("distance_band"));
    const auto namePresence = publicView ? JsonReader::Optional : JsonReader::Required;
    s.firstName = r.string(QStringLiteral("first_name"), namePresence, 100);
    s.lastName = r.string(QStringLiteral("last_name"), namePresence, 100);
    s.phone = r.string(QStringLiteral("phone"), JsonReader::Optional, 30);
    if (!s.phone.isEmpty()
        && !QRegularExpression(QStringLiteral("^[+0-9 .()-]{6,30}$")).match(s.phone).hasMatch())
        r.addError(QStringLiteral("phone"), QStringLiteral("invalid_value"),
                   QStringLiteral("is not a phone number"));
    s.home = r.point(QStringLiteral("home"), JsonReader::Optional);
    s.qualification = r.code(QStringLiteral("qualification"), vocabulary::qualifications,
                             JsonReader::Optional, QStringLiteral("none"));
    s.skills = r.codes(QStringLiteral("skills"), vocabulary::skills);
    s.mobility = r.code(QStringLiteral("mobility"), vocabulary::mobilities, JsonReader::Optional,
                        QStringLiteral("car"));
    s.maxTravelKm = int(r.integer(QStringLiteral("max_travel_km"), 0, 300, JsonReader::Optional, 20));
    s.weeklyHoursCeiling = int(r.integer(QStringLiteral("weekly_hours_ceiling"), 0, 48,
                                         JsonReader::Optional, 35));
    s.consentSharing = r.boolean(QStringLiteral("consent_sharing"));
    s.active = r.boolean(QStringLiteral("active"), true);
    s.availabilityConfirmedAt = r.instant(QStringLiteral("availability_confirmed_at"),
                                          JsonReader::Optional);
    s.distanceBand = r.string(QStringLiteral("distance_band"), JsonReader::Optional, 20);
    if (!r.ok())
        return r.errors();
    return s;
}

} // namespace releve::domain

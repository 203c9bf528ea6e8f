#include "structure.h"

#include "jsonreader.h"
#include "vocabulary.h"

#include <QRegularExpression>

namespace releve::domain {

QJsonObject Structure::toJson() const
{
    QJsonObject o{ { QStringLiteral("id"), id },
                   { QStringLiteral("structure_id"), id },
                   { QStringLiteral("kind"), kind },
                   { QStringLiteral("legal_form"), legalForm },
                   { QStringLiteral("name"), name },
                   { QStringLiteral("siret"), siret },
                   { QStringLiteral("finess"), finess },
                   { QStringLiteral("authorisation"), authorisation },
                   { QStringLiteral("address"), address },
                   { QStringLiteral("departement"), departement },
                   { QStringLiteral("area"), area },
                   { QStringLiteral("hourly_rate_cents"), hourlyRateCents },
                   { QStringLiteral("km_rate_cents"), kmRateCents },
                   { QStringLiteral("amplitude_start"), amplitudeStart.toString(u"HH:mm") },
                   { QStringLiteral("amplitude_end"), amplitudeEnd.toString(u"HH:mm") },
                   { QStringLiteral("min_intervention_minutes"), minInterventionMinutes },
                   { QStringLiteral("shares_staff"), sharesStaff },
                   { QStringLiteral("charter_signed"), charterSigned },
                   { QStringLiteral("good_friday_holiday"), goodFridayHoliday },
                   { QStringLiteral("time_zone"), timeZone } };
    if (location.isValid())
        o.insert(QStringLiteral("location"), location.toJson());
    return o;
}

Result<Structure> Structure::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Structure s;
    s.id = r.uuid(QStringLiteral("id"), JsonReader::Required);
    s.kind = r.code(QStringLiteral("kind"), vocabulary::structureKinds, JsonReader::Required);
    s.legalForm = r.code(QStringLiteral("legal_form"), vocabulary::legalForms,
                         JsonReader::Optional, QStringLiteral("association"));
    s.name = r.string(QStringLiteral("name"), JsonReader::Required, 200);
    s.siret = r.string(QStringLiteral("siret"), JsonReader::Optional, 20).remove(u' ');
    if (!s.siret.isEmpty() && !QRegularExpression(QStringLiteral("^\\d{14}$")).match(s.siret).hasMatch())
        r.addError(QStringLiteral("siret"), QStringLiteral("invalid_value"),
                   QStringLiteral("must be 14 digits"));
    s.finess = r.string(QStringLiteral("finess"), JsonReader::Optional, 9);
    s.authorisation = r.string(QStringLiteral("authorisation"), JsonReader::Optional, 200);
    s.address = r.string(QStringLiteral("address"), JsonReader::Optional, 300);
    s.location = r.point(QStringLiteral("location"), JsonReader::Optional);
    s.departement = r.string(QStringLiteral("departement"), JsonReader::Required, 3);
    s.area = r.string(QStringLiteral("area"), JsonReader::Optional, 500);
    s.hourlyRateCents = r.integer(QStringLiteral("hourly_rate_cents"), 0, 100000,
                                  JsonReader::Optional, 2222);
    s.kmRateCents = r.integer(QStringLiteral("km_rate_cents"), 0, 1000, JsonReader::Optional, 38);
    s.amplitudeStart = r.timeOfDay(QStringLiteral("amplitude_start"), JsonReader::Optional,
                                   QTime(7, 0));
    s.amplitudeEnd = r.timeOfDay(QStringLiteral("amplitude_end"), JsonReader::Optional,
                                 QTime(21, 0));
    if (s.amplitudeEnd <= s.amplitudeStart)
        r.addError(QStringLiteral("amplitude_end"), QStringLiteral("out_of_range"),
                   QStringLiteral("must be after amplitude_start"));
    s.minInterventionMinutes = int(r.integer(QStringLiteral("min_intervention_minutes"), 5, 480,
                                             JsonReader::Optional, 60));
    s.sharesStaff = r.boolean(QStringLiteral("shares_staff"), true);
    s.charterSigned = r.boolean(QStringLiteral("charter_signed"), false);
    s.goodFridayHoliday = r.boolean(QStringLiteral("good_friday_holiday"), false);
    s.timeZone = r.string(QStringLiteral("time_zone"), JsonReader::Optional, 64);
    if (s.timeZone.isEmpty())
        s.timeZone = QStringLiteral("Europe/Paris");
    if (!r.ok())
        return r.errors();
    return s;
}

} // namespace releve::domain

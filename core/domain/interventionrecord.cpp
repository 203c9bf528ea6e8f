#include "interventionrecord.h"

#include "jsonreader.h"

namespace releve::domain {

QJsonObject InterventionRecord::toJson() const
{
    return QJsonObject{ { QStringLiteral("id"), id },
                        { QStringLiteral("structure_id"), structureId },
                        { QStringLiteral("contract_id"), contractId },
                        { QStringLiteral("intervention_id"), interventionId },
                        { QStringLiteral("arrival"), instantToJson(arrival) },
                        { QStringLiteral("departure"), instantToJson(departure) },
                        { QStringLiteral("rounded_start"), instantToJson(roundedStart) },
                        { QStringLiteral("rounded_minutes"), roundedMinutes },
                        { QStringLiteral("kilometres"), kilometres },
                        { QStringLiteral("corrected"), corrected } };
}

Result<InterventionRecord> InterventionRecord::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    InterventionRecord i;
    i.id = r.uuid(QStringLiteral("id"), JsonReader::Required);
    i.structureId = r.uuid(QStringLiteral("structure_id"), JsonReader::Required);
    i.contractId = r.uuid(QStringLiteral("contract_id"), JsonReader::Required);
    i.interventionId = r.uuid(QStringLiteral("intervention_id"), JsonReader::Required);
    i.arrival = r.instant(QStringLiteral("arrival"), JsonReader::Required);
    i.departure = r.instant(QStringLiteral("departure"), JsonReader::Required);
    if (i.arrival.isValid() && i.departure.isValid()
        && (i.departure <= i.arrival || i.arrival.secsTo(i.departure) > 24 * 3600))
        r.addError(QStringLiteral("departure"), QStringLiteral("out_of_range"),
                   QStringLiteral("must be after the arrival, within 24 hours"));
    i.roundedStart = r.instant(QStringLiteral("rounded_start"), JsonReader::Optional);
    i.roundedMinutes = int(r.integer(QStringLiteral("rounded_minutes"), 0, 24 * 60,
                                     JsonReader::Optional));
    i.kilometres = int(r.integer(QStringLiteral("kilometres"), 0, 2000, JsonReader::Optional));
    i.corrected = r.boolean(QStringLiteral("corrected"));
    if (!r.ok())
        return r.errors();
    return i;
}

} // namespace releve::domain

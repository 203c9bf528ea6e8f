#include "availabilityslot.h"

#include "jsonreader.h"
#include "vocabulary.h"

#include <QTimeZone>

namespace releve::domain {

QList<TimeRange> AvailabilitySlot::occurrences(const QDateTime &from, const QDateTime &to) const
{
    QList<TimeRange> result;
    if (!start.isValid() || !end.isValid())
        return result;
    if (!weeklyUntil.isValid()) {
        if (TimeRange{ start, end }.overlaps({ from, to }))
            result.append({ start, end });
        return result;
    }
    // Weekly repetition keeps the local wall-clock time across daylight-saving changes.
    static const QTimeZone paris("Europe/Paris");
    const QDateTime localStart = start.toTimeZone(paris);
    const qint64 length = start.secsTo(end);
    for (int week = 0;; ++week) {
        const QDateTime occurrenceStart = localStart.addDays(7 * week).toUTC();
        if (occurrenceStart.toTimeZone(paris).date() > weeklyUntil || occurrenceStart >= to)
            break;
        const TimeRange occurrence{ occurrenceStart, occurrenceStart.addSecs(length) };
        if (occurrence.overlaps({ from, to }))
            result.append(occurrence);
        if (week > 520)
            break;
    }
    return result;
}

QJsonObject AvailabilitySlot::toJson() const
{
    QJsonObject o{ { QStringLiteral("id"), id },
                   { QStringLiteral("structure_id"), structureId },
                   { QStringLiteral("staff_id"), staffId },
                   { QStringLiteral("start"), instantToJson(start) },
                   { QStringLiteral("end"), instantToJson(end) },
                   { QStringLiteral("kind"), kind },
                   { QStringLiteral("note"), note } };
    if (weeklyUntil.isValid())
        o.insert(QStringLiteral("weekly_until"), weeklyUntil.toString(Qt::ISODate));
    return o;
}

Result<AvailabilitySlot> AvailabilitySlot::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    AvailabilitySlot s;
    s.id = r.uuid(QStringLiteral("id"), JsonReader::Required);
    s.structureId = r.uuid(QStringLiteral("structure_id"), JsonReader::Required);
    s.staffId = r.uuid(QStringLiteral("staff_id"), JsonReader::Required);
    s.start = r.instant(QStringLiteral("start"), JsonReader::Required);
    s.end = r.instant(QStringLiteral("end"), JsonReader::Required);
    if (s.start.isValid() && s.end.isValid()) {
        if (s.end <= s.start)
            r.addError(QStringLiteral("end"), QStringLiteral("out_of_range"),
                       QStringLiteral("must be after the start"));
        else if (s.start.secsTo(s.end) > 24 * 3600)
            r.addError(QStringLiteral("end"), QStringLiteral("out_of_range"),
                       QStringLiteral("a slot lasts at most 24 hours"));
    }
    s.kind = r.code(QStringLiteral("kind"), vocabulary::slotKinds, JsonReader::Optional,
                    QStringLiteral("available"));
    s.note = r.string(QStringLiteral("note"), JsonReader::Optional, 500);
    s.weeklyUntil = r.date(QStringLiteral("weekly_until"), JsonReader::Optional);
    if (s.weeklyUntil.isValid() && s.start.isValid() && s.weeklyUntil < s.start.date())
        r.addError(QStringLiteral("weekly_until"), QStringLiteral("out_of_range"),
                   QStringLiteral("must not be before the first occurrence"));
    if (!r.ok())
        return r.errors();
    return s;
}

} // namespace releve::domain

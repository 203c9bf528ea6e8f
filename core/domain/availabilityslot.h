// A staff member's time range, available or absent, one-off or repeated weekly up to a date
// (DESIGN.md, "Availability slot"). Owned and edited, offline too, by the staff's structure.
#pragma once

#include "error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <utility>

namespace releve::domain {

struct TimeRange
{
    QDateTime start; // UTC
    QDateTime end; // UTC, after start

    qint64 minutes() const { return start.secsTo(end) / 60; }
    bool contains(const TimeRange &other) const
    {
        return start <= other.start && other.end <= end;
    }
    bool overlaps(const TimeRange &other) const { return start < other.end && other.start < end; }
    friend bool operator==(const TimeRange &a, const TimeRange &b)
    {
        return a.start == b.start && a.end == b.end;
    }
};

struct AvailabilitySlot
{
    QString id;
    QString structureId;
    QString staffId;
    QDateTime start; // UTC
    QDateTime end; // UTC
    QString kind = QStringLiteral("available"); // or "absent"
    QString note;
    QDate weeklyUntil; // when valid, the slot repeats every 7 days up to this date (inclusive)

    bool isAbsence() const { return kind == QLatin1String("absent"); }
    TimeRange range() const { return { start, end }; }
    // The occurrences of the slot that overlap [from, to), in order.
    QList<TimeRange> occurrences(const QDateTime &from, const QDateTime &to) const;

    QJsonObject toJson() const;
    static Result<AvailabilitySlot> fromJson(const QJsonObject &object);
};

} // namespace releve::domain

#include "rounding.h"

namespace releve::rules {

namespace {
// Minutes since the epoch, truncated towards the past (also before 1970): drops the seconds.
qint64 minuteOf(const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    return ms >= 0 ? ms / 60000 : -((-ms + 59999) / 60000);
}

qint64 nearestFive(qint64 minutes)
{
    const qint64 remainder = ((minutes % 5) + 5) % 5;
    return remainder <= 2 ? minutes - remainder : minutes + (5 - remainder);
}
} // namespace

int roundToFiveMinutes(int minutes)
{
    return int(nearestFive(minutes));
}

RoundedTimestamp roundTimestamp(const QDateTime &arrival, const QDateTime &departure)
{
    if (!arrival.isValid() || !departure.isValid() || departure < arrival)
        return {};
    const qint64 arrivalMinute = minuteOf(arrival);
    const qint64 departureMinute = minuteOf(departure);
    // Règle 1 on the minute of the hour: epoch minutes share it, the epoch being on the hour.
    const qint64 startMinute = nearestFive(arrivalMinute);
    // Règle 2 on the raw duration, between the two truncated time stamps.
    const qint64 minutes = nearestFive(departureMinute - arrivalMinute);

    RoundedTimestamp result;
    result.roundedStart = arrival.addMSecs(startMinute * 60000 - arrival.toMSecsSinceEpoch());
    result.roundedMinutes = int(minutes);
    result.roundedEnd = result.roundedStart.addSecs(minutes * 60);
    return result;
}

} // namespace releve::rules

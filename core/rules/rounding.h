// Rounding of time stamps (horodatage), CPOM Creuse 2022, ANNEXE V, "Règles d'arrondi":
// the start is rounded to the nearest 5 minutes (règle 1), the raw duration too (règle 2),
// and the recorded end is the rounded start plus the rounded duration.
#pragma once

#include <QDateTime>

namespace releve::rules {

struct RoundedTimestamp
{
    QDateTime roundedStart; // same time spec as the arrival; invalid if the input was
    int roundedMinutes = 0;
    QDateTime roundedEnd; // roundedStart + roundedMinutes

    bool isValid() const { return roundedStart.isValid(); }
};

// Rounds minutes to the nearest multiple of 5: remainders 1, 2 go down, 3, 4 go up
// ("Les minutes 1 et 2 sont arrondies à 0, les minutes 3 et 4 sont arrondies à 5…").
int roundToFiveMinutes(int minutes);

// Applies règles 1 and 2 to a raw arrival and departure. Seconds are dropped from both time
// stamps first (a time-stamping device records hours and minutes), so the raw duration is
// the difference of the two truncated times. Rounding the start works on the minute of the
// hour, which is the same in UTC and in local time for every French time zone.
// Returns an invalid result when a time stamp is invalid or the departure precedes the arrival.
RoundedTimestamp roundTimestamp(const QDateTime &arrival, const QDateTime &departure);

} // namespace releve::rules

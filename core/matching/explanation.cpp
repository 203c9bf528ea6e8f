#include "explanation.h"

#include <QCoreApplication>
#include <QDate>

namespace releve::matching {

// Every sentence is spelled out as QCoreApplication::translate("releve::matching", "…") so that
// lupdate finds it with its context.

namespace {

int number(const QJsonObject &code, const char *key)
{
    return code.value(QLatin1String(key)).toInt();
}

QString aheadSentence(const QString &criterion, const QJsonObject &code)
{
    const QString tieKm = QString::number(code.value(QLatin1String("tie_km")).toDouble());
    if (criterion == QLatin1String("coverage"))
        return QCoreApplication::translate("releve::matching",
                                           "Covers more interventions than the next candidate.");
    if (criterion == QLatin1String("continuity"))
        return QCoreApplication::translate("releve::matching",
                                           "Already came to this person, unlike the next "
                                           "candidate (continuity of care).");
    if (criterion == QLatin1String("distance"))
        return QCoreApplication::translate("releve::matching",
                                           "Nearer to the mission than the next candidate.");
    if (criterion == QLatin1String("freshness"))
        return QCoreApplication::translate("releve::matching",
                                           "Its availability was confirmed within the last %1 "
                                           "days, unlike that of the next candidate, who is as "
                                           "near once distances are rounded to %2 km.")
            .arg(number(code, "stale_after_days"))
            .arg(number(code, "tier_km"));
    if (criterion == QLatin1String("load"))
        return QCoreApplication::translate("releve::matching",
                                           "Has had less recent replacement work than the next "
                                           "candidate, who is as near once distances are "
                                           "rounded to %1 km (fairness between workers).")
            .arg(number(code, "tier_km"));
    if (criterion == QLatin1String("structure_fairness"))
        return QCoreApplication::translate("releve::matching",
                                           "Its agency was chosen less recently than that of the "
                                           "next candidate, who is as close (to within %1 km).")
            .arg(tieKm);
    if (criterion == QLatin1String("qualification")
        && code.value(QLatin1String("personal_care")).toBool())
        return QCoreApplication::translate("releve::matching",
                                           "Its qualification fits the personal care needed "
                                           "better than that of the next candidate, who is as "
                                           "close (to within %1 km).")
            .arg(tieKm);
    if (criterion == QLatin1String("qualification"))
        return QCoreApplication::translate("releve::matching",
                                           "Holds a qualification, unlike the next candidate, "
                                           "who is as close (to within %1 km).")
            .arg(tieKm);
    return {};
}

QString behindSentence(const QString &criterion, const QJsonObject &code)
{
    const QString tieKm = QString::number(code.value(QLatin1String("tie_km")).toDouble());
    if (criterion == QLatin1String("coverage"))
        return QCoreApplication::translate(
            "releve::matching", "Ranked after a candidate who covers more interventions.");
    if (criterion == QLatin1String("continuity"))
        return QCoreApplication::translate("releve::matching",
                                           "Ranked after a candidate who already came to this "
                                           "person (continuity of care).");
    if (criterion == QLatin1String("distance"))
        return QCoreApplication::translate("releve::matching", "Ranked after a nearer candidate.");
    if (criterion == QLatin1String("freshness"))
        return QCoreApplication::translate("releve::matching",
                                           "Ranked after a candidate as near once distances are "
                                           "rounded to %2 km, whose availability was confirmed "
                                           "within the last %1 days.")
            .arg(number(code, "stale_after_days"))
            .arg(number(code, "tier_km"));
    if (criterion == QLatin1String("load"))
        return QCoreApplication::translate("releve::matching",
                                           "Ranked after a candidate as near once distances are "
                                           "rounded to %1 km who has had less recent "
                                           "replacement work (fairness between workers).")
            .arg(number(code, "tier_km"));
    if (criterion == QLatin1String("structure_fairness"))
        return QCoreApplication::translate("releve::matching",
                                           "Ranked after a candidate as close (to within %1 km) "
                                           "whose agency was chosen less recently.")
            .arg(tieKm);
    if (criterion == QLatin1String("qualification")
        && code.value(QLatin1String("personal_care")).toBool())
        return QCoreApplication::translate("releve::matching",
                                           "Ranked after a candidate as close (to within %1 km) "
                                           "whose qualification fits the personal care needed "
                                           "better.")
            .arg(tieKm);
    if (criterion == QLatin1String("qualification"))
        return QCoreApplication::translate(
                   "releve::matching",
                   "Ranked after a qualified candidate as close (to within %1 km).")
            .arg(tieKm);
    return {};
}

QString availabilitySentence(const QJsonObject &code, const QLocale &locale)
{
    const QDate date = QDate::fromString(code.value(QLatin1String("date")).toString(), Qt::ISODate);
    const QString when = locale == QLocale::c() ? date.toString(Qt::ISODate)
                                                : locale.toString(date, QLocale::LongFormat);
    const int days = number(code, "days");
    if (code.value(QLatin1String("stale")).toBool())
        return QCoreApplication::translate("releve::matching",
                                           "Availability last confirmed on %1, %n days before "
                                           "the ranking: more than %2 days ago, so it may be out "
                                           "of date.",
                                           nullptr, days)
            .arg(when)
            .arg(number(code, "stale_after_days"));
    if (days <= 0)
        return QCoreApplication::translate("releve::matching",
                                           "Availability confirmed by its coordinator on %1, the "
                                           "day of the ranking.")
            .arg(when);
    if (days == 1)
        return QCoreApplication::translate("releve::matching",
                                           "Availability confirmed by its coordinator on %1, the "
                                           "day before the ranking.")
            .arg(when);
    return QCoreApplication::translate("releve::matching",
                                       "Availability confirmed by its coordinator on %1, %n days "
                                       "before the ranking.",
                                       nullptr, days)
        .arg(when);
}

} // namespace

QString explainReason(const QJsonObject &code, const QLocale &locale)
{
    const QString name = code.value(QLatin1String("code")).toString();
    // Read before the translate() calls: lupdate 6.4 loops on a string literal among its
    // arguments.
    const int count = number(code, "count");
    const int teamSize = number(code, "team_size");
    // %n only where the number is at least 2, so that the English source reads well as it is.
    if (name == QLatin1String("covers_all") && count == 1)
        return QCoreApplication::translate("releve::matching",
                                           "Covers the request's only intervention.");
    if (name == QLatin1String("covers_all"))
        return QCoreApplication::translate("releve::matching",
                                           "Covers all %n interventions of the request.", nullptr,
                                           count);
    if (name == QLatin1String("covers_some"))
        return QCoreApplication::translate(
                   "releve::matching",
                   "Covers %1 of the %n interventions; not free for the others.", nullptr,
                   count)
            .arg(number(code, "covered"));
    if (name == QLatin1String("distance_band")) {
        // The band, never the distance: other structures must not be able to locate a home.
        const QString sentence = code.value(QLatin1String("routed")).toBool()
            ? QCoreApplication::translate("releve::matching",
                                          "About %1 from the mission by road (measured on the "
                                          "road network), within its own %2 km limit and the "
                                          "request's %3 km radius.")
            : QCoreApplication::translate("releve::matching",
                                          "About %1 from the mission by road, within its own %2 "
                                          "km limit and the request's %3 km radius.");
        return sentence.arg(code.value(QLatin1String("band")).toString())
            .arg(number(code, "max_travel_km"))
            .arg(number(code, "radius_km"));
    }
    if (name == QLatin1String("availability_confirmed"))
        return availabilitySentence(code, locale);
    if (name == QLatin1String("availability_never_confirmed"))
        return QCoreApplication::translate("releve::matching",
                                           "Its coordinator has never confirmed its availability, "
                                           "so it may be out of date.");
    if (name == QLatin1String("came_before"))
        return QCoreApplication::translate("releve::matching",
                                           "Already came to this person for an earlier "
                                           "replacement (continuity of care).");
    if (name == QLatin1String("unreachable") && count == 1)
        return QCoreApplication::translate("releve::matching",
                                           "Cannot reach one intervention in time from or to its "
                                           "neighbouring commitments.");
    if (name == QLatin1String("unreachable"))
        return QCoreApplication::translate("releve::matching",
                                           "Cannot reach %n interventions in time from or to its "
                                           "neighbouring commitments.",
                                           nullptr, count);
    if (name == QLatin1String("cover_member"))
        return QCoreApplication::translate("releve::matching",
                                           "One of the %n workers who together cover every "
                                           "intervention that can be covered.",
                                           nullptr, teamSize);
    if (name == QLatin1String("only_candidate"))
        return QCoreApplication::translate("releve::matching", "The only eligible candidate.");
    if (name == QLatin1String("draw"))
        return QCoreApplication::translate("releve::matching",
                                           "Equal with a neighbour on every criterion: their "
                                           "order comes from a fixed draw on the request and the "
                                           "worker, never from who asks.");
    const QString criterion = code.value(QLatin1String("criterion")).toString();
    if (name == QLatin1String("ahead"))
        return aheadSentence(criterion, code);
    if (name == QLatin1String("behind"))
        return behindSentence(criterion, code);
    return {};
}

QString explainReason(const QJsonObject &code)
{
    return explainReason(code, QLocale());
}

} // namespace releve::matching

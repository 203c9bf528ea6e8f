#include "icalendar.h"

#include <algorithm>

namespace releve::exchange {

namespace {

QString utcStamp(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// The rules of Europe/Paris since 1996 (EU summer time: last Sunday of March 02:00 to last
// Sunday of October 03:00).
const char parisTimeZone[] = "BEGIN:VTIMEZONE\n"
                             "TZID:Europe/Paris\n"
                             "BEGIN:DAYLIGHT\n"
                             "TZOFFSETFROM:+0100\n"
                             "TZOFFSETTO:+0200\n"
                             "TZNAME:CEST\n"
                             "DTSTART:19700329T020000\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
                             "END:DAYLIGHT\n"
                             "BEGIN:STANDARD\n"
                             "TZOFFSETFROM:+0200\n"
                             "TZOFFSETTO:+0100\n"
                             "TZNAME:CET\n"
                             "DTSTART:19701025T030000\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
                             "END:STANDARD\n"
                             "END:VTIMEZONE";

} // namespace

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\')
            out.append(QStringLiteral("\\\\"));
        else if (c == u';')
            out.append(QStringLiteral("\\;"));
        else if (c == u',')
            out.append(QStringLiteral("\\,"));
        else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // the \n that follows writes the break
        else if (c == u'\n' || c == u'\r')
            out.append(QStringLiteral("\\n"));
        else
            out.append(c);
    }
    return out;
}

QByteArray ICalendar::foldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75; // octets on the first line; 74 after the leading space of the others
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never split a UTF-8 sequence: back off continuation bytes (10xxxxxx).
        while (cut > start && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += bytes.mid(start);
    out += "\r\n";
    return out;
}

QString ICalendar::uid(const domain::Contract &contract, const domain::Intervention &intervention)
{
    return contract.id + u'-' + intervention.id + QStringLiteral("@releve");
}

QByteArray ICalendar::workerInterventions(const QList<domain::Contract> &contracts,
                                          const QString &staffId, const QDateTime &stamp,
                                          const QTimeZone &zone)
{
    const bool paris = zone.id() == "Europe/Paris";
    const auto when = [&](const char *property, const QDateTime &instant) -> QString {
        if (paris)
            return QString::fromLatin1(property) + QStringLiteral(";TZID=Europe/Paris:")
                + instant.toTimeZone(zone).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        return QString::fromLatin1(property) + u':' + utcStamp(instant);
    };

    struct Event
    {
        const domain::Contract *contract;
        domain::Intervention intervention;
    };
    QList<Event> events;
    QString staffName;
    for (const domain::Contract &c : contracts) {
        if (c.staffId != staffId)
            continue;
        staffName = c.staffName;
        for (const domain::Intervention &i : c.interventions)
            events.append({ &c, i });
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.intervention.start < b.intervention.start;
    });

    QStringList lines { QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                        QStringLiteral("PRODID:-//Releve//Releve " RELEVE_VERSION "//FR"),
                        QStringLiteral("CALSCALE:GREGORIAN"), QStringLiteral("METHOD:PUBLISH") };
    if (!staffName.isEmpty())
        lines.append(QStringLiteral("X-WR-CALNAME:")
                     + escapeText(tr("Replacements of %1").arg(staffName)));
    if (paris) {
        for (const QString &line : QString::fromLatin1(parisTimeZone).split(u'\n'))
            lines.append(line);
    }
    for (const Event &e : std::as_const(events)) {
        const domain::Contract &c = *e.contract;
        const bool confirmed
            = c.status == u"active" || c.status == u"signed_user" || c.status == u"ended";
        QString place = c.missionAddress;
        if (!c.missionCommune.isEmpty() && !place.contains(c.missionCommune))
            place = place.isEmpty() ? c.missionCommune
                                    : place + QStringLiteral(", ") + c.missionCommune;
        QStringList description { tr("Contract %1").arg(c.number),
                                  tr("Structure: %1").arg(c.user.name) };
        if (!c.needs.isEmpty())
            description.append(tr("Needs: %1").arg(c.needs.join(QStringLiteral(", "))));
        lines.append(QStringLiteral("BEGIN:VEVENT"));
        lines.append(QStringLiteral("UID:") + uid(c, e.intervention));
        lines.append(QStringLiteral("DTSTAMP:") + utcStamp(stamp));
        lines.append(when("DTSTART", e.intervention.start));
        lines.append(when("DTEND", e.intervention.end));
        lines.append(QStringLiteral("SUMMARY:")
                     + escapeText(tr("Replacement for %1").arg(c.user.name)));
        if (!place.isEmpty())
            lines.append(QStringLiteral("LOCATION:") + escapeText(place));
        lines.append(QStringLiteral("DESCRIPTION:") + escapeText(description.join(u'\n')));
        lines.append(QStringLiteral("STATUS:")
                     + (confirmed ? QStringLiteral("CONFIRMED") : QStringLiteral("TENTATIVE")));
        lines.append(QStringLiteral("END:VEVENT"));
    }
    lines.append(QStringLiteral("END:VCALENDAR"));

    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += foldLine(line);
    return out;
}

} // namespace releve::exchange

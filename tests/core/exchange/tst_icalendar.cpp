// iCalendar export of a worker's contracted interventions (core/exchange/icalendar.h), checked
// against RFC 5545 by hand (CRLF, 75-octet folding, escaping) and read back by Python's
// icalendar (Debian python3-icalendar), a parser other than ours.
#include "core/exchange/icalendar.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace releve;
using namespace releve::exchange;

namespace {

QDateTime paris(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone("Europe/Paris"))
        .toUTC();
}

domain::Contract contract(const QString &id, const QString &staffId)
{
    domain::Contract c;
    c.id = id;
    c.structureId = u"00000000-0000-4000-8000-000000000001"_s;
    c.number = u"REL-2026-000042"_s;
    c.user = { u"00000000-0000-4000-8000-000000000002"_s,
               u"Aide à Domicile du Pays de Bourganeuf, antenne \"Sud\"; Royère"_s,
               {},
               {},
               {} };
    c.staffId = staffId;
    c.staffName = u"Anne Dupont"_s;
    c.missionAddress = u"2 impasse du Lavoir"_s;
    c.missionCommune = u"Royère-de-Vassivière"_s;
    c.needs = { u"repas"_s, u"courses"_s };
    c.status = u"active"_s;
    // Winter (UTC+1) and summer (UTC+2) times.
    c.interventions = { { u"i-summer"_s, paris(6, 15, 11, 0), paris(6, 15, 12, 30) },
                        { u"i-winter"_s, paris(12, 7, 8, 0), paris(12, 7, 9, 45) } };
    return c;
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapeText_rfc5545()
    {
        QCOMPARE(ICalendar::escapeText(u"a,b;c\\d\ne\r\nf"_s), u"a\\,b\\;c\\\\d\\ne\\nf"_s);
    }

    void foldLine_75OctetsNeverInsideUtf8()
    {
        const QString line = u"DESCRIPTION:"_s + QString(100, QChar(u'é'));
        const QByteArray folded = ICalendar::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> parts = folded.chopped(2).split('\n');
        QVERIFY(parts.size() > 2);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QByteArray part = parts.at(i);
            if (part.endsWith('\r'))
                part.chop(1);
            QVERIFY2(part.size() <= 75, part.constData());
            if (i > 0)
                QVERIFY(part.startsWith(' '));
            QVERIFY(QString::fromUtf8(part).toUtf8() == part); // no broken sequence
        }
        // Unfolding gives the line back.
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(QString::fromUtf8(unfolded.chopped(2)), line);
    }

    void export_onlyTheWorkersInterventions_stableUids()
    {
        const QDateTime stamp = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
        const QList<domain::Contract> contracts { contract(u"c-anne"_s, u"anne"_s),
                                                  contract(u"c-other"_s, u"other"_s) };
        const QByteArray ics = ICalendar::workerInterventions(contracts, u"anne"_s, stamp);
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
        QVERIFY(!ics.contains("c-other"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Paris:20260615T110000\r\n"));
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"));
        // Every line ends with CRLF, no bare LF.
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        // The same UIDs the next time (a calendar updates its events rather than doubling them).
        QCOMPARE(ICalendar::workerInterventions(contracts, u"anne"_s, stamp.addDays(3))
                     .count("UID:c-anne-i-winter@releve"),
                 1);
    }

    void export_parsedByPythonIcalendar()
    {
        // Debian's python3-icalendar is installed for Debian's python3, which a python3 earlier
        // in PATH (pyenv, a virtualenv) may not see.
        QString python = u"/usr/bin/python3"_s;
        if (!QFileInfo::exists(python))
            python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QFAIL("python3 is needed (scripts/install-deps.sh installs python3-icalendar)");
        const QDateTime stamp = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"anne.ics"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            ICalendar::workerInterventions({ contract(u"c-anne"_s, u"anne"_s) }, u"anne"_s, stamp));
        file.close();

        // The other parser: every event as JSON, instants in UTC.
        const QString script = uR"(
import json, sys
from datetime import timezone
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for e in cal.walk('VEVENT'):
    start = e.decoded('DTSTART'); end = e.decoded('DTEND')
    out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']),
                'location': str(e['LOCATION']), 'description': str(e['DESCRIPTION']),
                'tz': str(e['DTSTART'].params.get('TZID')),
                'start': start.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
                'end': end.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
                'status': str(e['STATUS'])})
print(json.dumps({'version': str(cal['VERSION']), 'events': out}))
)"_s;
        QProcess process;
        process.start(python, { u"-c"_s, script, path });
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonObject parsed
            = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(parsed.value(u"version"_s).toString(), u"2.0"_s);
        const QJsonArray events = parsed.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject summer = events.at(0).toObject();
        QCOMPARE(summer.value(u"uid"_s).toString(), u"c-anne-i-summer@releve"_s);
        QCOMPARE(summer.value(u"tz"_s).toString(), u"Europe/Paris"_s);
        QCOMPARE(summer.value(u"start"_s).toString(), u"2026-06-15T09:00:00Z"_s); // UTC+2
        QCOMPARE(summer.value(u"end"_s).toString(), u"2026-06-15T10:30:00Z"_s);
        QCOMPARE(summer.value(u"status"_s).toString(), u"CONFIRMED"_s);
        const QJsonObject winter = events.at(1).toObject();
        QCOMPARE(winter.value(u"start"_s).toString(), u"2026-12-07T07:00:00Z"_s); // UTC+1
        // Escaped text comes back as written.
        QCOMPARE(
            winter.value(u"summary"_s).toString(),
            u"Replacement for Aide à Domicile du Pays de Bourganeuf, antenne \"Sud\"; Royère"_s);
        QCOMPARE(winter.value(u"location"_s).toString(),
                 u"2 impasse du Lavoir, Royère-de-Vassivière"_s);
        QVERIFY(winter.value(u"description"_s)
                    .toString()
                    .startsWith(u"Contract REL-2026-000042\nStructure: "_s));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"

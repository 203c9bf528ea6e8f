// Tests of core/contracts/timestampimport: a time-stamping CSV export with broken lines imports
// its valid lines and reports every other one with its line number, column and problem.
#include "core/contracts/timestampimport.h"

#include "contractfixtures.h"

#include <QTest>

using namespace releve;
using namespace releve::contracts;
using namespace releve::domain;

class TestTimestampImport : public QObject
{
    Q_OBJECT

private:
    static QByteArray bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

    static const ImportProblem *problemAt(const TimestampImport &result, int line)
    {
        for (const ImportProblem &p : result.problems) {
            if (p.line == line)
                return &p;
        }
        return nullptr;
    }

    static QString describe(const TimestampImport &result)
    {
        QStringList lines;
        for (const ImportProblem &p : result.problems)
            lines.append(u"%1 [%2] %3: %4"_qs.arg(p.line).arg(p.column, p.code, p.message));
        return lines.join(u'\n');
    }

    // The export of the examples: a header with accents, CRLF line ends, a UTF-8 BOM.
    static QByteArray brokenExport()
    {
        const QStringList lines {
            u"contrat;date;Arrivée;Départ;km"_qs, // 1
            u"REL-2026-000321;01/05/2026;09:02;09:58;12"_qs, // 2 ok (1 May, 09:00–10:00)
            u"REL-2026-000321;31/04/2026;08:00;09:00;3"_qs, // 3 no such date
            u"REL-2026-000321;03/05/2026;19:01;18:07;8"_qs, // 4 departure before arrival
            u"REL-2026-000321;04/05/2026;08:58"_qs, // 5 departure and km missing
            u"REL-2026-000321;05/05/2026;09:00;10:00;0"_qs, // 6 nothing planned on 5 May
            u"REL-2026-000999;13/05/2026;14:04;16:06;6"_qs, // 7 unknown contract
            u""_qs, // 8 blank: skipped
            u"REL-2026-000321;13/05/2026;14:04;16:06;6,4"_qs, // 9 ok, 6.4 km → 6
            u"REL-2026-000321;14/05/2026;8:00;9:00;"_qs, // 10 ok, H:mm, no km
            u"REL-2026-000321;01/05/2026;09:05;09:55;12"_qs, // 11 same intervention as line 2
            u"REL-2026-000321;25/05/2026;10h00;11:12;3"_qs, // 12 not a time
            u"REL-2026-000321;25/05/2026;10:00;11:12;trois"_qs, // 13 not a distance
            u"\"REL-2026-000321\";\"30/05/2026\";\"13:03\";\"15:44\";\"15\""_qs, // 14 ok, quoted
        };
        return bom() + lines.join(u"\r\n"_qs).toUtf8() + "\r\n";
    }

private slots:
    void brokenLines_areReportedAndValidLinesImported()
    {
        const TimestampImport result
            = TimestampImport::fromCsv(brokenExport(), { testing::mayContract() });
        QCOMPARE(result.lineCount, 12);
        QList<int> importedLines;
        for (const ImportedRecord &r : result.imported)
            importedLines.append(r.line);
        QCOMPARE(importedLines, (QList<int> { 2, 9, 10, 14 }));
        QCOMPARE(result.rejectedLines(), (QList<int> { 3, 4, 5, 6, 7, 11, 12, 13 }));
        // Nothing lost: every data line is imported or reported.
        QCOMPARE(result.imported.size() + result.rejectedLines().size(), result.lineCount);

        struct Expected
        {
            int line;
            QString column;
            QString code;
        };
        const QList<Expected> expected {
            { 3, u"date"_qs, u"bad_date"_qs },
            { 4, u"Départ"_qs, u"departure_before_arrival"_qs },
            { 5, u"Départ"_qs, u"missing_column"_qs },
            { 6, u"date"_qs, u"unknown_intervention"_qs },
            { 7, u"contrat"_qs, u"unknown_contract"_qs },
            { 11, u"date"_qs, u"duplicate"_qs },
            { 12, u"Arrivée"_qs, u"bad_time"_qs },
            { 13, u"km"_qs, u"bad_kilometres"_qs },
        };
        QCOMPARE(result.problems.size(), expected.size());
        for (const Expected &e : expected) {
            const ImportProblem *p = problemAt(result, e.line);
            QVERIFY2(p, qPrintable(describe(result)));
            QCOMPARE(p->column, e.column);
            QCOMPARE(p->code, e.code);
            QVERIFY(!p->message.isEmpty());
            QVERIFY(!p->text.isEmpty()); // the line itself, kept
        }
        QVERIFY(problemAt(result, 11)->message.contains(u"Line 2"_qs));
        QCOMPARE(problemAt(result, 5)->text, u"REL-2026-000321;04/05/2026;08:58"_qs);

        // The imported records: matched, raw and rounded, not corrected.
        const QList<InterventionRecord> records = result.records();
        QCOMPARE(records.at(0).interventionId, testing::uuid(12));
        QCOMPARE(records.at(0).arrival, testing::paris(QDate(2026, 5, 1), QTime(9, 2)));
        QCOMPARE(records.at(0).roundedStart, testing::paris(QDate(2026, 5, 1), QTime(9, 0)));
        QCOMPARE(records.at(0).roundedMinutes, 55);
        QCOMPARE(records.at(0).kilometres, 12);
        QCOMPARE(records.at(1).interventionId, testing::uuid(16));
        QCOMPARE(records.at(1).kilometres, 6);
        QCOMPARE(records.at(1).roundedMinutes, 120);
        QCOMPARE(records.at(2).interventionId, testing::uuid(17));
        QCOMPARE(records.at(2).kilometres, 0);
        QCOMPARE(records.at(3).interventionId, testing::uuid(19));
        QCOMPARE(records.at(3).roundedMinutes, 160);
        for (const InterventionRecord &r : records) {
            QVERIFY(!r.corrected);
            QCOMPARE(r.contractId, testing::mayContract().id);
            QVERIFY(InterventionRecord::fromJson(r.toJson()).ok());
        }
    }

    void withoutBomOrCrlf_readsTheSame()
    {
        QByteArray csv = brokenExport().mid(3);
        csv.replace("\r\n", "\n");
        const TimestampImport result = TimestampImport::fromCsv(csv, { testing::mayContract() });
        QCOMPARE(result.imported.size(), 4);
        QCOMPARE(result.rejectedLines(), (QList<int> { 3, 4, 5, 6, 7, 11, 12, 13 }));
    }

    void interventionColumn_matchesByReference()
    {
        const QByteArray csv = "intervention;date;arrivee;depart\n" + testing::uuid(14).toUtf8()
            + ";04/05/2026;08:58;10:31\n"
            + "00000000-0000-4000-8000-0000000000ff;04/05/2026;08:58;10:31\n";
        const TimestampImport result = TimestampImport::fromCsv(csv, { testing::mayContract() });
        QCOMPARE(result.imported.size(), 1);
        QCOMPARE(result.imported.first().record.interventionId, testing::uuid(14));
        QCOMPARE(result.imported.first().record.roundedMinutes, 95);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 3);
        QCOMPARE(result.problems.first().column, u"intervention"_qs);
        QCOMPARE(result.problems.first().code, u"unknown_intervention"_qs);
    }

    void missingRequiredColumn_importsNothingAndNamesIt()
    {
        const QByteArray csv = "contrat;date;arrivee;km\nREL-2026-000321;01/05/2026;09:02;12\n";
        const TimestampImport result = TimestampImport::fromCsv(csv, { testing::mayContract() });
        QVERIFY(result.imported.isEmpty());
        QCOMPARE(result.lineCount, 1);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 1);
        QCOMPARE(result.problems.first().code, u"missing_column"_qs);
        QCOMPARE(result.problems.first().column, u"depart"_qs);
    }

    void columnMapping_readsAVendorsExport()
    {
        // A vendor's export: its own header names, ISO dates, a comma separator, a comment
        // column with a quoted line break, and a departure on the next day (a night watch).
        TimestampCsvFormat format;
        format.separator = u',';
        format.dateFormat = u"yyyy-MM-dd"_qs;
        format.columns.contract.clear();
        format.columns.intervention = u"Réf. intervention"_qs;
        format.columns.date = u"Jour"_qs;
        format.columns.arrival = u"Heure d'arrivée"_qs;
        format.columns.departure = u"Heure de départ"_qs;
        format.columns.departureDate = u"Jour de départ"_qs;
        format.columns.kilometres = u"Distance (km)"_qs;
        Contract contract = testing::mayContract();
        contract.interventions.append({ testing::uuid(40),
                                        testing::paris(QDate(2026, 5, 22), QTime(22, 0)),
                                        testing::paris(QDate(2026, 5, 23), QTime(6, 0)) });
        const QByteArray csv
            = QStringLiteral("Réf. intervention,Jour,HEURE D'ARRIVÉE,Heure de départ,Jour "
                             "de départ,Commentaire,Distance (km)\n"
                             "%1,2026-05-04,08:58,10:31,,\"clé chez la voisine,\n"
                             "code 1234\",12\n"
                             "%2,2026-05-22,21:58,06:03,2026-05-23,,4\n"
                             "%3,2026-05-13,14:04,16:06,,,6\n"
                             "%4,04/05/2026,08:00,09:00,,,1\n")
                  .arg(testing::uuid(14), testing::uuid(40), testing::uuid(16), testing::uuid(17))
                  .toUtf8();
        const TimestampImport result = TimestampImport::fromCsv(csv, { contract }, format);
        QVERIFY2(result.imported.size() == 3, qPrintable(describe(result)));
        QCOMPARE(result.imported.at(0).line, 2);
        QCOMPARE(result.imported.at(0).record.kilometres, 12);
        // The quoted comment spans lines 2 and 3: the next record is on line 4.
        QCOMPARE(result.imported.at(1).line, 4);
        QCOMPARE(result.imported.at(1).record.interventionId, testing::uuid(40));
        QCOMPARE(result.imported.at(1).record.roundedStart,
                 testing::paris(QDate(2026, 5, 22), QTime(22, 0)));
        QCOMPARE(result.imported.at(1).record.roundedMinutes, 485); // 21:58–06:03 = 485 min
        QCOMPARE(result.imported.at(2).line, 5);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 6);
        QCOMPARE(result.problems.first().column, u"Jour"_qs);
        QCOMPARE(result.problems.first().code, u"bad_date"_qs);
    }

    // 29 March 2026 in Paris: the clocks go from 02:00 to 03:00, so 02:30 does not exist.
    void timeSkippedByTheClockChange_isABadTime()
    {
        Contract contract = testing::mayContract();
        contract.interventions.append({ testing::uuid(41),
                                        testing::paris(QDate(2026, 3, 29), QTime(1, 30)),
                                        testing::paris(QDate(2026, 3, 29), QTime(3, 30)) });
        const QByteArray csv = "date;arrivee;depart\n29/03/2026;02:30;03:30\n"
                               "29/03/2026;01:30;03:30\n";
        const TimestampImport result = TimestampImport::fromCsv(csv, { contract });
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 2);
        QCOMPARE(result.problems.first().code, u"bad_time"_qs);
        QCOMPARE(result.problems.first().column, u"arrivee"_qs);
        QCOMPARE(result.imported.size(), 1);
        // 01:30 CET to 03:30 CEST is one hour.
        QCOMPARE(result.imported.first().record.roundedMinutes, 60);
    }

    void sameTimesInTwoContracts_areAmbiguousWithoutTheContractColumn()
    {
        const Contract first = testing::mayContract();
        Contract second = first;
        second.id = testing::uuid(600);
        second.number = u"REL-2026-000322"_qs;
        for (Intervention &i : second.interventions)
            i.id.replace(u"-8000-"_qs, u"-9000-"_qs);
        const QByteArray ambiguous = "date;arrivee;depart\n01/05/2026;09:02;09:58\n";
        const TimestampImport result = TimestampImport::fromCsv(ambiguous, { first, second });
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().code, u"ambiguous_intervention"_qs);
        const QByteArray precise
            = "contrat;date;arrivee;depart\nREL-2026-000322;01/05/2026;09:02;09:58\n";
        const TimestampImport resolved = TimestampImport::fromCsv(precise, { first, second });
        QCOMPARE(resolved.imported.size(), 1);
        QCOMPARE(resolved.imported.first().record.contractId, second.id);
    }

    void stampFarFromAnyPlannedIntervention_isUnknown()
    {
        // 1 May has interventions at 00:30 and 09:00; 18:00 is neither.
        const QByteArray csv = "date;arrivee;depart\n01/05/2026;18:00;19:00\n";
        const TimestampImport result = TimestampImport::fromCsv(csv, { testing::mayContract() });
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().code, u"unknown_intervention"_qs);
    }

    void lineThatIsNotUtf8_isReportedAndTheOthersImported()
    {
        const QByteArray csv = "date;arrivee;depart;km\n"
                               "01/05/2026;09:02;09:58;12\n"
                               "04/05/2026;08:58;10:31;\xE9\xE9\n"
                               "13/05/2026;14:04;16:06;6\n";
        const TimestampImport result = TimestampImport::fromCsv(csv, { testing::mayContract() });
        QCOMPARE(result.imported.size(), 2);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 3);
        QCOMPARE(result.problems.first().code, u"not_utf8"_qs);
    }

    void emptyFile_isOneProblem()
    {
        const TimestampImport result = TimestampImport::fromCsv(bom(), { testing::mayContract() });
        QCOMPARE(result.lineCount, 0);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().code, u"empty_file"_qs);
    }
};

QTEST_GUILESS_MAIN(TestTimestampImport)
#include "tst_timestampimport.moc"

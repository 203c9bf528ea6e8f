// Tests of core/contracts/statementdocument: the May 2026 statement printed to PDF and read back
// with pdftotext, and exported to CSV and read back column by column. Needs QGuiApplication for
// fonts: QTEST_MAIN, offscreen platform.
#include "core/contracts/statementdocument.h"

#include "contractfixtures.h"
#include "core/contracts/hoursdone.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace releve;
using namespace releve::contracts;
using namespace releve::domain;

class TestStatementDocument : public QObject
{
    Q_OBJECT

private:
    // The statement of tst_statement.cpp: totals 6 h 15 on weekdays (138,88 €), 5 h 00 on
    // Sundays and public holidays (111,10 €), 56 km (21,28 €), 271,26 € in all.
    static Statement mayStatement()
    {
        const Contract contract = testing::mayContract();
        QList<InterventionRecord> records;
        for (const testing::MayStamp &s : testing::mayStamps()) {
            const auto record = recordHours(
                contract, testing::uuid(s.intervention), testing::paris(s.day, s.arrival),
                testing::paris(s.day, s.departure), s.kilometres,
                s.byHand ? HoursSource::Hand : HoursSource::TimeStamping);
            if (!record)
                qFatal("%s", qPrintable(record.error().toString()));
            records.append(*record);
        }
        return Statement::build(contract, records, 2026, 5, { u"23"_qs });
    }

    // The CSV's records, fields split on ';' (the export quotes no field of this statement).
    static QList<QStringList> readCsv(const QByteArray &bytes)
    {
        QList<QStringList> rows;
        const QString text = QString::fromUtf8(bytes.mid(3));
        for (const QString &line : text.split(u"\r\n"_qs))
            rows.append(line.split(u';'));
        return rows;
    }

    // "138,88" → 13888.
    static qint64 cents(const QString &amount)
    {
        const QStringList parts = amount.split(u',');
        if (parts.size() != 2 || parts.at(1).size() != 2)
            return -1;
        return parts.at(0).toLongLong() * 100 + parts.at(1).toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_text;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // RELEVE_KEEP_DOCUMENTS=1 keeps the printed files to look at them.
        if (qEnvironmentVariableIsSet("RELEVE_KEEP_DOCUMENTS")) {
            m_dir.setAutoRemove(false);
            qInfo("Documents kept in %s", qPrintable(m_dir.path()));
        }
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString path = m_dir.filePath(u"releve_mai_2026.pdf"_qs);
        const auto hash = StatementDocument::writePdf(mayStatement(), path,
                                                      QLocale(QLocale::French, QLocale::France));
        QVERIFY2(hash.ok(), qPrintable(hash.error().toString()));
        QCOMPARE(hash->size(), 64);
        m_text = testing::flat(testing::pdfText(path));
        QVERIFY(!m_text.isEmpty());
    }

    // DESIGN.md, "Contracts": "interventions with rounded times, hours, kilometres, amount in
    // cents"; issue 8: weekday and Sunday/public-holiday hours separately.
    void frenchPdf_containsEveryLineAndTotal_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << u"Relevé mensuel des interventions"_qs;
        QTest::newRow("period") << u"Période du 1 mai 2026 au 31 mai 2026"_qs;
        QTest::newRow("contract") << u"Convention de mise à disposition n° REL-2026-000321"_qs;
        QTest::newRow("lender")
            << u"Structure prêteuse Structure utilisatrice ADMR du Pays de Guéret Aide à Domicile Aubusson"_qs;
        QTest::newRow("worker") << u"Intervenant·e : Martine Lefèvre"_qs;
        QTest::newRow("place") << u"8 chemin des Écoles, Felletin — département 23"_qs;
        QTest::newRow("rates") << u"Taux horaire : 22,22 € — indemnité kilométrique : 0,38 €"_qs;
        QTest::newRow("line count") << u"Interventions effectuées (8)"_qs;
        // Date, stamped, rounded, duration, day class, km, entry.
        QTest::newRow("1 May night")
            << u"ven. 01/05/2026 00:31–01:29 00:30–01:30 1 h 00 jour férié 0 horodatée"_qs;
        QTest::newRow("1 May, the CPOM example")
            << u"ven. 01/05/2026 09:02–09:58 09:00–09:55 0 h 55 jour férié 12 horodatée"_qs;
        QTest::newRow("Sunday 3 May")
            << u"dim. 03/05/2026 18:07–19:01 18:05–19:00 0 h 55 dimanche 8 horodatée"_qs;
        QTest::newRow("Monday 4 May")
            << u"lun. 04/05/2026 08:58–10:31 09:00–10:35 1 h 35 semaine 12 horodatée"_qs;
        QTest::newRow("Wednesday 13 May")
            << u"mer. 13/05/2026 14:04–16:06 14:05–16:05 2 h 00 semaine 6 horodatée"_qs;
        QTest::newRow("Ascension")
            << u"jeu. 14/05/2026 08:00–09:00 08:00–09:00 1 h 00 jour férié 0 horodatée"_qs;
        QTest::newRow("Whit Monday")
            << u"lun. 25/05/2026 10:00–11:12 10:00–11:10 1 h 10 jour férié 3 horodatée"_qs;
        QTest::newRow("by hand")
            << u"sam. 30/05/2026 13:03–15:44 13:05–15:45 2 h 40 semaine 15 corrigée"_qs;
        QTest::newRow("weekday total") << u"Heures en semaine 6 h 15 22,22 € 138,88 €"_qs;
        QTest::newRow("holiday total")
            << u"Heures des dimanches et jours fériés 5 h 00 22,22 € 111,10 €"_qs;
        QTest::newRow("km total") << u"Kilomètres 56 km 0,38 € 21,28 €"_qs;
        QTest::newRow("total") << u"Total dû 11 h 15 271,26 €"_qs;
        QTest::newRow("unrecorded") << u"vendredi 8 mai 2026, 09:00–10:00"_qs;
        QTest::newRow("correction rate") << u"à la main : 1 sur 8 (12,5 %)"_qs;
        QTest::newRow("header") << u"Relevé mensuel — contrat n° REL-2026-000321 — mai 2026"_qs;
        QTest::newRow("footer") << u"Relevé du contrat n° REL-2026-000321 — mai 2026 — page 1/"_qs;
    }

    void frenchPdf_containsEveryLineAndTotal()
    {
        QFETCH(QString, expected);
        QVERIFY2(m_text.contains(expected), qPrintable(expected + u"\n---\n"_qs + m_text));
        QVERIFY(!m_text.contains(u"{{"_qs));
    }

    void frenchPdf_leavesOutOtherMonths()
    {
        QVERIFY(!m_text.contains(u"30/04/2026"_qs));
        QVERIFY(!m_text.contains(u"01/06/2026"_qs));
    }

    void longStatement_numbersEveryPage()
    {
        Contract contract = testing::mayContract();
        contract.interventions.clear();
        QList<InterventionRecord> records;
        for (int d = 1; d <= 31; ++d) {
            for (const int hour : { 8, 17 }) {
                const QDate day(2026, 5, d);
                const Intervention i { testing::uuid(1000 + d * 100 + hour),
                                       testing::paris(day, QTime(hour, 0)),
                                       testing::paris(day, QTime(hour + 1, 0)) };
                contract.interventions.append(i);
                records.append(
                    *recordHours(contract, i.id, i.start, i.end, 1, HoursSource::TimeStamping));
            }
        }
        const Statement s = Statement::build(contract, records, 2026, 5, { u"23"_qs });
        QCOMPARE(s.lines.size(), 62);
        const QString path = m_dir.filePath(u"long.pdf"_qs);
        QVERIFY(StatementDocument::writePdf(s, path, QLocale(QLocale::French)));
        const QStringList pages = testing::pdfText(path).split(QChar(u'\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 2);
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY(pages.at(i).contains(
                u"Relevé du contrat n° REL-2026-000321 — mai 2026 — page %1/%2"_qs.arg(i + 1).arg(
                    pages.size())));
            QVERIFY(pages.at(i).contains(u"Relevé mensuel — contrat n° REL-2026-000321"_qs));
        }
    }

    void englishPdf_usesTheEnglishTemplate()
    {
        const QString html = StatementDocument::html(
            mayStatement(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(html.contains(u"Monthly statement of interventions"_qs));
        QVERIFY(html.contains(u"May 2026"_qs));
        QVERIFY(html.contains(u"€271.26"_qs));
        QVERIFY(html.contains(u"public holiday"_qs));
        const auto doc = StatementDocument::document(mayStatement(), QLocale(QLocale::English));
        QVERIFY(doc);
        QVERIFY(doc->toPlainText().contains(u"Sunday and public holiday hours"_qs));
    }

    void placeholders_areAllFilled_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("fr") << QLocale(QLocale::French);
        QTest::newRow("en") << QLocale(QLocale::English);
    }

    void placeholders_areAllFilled()
    {
        QFETCH(QLocale, locale);
        const QString html = StatementDocument::html(mayStatement(), locale);
        QVERIFY(!html.isEmpty());
        static const QRegularExpression left(u"\\{\\{\\{?\\s*([A-Za-z0-9_]+)"_qs);
        auto it = left.globalMatch(html);
        while (it.hasNext()) {
            const QString key = it.next().captured(1);
            QVERIFY2(key == u"page" || key == u"pages", qPrintable(key));
        }
    }

    void subcontractStatement_namesTheProviderAndTheOrderingAgency()
    {
        Statement statement = mayStatement();
        statement.contract.type = u"sous_traitance"_qs;
        const QString html = StatementDocument::html(statement, QLocale(QLocale::French));
        QVERIFY(html.contains(u"Contrat de sous-traitance n° <b>REL-2026-000321</b>"_qs));
        QVERIFY(html.contains(u"<b>Prestataire</b>"_qs));
        QVERIFY(html.contains(u"<b>Donneur d'ordre</b>"_qs));
    }

    // French office software opens a CSV as UTF-8 when it starts with a BOM, splits it on ';'
    // and reads "138,88" as a number.
    void csv_roundTripsColumnsAndAmounts()
    {
        const Statement statement = mayStatement();
        const QString path = m_dir.filePath(u"releve.csv"_qs);
        QVERIFY(StatementDocument::writeCsv(statement, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const QList<QStringList> rows = readCsv(bytes);

        QCOMPARE(rows.at(0),
                 (QStringList { u"Contrat"_qs, u"Date"_qs, u"Arrivée"_qs, u"Départ"_qs,
                                u"Début arrondi"_qs, u"Fin arrondie"_qs, u"Durée (min)"_qs,
                                u"Durée (h:mm)"_qs, u"Jour"_qs, u"Km"_qs, u"Saisie"_qs }));
        QCOMPARE(rows.at(2),
                 (QStringList { u"REL-2026-000321"_qs, u"01/05/2026"_qs, u"09:02"_qs, u"09:58"_qs,
                                u"09:00"_qs, u"09:55"_qs, u"55"_qs, u"0:55"_qs, u"jour férié"_qs,
                                u"12"_qs, u"horodatée"_qs }));
        QCOMPARE(rows.at(8),
                 (QStringList { u"REL-2026-000321"_qs, u"30/05/2026"_qs, u"13:03"_qs, u"15:44"_qs,
                                u"13:05"_qs, u"15:45"_qs, u"160"_qs, u"2:40"_qs, u"semaine"_qs,
                                u"15"_qs, u"corrigée"_qs }));
        // One row per intervention, then a blank line and the summary.
        int minutes = 0;
        int kilometres = 0;
        for (int i = 1; i <= 8; ++i) {
            QCOMPARE(rows.at(i).size(), 11);
            minutes += rows.at(i).at(6).toInt();
            kilometres += rows.at(i).at(9).toInt();
        }
        QCOMPARE(minutes, 675);
        QCOMPARE(kilometres, 56);
        QCOMPARE(rows.at(9), QStringList { QString() });
        QCOMPARE(rows.at(10),
                 (QStringList { u"Récapitulatif"_qs, u"Quantité"_qs, u"Taux (€)"_qs,
                                u"Montant (€)"_qs }));
        QCOMPARE(rows.at(11),
                 (QStringList { u"Heures en semaine"_qs, u"6:15"_qs, u"22,22"_qs, u"138,88"_qs }));
        QCOMPARE(rows.at(12),
                 (QStringList { u"Heures dimanches et jours fériés"_qs, u"5:00"_qs, u"22,22"_qs,
                                u"111,10"_qs }));
        QCOMPARE(rows.at(13),
                 (QStringList { u"Kilomètres"_qs, u"56"_qs, u"0,38"_qs, u"21,28"_qs }));
        QCOMPARE(rows.at(14), (QStringList { u"Total"_qs, u"11:15"_qs, QString(), u"271,26"_qs }));
        // The amounts read back add up to the total, to the cent.
        QCOMPARE(cents(rows.at(11).at(3)) + cents(rows.at(12).at(3)) + cents(rows.at(13).at(3)),
                 cents(rows.at(14).at(3)));
        QCOMPARE(cents(rows.at(14).at(3)), statement.totalCents());
        QCOMPARE(rows.size(), 16); // the file ends with a line end
        QCOMPARE(rows.last(), QStringList { QString() });
    }

    void csvInEnglish_usesADecimalPoint()
    {
        const QByteArray csv = StatementDocument::csv(
            mayStatement(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(u"Weekday hours;6:15;22.22;138.88"_qs));
        QVERIFY(text.contains(u"Total;11:15;;271.26"_qs));
    }
};

QTEST_MAIN(TestStatementDocument)
#include "tst_statementdocument.moc"

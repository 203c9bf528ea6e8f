// CSV as French office software writes it (core/exchange/csv.h): semicolons, BOM, quoted fields
// with separators, quotes and line breaks, CRLF or LF.
#include "core/exchange/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace releve::exchange;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void read_bomQuotesAndLineBreaks()
    {
        const QByteArray file = "\xEF\xBB\xBFNom;Prénom;Note\r\n"
                                "Dupont;Anne;\"Clé chez la voisine; code 1234\"\r\n"
                                "\r\n"
                                "\"Martin\";\"Jean-\"\"Jo\"\"\";\"deux\r\nlignes\"\r\n"
                                "Petit;Luc;\n";
        const CsvTable table = readCsv(file);
        QVERIFY(table.validUtf8);
        QCOMPARE(table.header, QStringList({ u"Nom"_s, u"Prénom"_s, u"Note"_s }));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(0).line, 2);
        QCOMPARE(table.rows.at(0).fields.at(2), u"Clé chez la voisine; code 1234"_s);
        QCOMPARE(table.rows.at(1).line, 4); // the blank line 3 is skipped
        QCOMPARE(table.rows.at(1).fields.at(1), u"Jean-\"Jo\""_s);
        QCOMPARE(table.rows.at(1).fields.at(2), u"deux\r\nlignes"_s);
        QCOMPARE(table.rows.at(2).line, 6); // the quoted line break counted
        QCOMPARE(table.rows.at(2).fields, QStringList({ u"Petit"_s, u"Luc"_s, QString() }));
        QCOMPARE(table.rows.at(2).text, u"Petit;Luc;"_s);
    }

    void read_notUtf8_isReported()
    {
        const CsvTable table = readCsv("Nom;Pr\xE9nom\r\nDupont;Ren\xE9\r\n"); // Latin-1
        QVERIFY(!table.validUtf8);
    }

    void write_thenRead_roundTrips()
    {
        const QList<QStringList> rows { { u"a;b"_s, u"say \"hi\""_s, u"x\ny"_s },
                                        { u" padded "_s, QString(), u"é€"_s } };
        const QByteArray file = writeCsv({ u"A"_s, u"B"_s, u"C"_s }, rows);
        QVERIFY(file.startsWith("\xEF\xBB\xBF"));
        QVERIFY(file.contains("\"a;b\";\"say \"\"hi\"\"\";\"x\ny\"\r\n"));
        const CsvTable table = readCsv(file);
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0).fields, rows.at(0));
        QCOMPARE(table.rows.at(1).fields, rows.at(1));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

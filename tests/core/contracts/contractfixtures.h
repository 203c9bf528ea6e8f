// Shared by the tests of core/contracts: the contracts they print and record hours for, and the
// text of a PDF as pdftotext reads it back.
#pragma once

#include "core/domain/contract.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

namespace releve::contracts::testing {

inline QDateTime paris(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, QTimeZone(QByteArrayLiteral("Europe/Paris"))).toUTC();
}

// A UUID for test records: 00000000-0000-4000-8000-0000000000NN.
inline QString uuid(int n)
{
    return u"00000000-0000-4000-8000-%1"_qs.arg(n, 12, 10, QLatin1Char('0'));
}

// A loan of a DEAES worker from Guéret to Aubusson, two interventions in November 2026, signed
// by the lender only.
inline domain::Contract loanContract()
{
    domain::Contract c;
    c.id = u"4b0e6c1e-2d6f-4a8e-9f61-0d6c9a1f0a01"_qs;
    c.structureId = uuid(901);
    c.number = u"REL-2026-000123"_qs;
    c.lender = { uuid(901), u"ADMR du Pays de Guéret"_qs, u"77567227221136"_qs,
                 u"Autorisation SAAD n° 2016-23-041"_qs, u"12 rue de la Poste, 23000 Guéret"_qs };
    c.user = { uuid(902), u"Aide à Domicile Aubusson"_qs, u"45213478900027"_qs,
               u"Autorisation SAAD n° 2018-23-007"_qs, u"3 place du Marché, 23200 Aubusson"_qs };
    c.staffName = u"Martine Lefèvre"_qs;
    c.staffQualification = u"deaes"_qs;
    c.missionAddress = u"8 chemin des Écoles"_qs;
    c.missionCommune = u"Felletin"_qs;
    c.missionDepartement = u"23"_qs;
    c.postCharacteristics = u"Personne malentendante : se placer face à elle."_qs;
    c.needs = { u"lever"_qs, u"toilette"_qs, u"repas"_qs };
    // Monday 23 November 2026 08:00–12:00 and Tuesday 24 14:00–16:30, Paris time.
    c.interventions = { { u"i2"_qs, paris(QDate(2026, 11, 24), QTime(14, 0)),
                          paris(QDate(2026, 11, 24), QTime(16, 30)) },
                        { u"i1"_qs, paris(QDate(2026, 11, 23), QTime(8, 0)),
                          paris(QDate(2026, 11, 23), QTime(12, 0)) } };
    c.hourlyRateCents = 2222;
    c.kmRateCents = 38;
    c.signatures
        = { { u"lender"_qs, u"Anne Dupont"_qs, paris(QDate(2026, 11, 20), QTime(10, 0)) } };
    return c;
}

// The contract of the May 2026 statement tests: planned interventions, Paris time, around
// 1 May (Friday, public holiday), Sunday 3, 8 May (Friday, public holiday), Ascension (Thursday
// 14), Whit Monday (25), and both ends of the month. 22.22 €/h, 0.38 €/km.
inline domain::Contract mayContract()
{
    domain::Contract c = loanContract();
    c.id = uuid(500);
    c.number = u"REL-2026-000321"_qs;
    const auto planned = [](int n, const QDate &day, const QTime &from, const QTime &to) {
        return domain::Intervention { uuid(n), paris(day, from), paris(day, to) };
    };
    c.interventions = {
        planned(10, QDate(2026, 4, 30), QTime(20, 0), QTime(21, 0)),
        planned(11, QDate(2026, 5, 1), QTime(0, 30), QTime(1, 30)),
        planned(12, QDate(2026, 5, 1), QTime(9, 0), QTime(10, 0)),
        planned(13, QDate(2026, 5, 3), QTime(18, 0), QTime(19, 0)),
        planned(14, QDate(2026, 5, 4), QTime(9, 0), QTime(10, 30)),
        planned(15, QDate(2026, 5, 8), QTime(9, 0), QTime(10, 0)),
        planned(16, QDate(2026, 5, 13), QTime(14, 0), QTime(16, 0)),
        planned(17, QDate(2026, 5, 14), QTime(8, 0), QTime(9, 0)),
        planned(18, QDate(2026, 5, 25), QTime(10, 0), QTime(11, 0)),
        planned(19, QDate(2026, 5, 30), QTime(13, 0), QTime(15, 45)),
        planned(20, QDate(2026, 6, 1), QTime(0, 30), QTime(1, 0)),
    };
    return c;
}

// The hours done for mayContract(), as the time-stamping system gave them (Paris time); the
// 30 May line was typed by hand. See tst_statement.cpp for what each becomes.
struct MayStamp
{
    int intervention;
    QDate day;
    QTime arrival;
    QTime departure;
    int kilometres;
    bool byHand;
};

inline QList<MayStamp> mayStamps()
{
    return {
        { 10, QDate(2026, 4, 30), QTime(20, 0), QTime(21, 0), 4, false },
        { 11, QDate(2026, 5, 1), QTime(0, 31), QTime(1, 29), 0, false },
        { 12, QDate(2026, 5, 1), QTime(9, 2), QTime(9, 58), 12, false },
        { 13, QDate(2026, 5, 3), QTime(18, 7), QTime(19, 1), 8, false },
        { 14, QDate(2026, 5, 4), QTime(8, 58), QTime(10, 31), 12, false },
        { 16, QDate(2026, 5, 13), QTime(14, 4), QTime(16, 6), 6, false },
        { 17, QDate(2026, 5, 14), QTime(8, 0), QTime(9, 0), 0, false },
        { 18, QDate(2026, 5, 25), QTime(10, 0), QTime(11, 12), 3, false },
        { 19, QDate(2026, 5, 30), QTime(13, 3), QTime(15, 44), 15, true },
        { 20, QDate(2026, 6, 1), QTime(0, 30), QTime(1, 0), 2, false },
    };
}

// The PDF's text as pdftotext -layout reads it, spaces (also no-break ones) collapsed.
inline QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_qs, { u"-layout"_qs, u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    static const QRegularExpression spaces(u"[ \\t]+"_qs);
    return text.replace(spaces, u" "_qs);
}

// The same text on one line, for phrases a paragraph may wrap.
inline QString flat(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_qs);
    return QString(text).replace(whitespace, u" "_qs).trimmed();
}

} // namespace releve::contracts::testing

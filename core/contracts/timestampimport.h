// Import of the hours done from a CSV export of a time-stamping system (télégestion): every
// line becomes a record of a contracted intervention or a problem naming its line and column;
// no line is lost. The format is described in README.md, "Time-stamping CSV".
#pragma once

#include "core/domain/contract.h"
#include "core/domain/interventionrecord.h"
#include "core/rules/localday.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace releve::contracts {

// Where each field is in the file: the header names of the columns, compared without case,
// accents or surrounding spaces ("Arrivée" matches "arrivee"). An empty name means the system
// does not export that column; date, arrival and departure are required.
struct TimestampCsvColumns
{
    QString contract = QStringLiteral("contrat"); // contract number, REL-2026-000123
    QString intervention = QStringLiteral("intervention"); // the intervention's id (UUID)
    QString date = QStringLiteral("date"); // day of the arrival
    QString arrival = QStringLiteral("arrivee");
    QString departure = QStringLiteral("depart");
    QString departureDate = QStringLiteral("date_depart"); // when it is not the arrival's day
    QString kilometres = QStringLiteral("km");
};

struct TimestampCsvFormat
{
    TimestampCsvColumns columns;
    QChar separator = u';';
    // QDate/QTime formats; also read without leading zeros ("4/5/2026", "8:02") and, for
    // times, with seconds ("08:02:41", dropped by the rounding, kept in the raw times).
    QString dateFormat = QStringLiteral("dd/MM/yyyy");
    QString timeFormat = QStringLiteral("HH:mm");
};

// A line that was not imported, or the header when the file cannot be read.
struct ImportProblem
{
    int line = 0; // 1-based line of the file; the header is line 1
    QString column; // the column's header name as in the file, or as mapped when it is missing
    QString code; // "missing_column", "missing_value", "bad_date", "bad_time",
                  // "departure_before_arrival", "out_of_range", "bad_kilometres",
                  // "unknown_contract", "unknown_intervention", "ambiguous_intervention",
                  // "duplicate", "not_utf8", "empty_file"
    QString message; // for people, translated
    QString text; // the line as read, so that nothing is lost
};

struct ImportedRecord
{
    int line = 0;
    domain::InterventionRecord record;
};

struct TimestampImport
{
    QList<ImportedRecord> imported; // valid lines, in file order
    QList<ImportProblem> problems; // in file order; a line may have several
    int lineCount = 0; // data lines read (the header and blank lines not counted)

    bool ok() const { return problems.isEmpty(); }
    QList<domain::InterventionRecord> records() const;
    // Distinct lines with a problem: imported.size() + rejectedLines().size() == lineCount.
    QList<int> rejectedLines() const;

    // Reads a CSV export (UTF-8, with or without BOM; `format`'s separator; a header line, then
    // one intervention a line; dates and times local to `zone`) and matches each line to an
    // intervention of `contracts`: by the intervention column when it is filled, else by the
    // contract number when that column is filled, the day and the stamped times (the planned
    // intervention of that day that overlaps them most, then the nearest). A line matching an
    // intervention an earlier line matched is a "duplicate". Records are new
    // (TimeStamping source, not corrected), owned by the contract's lending structure.
    static TimestampImport fromCsv(const QByteArray &csv, const QList<domain::Contract> &contracts,
                                   const TimestampCsvFormat &format = {},
                                   const QTimeZone &zone = rules::parisTimeZone());
};

} // namespace releve::contracts

// CSV exchange of staff and availability with the agencies' own software (planning, payroll,
// spreadsheets), as French office software writes it: semicolon, UTF-8 with BOM, dd/mm/yyyy,
// HH:mm, decimal comma, quoted fields (csv.h). Import maps the file's columns to fields (guessed
// from header names in French or English, changed by the person), checks every line, and saves
// the valid ones through the LocalStore (so they sync); every rejected line is reported with its
// line number and field, and can be written back to a file to fix: nothing is lost.
#pragma once

#include "csv.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

namespace releve::store {
class LocalStore;
}

namespace releve::exchange {

enum class ExchangeKind { Staff, Availability };

// A field a column can be mapped to.
struct ExchangeField
{
    QString key; // "last_name", "start_date"…
    QString header; // the header Relève writes (French, as the agencies' files are)
    QString label; // for people, translated
    bool required = false;
};

// A line that was not imported, with what is wrong.
struct LineProblem
{
    int line = 0; // 1-based line of the file; the header is line 1
    QString field; // the column's header as in the file (or the field's label when unmapped)
    QString code; // "missing_value", "bad_date", "bad_time", "bad_number", "bad_value",
                  // "unknown_staff", "end_before_start", "missing_column", or a store code
    QString message; // for people, translated
};

struct ImportLine
{
    int line = 0;
    QStringList fields; // as read
    QString entity;
    QJsonObject data; // the record to save (an existing record's id when it updates one)
    bool update = false;
};

struct ImportResult
{
    QList<ImportLine> valid; // lines ready to save (prepare) or saved (apply)
    QList<LineProblem> problems; // in line order; a line may have several
    QList<int> rejectedLines() const; // distinct lines with a problem
    int created = 0; // after apply
    int updated = 0;
};

class StaffExchange
{
    Q_DECLARE_TR_FUNCTIONS(releve::exchange::StaffExchange)

public:
    static QList<ExchangeField> fields(ExchangeKind kind);
    // For each column of the header, the key of the field it most likely holds, or an empty
    // string; a field is guessed for one column at most.
    static QStringList guessMapping(ExchangeKind kind, const QStringList &header);
    // The fields a mapping leaves out although they are required.
    static QList<ExchangeField> missingRequired(ExchangeKind kind, const QStringList &mapping);

    // Checks every line of table under mapping (one key per column, "" to ignore a column),
    // for the structure structureId, against the records store holds (an existing staff member
    // is updated when the line carries its id or its first and last names; an availability line
    // finds its staff member the same way and updates an identical slot rather than repeating
    // it). Nothing is written.
    static ImportResult prepare(ExchangeKind kind, const CsvTable &table,
                                const QStringList &mapping, const QString &structureId,
                                const store::LocalStore &store,
                                const QTimeZone &zone = QTimeZone("Europe/Paris"));
    // Saves the valid lines of a prepared result through store.saveRecords (one transaction for
    // the lines, an outbox entry each, the same records and entries as saving them one by one);
    // a line the store refuses moves to the problems, the others are saved all the same.
    static ImportResult apply(store::LocalStore &store, ImportResult prepared,
                              const CsvTable &table, const QStringList &mapping);

    // The rejected lines as a CSV file to fix and import again: the original header and fields,
    // plus a last column saying what is wrong.
    static QByteArray rejectedCsv(const CsvTable &table, const ImportResult &result);

    // The structure's staff, or their availability, in the import format.
    static QByteArray exportCsv(ExchangeKind kind, const QString &structureId,
                                const store::LocalStore &store,
                                const QTimeZone &zone = QTimeZone("Europe/Paris"));

    // "45,8389" or "45.8389"; "35" or "35,0"; nullopt when not a number.
    static std::optional<double> parseDecimal(const QString &text);
    static QString normaliseHeader(const QString &text); // "Date de début" → "date de debut"
};

} // namespace releve::exchange

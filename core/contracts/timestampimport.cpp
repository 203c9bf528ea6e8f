#include "timestampimport.h"

#include "hoursdone.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace releve::contracts {

namespace {
// One record of the file: its fields as bytes, the line it starts on and its raw bytes.
struct CsvRecord
{
    int line = 0;
    QList<QByteArray> fields;
    QByteArray raw;
};

// RFC 4180 records with a configurable separator: fields may be quoted ("a;b", "say ""hi"""),
// a quoted field may hold the separator and line breaks; CRLF or LF line ends.
QList<CsvRecord> splitRecords(const QByteArray &bytes, char separator)
{
    QList<CsvRecord> records;
    CsvRecord current;
    QByteArray field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    current.line = 1;
    qsizetype recordStart = 0;
    const auto endRecord = [&](qsizetype end) {
        current.fields.append(field);
        current.raw = bytes.mid(recordStart, end - recordStart);
        if (current.raw.endsWith('\r'))
            current.raw.chop(1);
        records.append(current);
        current = CsvRecord();
        field.clear();
        fieldWasQuoted = false;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == separator) {
            current.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == '\n') {
            if (field.endsWith('\r') && !fieldWasQuoted)
                field.chop(1);
            endRecord(i);
            ++line;
            current.line = line;
            recordStart = i + 1;
        } else if (c == '\r' && fieldWasQuoted) {
            // The CR of a CRLF after a closing quote.
        } else {
            field += c;
        }
    }
    if (recordStart < bytes.size() || !field.isEmpty() || !current.fields.isEmpty())
        endRecord(bytes.size());
    return records;
}

bool isBlank(const CsvRecord &record)
{
    return record.fields.size() <= 1 && record.raw.trimmed().isEmpty();
}

// Header names compared without case, accents, surrounding spaces; runs of spaces, '-' and
// '_' count as one '_' ("Date départ" = "date_depart").
QString normaliseHeader(const QString &name)
{
    static const QRegularExpression separators(u"[\\s_\\-]+"_qs);
    QString text;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            text += c;
    }
    return text.trimmed().toLower().replace(separators, u"_"_qs);
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The format, and the same without leading zeros ("dd/MM/yyyy" also reads "4/5/2026").
QDate parseDate(const QString &text, const QString &format)
{
    const QString lenient = QString(format).replace(u"dd"_qs, u"d"_qs).replace(u"MM"_qs, u"M"_qs);
    for (const QString &f : { format, lenient }) {
        const QDate date = QDate::fromString(text, f);
        if (date.isValid())
            return date;
    }
    return {};
}

// The format, without a leading zero ("H:mm"), and with seconds ("HH:mm:ss").
QTime parseTime(const QString &text, const QString &format)
{
    const QString lenient = QString(format).replace(u"HH"_qs, u"H"_qs);
    const bool hasSeconds = format.contains(u's');
    for (const QString &f : { format, lenient, hasSeconds ? format : format + u":ss",
                              hasSeconds ? lenient : lenient + u":ss" }) {
        const QTime time = QTime::fromString(text, f);
        if (time.isValid())
            return time;
    }
    return {};
}

// Whole kilometres from "12", "12,4" or "12.5", rounded half up without floating point.
std::optional<int> parseKilometres(const QString &text)
{
    static const QRegularExpression number(u"^(\\d{1,6})(?:[.,](\\d+))?$"_qs);
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int whole = m.captured(1).toInt();
    const QString fraction = m.captured(2);
    if (!fraction.isEmpty() && fraction.at(0) >= u'5')
        ++whole;
    return whole;
}

struct Candidate
{
    const domain::Contract *contract = nullptr;
    const domain::Intervention *intervention = nullptr;
};

// The intervention with this id among the contracts; none when no contract has it.
Candidate findById(const QList<const domain::Contract *> &scope, const QString &id)
{
    for (const domain::Contract *contract : scope) {
        for (const domain::Intervention &i : contract->interventions) {
            if (i.id.compare(id, Qt::CaseInsensitive) == 0)
                return { contract, &i };
        }
    }
    return {};
}

// Stamps drift from the plan: the planned interventions of that local day that overlap the
// stamped times most, then whose start is nearest, within an hour when they do not overlap.
// One candidate is a match; none or several are reported.
QList<Candidate> findByTimes(const QList<const domain::Contract *> &scope, const QDate &day,
                             const QDateTime &arrival, const QDateTime &departure,
                             const QTimeZone &zone)
{
    QList<Candidate> best;
    qint64 bestOverlap = -1;
    qint64 bestDistance = 0;
    for (const domain::Contract *contract : scope) {
        for (const domain::Intervention &i : contract->interventions) {
            if (rules::localDate(i.start, zone) != day)
                continue;
            const qint64 overlap
                = std::max<qint64>(0,
                                   std::min(i.end, departure).toSecsSinceEpoch()
                                       - std::max(i.start, arrival).toSecsSinceEpoch());
            const qint64 distance = qAbs(i.start.secsTo(arrival));
            if (overlap == 0 && distance > 3600)
                continue;
            if (overlap > bestOverlap || (overlap == bestOverlap && distance < bestDistance)) {
                best = { { contract, &i } };
                bestOverlap = overlap;
                bestDistance = distance;
            } else if (overlap == bestOverlap && distance == bestDistance) {
                best.append({ contract, &i });
            }
        }
    }
    return best;
}
} // namespace

QList<domain::InterventionRecord> TimestampImport::records() const
{
    QList<domain::InterventionRecord> list;
    list.reserve(imported.size());
    for (const ImportedRecord &r : imported)
        list.append(r.record);
    return list;
}

QList<int> TimestampImport::rejectedLines() const
{
    QList<int> lines;
    for (const ImportProblem &p : problems) {
        if (lines.isEmpty() || lines.last() != p.line)
            lines.append(p.line);
    }
    return lines;
}

TimestampImport TimestampImport::fromCsv(const QByteArray &csv,
                                         const QList<domain::Contract> &contracts,
                                         const TimestampCsvFormat &format, const QTimeZone &zone)
{
    TimestampImport result;
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const char separator = format.separator.toLatin1();
    const QList<CsvRecord> all = splitRecords(bytes, separator ? separator : ';');

    const auto lossy = [](const QByteArray &raw) {
        return QString::fromUtf8(raw);
    };
    const auto headerIt
        = std::find_if(all.cbegin(), all.cend(), [](const CsvRecord &r) { return !isBlank(r); });
    if (headerIt == all.cend()) {
        result.problems.append(
            { 1,
              {},
              u"empty_file"_qs,
              QCoreApplication::translate("releve::contracts",
                                          "The file is empty: no header line and no "
                                          "intervention. Nothing was imported."),
              {} });
        return result;
    }

    // The header: where each mapped column is.
    const CsvRecord &header = *headerIt;
    QStringList headerNames;
    for (const QByteArray &field : header.fields)
        headerNames.append(QString::fromUtf8(field).trimmed());
    struct Column
    {
        QString mapped; // the name in the format
        qsizetype index = -1;
        QString name; // as in the file
        bool required = false;
    };
    const TimestampCsvColumns &c = format.columns;
    Column contractColumn { c.contract, -1, {}, false };
    Column interventionColumn { c.intervention, -1, {}, false };
    Column dateColumn { c.date, -1, {}, true };
    Column arrivalColumn { c.arrival, -1, {}, true };
    Column departureColumn { c.departure, -1, {}, true };
    Column departureDateColumn { c.departureDate, -1, {}, false };
    Column kilometresColumn { c.kilometres, -1, {}, false };
    const QList<Column *> columns { &contractColumn,  &interventionColumn, &dateColumn,
                                    &arrivalColumn,   &departureColumn,    &departureDateColumn,
                                    &kilometresColumn };
    for (Column *column : columns) {
        if (column->mapped.trimmed().isEmpty())
            continue;
        const QString wanted = normaliseHeader(column->mapped);
        for (qsizetype i = 0; i < headerNames.size(); ++i) {
            if (normaliseHeader(headerNames.at(i)) == wanted) {
                column->index = i;
                column->name = headerNames.at(i);
                break;
            }
        }
        if (column->index < 0 && column->required) {
            result.problems.append(
                { header.line, column->mapped, u"missing_column"_qs,
                  QCoreApplication::translate(
                      "releve::contracts",
                      "The header has no column \"%1\" (it has: %2). Nothing was "
                      "imported; map the column in the import settings or export it "
                      "from the time-stamping system.")
                      .arg(column->mapped, headerNames.join(u", "_qs)),
                  lossy(header.raw) });
        }
    }
    const bool headerOk = result.problems.isEmpty();

    // Interventions already imported, with their line, to report duplicates.
    QHash<QString, int> importedLines;
    for (auto it = headerIt + 1; it != all.cend(); ++it) {
        const CsvRecord &record = *it;
        if (isBlank(record))
            continue;
        ++result.lineCount;
        if (!headerOk)
            continue;
        const QString text = lossy(record.raw);
        QList<ImportProblem> problems;
        const auto problem = [&](const Column &column, const QString &code,
                                 const QString &message) {
            problems.append({ record.line, column.name.isEmpty() ? column.mapped : column.name,
                              code, message, text });
        };

        // Every mapped column must be on the line.
        QStringList fields;
        bool readable = true;
        for (const QByteArray &field : record.fields) {
            const std::optional<QString> decoded = decodeUtf8(field);
            if (!decoded) {
                result.problems.append(
                    { record.line,
                      {},
                      u"not_utf8"_qs,
                      QCoreApplication::translate(
                          "releve::contracts",
                          "The line is not UTF-8 text; it was not imported. Export the "
                          "file as UTF-8."),
                      text });
                readable = false;
                break;
            }
            fields.append(decoded->trimmed());
        }
        if (!readable)
            continue;
        const auto missing = std::find_if(columns.cbegin(), columns.cend(), [&](const Column *col) {
            return col->index >= fields.size();
        });
        if (missing != columns.cend()) {
            problem(**missing, u"missing_column"_qs,
                    QCoreApplication::translate(
                        "releve::contracts",
                        "The line has %1 field(s) and no column \"%2\"; it was not "
                        "imported.")
                        .arg(fields.size())
                        .arg((*missing)->name));
            result.problems += problems;
            continue;
        }
        const auto value = [&fields](const Column &column) {
            return column.index >= 0 ? fields.at(column.index) : QString();
        };

        // Day and times, local to the place of work.
        const auto readDate = [&](const Column &column) -> QDate {
            const QString v = value(column);
            if (v.isEmpty()) {
                problem(column, u"missing_value"_qs,
                        QCoreApplication::translate("releve::contracts",
                                                    "The date is missing (%1 expected).")
                            .arg(format.dateFormat));
                return {};
            }
            const QDate date = parseDate(v, format.dateFormat);
            if (!date.isValid()) {
                problem(column, u"bad_date"_qs,
                        QCoreApplication::translate("releve::contracts",
                                                    "\"%1\" is not a date (%2 expected).")
                            .arg(v, format.dateFormat));
            }
            return date;
        };
        const auto readTime = [&](const Column &column) -> QTime {
            const QString v = value(column);
            if (v.isEmpty()) {
                problem(column, u"missing_value"_qs,
                        QCoreApplication::translate("releve::contracts",
                                                    "The time is missing (%1 expected).")
                            .arg(format.timeFormat));
                return {};
            }
            const QTime time = parseTime(v, format.timeFormat);
            if (!time.isValid()) {
                problem(column, u"bad_time"_qs,
                        QCoreApplication::translate("releve::contracts",
                                                    "\"%1\" is not a time (%2 expected).")
                            .arg(v, format.timeFormat));
            }
            return time;
        };
        const QDate day = readDate(dateColumn);
        const QTime arrivalTime = readTime(arrivalColumn);
        const QTime departureTime = readTime(departureColumn);
        QDate departureDay = day;
        if (!value(departureDateColumn).isEmpty())
            departureDay = readDate(departureDateColumn);
        const auto local = [&](const QDate &d, const QTime &t, const Column &column) {
            if (!d.isValid() || !t.isValid())
                return QDateTime();
            const QDateTime instant(d, t, zone);
            // A time the clock skips in spring does not exist.
            if (!instant.isValid() || instant.time() != t) {
                problem(column, u"bad_time"_qs,
                        QCoreApplication::translate("releve::contracts",
                                                    "%1 does not exist on %2 (the clocks changed).")
                            .arg(value(column), d.toString(format.dateFormat)));
                return QDateTime();
            }
            return instant;
        };
        const QDateTime arrival = local(day, arrivalTime, arrivalColumn);
        const QDateTime departure = local(departureDay, departureTime, departureColumn);
        if (arrival.isValid() && departure.isValid()) {
            if (departure <= arrival) {
                problem(departureColumn, u"departure_before_arrival"_qs,
                        QCoreApplication::translate("releve::contracts",
                                                    "The departure %1 is not after the arrival %2.")
                            .arg(value(departureColumn), value(arrivalColumn)));
            } else if (arrival.secsTo(departure) > maximumRecordedMinutes * 60) {
                problem(departureColumn, u"out_of_range"_qs,
                        QCoreApplication::translate(
                            "releve::contracts",
                            "The departure is more than 24 hours after the arrival."));
            }
        }

        int kilometres = 0;
        if (!value(kilometresColumn).isEmpty()) {
            const std::optional<int> km = parseKilometres(value(kilometresColumn));
            if (!km || *km > 2000) {
                problem(kilometresColumn, u"bad_kilometres"_qs,
                        QCoreApplication::translate(
                            "releve::contracts",
                            "\"%1\" is not a distance in kilometres between 0 and 2000.")
                            .arg(value(kilometresColumn)));
            } else {
                kilometres = *km;
            }
        }

        // The contracts the line may belong to.
        QList<const domain::Contract *> scope;
        const QString number = value(contractColumn);
        for (const domain::Contract &contract : contracts) {
            if (number.isEmpty() || contract.number.compare(number, Qt::CaseInsensitive) == 0)
                scope.append(&contract);
        }
        if (!number.isEmpty() && scope.isEmpty()) {
            problem(contractColumn, u"unknown_contract"_qs,
                    QCoreApplication::translate("releve::contracts",
                                                "No contract numbered %1 is among those imported.")
                        .arg(number));
        }
        if (!problems.isEmpty()) {
            result.problems += problems;
            continue;
        }

        // The intervention: by its id, else by day and times.
        Candidate match;
        Column matchColumn = dateColumn;
        const QString interventionId = value(interventionColumn);
        if (!interventionId.isEmpty()) {
            matchColumn = interventionColumn;
            match = findById(scope, interventionId);
            if (!match.intervention) {
                problem(interventionColumn, u"unknown_intervention"_qs,
                        QCoreApplication::translate(
                            "releve::contracts", "No contracted intervention has the reference %1.")
                            .arg(interventionId));
            }
        } else {
            const QList<Candidate> best = findByTimes(scope, day, arrival, departure, zone);
            if (best.size() == 1) {
                match = best.first();
            } else if (best.isEmpty()) {
                problem(dateColumn, u"unknown_intervention"_qs,
                        QCoreApplication::translate("releve::contracts",
                                                    "No contracted intervention on %1 near %2–%3.")
                            .arg(value(dateColumn), value(arrivalColumn), value(departureColumn)));
            } else {
                problem(dateColumn, u"ambiguous_intervention"_qs,
                        QCoreApplication::translate(
                            "releve::contracts",
                            "%1 contracted interventions on %2 match %3–%4 equally; add "
                            "the intervention or contract column.")
                            .arg(best.size())
                            .arg(value(dateColumn), value(arrivalColumn), value(departureColumn)));
            }
        }
        if (match.intervention && importedLines.contains(match.intervention->id)) {
            problem(matchColumn, u"duplicate"_qs,
                    QCoreApplication::translate(
                        "releve::contracts",
                        "Line %1 already gave the hours of this intervention; this line "
                        "was not imported.")
                        .arg(importedLines.value(match.intervention->id)));
        }
        if (!problems.isEmpty()) {
            result.problems += problems;
            continue;
        }

        const domain::Result<domain::InterventionRecord> made
            = recordHours(*match.contract, match.intervention->id, arrival, departure, kilometres,
                          HoursSource::TimeStamping);
        if (!made) {
            for (const domain::Error &error : made.errors())
                problem(matchColumn, error.code, error.message);
            result.problems += problems;
            continue;
        }
        importedLines.insert(match.intervention->id, record.line);
        result.imported.append({ record.line, *made });
    }
    return result;
}

} // namespace releve::contracts

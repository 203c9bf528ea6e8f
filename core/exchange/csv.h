// core/exchange: files other software reads and writes. This header: CSV as French office
// software writes it (LibreOffice Calc, Excel in a French locale): semicolon separator, UTF-8
// with a byte order mark, fields quoted when they hold the separator, a quote or a line break,
// CRLF line ends; read back with or without BOM and with LF or CRLF.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace releve::exchange {

struct CsvRow
{
    int line = 0; // 1-based line of the file where the row starts (the header is line 1)
    QStringList fields;
    QString text; // the row as read (without its line end), so that a rejected line is kept
};

struct CsvTable
{
    QStringList header;
    QList<CsvRow> rows; // data rows, blank lines skipped
    bool validUtf8 = true;
};

inline constexpr char utf8Bom[] = "\xEF\xBB\xBF";

// Reads a whole file: the first non-blank row is the header. A quoted field may hold the
// separator, doubled quotes and line breaks. An unterminated quote runs to the end of the file.
CsvTable readCsv(const QByteArray &bytes, QChar separator = u';');

// One line (fields joined by the separator, quoted when needed), without its line end.
QString csvLine(const QStringList &fields, QChar separator = u';');

// A whole file: BOM, header, rows, CRLF after each line.
QByteArray writeCsv(const QStringList &header, const QList<QStringList> &rows,
                    QChar separator = u';');

} // namespace releve::exchange

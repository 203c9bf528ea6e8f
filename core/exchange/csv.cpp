#include "csv.h"

#include <QStringDecoder>

namespace releve::exchange {

CsvTable readCsv(const QByteArray &bytes, QChar separator)
{
    CsvTable table;
    QByteArray body = bytes;
    if (body.startsWith(utf8Bom))
        body.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body);
    table.validUtf8 = !decoder.hasError();

    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    int line = 1;
    qsizetype rowStart = 0;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&](qsizetype end) {
        endField();
        row.text = text.mid(rowStart, end - rowStart);
        const bool blank = row.fields.size() == 1 && row.fields.first().trimmed().isEmpty();
        if (!blank)
            rows.append(row);
        row = CsvRow();
    };
    row.line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            const qsizetype end = i;
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRow(end);
            ++line;
            row.line = line;
            rowStart = i + 1;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (rowStart < text.size() || !field.isEmpty() || !row.fields.isEmpty())
        endRow(text.size());

    if (!rows.isEmpty()) {
        table.header = rows.takeFirst().fields;
        for (QString &name : table.header)
            name = name.trimmed();
    }
    table.rows = rows;
    return table;
}

QString csvLine(const QStringList &fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields) {
        if (field.contains(separator) || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ')) {
            QString escaped = field;
            escaped.replace(u'"', QStringLiteral("\"\""));
            out.append(u'"' + escaped + u'"');
        } else {
            out.append(field);
        }
    }
    return out.join(separator);
}

QByteArray writeCsv(const QStringList &header, const QList<QStringList> &rows, QChar separator)
{
    QByteArray out(utf8Bom);
    out += csvLine(header, separator).toUtf8() + "\r\n";
    for (const QStringList &row : rows)
        out += csvLine(row, separator).toUtf8() + "\r\n";
    return out;
}

} // namespace releve::exchange

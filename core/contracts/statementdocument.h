// The monthly statement (relevé) as people and office software read it: a document from the
// translated template releve_mensuel_<language>.html (print preview, printer, A4 PDF with its
// hash) and a CSV file for spreadsheets (README.md, "Statement CSV").
#pragma once

#include "core/contracts/statement.h"
#include "core/domain/error.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

#include <memory>

class QTextDocument;

namespace releve::contracts {

class StatementDocument
{
public:
    static QString templateName(); // "releve_mensuel"

    // The filled HTML in the locale's language (French when it has no template), the times
    // local to the statement's place of work. Empty when no template is found.
    static QString html(const Statement &statement, const QLocale &locale = QLocale());
    // For a print preview; print it with PrintedDocument::print().
    static std::unique_ptr<QTextDocument> document(const Statement &statement,
                                                   const QLocale &locale = QLocale());
    // Errors: "template_missing", "pdf_failed".
    static domain::Result<QByteArray> renderPdf(const Statement &statement,
                                                const QLocale &locale = QLocale());
    // Writes the PDF atomically and returns its document hash. Errors: those of renderPdf,
    // "write_failed" (field "path").
    static domain::Result<QString> writePdf(const Statement &statement, const QString &path,
                                            const QLocale &locale = QLocale());

    // The statement as CSV for spreadsheets: UTF-8 with a BOM, ';' between fields, CRLF line
    // ends; a header, one line per intervention, a blank line, then the summary (quantity,
    // rate, amount). Numbers are plain (no grouping, no currency sign) with the locale's
    // decimal separator, French by default: "138,88". Headers in the language of the labels.
    static QByteArray csv(const Statement &statement,
                          const QLocale &locale = QLocale(QLocale::French, QLocale::France));
    // Writes csv() atomically and returns its SHA-256 hash. Error: "write_failed" (field "path").
    static domain::Result<QString> writeCsv(const Statement &statement, const QString &path,
                                            const QLocale &locale
                                            = QLocale(QLocale::French, QLocale::France));
};

} // namespace releve::contracts

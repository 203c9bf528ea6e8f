// Printing of a filled template: a QTextDocument with a running header and a "page x/y"
// footer on every page, painted on a printer or an A4 PDF, and the document hash of that PDF.
#pragma once

#include "core/domain/error.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace releve::contracts {

class PrintedDocument
{
public:
    // Dynamic properties of the QTextDocument that fromHtml() returns, read by print(): the
    // running header (the document's <title>) and the footer pattern with {{page}} and {{pages}}
    // (the template's <meta name="releve-page-footer" content="…">).
    static constexpr const char *headerProperty = "releveHeader";
    static constexpr const char *footerProperty = "releveFooter";

    // The document for a print preview or an editor view; null when `html` is empty.
    static std::unique_ptr<QTextDocument> fromHtml(const QString &html);

    // Lays out a copy of `document` on the device's pages (its page size and margins) and
    // paints each page with the running header and the footer. For a QPrinter from a
    // QPrintPreviewDialog::paintRequested too. Returns false if the device cannot be painted.
    static bool print(const QTextDocument &document, QPagedPaintDevice *device);

    // The document as an A4 PDF. Error: "pdf_failed".
    static domain::Result<QByteArray> toPdf(const QTextDocument &document);

    // Writes `bytes` atomically (QSaveFile) and returns their document hash. Error:
    // "write_failed" (field "path"); on failure an existing file at `path` is left as it was.
    static domain::Result<QString> write(const QByteArray &bytes, const QString &path);

    // The document hash: SHA-256 of the bytes, lowercase hexadecimal (64 characters).
    static QString documentHash(const QByteArray &bytes);
};

} // namespace releve::contracts

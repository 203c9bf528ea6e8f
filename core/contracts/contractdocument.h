// The documents of a contract, filled from translated templates (README.md): the convention de
// mise à disposition and the employee's avenant (Code du travail L8241-1 and L8241-2) for a loan
// of staff, the contrat de sous-traitance for a subcontract. HTML, a QTextDocument for print
// preview, and an A4 PDF with its SHA-256 document hash.
#pragma once

#include "core/contracts/documenttemplate.h"
#include "core/contracts/printeddocument.h"
#include "core/domain/contract.h"
#include "core/rules/localday.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace releve::contracts {

class ContractDocument
{
public:
    enum class Kind {
        Convention, // convention de mise à disposition, lender and user structure (L8241-2 2°)
        Avenant, // avenant au contrat de travail, employer and employee (L8241-2 3°)
        Subcontract, // contrat de sous-traitance between two agencies
        Amendment, // the latest amendment (avenant n° REL-…-A1) when the interventions changed
    };

    static constexpr const char *headerProperty = PrintedDocument::headerProperty;
    static constexpr const char *footerProperty = PrintedDocument::footerProperty;

    // The contract's own document: the subcontract when Contract::type is "sous_traitance",
    // else the convention. The overloads without a Kind print this one.
    static Kind mainKind(const domain::Contract &contract);
    // Every document to print and sign for the contract: convention and avenant for a loan of
    // staff, the subcontract alone for a subcontract; then the latest amendment, if any.
    static QList<Kind> kinds(const domain::Contract &contract);
    // The template name: "convention_mise_a_disposition", "avenant_contrat_de_travail",
    // "contrat_sous_traitance", "avenant_modification".
    static QString templateName(Kind kind);
    // The code of PrintedDocumentRecord::kind (Contract::documentKinds()): "convention",
    // "avenant", "sous_traitance", "amendment".
    static QString kindCode(Kind kind);

    // The resource path of the template for the locale's language:
    // ":/templates/convention_mise_a_disposition_fr.html", falling back to French.
    static QString templatePath(const QLocale &locale, Kind kind = Kind::Convention);

    // The filled HTML: every value HTML-escaped; dates, hours and amounts in the locale's
    // format, instants in the time zone (the place of work's, Europe/Paris by default).
    // Empty when no template is found.
    static QString html(const domain::Contract &contract, const QLocale &locale = QLocale(),
                        const QTimeZone &zone = rules::parisTimeZone());
    static QString html(Kind kind, const domain::Contract &contract,
                        const QLocale &locale = QLocale(),
                        const QTimeZone &zone = rules::parisTimeZone());

    // The document for a print preview or an editor view. Print it with print() to get the
    // running header and the "page x/y" footer (QTextDocument::print() numbers pages only).
    static std::unique_ptr<QTextDocument> document(const domain::Contract &contract,
                                                   const QLocale &locale = QLocale(),
                                                   const QTimeZone &zone = rules::parisTimeZone());
    static std::unique_ptr<QTextDocument> document(Kind kind, const domain::Contract &contract,
                                                   const QLocale &locale = QLocale(),
                                                   const QTimeZone &zone = rules::parisTimeZone());

    // PrintedDocument::print(): for a QPrinter from a QPrintPreviewDialog::paintRequested too.
    static bool print(const QTextDocument &document, QPagedPaintDevice *device);

    // The document as an A4 PDF. Errors: "template_missing", "pdf_failed".
    static domain::Result<QByteArray> renderPdf(const domain::Contract &contract,
                                                const QLocale &locale = QLocale(),
                                                const QTimeZone &zone = rules::parisTimeZone());
    static domain::Result<QByteArray> renderPdf(Kind kind, const domain::Contract &contract,
                                                const QLocale &locale = QLocale(),
                                                const QTimeZone &zone = rules::parisTimeZone());

    // Renders and writes the PDF atomically (QSaveFile) and returns its document hash, the
    // value to store in Contract::documentHash for the main document. Errors: those of
    // renderPdf, "write_failed" (field "path"); on failure an existing file at `path` is left
    // as it was.
    static domain::Result<QString> writePdf(const domain::Contract &contract, const QString &path,
                                            const QLocale &locale = QLocale(),
                                            const QTimeZone &zone = rules::parisTimeZone());
    static domain::Result<QString> writePdf(Kind kind, const domain::Contract &contract,
                                            const QString &path, const QLocale &locale = QLocale(),
                                            const QTimeZone &zone = rules::parisTimeZone());

    // The document hash: SHA-256 of the PDF bytes, lowercase hexadecimal (64 characters).
    static QString documentHash(const QByteArray &pdf);

    // The values every contract template can use (parties, employee, mission, interventions,
    // rates, signatures; README.md lists them), formatted in DocumentTemplate::locale(). The
    // monthly statement uses them too.
    static TemplateValues values(const domain::Contract &contract, const DocumentTemplate &text,
                                 const QTimeZone &zone = rules::parisTimeZone());
};

} // namespace releve::contracts

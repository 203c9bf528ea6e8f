// The contracts screen: the contracts my structure is a party to; for the selected one its
// signatures, each of its documents (ContractDocument::kinds: convention, avenant, subcontract,
// latest amendment) as it will be printed, with "Print…" (print preview, printer) and "Export
// PDF…" (its SHA-256 is kept on the contract), the printed copies' hashes, and the hours done;
// "Amend the interventions…" drafts an amendment (AmendmentDialog) queued as an `amend` command,
// and the amendments (numbered, awaiting confirmation, or refused) are listed with their changes.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QPrintPreviewDialog;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace releve::ui {

class ContractListModel;
class ErrorLabel;
class AmendmentDialog;
class HoursDoneView;
class Workspace;

class ContractsView : public QWidget
{
    Q_OBJECT

public:
    explicit ContractsView(Workspace *workspace, QWidget *parent = nullptr);

    ContractListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString currentContractId() const { return m_contractId; }
    HoursDoneView *hoursView() const { return m_hours; }
    // The document shown, printed and exported: an index into ContractDocument::kinds().
    void setDocumentIndex(int index);
    // Shows the hours done of the selected contract (or its documents).
    void showHours();
    void showDocument();

public slots:
    void showContract(const QString &contractId);
    QPrintPreviewDialog *printContract(); // non-blocking; returns the open preview
    // Asks for a file name (FileDialog seam) and writes the PDF; returns the path written. The
    // PDF's SHA-256 is queued as a record_document command, so both parties keep it.
    QString exportPdf();
    // Queues the signature my structure owes on the document shown (the lender's, the user
    // structure's, or the employee's recorded by the lender; an amendment's when the amendment
    // is shown), with the signatory's name and the SHA-256 of the copy exported last; the server
    // decides (awaiting confirmation until the next sync). False with the reason shown otherwise.
    bool recordSignature();
    // Opens the amendment dialog (non-blocking) on the selected contract, when my structure is
    // a party of a signed or active contract with no amendment awaiting confirmation; on OK
    // the `amend` command is queued in the outbox (sent with the next sync). Null otherwise.
    AmendmentDialog *amendInterventions();

signals:
    void requestRequested(const QString &requestId);

private:
    void selectionChanged();
    void refresh();
    // The role my structure signs next on the document shown ("lender", "user", "employee"),
    // empty when no signature is due from it.
    QString dueSignature() const;
    // Why the selected contract cannot be amended now, empty when it can.
    QString amendBlocker() const;
    bool queueAmendment(const QJsonObject &command);

    Workspace *m_workspace;
    ContractListModel *m_model;
    QTableView *m_table;
    QStackedWidget *m_detailStack;
    QLabel *m_number;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_signatures;
    QComboBox *m_documentKind;
    QLabel *m_hashes;
    QLineEdit *m_signatory;
    QPushButton *m_sign;
    QLabel *m_signInfo;
    QHash<int, QString> m_exported; // SHA-256 of the copy exported last, by document kind
    QTabWidget *m_tabs;
    HoursDoneView *m_hours;
    QPushButton *m_print;
    QPushButton *m_export;
    QPushButton *m_openRequest;
    QPushButton *m_amend;
    QLabel *m_amendments;
    QLabel *m_exportInfo;
    ErrorLabel *m_error;
    QTextBrowser *m_preview;
    QString m_contractId;
};

} // namespace releve::ui

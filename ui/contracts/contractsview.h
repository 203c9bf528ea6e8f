// The contracts screen: the contracts my structure is a party to, the selected one as it will
// be printed, and "Print contract…" (print preview) and "Export PDF…".
#pragma once

#include <QWidget>

class QLabel;
class QPrintPreviewDialog;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace releve::ui {

class ContractListModel;
class ErrorLabel;
class Workspace;

class ContractsView : public QWidget
{
    Q_OBJECT

public:
    explicit ContractsView(Workspace *workspace, QWidget *parent = nullptr);

    ContractListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString currentContractId() const { return m_contractId; }

public slots:
    void showContract(const QString &contractId);
    QPrintPreviewDialog *printContract(); // non-blocking; returns the open preview
    // Asks for a file name (FileDialog seam) and writes the PDF; returns the path written.
    QString exportPdf();

signals:
    void requestRequested(const QString &requestId);

private:
    void selectionChanged();
    void refresh();

    Workspace *m_workspace;
    ContractListModel *m_model;
    QTableView *m_table;
    QStackedWidget *m_detailStack;
    QLabel *m_number;
    QLabel *m_status;
    QLabel *m_summary;
    QPushButton *m_print;
    QPushButton *m_export;
    QPushButton *m_openRequest;
    QLabel *m_exportInfo;
    ErrorLabel *m_error;
    QTextBrowser *m_preview;
    QString m_contractId;
};

} // namespace releve::ui

// The hours done under the selected contract: the grid of its interventions (planned, arrival,
// departure, kilometres, CPOM rounding, hand corrections), the correction rate, the import of a
// time-stamping CSV export, and the monthly statement (relevé) as a print preview, PDF and CSV.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPrintPreviewDialog;
class QPushButton;
class QTableView;

namespace releve::contracts {
struct Statement;
}

namespace releve::ui {

class ErrorLabel;
class HoursDoneModel;
class TimestampImportDialog;
class Workspace;

class HoursDoneView : public QWidget
{
    Q_OBJECT

public:
    explicit HoursDoneView(Workspace *workspace, QWidget *parent = nullptr);

    void setContract(const QString &contractId);
    HoursDoneModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    // Asks for a CSV file (FileDialog seam) and opens the import dialog on it (non-blocking);
    // returns the dialog, or nullptr when cancelled.
    TimestampImportDialog *importTimestamps();
    // The statement of the month chosen in the month list.
    QPrintPreviewDialog *printStatement();
    QString exportStatementPdf();
    QString exportStatementCsv();

private:
    // Asks where to save a statement; the file name ends with suffix.
    QString statementPath(const contracts::Statement &statement, const QString &title,
                          const QString &fileName, const QString &filter, const QString &suffix);
    void refresh();
    void fillMonths();

    Workspace *m_workspace;
    HoursDoneModel *m_model;
    QTableView *m_table;
    QLabel *m_correctionRate;
    QPushButton *m_import;
    QComboBox *m_month;
    QPushButton *m_printStatement;
    QPushButton *m_statementPdf;
    QPushButton *m_statementCsv;
    QLabel *m_info;
    ErrorLabel *m_error;
    bool m_monthChosen = false; // the person picked a month: kept while the contract is shown
};

} // namespace releve::ui

// ui/exchange: import and export of files other software reads and writes (core/exchange).
// This header: the CSV import dialog. It shows each column of the file with an example value and
// the field it goes to (guessed from the header, French or English; the person can change it),
// says how many lines are ready as the mapping changes, imports the valid lines through the
// LocalStore, then lists every rejected line with its line number, column and problem, and saves
// the rejected lines to a file to fix and import again.
#pragma once

#include "core/exchange/staffexchange.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace releve::ui {

class ErrorLabel;
class Workspace;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Workspace *workspace, exchange::ExchangeKind kind, QWidget *parent = nullptr);

    // Reads the file; false (and a message in the dialog) when it cannot be read.
    bool loadFile(const QString &path);
    QStringList mapping() const;
    void setMapping(int column, const QString &fieldKey); // "" ignores the column
    exchange::ImportResult result() const { return m_result; }

public Q_SLOTS:
    void import();
    bool saveRejected(); // asks for a file name
    bool saveRejectedTo(const QString &path);

private:
    void updatePreview();

    Workspace *m_workspace;
    exchange::ExchangeKind m_kind;
    exchange::CsvTable m_table;
    exchange::ImportResult m_result;
    QString m_path;

    QStackedWidget *m_pages;
    QLabel *m_fileLabel;
    QTableWidget *m_mappingTable;
    QList<QComboBox *> m_fieldCombos;
    ErrorLabel *m_mappingError;
    QLabel *m_previewLabel;
    QPushButton *m_importButton;
    QLabel *m_summaryLabel;
    QTableWidget *m_problemTable;
    QPushButton *m_saveRejectedButton;
};

} // namespace releve::ui

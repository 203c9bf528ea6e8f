// Import of the hours done from a time-stamping (télégestion) CSV export: the file is read with
// contracts::TimestampImport against the contracts my structure lends staff under; the dialog
// lists the lines ready to import (raw → rounded) and every problem with its line number, imports
// the valid lines through the LocalStore, and can save the rejected lines to a CSV file to fix
// and import again, so that no line is lost.
#pragma once

#include "core/contracts/timestampimport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace releve::ui {

class Workspace;

class TimestampImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TimestampImportDialog(Workspace *workspace, QWidget *parent = nullptr);

    // Reads the file; false (with the reason shown) when it cannot be read.
    bool loadFile(const QString &path);
    const contracts::TimestampImport &result() const { return m_result; }
    // Stores the valid lines not recorded yet; returns how many were stored.
    int importValidLines();
    // Writes the header and the rejected lines as read to a CSV file (FileDialog seam); returns
    // the path written, empty when cancelled or failed.
    QString saveRejectedLines();
    QString summary() const;

private:
    void fill();

    Workspace *m_workspace;
    QString m_path;
    QByteArray m_header;
    QList<domain::Contract> m_contracts;
    contracts::TimestampImport m_result;
    QStringList m_alreadyRecorded; // intervention ids with hours stored before the import
    QLabel *m_summary;
    QTableWidget *m_ready;
    QTableWidget *m_problems;
    QPushButton *m_import;
    QPushButton *m_saveRejected;
    QLabel *m_outcome;
};

} // namespace releve::ui

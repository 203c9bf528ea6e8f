// A change the server refused, shown with the server's reason in plain words (also under the
// field at fault), its values editable field by field; "Send again" queues the corrected change
// through LocalStore::resendCorrected() (validated like any edit: errors under their field).
#pragma once

#include "core/store/localstore.h"

#include <QDialog>
#include <QHash>

class QPushButton;
class QWidget;

namespace releve::ui {

class ErrorLabel;
class Workspace;

class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectionDialog(Workspace *workspace, const store::OutboxEntry &entry,
                     QWidget *parent = nullptr);

    const store::OutboxEntry &entry() const { return m_entry; }
    // The corrected record (upsert) or command object (command), as the form now says.
    QJsonObject correctedData() const;
    // The editor of a field (object name "correct_<field>"), nullptr for a field not editable.
    QWidget *editor(const QString &field) const { return m_editors.value(field); }

    void accept() override; // sends again, or shows the errors and stays open

signals:
    void resent(qint64 previousSeq);

private:
    void showErrors(const domain::Errors &errors);

    Workspace *m_workspace;
    store::OutboxEntry m_entry;
    QJsonObject m_original; // what the form edits: the record, or the command object
    QHash<QString, QWidget *> m_editors;
    QHash<QString, ErrorLabel *> m_errorLabels;
    ErrorLabel *m_formError;
    QPushButton *m_sendButton;
};

} // namespace releve::ui

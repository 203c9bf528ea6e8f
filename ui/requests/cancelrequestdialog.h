// Asks why one or more requests are cancelled (the reason goes to the server with the command
// and to the other agencies), and what becomes of a contract already made for them: it is ended
// with the same reason, or kept and opened so that an amendment (avenant) records what changes.
// A signed contract is never left behind silently.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace releve::ui {

class ErrorLabel;
class Workspace;

class CancelRequestDialog : public QDialog
{
    Q_OBJECT

public:
    enum class ContractChoice { End, Amend };

    CancelRequestDialog(Workspace *workspace, const QStringList &requestIds,
                        QWidget *parent = nullptr);

    QStringList requestIds() const { return m_requestIds; }
    QString reason() const;
    // The running contracts (not ended) of the requests, by id.
    QStringList runningContractIds() const { return m_contractIds; }
    ContractChoice contractChoice() const;

    void accept() override;
    // Queues what the person chose: a cancel command per request and, when chosen, an end
    // command per running contract (after the cancel, so the request stays cancelled rather
    // than done). Returns the errors of what could not be queued.
    QStringList queueCommands();

private:
    Workspace *m_workspace;
    QStringList m_requestIds;
    QStringList m_contractIds;
    QPlainTextEdit *m_reason;
    QRadioButton *m_end = nullptr;
    QRadioButton *m_amend = nullptr;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace releve::ui

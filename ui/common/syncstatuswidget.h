// The status bar's account of synchronisation: online or offline, changes waiting to be sent,
// the last successful sync, a progress bar while syncing, and problems in plain words.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace releve::ui {

class Workspace;

class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(Workspace *workspace, QWidget *parent = nullptr);

private:
    void refresh();
    void confirmRemoval();

    Workspace *m_workspace;
    QLabel *m_stateDot;
    QLabel *m_stateLabel;
    QLabel *m_pendingLabel;
    QLabel *m_lastSyncLabel;
    QLabel *m_errorLabel;
    QProgressBar *m_progress;
    QToolButton *m_syncButton;
    QToolButton *m_reviewButton; // held removals after a resync, for the person to confirm
    QString m_eventProblem; // a rejection or conflict, kept until a clean sync
};

} // namespace releve::ui

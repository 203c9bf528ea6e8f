// The status bar's account of synchronisation: online or offline, changes waiting to be sent,
// the last successful sync, a progress bar while syncing (determinate when the server says how
// much is left), problems in plain words, and "N changes to review" (conflicts and refused
// changes) as a link that emits reviewRequested().
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

signals:
    // The person clicked "N changes to review": show the page that lists them.
    void reviewRequested();

private:
    void refresh();
    void confirmRemoval();

    Workspace *m_workspace;
    QLabel *m_stateDot;
    QLabel *m_stateLabel;
    QLabel *m_pendingLabel;
    QLabel *m_lastSyncLabel;
    QLabel *m_errorLabel;
    QLabel *m_reviewLink; // "N changes to review", hidden when nothing waits for a person
    QProgressBar *m_progress;
    QToolButton *m_syncButton;
    QToolButton *m_reviewButton; // held removals after a resync, for the person to confirm
    QString m_eventProblem; // a rejection or conflict, kept until a clean sync
};

} // namespace releve::ui

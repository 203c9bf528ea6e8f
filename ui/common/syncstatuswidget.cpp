#include "syncstatuswidget.h"

#include "ui/common/statuscolours.h"

#include "labels.h"
#include "localtime.h"
#include "messagebox.h"
#include "workspace.h"

#include "core/sync/syncengine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace releve::ui {

using sync::SyncEngine;

SyncStatusWidget::SyncStatusWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stateDot(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_lastSyncLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_reviewLink(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncButton(new QToolButton(this))
    , m_reviewButton(new QToolButton(this))
{
    setObjectName(u"syncStatus"_s);
    m_stateDot->setFixedSize(10, 10);
    m_stateLabel->setObjectName(u"syncStateLabel"_s);
    m_pendingLabel->setObjectName(u"pendingLabel"_s);
    m_lastSyncLabel->setObjectName(u"lastSyncLabel"_s);
    m_errorLabel->setObjectName(u"syncErrorLabel"_s);
    m_errorLabel->setStyleSheet(
        u"color: %1;"_s.arg(statuscolours::text(statuscolours::Meaning::Error, palette()).name()));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_reviewLink->setObjectName(u"reviewChangesLink"_s);
    m_reviewLink->setTextFormat(Qt::RichText);
    m_reviewLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
    m_reviewLink->setToolTip(tr("Conflicts and changes the server refused wait for your decision"));
    m_reviewLink->hide();
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_progress->setAccessibleName(tr("Synchronisation progress"));
    m_syncButton->setObjectName(u"syncNowButton"_s);
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setToolTip(tr("Send your changes and fetch the latest news from the server"));
    m_syncButton->setAutoRaise(true);
    m_reviewButton->setObjectName(u"confirmRemovalButton"_s);
    m_reviewButton->setText(tr("Review…"));
    m_reviewButton->setToolTip(tr("Decide what to do with the records the server no longer lists"));
    m_reviewButton->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(12);
    auto *stateBox = new QHBoxLayout;
    stateBox->setSpacing(6);
    stateBox->addWidget(m_stateDot);
    stateBox->addWidget(m_stateLabel);
    layout->addLayout(stateBox);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_reviewLink);
    layout->addWidget(m_lastSyncLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_errorLabel, 1);
    layout->addWidget(m_reviewButton);
    layout->addWidget(m_syncButton);

    SyncEngine *engine = m_workspace->syncEngine();
    connect(m_syncButton, &QToolButton::clicked, engine, &SyncEngine::syncNow);
    connect(m_reviewButton, &QToolButton::clicked, this, &SyncStatusWidget::confirmRemoval);
    connect(m_reviewLink, &QLabel::linkActivated, this, &SyncStatusWidget::reviewRequested);
    connect(engine, &SyncEngine::stateChanged, this, &SyncStatusWidget::refresh);
    connect(engine, &SyncEngine::syncFinished, this, [this](bool ok) {
        if (ok && m_workspace->store()->outbox({ u"rejected"_s, u"conflict"_s }).isEmpty())
            m_eventProblem.clear();
        refresh();
    });
    // A determinate bar when the total is known (the push, and the pull when the server says
    // how many changes remain), a busy one otherwise.
    connect(engine, &SyncEngine::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 0));
        m_progress->setValue(total > 0 ? qMin(done, total) : 0);
        m_progress->setToolTip(total > 0 ? tr("%1 of %2").arg(done).arg(total) : QString());
    });
    connect(engine, &SyncEngine::rejectionReported, this,
            [this](const QString &, const QString &, const QString &reason) {
                m_eventProblem = tr("The server refused a change: %1").arg(reason);
                refresh();
            });
    connect(engine, &SyncEngine::conflictReported, this, [this](const QString &, const QString &) {
        m_eventProblem = tr("A change conflicts with someone else's edit. Both versions are kept "
                            "until you choose.");
        refresh();
    });
    connect(m_workspace->store(), &store::LocalStore::outboxChanged, this,
            &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::confirmRemoval()
{
    SyncEngine *engine = m_workspace->syncEngine();
    const int count = engine->heldRemovalCount();
    if (count == 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Records no longer on the server"),
        tr("The server no longer lists %n record(s) that this computer still keeps. This "
           "happens when the server was restored from a backup. Remove them from this "
           "computer? Your changes not yet sent are kept either way.",
           nullptr, count),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (!engine->confirmRemoval())
        MessageBox::warning(this, tr("Records no longer on the server"), engine->lastError());
    refresh();
}

void SyncStatusWidget::refresh()
{
    SyncEngine *engine = m_workspace->syncEngine();
    // The dot's colour carries the state's meaning, in the colours of the palette in use (light
    // or dark); offline is neither good nor bad news, so it is the palette's own muted text.
    using statuscolours::Meaning;
    const QPalette &palette = this->palette();
    QString state;
    QColor colour = palette.color(QPalette::Disabled, QPalette::WindowText);
    switch (engine->state()) {
    case SyncEngine::State::Idle:
        state = tr("Online");
        colour = statuscolours::fill(Meaning::Success, palette);
        break;
    case SyncEngine::State::Syncing:
        state = tr("Syncing…");
        colour = statuscolours::fill(Meaning::Information, palette);
        break;
    case SyncEngine::State::Offline:
        state = tr("Offline");
        break;
    case SyncEngine::State::NeedsPassword:
        state = tr("Sign-in needed");
        colour = statuscolours::fill(Meaning::Warning, palette);
        break;
    case SyncEngine::State::Error:
        state = tr("Sync problem");
        colour = statuscolours::fill(Meaning::Error, palette);
        break;
    case SyncEngine::State::NeedsConfirmation:
        state = tr("Check needed");
        colour = statuscolours::fill(Meaning::Warning, palette);
        break;
    }
    m_reviewButton->setVisible(engine->state() == SyncEngine::State::NeedsConfirmation);
    m_stateLabel->setText(state);
    m_stateDot->setStyleSheet(u"background: %1; border-radius: 5px;"_s.arg(colour.name()));
    m_progress->setVisible(engine->state() == SyncEngine::State::Syncing);

    const int pending = m_workspace->store()->isOpen() ? m_workspace->store()->pendingCount() : 0;
    m_pendingLabel->setText(pending == 0 ? tr("All changes sent")
                                         : tr("%n change(s) waiting to be sent", nullptr, pending));

    const int review
        = m_workspace->store()->isOpen() ? m_workspace->store()->needsAttentionCount() : 0;
    m_reviewLink->setVisible(review > 0);
    m_reviewLink->setText(u"<a href=\"review\">%1</a>"_s.arg(
        tr("%n change(s) to review", nullptr, review).toHtmlEscaped()));

    const QDateTime last = engine->lastSuccessfulSync();
    if (!last.isValid()) {
        m_lastSyncLabel->setText(tr("Not synced yet"));
    } else {
        const QDateTime local = LocalTime::toLocal(last, m_workspace->timeZone());
        const QDateTime now
            = LocalTime::toLocal(QDateTime::currentDateTimeUtc(), m_workspace->timeZone());
        m_lastSyncLabel->setText(
            local.date() == now.date()
                ? tr("Last sync at %1").arg(LocalTime::time(local.time()))
                : tr("Last sync on %1").arg(LocalTime::dateTime(last, m_workspace->timeZone())));
    }

    QString problem;
    if (engine->state() == SyncEngine::State::Offline) {
        problem = tr("The server cannot be reached. You can keep working: your changes are saved "
                     "on this computer.");
    } else if (engine->state() == SyncEngine::State::NeedsPassword) {
        problem = tr("Your session has expired. Sign in again to send your changes; they are kept "
                     "meanwhile.");
    } else if (engine->state() == SyncEngine::State::NeedsConfirmation) {
        problem = tr("The server no longer lists %n record(s) kept on this computer. Nothing was "
                     "removed.",
                     nullptr, engine->heldRemovalCount());
    } else if (engine->state() == SyncEngine::State::Error) {
        problem = engine->lastError().isEmpty() ? tr("Synchronisation failed. It will be retried.")
                                                : engine->lastError();
    }
    if (problem.isEmpty())
        problem = m_eventProblem;
    m_errorLabel->setText(problem);
    m_errorLabel->setToolTip(problem);
}

} // namespace releve::ui

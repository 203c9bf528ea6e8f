#include "requestsview.h"

#include "ui/common/desktopnotifier.h"
#include "ui/common/labels.h"
#include "ui/common/messagebox.h"
#include "ui/common/recordtable.h"
#include "ui/common/workspace.h"
#include "ui/requests/cancelrequestdialog.h"
#include "ui/requests/requestdetailwidget.h"
#include "ui/requests/requestfiltermodel.h"
#include "ui/requests/requestformdialog.h"
#include "ui/requests/requestlistmodel.h"

#include "core/domain/entity.h"
#include "core/sync/syncengine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

RequestsView::RequestsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RequestListModel(workspace, this))
    , m_filter(new RequestFilterModel(this))
    , m_title(new QLabel(tr("Requests"), this))
    , m_sections(new QTabBar(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("New request…"), this))
    , m_selectionLabel(new QLabel(this))
    , m_bulkPublish(new QPushButton(tr("Publish selected"), this))
    , m_bulkCancel(new QPushButton(tr("Cancel selected…"), this))
    , m_bulkInfo(new QLabel(this))
    , m_detailStack(new QStackedWidget(this))
    , m_detail(new RequestDetailWidget(workspace, this))
    , m_emptyDetail(new QLabel(tr("Select a request to see its details."), this))
{
    setObjectName(u"requestsView"_s);
    m_filter->setSourceModel(m_model);
    m_filter->sort(RequestListModel::FirstDayColumn, Qt::AscendingOrder);

    m_title->setObjectName(u"pageTitle"_s);
    m_sections->setObjectName(u"requestSectionTabs"_s);
    m_sections->setAccessibleName(tr("Which requests"));
    m_sections->addTab(tr("My requests"));
    m_sections->addTab(tr("Incoming"));
    m_sections->setExpanding(false);
    m_sections->setDrawBase(false);
    m_new->setObjectName(u"newRequestButton"_s);
    m_new->setToolTip(tr("Write a replacement request as a draft"));
    m_selectionLabel->setObjectName(u"requestSelectionLabel"_s);
    m_selectionLabel->setTextFormat(Qt::PlainText);
    m_bulkPublish->setObjectName(u"bulkPublishButton"_s);
    m_bulkPublish->setToolTip(tr("Publish every selected draft"));
    m_bulkCancel->setObjectName(u"bulkCancelButton"_s);
    m_bulkCancel->setToolTip(tr("Cancel every selected request, with one reason"));
    m_bulkInfo->setObjectName(u"bulkInfoLabel"_s);
    m_bulkInfo->setWordWrap(true);
    m_bulkInfo->setTextFormat(Qt::PlainText);
    m_bulkInfo->hide();

    m_table->setObjectName(u"requestTable"_s);
    m_table->setAccessibleName(tr("Requests"));
    m_table->setAccessibleDescription(
        tr("Select several with Shift or Ctrl to publish or cancel them at once"));
    m_table->setModel(m_filter);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestListModel::FirstDayColumn, Qt::AscendingOrder);
    setUpRecordTable(m_table, 220); // long agency names elide

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 12, 8, 8);
    auto *leftHeader = new QHBoxLayout;
    leftHeader->addWidget(m_title);
    leftHeader->addStretch(1);
    leftHeader->addWidget(m_new);
    leftLayout->addLayout(leftHeader);
    leftLayout->addWidget(m_sections);
    leftLayout->addWidget(m_table, 1);
    auto *bulk = new QHBoxLayout;
    bulk->addWidget(m_selectionLabel, 1);
    bulk->addWidget(m_bulkPublish);
    bulk->addWidget(m_bulkCancel);
    leftLayout->addLayout(bulk);
    leftLayout->addWidget(m_bulkInfo);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"requestDetailScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_detail);
    m_emptyDetail->setObjectName(u"requestEmptyDetail"_s);
    m_emptyDetail->setAlignment(Qt::AlignCenter);
    m_emptyDetail->setEnabled(false);
    m_detailStack->addWidget(m_emptyDetail);
    m_detailStack->addWidget(scroll);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"requestsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 600, 800 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_sections, &QTabBar::currentChanged, this, [this](int index) {
        if (m_mode == Mode::Territory)
            return;
        const bool incoming = index == 1;
        m_filter->setSection(incoming ? RequestFilterModel::Section::Incoming
                                      : RequestFilterModel::Section::Mine);
        // Incoming: the most urgent first, then the newest. Mine: by first day.
        if (incoming)
            m_table->sortByColumn(RequestListModel::UrgencyColumn, Qt::AscendingOrder);
        else
            m_table->sortByColumn(RequestListModel::FirstDayColumn, Qt::AscendingOrder);
        m_table->clearSelection();
        selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestsView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the request on screen across reloads.
        const QString current = m_detail->requestId();
        updateTabs();
        if (!current.isEmpty()) {
            const int sourceRow = m_model->rowOfRequest(current);
            const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
            if (index.isValid())
                m_table->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        notifyUrgent();
    });
    connect(m_new, &QPushButton::clicked, this, &RequestsView::newRequest);
    connect(m_bulkPublish, &QPushButton::clicked, this, &RequestsView::publishSelected);
    connect(m_bulkCancel, &QPushButton::clicked, this, &RequestsView::cancelSelected);
    connect(m_detail, &RequestDetailWidget::contractRequested, this,
            &RequestsView::contractRequested);
    connect(m_detail, &RequestDetailWidget::editRequested, this, [this](const QString &id) {
        auto *dialog = new RequestFormDialog(m_workspace, this, id);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RequestFormDialog::saved, this, &RequestsView::showRequest);
        dialog->open();
    });
    updateTabs();
    selectionChanged();
}

void RequestsView::setMode(Mode mode)
{
    if (mode == m_mode && !m_sections->isHidden() == (mode == Mode::Coordinator))
        return;
    m_mode = mode;
    const bool territory = mode == Mode::Territory;
    m_sections->setVisible(mode == Mode::Coordinator);
    m_new->setVisible(!territory);
    m_title->setText(territory ? tr("Requests of the territory") : tr("Requests"));
    m_detail->setReadOnly(territory);
    m_filter->setDepartements(territory ? m_workspace->departements() : QStringList());
    if (territory) {
        m_filter->setSection(RequestFilterModel::Section::Territory);
        m_table->sortByColumn(RequestListModel::UrgencyColumn, Qt::AscendingOrder);
    } else {
        m_sections->setCurrentIndex(0);
        m_filter->setSection(RequestFilterModel::Section::Mine);
    }
    m_table->clearSelection();
    updateTabs();
    selectionChanged();
}

void RequestsView::setNotifier(DesktopNotifier *notifier)
{
    m_notifier = notifier;
    notifyUrgent();
}

int RequestsView::incomingCount() const
{
    return m_mode == Mode::Coordinator ? m_model->coverableCount() : 0;
}

void RequestsView::updateTabs()
{
    int mine = 0;
    int incoming = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(RequestListModel::MineRole).toBool())
            ++mine;
        else
            ++incoming;
    }
    const int coverable = incomingCount();
    m_sections->setTabText(0, tr("My requests (%1)").arg(mine));
    m_sections->setTabText(1,
                           coverable > 0
                               ? tr("Incoming (%1, %2 for my staff)").arg(incoming).arg(coverable)
                               : tr("Incoming (%1)").arg(incoming));
    if (coverable != m_lastIncoming) {
        m_lastIncoming = coverable;
        emit incomingCountChanged(coverable);
    }
}

void RequestsView::notifyUrgent()
{
    if (!m_notifier || m_mode != Mode::Coordinator || !m_workspace->store()->isOpen())
        return;
    // Each urgent request is announced once, across restarts: the ids are kept in the cache.
    const QString key = u"notified_urgent_requests"_s;
    QStringList told = m_workspace->store()->value(key).split(u',', Qt::SkipEmptyParts);
    QStringList fresh;
    for (const QString &id : m_model->coverableUrgentIds()) {
        if (!told.contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return;
    QString text;
    if (fresh.size() == 1) {
        const QJsonObject request = m_model->requestAt(m_model->rowOfRequest(fresh.first()));
        const int row = m_model->rowOfRequest(fresh.first());
        text = tr("%1 needs someone in %2 (%3); one of your staff could cover it.")
                   .arg(m_model->index(row, RequestListModel::AgencyColumn).data().toString(),
                        request.value(u"mission_commune"_s).toString(),
                        Labels::urgency(request.value(u"urgency"_s).toString()).toLower());
    } else {
        text = tr("%n urgent requests could be covered by your staff.", nullptr, int(fresh.size()));
    }
    m_notifier->notify(tr("Urgent replacement request"), text);
    told.append(fresh);
    // Ids of requests still visible; a long-gone id is of no use.
    while (told.size() > 200)
        told.removeFirst();
    m_workspace->store()->setValue(key, told.join(u','));
}

QStringList RequestsView::selectedRequestIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(RequestListModel::RequestIdRole).toString());
    return ids;
}

void RequestsView::updateBulkActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool mineSection = m_filter->section() == RequestFilterModel::Section::Mine;
    int drafts = 0;
    int cancellable = 0;
    for (const QModelIndex &index : rows) {
        const QString status = index.data(RequestListModel::StatusCodeRole).toString();
        const QString id = index.data(RequestListModel::RequestIdRole).toString();
        if (m_workspace->unconfirmedCommand(domain::entity::request, id))
            continue;
        drafts += status == u"draft"_s ? 1 : 0;
        cancellable
            += status != u"cancelled"_s && status != u"done"_s && status != u"expired"_s ? 1 : 0;
    }
    const bool several = rows.size() > 1;
    m_selectionLabel->setText(several ? tr("%n selected", nullptr, int(rows.size())) : QString());
    m_bulkPublish->setVisible(mineSection && several);
    m_bulkCancel->setVisible(mineSection && several);
    m_bulkPublish->setEnabled(drafts > 0);
    m_bulkPublish->setText(drafts > 0 ? tr("Publish %n draft(s)", nullptr, drafts)
                                      : tr("Publish selected"));
    m_bulkCancel->setEnabled(cancellable > 0);
    m_bulkCancel->setText(cancellable > 0 ? tr("Cancel %n request(s)…", nullptr, cancellable)
                                          : tr("Cancel selected…"));
}

void RequestsView::selectionChanged()
{
    updateBulkActions();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        // The detail keeps its request while the list reloads; it follows a new selection only.
        if (m_detail->requestId().isEmpty() || m_model->rowOfRequest(m_detail->requestId()) < 0) {
            m_detail->showRequest({});
            m_detailStack->setCurrentIndex(0);
        }
        return;
    }
    // The row last clicked, when it is one of the selection.
    QModelIndex shown = rows.first();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
        shown = current.siblingAtColumn(0);
    const QString requestId = shown.data(RequestListModel::RequestIdRole).toString();
    m_detail->showRequest(requestId);
    m_detailStack->setCurrentIndex(1);
    emit requestSelected(requestId);
}

void RequestsView::showRequest(const QString &requestId)
{
    const int sourceRow = m_model->rowOfRequest(requestId);
    if (sourceRow < 0)
        return;
    if (m_mode == Mode::Coordinator) {
        const bool mine = m_model->index(sourceRow, 0).data(RequestListModel::MineRole).toBool();
        m_sections->setCurrentIndex(mine ? 0 : 1);
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void RequestsView::showMine()
{
    m_sections->setCurrentIndex(0);
}

void RequestsView::showIncoming()
{
    m_sections->setCurrentIndex(1);
}

RequestFormDialog *RequestsView::newRequest()
{
    if (m_mode == Mode::Territory)
        return nullptr;
    auto *dialog = new RequestFormDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestFormDialog::saved, this, &RequestsView::showRequest);
    dialog->open();
    return dialog;
}

int RequestsView::publishSelected()
{
    QStringList queued;
    QStringList withoutConsent;
    for (const QString &id : selectedRequestIds()) {
        const auto record = m_workspace->store()->record(domain::entity::request, id);
        if (!record || record->data.value(u"status"_s).toString() != u"draft"_s
            || m_workspace->unconfirmedCommand(domain::entity::request, id))
            continue;
        if (!record->data.value(u"consent_recorded"_s).toBool()) {
            withoutConsent.append(record->data.value(u"mission_commune"_s).toString());
            continue;
        }
        if (m_workspace->store()->queueCommand(domain::entity::request, id,
                                               { { u"command"_s, u"publish"_s } }))
            queued.append(id);
    }
    QString info;
    if (!queued.isEmpty())
        info = tr("%n request(s) sent for publication. Awaiting confirmation from the server.",
                  nullptr, int(queued.size()));
    if (!withoutConsent.isEmpty())
        info += (info.isEmpty() ? QString() : u"\n"_s)
            + tr("Not published, the person's consent is not recorded: %1. Open each one to "
                 "record it.")
                  .arg(withoutConsent.join(u", "_s));
    m_bulkInfo->setText(info);
    m_bulkInfo->setVisible(!info.isEmpty());
    if (!queued.isEmpty())
        m_workspace->syncEngine()->syncNow();
    return int(queued.size());
}

CancelRequestDialog *RequestsView::cancelSelected()
{
    QStringList ids;
    for (const QString &id : selectedRequestIds()) {
        const auto record = m_workspace->store()->record(domain::entity::request, id);
        const QString status = record ? record->data.value(u"status"_s).toString() : QString();
        if (record && status != u"cancelled"_s && status != u"done"_s && status != u"expired"_s
            && !m_workspace->unconfirmedCommand(domain::entity::request, id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *dialog = new CancelRequestDialog(m_workspace, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->contractChoice() == CancelRequestDialog::ContractChoice::Amend) {
            emit contractRequested(dialog->runningContractIds().value(0));
            return;
        }
        const QStringList errors = dialog->queueCommands();
        m_bulkInfo->setText(errors.isEmpty() ? tr("%n request(s) sent for cancellation. Awaiting "
                                                  "confirmation from the server.",
                                                  nullptr, int(dialog->requestIds().size()))
                                             : errors.join(u'\n'));
        m_bulkInfo->show();
        m_workspace->syncEngine()->syncNow();
    });
    dialog->open();
    return dialog;
}

} // namespace releve::ui

#include "requestsview.h"

#include "ui/common/workspace.h"
#include "ui/requests/requestdetailwidget.h"
#include "ui/requests/requestfiltermodel.h"
#include "ui/requests/requestformdialog.h"
#include "ui/requests/requestlistmodel.h"

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
    , m_sections(new QTabBar(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("New request…"), this))
    , m_detailStack(new QStackedWidget(this))
    , m_detail(new RequestDetailWidget(workspace, this))
    , m_emptyDetail(new QLabel(tr("Select a request to see its details."), this))
{
    setObjectName(u"requestsView"_s);
    m_filter->setSourceModel(m_model);
    m_filter->sort(RequestListModel::FirstDayColumn, Qt::AscendingOrder);

    auto *title = new QLabel(tr("Requests"), this);
    title->setObjectName(u"pageTitle"_s);
    m_sections->setObjectName(u"requestSectionTabs"_s);
    m_sections->setAccessibleName(tr("Which requests"));
    m_sections->addTab(tr("My requests"));
    m_sections->addTab(tr("Incoming"));
    m_sections->setExpanding(false);
    m_sections->setDrawBase(false);
    m_new->setObjectName(u"newRequestButton"_s);
    m_new->setToolTip(tr("Write a replacement request as a draft"));

    m_table->setObjectName(u"requestTable"_s);
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestListModel::FirstDayColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMaximumSectionSize(220); // long agency names elide

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 12, 8, 8);
    auto *leftHeader = new QHBoxLayout;
    leftHeader->addWidget(title);
    leftHeader->addStretch(1);
    leftHeader->addWidget(m_new);
    leftLayout->addLayout(leftHeader);
    leftLayout->addWidget(m_sections);
    leftLayout->addWidget(m_table, 1);

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
        m_filter->setSection(index == 0 ? RequestFilterModel::Section::Mine
                                        : RequestFilterModel::Section::Incoming);
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
    });
    connect(m_new, &QPushButton::clicked, this, &RequestsView::newRequest);
    connect(m_detail, &RequestDetailWidget::contractRequested, this,
            &RequestsView::contractRequested);
    updateTabs();
    selectionChanged();
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
    m_sections->setTabText(0, tr("My requests (%1)").arg(mine));
    m_sections->setTabText(1, tr("Incoming (%1)").arg(incoming));
}

void RequestsView::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        // The detail keeps its request while the list reloads; it follows a new selection only.
        if (m_detail->requestId().isEmpty() || m_model->rowOfRequest(m_detail->requestId()) < 0) {
            m_detail->showRequest({});
            m_detailStack->setCurrentIndex(0);
        }
        return;
    }
    const QString requestId = rows.first().data(RequestListModel::RequestIdRole).toString();
    m_detail->showRequest(requestId);
    m_detailStack->setCurrentIndex(1);
    emit requestSelected(requestId);
}

void RequestsView::showRequest(const QString &requestId)
{
    const int sourceRow = m_model->rowOfRequest(requestId);
    if (sourceRow < 0)
        return;
    const bool mine = m_model->index(sourceRow, 0).data(RequestListModel::MineRole).toBool();
    m_sections->setCurrentIndex(mine ? 0 : 1);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    m_table->selectionModel()->select(
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
    auto *dialog = new RequestFormDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestFormDialog::saved, this, &RequestsView::showRequest);
    dialog->open();
    return dialog;
}

} // namespace releve::ui

#include "staffview.h"

#include "ui/common/messagebox.h"
#include "ui/common/recordtable.h"
#include "ui/common/workspace.h"
#include "ui/staff/staffform.h"
#include "ui/staff/stafflistmodel.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

StaffView::StaffView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new StaffListModel(workspace, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("New worker"), this))
    , m_confirmSelected(new QPushButton(tr("Confirm this week for the selection"), this))
    , m_summary(new QLabel(this))
    , m_form(new StaffForm(workspace, this))
{
    setObjectName(u"staffView"_s);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(StaffListModel::SortRole);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *title = new QLabel(tr("Staff"), this);
    title->setObjectName(u"pageTitle"_s);
    m_new->setObjectName(u"newStaffButton"_s);
    m_confirmSelected->setObjectName(u"confirmSelectedStaffButton"_s);
    m_confirmSelected->setToolTip(tr("The planned availability of the selected workers is right "
                                     "for this week"));
    m_search->setObjectName(u"staffSearchEdit"_s);
    m_search->setAccessibleName(tr("Search staff"));
    m_search->setPlaceholderText(tr("Search by name, qualification, skill…"));
    m_search->setClearButtonEnabled(true);
    m_summary->setObjectName(u"staffSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_table->setObjectName(u"staffTable"_s);
    m_table->setAccessibleName(tr("Staff of the agency"));
    m_table->setModel(m_filter);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StaffListModel::NameColumn, Qt::AscendingOrder);
    setUpRecordTable(m_table, 240);
    m_table->setColumnHidden(StaffListModel::SkillsColumn, true);
    m_table->setColumnHidden(StaffListModel::MobilityColumn, true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 12, 8, 8);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_new);
    leftLayout->addLayout(header);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_confirmSelected);
    leftLayout->addLayout(footer);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"staffFormScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 700, 560 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffView::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &StaffView::newStaff);
    connect(m_confirmSelected, &QPushButton::clicked, this, &StaffView::confirmSelected);
    connect(m_form, &StaffForm::saved, this, &StaffView::showStaff);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The list reloads under the form (a sync, a save): the form keeps what is typed.
        updateSummary();
        const QString current = m_form->staffId();
        const int row = m_model->rowOfStaff(current);
        if (row < 0)
            return;
        m_selecting = true;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_table->selectionModel()->select(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_selecting = false;
    });
    updateSummary();
}

QStringList StaffView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(StaffListModel::StaffIdRole).toString());
    return ids;
}

bool StaffView::leaveForm()
{
    if (!m_form->isModified())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"),
        tr("The changes to %1 are not saved. Save them before leaving the form?")
            .arg(m_form->isNew() ? tr("the new worker")
                                 : m_form->staffData().value(u"first_name"_s).toString()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_form->save();
    return answer == QMessageBox::Discard;
}

void StaffView::selectionChanged()
{
    updateSummary();
    if (m_selecting)
        return;
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || ids.first() == m_form->staffId())
        return;
    if (!leaveForm()) {
        // Stay on the worker being edited.
        m_selecting = true;
        const QModelIndex index
            = m_filter->mapFromSource(m_model->index(m_model->rowOfStaff(m_form->staffId()), 0));
        if (index.isValid())
            m_table->selectionModel()->select(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            m_table->clearSelection();
        m_selecting = false;
        return;
    }
    m_form->loadStaff(ids.first());
}

void StaffView::updateSummary()
{
    int stale = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        stale += m_model->index(row, 0).data(StaffListModel::StaleRole).toBool() ? 1 : 0;
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QString text = tr("%n worker(s)", nullptr, m_model->rowCount());
    if (stale > 0)
        text += u" · "_s + tr("%n to confirm", nullptr, stale);
    if (selected > 1)
        text += u" · "_s + tr("%n selected", nullptr, selected);
    m_summary->setText(text);
    m_confirmSelected->setEnabled(selected > 0);
}

void StaffView::showStaff(const QString &staffId)
{
    const int row = m_model->rowOfStaff(staffId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        return showStaff(staffId);
    }
    m_table->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void StaffView::newStaff()
{
    if (!leaveForm())
        return;
    m_selecting = true;
    m_table->clearSelection();
    m_selecting = false;
    m_form->loadStaff({});
    m_form->findChild<QWidget *>(u"staffFirstNameEdit"_s)->setFocus(Qt::OtherFocusReason);
}

int StaffView::confirmSelected()
{
    const QStringList ids = selectedIds();
    int confirmed = 0;
    const QString now = domain::instantToJson(QDateTime::currentDateTimeUtc());
    for (const QString &id : ids) {
        if (id == m_form->staffId()) {
            confirmed += m_form->confirmAvailability() ? 1 : 0;
            continue;
        }
        const auto record = m_workspace->store()->record(domain::entity::staff, id);
        if (!record)
            continue;
        QJsonObject data = record->data;
        data.insert(u"availability_confirmed_at"_s, now);
        confirmed += m_workspace->store()->saveRecord(domain::entity::staff, data) ? 1 : 0;
    }
    if (confirmed > 0) {
        m_summary->setText(tr("Availability confirmed for %n worker(s).", nullptr, confirmed));
        m_summary->setAccessibleDescription(m_summary->text());
    }
    return confirmed;
}

} // namespace releve::ui

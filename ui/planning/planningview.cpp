#include "planningview.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"
#include "ui/planning/availabilitydelegate.h"
#include "ui/planning/planningmodel.h"
#include "ui/planning/slotcommands.h"
#include "ui/planning/slotdialog.h"

#include "core/domain/entity.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
QLabel *legendSwatch(const QString &style, QWidget *parent)
{
    auto *swatch = new QLabel(parent);
    swatch->setFixedSize(22, 9);
    swatch->setStyleSheet(style);
    return swatch;
}
} // namespace

PlanningView::PlanningView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PlanningModel(workspace, this))
    , m_table(new QTableView(this))
    , m_weekLabel(new QLabel(this))
    , m_previousWeek(new QToolButton(this))
    , m_nextWeek(new QToolButton(this))
    , m_thisWeek(new QPushButton(tr("This week"), this))
    , m_addSlot(new QPushButton(tr("Add slot…"), this))
{
    setObjectName(u"planningView"_s);
    auto *title = new QLabel(tr("Planning"), this);
    title->setObjectName(u"pageTitle"_s);
    m_weekLabel->setObjectName(u"weekLabel"_s);
    m_previousWeek->setObjectName(u"previousWeekButton"_s);
    m_previousWeek->setArrowType(Qt::LeftArrow);
    m_previousWeek->setToolTip(tr("Previous week"));
    m_previousWeek->setAccessibleName(tr("Previous week"));
    m_nextWeek->setObjectName(u"nextWeekButton"_s);
    m_nextWeek->setArrowType(Qt::RightArrow);
    m_nextWeek->setToolTip(tr("Next week"));
    m_nextWeek->setAccessibleName(tr("Next week"));
    m_thisWeek->setObjectName(u"thisWeekButton"_s);
    m_addSlot->setObjectName(u"addSlotButton"_s);
    m_addSlot->setToolTip(tr("Add an availability or an absence for the selected staff member"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(24);
    header->addWidget(m_previousWeek);
    header->addWidget(m_weekLabel);
    header->addWidget(m_nextWeek);
    header->addWidget(m_thisWeek);
    header->addStretch(1);
    header->addWidget(m_addSlot);

    m_table->setObjectName(u"planningTable"_s);
    m_table->setAccessibleName(tr("Planning of the week"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AvailabilityDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    m_table->setShowGrid(true);
    m_table->setGridStyle(Qt::SolidLine);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        AvailabilityDelegate::rowHeight(m_table->fontMetrics()));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setMinimumSectionSize(60);
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionResizeMode(PlanningModel::StaffColumn, QHeaderView::Fixed);
    columns->setSectionResizeMode(PlanningModel::StateColumn, QHeaderView::Fixed);
    columns->resizeSection(PlanningModel::StaffColumn, 200);
    columns->resizeSection(PlanningModel::StateColumn, 150);
    columns->setDefaultAlignment(Qt::AlignCenter);
    columns->setHighlightSections(false);

    auto *legend = new QHBoxLayout;
    legend->setSpacing(6);
    legend->addWidget(legendSwatch(u"background: #66bb6a; border-radius: 3px;"_s, this));
    legend->addWidget(new QLabel(tr("Available"), this));
    legend->addSpacing(14);
    legend->addWidget(legendSwatch(u"background: #ef9a9a; border-radius: 3px;"_s, this));
    legend->addWidget(new QLabel(tr("Absent"), this));
    legend->addSpacing(14);
    legend->addWidget(legendSwatch(u"border: 2px dashed #e67e00; border-radius: 3px;"_s, this));
    legend->addWidget(new QLabel(tr("Not sent to the server yet"), this));
    legend->addStretch(1);
    auto *hint = new QLabel(tr("Double-click a day to add or change a slot. Times are local "
                               "(Paris)."),
                            this);
    hint->setObjectName(u"planningHint"_s);
    hint->setEnabled(false);
    legend->addWidget(hint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addLayout(legend);

    connect(m_previousWeek, &QToolButton::clicked, this,
            [this] { showWeek(m_model->monday().addDays(-7)); });
    connect(m_nextWeek, &QToolButton::clicked, this,
            [this] { showWeek(m_model->monday().addDays(7)); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] {
        showWeek(
            LocalTime::toLocal(QDateTime::currentDateTimeUtc(), m_workspace->timeZone()).date());
    });
    connect(m_addSlot, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        addSlot(m_model->staffIdAt(current.row()), m_model->dateOfColumn(current.column()));
    });
    connect(m_table, &QTableView::activated, this, &PlanningView::activateCell);
    connect(m_table, &QTableView::customContextMenuRequested, this, &PlanningView::showCellMenu);
    updateWeekLabel();
}

void PlanningView::showWeek(QDate anyDay)
{
    m_model->setWeek(anyDay);
    updateWeekLabel();
}

void PlanningView::updateWeekLabel()
{
    const QDate monday = m_model->monday();
    const QDate sunday = monday.addDays(6);
    const QLocale locale;
    const QString range = monday.month() == sunday.month()
        ? tr("%1–%2").arg(monday.day()).arg(locale.toString(sunday, u"d MMMM yyyy"_s))
        : tr("%1 – %2").arg(locale.toString(monday, u"d MMMM"_s),
                            locale.toString(sunday, u"d MMMM yyyy"_s));
    m_weekLabel->setText(tr("Week %1 · %2").arg(monday.weekNumber()).arg(range));
    m_weekLabel->setAccessibleName(m_weekLabel->text());
}

SlotDialog *PlanningView::openDialog()
{
    auto *dialog = new SlotDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    store::LocalStore *store = m_workspace->store();
    QUndoStack *undo = m_workspace->undoStack();
    dialog->setSaveFunction([store, undo](const QJsonObject &slot) -> domain::Errors {
        const auto before
            = store->record(domain::entity::availability, slot.value(u"id"_s).toString());
        const auto saved = store->saveRecord(domain::entity::availability, slot);
        if (!saved)
            return saved.errors();
        undo->push(new SaveSlotCommand(store, before ? before->data : QJsonObject(), saved->data));
        return {};
    });
    dialog->setDeleteFunction([store, undo](const QJsonObject &slot) -> domain::Errors {
        const auto removed
            = store->deleteRecord(domain::entity::availability, slot.value(u"id"_s).toString());
        if (!removed)
            return removed.errors();
        undo->push(new DeleteSlotCommand(store, slot));
        return {};
    });
    return dialog;
}

SlotDialog *PlanningView::addSlot(const QString &staffId, QDate day)
{
    SlotDialog *dialog = openDialog();
    const QString staff = staffId.isEmpty() ? m_model->staffIdAt(0) : staffId;
    const QDate date = day.isValid() ? day : m_model->monday();
    dialog->startNew(staff, date);
    dialog->open();
    return dialog;
}

SlotDialog *PlanningView::editSlot(const QString &slotId)
{
    const auto record = m_workspace->store()->record(domain::entity::availability, slotId);
    if (!record)
        return nullptr;
    SlotDialog *dialog = openDialog();
    dialog->startEdit(record->data);
    dialog->open();
    return dialog;
}

void PlanningView::activateCell(const QModelIndex &index)
{
    const QDate date = m_model->dateOfColumn(index.column());
    const QString staffId = m_model->staffIdAt(index.row());
    if (!date.isValid() || staffId.isEmpty())
        return;
    const auto segments = m_model->segments(index.row(), date);
    if (segments.isEmpty()) {
        addSlot(staffId, date);
        return;
    }
    if (segments.size() == 1) {
        editSlot(segments.first().slotId);
        return;
    }
    showCellMenu(m_table->visualRect(index).center());
}

void PlanningView::showCellMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    const QDate date = m_model->dateOfColumn(index.column());
    const QString staffId = m_model->staffIdAt(index.row());
    if (!date.isValid() || staffId.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(u"planningCellMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Add slot on %1…").arg(LocalTime::shortDay(date)), this,
                    [this, staffId, date] { addSlot(staffId, date); });
    const auto segments = m_model->segments(index.row(), date);
    if (!segments.isEmpty())
        menu->addSeparator();
    for (const PlanningModel::Segment &segment : segments) {
        const QString times
            = LocalTime::time(segment.start) + u"–"_s + LocalTime::time(segment.end);
        const QString label = segment.absent ? tr("Change absence %1…").arg(times)
                                             : tr("Change availability %1…").arg(times);
        const QString slotId = segment.slotId;
        menu->addAction(label, this, [this, slotId] { editSlot(slotId); });
    }
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace releve::ui

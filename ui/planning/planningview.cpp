#include "planningview.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"
#include "ui/planning/copyweeksdialog.h"
#include "ui/planning/patterndialog.h"
#include "ui/planning/planningedits.h"
#include "ui/planning/planninggrid.h"
#include "ui/planning/planningmodel.h"
#include "ui/planning/planningprinter.h"
#include "ui/planning/slotcommands.h"
#include "ui/planning/slotdialog.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

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

QComboBox *filterCombo(const QString &objectName, const QString &accessibleName,
                       const QString &everyone, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->addItem(everyone, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}
} // namespace

PlanningView::PlanningView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PlanningModel(workspace, this))
    , m_grid(new PlanningGrid(workspace, m_model, this))
    , m_weekLabel(new QLabel(this))
    , m_previousWeek(new QToolButton(this))
    , m_nextWeek(new QToolButton(this))
    , m_thisWeek(new QPushButton(tr("This week"), this))
    , m_span(new QComboBox(this))
    , m_addSlot(new QPushButton(tr("Add slot…"), this))
    , m_pattern(new QPushButton(tr("Weekly pattern…"), this))
    , m_copy(new QPushButton(tr("Copy to following weeks…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_search(new QLineEdit(this))
    , m_skill(filterCombo(u"skillFilter"_s, tr("Skill"), tr("Any skill"), this))
    , m_qualification(
          filterCombo(u"qualificationFilter"_s, tr("Qualification"), tr("Any qualification"), this))
    , m_mobility(filterCombo(u"mobilityFilter"_s, tr("Mobility"), tr("Any mobility"), this))
    , m_sector(filterCombo(u"sectorFilter"_s, tr("Sector"), tr("Every sector"), this))
    , m_count(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_message(new QLabel(this))
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
    m_thisWeek->setAccessibleName(tr("Show this week"));
    m_span->setObjectName(u"spanCombo"_s);
    m_span->setAccessibleName(tr("Weeks shown"));
    m_span->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_span->addItem(tr("One week"), 1);
    m_span->addItem(tr("Four weeks"), 4);
    m_addSlot->setObjectName(u"addSlotButton"_s);
    m_addSlot->setAccessibleName(tr("Add slot"));
    m_addSlot->setToolTip(tr("Add an availability or an absence for the selected staff member "
                             "(Insert)"));
    m_pattern->setObjectName(u"patternButton"_s);
    m_pattern->setAccessibleName(tr("Weekly pattern"));
    m_pattern->setToolTip(tr("Create the same slots on chosen days of several weeks"));
    m_copy->setObjectName(u"copyWeeksButton"_s);
    m_copy->setAccessibleName(tr("Copy to following weeks"));
    m_copy->setToolTip(tr("Copy the selected day or the week onto the following weeks"));
    m_print->setObjectName(u"printPlanningButton"_s);
    m_print->setAccessibleName(tr("Print the planning"));
    m_print->setToolTip(tr("Print the weeks shown, one week per page, or save them as PDF"));
    m_search->setObjectName(u"staffSearchEdit"_s);
    m_search->setAccessibleName(tr("Find a staff member"));
    m_search->setPlaceholderText(tr("Find a staff member…"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(u"staffCountLabel"_s);
    m_error->setObjectName(u"planningError"_s);
    m_message->setObjectName(u"planningMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    for (const QString &code : domain::vocabulary::skills)
        m_skill->addItem(Labels::skill(code), code);
    for (const QString &code : domain::vocabulary::qualifications)
        m_qualification->addItem(Labels::qualification(code), code);
    for (const QString &code : domain::vocabulary::mobilities)
        m_mobility->addItem(Labels::mobility(code), code);

    // Three rows, so that nothing is cut short on a 1280-pixel screen: the page and its
    // actions, the weeks shown, the filters.
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_addSlot);
    header->addWidget(m_pattern);
    header->addWidget(m_copy);
    header->addWidget(m_print);

    auto *weeks = new QHBoxLayout;
    weeks->addWidget(m_previousWeek);
    weeks->addWidget(m_weekLabel);
    weeks->addWidget(m_nextWeek);
    weeks->addWidget(m_thisWeek);
    weeks->addWidget(m_span);
    weeks->addStretch(1);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search);
    filters->addWidget(m_skill);
    filters->addWidget(m_qualification);
    filters->addWidget(m_mobility);
    filters->addWidget(m_sector);
    filters->addWidget(m_count);
    filters->addStretch(1);

    m_grid->setObjectName(u"planningTable"_s);
    m_grid->setAccessibleName(tr("Planning"));
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *columns = m_grid->horizontalHeader();
    columns->setMinimumSectionSize(24);
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionResizeMode(PlanningModel::StaffColumn, QHeaderView::Fixed);
    columns->setSectionResizeMode(PlanningModel::StateColumn, QHeaderView::Fixed);
    columns->resizeSection(PlanningModel::StaffColumn, 190);
    columns->resizeSection(PlanningModel::StateColumn, 130);
    columns->setDefaultAlignment(Qt::AlignCenter);
    columns->setHighlightSections(false);

    auto *legend = new QHBoxLayout;
    legend->setSpacing(6);
    const auto addLegend = [&](const QString &style, const QString &text) {
        legend->addWidget(legendSwatch(style, this));
        legend->addWidget(new QLabel(text, this));
        legend->addSpacing(10);
    };
    addLegend(u"background: #66bb6a; border-radius: 3px;"_s, tr("Available"));
    addLegend(u"background: #ef9a9a; border-radius: 3px;"_s, tr("Absent"));
    addLegend(u"background: #1e4e8c; border: 1px solid white;"_s, tr("Contracted intervention"));
    addLegend(u"border: 2px solid #d32f2f; border-radius: 3px;"_s, tr("Overlap"));
    addLegend(u"background: #ef6c00;"_s, tr("Outside the working amplitude"));
    addLegend(u"border: 2px dashed #e67e00; border-radius: 3px;"_s,
              tr("Not sent to the server yet"));
    legend->addStretch(1);
    auto *hint = new QLabel(tr("Drag in a day to add a slot, drag a slot to move it, its edges "
                               "to change its hours. Times are local (%1).")
                                .arg(QString::fromUtf8(m_workspace->timeZone().id())),
                            this);
    hint->setObjectName(u"planningHint"_s);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(header);
    layout->addLayout(weeks);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(m_grid, 1);
    layout->addLayout(legend);
    layout->addWidget(hint);

    const auto step = [this] {
        return 7 * m_model->weeks();
    };
    connect(m_previousWeek, &QToolButton::clicked, this,
            [this, step] { showWeek(m_model->monday().addDays(-step())); });
    connect(m_nextWeek, &QToolButton::clicked, this,
            [this, step] { showWeek(m_model->monday().addDays(step())); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] {
        showWeek(
            LocalTime::toLocal(QDateTime::currentDateTimeUtc(), m_workspace->timeZone()).date());
    });
    connect(m_span, &QComboBox::currentIndexChanged, this,
            [this] { setWeeks(m_span->currentData().toInt()); });
    connect(m_addSlot, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_grid->currentIndex();
        addSlot(m_model->staffIdAt(current.row()), m_model->dateOfColumn(current.column()));
    });
    connect(m_pattern, &QPushButton::clicked, this, &PlanningView::editPattern);
    connect(m_copy, &QPushButton::clicked, this, &PlanningView::copyToFollowingWeeks);
    connect(m_print, &QPushButton::clicked, this, &PlanningView::printPreview);
    connect(m_search, &QLineEdit::textChanged, this, &PlanningView::applyFilter);
    for (QComboBox *combo : { m_skill, m_qualification, m_mobility, m_sector })
        connect(combo, &QComboBox::currentIndexChanged, this, &PlanningView::applyFilter);
    connect(m_grid, &QTableView::activated, this, &PlanningView::activateCell);
    connect(m_grid, &QTableView::customContextMenuRequested, this, &PlanningView::showCellMenu);
    connect(m_grid, &PlanningGrid::newSlotRequested, this, &PlanningView::addSlot);
    connect(m_grid, &PlanningGrid::editSlotRequested, this, &PlanningView::editSlot);
    connect(m_grid, &PlanningGrid::editRefused, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The sectors come from the staff records; the list follows them.
        const QString chosen = m_sector->currentData().toString();
        const QStringList sectors = m_model->sectors();
        QStringList listed;
        for (int i = 1; i < m_sector->count(); ++i)
            listed.append(m_sector->itemData(i).toString());
        if (listed != sectors) {
            const QSignalBlocker blocker(m_sector);
            while (m_sector->count() > 1)
                m_sector->removeItem(1);
            for (const QString &sector : sectors)
                m_sector->addItem(sector, sector);
            m_sector->setCurrentIndex(std::max(0, m_sector->findData(chosen)));
        }
        m_sector->setVisible(!sectors.isEmpty());
        m_count->setText(tr("%1 of %n staff member(s)", nullptr, m_model->totalStaffCount())
                             .arg(m_model->rowCount()));
    });
    emit m_model->modelReset({}); // fill the sector list and the count once
    updateWeekLabel();
}

QTableView *PlanningView::table() const
{
    return m_grid;
}

void PlanningView::showWeek(QDate anyDay)
{
    m_model->setWeek(anyDay);
    updateWeekLabel();
}

void PlanningView::setWeeks(int weeks)
{
    m_model->setWeeks(weeks);
    m_grid->setRoomy(m_model->dayCount() <= 7);
    const int index = m_span->findData(m_model->weeks());
    if (index >= 0 && index != m_span->currentIndex()) {
        const QSignalBlocker blocker(m_span);
        m_span->setCurrentIndex(index);
    }
    m_nextWeek->setToolTip(weeks > 1 ? tr("Next four weeks") : tr("Next week"));
    m_nextWeek->setAccessibleName(m_nextWeek->toolTip());
    m_previousWeek->setToolTip(weeks > 1 ? tr("Previous four weeks") : tr("Previous week"));
    m_previousWeek->setAccessibleName(m_previousWeek->toolTip());
    updateWeekLabel();
}

void PlanningView::updateWeekLabel()
{
    const QDate monday = m_model->firstDay();
    const QDate sunday = m_model->lastDay();
    const QLocale locale;
    const QString range = monday.month() == sunday.month()
        ? tr("%1–%2").arg(monday.day()).arg(locale.toString(sunday, u"d MMMM yyyy"_s))
        : tr("%1 – %2").arg(locale.toString(monday, u"d MMMM"_s),
                            locale.toString(sunday, u"d MMMM yyyy"_s));
    if (m_model->weeks() > 1)
        m_weekLabel->setText(
            tr("Weeks %1 to %2 · %3").arg(monday.weekNumber()).arg(sunday.weekNumber()).arg(range));
    else
        m_weekLabel->setText(tr("Week %1 · %2").arg(monday.weekNumber()).arg(range));
    m_weekLabel->setAccessibleName(m_weekLabel->text());
    // The week is what the person reads first: never cut it short.
    m_weekLabel->setMinimumWidth(m_weekLabel->sizeHint().width());
}

void PlanningView::applyFilter()
{
    PlanningModel::Filter filter;
    filter.text = m_search->text();
    filter.skill = m_skill->currentData().toString();
    filter.qualification = m_qualification->currentData().toString();
    filter.mobility = m_mobility->currentData().toString();
    filter.sector = m_sector->currentData().toString();
    m_model->setFilter(filter);
}

void PlanningView::showMessage(const QString &message, bool error)
{
    if (error) {
        m_message->hide();
        m_error->showError(message);
        return;
    }
    m_error->clearError();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PlanningView::returnFocusToGrid(QDialog *dialog)
{
    // The keyboard goes back where it was, so that the next day is one arrow away.
    connect(dialog, &QDialog::finished, m_grid, [grid = m_grid] {
        grid->activateWindow();
        grid->setFocus(Qt::OtherFocusReason);
    });
}

SlotDialog *PlanningView::openDialog()
{
    auto *dialog = new SlotDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusToGrid(dialog);
    store::LocalStore *store = m_workspace->store();
    QUndoStack *undo = m_workspace->undoStack();
    dialog->setSaveFunction([this, store, undo](const QJsonObject &slot) -> domain::Errors {
        const auto before
            = store->record(domain::entity::availability, slot.value(u"id"_s).toString());
        const auto saved = store->saveRecord(domain::entity::availability, slot);
        if (!saved)
            return saved.errors();
        undo->push(new SaveSlotCommand(store, before ? before->data : QJsonObject(), saved->data));
        // The next new slot starts with these hours: a week is typed in a few keys.
        const QTimeZone zone = m_workspace->timeZone();
        m_lastStart = LocalTime::toLocal(
                          domain::instantFromJson(saved->data.value(u"start"_s).toString()), zone)
                          .time();
        m_lastEnd = LocalTime::toLocal(
                        domain::instantFromJson(saved->data.value(u"end"_s).toString()), zone)
                        .time();
        m_grid->selectSlot(saved->id);
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
    const QDate date = day.isValid() ? day : m_model->firstDay();
    dialog->startNew(staff, date, m_lastStart, m_lastEnd);
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

CopyWeeksDialog *PlanningView::copyToFollowingWeeks()
{
    const QModelIndex current = m_grid->currentIndex();
    const QDate day = m_model->dateOfColumn(current.column());
    const QDate weekStart = LocalTime::mondayOf(day.isValid() ? day : m_model->firstDay());
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->staffIdAt(row));
    auto *dialog = new CopyWeeksDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusToGrid(dialog);
    dialog->setChoices(day, weekStart, m_model->staffIdAt(current.row()),
                       m_model->staffNameAt(current.row()), shown);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        PlanningEdits edits(m_workspace, m_model);
        const PlanningEdits::Outcome outcome = edits.copyToFollowingWeeks(
            dialog->staffIds(), dialog->firstDay(), dialog->dayCount(), dialog->weeks());
        QString text = tr("%n slot(s) copied.", nullptr, outcome.created);
        if (outcome.skipped > 0)
            text += u' ' + tr("%n already there.", nullptr, outcome.skipped);
        if (!outcome.refused.isEmpty()) {
            text += u' ' + tr("%n not copied:", nullptr, int(outcome.refused.size())) + u'\n'
                + outcome.refused.join(u'\n');
            showMessage(text, true);
            return;
        }
        showMessage(text, false);
    });
    dialog->open();
    return dialog;
}

PatternDialog *PlanningView::editPattern()
{
    const QModelIndex current = m_grid->currentIndex();
    const QDate day = m_model->dateOfColumn(current.column());
    auto *dialog
        = new PatternDialog(m_model, m_model->staffIdAt(current.row()),
                            LocalTime::mondayOf(day.isValid() ? day : m_model->firstDay()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusToGrid(dialog);
    dialog->setApplyFunction([this](const PlanningEdits::Pattern &pattern) -> domain::Errors {
        PlanningEdits edits(m_workspace, m_model);
        const auto outcome = edits.applyPattern(pattern);
        if (!outcome)
            return outcome.errors();
        QString text = tr("%n slot(s) created.", nullptr, outcome->created);
        if (outcome->skipped > 0)
            text += u' ' + tr("%n already there.", nullptr, outcome->skipped);
        if (!outcome->refused.isEmpty())
            showMessage(text + u' ' + tr("%n not created:", nullptr, int(outcome->refused.size()))
                            + u'\n' + outcome->refused.join(u'\n'),
                        true);
        else
            showMessage(text, false);
        return {};
    });
    dialog->open();
    return dialog;
}

int PlanningView::print(QPrinter *printer) const
{
    return PlanningPrinter(m_model, m_workspace->structureName(m_workspace->structureId()))
        .print(printer);
}

QPrintPreviewDialog *PlanningView::printPreview()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(tr("Planning %1").arg(m_weekLabel->text()));
    auto *dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(u"planningPrintPreview"_s);
    dialog->setWindowTitle(tr("Print the planning"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1100, 800);
    // The lambda keeps the printer alive as long as the dialog.
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [this, printer](QPrinter *target) { print(target); });
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
    showCellMenu(m_grid->visualRect(index).center());
}

void PlanningView::showCellMenu(const QPoint &position)
{
    const QModelIndex index = m_grid->indexAt(position);
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
        const QString times = PlanningModel::times(segment.startMinute, segment.endMinute);
        const QString label = segment.absent ? tr("Change absence %1…").arg(times)
                                             : tr("Change availability %1…").arg(times);
        const QString slotId = segment.slotId;
        menu->addAction(label, this, [this, slotId] { editSlot(slotId); });
    }
    menu->addSeparator();
    menu->addAction(tr("Copy to following weeks…"), this, &PlanningView::copyToFollowingWeeks);
    menu->popup(m_grid->viewport()->mapToGlobal(position));
}

} // namespace releve::ui

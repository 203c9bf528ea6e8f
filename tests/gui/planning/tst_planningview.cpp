// GUI tests of the planning screen (issue 6), offscreen, on the real widgets: a coordinator
// creates a week of availability by dragging and by keyboard, undoes and redoes it, copies it onto
// the following weeks, moves and resizes slots (snapped to 5 minutes), uses the weekly pattern
// editor, filters the staff, sees overlaps and times outside the amplitude, and prints. Every
// test checks what the LocalStore holds (records and outbox), not only what is painted.
#include "tests/gui/planning/planningfixture.h"

#include "ui/common/localtime.h"
#include "ui/common/workspace.h"
#include "ui/planning/copyweeksdialog.h"
#include "ui/planning/patterndialog.h"
#include "ui/planning/planninggrid.h"
#include "ui/planning/planningmodel.h"
#include "ui/planning/planningview.h"
#include "ui/planning/slotdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolTip>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace releve;

namespace {

// Mondays chosen so that the tests do not depend on today. The week of 22 March 2027 is followed
// by the change to summer time (28 March): copies must keep the local hours.
const QDate januaryMonday(2027, 1, 4);
const QDate marchMonday(2027, 3, 22);

struct StoredSlot
{
    QString id;
    QDate day;
    QTime start;
    QTime end;
    QString kind;
    QString syncState;
};

template<typename T> T *findIn(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no" << T::staticMetaObject.className() << name;
    return found;
}

} // namespace

class TestPlanningView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void model_passesItemModelTester();
    void drag_createsWeekOfAvailability_undoRedoRestoreStore();
    void keyboard_createsWeekOfAvailability();
    void doubleClick_opensEditorOfDayOrSlot();
    void copyWeek_ontoNextThreeWeeks_keepsLocalHoursAndIsOneUndoStep();
    void dragBar_movesAndResizes_snappedToFiveMinutes();
    void keyboard_adjustsAndDeletesSlot_undoable();
    void overlapAndAmplitude_highlightedOnBars();
    void filters_bySkillQualificationMobilitySectorAndName();
    void patternEditor_createsChosenDays_refusesNoDay();
    void rowState_followsOutbox();
    void darkPalette_paintsOnDarkBase();
    void print_oneWeekPerPage();
    void screenshot_demoPlanning();

private:
    QList<StoredSlot> storedSlots(const QString &staffId) const;
    int pendingUpserts(const QStringList &ids) const;
    void showView(QDate week, int weeks = 1);
    void drag(const QPoint &from, const QPoint &to);
    int rowOf(const QString &staffId) const { return m_view->model()->rowOfStaff(staffId); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<ui::Workspace> m_workspace;
    std::unique_ptr<ui::PlanningView> m_view;
    testing::PlanningFixture m_data;
    QString m_amelie, m_karim, m_claire, m_lucas, m_nadia, m_sophie, m_stranger;
};

void TestPlanningView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlanningView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<store::LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"cache.sqlite"_s)).ok());
    m_data = {};
    m_data.addStructure(m_data.structureId, u"ADMR Aubusson"_s);
    m_data.addStructure(m_data.otherStructureId, u"Guéret Domicile Services"_s);
    m_amelie = m_data.addStaff(u"Amélie"_s, u"Bernard"_s, u"deaes"_s,
                               { u"alzheimer"_s, u"transfers"_s }, u"car"_s, u"Aubusson nord"_s);
    m_karim = m_data.addStaff(u"Karim"_s, u"Benali"_s, u"advf"_s, { u"nutrition"_s },
                              u"public_transport"_s, u"Aubusson sud"_s);
    m_claire = m_data.addStaff(u"Claire"_s, u"Dubois"_s, u"aide_soignant"_s,
                               { u"end_of_life"_s, u"alzheimer"_s }, u"car"_s, u"Aubusson sud"_s);
    m_lucas
        = m_data.addStaff(u"Lucas"_s, u"Martin"_s, u"none"_s, {}, u"scooter"_s, u"Aubusson nord"_s);
    m_nadia = m_data.addStaff(u"Nadia"_s, u"Petit"_s, u"deavs"_s, { u"disability"_s }, u"licence"_s,
                              u"Felletin"_s);
    m_sophie = m_data.addStaff(u"Sophie"_s, u"Roux"_s, u"deaes"_s, { u"cancer"_s }, u"car"_s,
                               u"Felletin"_s);
    // Another structure's worker never appears on this planning.
    m_stranger = m_data.addStaff(u"Paul"_s, u"Lemoine"_s, u"deaes"_s, {}, u"car"_s, {},
                                 m_data.otherStructureId);
    QVERIFY(m_data.apply(*m_store));

    m_workspace = std::make_unique<ui::Workspace>(m_store.get(), nullptr, nullptr);
    m_workspace->setAccount(u"coord.aubusson"_s, m_data.structureId);
    m_view = std::make_unique<ui::PlanningView>(m_workspace.get());
    m_view->resize(1500, 820);
}

void TestPlanningView::cleanup()
{
    m_view.reset();
    m_workspace.reset();
    m_store.reset();
    m_dir.reset();
}

void TestPlanningView::showView(QDate week, int weeks)
{
    m_view->setWeeks(weeks);
    m_view->showWeek(week);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->grid()->setFocus();
}

QList<StoredSlot> TestPlanningView::storedSlots(const QString &staffId) const
{
    QList<StoredSlot> result;
    const auto records
        = m_store->recordsWhere(domain::entity::availability, u"staff_id"_s, staffId);
    for (const store::CachedRecord &record : records) {
        if (record.deleted)
            continue;
        const QDateTime start = domain::instantFromJson(record.data.value(u"start"_s).toString())
                                    .toTimeZone(m_data.paris);
        const QDateTime end = domain::instantFromJson(record.data.value(u"end"_s).toString())
                                  .toTimeZone(m_data.paris);
        result.append({ record.id, start.date(), start.time(), end.time(),
                        record.data.value(u"kind"_s).toString(), record.syncState });
    }
    std::sort(result.begin(), result.end(), [](const StoredSlot &a, const StoredSlot &b) {
        return std::pair(a.day, a.start) < std::pair(b.day, b.start);
    });
    return result;
}

int TestPlanningView::pendingUpserts(const QStringList &ids) const
{
    int count = 0;
    for (const store::OutboxEntry &entry : m_store->outbox()) {
        if (entry.entity == domain::entity::availability && entry.op == u"upsert"_s
            && entry.state == u"pending"_s && ids.contains(entry.recordId))
            ++count;
    }
    return count;
}

void TestPlanningView::drag(const QPoint &from, const QPoint &to)
{
    QWidget *viewport = m_view->grid()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    // Through the middle, as a hand moves.
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

void TestPlanningView::model_passesItemModelTester()
{
    QAbstractItemModelTester tester(m_view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    showView(januaryMonday);
    QCOMPARE(m_view->model()->rowCount(), 6); // the stranger is not there
    QCOMPARE(m_view->model()->staffNameAt(0), u"Karim Benali"_s); // by last name
    m_view->setWeeks(4);
    QCOMPARE(m_view->model()->columnCount(), ui::PlanningModel::FirstDayColumn + 28);
    m_data.addSlot(m_amelie, januaryMonday, QTime(8, 0), QTime(12, 0));
    QVERIFY(m_data.apply(*m_store));
    m_view->setWeeks(1);
    QCOMPARE(m_view->model()->columnCount(), ui::PlanningModel::FirstDayColumn + 7);
}

void TestPlanningView::drag_createsWeekOfAvailability_undoRedoRestoreStore()
{
    showView(januaryMonday);
    ui::PlanningGrid *grid = m_view->grid();
    const int row = rowOf(m_amelie);
    QVERIFY(row >= 0);
    for (int day = 0; day < 5; ++day) {
        const QDate date = januaryMonday.addDays(day);
        drag(grid->pointOf(row, date, 8 * 60), grid->pointOf(row, date, 12 * 60));
    }

    QList<StoredSlot> stored = storedSlots(m_amelie);
    QCOMPARE(stored.size(), 5);
    QStringList ids;
    for (int day = 0; day < 5; ++day) {
        QCOMPARE(stored.at(day).day, januaryMonday.addDays(day));
        QCOMPARE(stored.at(day).start, QTime(8, 0));
        QCOMPARE(stored.at(day).end, QTime(12, 0));
        QCOMPARE(stored.at(day).kind, u"available"_s);
        QCOMPARE(stored.at(day).syncState, u"pending"_s);
        ids.append(stored.at(day).id);
    }
    QCOMPARE(pendingUpserts(ids), 5);
    QCOMPARE(m_view->model()->index(row, ui::PlanningModel::FirstDayColumn).data().toString(),
             u"08:00–12:00"_s);
    QCOMPARE(m_view->model()->syncStateAt(row), u"pending"_s);

    // Undo the five drags: nothing is left, in the records or in the outbox.
    QUndoStack *undo = m_workspace->undoStack();
    QCOMPARE(undo->count(), 5);
    for (int i = 0; i < 5; ++i)
        undo->undo();
    QVERIFY(storedSlots(m_amelie).isEmpty());
    QCOMPARE(pendingUpserts(ids), 0);
    QCOMPARE(m_store->pendingCount(), 0);
    QVERIFY(m_view->model()->segments(row, januaryMonday).isEmpty());
    QCOMPARE(m_view->model()->syncStateAt(row), u"synced"_s);

    // Redo: the same slots, with the same ids, queued again.
    for (int i = 0; i < 5; ++i)
        undo->redo();
    stored = storedSlots(m_amelie);
    QCOMPARE(stored.size(), 5);
    for (int day = 0; day < 5; ++day) {
        QCOMPARE(stored.at(day).id, ids.at(day));
        QCOMPARE(stored.at(day).start, QTime(8, 0));
        QCOMPARE(stored.at(day).end, QTime(12, 0));
    }
    QCOMPARE(pendingUpserts(ids), 5);
    QCOMPARE(m_view->model()->segments(row, januaryMonday.addDays(4)).size(), 1);
}

void TestPlanningView::keyboard_createsWeekOfAvailability()
{
    showView(januaryMonday);
    ui::PlanningGrid *grid = m_view->grid();
    const int row = rowOf(m_claire);
    // From the first cell, with the arrows only.
    grid->setCurrentIndex(m_view->model()->index(0, ui::PlanningModel::StaffColumn));
    for (int i = 0; i < row; ++i)
        QTest::keyClick(grid, Qt::Key_Down);
    QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->currentIndex(), m_view->model()->index(row, ui::PlanningModel::FirstDayColumn));

    const auto typeTime = [](QTimeEdit *edit, const QString &text) {
        edit->setFocus();
        edit->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(edit, text);
    };
    for (int day = 0; day < 5; ++day) {
        QTest::keyClick(grid, Qt::Key_Insert);
        ui::SlotDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_view->findChild<ui::SlotDialog *>(u"slotDialog"_s))
                    && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *start = findIn<QTimeEdit>(dialog, u"slotStartEdit"_s);
        auto *end = findIn<QTimeEdit>(dialog, u"slotEndEdit"_s);
        QCOMPARE(findIn<QDateEdit>(dialog, u"slotDateEdit"_s)->date(), januaryMonday.addDays(day));
        if (day == 0) {
            typeTime(start, u"1400"_s);
            typeTime(end, u"1830"_s);
        } else {
            // The hours of the previous slot are offered: Enter is enough.
            QCOMPARE(start->time(), QTime(14, 0));
            QCOMPARE(end->time(), QTime(18, 30));
        }
        // The keyboard is in the dialog: Enter saves.
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!m_view->findChild<ui::SlotDialog *>(u"slotDialog"_s));
        QTRY_VERIFY(grid->hasFocus());
        if (day < 4)
            QTest::keyClick(grid, Qt::Key_Right);
    }

    const QList<StoredSlot> stored = storedSlots(m_claire);
    QCOMPARE(stored.size(), 5);
    QStringList ids;
    for (int day = 0; day < 5; ++day) {
        QCOMPARE(stored.at(day).day, januaryMonday.addDays(day));
        QCOMPARE(stored.at(day).start, QTime(14, 0));
        QCOMPARE(stored.at(day).end, QTime(18, 30));
        ids.append(stored.at(day).id);
    }
    QCOMPARE(pendingUpserts(ids), 5);
    QCOMPARE(m_workspace->undoStack()->count(), 5);
    // The cursor stayed on Friday, with its new slot chosen.
    QCOMPARE(grid->currentIndex().column(), ui::PlanningModel::FirstDayColumn + 4);
    QCOMPARE(grid->selectedSlotId(), ids.last());

    // Undo all, redo all, from the keyboard's point of view the same as the drag.
    for (int i = 0; i < 5; ++i)
        m_workspace->undoStack()->undo();
    QVERIFY(storedSlots(m_claire).isEmpty());
    QCOMPARE(m_store->pendingCount(), 0);
    for (int i = 0; i < 5; ++i)
        m_workspace->undoStack()->redo();
    QCOMPARE(storedSlots(m_claire).size(), 5);
    QCOMPARE(pendingUpserts(ids), 5);
}

void TestPlanningView::doubleClick_opensEditorOfDayOrSlot()
{
    const QString slotId = m_data.addSlot(m_nadia, januaryMonday, QTime(9, 0), QTime(12, 0));
    QVERIFY(m_data.apply(*m_store));
    showView(januaryMonday);
    ui::PlanningGrid *grid = m_view->grid();
    const int row = rowOf(m_nadia);
    // An empty day: the editor of a new slot on that day.
    const QPoint thursday
        = grid->visualRect(m_view->model()->index(row, ui::PlanningModel::FirstDayColumn + 3))
              .center();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, thursday);
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, thursday);
    ui::SlotDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<ui::SlotDialog *>(u"slotDialog"_s))
                && dialog->isVisible());
    QCOMPARE(findIn<QDateEdit>(dialog, u"slotDateEdit"_s)->date(), januaryMonday.addDays(3));
    QVERIFY(!findIn<QPushButton>(dialog, u"slotDeleteButton"_s)->isVisible());
    dialog->reject();
    QTRY_VERIFY(!m_view->findChild<ui::SlotDialog *>(u"slotDialog"_s));
    // A bar: its own editor.
    const QPoint bar = grid->pointOf(row, januaryMonday, 10 * 60 + 30);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, bar);
    QCOMPARE(grid->selectedSlotId(), slotId);
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, bar);
    QTRY_VERIFY((dialog = m_view->findChild<ui::SlotDialog *>(u"slotDialog"_s))
                && dialog->isVisible());
    QVERIFY(findIn<QPushButton>(dialog, u"slotDeleteButton"_s)->isVisible());
    QCOMPARE(findIn<QTimeEdit>(dialog, u"slotStartEdit"_s)->time(), QTime(9, 0));
    dialog->reject();
    // Clicks alone changed nothing.
    QCOMPARE(m_store->pendingCount(), 0);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

void TestPlanningView::copyWeek_ontoNextThreeWeeks_keepsLocalHoursAndIsOneUndoStep()
{
    for (int day = 0; day < 5; ++day)
        m_data.addSlot(m_karim, marchMonday.addDays(day), QTime(8, 0), QTime(12, 0));
    m_data.addSlot(m_karim, marchMonday.addDays(2), QTime(14, 0), QTime(16, 0), u"absent"_s);
    // Already there in the third week: not doubled.
    m_data.addSlot(m_karim, marchMonday.addDays(14), QTime(8, 0), QTime(12, 0));
    // Overlapping the copy on the Tuesday two weeks later: that copy is refused and said, the
    // others go.
    m_data.addSlot(m_karim, marchMonday.addDays(15), QTime(10, 0), QTime(13, 0));
    // Another worker's week is not copied.
    m_data.addSlot(m_lucas, marchMonday, QTime(9, 0), QTime(11, 0));
    QVERIFY(m_data.apply(*m_store));
    QCOMPARE(m_store->pendingCount(), 0);
    showView(marchMonday);
    const int row = rowOf(m_karim);
    m_view->grid()->setCurrentIndex(
        m_view->model()->index(row, ui::PlanningModel::FirstDayColumn + 2));

    QTest::mouseClick(findIn<QPushButton>(m_view.get(), u"copyWeeksButton"_s), Qt::LeftButton);
    ui::CopyWeeksDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<ui::CopyWeeksDialog *>(u"copyWeeksDialog"_s))
                && dialog->isVisible());
    QVERIFY(findIn<QRadioButton>(dialog, u"copyWeekRadio"_s)->isChecked());
    QVERIFY(findIn<QRadioButton>(dialog, u"copyOneStaffRadio"_s)->isChecked());
    auto *weeks = findIn<QSpinBox>(dialog, u"copyWeeksSpin"_s);
    weeks->selectAll();
    QTest::keyClicks(weeks, u"3"_s);
    QCOMPARE(weeks->value(), 3);
    QSignalSpy changed(m_view->model(), &QAbstractItemModel::dataChanged);
    QTest::mouseClick(
        findIn<QDialogButtonBox>(dialog, u"copyButtons"_s)->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<ui::CopyWeeksDialog *>(u"copyWeeksDialog"_s));

    // 6 slots × 3 weeks, less the one already there and the one refused.
    const QList<StoredSlot> stored = storedSlots(m_karim);
    QCOMPARE(stored.size(), 6 + 2 + 16);
    QStringList copies;
    for (int week = 1; week <= 3; ++week) {
        for (int day = 0; day < 5; ++day) {
            const QDate date = marchMonday.addDays(7 * week + day);
            int available = 0;
            int absent = 0;
            for (const StoredSlot &slot : stored) {
                if (slot.day != date)
                    continue;
                if (slot.kind == u"available"_s && slot.start == QTime(8, 0)
                    && slot.end == QTime(12, 0))
                    ++available;
                if (slot.kind == u"absent"_s && slot.start == QTime(14, 0)
                    && slot.end == QTime(16, 0))
                    ++absent;
                if (slot.syncState == u"pending"_s)
                    copies.append(slot.id);
            }
            // Local 08:00 after the change to summer time too (28 March 2027).
            QCOMPARE(available, week == 2 && day == 1 ? 0 : 1);
            QCOMPARE(absent, day == 2 ? 1 : 0);
        }
    }
    QCOMPARE(copies.size(), 16);
    QCOMPARE(pendingUpserts(copies), 16);
    QVERIFY(storedSlots(m_lucas).size() == 1);
    auto *error = findIn<QLabel>(m_view.get(), u"planningError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"16 slot"_s) && error->text().contains(u"1 already"_s)
                 && error->text().contains(u"overlaps"_s),
             qPrintable(error->text()));

    // The planning was refreshed once for the whole copy, not once per slot.
    QCOMPARE(changed.count(), 1);

    // One step to undo, one to redo, each refreshing the planning once.
    QUndoStack *undo = m_workspace->undoStack();
    QCOMPARE(undo->count(), 1);
    changed.clear();
    undo->undo();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(storedSlots(m_karim).size(), 8);
    QCOMPARE(m_store->pendingCount(), 0);
    undo->redo();
    QCOMPARE(storedSlots(m_karim).size(), 24);
    QCOMPARE(pendingUpserts(copies), 16);
}

void TestPlanningView::dragBar_movesAndResizes_snappedToFiveMinutes()
{
    const QString slotId
        = m_data.addSlot(m_nadia, januaryMonday.addDays(1), QTime(9, 0), QTime(12, 0));
    QVERIFY(m_data.apply(*m_store));
    showView(januaryMonday);
    ui::PlanningGrid *grid = m_view->grid();
    const int row = rowOf(m_nadia);
    const QDate tuesday = januaryMonday.addDays(1);
    const QRect track = grid->trackRect(row, tuesday);
    const double minutesPerPixel = double(16 * 60) / track.width();

    // Move: grab the middle of the bar, drop it 23 pixels later, on Wednesday.
    const QPoint grab = grid->pointOf(row, tuesday, 10 * 60 + 30);
    const QPoint wednesday = grid->pointOf(row, tuesday.addDays(1), 10 * 60 + 30);
    QWidget *viewport = grid->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, grab);
    QTest::mouseMove(viewport, grab + QPoint(10, 0));
    QTest::mouseMove(viewport, wednesday + QPoint(23, 0));
    // The live tool tip says where the slot goes.
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, wednesday + QPoint(23, 0));

    auto stored = storedSlots(m_nadia);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().id, slotId);
    QCOMPARE(stored.first().day, tuesday.addDays(1));
    QCOMPARE(stored.first().start.minute() % 5, 0);
    QCOMPARE(stored.first().end.minute() % 5, 0);
    QCOMPARE(stored.first().start.secsTo(stored.first().end), 3 * 3600); // same length
    const int moved = QTime(9, 0).secsTo(stored.first().start) / 60;
    QVERIFY2(std::abs(moved - 23 * minutesPerPixel) <= 5 + minutesPerPixel,
             qPrintable(QString::number(moved)));
    QVERIFY2(tip.contains(ui::LocalTime::time(stored.first().start) + u"–"_s
                          + ui::LocalTime::time(stored.first().end)),
             qPrintable(tip));
    QCOMPARE(stored.first().syncState, u"pending"_s);
    QCOMPARE(pendingUpserts({ slotId }), 1);

    // Resize: drag the end edge to 17:00, then the start edge to 07:30.
    const QTime startBefore = stored.first().start;
    const auto xOf = [&](QTime time) {
        return grid->pointOf(row, tuesday.addDays(1), time.msecsSinceStartOfDay() / 60000);
    };
    QPoint endEdge = xOf(stored.first().end);
    endEdge.setX(endEdge.x() - 1);
    drag(endEdge, grid->pointOf(row, tuesday.addDays(1), 17 * 60));
    stored = storedSlots(m_nadia);
    QCOMPARE(stored.first().start, startBefore);
    QCOMPARE(stored.first().end, QTime(17, 0));
    QPoint startEdge = xOf(startBefore);
    drag(startEdge, grid->pointOf(row, tuesday.addDays(1), 7 * 60 + 30));
    stored = storedSlots(m_nadia);
    QCOMPARE(stored.first().start, QTime(7, 30));
    QCOMPARE(stored.first().end, QTime(17, 0));

    // Three steps to undo, back to the server's version.
    QUndoStack *undo = m_workspace->undoStack();
    QCOMPARE(undo->count(), 3);
    undo->undo();
    undo->undo();
    undo->undo();
    stored = storedSlots(m_nadia);
    QCOMPARE(stored.first().day, tuesday);
    QCOMPARE(stored.first().start, QTime(9, 0));
    QCOMPARE(stored.first().end, QTime(12, 0));
}

void TestPlanningView::keyboard_adjustsAndDeletesSlot_undoable()
{
    const QString slotId = m_data.addSlot(m_sophie, januaryMonday, QTime(9, 0), QTime(12, 0));
    m_data.addSlot(m_sophie, januaryMonday, QTime(14, 0), QTime(16, 0));
    QVERIFY(m_data.apply(*m_store));
    showView(januaryMonday);
    ui::PlanningGrid *grid = m_view->grid();
    const int row = rowOf(m_sophie);
    grid->setCurrentIndex(m_view->model()->index(row, ui::PlanningModel::FirstDayColumn));
    QCOMPARE(grid->selectedSlotId(), slotId); // the first of the day
    QTest::keyClick(grid, Qt::Key_Space);
    QVERIFY(grid->selectedSlotId() != slotId);
    QTest::keyClick(grid, Qt::Key_Space);
    QCOMPARE(grid->selectedSlotId(), slotId);

    // Later by 15 minutes twice, 5 more with Ctrl, one hour longer, start 15 minutes earlier.
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(grid, Qt::Key_Plus);
    QTest::keyClick(grid, Qt::Key_Up, Qt::ShiftModifier);
    auto stored = storedSlots(m_sophie);
    QCOMPARE(stored.first().id, slotId);
    QCOMPARE(stored.first().start, QTime(9, 20));
    QCOMPARE(stored.first().end, QTime(13, 35));
    // Queued for the server: the last entry carries the record as it now is.
    std::optional<store::OutboxEntry> last;
    for (const store::OutboxEntry &entry : m_store->outbox()) {
        if (entry.recordId == slotId)
            last = entry;
    }
    QVERIFY(last);
    QCOMPARE(last->op, u"upsert"_s);
    QCOMPARE(last->state, u"pending"_s);
    QCOMPARE(domain::instantFromJson(last->data.value(u"end"_s).toString()),
             m_data.at(januaryMonday, QTime(13, 35)));
    // The nudges of one slot are one step to undo.
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    m_workspace->undoStack()->undo();
    stored = storedSlots(m_sophie);
    QCOMPARE(stored.first().start, QTime(9, 0));
    QCOMPARE(stored.first().end, QTime(12, 0));

    // Delete, then undo the delete.
    grid->selectSlot(slotId);
    QTest::keyClick(grid, Qt::Key_Delete);
    QCOMPARE(storedSlots(m_sophie).size(), 1);
    bool deleteQueued = false;
    for (const store::OutboxEntry &entry : m_store->outbox())
        deleteQueued |= entry.recordId == slotId && entry.op == u"delete"_s;
    QVERIFY(deleteQueued);
    m_workspace->undoStack()->undo();
    QCOMPARE(storedSlots(m_sophie).size(), 2);
    QCOMPARE(storedSlots(m_sophie).first().start, QTime(9, 0));
    for (const store::OutboxEntry &entry : m_store->outbox())
        QVERIFY(!(entry.recordId == slotId && entry.op == u"delete"_s));
}

void TestPlanningView::overlapAndAmplitude_highlightedOnBars()
{
    // An absence inside an availability (a sync may bring such a pair), and an availability
    // starting before the structure's 07:00–21:00 amplitude.
    m_data.addSlot(m_lucas, januaryMonday, QTime(9, 0), QTime(12, 0));
    m_data.addSlot(m_lucas, januaryMonday, QTime(10, 0), QTime(11, 0), u"absent"_s);
    m_data.addSlot(m_lucas, januaryMonday.addDays(1), QTime(6, 0), QTime(9, 0));
    m_data.addSlot(m_lucas, januaryMonday.addDays(2), QTime(9, 0), QTime(12, 0));
    QVERIFY(m_data.apply(*m_store));
    showView(januaryMonday);
    ui::PlanningModel *model = m_view->model();
    const int row = rowOf(m_lucas);

    const auto monday = model->segments(row, januaryMonday);
    QCOMPARE(monday.size(), 2);
    QVERIFY(monday.at(0).overlap && monday.at(1).overlap);
    QVERIFY(!model->index(row, ui::PlanningModel::FirstDayColumn)
                 .data(ui::PlanningModel::WarningsRole)
                 .toString()
                 .isEmpty());
    const auto tuesday = model->segments(row, januaryMonday.addDays(1));
    QVERIFY(!tuesday.first().overlap);
    QVERIFY(!tuesday.first().amplitudeWarning.isEmpty());
    const auto wednesday = model->segments(row, januaryMonday.addDays(2));
    QVERIFY(!wednesday.first().overlap && wednesday.first().amplitudeWarning.isEmpty());

    // Painted: red outline on Monday's bars, orange stripes before 07:00 on Tuesday, neither on
    // Wednesday.
    ui::PlanningGrid *grid = m_view->grid();
    grid->setCurrentIndex(model->index(0, ui::PlanningModel::StaffColumn));
    const QImage image = grid->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto countNear = [&](const QRect &area, QColor colour) {
        int count = 0;
        const QRect pixels(QPoint(int(area.left() * ratio), int(area.top() * ratio)),
                           QPoint(int(area.right() * ratio), int(area.bottom() * ratio)));
        for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
            for (int x = pixels.left(); x <= pixels.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                        + std::abs(c.blue() - colour.blue())
                    < 60)
                    ++count;
            }
        }
        return count;
    };
    const QColor overlapRed(0xd3, 0x2f, 0x2f);
    const QColor outsideOrange(0xef, 0x6c, 0x00);
    const QRect mondayTrack = grid->trackRect(row, januaryMonday).adjusted(-2, -2, 2, 2);
    const QRect tuesdayTrack = grid->trackRect(row, januaryMonday.addDays(1));
    const QRect wednesdayTrack
        = grid->trackRect(row, januaryMonday.addDays(2)).adjusted(-2, -2, 2, 2);
    QVERIFY(countNear(mondayTrack, overlapRed) > 10);
    QCOMPARE(countNear(wednesdayTrack, overlapRed), 0);
    const QRect beforeSeven(
        tuesdayTrack.topLeft(),
        QPoint(grid->pointOf(row, januaryMonday.addDays(1), 7 * 60).x(), tuesdayTrack.bottom()));
    QVERIFY(countNear(beforeSeven, outsideOrange) > 3);
    QCOMPARE(countNear(wednesdayTrack, outsideOrange), 0);
}

void TestPlanningView::filters_bySkillQualificationMobilitySectorAndName()
{
    showView(januaryMonday);
    ui::PlanningModel *model = m_view->model();
    const auto names = [model] {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row)
            result.append(model->staffNameAt(row));
        return result;
    };
    const auto choose = [this](const QString &comboName, const QString &code) {
        auto *combo = findIn<QComboBox>(m_view.get(), comboName);
        QVERIFY(combo->isVisible());
        combo->setFocus();
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(code));
        // As the keyboard does: Home, then Down to the entry.
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), code);
    };
    choose(u"skillFilter"_s, u"alzheimer"_s);
    QCOMPARE(names(), QStringList({ u"Amélie Bernard"_s, u"Claire Dubois"_s }));
    choose(u"mobilityFilter"_s, u"car"_s);
    QCOMPARE(names(), QStringList({ u"Amélie Bernard"_s, u"Claire Dubois"_s }));
    choose(u"sectorFilter"_s, u"Aubusson sud"_s);
    QCOMPARE(names(), QStringList({ u"Claire Dubois"_s }));
    QVERIFY(findIn<QLabel>(m_view.get(), u"staffCountLabel"_s)->text().contains(u"1 of 6"_s));
    choose(u"skillFilter"_s, QString());
    choose(u"mobilityFilter"_s, QString());
    choose(u"sectorFilter"_s, QString());
    choose(u"qualificationFilter"_s, u"deaes"_s);
    QCOMPARE(names(), QStringList({ u"Amélie Bernard"_s, u"Sophie Roux"_s }));
    choose(u"qualificationFilter"_s, QString());
    QTest::keyClicks(findIn<QLineEdit>(m_view.get(), u"staffSearchEdit"_s), u"pet"_s);
    QCOMPARE(names(), QStringList({ u"Nadia Petit"_s }));
    findIn<QLineEdit>(m_view.get(), u"staffSearchEdit"_s)->clear();
    QCOMPARE(model->rowCount(), 6);
    // A filtered-out worker's data is untouched, and editing the others still works.
    QCOMPARE(model->rowOfStaff(m_stranger), -1);
}

void TestPlanningView::patternEditor_createsChosenDays_refusesNoDay()
{
    showView(januaryMonday);
    m_view->grid()->setCurrentIndex(
        m_view->model()->index(rowOf(m_amelie), ui::PlanningModel::FirstDayColumn));
    QTest::mouseClick(findIn<QPushButton>(m_view.get(), u"patternButton"_s), Qt::LeftButton);
    ui::PatternDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<ui::PatternDialog *>(u"patternDialog"_s))
                && dialog->isVisible());
    QCOMPARE(findIn<QComboBox>(dialog, u"patternStaffCombo"_s)->currentData().toString(), m_amelie);
    QCOMPARE(findIn<QDateEdit>(dialog, u"patternFromEdit"_s)->date(), januaryMonday);
    // No day at all: refused, said next to the days, nothing stored.
    for (int day = 1; day <= 7; ++day) {
        auto *box = findIn<QCheckBox>(dialog, u"patternDay%1"_s.arg(day));
        if (box->isChecked())
            QTest::mouseClick(box, Qt::LeftButton);
    }
    auto *ok = findIn<QDialogButtonBox>(dialog, u"patternButtons"_s)->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(findIn<QLabel>(dialog, u"pattern_weekdays_error"_s)->isVisible());
    QVERIFY(storedSlots(m_amelie).isEmpty());

    // Monday, Wednesday and Friday, 14:00–17:00, for three weeks.
    for (int day : { 1, 3, 5 })
        QTest::mouseClick(findIn<QCheckBox>(dialog, u"patternDay%1"_s.arg(day)), Qt::LeftButton);
    findIn<QTimeEdit>(dialog, u"patternStartEdit"_s)->setTime(QTime(14, 0));
    findIn<QTimeEdit>(dialog, u"patternEndEdit"_s)->setTime(QTime(17, 0));
    findIn<QDateEdit>(dialog, u"patternToEdit"_s)->setDate(januaryMonday.addDays(20));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<ui::PatternDialog *>(u"patternDialog"_s));

    const QList<StoredSlot> stored = storedSlots(m_amelie);
    QCOMPARE(stored.size(), 9);
    QStringList ids;
    for (const StoredSlot &slot : stored) {
        QVERIFY(QList<int>({ 1, 3, 5 }).contains(slot.day.dayOfWeek()));
        QVERIFY(slot.day >= januaryMonday && slot.day <= januaryMonday.addDays(20));
        QCOMPARE(slot.start, QTime(14, 0));
        QCOMPARE(slot.end, QTime(17, 0));
        ids.append(slot.id);
    }
    QCOMPARE(pendingUpserts(ids), 9);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    m_workspace->undoStack()->undo();
    QVERIFY(storedSlots(m_amelie).isEmpty());
    QCOMPARE(m_store->pendingCount(), 0);
}

void TestPlanningView::rowState_followsOutbox()
{
    const QString slotId = m_data.addSlot(m_karim, januaryMonday, QTime(9, 0), QTime(12, 0));
    QVERIFY(m_data.apply(*m_store));
    showView(januaryMonday);
    ui::PlanningModel *model = m_view->model();
    const int row = rowOf(m_karim);
    QCOMPARE(model->index(row, ui::PlanningModel::StateColumn)
                 .data(ui::PlanningModel::SyncStateRole)
                 .toString(),
             u"synced"_s);
    // An edit waits in the outbox: the row says so.
    m_view->grid()->setCurrentIndex(model->index(row, ui::PlanningModel::FirstDayColumn));
    QTest::keyClick(m_view->grid(), Qt::Key_Plus);
    QCOMPARE(model->syncStateAt(row), u"pending"_s);
    QVERIFY(model->index(row, ui::PlanningModel::StateColumn).data().toString().contains(u'1'));
    // The server refused it: the row says that instead, until the person decides.
    const auto entries = m_store->outbox();
    QCOMPARE(entries.size(), 1);
    m_store->markSent({ entries.first().seq });
    m_store->markRejected(entries.first().seq,
                          domain::Error { u"slot_committed"_s, u"start"_s, u"committed"_s });
    QCOMPARE(model->syncStateAt(row), u"rejected"_s);
    // A conflict with another edit on the server.
    m_store->markPending(m_store->outbox().first().seq);
    const auto pending = m_store->outbox({ u"pending"_s });
    QCOMPARE(pending.size(), 1);
    m_store->markSent({ pending.first().seq });
    QJsonObject theirs = m_store->record(domain::entity::availability, slotId)->data;
    theirs.insert(u"end"_s, domain::instantToJson(m_data.at(januaryMonday, QTime(11, 0))));
    QVERIFY(m_store->markConflict(pending.first().seq, theirs, 5));
    QCOMPARE(model->syncStateAt(row), u"conflict"_s);
    QCOMPARE(model->syncStateAt(rowOf(m_amelie)), u"synced"_s);
}

void TestPlanningView::darkPalette_paintsOnDarkBase()
{
    m_data.addSlot(m_amelie, januaryMonday, QTime(8, 0), QTime(12, 0));
    QVERIFY(m_data.apply(*m_store));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x30));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_view->setPalette(dark);
    showView(januaryMonday);
    ui::PlanningGrid *grid = m_view->grid();
    const int row = rowOf(m_amelie);
    grid->setCurrentIndex(m_view->model()->index(0, ui::PlanningModel::StaffColumn));
    const QImage image = grid->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto pixel = [&](const QPoint &point) {
        return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio));
    };
    // An empty cell is dark; the bar is the dark theme's green, not the light one.
    const QRect wednesday
        = grid->visualRect(m_view->model()->index(row, ui::PlanningModel::FirstDayColumn + 2));
    QVERIFY(pixel(wednesday.bottomLeft() + QPoint(8, -8)).lightness() < 80);
    QCOMPARE(pixel(grid->pointOf(row, januaryMonday, 10 * 60)), QColor(0x38, 0x8e, 0x3c));
}

void TestPlanningView::print_oneWeekPerPage()
{
    m_data.addSlot(m_amelie, marchMonday, QTime(8, 0), QTime(12, 0));
    QVERIFY(m_data.apply(*m_store));
    showView(marchMonday, 4);
    QCOMPARE(m_view->model()->dayCount(), 28);
    // Kept in the build folder, to be looked at.
    QDir().mkpath(QStringLiteral(RELEVE_BINARY_DIR) + u"/screenshots"_s);
    const QString path = QStringLiteral(RELEVE_BINARY_DIR) + u"/screenshots/planning-print.pdf"_s;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QCOMPARE(m_view->print(&printer), 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
    QCOMPARE(QString::fromLatin1(pdf).count(page), 4);

    // The preview opens without blocking, and closes.
    QTest::mouseClick(findIn<QPushButton>(m_view.get(), u"printPlanningButton"_s), Qt::LeftButton);
    QPrintPreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = m_view->findChild<QPrintPreviewDialog *>(u"planningPrintPreview"_s))
                && preview->isVisible());
    preview->reject();
    QTRY_VERIFY(!m_view->findChild<QPrintPreviewDialog *>(u"planningPrintPreview"_s));
}

void TestPlanningView::screenshot_demoPlanning()
{
    // A week as a coordinator's Monday morning looks: regular mornings and afternoons, an
    // absence, a contracted intervention lent to Guéret, an overlap brought by a sync, an early
    // start outside the amplitude, and edits not sent yet.
    const QDate monday = januaryMonday;
    for (int day = 0; day < 5; ++day) {
        m_data.addSlot(m_amelie, monday.addDays(day), QTime(8, 0), QTime(12, 0));
        m_data.addSlot(m_karim, monday.addDays(day), QTime(13, 30), QTime(19, 0));
        if (day != 2)
            m_data.addSlot(m_claire, monday.addDays(day), QTime(7, 0), QTime(14, 0));
        m_data.addSlot(m_sophie, monday.addDays(day), QTime(9, 0), QTime(17, 0));
    }
    m_data.addSlot(m_amelie, monday.addDays(5), QTime(9, 0), QTime(12, 0));
    m_data.addSlot(m_claire, monday.addDays(2), QTime(0, 0), QTime(0, 0), u"absent"_s);
    m_data.addSlot(m_nadia, monday, QTime(6, 0), QTime(10, 0));
    m_data.addSlot(m_nadia, monday.addDays(3), QTime(14, 0), QTime(18, 0));
    m_data.addSlot(m_nadia, monday.addDays(3), QTime(15, 0), QTime(16, 0), u"absent"_s);
    m_data.addSlot(m_lucas, monday.addDays(1), QTime(10, 0), QTime(16, 0));
    m_data.addSlot(m_lucas, monday.addDays(4), QTime(10, 0), QTime(16, 0));
    m_data.addContract(m_sophie, u"REL-2027-000042"_s,
                       { { m_data.at(monday.addDays(1), QTime(9, 30)),
                           m_data.at(monday.addDays(1), QTime(11, 0)) },
                         { m_data.at(monday.addDays(3), QTime(9, 30)),
                           m_data.at(monday.addDays(3), QTime(11, 0)) } });
    QVERIFY(m_data.apply(*m_store));
    showView(monday);
    // Lucas's week is being typed in: two pending slots.
    ui::PlanningGrid *grid = m_view->grid();
    const int lucas = rowOf(m_lucas);
    drag(grid->pointOf(lucas, monday.addDays(2), 8 * 60),
         grid->pointOf(lucas, monday.addDays(2), 12 * 60));
    drag(grid->pointOf(lucas, monday.addDays(3), 14 * 60),
         grid->pointOf(lucas, monday.addDays(3), 18 * 60));
    QCOMPARE(m_view->model()->syncStateAt(lucas), u"pending"_s);
    QCOMPARE(m_view->model()->dayInterventions(rowOf(m_sophie), 1).size(), 1);
    QCOMPARE(pendingUpserts({ storedSlots(m_lucas).at(1).id }), 1);

    const QString dir = QStringLiteral(RELEVE_SOURCE_DIR) + u"/docs/screenshots"_s;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(m_view->grab().save(dir + u"/planning.png"_s));
    m_view->setWeeks(4);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(m_view->grab().save(dir + u"/planning-four-weeks.png"_s));
}

QTEST_MAIN(TestPlanningView)
#include "tst_planningview.moc"

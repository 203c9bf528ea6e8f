#include "planninggrid.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"
#include "ui/planning/planningmodel.h"
#include "ui/planning/planningpainter.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
constexpr int edgeWidth = 4;

QString timeOfMinute(int minute)
{
    if (minute >= 1440)
        return u"24:00"_s;
    return LocalTime::time(QTime(0, 0).addSecs(qint64(minute) * 60));
}
} // namespace

PlanningGrid::PlanningGrid(Workspace *workspace, PlanningModel *model, QWidget *parent)
    : QTableView(parent)
    , m_workspace(workspace)
    , m_planning(model)
    , m_edits(workspace, model)
{
    setModel(model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the grid, as everywhere else
    setShowGrid(false); // the cells draw their own lines
    setWordWrap(false);
    setMouseTracking(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setRoomy(true);
    setAccessibleDescription(
        tr("Arrows move between days and staff members. Insert adds a slot, Enter edits the "
           "chosen one, Space chooses the next slot of the day, Shift+Left or Right moves it "
           "by 15 minutes (5 with Ctrl), + and - change its end, Shift+Up or Down its start, "
           "Delete removes it."));

    // A reset (another week, a filter) keeps the cursor on the same person and day.
    auto remembered = std::make_shared<std::pair<QString, QDate>>();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this, remembered] {
        const QModelIndex current = currentIndex();
        *remembered
            = { m_planning->staffIdAt(current.row()), m_planning->dateOfColumn(current.column()) };
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, remembered] {
        const int row = m_planning->rowOfStaff(remembered->first);
        int column = m_planning->columnOfDate(remembered->second);
        if (column < 0)
            column = PlanningModel::FirstDayColumn;
        if (row >= 0)
            selectionModel()->setCurrentIndex(m_planning->index(row, column),
                                              QItemSelectionModel::ClearAndSelect);
        keepSelection();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        keepSelection();
        viewport()->update();
    });
}

void PlanningGrid::setRoomy(bool roomy)
{
    m_roomy = roomy;
    const QFontMetrics metrics = fontMetrics();
    verticalHeader()->setDefaultSectionSize(roomy ? PlanningPainter::roomyRowHeight(metrics)
                                                  : PlanningPainter::compactRowHeight(metrics));
    viewport()->update();
}

int PlanningGrid::snap(int minute, double minutesPerPixel)
{
    // Within a pixel of a quarter hour, the quarter hour: when a pixel covers more than
    // 5 minutes, 17:00 stays within reach of the mouse. Otherwise to the nearest 5 minutes,
    // as time stamps are rounded (CPOM, ANNEXE V).
    const int quarter = (minute + 7) / 15 * 15;
    if (std::abs(minute - quarter) <= std::max(2.0, minutesPerPixel))
        return std::clamp(quarter, 0, 1440);
    const int snapped = (minute + snapMinutes / 2) / snapMinutes * snapMinutes;
    return std::clamp(snapped, 0, 1440);
}

double PlanningGrid::minutesPerPixel(const QRect &track)
{
    const int span = (PlanningPainter::lastHour - PlanningPainter::firstHour) * 60;
    return track.width() > 0 ? double(span) / track.width() : 0;
}

int PlanningGrid::dayOfColumn(int column) const
{
    if (column < PlanningModel::FirstDayColumn || column > m_planning->lastDayColumn())
        return -1;
    return column - PlanningModel::FirstDayColumn;
}

QRect PlanningGrid::trackRect(int row, QDate date) const
{
    const int column = m_planning->columnOfDate(date);
    if (column < 0 || row < 0)
        return {};
    const QRect cell(columnViewportPosition(column), rowViewportPosition(row), columnWidth(column),
                     rowHeight(row));
    return PlanningPainter::trackRect(cell, m_roomy);
}

QPoint PlanningGrid::pointOf(int row, QDate date, int minute) const
{
    const QRect track = trackRect(row, date);
    if (!track.isValid())
        return {};
    // The pixel a press on which gives this minute once snapped, else the nearest one.
    int best = track.left();
    int bestDistance = std::numeric_limits<int>::max();
    for (int x = track.left(); x <= track.right() + 1; ++x) {
        const int distance
            = std::abs(snap(PlanningPainter::minuteAtX(track, x), minutesPerPixel(track)) - minute);
        if (distance < bestDistance) {
            best = x;
            bestDistance = distance;
        }
    }
    return { best, track.center().y() };
}

void PlanningGrid::selectSlot(const QString &slotId)
{
    m_selectedSlot = slotId;
    viewport()->update();
}

void PlanningGrid::keepSelection()
{
    const QModelIndex current = currentIndex();
    const auto &segments = m_planning->daySegments(current.row(), dayOfColumn(current.column()));
    for (const PlanningModel::Segment &segment : segments) {
        if (segment.slotId == m_selectedSlot)
            return;
    }
    m_selectedSlot = segments.isEmpty() ? QString() : segments.first().slotId;
}

void PlanningGrid::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    keepSelection();
    viewport()->update();
}

void PlanningGrid::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect area = event->rect();
    const PlanningPainter drawer(palette(), font());
    painter.fillRect(area, drawer.colours().base);
    const int rows = m_planning->rowCount();
    const int columns = m_planning->columnCount();
    if (rows == 0 || columns == 0)
        return;
    int firstRow = rowAt(area.top());
    int lastRow = rowAt(area.bottom());
    if (firstRow < 0)
        firstRow = 0;
    if (lastRow < 0)
        lastRow = rows - 1;
    int firstColumn = columnAt(area.left());
    int lastColumn = columnAt(area.right());
    if (firstColumn < 0)
        firstColumn = 0;
    if (lastColumn < 0)
        lastColumn = columns - 1;

    const QModelIndex current = currentIndex();
    const QDate today
        = LocalTime::toLocal(QDateTime::currentDateTimeUtc(), m_workspace->timeZone()).date();
    PlanningPainter::DayCell cell;
    cell.amplitudeStart = m_planning->amplitudeStartMinute();
    cell.amplitudeEnd = m_planning->amplitudeEndMinute();
    cell.roomy = m_roomy;
    cell.selectedSlotId = m_selectedSlot;
    if (m_drag.moved && m_drag.mode != DragMode::Create)
        cell.draggedSlotId = m_drag.slotId;
    for (int row = firstRow; row <= lastRow; ++row) {
        const int y = rowViewportPosition(row);
        const int height = rowHeight(row);
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const QRect rect(columnViewportPosition(column), y, columnWidth(column), height);
            const bool isCurrent = current.row() == row && current.column() == column;
            if (column == PlanningModel::StaffColumn) {
                drawer.paintStaff(&painter, rect, m_planning->staffNameAt(row),
                                  m_planning->qualificationAt(row), current.row() == row);
                continue;
            }
            if (column == PlanningModel::StateColumn) {
                drawer.paintState(&painter, rect, m_planning->syncStateAt(row),
                                  m_planning->syncStateTextAt(row), current.row() == row);
                continue;
            }
            const int day = dayOfColumn(column);
            cell.rect = rect;
            cell.date = m_planning->firstDay().addDays(day);
            cell.today = cell.date == today;
            cell.current = isCurrent;
            cell.weekStart = day > 0 && cell.date.dayOfWeek() == 1;
            cell.segments = &m_planning->daySegments(row, day);
            cell.interventions = &m_planning->dayInterventions(row, day);
            drawer.paintDay(&painter, cell);
        }
    }
    if (m_drag.moved && m_drag.day >= 0) {
        const QRect track = trackRect(m_drag.row, m_planning->firstDay().addDays(m_drag.day));
        drawer.paintPreview(&painter, track, m_drag.start, m_drag.end, m_drag.absent);
    }
}

int PlanningGrid::segmentAt(int row, int day, const QPoint &pos, DragMode *mode) const
{
    const QRect track = trackRect(row, m_planning->firstDay().addDays(day));
    if (pos.y() < track.top() - 4 || pos.y() > track.bottom() + 4)
        return -1;
    const auto &segments = m_planning->daySegments(row, day);
    // The selected slot first, then absences (drawn on top), then the others.
    QList<int> order;
    for (int i = 0; i < segments.size(); ++i) {
        if (segments.at(i).slotId == m_selectedSlot)
            order.append(i);
    }
    for (const bool absent : { true, false }) {
        for (int i = 0; i < segments.size(); ++i) {
            if (segments.at(i).absent == absent && segments.at(i).slotId != m_selectedSlot)
                order.append(i);
        }
    }
    int found = -1;
    for (const int i : std::as_const(order)) {
        const PlanningModel::Segment &segment = segments.at(i);
        const QRect bar = PlanningPainter::barRect(track, segment.startMinute, segment.endMinute);
        if (pos.x() < bar.left() - edgeWidth || pos.x() > bar.right() + edgeWidth)
            continue;
        DragMode hit = DragMode::None;
        if (segment.startsHere && std::abs(pos.x() - bar.left()) <= edgeWidth)
            hit = DragMode::ResizeStart;
        else if (segment.endsHere && std::abs(pos.x() - bar.right()) <= edgeWidth)
            hit = DragMode::ResizeEnd;
        else if (pos.x() >= bar.left() && pos.x() <= bar.right())
            hit = DragMode::Move;
        if (hit == DragMode::None)
            continue;
        if (mode)
            *mode = hit;
        found = i;
        break;
    }
    return found;
}

void PlanningGrid::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    const int day = dayOfColumn(index.column());
    if (event->button() != Qt::LeftButton || !index.isValid() || day < 0) {
        QTableView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_drag = {};
    m_drag.row = index.row();
    m_drag.pressDay = day;
    m_drag.pressPos = pos;
    const QRect track = trackRect(index.row(), m_planning->firstDay().addDays(day));
    m_drag.pressMinute = PlanningPainter::minuteAtX(track, pos.x());
    DragMode mode = DragMode::None;
    const int segment = segmentAt(index.row(), day, pos, &mode);
    if (segment >= 0) {
        const PlanningModel::Segment &hit = m_planning->daySegments(index.row(), day).at(segment);
        m_drag.mode = mode;
        m_drag.slotId = hit.slotId;
        m_drag.absent = hit.absent;
        m_drag.originalStart = hit.startMinute;
        m_drag.originalEnd = hit.endMinute;
        selectSlot(hit.slotId);
    } else {
        m_drag.mode = DragMode::Create;
    }
    event->accept();
}

void PlanningGrid::updateDrag(const QPoint &pos)
{
    Drag &drag = m_drag;
    int column = columnAt(pos.x());
    if (pos.x() < 0 || column < PlanningModel::FirstDayColumn)
        column = PlanningModel::FirstDayColumn;
    if (column < 0 || column > m_planning->lastDayColumn())
        column = m_planning->lastDayColumn();
    // Only a move changes day; the other gestures stay in the day they began in.
    const int day = drag.mode == DragMode::Move ? dayOfColumn(column) : drag.pressDay;
    const QRect track = trackRect(drag.row, m_planning->firstDay().addDays(day));
    const int minute = PlanningPainter::minuteAtX(track, pos.x());
    const double perPixel = minutesPerPixel(track);
    drag.day = day;
    switch (drag.mode) {
    case DragMode::Create:
        drag.start = snap(std::min(drag.pressMinute, minute), perPixel);
        drag.end = snap(std::max(drag.pressMinute, minute), perPixel);
        if (drag.end - drag.start < snapMinutes)
            drag.end = std::min(1440, drag.start + snapMinutes);
        break;
    case DragMode::Move: {
        const int length = drag.originalEnd - drag.originalStart;
        const int start = std::clamp(snap(drag.originalStart + minute - drag.pressMinute, perPixel),
                                     0, 1440 - length);
        drag.start = start;
        drag.end = start + length;
        break;
    }
    case DragMode::ResizeStart:
        drag.start = std::min(snap(minute, perPixel), drag.originalEnd - snapMinutes);
        drag.end = drag.originalEnd;
        break;
    case DragMode::ResizeEnd:
        drag.start = drag.originalStart;
        drag.end = std::max(snap(minute, perPixel), drag.originalStart + snapMinutes);
        break;
    case DragMode::None:
        break;
    }
}

void PlanningGrid::showDragTip(const QPoint &globalPos)
{
    const QDate date = m_planning->firstDay().addDays(m_drag.day);
    QToolTip::showText(
        globalPos,
        tr("%1, %2–%3")
            .arg(LocalTime::shortDay(date), timeOfMinute(m_drag.start), timeOfMinute(m_drag.end)),
        viewport());
}

void PlanningGrid::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.mode == DragMode::None || !(event->buttons() & Qt::LeftButton)) {
        // Say what a press would do here.
        const QModelIndex index = indexAt(pos);
        const int day = dayOfColumn(index.column());
        DragMode mode = DragMode::None;
        if (day >= 0 && segmentAt(index.row(), day, pos, &mode) >= 0)
            viewport()->setCursor(mode == DragMode::Move ? Qt::SizeAllCursor : Qt::SizeHorCursor);
        else
            viewport()->unsetCursor();
        if (m_drag.mode != DragMode::None)
            m_drag = {};
        QTableView::mouseMoveEvent(event);
        return;
    }
    if (!m_drag.moved
        && (pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.moved = true;
    updateDrag(pos);
    showDragTip(event->globalPosition().toPoint());
    viewport()->update();
    event->accept();
}

void PlanningGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag.mode == DragMode::None) {
        QTableView::mouseReleaseEvent(event);
        return;
    }
    if (m_drag.moved) {
        updateDrag(event->position().toPoint());
        finishDrag();
    }
    m_drag = {};
    QToolTip::hideText();
    viewport()->update();
    event->accept();
}

void PlanningGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_drag = {};
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    const int day = dayOfColumn(index.column());
    if (event->button() != Qt::LeftButton || day < 0) {
        QTableView::mouseDoubleClickEvent(event);
        return;
    }
    DragMode mode = DragMode::None;
    const int segment = segmentAt(index.row(), day, pos, &mode);
    if (segment >= 0) {
        emit editSlotRequested(m_planning->daySegments(index.row(), day).at(segment).slotId);
    } else {
        // The press went to the drag, not to QAbstractItemView: say it here.
        emit doubleClicked(index);
        emit activated(index);
    }
    event->accept();
}

void PlanningGrid::finishDrag()
{
    const Drag drag = m_drag;
    const QString staffId = m_planning->staffIdAt(drag.row);
    switch (drag.mode) {
    case DragMode::Create: {
        const auto created = m_edits.createSlot(staffId, m_planning->firstDay().addDays(drag.day),
                                                drag.start, drag.end);
        if (!created)
            report(created.errors());
        else
            selectSlot(created->value(u"id"_s).toString());
        break;
    }
    case DragMode::Move: {
        const int delta = drag.start - drag.originalStart + (drag.day - drag.pressDay) * 1440;
        if (delta == 0)
            break;
        const auto moved = m_edits.shiftSlot(drag.slotId, delta, delta);
        if (!moved)
            report(moved.errors());
        else if (drag.day != drag.pressDay)
            selectionModel()->setCurrentIndex(
                m_planning->index(drag.row, PlanningModel::FirstDayColumn + drag.day),
                QItemSelectionModel::ClearAndSelect);
        selectSlot(drag.slotId);
        break;
    }
    case DragMode::ResizeStart:
    case DragMode::ResizeEnd: {
        const int startDelta = drag.start - drag.originalStart;
        const int endDelta = drag.end - drag.originalEnd;
        if (startDelta == 0 && endDelta == 0)
            break;
        const auto resized = m_edits.shiftSlot(drag.slotId, startDelta, endDelta);
        if (!resized)
            report(resized.errors());
        break;
    }
    case DragMode::None:
        break;
    }
}

void PlanningGrid::report(const domain::Errors &errors)
{
    QStringList lines;
    for (const domain::Error &error : errors)
        lines.append(Labels::error(error));
    emit editRefused(lines.join(u'\n'));
}

void PlanningGrid::adjustSelected(int startMinutes, int endMinutes)
{
    if (m_selectedSlot.isEmpty())
        return;
    const auto saved = m_edits.shiftSlot(m_selectedSlot, startMinutes, endMinutes, true);
    if (!saved)
        report(saved.errors());
}

void PlanningGrid::cycleSelected()
{
    const QModelIndex current = currentIndex();
    const auto &segments = m_planning->daySegments(current.row(), dayOfColumn(current.column()));
    if (segments.isEmpty())
        return;
    int next = 0;
    for (int i = 0; i < segments.size(); ++i) {
        if (segments.at(i).slotId == m_selectedSlot)
            next = (i + 1) % int(segments.size());
    }
    selectSlot(segments.at(next).slotId);
}

void PlanningGrid::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const int day = dayOfColumn(current.column());
    const QString staffId = m_planning->staffIdAt(current.row());
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int step = modifiers & Qt::ControlModifier ? snapMinutes : keyStepMinutes;
    const QDate date = day >= 0 ? m_planning->firstDay().addDays(day) : m_planning->firstDay();
    switch (event->key()) {
    case Qt::Key_Insert:
        if (!staffId.isEmpty())
            emit newSlotRequested(staffId, date);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selectedSlot.isEmpty())
            emit editSlotRequested(m_selectedSlot);
        else if (!staffId.isEmpty())
            emit newSlotRequested(staffId, date);
        return;
    case Qt::Key_Space:
        cycleSelected();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_selectedSlot.isEmpty()) {
            const auto removed = m_edits.deleteSlot(m_selectedSlot);
            if (!removed)
                report(removed.errors());
        }
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        adjustSelected(0, step);
        return;
    case Qt::Key_Minus:
        adjustSelected(0, -step);
        return;
    default:
        break;
    }
    if (modifiers & Qt::ShiftModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
            adjustSelected(-step, -step);
            return;
        case Qt::Key_Right:
            adjustSelected(step, step);
            return;
        case Qt::Key_Up:
            adjustSelected(-step, 0);
            return;
        case Qt::Key_Down:
            adjustSelected(step, 0);
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

bool PlanningGrid::viewportEvent(QEvent *event)
{
    // While dragging, the tool tip shows the times being set, not the cell's contents.
    if (event->type() == QEvent::ToolTip && m_drag.moved)
        return true;
    return QTableView::viewportEvent(event);
}

} // namespace releve::ui

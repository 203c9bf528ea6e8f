// The planning grid: a QTableView over PlanningModel that paints its cells itself (the time
// lines of a whole screen in one pass, no delegate per cell) and edits slots in place.
// Mouse: drag in an empty part of a day to create a slot, drag a bar to move it (to another day
// of the row too), drag its edges to resize it; times snap to 5 minutes and a tool tip follows
// them (to the quarter hour when the pointer is within a pixel of one). Keyboard: arrows move the
// cursor cell, Space picks the next slot of the cell, Enter edits it (or adds one), Insert adds
// one, Shift+Left/Right move it by 15 minutes (5 with Ctrl), + and
// - lengthen or shorten it, Delete removes it. Every edit is one step of the undo stack.
#pragma once

#include "ui/planning/planningedits.h"

#include <QDate>
#include <QTableView>

namespace releve::ui {

class PlanningModel;
class Workspace;

class PlanningGrid : public QTableView
{
    Q_OBJECT

public:
    static constexpr int snapMinutes = 5;
    static constexpr int keyStepMinutes = 15;

    PlanningGrid(Workspace *workspace, PlanningModel *model, QWidget *parent = nullptr);

    // The slot the keyboard acts on, in the cursor cell (empty when none).
    QString selectedSlotId() const { return m_selectedSlot; }
    void selectSlot(const QString &slotId);
    // Roomy rows show the times of each slot; compact rows (four weeks) only the bars.
    void setRoomy(bool roomy);
    bool isRoomy() const { return m_roomy; }

    // Where a minute of a day cell falls, in viewport coordinates (for tests and tools).
    QPoint pointOf(int row, QDate date, int minute) const;
    QRect trackRect(int row, QDate date) const;

    // A minute of the day snapped to 5 minutes, or to the quarter hour within a pixel of it.
    static int snap(int minute, double minutesPerPixel = 0);
    static double minutesPerPixel(const QRect &track);

signals:
    // The person asked for the slot editor (Insert, Enter, double-click on an empty day).
    void newSlotRequested(const QString &staffId, QDate date);
    void editSlotRequested(const QString &slotId);
    // An edit the store refused, in words.
    void editRefused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    enum class DragMode { None, Create, Move, ResizeStart, ResizeEnd };
    struct Drag
    {
        DragMode mode = DragMode::None;
        int row = -1;
        int pressDay = -1; // day index where the press happened
        int pressMinute = 0;
        QPoint pressPos;
        bool moved = false;
        QString slotId;
        bool absent = false;
        int originalStart = 0; // the segment's minutes in its day
        int originalEnd = 0;
        // The preview.
        int day = -1;
        int start = 0;
        int end = 0;
    };

    int dayOfColumn(int column) const; // -1 for the staff and state columns
    // The segment under a point of a day cell, and which part of it: edges are 4 px wide.
    int segmentAt(int row, int day, const QPoint &pos, DragMode *mode) const;
    void updateDrag(const QPoint &pos);
    void finishDrag();
    void showDragTip(const QPoint &globalPos);
    void report(const domain::Errors &errors);
    void adjustSelected(int startMinutes, int endMinutes);
    void cycleSelected();
    void keepSelection();

    Workspace *m_workspace;
    PlanningModel *m_planning;
    PlanningEdits m_edits;
    Drag m_drag;
    QString m_selectedSlot;
    bool m_roomy = true;
};

} // namespace releve::ui

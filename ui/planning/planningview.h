// The planning screen: the signed-in structure's staff by the days of a week, with week
// navigation and the slot editor (double-click a day, or "Add slot…").
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;
class QToolButton;

namespace releve::ui {

class PlanningModel;
class SlotDialog;
class Workspace;

class PlanningView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanningView(Workspace *workspace, QWidget *parent = nullptr);

    PlanningModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void showWeek(QDate anyDay);

public slots:
    // Opens the slot editor (non-blocking) for a new slot; returns it for callers that drive it.
    SlotDialog *addSlot(const QString &staffId = {}, QDate day = {});
    SlotDialog *editSlot(const QString &slotId);

private:
    void activateCell(const QModelIndex &index);
    void showCellMenu(const QPoint &position);
    void updateWeekLabel();
    SlotDialog *openDialog();

    Workspace *m_workspace;
    PlanningModel *m_model;
    QTableView *m_table;
    QLabel *m_weekLabel;
    QToolButton *m_previousWeek;
    QToolButton *m_nextWeek;
    QPushButton *m_thisWeek;
    QPushButton *m_addSlot;
};

} // namespace releve::ui

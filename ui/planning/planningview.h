// The planning screen: the signed-in structure's staff by the days of one week or four weeks,
// with week navigation, filters (name, skill, qualification, mobility, sector), the grid that
// edits slots in place, the slot editor, copying onto the following weeks, the weekly pattern
// editor and printing.
#pragma once

#include <QDate>
#include <QTime>
#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPrintPreviewDialog;
class QPrinter;
class QPushButton;
class QTableView;
class QToolButton;

namespace releve::ui {

class CopyWeeksDialog;
class ErrorLabel;
class PatternDialog;
class PlanningGrid;
class PlanningModel;
class SlotDialog;
class Workspace;

class PlanningView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanningView(Workspace *workspace, QWidget *parent = nullptr);

    PlanningModel *model() const { return m_model; }
    QTableView *table() const;
    PlanningGrid *grid() const { return m_grid; }
    void showWeek(QDate anyDay);
    void setWeeks(int weeks); // 1 or 4

public slots:
    // Opens the slot editor (non-blocking) for a new slot; returns it for callers that drive it.
    // The times are those of the last slot added, 09:00–12:00 at first.
    SlotDialog *addSlot(const QString &staffId = {}, QDate day = {});
    SlotDialog *editSlot(const QString &slotId);
    // Non-blocking dialogs, returned for callers that drive them.
    CopyWeeksDialog *copyToFollowingWeeks();
    PatternDialog *editPattern();
    QPrintPreviewDialog *printPreview();
    // Prints the weeks shown; returns the number of pages.
    int print(QPrinter *printer) const;

private:
    void activateCell(const QModelIndex &index);
    void showCellMenu(const QPoint &position);
    void updateWeekLabel();
    void applyFilter();
    void showMessage(const QString &message, bool error);
    SlotDialog *openDialog();
    void returnFocusToGrid(QDialog *dialog);

    Workspace *m_workspace;
    PlanningModel *m_model;
    PlanningGrid *m_grid;
    QLabel *m_weekLabel;
    QToolButton *m_previousWeek;
    QToolButton *m_nextWeek;
    QPushButton *m_thisWeek;
    QComboBox *m_span;
    QPushButton *m_addSlot;
    QPushButton *m_pattern;
    QPushButton *m_copy;
    QPushButton *m_print;
    QLineEdit *m_search;
    QComboBox *m_skill;
    QComboBox *m_qualification;
    QComboBox *m_mobility;
    QComboBox *m_sector;
    QLabel *m_count;
    ErrorLabel *m_error;
    QLabel *m_message;
    QTime m_lastStart;
    QTime m_lastEnd;
};

} // namespace releve::ui

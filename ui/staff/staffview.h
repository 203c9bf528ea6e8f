// The Staff page: the agency's workers in a list (with when each one's availability was last
// confirmed) and the selected worker's form. "Confirm this week as is" works on the selected
// workers at once, so that keeping the pool fresh costs seconds.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace releve::ui {

class StaffForm;
class StaffListModel;
class Workspace;

class StaffView : public QWidget
{
    Q_OBJECT

public:
    explicit StaffView(Workspace *workspace, QWidget *parent = nullptr);

    StaffListModel *model() const { return m_model; }
    StaffForm *form() const { return m_form; }
    QTableView *table() const { return m_table; }

public slots:
    void showStaff(const QString &staffId);
    void newStaff();
    // Confirms the availability of every selected worker (or the one in the form); returns how
    // many were confirmed.
    int confirmSelected();

private:
    void selectionChanged();
    void updateSummary();
    QStringList selectedIds() const;
    bool leaveForm(); // asks what to do with unsaved edits; false to stay

    Workspace *m_workspace;
    StaffListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_confirmSelected;
    QLabel *m_summary;
    StaffForm *m_form;
    bool m_selecting = false;
};

} // namespace releve::ui

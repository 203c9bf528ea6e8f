// The entry points of the exchange features for the main window's menus: CSV import and export
// of the agency's staff and availability, and the iCalendar export of a worker's contracted
// interventions. Files are chosen with ui/common's FileDialog (a seam for tests).
#pragma once

#include <QCoreApplication>
#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace releve::ui {

class Workspace;

class ExchangeActions
{
    Q_DECLARE_TR_FUNCTIONS(releve::ui::ExchangeActions)

public:
    // Asks for a CSV file, then shows the import dialog (mapping, import, report).
    static void importStaff(Workspace *workspace, QWidget *parent);
    static void importAvailability(Workspace *workspace, QWidget *parent);
    // Asks for a file name and writes the structure's staff or availability; false when
    // cancelled or not written (the person was told why).
    static bool exportStaff(Workspace *workspace, QWidget *parent);
    static bool exportAvailability(Workspace *workspace, QWidget *parent);
    // Shows the dialog that picks a worker and writes an .ics file.
    static void exportCalendar(Workspace *workspace, QWidget *parent);

    // The five actions above, parented to parent, ready for a menu ("Import staff (CSV)…",
    // …, "Export a worker's interventions (iCalendar)…"); object names importStaffAction,
    // importAvailabilityAction, exportStaffAction, exportAvailabilityAction,
    // exportCalendarAction.
    static QList<QAction *> createActions(Workspace *workspace, QWidget *parent);
};

// Picks one of the structure's workers who has contracted interventions and writes them to an
// iCalendar file for the worker's phone or calendar.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarExportDialog(Workspace *workspace, QWidget *parent = nullptr);

    QStringList staffIds() const; // in the list's order
    void setStaff(const QString &staffId);
    // Writes the chosen worker's interventions; false (with a message) when not written.
    bool exportTo(const QString &path);

public Q_SLOTS:
    void save(); // asks for a file name

private:
    void updateCount();

    Workspace *m_workspace;
    QComboBox *m_staffCombo;
    QLabel *m_countLabel;
    QPushButton *m_saveButton;
};

} // namespace releve::ui

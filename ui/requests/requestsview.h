// The requests screen: "My requests" and "Incoming" on the left (several may be selected to
// publish or cancel them at once), the selected request's detail on the right, and "New
// request…" to write one. Incoming requests my staff could cover are counted for the
// navigation's badge, and an urgent one is announced by a desktop notification.
// A prescriber sees only its own requests; a territorial referent every request of its
// départements, read only.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace releve::ui {

class CancelRequestDialog;
class DesktopNotifier;
class RequestDetailWidget;
class RequestFilterModel;
class RequestFormDialog;
class RequestListModel;
class Workspace;

class RequestsView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Coordinator, Prescriber, Territory };

    explicit RequestsView(Workspace *workspace, QWidget *parent = nullptr);

    RequestListModel *model() const { return m_model; }
    RequestFilterModel *filter() const { return m_filter; }
    RequestDetailWidget *detail() const { return m_detail; }
    QTableView *table() const { return m_table; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Announces urgent incoming requests my staff could cover (not owned; null: none).
    void setNotifier(DesktopNotifier *notifier);
    // Open incoming requests my staff could cover (the navigation's badge).
    int incomingCount() const;
    QStringList selectedRequestIds() const;

public slots:
    // Shows a request, switching to its section.
    void showRequest(const QString &requestId);
    void showMine();
    void showIncoming();
    RequestFormDialog *newRequest(); // non-blocking; returns the open dialog
    // The selected drafts are published; returns how many were queued.
    int publishSelected();
    CancelRequestDialog *cancelSelected(); // non-blocking

signals:
    void contractRequested(const QString &contractId);
    void requestSelected(const QString &requestId); // the list's selection, for the map
    void incomingCountChanged(int count);

private:
    void selectionChanged();
    void updateTabs();
    void updateBulkActions();
    void notifyUrgent();

    Workspace *m_workspace;
    Mode m_mode = Mode::Coordinator;
    RequestListModel *m_model;
    RequestFilterModel *m_filter;
    QLabel *m_title;
    QTabBar *m_sections;
    QTableView *m_table;
    QPushButton *m_new;
    QLabel *m_selectionLabel;
    QPushButton *m_bulkPublish;
    QPushButton *m_bulkCancel;
    QLabel *m_bulkInfo;
    QStackedWidget *m_detailStack;
    RequestDetailWidget *m_detail;
    QLabel *m_emptyDetail;
    DesktopNotifier *m_notifier = nullptr;
    int m_lastIncoming = -1;
};

} // namespace releve::ui

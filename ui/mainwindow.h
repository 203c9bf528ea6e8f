// The coordinator's main window: a navigation column (Planning, Staff, Requests, Contracts, and
// the Map when there are tiles), the screens, and a status bar telling whether the work has
// reached the server. What the navigation offers follows the account's role: a prescriber sees
// its requests and their contracts; a territorial referent the requests of its départements.
#pragma once

#include <QHash>
#include <QMainWindow>

class QListWidget;
class QListWidgetItem;
class QMenu;
class QStackedWidget;

namespace releve::geo {
class TileSource;
}

namespace releve::ui {

class ContractsView;
class ReviewChangesView;
class DashboardView;
class DesktopNotifier;
class PlanningView;
class RequestsView;
class SignInDialog;
class StaffView;
class SyncStatusWidget;
class Workspace;
class MapView;
class RecordMarkers;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // New screens add a value here and call addPage() (the navigation shows them in the order
    // they are added; the View menu gives each Ctrl+<its row>).
    enum class Page { Planning, Requests, Contracts, Map, Staff, Dashboard, Review };

    // Item data of the navigation rows.
    enum NavigationRole {
        PageRole = Qt::UserRole + 1, // int(Page)
        BadgeRole, // int: a count drawn as a badge at the end of the row (0: none)
    };

    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    // Adds the Map screen, drawing its tiles from source (owned by the caller). Without it the
    // window has no map (tests that need none).
    void setTileSource(geo::TileSource *source);
    MapView *mapView() const { return m_map; }
    ~MainWindow() override;

    PlanningView *planningView() const { return m_planning; }
    RequestsView *requestsView() const { return m_requests; }
    ContractsView *contractsView() const { return m_contracts; }
    StaffView *staffView() const { return m_staff; }
    DashboardView *dashboardView() const { return m_dashboard; }
    ReviewChangesView *reviewView() const { return m_review; }
    DesktopNotifier *notifier() const { return m_notifier; }
    Page currentPage() const;

    // Adds a screen: a row of the navigation, a page, an action of the View menu. The action is
    // named actionName; its shortcut is Ctrl+<row>, for the first nine rows.
    void addPage(Page page, QWidget *widget, const QString &title, const QString &actionName);
    QWidget *page(Page page) const { return m_pageWidgets.value(page); }
    // Whether the navigation offers the page (the account's role decides).
    bool isPageAvailable(Page page) const;
    // The badge shown on a page's row of the navigation (0 hides it).
    void setBadge(Page page, int count, const QString &accessibleText = {});
    int badge(Page page) const;

public slots:
    void showPage(releve::ui::MainWindow::Page page);
    void showContract(const QString &contractId);
    void showRequest(const QString &requestId);
    // The settings dialog (language, map); map changes apply at once to the window's tiles.
    void showSettings();
    // Asks for an MBTiles file and adds it to the map's offline packs, kept in the settings.
    void addOfflineMapPack();
    SignInDialog *askPassword(); // non-blocking

private:
    void createActions();
    void updateTitle();
    void applyRole();
    QListWidgetItem *navigationItem(Page page) const;

    Workspace *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newRequest = nullptr;
    QMenu *m_exchangeMenu = nullptr;
    QHash<Page, QWidget *> m_pageWidgets;
    QHash<Page, QAction *> m_pageActions;
    PlanningView *m_planning;
    RequestsView *m_requests;
    ContractsView *m_contracts;
    StaffView *m_staff;
    DashboardView *m_dashboard;
    ReviewChangesView *m_review;
    DesktopNotifier *m_notifier;
    geo::TileSource *m_tiles = nullptr;
    MapView *m_map = nullptr;
    bool m_mapFramed = false;
    RecordMarkers *m_markers = nullptr;
    SyncStatusWidget *m_status;
};

} // namespace releve::ui

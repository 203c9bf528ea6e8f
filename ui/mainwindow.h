// The coordinator's main window: a navigation column (Planning, Requests, Contracts), the
// screens, and a status bar telling whether the work has reached the server.
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace releve::geo {
class TileSource;
}

namespace releve::ui {

class ContractsView;
class PlanningView;
class RequestsView;
class SignInDialog;
class SyncStatusWidget;
class Workspace;
class MapView;
class RecordMarkers;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Planning, Requests, Contracts, Map };

    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    // Adds the Map screen, drawing its tiles from source (owned by the caller). Without it the
    // window has no map (tests that need none).
    void setTileSource(geo::TileSource *source);
    MapView *mapView() const { return m_map; }
    ~MainWindow() override;

    PlanningView *planningView() const { return m_planning; }
    RequestsView *requestsView() const { return m_requests; }
    ContractsView *contractsView() const { return m_contracts; }
    Page currentPage() const;

public slots:
    void showPage(releve::ui::MainWindow::Page page);
    void showContract(const QString &contractId);
    void showRequest(const QString &requestId);
    // Asks for an MBTiles file and adds it to the map's offline packs, kept in the settings.
    void addOfflineMapPack();
    SignInDialog *askPassword(); // non-blocking

private:
    void createActions();
    void updateTitle();

    Workspace *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    PlanningView *m_planning;
    RequestsView *m_requests;
    ContractsView *m_contracts;
    geo::TileSource *m_tiles = nullptr;
    MapView *m_map = nullptr;
    bool m_mapFramed = false;
    RecordMarkers *m_markers = nullptr;
    SyncStatusWidget *m_status;
};

} // namespace releve::ui

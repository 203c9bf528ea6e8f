#include "mainwindow.h"

#include "core/geo/mapsettings.h"
#include "core/geo/tilesource.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/syncstatuswidget.h"
#include "ui/common/workspace.h"
#include "ui/contracts/contractsview.h"
#include "ui/map/maplayers.h"
#include "ui/map/mapview.h"
#include "ui/map/recordmarkers.h"
#include "ui/planning/planningview.h"
#include "ui/requests/requestsview.h"
#include "ui/session/signindialog.h"

#include "core/domain/entity.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_planning(new PlanningView(workspace, this))
    , m_requests(new RequestsView(workspace, this))
    , m_contracts(new ContractsView(workspace, this))
    , m_status(new SyncStatusWidget(workspace, this))
{
    setObjectName(u"mainWindow"_s);
    resize(1280, 800);
    setMinimumSize(900, 600);
    // Page titles and section titles share one look.
    setStyleSheet(u"QLabel#pageTitle { font-size: 17pt; font-weight: 600; }"
                  u"QLabel#sectionTitle { font-weight: 600; }"
                  u"QListWidget#navigationList { border: none; background: #eef1f4;"
                  u"  font-size: 11pt; padding-top: 6px; }"
                  u"QListWidget#navigationList::item { padding: 10px 14px; border-radius: 6px;"
                  u"  margin: 2px 8px; color: #263238; }"
                  u"QListWidget#navigationList::item:selected { background: #d5e3f5;"
                  u"  color: #0d3c74; font-weight: 600; }"
                  u"QWidget#navigationPanel { background: #eef1f4; }"
                  u"QLabel#brandLabel { font-size: 15pt; font-weight: 700; color: #0d3c74; }"
                  u"QLabel#agencyLabel { color: #455a64; }"_s);

    m_navigation->setObjectName(u"navigationList"_s);
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->addItem(tr("Planning"));
    m_navigation->addItem(tr("Requests"));
    m_navigation->addItem(tr("Contracts"));

    auto *navigationPanel = new QWidget(this);
    navigationPanel->setObjectName(u"navigationPanel"_s);
    navigationPanel->setFixedWidth(200);
    auto *brand = new QLabel(tr("Relève"), navigationPanel);
    brand->setObjectName(u"brandLabel"_s);
    auto *agency = new QLabel(navigationPanel);
    agency->setObjectName(u"agencyLabel"_s);
    agency->setWordWrap(true);
    auto *navigationLayout = new QVBoxLayout(navigationPanel);
    navigationLayout->setContentsMargins(0, 16, 0, 8);
    navigationLayout->setSpacing(4);
    auto *brandBox = new QVBoxLayout;
    brandBox->setContentsMargins(18, 0, 12, 10);
    brandBox->addWidget(brand);
    brandBox->addWidget(agency);
    navigationLayout->addLayout(brandBox);
    navigationLayout->addWidget(m_navigation, 1);

    m_pages->setObjectName(u"pages"_s);
    m_pages->addWidget(m_planning);
    m_pages->addWidget(m_requests);
    m_pages->addWidget(m_contracts);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(navigationPanel);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addPermanentWidget(m_status, 1);

    createActions();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_requests, &RequestsView::contractRequested, this, &MainWindow::showContract);
    connect(m_contracts, &ContractsView::requestRequested, this, &MainWindow::showRequest);
    const auto updateAgency = [this, agency] {
        const QString name = m_workspace->structureName(m_workspace->structureId());
        agency->setText(name.isEmpty() ? tr("Loading your agency…")
                                       : name + u'\n' + m_workspace->displayName());
        updateTitle();
    };
    connect(m_workspace, &Workspace::structureChanged, this, updateAgency);
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [updateAgency](const QString &entity) {
                if (entity.isEmpty() || entity == domain::entity::structure
                    || entity == domain::entity::account)
                    updateAgency();
            });
    if (sync::Session *session = m_workspace->session()) {
        connect(session, &sync::Session::passwordNeeded, this, [this] {
            askPassword()->setMessage(tr("Your session has expired. Sign in again to send your "
                                         "changes; they are kept on this computer meanwhile."));
        });
    }
    updateAgency();
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::addOfflineMapPack()
{
    if (!m_tiles)
        return;
    const QString path = FileDialog::openFileName(
        this, tr("Add an offline map pack"), QDir::homePath(), tr("Offline map packs (*.mbtiles)"));
    if (path.isEmpty())
        return;
    const auto added = m_tiles->addOfflinePack(path);
    if (!added) {
        MessageBox::warning(this, tr("Offline map pack"),
                            tr("This file cannot be used as an offline map pack: %1\nNothing "
                               "was changed; choose an MBTiles file made for raster tiles.")
                                .arg(added.error().message));
        return;
    }
    QSettings settings;
    geo::MapSettings map = geo::MapSettings::load(settings);
    if (!map.offlinePacks.contains(added->path))
        map.offlinePacks.append(added->path);
    map.save(settings);
    statusBar()->showMessage(tr("Offline map pack \"%1\" added: the map works there without "
                                "network.")
                                 .arg(added->name),
                             10000);
}

void MainWindow::setTileSource(geo::TileSource *source)
{
    if (m_map)
        return;
    m_tiles = source;
    m_map = new MapView(this);
    m_map->setObjectName(u"mapView"_s);
    m_map->setAccessibleName(tr("Map of requests, staff and partner structures"));
    m_map->setTileSource(source);
    m_markers = new RecordMarkers(m_workspace->store(), m_map->layers(), this);
    m_markers->setOwnStructure(m_workspace->structureId());
    connect(m_workspace, &Workspace::structureChanged, m_markers,
            [this] { m_markers->setOwnStructure(m_workspace->structureId()); });
    // One selection for the list and the map: a marker picks the request in the list, and the
    // list's selection is shown on the map.
    connect(m_map, &MapView::markerSelected, this,
            [this](const QString &entity, const QString &id) {
                if (entity == domain::entity::request && !id.isEmpty())
                    showRequest(id);
            });
    connect(m_requests, &RequestsView::requestSelected, m_map,
            [this](const QString &id) { m_map->selectMarker(domain::entity::request, id); });
    m_pages->addWidget(m_map);
    m_navigation->addItem(tr("Map"));
    QMenu *mapMenu = new QMenu(tr("&Map"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), mapMenu);
    QAction *addPack
        = mapMenu->addAction(tr("Add an &offline map pack…"), this, &MainWindow::addOfflineMapPack);
    addPack->setObjectName(u"addOfflinePackAction"_s);
    // Frame the territory once, as soon as the first markers are known (they load with the
    // cache, possibly after this call); later changes never move the view under the person.
    const auto frameOnce = [this] {
        const QGeoRectangle area = m_map->layers()->boundingBox();
        // A hidden page has no size yet to fit the area into.
        if (!area.isValid() || m_mapFramed || !m_map->isVisible())
            return;
        m_mapFramed = true;
        m_map->showArea(area);
    };
    connect(m_map->layers(), &MapLayers::changed, this, frameOnce);
    connect(m_pages, &QStackedWidget::currentChanged, this, frameOnce);
    frameOnce();
}

void MainWindow::createActions()
{
    sync::SyncEngine *engine = m_workspace->syncEngine();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *syncNow = file->addAction(tr("&Sync now"), engine, &sync::SyncEngine::syncNow);
    syncNow->setObjectName(u"actionSyncNow"_s);
    syncNow->setShortcut(QKeySequence::Refresh);
    QAction *newRequest = file->addAction(tr("&New request…"), m_requests, [this] {
        showPage(Page::Requests);
        m_requests->newRequest();
    });
    newRequest->setObjectName(u"actionNewRequest"_s);
    newRequest->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto addPage = [&](const QString &text, const QString &name, Page page, int key) {
        QAction *action = view->addAction(text, this, [this, page] { showPage(page); });
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key)));
    };
    addPage(tr("&Planning"), u"actionShowPlanning"_s, Page::Planning, Qt::Key_1);
    addPage(tr("&Requests"), u"actionShowRequests"_s, Page::Requests, Qt::Key_2);
    addPage(tr("&Contracts"), u"actionShowContracts"_s, Page::Contracts, Qt::Key_3);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Relève"), this, [this] {
        QMessageBox::about(this, tr("About Relève"),
                           tr("<p><b>Relève %1</b></p><p>Replacement of home-care staff between "
                              "agencies of a territory.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace->structureName(m_workspace->structureId());
    setWindowTitle(name.isEmpty() ? tr("Relève") : tr("%1 — Relève").arg(name));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::showContract(const QString &contractId)
{
    showPage(Page::Contracts);
    m_contracts->showContract(contractId);
}

void MainWindow::showRequest(const QString &requestId)
{
    showPage(Page::Requests);
    m_requests->showRequest(requestId);
}

SignInDialog *MainWindow::askPassword()
{
    if (auto *open = findChild<SignInDialog *>(); open && open->isVisible())
        return open;
    auto *dialog = new SignInDialog(m_workspace->session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(m_workspace->session()->serverUrl().toString());
    dialog->setLogin(m_workspace->session()->login());
    connect(dialog, &QDialog::accepted, m_workspace->syncEngine(), &sync::SyncEngine::syncNow);
    dialog->open();
    return dialog;
}

} // namespace releve::ui

#include "mainwindow.h"

#include "core/geo/mapsettings.h"
#include "core/geo/tilesource.h"
#include "ui/common/desktopnotifier.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/syncstatuswidget.h"
#include "ui/common/workspace.h"
#include "ui/contracts/contractsview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/exchange/exchangeactions.h"
#include "ui/map/maplayers.h"
#include "ui/map/mapview.h"
#include "ui/map/recordmarkers.h"
#include "ui/planning/planningview.h"
#include "ui/requests/requestsview.h"
#include "ui/session/signindialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/staff/staffview.h"
#include "ui/sync/reviewchangesview.h"
#include "ui/sync/reviewmodel.h"

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
#include <QPainter>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
// Draws a navigation row's badge (a count, e.g. the incoming requests my staff could cover) at
// its end, in the palette's highlight colours: readable in light and dark themes.
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(MainWindow::BadgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > 99 ? u"99+"_s : QString::number(count);
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
        const QRect badge(option.rect.right() - width - 10, option.rect.center().y() - height / 2,
                          width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setBrush(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setPen(
            option.palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, text);
        painter->restore();
    }
};
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_planning(new PlanningView(workspace, this))
    , m_requests(new RequestsView(workspace, this))
    , m_contracts(new ContractsView(workspace, this))
    , m_staff(new StaffView(workspace, this))
    , m_dashboard(new DashboardView(workspace, this))
    , m_review(new ReviewChangesView(workspace, this))
    , m_notifier(new DesktopNotifier(this))
    , m_status(new SyncStatusWidget(workspace, this))
{
    setObjectName(u"mainWindow"_s);
    resize(1280, 800);
    setMinimumSize(900, 600);
    // Page titles and section titles share one look. Colours come from the system palette
    // (palette(…)), so that the window follows a light or a dark theme.
    setStyleSheet(u"QLabel#pageTitle { font-size: 17pt; font-weight: 600; }"
                  u"QLabel#sectionTitle { font-weight: 600; }"
                  u"QListWidget#navigationList { border: none; background: palette(window);"
                  u"  font-size: 11pt; padding-top: 6px; }"
                  u"QListWidget#navigationList::item { padding: 10px 14px; border-radius: 6px;"
                  u"  margin: 2px 8px; color: palette(window-text); }"
                  u"QListWidget#navigationList::item:selected { background: palette(highlight);"
                  u"  color: palette(highlighted-text); font-weight: 600; }"
                  u"QWidget#navigationPanel { background: palette(window);"
                  u"  border-right: 1px solid palette(mid); }"
                  u"QLabel#brandLabel { font-size: 15pt; font-weight: 700; }"_s);

    m_navigation->setObjectName(u"navigationList"_s);
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));

    auto *navigationPanel = new QWidget(this);
    navigationPanel->setObjectName(u"navigationPanel"_s);
    navigationPanel->setFixedWidth(240); // "Modifications à examiner" with its badge
    auto *brand = new QLabel(tr("Relève"), navigationPanel);
    brand->setObjectName(u"brandLabel"_s);
    auto *agency = new QLabel(navigationPanel);
    agency->setObjectName(u"agencyLabel"_s);
    agency->setWordWrap(true);
    agency->setTextFormat(Qt::PlainText);
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
    addPage(Page::Planning, m_planning, tr("Planning"), u"actionShowPlanning"_s);
    addPage(Page::Staff, m_staff, tr("Staff"), u"actionShowStaff"_s);
    addPage(Page::Requests, m_requests, tr("Requests"), u"actionShowRequests"_s);
    addPage(Page::Contracts, m_contracts, tr("Contracts"), u"actionShowContracts"_s);
    addPage(Page::Dashboard, m_dashboard, tr("Dashboard"), u"actionShowDashboard"_s);
    // Conflicts and refused changes wait here for a person; the status bar's link leads here.
    addPage(Page::Review, m_review, tr("Changes to review"), u"actionShowReview"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Relève"), this, [this] {
        QMessageBox::about(this, tr("About Relève"),
                           tr("<p><b>Relève %1</b></p><p>Replacement of home-care staff between "
                              "agencies of a territory.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);

    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_pages->setCurrentWidget(m_pageWidgets.value(Page(item->data(PageRole).toInt())));
    });
    connect(m_requests, &RequestsView::contractRequested, this, &MainWindow::showContract);
    connect(m_status, &SyncStatusWidget::reviewRequested, this, [this] { showPage(Page::Review); });
    const auto updateReviewBadge = [this](int count) {
        setBadge(Page::Review, count, tr("%n change(s) waiting for your decision", nullptr, count));
    };
    connect(m_review, &ReviewChangesView::countChanged, this, updateReviewBadge);
    connect(m_contracts, &ContractsView::requestRequested, this, &MainWindow::showRequest);
    m_requests->setNotifier(m_notifier);
    // Also in the status bar: a desktop without a notification area still tells the person.
    connect(m_notifier, &DesktopNotifier::notified, this,
            [this](const QString &title, const QString &text) {
                statusBar()->showMessage(tr("%1: %2").arg(title, text), 60000);
            });
    connect(m_requests, &RequestsView::incomingCountChanged, this, [this](int count) {
        setBadge(Page::Requests, count,
                 tr("%n incoming request(s) your staff could cover", nullptr, count));
    });
    const auto updateAgency = [this, agency] {
        const QString name = m_workspace->structureName(m_workspace->structureId());
        agency->setText(name.isEmpty() ? tr("Loading your agency…")
                                       : name + u'\n' + m_workspace->displayName());
        updateTitle();
    };
    connect(m_workspace, &Workspace::structureChanged, this, updateAgency);
    connect(m_workspace, &Workspace::roleChanged, this, &MainWindow::applyRole);
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
    applyRole();
    updateReviewBadge(m_review->model()->rowCount());
    setBadge(
        Page::Requests, m_requests->incomingCount(),
        tr("%n incoming request(s) your staff could cover", nullptr, m_requests->incomingCount()));
}

void MainWindow::addPage(Page page, QWidget *widget, const QString &title,
                         const QString &actionName)
{
    if (m_pageWidgets.contains(page) || !widget)
        return;
    m_pageWidgets.insert(page, widget);
    m_pages->addWidget(widget);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(PageRole, int(page));
    item->setData(Qt::AccessibleTextRole, title);
    QAction *action = m_viewMenu->addAction(title, this, [this, page] { showPage(page); });
    action->setObjectName(actionName);
    const int row = m_navigation->count();
    if (row <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + row)));
    m_pageActions.insert(page, action);
}

QListWidgetItem *MainWindow::navigationItem(Page page) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(PageRole).toInt() == int(page))
            return m_navigation->item(row);
    }
    return nullptr;
}

bool MainWindow::isPageAvailable(Page page) const
{
    const QListWidgetItem *item = navigationItem(page);
    return item && !item->isHidden();
}

void MainWindow::setBadge(Page page, int count, const QString &accessibleText)
{
    QListWidgetItem *item = navigationItem(page);
    if (!item)
        return;
    item->setData(BadgeRole, count);
    const QString title = item->text();
    item->setData(Qt::AccessibleTextRole,
                  count > 0 && !accessibleText.isEmpty() ? title + u", "_s + accessibleText
                                                         : title);
    item->setToolTip(count > 0 ? accessibleText : QString());
}

int MainWindow::badge(Page page) const
{
    const QListWidgetItem *item = navigationItem(page);
    return item ? item->data(BadgeRole).toInt() : 0;
}

void MainWindow::applyRole()
{
    // A prescriber posts and follows its own requests; a territorial referent follows the
    // requests of its départements. Neither plans staff.
    const bool coordinator = m_workspace->isCoordinator();
    const bool referent = m_workspace->isReferent();
    const QHash<Page, bool> available {
        { Page::Planning, coordinator },
        { Page::Staff, coordinator },
        { Page::Requests, true },
        { Page::Contracts, !referent },
        { Page::Map, coordinator || referent },
        { Page::Dashboard, coordinator || referent },
    };
    for (auto it = available.constBegin(); it != available.constEnd(); ++it) {
        if (QListWidgetItem *item = navigationItem(it.key()))
            item->setHidden(!it.value());
        if (QAction *action = m_pageActions.value(it.key()))
            action->setVisible(it.value());
    }
    if (m_newRequest)
        m_newRequest->setVisible(!referent);
    // Importing staff and availability is the coordinator's business.
    if (m_exchangeMenu)
        m_exchangeMenu->menuAction()->setVisible(coordinator);
    m_requests->setMode(referent          ? RequestsView::Mode::Territory
                            : coordinator ? RequestsView::Mode::Coordinator
                                          : RequestsView::Mode::Prescriber);
    if (!isPageAvailable(currentPage()))
        showPage(Page::Requests);
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

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::mapSettingsChanged, this, [this](const geo::MapSettings &map) {
        if (!m_tiles)
            return;
        const domain::Errors errors = map.applyTo(*m_tiles);
        if (!errors.isEmpty())
            MessageBox::warning(this, tr("Map settings"),
                                tr("The map settings could not all be applied: %1")
                                    .arg(errors.constFirst().message));
    });
    connect(dialog, &SettingsDialog::languageChanged, this, [this] {
        statusBar()->showMessage(tr("The new language will be used from the next start of "
                                    "Relève."),
                                 15000);
    });
    dialog->open();
}

void MainWindow::setTileSource(geo::TileSource *source)
{
    m_dashboard->setTileSource(source);
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
    addPage(Page::Map, m_map, tr("Map"), u"actionShowMap"_s);
    applyRole();
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
    m_newRequest = file->addAction(tr("&New request…"), m_requests, [this] {
        showPage(Page::Requests);
        m_requests->newRequest();
    });
    m_newRequest->setObjectName(u"actionNewRequest"_s);
    m_newRequest->setShortcut(QKeySequence::New);
    file->addSeparator();
    // Staff and availability as CSV (import with column mapping, export), a worker's
    // interventions as iCalendar.
    m_exchangeMenu = file->addMenu(tr("&Import and export"));
    m_exchangeMenu->setObjectName(u"exchangeMenu"_s);
    m_exchangeMenu->addActions(ExchangeActions::createActions(m_workspace, this));
    file->addSeparator();
    QAction *settings = file->addAction(tr("S&ettings…"), this, &MainWindow::showSettings);
    settings->setObjectName(u"actionSettings"_s);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
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

    // addPage() fills it, one action per screen.
    m_viewMenu = menuBar()->addMenu(tr("&View"));
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace->structureName(m_workspace->structureId());
    setWindowTitle(name.isEmpty() ? tr("Relève") : tr("%1 — Relève").arg(name));
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget *current = m_pages->currentWidget();
    for (auto it = m_pageWidgets.constBegin(); it != m_pageWidgets.constEnd(); ++it) {
        if (it.value() == current)
            return it.key();
    }
    return Page::Planning;
}

void MainWindow::showPage(Page page)
{
    if (QListWidgetItem *item = navigationItem(page))
        m_navigation->setCurrentItem(item);
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

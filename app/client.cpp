#include "client.h"

#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/mainwindow.h"

#include "core/geo/geocodecache.h"
#include "core/geo/geocoder.h"
#include "core/geo/mapsettings.h"
#include "core/geo/tilesource.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/syncengine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace releve::app {

Client::Client(sync::Session::TokenStorage storage, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_api(new sync::ApiClient(m_network, this))
    , m_session(new sync::Session(m_api, storage, this))
{ }

Client::~Client()
{
    // The window goes first: its views read the store and use the geocoder.
    m_window.reset();
    m_geocoder = nullptr;
}

QString Client::defaultCachePath(const QUrl &server, const QString &login)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    // One cache per server and account: what an account may see differs from another's.
    const QByteArray key = QCryptographicHash::hash(
        (server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + u'\n' + login).toUtf8(),
        QCryptographicHash::Sha256);
    return QDir(folder).filePath(
        u"cache-%1.sqlite"_s.arg(QString::fromLatin1(key.toHex().left(16))));
}

domain::Result<bool> Client::openWindow(const QString &cachePath, const QString &structureId)
{
    if (!m_store) {
        m_store = new store::LocalStore(this);
        const auto opened = m_store->open(cachePath);
        if (!m_store->isOpen())
            return opened.errors();
        if (!opened) {
            // A damaged cache was set aside and a fresh one started: say what happened.
            ui::MessageBox::warning(nullptr, tr("Local data"), opened.error().message);
        }
        m_sync = new sync::SyncEngine(m_store, m_api, this);
        m_workspace = new ui::Workspace(m_store, m_api, m_sync, this);
        m_workspace->setSession(m_session);
    }
    m_workspace->setAccount(m_session->login(), structureId);
    if (!m_window) {
        // Map tiles: settings (tile server, cache size, offline packs) are read once; a problem
        // (a missing pack…) leaves the map on its plain background and is logged, never a dialog.
        const geo::MapSettings map = geo::MapSettings::load(QSettings());
        m_tiles = new geo::TileSource(m_network, this);
        for (const domain::Error &error : map.applyTo(*m_tiles))
            qWarning("map: %s", qPrintable(error.toString()));
        // Addresses of the forms: the BAN geocoder, its answers kept for offline use.
        m_geocoder = new geo::Geocoder(map.geocoderUrl, m_network, this);
        m_geocoder->setUserAgent(map.userAgent());
        m_geocodeCache = std::make_unique<geo::SqliteGeocodeCache>();
        if (const auto opened = m_geocodeCache->open(geo::MapSettings::geocodeCachePath()))
            m_geocoder->setCache(m_geocodeCache.get());
        else
            qWarning("geocoding cache: %s", qPrintable(opened.error().toString()));
        m_workspace->setTileSource(m_tiles);
        m_workspace->setGeocoder(m_geocoder);
        m_window = std::make_unique<ui::MainWindow>(m_workspace);
        m_window->setTileSource(m_tiles);
    }
    m_window->show();
    m_sync->setAutoSync(true);
    m_sync->syncNow();
    return true;
}

} // namespace releve::app

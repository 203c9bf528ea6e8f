// Puts a signed-in client together: the session, the local cache, the API client and the sync
// engine behind one main window (DESIGN.md, "Client ↔ server").
#pragma once

#include "core/domain/error.h"
#include "core/sync/session.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace releve::geo {
class Geocoder;
class SqliteGeocodeCache;
class TileSource;
} // namespace releve::geo
namespace releve::store {
class LocalStore;
}
namespace releve::sync {
class ApiClient;
class SyncEngine;
} // namespace releve::sync
namespace releve::ui {
class MainWindow;
class Workspace;
} // namespace releve::ui

namespace releve::app {

class Client : public QObject
{
    Q_OBJECT

public:
    explicit Client(sync::Session::TokenStorage storage, QObject *parent = nullptr);
    ~Client() override;

    sync::Session *session() const { return m_session; }
    sync::ApiClient *api() const { return m_api; }
    ui::MainWindow *window() const { return m_window.get(); }

    // Where the cache of an account lives in normal use: one file per server and login, in
    // the application's data folder.
    static QString defaultCachePath(const QUrl &server, const QString &login);

    // Opens the cache, starts syncing and shows the main window for the signed-in account.
    // structureId may be empty: the first pull tells it. Errors: the cache could not be opened.
    domain::Result<bool> openWindow(const QString &cachePath, const QString &structureId = {});

private:
    QNetworkAccessManager *m_network;
    geo::TileSource *m_tiles = nullptr;
    geo::Geocoder *m_geocoder = nullptr;
    std::unique_ptr<geo::SqliteGeocodeCache> m_geocodeCache;
    sync::ApiClient *m_api;
    sync::Session *m_session;
    store::LocalStore *m_store = nullptr;
    sync::SyncEngine *m_sync = nullptr;
    ui::Workspace *m_workspace = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace releve::app

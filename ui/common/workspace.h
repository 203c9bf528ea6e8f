// What every screen of a signed-in window shares: the local cache, the API client, the sync
// engine, the window's undo stack, and which structure the signed-in account belongs to.
#pragma once

#include "core/store/localstore.h"

#include <QJsonObject>
#include <QObject>
#include <QTimeZone>

#include <optional>

class QUndoStack;

namespace releve::geo {
class Geocoder;
class TileSource;
} // namespace releve::geo

namespace releve::sync {
class ApiClient;
class Session;
class SyncEngine;
} // namespace releve::sync

namespace releve::ui {

class Workspace : public QObject
{
    Q_OBJECT

public:
    Workspace(store::LocalStore *store, sync::ApiClient *api, sync::SyncEngine *syncEngine,
              QObject *parent = nullptr);
    ~Workspace() override;

    store::LocalStore *store() const { return m_store; }
    sync::ApiClient *api() const { return m_api; }
    sync::SyncEngine *syncEngine() const { return m_sync; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The sign-in session, when there is one (tests may run without).
    sync::Session *session() const { return m_session; }
    void setSession(sync::Session *session) { m_session = session; }

    // The signed-in account. The structure is known from the sign-in (demo accounts) or from
    // the account record the first pull brings back; structureChanged() says when.
    void setAccount(const QString &login, const QString &structureId = {});
    QString login() const { return m_login; }
    QString structureId() const { return m_structureId; }
    QString displayName() const;
    // The account's role ("coordinator", "prescriber", "referent", "admin"), from the account
    // record; "coordinator" until the first pull brings it. roleChanged() says when it changes.
    QString role() const { return m_role; }
    bool isCoordinator() const { return m_role == u"coordinator" || m_role == u"admin"; }
    bool isPrescriber() const { return m_role == u"prescriber"; }
    bool isReferent() const { return m_role == u"referent"; }
    // The départements a territorial referent follows ("23"…); empty for other roles.
    QStringList departements() const { return m_departements; }
    // For the address and map of forms; null when the window has none (tests). Not owned.
    geo::Geocoder *geocoder() const { return m_geocoder; }
    void setGeocoder(geo::Geocoder *geocoder) { m_geocoder = geocoder; }
    geo::TileSource *tileSource() const { return m_tiles; }
    void setTileSource(geo::TileSource *tiles) { m_tiles = tiles; }

    QJsonObject structure(const QString &structureId) const;
    QString structureName(const QString &structureId) const;
    // Where the structure's people live their days: its time zone, Europe/Paris by default.
    QTimeZone timeZone() const;

    // The commands queued for records of an entity that no pull has confirmed yet, oldest
    // first. While one is there the UI says "awaiting confirmation", never the outcome.
    QList<store::OutboxEntry> unconfirmedCommands(const QString &entity) const;
    std::optional<store::OutboxEntry> unconfirmedCommand(const QString &entity,
                                                         const QString &recordId) const;

signals:
    void structureChanged(const QString &structureId);
    void roleChanged(const QString &role);

private:
    void resolveStructure();

    store::LocalStore *m_store;
    sync::ApiClient *m_api;
    sync::SyncEngine *m_sync;
    QUndoStack *m_undoStack;
    sync::Session *m_session = nullptr;
    QString m_login;
    QString m_structureId;
    QString m_role = QStringLiteral("coordinator");
    QStringList m_departements;
    geo::Geocoder *m_geocoder = nullptr;
    geo::TileSource *m_tiles = nullptr;
};

} // namespace releve::ui

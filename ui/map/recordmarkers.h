// Fills a MapLayers from the local cache and keeps it current: open requests by urgency (the
// structure's own and the others' published ones), the signed-in structure's own staff at their
// home base (never another structure's: the cache holds no such place), the structures, and on
// demand a request's candidates with its search radius.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace releve::store {
class LocalStore;
}

namespace releve::ui {

class MapLayers;
struct MapMarker;

class RecordMarkers : public QObject
{
    Q_OBJECT

public:
    // Neither is owned.
    RecordMarkers(store::LocalStore *store, MapLayers *layers, QObject *parent = nullptr);

    // The signed-in structure: its staff are shown, and its own place stands out.
    void setOwnStructure(const QString &structureId);
    QString ownStructure() const { return m_ownStructure; }

    // A request's ranked candidates (the "candidates" of GET /v1/requests/{id}/candidates) and
    // its search radius around the mission. Candidates of the structure's own staff are at their
    // home; another structure's are at their agency's place, never at a home: the server does not
    // send one, and a distance band is all the requester may know.
    void showCandidates(const QJsonObject &request, const QJsonArray &candidates);
    void clearCandidates();

    // The marker records would give, without a store (for tests and benchmarks).
    static MapMarker requestMarker(const QJsonObject &request, const QString &agencyName);
    static MapMarker staffMarker(const QJsonObject &staff);
    static MapMarker structureMarker(const QJsonObject &structure, bool own);

public Q_SLOTS:
    void reload();

private:
    void reloadEntity(const QString &entity);

    QPointer<store::LocalStore> m_store;
    MapLayers *m_layers;
    QString m_ownStructure;
};

} // namespace releve::ui

#include "recordmarkers.h"

#include "maplayers.h"

#include "ui/common/labels.h"

#include "core/domain/entity.h"
#include "core/store/localstore.h"

#include <QHash>

namespace releve::ui {

namespace {

QGeoCoordinate pointOf(const QJsonValue &value)
{
    const QJsonObject point = value.toObject();
    const QGeoCoordinate coordinate(point.value(QStringLiteral("lat")).toDouble(qQNaN()),
                                    point.value(QStringLiteral("lon")).toDouble(qQNaN()));
    return coordinate.isValid() ? coordinate : QGeoCoordinate();
}

int urgencyLevel(const QString &urgency)
{
    if (urgency == u"critical")
        return 2;
    if (urgency == u"urgent")
        return 1;
    return 0;
}

// Requests still waiting for someone: the ones a coordinator looks for on the map.
bool isOpen(const QString &status)
{
    return status == u"draft" || status == u"published" || status == u"proposed"
        || status == u"accepted";
}

} // namespace

RecordMarkers::RecordMarkers(store::LocalStore *store, MapLayers *layers, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_layers(layers)
{
    if (m_store)
        connect(m_store, &store::LocalStore::recordsChanged, this, &RecordMarkers::reloadEntity);
    reload();
}

void RecordMarkers::setOwnStructure(const QString &structureId)
{
    if (structureId == m_ownStructure)
        return;
    m_ownStructure = structureId;
    reload();
}

MapMarker RecordMarkers::requestMarker(const QJsonObject &request, const QString &agencyName)
{
    MapMarker marker;
    marker.entity = domain::entity::request;
    marker.id = request.value(QStringLiteral("id")).toString();
    marker.coordinate = pointOf(request.value(QStringLiteral("mission_location")));
    const QString urgency = request.value(QStringLiteral("urgency")).toString();
    marker.level = urgencyLevel(urgency);
    const QString commune = request.value(QStringLiteral("mission_commune")).toString();
    marker.title = commune.isEmpty() ? RecordMarkers::tr("Request") : commune;
    QStringList lines;
    lines.append(RecordMarkers::tr("%1 · %2").arg(
        Labels::urgency(urgency),
        Labels::requestStatus(request.value(QStringLiteral("status")).toString())));
    lines.append(Labels::reason(request.value(QStringLiteral("reason")).toString()));
    const int interventions = int(request.value(QStringLiteral("interventions")).toArray().size());
    if (interventions > 0)
        lines.append(RecordMarkers::tr("%n interventions", nullptr, interventions));
    if (!agencyName.isEmpty())
        lines.append(agencyName);
    marker.detail = lines.join(u'\n');
    return marker;
}

MapMarker RecordMarkers::staffMarker(const QJsonObject &staff)
{
    MapMarker marker;
    marker.entity = domain::entity::staff;
    marker.id = staff.value(QStringLiteral("id")).toString();
    marker.coordinate = pointOf(staff.value(QStringLiteral("home")));
    const QString name = staff.value(QStringLiteral("first_name")).toString() + u' '
        + staff.value(QStringLiteral("last_name")).toString();
    marker.title = name.trimmed();
    marker.detail = Labels::qualification(staff.value(QStringLiteral("qualification")).toString());
    return marker;
}

MapMarker RecordMarkers::structureMarker(const QJsonObject &structure, bool own)
{
    MapMarker marker;
    marker.entity = domain::entity::structure;
    marker.id = structure.value(QStringLiteral("id")).toString();
    marker.coordinate = pointOf(structure.value(QStringLiteral("location")));
    marker.title = structure.value(QStringLiteral("name")).toString();
    marker.level = own ? 1 : 0;
    QStringList lines;
    if (own)
        lines.append(RecordMarkers::tr("Your structure"));
    lines.append(structure.value(QStringLiteral("address")).toString());
    marker.detail = lines.join(u'\n');
    return marker;
}

void RecordMarkers::reload()
{
    reloadEntity(domain::entity::structure); // and the requests, which name the agencies
    reloadEntity(domain::entity::staff);
}

void RecordMarkers::reloadEntity(const QString &entity)
{
    if (!m_store || !m_store->isOpen())
        return;
    QList<MapMarker> markers;
    if (entity == domain::entity::structure) {
        for (const store::CachedRecord &record : m_store->records(entity)) {
            MapMarker marker = structureMarker(record.data, record.id == m_ownStructure);
            if (marker.coordinate.isValid())
                markers.append(marker);
        }
        m_layers->setMarkers(MapLayer::Structures, markers);
        reloadEntity(domain::entity::request); // the agency names in the tooltips
    } else if (entity == domain::entity::staff) {
        if (!m_ownStructure.isEmpty()) {
            for (const store::CachedRecord &record :
                 m_store->recordsWhere(entity, QStringLiteral("structure_id"), m_ownStructure)) {
                if (!record.data.value(QStringLiteral("active")).toBool(true))
                    continue;
                MapMarker marker = staffMarker(record.data);
                if (marker.coordinate.isValid())
                    markers.append(marker);
            }
        }
        m_layers->setMarkers(MapLayer::Staff, markers);
    } else if (entity == domain::entity::request) {
        QHash<QString, QString> agencies;
        for (const MapMarker &structure : m_layers->markers(MapLayer::Structures))
            agencies.insert(structure.id, structure.title);
        for (const store::CachedRecord &record : m_store->records(entity)) {
            if (!isOpen(record.data.value(QStringLiteral("status")).toString()))
                continue;
            MapMarker marker = requestMarker(
                record.data,
                agencies.value(record.data.value(QStringLiteral("structure_id")).toString()));
            if (marker.coordinate.isValid())
                markers.append(marker);
        }
        m_layers->setMarkers(MapLayer::Requests, markers);
    }
}

void RecordMarkers::showCandidates(const QJsonObject &request, const QJsonArray &candidates)
{
    const QGeoCoordinate mission = pointOf(request.value(QStringLiteral("mission_location")));
    m_layers->setSearchArea(mission, request.value(QStringLiteral("radius_km")).toDouble(20));

    QHash<QString, QGeoCoordinate> agencies;
    for (const MapMarker &structure : m_layers->markers(MapLayer::Structures))
        agencies.insert(structure.id, structure.coordinate);

    QList<MapMarker> markers;
    for (const QJsonValue &value : candidates) {
        const QJsonObject candidate = value.toObject();
        const QString structureId = candidate.value(QStringLiteral("structure_id")).toString();
        MapMarker marker;
        marker.entity = domain::entity::staff;
        marker.id = candidate.value(QStringLiteral("staff_id")).toString();
        const int rank = candidate.value(QStringLiteral("rank")).toInt();
        marker.badge = rank > 0 ? QString::number(rank) : QString();
        QString name = candidate.value(QStringLiteral("pseudonym")).toString();
        if (structureId == m_ownStructure && m_store) {
            if (const std::optional<store::CachedRecord> staff
                = m_store->record(domain::entity::staff, marker.id)) {
                const MapMarker own = staffMarker(staff->data);
                marker.coordinate = own.coordinate;
                name = own.title;
            }
        }
        if (!marker.coordinate.isValid())
            marker.coordinate = agencies.value(structureId); // the view spreads those that meet
        marker.title = rank > 0 ? tr("%1. %2").arg(rank).arg(name) : name;
        QStringList lines;
        lines.append(candidate.value(QStringLiteral("structure_name")).toString());
        lines.append(
            Labels::qualification(candidate.value(QStringLiteral("qualification")).toString()));
        const QString band = candidate.value(QStringLiteral("distance_band")).toString();
        if (!band.isEmpty())
            lines.append(Labels::distanceBand(band));
        marker.detail = lines.join(u'\n');
        if (marker.coordinate.isValid())
            markers.append(marker);
    }
    m_layers->setMarkers(MapLayer::Candidates, markers);
}

void RecordMarkers::clearCandidates()
{
    m_layers->clear(MapLayer::Candidates);
    m_layers->clearSearchArea();
}

} // namespace releve::ui

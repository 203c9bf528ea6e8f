// Markers like the demo territory's (server/demoseed.cpp): the agencies of the Creuse, the
// signed-in agency's staff around Guéret, open requests of every urgency, and a request's
// candidates; plus any number of scattered markers for the benchmark. Deterministic.
#pragma once

#include "ui/map/maplayers.h"

#include <QRandomGenerator>

#include <cmath>
#include <numbers>

namespace releve::testing {

struct DemoPlace
{
    const char *name;
    double lat;
    double lon;
};

inline const DemoPlace demoAgencies[] = {
    { "Creuse Autonomie Services", 46.1710, 1.8717 },
    { "Aide à Domicile du Pays de Bourganeuf", 45.9536, 1.7575 },
    { "ADMR Aubusson-Felletin", 45.9567, 2.1683 },
    { "Soins Plus La Souterraine", 46.2378, 1.4867 },
    { "EHPAD Les Genêts", 46.0857, 2.0406 },
};

// A point at a distance (km) and bearing (radians) from another, as the demo seed places homes.
inline QGeoCoordinate demoOffset(double lat, double lon, double km, double bearing)
{
    const double dLat = km * std::cos(bearing) / 111.2;
    const double dLon = km * std::sin(bearing) / (111.2 * std::cos(lat * std::numbers::pi / 180));
    return QGeoCoordinate(lat + dLat, lon + dLon);
}

inline QList<ui::MapMarker> demoStructures()
{
    QList<ui::MapMarker> markers;
    int n = 0;
    for (const DemoPlace &agency : demoAgencies) {
        ui::MapMarker marker;
        marker.entity = QStringLiteral("structure");
        marker.id = QStringLiteral("structure-%1").arg(n);
        marker.coordinate = QGeoCoordinate(agency.lat, agency.lon);
        marker.title = QString::fromUtf8(agency.name);
        marker.level = n == 0 ? 1 : 0; // the signed-in agency: Guéret
        ++n;
        markers.append(marker);
    }
    return markers;
}

// The signed-in agency's staff: homes 2 to 25 km from Guéret, as the demo seed draws them.
inline QList<ui::MapMarker> demoStaff(int count = 60)
{
    static const char *const names[]
        = { "Amandine Lachaud", "Bérénice Peyrot",   "Capucine Mazeaud", "Delphine Chabrat",
            "Éloïse Delage",    "Florence Vergnaud", "Gaëlle Bourdier",  "Hélène Tixier",
            "Ingrid Faucher",   "Josiane Roudier" };
    QRandomGenerator dice(23);
    QList<ui::MapMarker> markers;
    for (int i = 0; i < count; ++i) {
        ui::MapMarker marker;
        marker.entity = QStringLiteral("staff");
        marker.id = QStringLiteral("staff-%1").arg(i);
        const DemoPlace &base = demoAgencies[0];
        marker.coordinate = demoOffset(base.lat, base.lon, 2.0 + 23.0 * dice.generateDouble(),
                                       2 * std::numbers::pi * dice.generateDouble());
        marker.title = QString::fromUtf8(names[i % std::size(names)])
            + QStringLiteral(" %1").arg(i / int(std::size(names)) + 1);
        marker.detail = QStringLiteral("DEAES");
        markers.append(marker);
    }
    return markers;
}

inline QList<ui::MapMarker> demoRequests()
{
    struct Request
    {
        const char *commune;
        double lat;
        double lon;
        int urgency;
    };
    static const Request requests[] = {
        { "Sainte-Feyre", 46.139, 1.916, 2 },
        { "Ahun", 46.086, 2.041, 1 },
        { "Pontarion", 45.996, 1.849, 0 },
        { "Felletin", 45.883, 2.174, 1 },
        { "Bénévent-l'Abbaye", 46.117, 1.630, 0 },
        { "Jarnages", 46.183, 2.084, 0 },
        { "Saint-Vaury", 46.204, 1.756, 2 },
        { "Chénérailles", 46.112, 2.176, 0 },
        { "Royère-de-Vassivière", 45.840, 1.911, 1 },
    };
    QList<ui::MapMarker> markers;
    int n = 0;
    for (const Request &request : requests) {
        ui::MapMarker marker;
        marker.entity = QStringLiteral("request");
        marker.id = QStringLiteral("request-%1").arg(n++);
        marker.coordinate = QGeoCoordinate(request.lat, request.lon);
        marker.title = QString::fromUtf8(request.commune);
        marker.level = request.urgency;
        marker.detail = QStringList { QStringLiteral("Normal"), QStringLiteral("Urgent"),
                                      QStringLiteral("Critical") }
                            .at(request.urgency);
        markers.append(marker);
    }
    return markers;
}

// Candidates of the request in Pontarion: three at their agencies' places, ranked.
inline QList<ui::MapMarker> demoCandidates()
{
    QList<ui::MapMarker> markers;
    // Another agency's candidates are shown at the agency, never at their home.
    const QGeoCoordinate places[]
        = { QGeoCoordinate(45.9536, 1.7575), QGeoCoordinate(45.9536, 1.7575),
            QGeoCoordinate(45.9567, 2.1683) };
    for (int rank = 1; rank <= 3; ++rank) {
        ui::MapMarker marker;
        marker.entity = QStringLiteral("staff");
        marker.id = QStringLiteral("candidate-%1").arg(rank);
        marker.coordinate = places[rank - 1];
        marker.badge = QString::number(rank);
        marker.title
            = QStringLiteral("%1. Intervenant·e %2").arg(rank).arg(7000 + rank * 37, 0, 16);
        markers.append(marker);
    }
    return markers;
}

// n markers spread over the Creuse (45.66–46.46 N, 1.37–2.61 E), for the benchmark.
inline QList<ui::MapMarker> scatteredMarkers(int count, const QString &entity, quint32 seed)
{
    QRandomGenerator dice(seed);
    QList<ui::MapMarker> markers;
    markers.reserve(count);
    for (int i = 0; i < count; ++i) {
        ui::MapMarker marker;
        marker.entity = entity;
        marker.id = QString::number(i);
        marker.coordinate = QGeoCoordinate(45.66 + 0.80 * dice.generateDouble(),
                                           1.37 + 1.24 * dice.generateDouble());
        marker.title = QStringLiteral("%1 %2").arg(entity).arg(i);
        marker.level = int(dice.bounded(3));
        markers.append(marker);
    }
    return markers;
}

} // namespace releve::testing

// Where a request's mission or an agency is: an address typed and looked up in the Base Adresse
// Nationale (geo::Geocoder), a list of matches to choose from, and a map whose pin can be put or
// moved by hand at any time, with or without network. A failed lookup is a line of text under
// the field, never a dialog: the pin still works.
#pragma once

#include <QGeoCoordinate>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace releve::geo {
class GeocodeJob;
class Geocoder;
class TileSource;
} // namespace releve::geo

namespace releve::ui {

class MapView;

class LocationPicker : public QWidget
{
    Q_OBJECT

public:
    // Neither is owned; a null geocoder leaves only the pin.
    LocationPicker(geo::Geocoder *geocoder, geo::TileSource *tiles, QWidget *parent = nullptr);

    void setLocation(const QString &address, const QGeoCoordinate &coordinate);
    QString address() const;
    QGeoCoordinate coordinate() const;
    // Answers close to this place come first (the agency's place).
    void setNear(const QGeoCoordinate &near) { m_near = near; }

    MapView *map() const { return m_map; }
    QLineEdit *addressEdit() const { return m_address; }
    QListWidget *matchList() const { return m_matches; }
    QLabel *hint() const { return m_hint; }

Q_SIGNALS:
    // A match was chosen or the pin was put by hand.
    void locationChanged(const QString &address, const QGeoCoordinate &coordinate);

private:
    void search();
    void showMatches(geo::GeocodeJob *job);
    void chooseMatch(int row);
    void pinMoved(const QGeoCoordinate &coordinate);
    void showNearest(geo::GeocodeJob *job);

    QPointer<geo::Geocoder> m_geocoder;
    QLineEdit *m_address;
    QListWidget *m_matches;
    QLabel *m_hint;
    MapView *m_map;
    QTimer *m_typing;
    QPointer<geo::GeocodeJob> m_searching;
    QPointer<geo::GeocodeJob> m_reversing;
    QGeoCoordinate m_near;
};

} // namespace releve::ui

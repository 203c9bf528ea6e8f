// ui/settings: the settings dialog. The interface language (French or English, applied at the
// next start: every screen is then built in it), and the map: tile server, its attribution, the
// disk cache size, whether the map may use the network, and the address search server. Stored in
// QSettings (ui/language, map/…; core/geo/mapsettings.h).
#pragma once

#include "core/geo/mapsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace releve::ui {

class ErrorLabel;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Checks and stores what the dialog shows; false (the dialog says which field and why, and
    // keeps what was typed) when a value is not valid.
    bool apply();
    geo::MapSettings mapSettings() const { return m_map; }

    void accept() override; // apply(), then close when it succeeded

Q_SIGNALS:
    // The stored map settings changed: the main window applies them to its tile source.
    void mapSettingsChanged(const releve::geo::MapSettings &settings);
    // The stored language changed (it applies at the next start).
    void languageChanged(const QString &language);

private:
    void load();
    void restoreDefaults();

    geo::MapSettings m_map;
    QComboBox *m_languageCombo;
    QLabel *m_languageNote;
    QLineEdit *m_tileUrlEdit;
    QLineEdit *m_attributionEdit;
    QSpinBox *m_cacheSpin;
    QCheckBox *m_networkCheck;
    QLineEdit *m_geocoderEdit;
    ErrorLabel *m_error;
};

} // namespace releve::ui

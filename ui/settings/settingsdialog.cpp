#include "settingsdialog.h"

#include "ui/common/errorlabel.h"
#include "ui/common/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
constexpr qint64 megabyte = 1024 * 1024;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageCombo(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_tileUrlEdit(new QLineEdit(this))
    , m_attributionEdit(new QLineEdit(this))
    , m_cacheSpin(new QSpinBox(this))
    , m_networkCheck(new QCheckBox(tr("Download map tiles and look up addresses"), this))
    , m_geocoderEdit(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_languageCombo->setObjectName(u"languageCombo"_s);
    // Each language in its own name, so that a person who does not read the current one finds
    // theirs.
    m_languageCombo->addItem(u"Français"_s, u"fr"_s);
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setWordWrap(true);
    m_tileUrlEdit->setObjectName(u"tileUrlEdit"_s);
    m_tileUrlEdit->setPlaceholderText(u"https://tile.openstreetmap.org/{z}/{x}/{y}.png"_s);
    m_attributionEdit->setObjectName(u"attributionEdit"_s);
    m_cacheSpin->setObjectName(u"tileCacheSpin"_s);
    m_cacheSpin->setRange(10, 10000);
    m_cacheSpin->setSuffix(tr(" MB"));
    m_networkCheck->setObjectName(u"networkCheck"_s);
    m_geocoderEdit->setObjectName(u"geocoderEdit"_s);
    m_error->setObjectName(u"settingsError"_s);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("Interface language:"), m_languageCombo);
    languageForm->addRow(m_languageNote);

    auto *mapBox = new QGroupBox(tr("Map"), this);
    auto *mapForm = new QFormLayout(mapBox);
    mapForm->addRow(tr("Tile server:"), m_tileUrlEdit);
    mapForm->addRow(tr("Attribution:"), m_attributionEdit);
    mapForm->addRow(tr("Disk cache:"), m_cacheSpin);
    mapForm->addRow(QString(), m_networkCheck);
    mapForm->addRow(tr("Address search server:"), m_geocoderEdit);
    auto *tileHelp = new QLabel(tr("An XYZ address with {z}, {x} and {y}; the tile server's "
                                   "licence usually asks for its attribution on the map."),
                                mapBox);
    tileHelp->setWordWrap(true);
    mapForm->addRow(tileHelp);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addWidget(mapBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool changed = m_languageCombo->currentData().toString() != interfaceLanguage();
        // Written in the chosen language: that is the one the person reads.
        m_languageNote->setText(
            !changed ? QString()
                : m_languageCombo->currentData() == u"fr"_s
                ? u"La langue choisie s'applique au prochain démarrage de Relève."_s
                : u"The chosen language applies the next time Relève starts."_s);
    });
    load();
    resize(560, sizeHint().height());
}

void SettingsDialog::load()
{
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(interfaceLanguage())));
    m_map = geo::MapSettings::load(QSettings());
    m_tileUrlEdit->setText(m_map.tileServer.urlTemplate);
    m_attributionEdit->setText(m_map.tileServer.attribution);
    m_cacheSpin->setValue(int(m_map.tileCacheBytes / megabyte));
    m_networkCheck->setChecked(m_map.networkEnabled);
    m_geocoderEdit->setText(m_map.geocoderUrl.toString());
}

void SettingsDialog::restoreDefaults()
{
    const geo::MapSettings defaults;
    m_tileUrlEdit->setText(defaults.tileServer.urlTemplate);
    m_attributionEdit->setText(defaults.tileServer.attribution);
    m_cacheSpin->setValue(int(defaults.tileCacheBytes / megabyte));
    m_networkCheck->setChecked(defaults.networkEnabled);
    m_geocoderEdit->setText(defaults.geocoderUrl.toString());
    m_error->clearError();
}

bool SettingsDialog::apply()
{
    geo::MapSettings map = m_map;
    const QString url = m_tileUrlEdit->text().trimmed();
    if (url != map.tileServer.urlTemplate) {
        // Another server: its own attribution and zoom range, not OpenStreetMap's.
        map.tileServer = geo::TileServer();
        map.tileServer.urlTemplate = url;
    }
    map.tileServer.attribution = m_attributionEdit->text().trimmed();
    const QUrl parsed(url.section(u'{', 0, 0));
    if (!url.contains(u"{z}"_s) || !url.contains(u"{x}"_s) || !url.contains(u"{y}"_s)
        || !(parsed.scheme() == u"https"_s || parsed.scheme() == u"http"_s)
        || parsed.host().isEmpty() || !map.tileServer.isValid()) {
        m_error->showError(tr("Tile server: “%1” is not an http(s) address with {z}, {x} and "
                              "{y}. Nothing was changed.")
                               .arg(url));
        m_tileUrlEdit->setFocus();
        return false;
    }
    const QUrl geocoder(m_geocoderEdit->text().trimmed());
    if (!geocoder.isValid() || geocoder.host().isEmpty()
        || !(geocoder.scheme() == u"https"_s || geocoder.scheme() == u"http"_s)) {
        m_error->showError(tr("Address search server: “%1” is not an http(s) address. Nothing "
                              "was changed.")
                               .arg(m_geocoderEdit->text()));
        m_geocoderEdit->setFocus();
        return false;
    }
    map.geocoderUrl = geocoder;
    map.tileCacheBytes = qint64(m_cacheSpin->value()) * megabyte;
    map.networkEnabled = m_networkCheck->isChecked();
    m_error->clearError();

    QSettings settings;
    if (!(map == m_map)) {
        map.save(settings);
        m_map = map;
        Q_EMIT mapSettingsChanged(m_map);
    }
    const QString language = m_languageCombo->currentData().toString();
    if (language != interfaceLanguage()) {
        setInterfaceLanguage(language);
        Q_EMIT languageChanged(language);
    }
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace releve::ui

// The settings dialog (ui/settings): language and map settings typed and chosen with the
// keyboard and mouse, refused with a message naming the field when invalid (nothing stored,
// nothing typed lost), and stored in QSettings when valid.
#include "ui/common/errorlabel.h"
#include "ui/common/language.h"
#include "ui/settings/settingsdialog.h"

#include "core/geo/mapsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace releve;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ReleveTests"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
        QSettings().clear();
    }

    void defaults_frenchAndOpenStreetMap()
    {
        ui::SettingsDialog dialog;
        QCOMPARE(dialog.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(),
                 u"fr"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"tileUrlEdit"_s)->text(),
                 geo::TileServer::openStreetMap().urlTemplate);
    }

    void badTileUrl_namesTheFieldAndStoresNothing()
    {
        ui::SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *url = dialog.findChild<QLineEdit *>(u"tileUrlEdit"_s);
        url->selectAll();
        QTest::keyClicks(url, u"tiles.example.org/{z}/{x}.png"_s);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<ui::ErrorLabel *>(u"settingsError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().startsWith(u"Tile server:"_s));
        QCOMPARE(url->text(), u"tiles.example.org/{z}/{x}.png"_s); // what was typed stays
        QVERIFY(!QSettings().contains(u"map/tileUrlTemplate"_s));
    }

    void validSettings_storedInQSettings()
    {
        ui::SettingsDialog dialog;
        QSignalSpy mapChanged(&dialog, &ui::SettingsDialog::mapSettingsChanged);
        QSignalSpy languageChanged(&dialog, &ui::SettingsDialog::languageChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down); // Français → English
        QCOMPARE(language->currentData().toString(), u"en"_s);
        QVERIFY(!dialog.findChild<QLabel *>(u"languageNote"_s)->text().isEmpty());

        auto *url = dialog.findChild<QLineEdit *>(u"tileUrlEdit"_s);
        url->selectAll();
        QTest::keyClicks(url, u"https://tiles.example.org/{z}/{x}/{y}.png"_s);
        auto *attribution = dialog.findChild<QLineEdit *>(u"attributionEdit"_s);
        attribution->selectAll();
        QTest::keyClicks(attribution, u"© Example"_s);
        auto *cache = dialog.findChild<QSpinBox *>(u"tileCacheSpin"_s);
        cache->selectAll();
        QTest::keyClicks(cache, u"250"_s);
        QTest::mouseClick(dialog.findChild<QCheckBox *>(u"networkCheck"_s), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(dialog.grab().save(QStringLiteral(RELEVE_SOURCE_DIR)
                                   + u"/docs/screenshots/settings.png"_s));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(!dialog.isVisible());

        QCOMPARE(ui::interfaceLanguage(), u"en"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
        const geo::MapSettings stored = geo::MapSettings::load(QSettings());
        QCOMPARE(stored.tileServer.urlTemplate, u"https://tiles.example.org/{z}/{x}/{y}.png"_s);
        QCOMPARE(stored.tileServer.attribution, u"© Example"_s);
        QCOMPARE(stored.tileCacheBytes, 250LL * 1024 * 1024);
        QVERIFY(!stored.networkEnabled);
        QCOMPARE(mapChanged.size(), 1);
        QCOMPARE(languageChanged.size(), 1);

        // Opened again, it shows what was stored.
        ui::SettingsDialog again;
        QCOMPARE(again.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(),
                 u"en"_s);
        QCOMPARE(again.findChild<QSpinBox *>(u"tileCacheSpin"_s)->value(), 250);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

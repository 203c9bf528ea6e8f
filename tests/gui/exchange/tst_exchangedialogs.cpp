// The exchange screens (ui/exchange) on a real LocalStore: a CSV file with broken lines imported
// through the mapping dialog (a column mapped by keyboard, the valid lines stored and queued for
// the server, the others listed by line and column and saved to a file), the CSV exports from
// the menu actions, and a worker's interventions exported to iCalendar.
#include "ui/common/filedialog.h"
#include "ui/common/workspace.h"
#include "ui/exchange/exchangeactions.h"
#include "ui/exchange/importdialog.h"

#include "core/domain/contract.h"
#include "core/domain/entity.h"
#include "core/exchange/csv.h"
#include "core/store/localstore.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace releve;

namespace {
const QString agency = u"00000000-0000-4000-8000-000000000001"_s;

// For the user guide (docs/user-guide.md).
void saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(QStringLiteral(RELEVE_SOURCE_DIR) + u"/docs/screenshots/"_s + name
                                + u".png"_s));
}
} // namespace

class TestExchangeDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importStaff_mapsByKeyboard_storesValidLines_reportsAndSavesRejected();
    void exportActions_writeTheStoredStaffAndAvailability();
    void calendarDialog_exportsTheWorkersInterventions();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    store::LocalStore m_store;
    std::unique_ptr<ui::Workspace> m_workspace;
};

QString TestExchangeDialogs::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestExchangeDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_store.open(m_dir.filePath(u"cache.sqlite"_s)).ok());
    m_workspace = std::make_unique<ui::Workspace>(&m_store, nullptr, nullptr);
    m_workspace->setAccount(u"coord.test"_s, agency);
}

void TestExchangeDialogs::importStaff_mapsByKeyboard_storesValidLines_reportsAndSavesRejected()
{
    // "Portable pro" is not a header Relève knows: the person maps it to the phone.
    const QString path = write(u"salaries.csv"_s,
                               "\xEF\xBB\xBFNom;Prénom;Portable pro;Qualification;Actif\r\n"
                               "Lachaud;Amandine;06 11 22 33 44;DEAES;oui\r\n"
                               "Peyrot;;06 55 44 33 22;ADVF;oui\r\n"
                               "Mazeaud;Capucine;06 00 00 00 01;Infirmière;oui\r\n"
                               "Chabrat;Delphine;;AES;non\r\n");
    ui::ImportDialog dialog(m_workspace.get(), exchange::ExchangeKind::Staff);
    QVERIFY(dialog.loadFile(path));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mapping(),
             QStringList(
                 { u"last_name"_s, u"first_name"_s, QString(), u"qualification"_s, u"active"_s }));
    auto *phoneCombo = dialog.findChild<QComboBox *>(u"fieldCombo2"_s);
    phoneCombo->setFocus();
    QTest::keyClicks(phoneCombo, u"Ph"_s);
    QCOMPARE(phoneCombo->currentData().toString(), u"phone"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"previewLabel"_s)->text(),
             u"2 line(s) ready to import, 2 with a problem."_s);
    saveScreenshot(&dialog, u"import-mapping"_s);

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    // Stored, and queued for the server.
    QHash<QString, QJsonObject> stored;
    for (const store::CachedRecord &r : m_store.records(domain::entity::staff))
        stored.insert(r.data.value(u"last_name"_s).toString(), r.data);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.value(u"Lachaud"_s).value(u"phone"_s).toString(), u"06 11 22 33 44"_s);
    QCOMPARE(stored.value(u"Chabrat"_s).value(u"active"_s).toBool(), false);
    QCOMPARE(stored.value(u"Chabrat"_s).value(u"qualification"_s).toString(), u"deaes"_s);
    QCOMPARE(m_store.outbox().size(), 2);

    auto *problems = dialog.findChild<QTableWidget *>(u"problemTable"_s);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->item(0, 0)->text(), u"3"_s);
    QCOMPARE(problems->item(0, 1)->text(), u"Prénom"_s);
    QCOMPARE(problems->item(1, 0)->text(), u"4"_s);
    QCOMPARE(problems->item(1, 1)->text(), u"Qualification"_s);
    QVERIFY(problems->item(1, 2)->text().contains(u"Infirmière"_s));
    saveScreenshot(&dialog, u"import-report"_s);

    const QString rejected = m_dir.filePath(u"a-corriger.csv"_s);
    ui::FileDialog::setNextFileName(rejected);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveRejectedButton"_s), Qt::LeftButton);
    QFile file(rejected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const exchange::CsvTable table = exchange::readCsv(file.readAll());
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).fields.mid(0, 5),
             QStringList({ u"Peyrot"_s, QString(), u"06 55 44 33 22"_s, u"ADVF"_s, u"oui"_s }));
    QVERIFY(table.rows.at(1).fields.last().startsWith(u"line 4, Qualification"_s));
}

void TestExchangeDialogs::exportActions_writeTheStoredStaffAndAvailability()
{
    QWidget window;
    const QList<QAction *> actions = ui::ExchangeActions::createActions(m_workspace.get(), &window);
    QCOMPARE(actions.size(), 5);
    QAction *exportStaff = nullptr;
    for (QAction *action : actions) {
        if (action->objectName() == u"exportStaffAction"_s)
            exportStaff = action;
    }
    QVERIFY(exportStaff);
    const QString path = m_dir.filePath(u"export.csv"_s);
    ui::FileDialog::setNextFileName(path);
    exportStaff->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const exchange::CsvTable table = exchange::readCsv(file.readAll());
    QCOMPARE(table.header.value(1), u"Nom"_s);
    QCOMPARE(table.rows.size(), m_store.records(domain::entity::staff).size());
    QCOMPARE(table.rows.at(0).fields.value(1), u"Chabrat"_s); // sorted by name
    QCOMPARE(table.rows.at(1).fields.value(3), u"06 11 22 33 44"_s);
}

void TestExchangeDialogs::calendarDialog_exportsTheWorkersInterventions()
{
    const QString worker = m_store.records(domain::entity::staff).first().id;
    domain::Contract c;
    c.id = u"00000000-0000-4000-8000-000000000501"_s;
    c.structureId = agency;
    c.number = u"REL-2026-000501"_s;
    c.requestId = u"00000000-0000-4000-8000-000000000502"_s;
    c.lender = { agency, u"Agence A"_s, {}, {}, {} };
    c.user = { u"00000000-0000-4000-8000-000000000002"_s, u"Agence B"_s, {}, {}, {} };
    c.staffId = worker;
    c.staffName = u"Delphine Chabrat"_s;
    const QTimeZone paris("Europe/Paris");
    c.interventions = { { u"00000000-0000-4000-8000-000000000503"_s,
                          QDateTime(QDate(2026, 12, 7), QTime(8, 0), paris).toUTC(),
                          QDateTime(QDate(2026, 12, 7), QTime(9, 0), paris).toUTC() } };
    QVERIFY(m_store.applyPage({ { domain::entity::contract, c.id, 1, false, c.toJson() } }, u"c1"_s,
                              true));

    ui::CalendarExportDialog dialog(m_workspace.get());
    dialog.show();
    QCOMPARE(dialog.staffIds(), QStringList({ worker }));
    QCOMPARE(dialog.findChild<QLabel *>(u"countLabel"_s)->text(),
             u"1 contracted intervention(s)."_s);
    const QString path = m_dir.filePath(u"chabrat.ics"_s);
    ui::FileDialog::setNextFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.contains(QByteArray("UID:" + c.id.toUtf8() + "-")));
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Paris:20261207T080000\r\n"));
    QVERIFY(!dialog.isVisible()); // closed once saved
}

QTEST_MAIN(TestExchangeDialogs)
#include "tst_exchangedialogs.moc"

// The exchange screens (ui/exchange) with the real releve-server: staff and availability
// imported from CSV files through the import dialog are saved in the LocalStore, sent by the
// sync engine, applied by the server and seen by another agency (without the worker's name);
// a demo worker's contracted interventions are exported to iCalendar.
#include "tests/gui/dashboard/demoterritory.h"

#include "ui/common/filedialog.h"
#include "ui/exchange/exchangeactions.h"
#include "ui/exchange/importdialog.h"

#include "core/domain/entity.h"
#include "core/reports/indicators.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace releve;
using namespace releve::testing;

class TestExchangeSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importedLines_reachTheServerAndTheOtherAgency();
    void calendar_exportsADemoWorkersContractedInterventions();

private:
    void importFile(exchange::ExchangeKind kind, const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    HistoryServer m_server;
    Client m_agency;
    Client m_other;
};

void TestExchangeSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_server.start());
    const auto bourganeuf = m_server.account(u"coord.bourganeuf"_s);
    const auto gueret = m_server.account(u"coord.gueret"_s);
    QVERIFY(bourganeuf && gueret);
    QVERIFY(m_agency.start(m_dir.filePath(u"bourganeuf.sqlite"_s), m_server.url, *bourganeuf));
    QVERIFY(m_other.start(m_dir.filePath(u"gueret.sqlite"_s), m_server.url, *gueret));
}

void TestExchangeSync::importFile(exchange::ExchangeKind kind, const QString &name,
                                  const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    ui::ImportDialog dialog(m_agency.workspace.get(), kind);
    QVERIFY(dialog.loadFile(path));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    QVERIFY(dialog.result().problems.isEmpty());
}

void TestExchangeSync::importedLines_reachTheServerAndTheOtherAgency()
{
    importFile(exchange::ExchangeKind::Staff, u"staff.csv"_s,
               "\xEF\xBB\xBFNom;Prénom;Téléphone;Qualification;Compétences;Mobilité;"
               "Distance maximale (km);Consentement au partage;Latitude domicile;"
               "Longitude domicile\r\n"
               "Vialle;Margaux;05 55 64 00 01;DEAES;Alzheimer;Voiture;30;oui;45,9581;1,7712\r\n");
    QString staffId;
    for (const store::CachedRecord &r : m_agency.store.records(domain::entity::staff)) {
        if (r.data.value(u"last_name"_s) == u"Vialle"_s)
            staffId = r.id;
    }
    QVERIFY(!staffId.isEmpty());
    QCOMPARE(m_agency.store.record(domain::entity::staff, staffId)->version, 0); // not sent yet
    importFile(exchange::ExchangeKind::Availability, u"availability.csv"_s,
               "\xEF\xBB\xBFNom;Prénom;Date de début;Heure de début;Heure de fin;Type;"
               "Chaque semaine jusqu'au\r\n"
               "Vialle;Margaux;07/12/2026;08:00;12:30;Disponible;28/12/2026\r\n");
    QCOMPARE(m_agency.store.pendingCount(), 2);

    QVERIFY(m_agency.sync());
    QCOMPARE(m_agency.store.pendingCount(), 0);
    QVERIFY(m_agency.store.outbox({ u"rejected"_s, u"conflict"_s }).isEmpty());
    QVERIFY(m_agency.store.record(domain::entity::staff, staffId)->version > 0); // applied

    // Another agency receives the worker's public view and the shared slot, never the name.
    QVERIFY(m_other.sync());
    const auto seen = m_other.store.record(domain::entity::staff, staffId);
    QVERIFY(seen);
    QVERIFY(!seen->data.contains(u"last_name"_s));
    QVERIFY(!seen->data.contains(u"phone"_s));
    QCOMPARE(seen->data.value(u"qualification"_s).toString(), u"deaes"_s);
    const auto sharedSlots
        = m_other.store.recordsWhere(domain::entity::availability, u"staff_id"_s, staffId);
    QCOMPARE(sharedSlots.size(), 1);
    QCOMPARE(sharedSlots.first().data.value(u"weekly_until"_s).toString(), u"2026-12-28"_s);
}

void TestExchangeSync::calendar_exportsADemoWorkersContractedInterventions()
{
    ui::CalendarExportDialog dialog(m_agency.workspace.get());
    dialog.show();
    const QStringList workers = dialog.staffIds();
    QVERIFY2(!workers.isEmpty(), "the demo's history has contracts for Bourganeuf's workers");
    dialog.setStaff(workers.first());
    int expected = 0;
    for (const domain::Contract &c : reports::ReportData::fromStore(m_agency.store).contracts) {
        if (c.staffId == workers.first())
            expected += int(c.interventions.size());
    }
    QVERIFY(expected > 0);
    const QString path = m_dir.filePath(u"worker.ics"_s);
    ui::FileDialog::setNextFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(int(file.readAll().count("BEGIN:VEVENT")), expected);
}

QTEST_MAIN(TestExchangeSync)
#include "tst_exchangesync.moc"

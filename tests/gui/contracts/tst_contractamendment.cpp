// GUI test of the amendment of a contract against the real releve-server over loopback (seed-demo,
// then serve): the user structure (Bourganeuf) publishes a request, the lending agency
// (Aubusson) proposes its worker, Bourganeuf accepts, both structures sign. On Bourganeuf's
// contracts screen the coordinator amends the interventions with the keyboard and the mouse
// (one ends later, one is added); the `amend` command waits in the outbox ("awaiting
// confirmation"), the sync carries it, and the server's contract, read by the other party, has
// amendment A1 with the new interventions and the old ones. Then Aubusson ends the contract
// while Bourganeuf, not yet synchronised, drafts a second amendment: the server refuses it and
// the screen says why in words.
#include "tests/gui/requests/democlient.h"

#include "ui/common/workspace.h"
#include "ui/contracts/amendmentdialog.h"
#include "ui/contracts/contractsview.h"

#include "core/domain/contract.h"
#include "core/domain/jsonreader.h"

#include <QJsonArray>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace releve;

namespace {

void typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    QApplication::setActiveWindow(table->window());
    QVERIFY(QTest::qWaitForWindowActive(table->window()));
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    const QPointer<QLineEdit> open(editor);
    QTRY_VERIFY(!open || !open->isVisible());
}

} // namespace

class TestContractAmendment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void amend_onScreen_isStoredOnServerAsNumberedAmendment();
    void amend_afterTheOtherPartyEnded_isRefusedInWords();
    void cleanupTestCase();

private:
    ui::AmendmentDialog *openAmendment()
    {
        auto *amend = m_view->findChild<QPushButton *>(u"amendContractButton"_s);
        if (!amend || !amend->isEnabled())
            return nullptr;
        QTest::mouseClick(amend, Qt::LeftButton);
        auto *dialog = m_view->findChild<ui::AmendmentDialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }
    QString amendmentsShown() const
    {
        return m_view->findChild<QLabel *>(u"contractAmendments"_s)->text();
    }

    QTemporaryDir m_dir;
    app::DemoServer m_server;
    testing::DemoClient m_user; // coord.bourganeuf, whose screen is tested
    testing::DemoClient m_lender; // coord.aubusson
    std::unique_ptr<ui::Workspace> m_workspace;
    std::unique_ptr<ui::ContractsView> m_view;
    QString m_contractId;
    QString m_number;
};

void TestContractAmendment::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ReleveTests"_s);
    QCoreApplication::setApplicationName(u"tst_contractamendment"_s);
    m_server.setServerExecutable(QStringLiteral(RELEVE_SERVER_EXE));
    QSignalSpy ready(&m_server, &app::DemoServer::ready);
    QSignalSpy failed(&m_server, &app::DemoServer::failed);
    m_server.start();
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 90000));
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    const auto user = testing::demoAccount(m_server, u"coord.bourganeuf"_s);
    const auto lender = testing::demoAccount(m_server, u"coord.aubusson"_s);
    QVERIFY(user && lender);
    QVERIFY(m_user.start(m_dir.filePath(u"bourganeuf.sqlite"_s), m_server.url(), *user));
    QVERIFY(m_lender.start(m_dir.filePath(u"aubusson.sqlite"_s), m_server.url(), *lender));

    // Bourganeuf publishes a request for one morning in six weeks (past the demo's absences).
    const QTimeZone paris("Europe/Paris");
    const QDate day = QDate::currentDate().addDays(42);
    const QString requestId = domain::newId();
    const QJsonObject intervention {
        { u"id"_s, domain::newId() },
        { u"start"_s, domain::instantToJson(QDateTime(day, QTime(8, 0), paris)) },
        { u"end"_s, domain::instantToJson(QDateTime(day, QTime(9, 30), paris)) }
    };
    const auto saved = m_user.store.saveRecord(
        domain::entity::request,
        { { u"id"_s, requestId },
          { u"structure_id"_s, user->structureId },
          { u"status"_s, u"draft"_s },
          { u"reason"_s, u"sick_leave"_s },
          { u"urgency"_s, u"normal"_s },
          { u"mission_address"_s, u"1 rue de la Mairie"_s },
          { u"mission_commune"_s, u"Bourganeuf"_s },
          { u"mission_location"_s, QJsonObject { { u"lat"_s, 45.95 }, { u"lon"_s, 1.76 } } },
          { u"beneficiary_ref"_s, u"T-AMEND"_s },
          { u"needs"_s, QJsonArray { u"courses"_s } },
          { u"consent_recorded"_s, true },
          { u"interventions"_s, QJsonArray { intervention } },
          { u"deadline"_s, domain::instantToJson(QDateTime(day.addDays(-1), QTime(18, 0), paris)) },
          { u"radius_km"_s, 30 } });
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QVERIFY(m_user.store.queueCommand(domain::entity::request, requestId,
                                      { { u"command"_s, u"publish"_s } }));
    QVERIFY(m_user.sync());
    QVERIFY(m_user.store.outbox({ u"rejected"_s }).isEmpty());

    // Aubusson proposes one of its consenting workers.
    QVERIFY(m_lender.sync());
    QString worker;
    for (const store::CachedRecord &record : m_lender.store.records(domain::entity::staff)) {
        if (record.structureId == lender->structureId
            && record.data.value(u"consent_sharing"_s).toBool()
            && record.data.value(u"active"_s).toBool()) {
            worker = record.id;
            break;
        }
    }
    QVERIFY(!worker.isEmpty());
    const QString proposalId = domain::newId();
    QVERIFY(m_lender.store.queueCommand(domain::entity::proposal, proposalId,
                                        { { u"command"_s, u"propose"_s },
                                          { u"request_id"_s, requestId },
                                          { u"staff_id"_s, worker },
                                          { u"intervention_ids"_s, QJsonArray() },
                                          { u"note"_s, u"Disponible."_s } }));
    QVERIFY(m_lender.sync());
    QVERIFY(m_lender.store.outbox({ u"rejected"_s }).isEmpty());

    // Bourganeuf accepts; both structures sign.
    QVERIFY(m_user.sync());
    QVERIFY(m_user.store.queueCommand(domain::entity::proposal, proposalId,
                                      { { u"command"_s, u"accept"_s } }));
    QVERIFY(m_user.sync());
    const auto contracts
        = m_user.store.recordsWhere(domain::entity::contract, u"request_id"_s, requestId);
    QCOMPARE(contracts.size(), 1);
    m_contractId = contracts.first().id;
    m_number = contracts.first().data.value(u"number"_s).toString();
    QVERIFY(m_lender.sync());
    QVERIFY(m_lender.store.queueCommand(domain::entity::contract, m_contractId,
                                        { { u"command"_s, u"sign"_s },
                                          { u"role"_s, u"lender"_s },
                                          { u"name"_s, u"Anne Roux"_s } }));
    QVERIFY(m_lender.sync());
    QVERIFY(m_user.sync());
    QVERIFY(m_user.store.queueCommand(
        domain::entity::contract, m_contractId,
        { { u"command"_s, u"sign"_s }, { u"role"_s, u"user"_s }, { u"name"_s, u"Luc Petit"_s } }));
    QVERIFY(m_user.sync());
    QVERIFY(m_user.store.outbox({ u"rejected"_s }).isEmpty());
    QCOMPARE(m_user.store.record(domain::entity::contract, m_contractId)
                 ->data.value(u"status"_s)
                 .toString(),
             u"signed_user"_s);

    // Bourganeuf's contracts screen; the test decides when data moves (no sync engine).
    m_workspace = std::make_unique<ui::Workspace>(&m_user.store, nullptr, nullptr);
    m_workspace->setAccount(user->login, user->structureId);
    m_view = std::make_unique<ui::ContractsView>(m_workspace.get());
    m_view->resize(1400, 860);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->showContract(m_contractId);
    QCOMPARE(m_view->currentContractId(), m_contractId);
}

void TestContractAmendment::amend_onScreen_isStoredOnServerAsNumberedAmendment()
{
    const auto before = domain::Contract::fromJson(
        m_user.store.record(domain::entity::contract, m_contractId)->data);
    QVERIFY(before);
    QCOMPARE(before->interventions.size(), 1);
    ui::AmendmentDialog *dialog = openAmendment();
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 1);
    // The morning ends at 10:00 instead of 09:30; one more the next day, 11:00–12:00.
    typeInto(table, 0, ui::AmendmentDialog::EndColumn, u"10:00"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addInterventionButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    typeInto(table, 1, ui::AmendmentDialog::StartColumn, u"11:00"_s);
    typeInto(table, 1, ui::AmendmentDialog::EndColumn, u"12:00"_s);
    QTest::mouseClick(dialog->reasonEdit(), Qt::LeftButton);
    QTest::keyClicks(dialog->reasonEdit(), u"Toilette plus longue, courses le lendemain"_s);
    QVERIFY(testing::saveScreenshot(dialog, u"contracts-amendment-dialog"_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"amendmentOkButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<ui::AmendmentDialog *>());

    // Queued, awaiting confirmation.
    const auto queued = m_user.store.outbox({ u"pending"_s });
    QCOMPARE(queued.size(), 1);
    const QJsonObject command = queued.first().data;
    QCOMPARE(command.value(u"command"_s).toString(), u"amend"_s);
    QVERIFY2(amendmentsShown().contains(u"Amendment awaiting confirmation"_s),
             qPrintable(amendmentsShown()));

    // The sync carries it; the server numbers it.
    QVERIFY(m_user.sync());
    QVERIFY(m_user.store.outbox({ u"rejected"_s }).isEmpty());
    const QString a1 = m_number + u"-A1"_s;
    QTRY_VERIFY2(amendmentsShown().contains(u"Amendment %1"_s.arg(a1)),
                 qPrintable(amendmentsShown()));
    QVERIFY(!amendmentsShown().contains(u"awaiting confirmation"_s));
    QVERIFY(amendmentsShown().contains(u"Toilette plus longue"_s));
    QVERIFY(amendmentsShown().contains(u"Changed: "_s));
    QVERIFY(amendmentsShown().contains(u"Added: "_s));
    // Its document is offered for printing.
    auto *kinds = m_view->findChild<QComboBox *>(u"documentKindCombo"_s);
    bool offered = false;
    for (int i = 0; i < kinds->count(); ++i)
        offered = offered || kinds->itemText(i).contains(a1);
    QVERIFY(offered);
    QVERIFY(testing::saveScreenshot(m_view.get(), u"contracts-amendment"_s));

    // Stored on the server, as the other party reads it.
    const auto stored = testing::serverRecord(m_server.url(), m_lender.account,
                                              domain::entity::contract, m_contractId);
    QVERIFY(stored);
    const auto contract = domain::Contract::fromJson(stored->data);
    QVERIFY2(contract, qPrintable(contract ? QString() : contract.error().toString()));
    QCOMPARE(contract->amendments.size(), 1);
    const domain::ContractAmendment &amendment = contract->amendments.first();
    QCOMPARE(amendment.number, a1);
    QCOMPARE(amendment.reason, u"Toilette plus longue, courses le lendemain"_s);
    QCOMPARE(amendment.structureId, m_user.account.structureId);
    QCOMPARE(amendment.previous.size(), 1);
    QCOMPARE(amendment.previous.first().end, before->interventions.first().end);
    QCOMPARE(amendment.changed, QStringList { before->interventions.first().id });
    QCOMPARE(amendment.added.size(), 1);
    QCOMPARE(contract->interventions.size(), 2);
    const QTimeZone paris("Europe/Paris");
    const QDate day = before->interventions.first().start.toTimeZone(paris).date();
    for (const domain::Intervention &intervention : contract->interventions) {
        if (intervention.id == before->interventions.first().id) {
            QCOMPARE(intervention.start, before->interventions.first().start);
            QCOMPARE(intervention.end, QDateTime(day, QTime(10, 0), paris).toUTC());
        } else {
            QCOMPARE(intervention.id, amendment.added.first());
            QCOMPARE(intervention.start, QDateTime(day.addDays(1), QTime(11, 0), paris).toUTC());
            QCOMPARE(intervention.end, QDateTime(day.addDays(1), QTime(12, 0), paris).toUTC());
        }
    }
}

void TestContractAmendment::amend_afterTheOtherPartyEnded_isRefusedInWords()
{
    // Aubusson ends the contract; Bourganeuf has not synchronised since.
    QVERIFY(m_lender.sync());
    QVERIFY(m_lender.store.queueCommand(
        domain::entity::contract, m_contractId,
        { { u"command"_s, u"end"_s }, { u"reason"_s, u"Retour de l'intervenante habituelle"_s } }));
    QVERIFY(m_lender.sync());
    QVERIFY(m_lender.store.outbox({ u"rejected"_s }).isEmpty());

    ui::AmendmentDialog *dialog = openAmendment();
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 2);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, 0)).center());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeInterventionButton"_s),
                      Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QTest::mouseClick(dialog->reasonEdit(), Qt::LeftButton);
    QTest::keyClicks(dialog->reasonEdit(), u"Plus de courses"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"amendmentOkButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<ui::AmendmentDialog *>());
    QVERIFY(amendmentsShown().contains(u"Amendment awaiting confirmation"_s));

    QVERIFY(m_user.sync());
    const auto rejected = m_user.store.outbox({ u"rejected"_s });
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().errorCode, u"invalid_state"_s);
    QTRY_VERIFY2(
        amendmentsShown().contains(
            u"The server refused the amendment “Plus de courses”: the contract has ended."_s),
        qPrintable(amendmentsShown()));
    // The contract stays as the first amendment left it; it cannot be amended any more.
    const auto stored = testing::serverRecord(m_server.url(), m_user.account,
                                              domain::entity::contract, m_contractId);
    QVERIFY(stored);
    QCOMPARE(stored->data.value(u"status"_s).toString(), u"ended"_s);
    QCOMPARE(stored->data.value(u"amendments"_s).toArray().size(), 1);
    QCOMPARE(stored->data.value(u"interventions"_s).toArray().size(), 2);
    QVERIFY(!m_view->findChild<QPushButton *>(u"amendContractButton"_s)->isEnabled());
}

void TestContractAmendment::cleanupTestCase()
{
    m_view.reset();
    m_workspace.reset();
}

QTEST_MAIN(TestContractAmendment)
#include "tst_contractamendment.moc"

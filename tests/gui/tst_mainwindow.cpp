// GUI tests of the main window against the real releve-server (seed-demo, then serve on port 0):
// the planning editor, and a replacement from request to printed contract between two agencies.
// Assertions are on the LocalStore's records, not only on what is displayed; screenshots of each
// screen go to <build>/screenshots/.
#include "app/demoserver.h"

#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/syncstatuswidget.h"
#include "ui/common/workspace.h"
#include "ui/contracts/contractlistmodel.h"
#include "ui/contracts/contractsview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/mainwindow.h"
#include "ui/planning/planningmodel.h"
#include "ui/planning/planningview.h"
#include "ui/planning/slotdialog.h"
#include "ui/requests/candidatemodel.h"
#include "ui/requests/proposalmodel.h"
#include "ui/requests/proposestaffdialog.h"
#include "ui/requests/requestdetailwidget.h"
#include "ui/requests/requestformdialog.h"
#include "ui/requests/requestlistmodel.h"
#include "ui/requests/requestsview.h"
#include "ui/session/signindialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sync/reviewchangesview.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"

#include "core/geo/mapsettings.h"
#include "core/geo/tilesource.h"
#include "tests/core/geo/mbtilesfixture.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/map/mapview.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace releve;

namespace {

// One client as the application puts it together: cache, API, session with tokens kept in
// memory only, and sync engine (driven by hand here, so the test decides when data moves).
struct ClientCore
{
    QNetworkAccessManager network;
    sync::ApiClient api { &network };
    sync::Session session { &api, sync::Session::TokenStorage::MemoryOnly };
    store::LocalStore store;
    std::unique_ptr<sync::SyncEngine> engine;
    QString login;
    QString structureId;

    bool start(const QString &cachePath, const QUrl &server,
               const app::DemoServer::Account &account)
    {
        login = account.login;
        structureId = account.structureId;
        const auto opened = store.open(cachePath);
        if (!store.isOpen()) {
            qWarning() << "cache" << opened.error().toString();
            return false;
        }
        QSignalSpy signedIn(&session, &sync::Session::signedIn);
        QSignalSpy failed(&session, &sync::Session::signInFailed);
        session.signIn(server, account.login, account.password);
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000)
            || signedIn.isEmpty()) {
            qWarning() << "sign-in failed for" << account.login;
            return false;
        }
        engine = std::make_unique<sync::SyncEngine>(&store, &api);
        return sync();
    }

    // One full cycle (push then pull), waited for.
    bool sync()
    {
        QSignalSpy finished(engine.get(), &sync::SyncEngine::syncFinished);
        engine->syncNow();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() && !engine->isRunning(); }, 30000))
            return false;
        return finished.last().at(0).toBool();
    }
};

QString screenshotDir()
{
    return QStringLiteral(RELEVE_BINARY_DIR) + u"/screenshots"_s;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(screenshotDir());
    // Lay out what changed since the last event loop turn, without letting replies in.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = screenshotDir() + u'/' + name + u".png"_s;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

template<typename T> T *findIn(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no" << T::staticMetaObject.className() << name;
    return found;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version_printsWithoutDisplay();
    void signIn_wrongPassword_saysSoThenSignsIn();
    void planning_addSlotThroughDialog_storesPendingSlot();
    void replacement_acceptedProposal_printsContract();
    void pages_staffInNavigationAndViewMenu();
    void pages_dashboardSettingsAndExchangeReachable();
    void map_sharesSelectionWithRequestList();
    void map_addOfflinePack_keepsItInSettings();
    void cleanupTestCase();

private:
    QString cachePath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    QTemporaryDir m_dir;
    app::DemoServer m_server;
    ClientCore m_gui; // agency B, behind the main window
    std::unique_ptr<ui::Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this test only, never the person's.
    QCoreApplication::setOrganizationName(u"ReleveTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_dir.isValid());

    m_server.setServerExecutable(QStringLiteral(RELEVE_SERVER_EXE));
    QSignalSpy ready(&m_server, &app::DemoServer::ready);
    QSignalSpy failed(&m_server, &app::DemoServer::failed);
    m_server.start();
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 90000));
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    QVERIFY(m_server.url().isValid());

    // Agency B: Guéret's coordinator, whose request (Saint-Vaury) the demo publishes.
    std::optional<app::DemoServer::Account> b;
    for (const auto &account : m_server.accounts()) {
        if (account.login == u"coord.gueret"_s)
            b = account;
    }
    QVERIFY(b);
    QVERIFY(m_gui.start(cachePath(u"agency-b"_s), m_server.url(), *b));

    m_workspace = std::make_unique<ui::Workspace>(&m_gui.store, &m_gui.api, m_gui.engine.get());
    m_workspace->setSession(&m_gui.session);
    m_workspace->setAccount(b->login, b->structureId);
    m_window = std::make_unique<ui::MainWindow>(m_workspace.get());
    m_window->resize(1400, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             m_window->planningView()->model(), m_window->requestsView()->model(),
             m_window->requestsView()->detail()->candidateModel(),
             m_window->requestsView()->detail()->proposalModel(),
             m_window->contractsView()->model() })
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this));
}

void TestMainWindow::version_printsWithoutDisplay()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display at all: a QApplication would abort; --version must not create one.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RELEVE_APP_EXE), { u"--version"_s });
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
             u"releve "_s + QStringLiteral(RELEVE_VERSION));
}

void TestMainWindow::signIn_wrongPassword_saysSoThenSignsIn()
{
    QNetworkAccessManager network;
    sync::ApiClient api(&network);
    sync::Session session(&api, sync::Session::TokenStorage::MemoryOnly);
    const auto account = m_server.firstAccount(u"coordinator"_s);
    QVERIFY(account);

    ui::SignInDialog dialog(&session);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto type = [&](const QString &name, const QString &text) {
        auto *edit = findIn<QLineEdit>(&dialog, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type(u"signInServerEdit"_s, m_server.url().toString());
    type(u"signInLoginEdit"_s, account->login);
    type(u"signInPasswordEdit"_s, u"not-the-password"_s);
    QTest::mouseClick(findIn<QPushButton>(&dialog, u"signInButton"_s), Qt::LeftButton);
    auto *error = findIn<QLabel>(&dialog, u"signInError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(!session.isSignedIn());
    saveScreenshot(&dialog, u"sign-in-error"_s);

    type(u"signInPasswordEdit"_s, account->password);
    QTest::keyClick(findIn<QLineEdit>(&dialog, u"signInPasswordEdit"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(session.isSignedIn());
    // The address and the login are remembered; the password never is.
    QCOMPARE(QSettings().value(sync::Session::settingsLoginKey()).toString(), account->login);
    QVERIFY(findIn<QLineEdit>(&dialog, u"signInPasswordEdit"_s)->text().isEmpty());
}

void TestMainWindow::planning_addSlotThroughDialog_storesPendingSlot()
{
    m_window->showPage(ui::MainWindow::Page::Planning);
    ui::PlanningView *view = m_window->planningView();
    ui::PlanningModel *model = view->model();
    QTRY_VERIFY(model->rowCount() > 0);

    // Next week, so that the slot is in the future whatever today is.
    QTest::mouseClick(findIn<QWidget>(view, u"nextWeekButton"_s), Qt::LeftButton);
    QTableView *table = view->table();
    // The first staff member and day of next week with nothing planned.
    int row = -1;
    int column = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        for (int c = ui::PlanningModel::FirstDayColumn; c <= ui::PlanningModel::LastDayColumn;
             ++c) {
            if (model->segments(r, model->dateOfColumn(c)).isEmpty()) {
                row = r;
                column = c;
                break;
            }
        }
    }
    QVERIFY2(row >= 0, "every day of next week is planned for everyone");
    const QString staffId = model->staffIdAt(row);
    const QDate day = model->dateOfColumn(column);
    const QModelIndex cell = model->index(row, column);
    table->scrollTo(cell);
    const QPoint centre = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);

    ui::SlotDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<ui::SlotDialog *>(u"slotDialog"_s))
                && dialog->isVisible());

    // Type the times as a person would: 14:00 to 13:00 first (wrong), then 18:30.
    auto *start = findIn<QTimeEdit>(dialog, u"slotStartEdit"_s);
    auto *end = findIn<QTimeEdit>(dialog, u"slotEndEdit"_s);
    QVERIFY(start && end);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // As a person does: put the cursor on the hours, type hours then minutes.
    const auto typeTime = [](QTimeEdit *edit, const QString &text) {
        edit->setFocus();
        edit->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(edit, text);
    };
    typeTime(start, u"1400"_s);
    typeTime(end, u"1300"_s);
    QCOMPARE(start->time(), QTime(14, 0));
    QCOMPARE(end->time(), QTime(13, 0));
    auto *buttons = findIn<QDialogButtonBox>(dialog, u"slotButtons"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    // Refused, and said next to the "To" field.
    auto *endError = findIn<QLabel>(dialog, u"slotEndError"_s);
    QTRY_VERIFY(endError->isVisible());
    QVERIFY(!endError->text().isEmpty());
    QVERIFY(dialog->isVisible());
    saveScreenshot(dialog, u"planning-slot-dialog-error"_s);

    typeTime(end, u"1830"_s);
    QCOMPARE(end->time(), QTime(18, 30));
    QTest::keyClicks(findIn<QWidget>(dialog, u"slotNoteEdit"_s), u"Remplacement possible"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!view->findChild<ui::SlotDialog *>(u"slotDialog"_s));

    // Stored: the slot in local time, pending, with its outbox entry.
    const QTimeZone paris("Europe/Paris");
    std::optional<store::CachedRecord> saved;
    const auto staffSlots
        = m_gui.store.recordsWhere(domain::entity::availability, u"staff_id"_s, staffId);
    for (const store::CachedRecord &record : staffSlots) {
        const QDateTime from = domain::instantFromJson(record.data.value(u"start"_s).toString());
        if (record.data.value(u"note"_s).toString() == u"Remplacement possible"_s)
            saved = record;
        if (saved && saved->id == record.id) {
            QCOMPARE(from.toTimeZone(paris), QDateTime(day, QTime(14, 0), paris));
            QCOMPARE(
                domain::instantFromJson(record.data.value(u"end"_s).toString()).toTimeZone(paris),
                QDateTime(day, QTime(18, 30), paris));
        }
    }
    QVERIFY(saved);
    QCOMPARE(saved->syncState, u"pending"_s);
    QCOMPARE(saved->data.value(u"kind"_s).toString(), u"available"_s);
    QCOMPARE(saved->structureId, m_gui.structureId);
    bool queued = false;
    for (const store::OutboxEntry &entry : m_gui.store.outbox()) {
        if (entry.recordId == saved->id && entry.op == u"upsert"_s && entry.state == u"pending"_s)
            queued = true;
    }
    QVERIFY(queued);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    // The grid shows it, and the row says it is not sent yet.
    QVERIFY(model->index(row, column).data().toString().contains(u"14:00–18:30"_s));
    QCOMPARE(model->index(row, ui::PlanningModel::StateColumn)
                 .data(ui::PlanningModel::SyncStateRole)
                 .toString(),
             u"pending"_s);
    QVERIFY(findIn<QLabel>(m_window.get(), u"pendingLabel"_s)->text().contains(u'1'));
    saveScreenshot(m_window.get(), u"planning-pending"_s);

    // Once synced, the server has it and the outbox is empty.
    QVERIFY(m_gui.sync());
    QTRY_COMPARE(m_gui.store.record(domain::entity::availability, saved->id)->syncState,
                 u"synced"_s);
    QCOMPARE(m_gui.store.pendingCount(), 0);
    QCOMPARE(model->index(row, ui::PlanningModel::StateColumn)
                 .data(ui::PlanningModel::SyncStateRole)
                 .toString(),
             u"synced"_s);
    table->setCurrentIndex(model->index(row, column));
    saveScreenshot(m_window.get(), u"planning"_s);
}

void TestMainWindow::replacement_acceptedProposal_printsContract()
{
    m_window->showPage(ui::MainWindow::Page::Requests);
    ui::RequestsView *requests = m_window->requestsView();
    ui::RequestDetailWidget *detail = requests->detail();

    // B's published request (Saint-Vaury).
    QString requestId;
    for (const store::CachedRecord &record : m_gui.store.records(domain::entity::request)) {
        if (record.structureId == m_gui.structureId
            && record.data.value(u"status"_s).toString() == u"published"_s)
            requestId = record.id;
    }
    QVERIFY(!requestId.isEmpty());
    requests->showRequest(requestId);
    QTRY_COMPARE(detail->requestId(), requestId);
    QVERIFY(detail->isVisible());

    // Find candidates: the server's ranking.
    QSignalSpy loaded(detail, &ui::RequestDetailWidget::candidatesLoaded);
    QTest::mouseClick(findIn<QPushButton>(detail, u"findCandidatesButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    const int candidateCount = loaded.first().at(0).toInt();
    QVERIFY2(candidateCount >= 0,
             qPrintable(findIn<QLabel>(detail, u"candidatesStatus"_s)->text()));
    ui::CandidateModel *candidates = detail->candidateModel();
    QCOMPARE(candidates->rowCount(), candidateCount);
    // Other structures' workers are never named to the requester.
    for (int row = 0; row < candidates->rowCount(); ++row) {
        const QJsonObject candidate = candidates->candidateAt(row);
        QVERIFY(!candidate.contains(u"first_name"_s) && !candidate.contains(u"last_name"_s));
        QVERIFY(candidate.value(u"structure_id"_s).toString() != m_gui.structureId);
    }
    saveScreenshot(m_window.get(), u"requests-candidates"_s);

    // Agency A: the best candidate's agency proposes that worker.
    QString lenderStructure;
    QString staffId;
    if (candidates->rowCount() > 0) {
        lenderStructure = candidates->candidateAt(0).value(u"structure_id"_s).toString();
        staffId = candidates->candidateAt(0).value(u"staff_id"_s).toString();
    } else {
        qWarning("No candidate today for the demo request; agency A proposes one of its staff.");
    }
    std::optional<app::DemoServer::Account> a;
    for (const auto &account : m_server.accounts()) {
        if (account.role == u"coordinator"_s && account.structureId != m_gui.structureId
            && (lenderStructure.isEmpty() || account.structureId == lenderStructure)) {
            a = account;
            break;
        }
    }
    QVERIFY(a);
    ClientCore lender;
    QVERIFY(lender.start(cachePath(u"agency-a"_s), m_server.url(), *a));
    QVERIFY(lender.store.record(domain::entity::request, requestId)); // A sees B's request
    if (staffId.isEmpty()) {
        for (const store::CachedRecord &staff : lender.store.records(domain::entity::staff)) {
            if (staff.structureId == a->structureId
                && staff.data.value(u"consent_sharing"_s).toBool()
                && staff.data.value(u"active"_s).toBool()) {
                staffId = staff.id;
                break;
            }
        }
    }
    const auto worker = lender.store.record(domain::entity::staff, staffId);
    QVERIFY(worker);
    const QString workerName = worker->data.value(u"first_name"_s).toString() + u' '
        + worker->data.value(u"last_name"_s).toString();
    const QString proposalId = domain::newId();
    QVERIFY(lender.store.queueCommand(domain::entity::proposal, proposalId,
                                      { { u"command"_s, u"propose"_s },
                                        { u"request_id"_s, requestId },
                                        { u"staff_id"_s, staffId },
                                        { u"intervention_ids"_s, QJsonArray() },
                                        { u"note"_s, u"Disponible les deux matins."_s } }));
    QVERIFY(lender.sync());
    QVERIFY(lender.store.outbox({ u"rejected"_s }).isEmpty());

    // B receives the proposal: pseudonym only.
    QVERIFY(m_gui.sync());
    ui::ProposalModel *proposals = detail->proposalModel();
    QTRY_COMPARE(proposals->rowCount(), 1);
    QCOMPARE(proposals->proposalIdAt(0), proposalId);
    QVERIFY(!proposals->index(0, ui::ProposalModel::WorkerColumn)
                 .data()
                 .toString()
                 .contains(workerName));
    QVERIFY(proposals->index(0, 0).data(ui::ProposalModel::DecidableRole).toBool());

    // Accept it: queued first, "Awaiting confirmation", never "Accepted" before the server says so.
    auto *table = findIn<QTableView>(detail, u"proposalsTable"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(proposals->index(0, 0)).center());
    auto *accept = findIn<QPushButton>(detail, u"acceptProposalButton"_s);
    QTRY_VERIFY(accept->isEnabled());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(accept, Qt::LeftButton);
    // Queued; the sync the button started has not been answered yet.
    QVERIFY(m_workspace->unconfirmedCommand(domain::entity::proposal, proposalId));
    QCOMPARE(proposals->index(0, ui::ProposalModel::StatusColumn).data().toString(),
             ui::ProposalModel::tr("Awaiting confirmation"));
    QVERIFY(proposals->index(0, 0).data(ui::ProposalModel::AwaitingRole).toBool());
    QVERIFY(!accept->isEnabled());
    saveScreenshot(m_window.get(), u"requests-awaiting-confirmation"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->unconfirmedCommand(domain::entity::proposal, proposalId)
                                 && !m_gui.engine->isRunning(),
                             30000);
    if (m_gui.store.pendingCount() > 0)
        QVERIFY(m_gui.sync());

    // Stored: proposal accepted, request accepted, a contract with the worker's name.
    QCOMPARE(m_gui.store.record(domain::entity::proposal, proposalId)
                 ->data.value(u"status"_s)
                 .toString(),
             u"accepted"_s);
    QCOMPARE(
        m_gui.store.record(domain::entity::request, requestId)->data.value(u"status"_s).toString(),
        u"accepted"_s);
    const auto contracts
        = m_gui.store.recordsWhere(domain::entity::contract, u"request_id"_s, requestId);
    QCOMPARE(contracts.size(), 1);
    const store::CachedRecord contract = contracts.first();
    QCOMPARE(contract.data.value(u"staff_name"_s).toString(), workerName);
    QCOMPARE(contract.data.value(u"proposal_id"_s).toString(), proposalId);
    QCOMPARE(contract.data.value(u"user"_s).toObject().value(u"structure_id"_s).toString(),
             m_gui.structureId);
    QCOMPARE(contract.data.value(u"lender"_s).toObject().value(u"structure_id"_s).toString(),
             a->structureId);
    QCOMPARE(m_gui.store.pendingCount(), 0);
    QTRY_COMPARE(proposals->index(0, ui::ProposalModel::StatusColumn).data().toString(),
                 ui::ProposalModel::tr("Accepted"));
    saveScreenshot(m_window.get(), u"requests-accepted"_s);

    // The contract, from the accepted request.
    auto *openContract = findIn<QPushButton>(detail, u"openContractButton"_s);
    QTRY_VERIFY(openContract->isVisible());
    QTest::mouseClick(openContract, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Contracts);
    ui::ContractsView *contractsView = m_window->contractsView();
    QCOMPARE(contractsView->currentContractId(), contract.id);
    QVERIFY(findIn<QLabel>(contractsView, u"contractSummary"_s)->text().contains(workerName));
    saveScreenshot(m_window.get(), u"contracts"_s);

    // Print preview, without blocking.
    QTest::mouseClick(findIn<QPushButton>(contractsView, u"printContractButton"_s), Qt::LeftButton);
    QPrintPreviewDialog *preview = nullptr;
    QTRY_VERIFY(
        (preview = contractsView->findChild<QPrintPreviewDialog *>(u"contractPrintPreview"_s))
        && preview->isVisible());
    QTest::qWait(300);
    saveScreenshot(preview, u"contract-print-preview"_s);
    preview->close();

    // PDF export through the file-dialog seam.
    const QString pdf = m_dir.filePath(u"contract.pdf"_s);
    ui::FileDialog::setNextFileName(pdf);
    QTest::mouseClick(findIn<QPushButton>(contractsView, u"exportPdfButton"_s), Qt::LeftButton);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == QByteArrayLiteral("%PDF-"));
    QVERIFY(
        findIn<QLabel>(contractsView, u"contractExportInfo"_s)->text().contains(u"contract.pdf"_s));

    // The lender's cache converges: the same contract, and nothing left to send.
    QVERIFY(lender.sync());
    const auto lent = lender.store.record(domain::entity::contract, contract.id);
    QVERIFY(lent);
    QCOMPARE(lent->data.value(u"staff_name"_s).toString(), workerName);
    QCOMPARE(lender.store.pendingCount(), 0);

    // The other screens of the requests page, for the record.
    m_window->showPage(ui::MainWindow::Page::Requests);
    requests->showIncoming();
    auto *requestTable = findIn<QTableView>(requests, u"requestTable"_s);
    QTRY_VERIFY(requestTable->model()->rowCount() > 0);
    requestTable->selectRow(0);
    QVERIFY(!detail->requestId().isEmpty());
    QVERIFY(findIn<QPushButton>(detail, u"proposeStaffButton"_s)->isVisibleTo(detail));
    saveScreenshot(m_window.get(), u"requests-incoming"_s);

    // B proposes one of its own consenting staff on another agency's request.
    const QString incomingId = detail->requestId();
    QTest::mouseClick(findIn<QPushButton>(detail, u"proposeStaffButton"_s), Qt::LeftButton);
    ui::ProposeStaffDialog *propose = nullptr;
    QTRY_VERIFY((propose = detail->findChild<ui::ProposeStaffDialog *>(u"proposeStaffDialog"_s))
                && propose->isVisible());
    QVERIFY(propose->staffCount() > 0);
    auto *staffList = findIn<QTreeWidget>(propose, u"proposeStaffList"_s);
    QTest::mouseClick(staffList->viewport(), Qt::LeftButton, {},
                      staffList->visualItemRect(staffList->topLevelItem(0)).center());
    const QString proposedStaff = propose->staffId();
    QVERIFY(!proposedStaff.isEmpty());
    QTest::keyClicks(findIn<QLineEdit>(propose, u"proposeNoteEdit"_s), u"Permis B, voiture."_s);
    saveScreenshot(propose, u"propose-staff-dialog"_s);
    QTest::mouseClick(
        findIn<QDialogButtonBox>(propose, u"proposeButtons"_s)->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    // Queued at once, shown as awaiting confirmation, and only then created by the server.
    const auto queuedProposals = m_workspace->unconfirmedCommands(domain::entity::proposal);
    QCOMPARE(queuedProposals.size(), 1);
    QCOMPARE(queuedProposals.first().data.value(u"staff_id"_s).toString(), proposedStaff);
    QCOMPARE(queuedProposals.first().data.value(u"request_id"_s).toString(), incomingId);
    QCOMPARE(proposals->rowCount(), 1);
    QVERIFY(proposals->index(0, 0).data(ui::ProposalModel::AwaitingRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->unconfirmedCommands(domain::entity::proposal).isEmpty()
                                 && !m_gui.engine->isRunning(),
                             30000);
    const auto created
        = m_gui.store.record(domain::entity::proposal, queuedProposals.first().recordId);
    QVERIFY(created);
    QCOMPARE(created->data.value(u"status"_s).toString(), u"offered"_s);
    QCOMPARE(created->data.value(u"note"_s).toString(), u"Permis B, voiture."_s);
    QTRY_COMPARE(proposals->index(0, ui::ProposalModel::StatusColumn).data().toString(),
                 ui::ProposalModel::tr("Offered"));
    ui::RequestFormDialog *form = requests->newRequest();
    QVERIFY(form && form->isVisible());
    saveScreenshot(form, u"request-form"_s);
    form->reject();
}

void TestMainWindow::pages_staffInNavigationAndViewMenu()
{
    // Every screen is a row of the navigation and an action of the View menu (issue 6).
    auto *staffAction = m_window->findChild<QAction *>(u"actionShowStaff"_s);
    QVERIFY(staffAction);
    QVERIFY(!staffAction->shortcut().isEmpty());
    staffAction->trigger();
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Staff);
    QCOMPARE(m_window->findChild<QStackedWidget *>(u"pages"_s)->currentWidget(),
             m_window->page(ui::MainWindow::Page::Staff));
    auto *navigation = m_window->findChild<QListWidget *>(u"navigationList"_s);
    QCOMPARE(navigation->currentItem()->text(), ui::MainWindow::tr("Staff"));
    QVERIFY(m_window->isPageAvailable(ui::MainWindow::Page::Planning));
    m_window->findChild<QAction *>(u"actionShowRequests"_s)->trigger();
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Requests);
}

void TestMainWindow::pages_dashboardSettingsAndExchangeReachable()
{
    // The dashboard is a screen of a coordinator's window (issue 9), the settings and the
    // CSV/iCalendar exchange are in the File menu.
    auto *dashboardAction = m_window->findChild<QAction *>(u"actionShowDashboard"_s);
    QVERIFY(dashboardAction);
    QVERIFY(dashboardAction->isVisible());
    dashboardAction->trigger();
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Dashboard);
    QCOMPARE(m_window->page(ui::MainWindow::Page::Dashboard), m_window->dashboardView());
    auto *heading = m_window->dashboardView()->findChild<QLabel *>(u"dashboardHeading"_s);
    QVERIFY(heading);
    QTRY_VERIFY(heading->text().contains(m_workspace->structureName(m_workspace->structureId())));

    auto *exchange = m_window->findChild<QMenu *>(u"exchangeMenu"_s);
    QVERIFY(exchange);
    QVERIFY(exchange->menuAction()->isVisible());
    QStringList names;
    for (const QAction *action : exchange->actions())
        names << action->objectName();
    QVERIFY2(names.contains(u"importStaffAction"_s), qPrintable(names.join(u',')));
    QVERIFY(names.contains(u"importAvailabilityAction"_s));

    auto *settingsAction = m_window->findChild<QAction *>(u"actionSettings"_s);
    QVERIFY(settingsAction);
    settingsAction->trigger();
    ui::SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ui::SettingsDialog *>()) && dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ui::SettingsDialog *>());

    // The status bar's "changes to review" link leads to the review page (issue 4).
    auto *status = m_window->findChild<ui::SyncStatusWidget *>();
    QVERIFY(status);
    emit status->reviewRequested();
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Review);
    QCOMPARE(m_window->page(ui::MainWindow::Page::Review), m_window->reviewView());
    m_window->showPage(ui::MainWindow::Page::Requests);
}

void TestMainWindow::map_sharesSelectionWithRequestList()
{
    // The Map screen: its markers and the request list share one selection (issue 7).
    auto *network = new QNetworkAccessManager(m_window.get());
    auto *tiles = new geo::TileSource(network, m_window.get());
    tiles->setNetworkEnabled(false); // no tile server here: plain background, markers only
    m_window->setTileSource(tiles);
    ui::MapView *map = m_window->mapView();
    QVERIFY(map);
    m_window->showPage(ui::MainWindow::Page::Map);
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Map);

    // List → map.
    m_window->showPage(ui::MainWindow::Page::Requests);
    ui::RequestsView *requests = m_window->requestsView();
    QTableView *table = findIn<QTableView>(requests, u"requestTable"_s);
    QVERIFY(table->model()->rowCount() > 0);
    // The map shows the open requests; choose each row in turn until one is on the map.
    QString selected;
    for (int row = 0; row < table->model()->rowCount() && selected.isEmpty(); ++row) {
        table->clearSelection();
        table->selectRow(row);
        const QString id
            = table->model()->index(row, 0).data(ui::RequestListModel::RequestIdRole).toString();
        if (!id.isEmpty() && map->selectedId() == id)
            selected = id;
    }
    QVERIFY2(!selected.isEmpty(), "no request selected in the list was selected on the map");
    QCOMPARE(map->selectedEntity(), domain::entity::request);

    // Map → list: a marker chosen on the map opens that request.
    m_window->showPage(ui::MainWindow::Page::Map);
    saveScreenshot(m_window.get(), u"map"_s);
    emit map->markerSelected(domain::entity::request, selected);
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Requests);
    QCOMPARE(requests->detail()->requestId(), selected);
}

void TestMainWindow::map_addOfflinePack_keepsItInSettings()
{
    // A coordinator adds an offline pack (MBTiles) for an area without coverage (issue 7).
    if (!m_window->mapView()) {
        auto *network = new QNetworkAccessManager(m_window.get());
        auto *tiles = new geo::TileSource(network, m_window.get());
        tiles->setNetworkEnabled(false);
        m_window->setTileSource(tiles);
    }
    auto *action = m_window->findChild<QAction *>(u"addOfflinePackAction"_s);
    QVERIFY(action);

    // A file that is not a pack is refused with a message; nothing is kept.
    const QString notAPack = m_dir.filePath(u"notes.mbtiles"_s);
    QFile file(notAPack);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    ui::FileDialog::setNextFileName(notAPack);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    QVERIFY(ui::MessageBox::lastText().contains(u"cannot be used"_s));
    QVERIFY(!geo::MapSettings::load(QSettings()).offlinePacks.contains(notAPack));

    // A real pack is added and remembered for the next start.
    const QString pack = m_dir.filePath(u"creuse.mbtiles"_s);
    QVERIFY(releve::testing::writeMbtiles(pack,
                                          { { u"name"_s, u"Creuse"_s },
                                            { u"format"_s, u"png"_s },
                                            { u"minzoom"_s, u"0"_s },
                                            { u"maxzoom"_s, u"1"_s } },
                                          {}));
    ui::FileDialog::setNextFileName(pack);
    action->trigger();
    QVERIFY(geo::MapSettings::load(QSettings())
                .offlinePacks.contains(QFileInfo(pack).absoluteFilePath())
            || geo::MapSettings::load(QSettings()).offlinePacks.contains(pack));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    m_server.stop();
    QVERIFY(!m_server.isRunning());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// GUI tests of the request form and board (issue 6) against the real releve-server: a request
// filled with keyboard and mouse (address from the geocoder, a weekly pattern with a day off,
// rules' warnings answered with reasons) and published; an urgent incoming request my staff
// could cover counted on the navigation and announced; a proposal accepted; a request with a
// contract cancelled with a reason, ending the contract; several drafts published and several
// requests cancelled at once; the prescriber's and the territorial referent's views (no staff
// name anywhere for the referent); an accessible name on every control. Checks are on what the
// server stored. Screenshots go to docs/screenshots/ (requests*, request-form*, prescriber,
// referent).
#include "democlient.h"

#include "tests/core/geo/fakebanserver.h"

#include "ui/common/desktopnotifier.h"
#include "ui/common/language.h"
#include "ui/common/messagebox.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/map/locationpicker.h"
#include "ui/requests/cancelrequestdialog.h"
#include "ui/requests/proposalmodel.h"
#include "ui/requests/requestdetailwidget.h"
#include "ui/requests/requestfiltermodel.h"
#include "ui/requests/requestformdialog.h"
#include "ui/requests/requestlistmodel.h"
#include "ui/requests/requestsview.h"

#include "core/domain/jsonreader.h"
#include "core/geo/geocoder.h"
#include "core/reports/reporttable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace releve;

class TestRequestBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demo_dashboardShowsTheMonthsBefore();
    void requestForm_keyboardAndMouse_publishesWithOverrideReasons();
    void incomingUrgent_countedOnNavigationAndAnnounced();
    void acceptProposal_isStoredOnServer();
    void cancelWithContract_endsContractWithReason();
    void bulkPublish_publishesEverySelectedDraft();
    void bulkCancel_cancelsEverySelectedRequest();
    void prescriber_seesOnlyTheFormAndItsRequests();
    void referent_seesTerritoryWithoutStaffNames();
    void everyControl_hasAnAccessibleName();
    void cleanupTestCase();

private:
    ui::RequestsView *requests() const { return m_desk.window->requestsView(); }
    template<typename T> T *child(QObject *parent, const QString &name) const
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "missing" << name;
        return found;
    }
    bool syncDesk() { return m_desk.client.sync(); }
    QString draftOf(testing::DemoClient &client, const QString &commune, const QDate &day,
                    QTime from, QTime to, const QString &urgency = u"normal"_s,
                    std::optional<QJsonObject> location = std::nullopt);
    void clickRow(QTableView *table, const QString &requestId,
                  Qt::KeyboardModifiers modifiers = {});
    testing::DemoClient &lender();

    QTemporaryDir m_dir;
    app::DemoServer m_server;
    testing::FakeBanServer m_ban;
    QNetworkAccessManager m_network;
    std::unique_ptr<geo::Geocoder> m_geocoder;
    testing::DemoWindow m_desk; // coord.bourganeuf
    std::unique_ptr<testing::DemoClient> m_lender; // coord.aubusson
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<std::pair<QString, QString>> m_notifications;
    QString m_published; // the request published through the form
    QString m_contract;
};

void TestRequestBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ReleveTests"_s);
    QCoreApplication::setApplicationName(u"tst_requestboard"_s);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    // In French, as the coordinators use it (and as the screenshots show it).
    QVERIFY(ui::installTranslations(qApp, u"fr"_s));
    m_server.setServerExecutable(QStringLiteral(RELEVE_SERVER_EXE));
    QSignalSpy ready(&m_server, &app::DemoServer::ready);
    QSignalSpy failed(&m_server, &app::DemoServer::failed);
    m_server.start();
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 90000));
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    ui::DesktopNotifier::setSink([this](const QString &title, const QString &text) {
        m_notifications.append({ title, text });
    });
    const auto account = testing::demoAccount(m_server, u"coord.bourganeuf"_s);
    QVERIFY(account);
    QVERIFY(m_desk.open(m_dir.filePath(u"bourganeuf.sqlite"_s), m_server.url(), *account));
    m_geocoder = std::make_unique<geo::Geocoder>(m_ban.url(), &m_network);
    m_desk.workspace->setGeocoder(m_geocoder.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        requests()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_desk.window->showPage(ui::MainWindow::Page::Requests);
}

testing::DemoClient &TestRequestBoard::lender()
{
    if (!m_lender) {
        m_lender = std::make_unique<testing::DemoClient>();
        const auto account = testing::demoAccount(m_server, u"coord.aubusson"_s);
        if (!account
            || !m_lender->start(m_dir.filePath(u"aubusson.sqlite"_s), m_server.url(), *account))
            qWarning("the lending agency could not start");
    }
    return *m_lender;
}

// `releve --demo` seeds six months of history (seed-demo --history): the coordinator's
// dashboard has figures for the months before this one, not only the demo's coming weeks.
void TestRequestBoard::demo_dashboardShowsTheMonthsBefore()
{
    m_desk.window->showPage(ui::MainWindow::Page::Dashboard);
    ui::DashboardView *dashboard = m_desk.window->dashboardView();
    QVERIFY(dashboard->isVisible());
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    int contracts = 0;
    qint64 borrowed = 0;
    for (int back = 1; back <= 5; ++back) {
        dashboard->setMonth(thisMonth.addMonths(-back));
        const reports::Indicators shown = dashboard->indicators();
        QVERIFY2(shown.requestCount >= 4, qPrintable(thisMonth.addMonths(-back).toString()));
        contracts += shown.contractCount;
        borrowed += shown.minutesBorrowed;
    }
    QVERIFY(contracts > 0);
    QVERIFY(borrowed > 0);

    // What the person reads: last month's fill rate, a figure.
    dashboard->setMonth(thisMonth.addMonths(-1));
    const reports::Indicators lastMonth = dashboard->indicators();
    QVERIFY(lastMonth.fillRate.has_value());
    QCOMPARE(child<QLabel>(dashboard, u"fillRateValue"_s)->text(),
             reports::ReportTable::percent(lastMonth.fillRate, QLocale()));
    m_desk.window->showPage(ui::MainWindow::Page::Requests);
}

QString TestRequestBoard::draftOf(testing::DemoClient &client, const QString &commune,
                                  const QDate &day, QTime from, QTime to, const QString &urgency,
                                  std::optional<QJsonObject> location)
{
    const QTimeZone paris("Europe/Paris");
    const QString id = domain::newId();
    QJsonObject intervention;
    intervention.insert(u"id"_s, domain::newId());
    intervention.insert(u"start"_s, domain::instantToJson(QDateTime(day, from, paris)));
    intervention.insert(u"end"_s, domain::instantToJson(QDateTime(day, to, paris)));
    QJsonObject data;
    data.insert(u"id"_s, id);
    data.insert(u"structure_id"_s, client.account.structureId);
    data.insert(u"status"_s, u"draft"_s);
    data.insert(u"reason"_s, u"sick_leave"_s);
    data.insert(u"urgency"_s, urgency);
    data.insert(u"mission_address"_s, u"1 rue de la Mairie"_s);
    data.insert(u"mission_commune"_s, commune);
    data.insert(u"mission_location"_s,
                location.value_or(QJsonObject { { u"lat"_s, 45.95 }, { u"lon"_s, 1.76 } }));
    data.insert(u"beneficiary_ref"_s, QString(u"T-"_s + id.left(4)));
    data.insert(u"needs"_s, QJsonArray { u"courses"_s });
    data.insert(u"consent_recorded"_s, true);
    data.insert(u"interventions"_s, QJsonArray { intervention });
    data.insert(u"deadline"_s,
                domain::instantToJson(QDateTime(day.addDays(-1), QTime(18, 0), paris)));
    data.insert(u"radius_km"_s, 30);
    const auto saved = client.store.saveRecord(domain::entity::request, data);
    if (!saved)
        qWarning() << saved.error().toString();
    return id;
}

void TestRequestBoard::clickRow(QTableView *table, const QString &requestId,
                                Qt::KeyboardModifiers modifiers)
{
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ui::RequestListModel::RequestIdRole).toString() != requestId)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                          table->visualRect(index).center());
        return;
    }
    qWarning() << "no row for" << requestId;
}

void TestRequestBoard::requestForm_keyboardAndMouse_publishesWithOverrideReasons()
{
    // Ctrl+N, as a coordinator would.
    m_desk.window->activateWindow();
    QTest::keySequence(m_desk.window.get(), QKeySequence::New);
    ui::RequestFormDialog *form = nullptr;
    QTRY_VERIFY((form = requests()->findChild<ui::RequestFormDialog *>(u"requestFormDialog"_s))
                && form->isVisible());
    // The keyboard goes to the dialog, as when it opens on a desktop.
    QApplication::setActiveWindow(form);
    QTRY_COMPARE(QApplication::activeWindow(), form);

    // Reason and urgency with the keyboard.
    auto *reason = child<QComboBox>(form, u"requestFormReason"_s);
    reason->setFocus();
    while (reason->currentData().toString() != u"sick_leave"_s)
        QTest::keyClick(reason, Qt::Key_Down);
    QTest::keyClick(reason, Qt::Key_Tab);
    auto *urgency = child<QComboBox>(form, u"requestFormUrgency"_s);
    QVERIFY(urgency->hasFocus());
    QTest::keyClick(urgency, Qt::Key_Down);
    QCOMPARE(urgency->currentData().toString(), u"urgent"_s);

    // Needs: the current item toggled with Space; a skill with the mouse.
    auto *needs = child<QListWidget>(form, u"requestFormNeeds"_s);
    needs->setFocus();
    for (int i = 0; i < needs->count(); ++i) {
        const QString code = needs->item(i)->data(Qt::UserRole).toString();
        if (code == u"lever"_s || code == u"toilette"_s) {
            needs->setCurrentRow(i);
            QTest::keyClick(needs, Qt::Key_Space);
        }
    }

    // The address: typed, looked up in the (fake) Base Adresse Nationale, chosen by click.
    ui::LocationPicker *picker = form->locationPicker();
    QLineEdit *address = picker->addressEdit();
    address->setFocus();
    testing::typeText(address, u"champ de foire bourganeuf"_s);
    QTest::keyClick(address, Qt::Key_Return);
    QListWidget *matches = picker->matchList();
    QTRY_VERIFY_WITH_TIMEOUT(matches->isVisible() && matches->count() > 0, 10000);
    QTest::mouseClick(matches->viewport(), Qt::LeftButton, {},
                      matches->visualItemRect(matches->item(0)).center());
    QTRY_COMPARE(child<QLineEdit>(form, u"requestFormCommune"_s)->text(), u"Bourganeuf"_s);
    QVERIFY(picker->coordinate().isValid());
    testing::typeText(child<QLineEdit>(form, u"requestFormBeneficiary"_s), u"BG-2026-0420"_s);

    // The 30-day hospital limit: a stay that began 40 days ago and goes on is flagged.
    auto *hospital = child<QCheckBox>(form, u"requestFormHospital"_s);
    auto *admission = child<QDateEdit>(form, u"requestFormAdmission"_s);
    QTest::mouseClick(hospital, Qt::LeftButton, {}, QPoint(8, hospital->height() / 2));
    QVERIFY(hospital->isChecked());
    admission->setDate(QDate::currentDate().addDays(-40));

    // A weekly pattern over the next two weeks, Monday to Friday, 06:30–07:00, except one day.
    const QDate from = QDate::currentDate().addDays(2);
    const QDate to = from.addDays(13);
    child<QDateEdit>(form, u"requestFormPatternFrom"_s)->setDate(from);
    child<QDateEdit>(form, u"requestFormPatternTo"_s)->setDate(to);
    const auto typeTime = [](QTimeEdit *edit, const QString &text) {
        edit->setFocus();
        edit->setSelectedSection(QDateTimeEdit::HourSection);
        testing::typeText(edit, text);
    };
    typeTime(child<QTimeEdit>(form, u"requestFormPatternStart"_s), u"0630"_s);
    typeTime(child<QTimeEdit>(form, u"requestFormPatternEnd"_s), u"0700"_s);
    QDate dayOff = from;
    while (dayOff.dayOfWeek() > 5)
        dayOff = dayOff.addDays(1);
    child<QDateEdit>(form, u"requestFormExceptionDay"_s)->setDate(dayOff);
    QTest::mouseClick(child<QPushButton>(form, u"requestFormAddException"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(form, u"requestFormAddPattern"_s), Qt::LeftButton);
    int weekdays = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        weekdays += d.dayOfWeek() <= 5 && d != dayOff ? 1 : 0;
    QCOMPARE(form->interventionCount(), weekdays);

    // The rules speak: outside working hours, shorter than the minimum, past the 30 days.
    QStringList codes;
    for (const rules::Warning &warning : form->warnings())
        codes.append(warning.code);
    QVERIFY(codes.contains(u"outside_amplitude"_s));
    QVERIFY(codes.contains(u"below_minimum"_s));
    QVERIFY(codes.contains(u"hospital_suspended"_s));
    QVERIFY(child<QGroupBox>(form, u"requestFormWarnings"_s)->isVisible());
    // The stay is over: discharged yesterday, the allowance resumes; that warning goes.
    auto *discharged = child<QCheckBox>(form, u"requestFormDischarged"_s);
    discharged->setChecked(true);
    child<QDateEdit>(form, u"requestFormDischarge"_s)->setDate(QDate::currentDate().addDays(-1));
    codes.clear();
    for (const rules::Warning &warning : form->warnings())
        codes.append(warning.code);
    QVERIFY(!codes.contains(u"hospital_suspended"_s));

    auto *consent = child<QCheckBox>(form, u"requestFormConsent"_s);
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QVERIFY(consent->isChecked());

    // Publishing without answering the warnings is refused, and says so; nothing is stored.
    auto *publish = child<QPushButton>(form, u"requestFormPublish"_s);
    QTest::mouseClick(publish, Qt::LeftButton);
    auto *overridesError = child<QLabel>(form, u"requestFormOverridesError"_s);
    QVERIFY(overridesError->isVisible());
    QVERIFY(form->isVisible());
    QVERIFY(!m_desk.client.store.record(domain::entity::request, form->requestId()));
    auto *scroll = child<QScrollArea>(form, u"requestFormScroll"_s);
    scroll->ensureWidgetVisible(child<QGroupBox>(form, u"requestFormWarnings"_s));
    QVERIFY(testing::saveScreenshot(form, u"request-form-warnings"_s));

    // The reasons, typed.
    QLineEdit *early = form->overrideEdit(u"outside_amplitude"_s);
    QLineEdit *shortOne = form->overrideEdit(u"below_minimum"_s);
    QVERIFY(early && shortOne);
    early->setFocus();
    testing::typeText(early, u"Lever avant le départ de l'aidant à 7 h"_s);
    QTest::keyClick(early, Qt::Key_Tab);
    shortOne->setFocus();
    testing::typeText(shortOne, u"Aide au lever seulement, 30 min suffisent"_s);
    QTest::keyClick(shortOne, Qt::Key_Tab);
    QVERIFY(rules::pendingWarnings(form->warnings()).isEmpty());
    scroll->ensureWidgetVisible(child<QWidget>(form, u"requestFormNeeds"_s));
    QVERIFY(testing::saveScreenshot(form, u"request-form"_s));

    const QString id = form->requestId();
    QTest::mouseClick(publish, Qt::LeftButton);
    QTRY_VERIFY(!requests()->findChild<ui::RequestFormDialog *>(u"requestFormDialog"_s));
    const auto stored = m_desk.client.store.record(domain::entity::request, id);
    QVERIFY(stored);
    QVERIFY(m_desk.workspace->unconfirmedCommand(domain::entity::request, id));
    QVERIFY(syncDesk());

    // What the server stored.
    const auto onServer
        = testing::serverRecord(m_server.url(), m_desk.client.account, domain::entity::request, id);
    QVERIFY(onServer);
    const QJsonObject &r = onServer->data;
    QCOMPARE(r.value(u"status"_s).toString(), u"published"_s);
    QCOMPARE(r.value(u"reason"_s).toString(), u"sick_leave"_s);
    QCOMPARE(r.value(u"urgency"_s).toString(), u"urgent"_s);
    QCOMPARE(r.value(u"mission_commune"_s).toString(), u"Bourganeuf"_s);
    QVERIFY(r.value(u"mission_address"_s).toString().contains(u"Champ de Foire"_s));
    QCOMPARE(r.value(u"beneficiary_ref"_s).toString(), u"BG-2026-0420"_s);
    QCOMPARE(r.value(u"needs"_s).toArray(), (QJsonArray { u"lever"_s, u"toilette"_s }));
    QVERIFY(r.value(u"consent_recorded"_s).toBool());
    QCOMPARE(r.value(u"interventions"_s).toArray().size(), weekdays);
    const QTimeZone paris("Europe/Paris");
    for (const QJsonValue &value : r.value(u"interventions"_s).toArray()) {
        const QDateTime start
            = domain::instantFromJson(value[u"start"_s].toString()).toTimeZone(paris);
        QCOMPARE(start.time(), QTime(6, 30));
        QVERIFY(start.date() != dayOff && start.date().dayOfWeek() <= 5);
    }
    QHash<QString, QString> reasons;
    for (const QJsonValue &value : r.value(u"overrides"_s).toArray())
        reasons.insert(value[u"code"_s].toString(), value[u"reason"_s].toString());
    QCOMPARE(reasons.value(u"outside_amplitude"_s), u"Lever avant le départ de l'aidant à 7 h"_s);
    QCOMPARE(reasons.value(u"below_minimum"_s), u"Aide au lever seulement, 30 min suffisent"_s);
    m_published = id;
}

void TestRequestBoard::incomingUrgent_countedOnNavigationAndAnnounced()
{
    // One of my consenting workers is available on a day far from the demo's plans…
    const QTimeZone paris("Europe/Paris");
    const QDate day = QDate::currentDate().addDays(45);
    QString staffId;
    QJsonObject home;
    for (const store::CachedRecord &record : m_desk.client.store.records(domain::entity::staff)) {
        if (record.structureId == m_desk.client.account.structureId
            && record.data.value(u"consent_sharing"_s).toBool()
            && record.data.value(u"active"_s).toBool() && record.data.contains(u"home"_s)) {
            staffId = record.id;
            home = record.data.value(u"home"_s).toObject();
            break;
        }
    }
    QVERIFY(!staffId.isEmpty());
    QVERIFY(m_desk.client.store.saveRecord(
        domain::entity::availability,
        { { u"staff_id"_s, staffId },
          { u"structure_id"_s, m_desk.client.account.structureId },
          { u"kind"_s, u"available"_s },
          { u"start"_s, domain::instantToJson(QDateTime(day, QTime(9, 0), paris)) },
          { u"end"_s, domain::instantToJson(QDateTime(day, QTime(17, 0), paris)) } }));
    QVERIFY(syncDesk());
    const int badgeBefore = m_desk.window->badge(ui::MainWindow::Page::Requests);
    m_notifications.clear();

    // …and Aubusson posts an urgent request near that worker's home, on that day.
    testing::DemoClient &aubusson = lender();
    const QString urgent = draftOf(aubusson, u"Saint-Dizier-Leyrenne"_s, day, QTime(10, 0),
                                   QTime(11, 30), u"critical"_s, home);
    QVERIFY(aubusson.store.queueCommand(domain::entity::request, urgent,
                                        { { u"command"_s, u"publish"_s } }));
    QVERIFY(aubusson.sync());
    QVERIFY(aubusson.store.outbox({ u"rejected"_s }).isEmpty());

    QVERIFY(syncDesk());
    const int row = requests()->model()->rowOfRequest(urgent);
    QVERIFY(row >= 0);
    QVERIFY(requests()->model()->index(row, 0).data(ui::RequestListModel::CoverableRole).toBool());
    QTRY_COMPARE(m_desk.window->badge(ui::MainWindow::Page::Requests), badgeBefore + 1);
    QCOMPARE(m_desk.window->badge(ui::MainWindow::Page::Requests),
             requests()->model()->coverableCount());
    // Announced once, naming the place.
    QCOMPARE(m_notifications.size(), 1);
    QVERIFY(m_notifications.first().second.contains(u"Saint-Dizier-Leyrenne"_s));
    QVERIFY(syncDesk());
    QCOMPARE(m_notifications.size(), 1);

    // Incoming: the most urgent first.
    requests()->showIncoming();
    QTableView *table = requests()->table();
    QVERIFY(table->model()->rowCount() > 1);
    QCOMPARE(table->model()->index(0, 0).data(ui::RequestListModel::RequestIdRole).toString(),
             urgent);
    clickRow(table, urgent);
    QCOMPARE(requests()->detail()->requestId(), urgent);
    QVERIFY(testing::saveScreenshot(m_desk.window.get(), u"requests-incoming"_s));
}

void TestRequestBoard::acceptProposal_isStoredOnServer()
{
    QVERIFY(!m_published.isEmpty());
    // Aubusson proposes one of its consenting workers on my published request.
    testing::DemoClient &aubusson = lender();
    QVERIFY(aubusson.sync());
    QString worker;
    for (const store::CachedRecord &record : aubusson.store.records(domain::entity::staff)) {
        if (record.structureId == aubusson.account.structureId
            && record.data.value(u"consent_sharing"_s).toBool()
            && record.data.value(u"active"_s).toBool()) {
            worker = record.id;
            break;
        }
    }
    QVERIFY(!worker.isEmpty());
    const QString proposalId = domain::newId();
    QVERIFY(aubusson.store.queueCommand(domain::entity::proposal, proposalId,
                                        { { u"command"_s, u"propose"_s },
                                          { u"request_id"_s, m_published },
                                          { u"staff_id"_s, worker },
                                          { u"intervention_ids"_s, QJsonArray() },
                                          { u"note"_s, u"Habituée des levers matinaux."_s } }));
    QVERIFY(aubusson.sync());
    QVERIFY(aubusson.store.outbox({ u"rejected"_s }).isEmpty());

    QVERIFY(syncDesk());
    requests()->showRequest(m_published);
    ui::RequestDetailWidget *detail = requests()->detail();
    QTRY_COMPARE(detail->requestId(), m_published);
    ui::ProposalModel *proposals = detail->proposalModel();
    QTRY_COMPARE(proposals->rowCount(), 1);
    auto *table = child<QTableView>(detail, u"proposalsTable"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(proposals->index(0, 0)).center());
    auto *accept = child<QPushButton>(detail, u"acceptProposalButton"_s);
    QTRY_VERIFY(accept->isEnabled());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(accept, Qt::LeftButton);
    QVERIFY(m_desk.workspace->unconfirmedCommand(domain::entity::proposal, proposalId));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_desk.workspace->unconfirmedCommand(domain::entity::proposal, proposalId)
            && !m_desk.client.engine->isRunning(),
        30000);
    QVERIFY(syncDesk());

    // Stored on the server: the proposal and the request accepted, a contract made.
    const auto proposal = testing::serverRecord(m_server.url(), m_desk.client.account,
                                                domain::entity::proposal, proposalId);
    QVERIFY(proposal);
    QCOMPARE(proposal->data.value(u"status"_s).toString(), u"accepted"_s);
    const auto request = testing::serverRecord(m_server.url(), m_desk.client.account,
                                               domain::entity::request, m_published);
    QVERIFY(request);
    QCOMPARE(request->data.value(u"status"_s).toString(), u"accepted"_s);
    const auto contracts
        = m_desk.client.store.recordsWhere(domain::entity::contract, u"request_id"_s, m_published);
    QCOMPARE(contracts.size(), 1);
    m_contract = contracts.first().id;
    QVERIFY(testing::saveScreenshot(m_desk.window.get(), u"requests-accepted"_s));
}

void TestRequestBoard::cancelWithContract_endsContractWithReason()
{
    QVERIFY(!m_contract.isEmpty());
    requests()->showRequest(m_published);
    ui::RequestDetailWidget *detail = requests()->detail();
    auto *cancel = child<QPushButton>(detail, u"cancelRequestButton"_s);
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    ui::CancelRequestDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = detail->findChild<ui::CancelRequestDialog *>(u"cancelRequestDialog"_s))
                && dialog->isVisible());
    // The contract is not forgotten: the dialog names it and offers to end or amend it.
    QCOMPARE(dialog->runningContractIds(), QStringList { m_contract });
    QVERIFY(child<QLabel>(dialog, u"cancelContractsLabel"_s)->isVisible());
    auto *end = child<QRadioButton>(dialog, u"cancelEndContractRadio"_s);
    QVERIFY(end->isChecked());
    QVERIFY(child<QRadioButton>(dialog, u"cancelAmendContractRadio"_s)->isVisible());
    auto *ok
        = child<QDialogButtonBox>(dialog, u"cancelRequestButtons"_s)->button(QDialogButtonBox::Ok);
    // No reason: refused, said under the field.
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, u"cancelReasonError"_s)->isVisible());
    QVERIFY(dialog->isVisible());
    const QString why = u"La personne est réhospitalisée."_s;
    testing::typeText(child<QPlainTextEdit>(dialog, u"cancelReasonEdit"_s), why);
    QVERIFY(testing::saveScreenshot(dialog, u"requests-cancel-contract"_s));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!detail->findChild<ui::CancelRequestDialog *>(u"cancelRequestDialog"_s));
    QVERIFY(m_desk.workspace->unconfirmedCommand(domain::entity::request, m_published));
    QVERIFY(m_desk.workspace->unconfirmedCommand(domain::entity::contract, m_contract));
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk.client.engine->isRunning(), 30000);
    QVERIFY(syncDesk());
    QVERIFY(m_desk.client.store.outbox({ u"rejected"_s }).isEmpty());

    // On the server: the request cancelled, its contract ended, the reason in the audit log.
    const auto request = testing::serverRecord(m_server.url(), m_desk.client.account,
                                               domain::entity::request, m_published);
    QVERIFY(request);
    QCOMPARE(request->data.value(u"status"_s).toString(), u"cancelled"_s);
    const auto contract = testing::serverRecord(m_server.url(), m_desk.client.account,
                                                domain::entity::contract, m_contract);
    QVERIFY(contract);
    QCOMPARE(contract->data.value(u"status"_s).toString(), u"ended"_s);
    const auto admin = testing::demoAccount(m_server, u"admin.releve"_s);
    QVERIFY(admin);
    const QJsonObject audit
        = testing::apiGet(m_server.url(), *admin, u"/v1/audit"_s, { { u"limit"_s, u"1000"_s } });
    bool cancelled = false;
    bool ended = false;
    for (const QJsonValue &entry : audit.value(u"entries"_s).toArray()) {
        const QString reason = entry[u"details"_s][u"reason"_s].toString();
        const QString subject = entry[u"subject"_s].toString();
        if (entry[u"action"_s].toString() == u"cancel"_s && subject.contains(m_published))
            cancelled = reason == why;
        if (entry[u"action"_s].toString() == u"end"_s && subject.contains(m_contract))
            ended = reason == why;
    }
    QVERIFY2(cancelled && ended, qPrintable(QString::fromUtf8(QJsonDocument(audit).toJson())));
}

void TestRequestBoard::bulkPublish_publishesEverySelectedDraft()
{
    const QDate day = QDate::currentDate().addDays(9);
    const QString first = draftOf(m_desk.client, u"Pontarion"_s, day, QTime(9, 0), QTime(10, 30));
    const QString second = draftOf(m_desk.client, u"Royère-de-Vassivière"_s, day.addDays(1),
                                   QTime(14, 0), QTime(16, 0));
    requests()->showMine();
    QTableView *table = requests()->table();
    table->clearSelection();
    clickRow(table, first);
    clickRow(table, second, Qt::ControlModifier);
    QCOMPARE(requests()->selectedRequestIds().size(), 2);
    auto *publish = child<QPushButton>(requests(), u"bulkPublishButton"_s);
    QVERIFY(publish->isVisible() && publish->isEnabled());
    QVERIFY(testing::saveScreenshot(m_desk.window.get(), u"requests-bulk"_s));
    QTest::mouseClick(publish, Qt::LeftButton);
    QVERIFY(m_desk.workspace->unconfirmedCommand(domain::entity::request, first));
    QVERIFY(m_desk.workspace->unconfirmedCommand(domain::entity::request, second));
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk.client.engine->isRunning(), 30000);
    QVERIFY(syncDesk());
    for (const QString &id : { first, second }) {
        const auto onServer = testing::serverRecord(m_server.url(), m_desk.client.account,
                                                    domain::entity::request, id);
        QVERIFY(onServer);
        QCOMPARE(onServer->data.value(u"status"_s).toString(), u"published"_s);
    }
}

void TestRequestBoard::bulkCancel_cancelsEverySelectedRequest()
{
    // The two just published.
    QStringList open;
    for (const store::CachedRecord &record : m_desk.client.store.records(domain::entity::request)) {
        const QString commune = record.data.value(u"mission_commune"_s).toString();
        if (record.structureId == m_desk.client.account.structureId
            && record.data.value(u"status"_s).toString() == u"published"_s
            && (commune == u"Pontarion"_s || commune == u"Royère-de-Vassivière"_s))
            open.append(record.id);
    }
    QCOMPARE(open.size(), 2);
    QTableView *table = requests()->table();
    table->clearSelection();
    clickRow(table, open.at(0));
    clickRow(table, open.at(1), Qt::ControlModifier);
    QTest::mouseClick(child<QPushButton>(requests(), u"bulkCancelButton"_s), Qt::LeftButton);
    ui::CancelRequestDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = requests()->findChild<ui::CancelRequestDialog *>(u"cancelRequestDialog"_s))
        && dialog->isVisible());
    QCOMPARE(dialog->requestIds().size(), 2);
    testing::typeText(child<QPlainTextEdit>(dialog, u"cancelReasonEdit"_s),
                      u"Intervenante de retour plus tôt que prévu."_s);
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, u"cancelRequestButtons"_s)->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk.client.engine->isRunning(), 30000);
    QVERIFY(syncDesk());
    for (const QString &id : std::as_const(open)) {
        const auto onServer = testing::serverRecord(m_server.url(), m_desk.client.account,
                                                    domain::entity::request, id);
        QVERIFY(onServer);
        QCOMPARE(onServer->data.value(u"status"_s).toString(), u"cancelled"_s);
    }
}

void TestRequestBoard::prescriber_seesOnlyTheFormAndItsRequests()
{
    const auto account = testing::demoAccount(m_server, u"prescripteur.genets"_s);
    QVERIFY(account);
    testing::DemoWindow prescriber;
    QVERIFY(prescriber.open(m_dir.filePath(u"genets.sqlite"_s), m_server.url(), *account));
    QTRY_COMPARE(prescriber.workspace->role(), u"prescriber"_s);
    ui::MainWindow *window = prescriber.window.get();
    QVERIFY(window->isPageAvailable(ui::MainWindow::Page::Requests));
    QVERIFY(!window->isPageAvailable(ui::MainWindow::Page::Planning));
    QVERIFY(!window->isPageAvailable(ui::MainWindow::Page::Staff));
    QCOMPARE(window->currentPage(), ui::MainWindow::Page::Requests);
    ui::RequestsView *view = window->requestsView();
    QCOMPARE(view->mode(), ui::RequestsView::Mode::Prescriber);
    QVERIFY(!child<QTabBar>(view, u"requestSectionTabs"_s)->isVisible());
    QTableView *table = view->table();
    QVERIFY(table->model()->rowCount() > 0);
    // Its own requests only (the demo's urgent one in Ahun among them).
    bool ahun = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        QVERIFY(index.data(ui::RequestListModel::MineRole).toBool());
        const QString id = index.data(ui::RequestListModel::RequestIdRole).toString();
        ahun = ahun
            || view->model()->requestAt(view->model()->rowOfRequest(id)).value(u"mission_commune"_s)
                == u"Ahun"_s;
    }
    QVERIFY(ahun);
    table->selectRow(0);
    // The follow-up: the proposals received; no staff of its own to propose.
    QVERIFY(!child<QPushButton>(view, u"proposeStaffButton"_s)->isVisible());
    QVERIFY(child<QWidget>(view, u"proposalsBox"_s)->isVisible());
    QVERIFY(testing::saveScreenshot(window, u"prescriber"_s));
    // And the form.
    window->activateWindow();
    QTest::keySequence(window, QKeySequence::New);
    ui::RequestFormDialog *form = nullptr;
    QTRY_VERIFY((form = view->findChild<ui::RequestFormDialog *>(u"requestFormDialog"_s))
                && form->isVisible());
    form->reject();
}

void TestRequestBoard::referent_seesTerritoryWithoutStaffNames()
{
    // The names of every worker of the territory, from their own agencies' caches.
    QStringList names;
    QList<std::shared_ptr<testing::DemoClient>> agencies;
    for (const auto &account : m_server.accounts()) {
        if (account.role != u"coordinator"_s)
            continue;
        auto client = std::make_shared<testing::DemoClient>();
        QVERIFY(client->start(m_dir.filePath(account.login + u"-names.sqlite"_s), m_server.url(),
                              account));
        for (const store::CachedRecord &record : client->store.records(domain::entity::staff)) {
            if (record.structureId != account.structureId)
                continue;
            names.append(record.data.value(u"first_name"_s).toString() + u' '
                         + record.data.value(u"last_name"_s).toString());
            names.append(record.data.value(u"last_name"_s).toString());
        }
    }
    QVERIFY(names.size() > 40);

    const auto account = testing::demoAccount(m_server, u"referent.creuse"_s);
    QVERIFY(account);
    testing::DemoWindow referent;
    QVERIFY(referent.open(m_dir.filePath(u"referent.sqlite"_s), m_server.url(), *account));
    QTRY_COMPARE(referent.workspace->role(), u"referent"_s);
    ui::MainWindow *window = referent.window.get();
    ui::RequestsView *view = window->requestsView();
    QCOMPARE(view->mode(), ui::RequestsView::Mode::Territory);
    QVERIFY(!window->isPageAvailable(ui::MainWindow::Page::Planning));
    QVERIFY(!window->isPageAvailable(ui::MainWindow::Page::Staff));
    QVERIFY(!window->isPageAvailable(ui::MainWindow::Page::Contracts));
    QCOMPARE(view->filter()->section(), ui::RequestFilterModel::Section::Territory);
    QTableView *table = view->table();
    QVERIFY(table->model()->rowCount() >= 4);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(
            table->model()->index(row, 0).data(ui::RequestListModel::DepartementRole).toString(),
            u"23"_s);
    QVERIFY(!child<QPushButton>(view, u"newRequestButton"_s)->isVisible());
    // The cancelled request with its ended contract, followed without anyone's name.
    view->showRequest(m_published);
    QCOMPARE(view->detail()->requestId(), m_published);
    auto *followUp = child<QLabel>(view, u"requestFollowUp"_s);
    QVERIFY(followUp->isVisible());
    QVERIFY(!followUp->text().isEmpty());
    for (const char *button : { "publishButton", "cancelRequestButton", "acceptProposalButton",
                                "proposeStaffButton", "openContractButton" })
        QVERIFY(!child<QPushButton>(view, QString::fromLatin1(button))->isVisible());
    QVERIFY(testing::saveScreenshot(window, u"referent"_s));

    // Every text of the window, and the detail of every row of the list: no staff name. (The
    // whole window once: the list does not change with the selection, and with the demo's six
    // months of history walking all of it for every row would be quadratic.)
    const auto hasNoName = [&names](const QString &text) {
        for (const QString &name : std::as_const(names)) {
            if (text.contains(name, Qt::CaseInsensitive)) {
                qWarning() << "staff name shown:" << name;
                return false;
            }
        }
        return true;
    };
    QVERIFY(hasNoName(testing::visibleText(window)));
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown.append(
            table->model()->index(row, 0).data(ui::RequestListModel::RequestIdRole).toString());
    for (const QString &id : std::as_const(shown)) {
        // (Not QTableView::selectRow: with the extended selection it follows the keyboard
        // modifiers of the last event, and may add to the selection instead.)
        view->showRequest(id);
        QCOMPARE(view->detail()->requestId(), id);
        QVERIFY2(hasNoName(testing::visibleText(view->detail())), qPrintable(id));
    }
    QVERIFY(hasNoName(testing::visibleText(window)));
}

void TestRequestBoard::everyControl_hasAnAccessibleName()
{
    m_desk.window->showPage(ui::MainWindow::Page::Requests);
    requests()->showMine();
    requests()->table()->selectRow(0);
    QStringList missing = testing::controlsWithoutAccessibleName(m_desk.window.get());
    requests()->showIncoming();
    requests()->table()->selectRow(0);
    missing += testing::controlsWithoutAccessibleName(m_desk.window.get());
    ui::RequestFormDialog *form = requests()->newRequest();
    QVERIFY(form);
    // Every part of the form: the hospital stay's fields are enabled.
    child<QCheckBox>(form, u"requestFormHospital"_s)->setChecked(true);
    missing += testing::controlsWithoutAccessibleName(form);
    form->reject();
    // The cancellation dialog.
    requests()->showMine();
    requests()->table()->selectRow(0);
    requests()->detail()->cancelRequest();
    auto *cancel = requests()->findChild<ui::CancelRequestDialog *>(u"cancelRequestDialog"_s);
    QVERIFY(cancel);
    missing += testing::controlsWithoutAccessibleName(cancel);
    cancel->reject();
    // The navigation names its screens.
    auto *navigation = child<QListWidget>(m_desk.window.get(), u"navigationList"_s);
    for (int row = 0; row < navigation->count(); ++row)
        QVERIFY(!navigation->item(row)->data(Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestRequestBoard::cleanupTestCase()
{
    ui::DesktopNotifier::setSink({});
    m_tester.reset();
    m_desk.window.reset();
    m_desk.workspace.reset();
    m_lender.reset();
    m_server.stop();
}

QTEST_MAIN(TestRequestBoard)
#include "tst_requestboard.moc"

// The matching as a coordinator sees it (issue 5), on real widgets (offscreen):
// - the candidate list says when each worker's availability was last confirmed, as a French
//   date, and flags the stale ones;
// - offline (the server cannot be reached), "Propose one of my staff" ranks the coordinator's
//   own staff from the local cache with the engine's order and explanations, shows the
//   labour-limit warnings before proposing, and the proposal chosen with the mouse and the
//   keyboard is queued in the outbox, waiting for the network.
// Screenshot: docs/screenshots/propose-staff-preview.png.
#include "tests/core/matching/cachefixture.h"

#include "ui/common/language.h"
#include "ui/common/workspace.h"
#include "ui/requests/candidatemodel.h"
#include "ui/requests/proposestaffdialog.h"
#include "ui/requests/requestdetailwidget.h"

#include "core/domain/entity.h"
#include "core/matching/explanation.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/syncengine.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace releve;
using namespace releve::matching::cachetest;
using namespace Qt::StringLiterals;

namespace {

template<typename T> T *findIn(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestMatchingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidateModel_showsWhenAvailabilityWasConfirmed();
    void proposeOffline_ranksMyStaffWarnsAndQueuesTheProposal();

private:
    void feed(store::LocalStore &store, const QString &entity, const QJsonObject &data);
};

void TestMatchingUi::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    // The interface in French when its translation is built in, as users see it.
    ui::installTranslations(QCoreApplication::instance(), u"fr"_s);
}

void TestMatchingUi::feed(store::LocalStore &store, const QString &entity, const QJsonObject &data)
{
    const QString error = feedRecord(store, entity, data);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMatchingUi::candidateModel_showsWhenAvailabilityWasConfirmed()
{
    ui::CandidateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime fresh(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    const QDateTime old(QDate(2026, 10, 2), QTime(23, 30), Qt::UTC); // 3 October in Paris
    const auto candidate = [](int rank, const QJsonValue &confirmed, bool stale) {
        return QJsonObject { { u"staff_id"_s, newId() },
                             { u"structure_id"_s, newId() },
                             { u"pseudonym"_s, u"Intervenant·e %1"_s.arg(rank) },
                             { u"rank"_s, rank },
                             { u"covers_all"_s, true },
                             { u"covered_intervention_ids"_s, QJsonArray { newId() } },
                             { u"availability_confirmed_at"_s, confirmed },
                             { u"availability_stale"_s, stale } };
    };
    model.setCandidates({ candidate(1, fresh.toString(Qt::ISODate), false),
                          candidate(2, old.toString(Qt::ISODate), true),
                          candidate(3, QJsonValue::Null, true) },
                        1);
    const auto cell = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, ui::CandidateModel::FreshnessColumn).data(role);
    };
    QCOMPARE(model.headerData(ui::CandidateModel::FreshnessColumn, Qt::Horizontal).toString(),
             ui::CandidateModel::tr("Availability confirmed"));
    QCOMPARE(cell(0).toString(), u"20/11/2026"_s);
    QCOMPARE(cell(1).toString(), u"03/10/2026"_s); // the Paris date, not the UTC one
    QCOMPARE(cell(2).toString(), ui::CandidateModel::tr("Never"));
    QCOMPARE(cell(0, ui::CandidateModel::ConfirmedAtRole).toDateTime(), fresh);
    QVERIFY(!cell(0, ui::CandidateModel::StaleRole).toBool());
    QVERIFY(cell(1, ui::CandidateModel::StaleRole).toBool());
    QVERIFY(!cell(0, Qt::ForegroundRole).isValid());
    QVERIFY(cell(1, Qt::ForegroundRole).isValid());
    QVERIFY(cell(1, Qt::ToolTipRole).toString().contains(u"03/10/2026"_s));
    QVERIFY(cell(0, Qt::ToolTipRole).toString().contains(u"20/11/2026"_s));
    QVERIFY(!cell(2, Qt::ToolTipRole).toString().isEmpty());
}

void TestMatchingUi::proposeOffline_ranksMyStaffWarnsAndQueuesTheProposal()
{
    QTemporaryDir dir;
    store::LocalStore store;
    QVERIFY(store.open(dir.filePath(u"cache.sqlite"_s)));
    // No server at this address: everything below happens offline.
    QNetworkAccessManager network;
    sync::ApiClient api(&network);
    api.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
    sync::SyncEngine engine(&store, &api);
    ui::Workspace workspace(&store, &api, &engine);

    const QString mine = newId();
    const QString requester = newId();
    feed(store, domain::entity::structure,
         { { u"id"_s, mine }, { u"name"_s, u"ADMR Mende"_s }, { u"shares_staff"_s, true } });
    feed(store, domain::entity::structure,
         { { u"id"_s, requester }, { u"name"_s, u"SSIAD Marvejols"_s } });
    workspace.setAccount(u"coord.mende"_s, mine);

    const QDate monday = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek() + 14);
    const auto staff = [&](const QString &first, double km, bool consent = true) {
        const QString id = newId();
        feed(store, domain::entity::staff,
             { { u"id"_s, id },
               { u"structure_id"_s, mine },
               { u"first_name"_s, first },
               { u"last_name"_s, u"Martin"_s },
               { u"qualification"_s, u"deaes"_s },
               { u"home"_s, north(km) },
               { u"max_travel_km"_s, 30 },
               { u"consent_sharing"_s, consent },
               { u"active"_s, true },
               { u"availability_confirmed_at"_s,
                 QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate) } });
        for (int day = -1; day < 2; ++day)
            feed(store, domain::entity::availability,
                 { { u"id"_s, newId() },
                   { u"structure_id"_s, mine },
                   { u"staff_id"_s, id },
                   { u"start"_s, at(monday.addDays(day), 7) },
                   { u"end"_s, at(monday.addDays(day), 13) },
                   { u"kind"_s, u"available"_s } });
        return id;
    };
    const QString alice = staff(u"Alice"_s, 2);
    const QString bruno = staff(u"Bruno"_s, 6);
    const QString emma = staff(u"Emma"_s, 45); // beyond her 30 km
    const QString fabien = staff(u"Fabien"_s, 3, false); // no consent: never listed

    // Bruno worked until 23:30 on Sunday for another request: 9 h 30 of rest before Monday 9:00.
    const QString sundayRequest = newId();
    feed(store, domain::entity::request,
         { { u"id"_s, sundayRequest },
           { u"structure_id"_s, requester },
           { u"status"_s, u"contracted"_s },
           { u"mission_location"_s, north(0) },
           { u"interventions"_s, QJsonArray {} } });
    feed(store, domain::entity::contract,
         { { u"id"_s, newId() },
           { u"structure_id"_s, mine },
           { u"request_id"_s, sundayRequest },
           { u"staff_id"_s, bruno },
           { u"staff_name"_s, u"Bruno Martin"_s },
           { u"status"_s, u"active"_s },
           { u"interventions"_s,
             QJsonArray { QJsonObject { { u"id"_s, newId() },
                                        { u"start"_s, at(monday.addDays(-1), 20) },
                                        { u"end"_s, at(monday.addDays(-1), 23, 30) } } } } });

    // The incoming request, as another structure's published request reaches the cache.
    const QString requestId = newId();
    QJsonArray interventions;
    for (int day = 0; day < 2; ++day)
        interventions.append(QJsonObject { { u"id"_s, newId() },
                                           { u"start"_s, at(monday.addDays(day), 9) },
                                           { u"end"_s, at(monday.addDays(day), 11) } });
    feed(store, domain::entity::request,
         { { u"id"_s, requestId },
           { u"structure_id"_s, requester },
           { u"status"_s, u"published"_s },
           { u"reason"_s, u"sick_leave"_s },
           { u"mission_commune"_s, u"Mende"_s },
           { u"mission_location"_s, north(0) },
           { u"needs"_s, QJsonArray { u"toilette"_s } },
           { u"interventions"_s, interventions },
           { u"radius_km"_s, 30 } });

    ui::RequestDetailWidget detail(&workspace);
    detail.resize(900, 700);
    detail.show();
    detail.showRequest(requestId);
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    auto *proposeButton = findIn<QPushButton>(&detail, u"proposeStaffButton"_s);
    QVERIFY(proposeButton && proposeButton->isVisible());
    QTest::mouseClick(proposeButton, Qt::LeftButton);
    ui::ProposeStaffDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = detail.findChild<ui::ProposeStaffDialog *>(u"proposeStaffDialog"_s))
                && dialog->isVisible());

    // Eligible first, in the engine's order; then the consenting worker it leaves out, and why.
    auto *list = findIn<QTreeWidget>(dialog, u"proposeStaffList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(dialog->eligibleCount(), 2);
    const auto row = [&](int r, int column) {
        return list->topLevelItem(r)->text(column);
    };
    QCOMPARE(row(0, ui::ProposeStaffDialog::StaffColumn), u"Alice Martin"_s);
    QCOMPARE(row(0, ui::ProposeStaffDialog::RankColumn), u"1"_s);
    QCOMPARE(row(1, ui::ProposeStaffDialog::StaffColumn), u"Bruno Martin"_s);
    QCOMPARE(row(2, ui::ProposeStaffDialog::StaffColumn), u"Emma Martin"_s);
    QVERIFY(row(2, ui::ProposeStaffDialog::RankColumn).isEmpty());
    QVERIFY(!list->topLevelItem(2)->toolTip(ui::ProposeStaffDialog::CoversColumn).isEmpty());
    for (int r = 0; r < list->topLevelItemCount(); ++r)
        QVERIFY(!row(r, ui::ProposeStaffDialog::StaffColumn).startsWith(u"Fabien"_s));
    QCOMPARE(dialog->preview().candidates.at(1).labourWarnings.size(), 1);

    // Bruno, with the mouse: his labour-limit warning shows before anything is proposed.
    auto *details = findIn<QLabel>(dialog, u"proposeDetailsLabel"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->topLevelItem(1)).center());
    QCOMPARE(dialog->staffId(), bruno);
    QVERIFY2(
        details->text().contains(dialog->preview().candidates.at(1).labourWarnings.first().message),
        qPrintable(details->text()));
    QVERIFY(store.outbox().isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString screenshots = QStringLiteral(RELEVE_SOURCE_DIR) + u"/docs/screenshots"_s;
    QDir().mkpath(screenshots);
    QVERIFY(dialog->grab().save(screenshots + u"/propose-staff-preview.png"_s));
    // Emma: why the platform would leave her out.
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(dialog->staffId(), emma);
    QVERIFY(dialog->interventionIds().isEmpty());
    const auto emmaOut
        = std::find_if(dialog->preview().excluded.cbegin(), dialog->preview().excluded.cend(),
                       [&](const matching::Exclusion &e) { return e.staffId == emma; });
    QVERIFY(emmaOut != dialog->preview().excluded.cend());
    QCOMPARE(emmaOut->code, u"beyond_max_travel"_s);
    QVERIFY2(details->text().contains(emmaOut->message), qPrintable(details->text()));
    // Back to the first with the keyboard: Alice, and why she ranks first.
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(dialog->staffId(), alice);
    QCOMPARE(dialog->interventionIds().size(), 2); // she covers both
    QVERIFY(details->text().contains(u"Alice Martin"_s));
    QVERIFY(details->text().contains(
        matching::explainReason(dialog->preview().candidates.at(0).candidate.reasonCodes.first())));
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"proposeNoteEdit"_s), u"Permis B, voiture."_s);

    QTest::mouseClick(
        findIn<QDialogButtonBox>(dialog, u"proposeButtons"_s)->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    // Queued in the outbox, offline, with Alice and the note.
    QTRY_COMPARE(store.outbox().size(), 1);
    const store::OutboxEntry entry = store.outbox().first();
    QCOMPARE(entry.entity, domain::entity::proposal);
    QCOMPARE(entry.op, u"command"_s);
    QCOMPARE(entry.data.value(u"command"_s).toString(), u"propose"_s);
    QCOMPARE(entry.data.value(u"request_id"_s).toString(), requestId);
    QCOMPARE(entry.data.value(u"staff_id"_s).toString(), alice);
    QCOMPARE(entry.data.value(u"note"_s).toString(), u"Permis B, voiture."_s);
    QVERIFY(entry.state == u"pending"_s || entry.state == u"sent"_s);
    Q_UNUSED(fabien);
}

QTEST_MAIN(TestMatchingUi)
#include "tst_matchingui.moc"

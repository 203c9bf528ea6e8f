// Issue 2's end-to-end path, through every layer: agency A edits a worker's availability while
// the server is down and syncs when it is back; agency B publishes a request; the server ranks
// A's worker first; A proposes; B accepts; B prints the convention de mise à disposition
// (Code du travail L8241-2) and reads its text back with pdftotext. Until the acceptance, B
// never receives the name, phone or home of any of A's staff.
#include "core/contracts/contractdocument.h"
#include "core/domain/contract.h"
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/staffmember.h"
#include "core/domain/availabilityslot.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/syncengine.h"
#include "tests/common/serverprocess.h"
#include "tests/common/tcpproxy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace releve;
using releve::testing::ServerProcess;
using releve::testing::TcpProxy;

namespace {

// One agency's client: its own cache, REST client and sync engine, as the application has.
struct ClientCore
{
    explicit ClientCore(const QString &cachePath)
    {
        auto opened = store.open(cachePath);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        engine = std::make_unique<sync::SyncEngine>(&store, &api);
    }

    bool signIn(const QUrl &url, const QJsonObject &account)
    {
        api.setBaseUrl(url);
        sync::ApiReply *reply = api.login(account[u"login"_qs].toString(),
                                          account[u"password"_qs].toString());
        QSignalSpy done(reply, &sync::ApiReply::finished);
        if (!done.wait(30000) || !reply->ok())
            return false;
        api.setAccessToken(reply->json()[u"access_token"_qs].toString());
        structureId = account[u"structure_id"_qs].toString();
        return true;
    }

    // One push+pull cycle; returns whether it succeeded.
    bool sync()
    {
        QSignalSpy finished(engine.get(), &sync::SyncEngine::syncFinished);
        engine->syncNow();
        if (!finished.wait(60000))
            return false;
        return finished.constLast().at(0).toBool();
    }

    QJsonObject fetch(const QString &path)
    {
        sync::ApiReply *reply = api.get(path);
        QSignalSpy done(reply, &sync::ApiReply::finished);
        done.wait(30000);
        return reply->json();
    }

    QNetworkAccessManager network;
    sync::ApiClient api{ &network };
    store::LocalStore store;
    std::unique_ptr<sync::SyncEngine> engine;
    QString structureId;
};

QDateTime parisTime(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone("Europe/Paris")).toUTC();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QByteArray bytes = file.readAll();
    // The WAL holds recent pages too.
    QFile wal(path + u"-wal"_qs);
    if (wal.open(QIODevice::ReadOnly))
        bytes += wal.readAll();
    return bytes;
}

} // namespace

class TestWalkingSkeleton : public QObject
{
    Q_OBJECT

private slots:
    void availabilityToPrintedContract_endToEnd();
};

void TestWalkingSkeleton::availabilityToPrintedContract_endToEnd()
{
    QTemporaryDir dir;
    ServerProcess server;
    const QJsonArray accounts = server.seedDemo();
    QVERIFY2(!accounts.isEmpty(), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    // B talks through a recording proxy: every byte B receives is searched below.
    TcpProxy proxy(server.port());

    const QJsonObject accountA = ServerProcess::account(accounts, u"coordinator"_qs, 0);
    const QJsonObject accountB = ServerProcess::account(accounts, u"coordinator"_qs, 1);
    QVERIFY(!accountA.isEmpty() && !accountB.isEmpty());
    QVERIFY(accountA[u"structure_id"_qs] != accountB[u"structure_id"_qs]);

    ClientCore a(dir.filePath(u"a.sqlite"_qs));
    ClientCore b(dir.filePath(u"b.sqlite"_qs));
    QVERIFY(a.signIn(server.url(), accountA));
    QUrl viaProxy(u"http://127.0.0.1"_qs);
    viaProxy.setPort(proxy.port());
    QVERIFY(b.signIn(viaProxy, accountB));
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    // A's worker: the first consenting staff member of A with a home point.
    QJsonObject worker;
    for (const auto &record : a.store.records(domain::entity::staff)) {
        if (record.structureId == a.structureId
            && record.data[u"consent_sharing"_qs].toBool()
            && record.data.contains(u"home"_qs)) {
            worker = record.data;
            break;
        }
    }
    QVERIFY(!worker.isEmpty());
    const QString workerId = worker[u"id"_qs].toString();
    const QString workerName = worker[u"first_name"_qs].toString() + u' '
            + worker[u"last_name"_qs].toString();

    // The server goes down; A records an availability offline, on a Monday five weeks ahead
    // (past the seeded four weeks, so the ranking depends on this edit).
    const QDate today = QDate::currentDate();
    const QDate day = today.addDays(8 - today.dayOfWeek() + 35);
    const quint16 serverPort = server.port();
    server.stop();
    QJsonObject slot{ { u"id"_qs, domain::newId() },
                      { u"structure_id"_qs, a.structureId },
                      { u"staff_id"_qs, workerId },
                      { u"start"_qs, domain::instantToJson(parisTime(day, 6, 30)) },
                      { u"end"_qs, domain::instantToJson(parisTime(day, 13, 0)) },
                      { u"kind"_qs, u"available"_qs },
                      { u"note"_qs, u"Remplacement possible le matin"_qs } };
    // Availabilities already seeded that overlap would be an "overlap" error: clear that day.
    for (const auto &record : a.store.recordsWhere(domain::entity::availability,
                                                   u"staff_id"_qs, workerId)) {
        const auto existing = domain::AvailabilitySlot::fromJson(record.data);
        if (existing.ok()
            && !existing->occurrences(parisTime(day, 0), parisTime(day.addDays(1), 0)).isEmpty())
            QVERIFY(a.store.deleteRecord(domain::entity::availability, record.id).ok());
    }
    const auto saved = a.store.saveRecord(domain::entity::availability, slot);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QVERIFY(!a.sync()); // the server is down: the edit stays in the outbox
    QVERIFY(a.store.pendingCount() > 0);
    QCOMPARE(a.engine->state(), sync::SyncEngine::State::Offline);

    // The server comes back on the same port; A's edit reaches it exactly once.
    QVERIFY2(server.start(serverPort), qPrintable(server.lastError()));
    a.api.setBaseUrl(server.url());
    proxy.setUpstreamPort(server.port());
    QVERIFY(a.sync());
    QVERIFY(a.sync());
    QCOMPARE(a.store.pendingCount(), 0);
    const auto onServer = a.store.record(domain::entity::availability, slot[u"id"_qs].toString());
    QVERIFY(onServer.has_value());
    QCOMPARE(onServer->version, 1);

    // B publishes a request at the worker's door, next Monday 09:00–11:00.
    const QJsonObject home = worker[u"home"_qs].toObject();
    const QString requestId = domain::newId();
    QJsonObject request{
        { u"id"_qs, requestId },
        { u"structure_id"_qs, b.structureId },
        { u"reason"_qs, u"sick_leave"_qs },
        { u"urgency"_qs, u"urgent"_qs },
        { u"mission_address"_qs, u"3 rue des Tilleuls"_qs },
        { u"mission_commune"_qs, u"Bourganeuf"_qs },
        { u"mission_location"_qs,
          QJsonObject{ { u"lat"_qs, home[u"lat"_qs].toDouble() + 0.001 },
                       { u"lon"_qs, home[u"lon"_qs].toDouble() } } },
        { u"beneficiary_ref"_qs, u"BEN-0042"_qs },
        { u"gir"_qs, 3 },
        { u"needs"_qs, QJsonArray{ u"toilette"_qs, u"repas"_qs } },
        { u"consent_recorded"_qs, true },
        { u"interventions"_qs,
          QJsonArray{ QJsonObject{ { u"id"_qs, domain::newId() },
                                   { u"start"_qs, domain::instantToJson(parisTime(day, 9)) },
                                   { u"end"_qs, domain::instantToJson(parisTime(day, 11)) } } } },
        { u"radius_km"_qs, 30 },
    };
    const auto draft = b.store.saveRecord(domain::entity::request, request);
    QVERIFY2(draft.ok(), qPrintable(draft.error().toString()));
    QVERIFY(b.store.queueCommand(domain::entity::request, requestId,
                                 { { u"command"_qs, u"publish"_qs } }).ok());
    QVERIFY(b.sync());
    QVERIFY(b.sync());
    QCOMPARE(b.store.record(domain::entity::request, requestId)->data[u"status"_qs].toString(),
             u"published"_qs);

    // The server ranks A's worker first.
    const QJsonObject ranking = b.fetch(u"/v1/requests/"_qs + requestId + u"/candidates"_qs);
    const QJsonArray candidates = ranking[u"candidates"_qs].toArray();
    QVERIFY2(!candidates.isEmpty(), QJsonDocument(ranking).toJson().constData());
    QCOMPARE(candidates.first()[u"staff_id"_qs].toString(), workerId);
    QCOMPARE(candidates.first()[u"structure_id"_qs].toString(), a.structureId);

    // A sees the request and proposes its worker.
    QVERIFY(a.sync());
    const auto incoming = a.store.record(domain::entity::request, requestId);
    QVERIFY(incoming.has_value());
    QVERIFY(!incoming->data.contains(u"beneficiary_ref"_qs)
            || incoming->data[u"beneficiary_ref"_qs].toString().isEmpty());
    const QString proposalId = domain::newId();
    QVERIFY(a.store.queueCommand(domain::entity::proposal, proposalId,
                                 { { u"command"_qs, u"propose"_qs },
                                   { u"request_id"_qs, requestId },
                                   { u"staff_id"_qs, workerId } }).ok());
    QVERIFY(a.sync());

    // Until now, B has received no name, phone or home of any of A's staff.
    QVERIFY(b.sync());
    QVERIFY(b.store.record(domain::entity::proposal, proposalId).has_value());
    const QByteArray beforeAcceptance = fileBytes(b.store.path()) + proxy.received();
    for (const auto &record : a.store.records(domain::entity::staff)) {
        if (record.structureId != a.structureId)
            continue;
        for (const QString &field : { u"first_name"_qs, u"last_name"_qs, u"phone"_qs }) {
            const QByteArray value = record.data[field].toString().toUtf8();
            QVERIFY2(value.size() < 3 || !beforeAcceptance.contains(value),
                     qPrintable(u"B received A's staff "_qs + field));
        }
        const QByteArray lat = QByteArray::number(record.data[u"home"_qs][u"lat"_qs].toDouble(), 'g', 17);
        QVERIFY2(!beforeAcceptance.contains(lat), "B received the home of one of A's staff");
    }
    for (const auto &record : b.store.records(domain::entity::staff)) {
        if (record.structureId == b.structureId)
            continue;
        for (const QString &field : domain::StaffMember::privateFields())
            QVERIFY2(!record.data.contains(field), qPrintable(field));
    }

    // B accepts; the contract reaches both parties.
    QVERIFY(b.store.queueCommand(domain::entity::proposal, proposalId,
                                 { { u"command"_qs, u"accept"_qs } }).ok());
    QVERIFY(b.sync());
    QVERIFY(b.sync());
    QCOMPARE(b.store.record(domain::entity::proposal, proposalId)->data[u"status"_qs].toString(),
             u"accepted"_qs);
    const auto contracts = b.store.recordsWhere(domain::entity::contract, u"request_id"_qs,
                                                requestId);
    QCOMPARE(contracts.size(), 1);
    const auto contract = domain::Contract::fromJson(contracts.first().data);
    QVERIFY2(contract.ok(), qPrintable(contract.error().toString()));
    QCOMPARE(contract->staffName, workerName);
    QVERIFY(a.sync());
    QVERIFY(a.store.record(domain::entity::contract, contract->id).has_value());

    // B prints the convention to PDF and reads it back.
    const QString pdfPath = dir.filePath(u"convention.pdf"_qs);
    const auto written = contracts::ContractDocument::writePdf(*contract, pdfPath,
                                                               QLocale(QLocale::French));
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_qs, { u"-layout"_qs, pdfPath, u"-"_qs });
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .simplified();
    QVERIFY2(text.contains(accountA[u"structure_name"_qs].toString()), qPrintable(text));
    QVERIFY2(text.contains(accountB[u"structure_name"_qs].toString()), qPrintable(text));
    QVERIFY2(text.contains(workerName), qPrintable(text));
    QVERIFY2(text.contains(u"L8241-2"_qs), qPrintable(text));
    QVERIFY2(text.contains(QLocale(QLocale::French).toString(day, u"d MMMM yyyy"_qs)),
             qPrintable(text));
    QVERIFY2(text.contains(u"09:00"_qs) && text.contains(u"11:00"_qs), qPrintable(text));
}

QTEST_MAIN(TestWalkingSkeleton)
#include "tst_walkingskeleton.moc"

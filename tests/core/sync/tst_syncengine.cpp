// Tests of core/sync/syncengine.cpp against the real releve-server (loopback, temporary SQLite
// database seeded with the demo territory): two agencies sync; an edit made while the server is
// down arrives once after its restart; a replayed push changes nothing; two clients of the same
// agency see a conflict on the same field and a merge on different fields; a rejected change
// does not block the ones after it; a restored server (410) and a restored client cache (409)
// lose nothing. Every scenario ends with the convergence check of STYLE.md: each cache equals
// what the server's feed gives that client, record by record, and its outbox is empty.
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"
#include "tests/common/serverprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using releve::domain::newId;
using releve::store::CachedRecord;
using releve::store::LocalStore;
using releve::sync::ApiClient;
using releve::sync::ApiReply;
using releve::sync::Session;
using releve::sync::SyncEngine;
using releve::testing::ServerProcess;

namespace entity = releve::domain::entity;

namespace {

// Waits for a reply and copies what it said.
struct Answer
{
    bool ok = false;
    int status = 0;
    QJsonObject json;
    QString error;
};

Answer await(ApiReply *reply)
{
    auto answer = std::make_shared<std::optional<Answer>>();
    QObject::connect(reply, &ApiReply::finished, reply, [answer, reply] {
        *answer
            = Answer { reply->ok(), reply->httpStatus(), reply->json(), reply->error().toString() };
    });
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, 60000))
        return Answer { false, 0, {}, u"no answer"_s };
    return **answer;
}

// One coordinator's workstation: its cache, REST client, session and sync engine.
class Client
{
public:
    Client(const QString &cachePath, const QUrl &server, const QJsonObject &account)
        : m_account(account)
    {
        const auto opened = store.open(cachePath);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        api.setTransferTimeout(10000);
        engine = std::make_unique<SyncEngine>(&store, &api);
        SyncEngine::Timing timing;
        timing.backoffBaseMs = 100;
        timing.backoffCapMs = 500;
        timing.debounceMs = 50;
        engine->setTiming(timing);
        QSignalSpy signedIn(&session, &Session::signedIn);
        QSignalSpy failed(&session, &Session::signInFailed);
        session.signIn(server, account.value(u"login"_s).toString(),
                       account.value(u"password"_s).toString());
        QVERIFY(QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, 30000));
        QVERIFY2(signedIn.size() == 1, "sign-in failed");
        m_ready = true;
    }

    bool ready() const { return m_ready; }
    QString structureId() const { return m_account.value(u"structure_id"_s).toString(); }

    // One push+pull cycle.
    bool sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow();
        if (!finished.wait(60000))
            return false;
        if (!finished.constLast().at(0).toBool())
            qWarning() << "sync failed:" << engine->lastError();
        return finished.constLast().at(0).toBool();
    }

    // What the server's feed gives this client from the beginning, by "entity/id".
    QMap<QString, LocalStore::Change> serverView()
    {
        QMap<QString, LocalStore::Change> view;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            const Answer answer = await(api.changes(cursor, 500));
            if (!answer.ok) {
                qWarning() << "feed:" << answer.error;
                return {};
            }
            for (const QJsonValue &value : answer.json.value(u"changes"_s).toArray()) {
                LocalStore::Change change;
                change.entity = value[u"entity"_s].toString();
                change.id = value[u"id"_s].toString();
                change.version = value[u"version"_s].toInteger();
                change.deleted = value[u"deleted"_s].toBool();
                change.data = value[u"data"_s].toObject();
                view.insert(change.entity + u'/' + change.id, change);
            }
            cursor = answer.json.value(u"cursor"_s).toString();
            if (!answer.json.value(u"has_more"_s).toBool())
                break;
        }
        return view;
    }

    // A staff member of this agency, as cached.
    QString ownStaffId()
    {
        for (const CachedRecord &staff : store.records(entity::staff)) {
            if (staff.structureId == structureId() && staff.data.contains(u"first_name"_s))
                return staff.id;
        }
        return {};
    }

    QJsonObject newSlot(const QString &start, const QString &end, const QString &note = {})
    {
        return QJsonObject { { u"id"_s, newId() },
                             { u"structure_id"_s, structureId() },
                             { u"staff_id"_s, ownStaffId() },
                             { u"start"_s, start },
                             { u"end"_s, end },
                             { u"kind"_s, u"available"_s },
                             { u"note"_s, note } };
    }

    QNetworkAccessManager network;
    ApiClient api { &network };
    Session session { &api, Session::TokenStorage::MemoryOnly };
    LocalStore store;
    std::unique_ptr<SyncEngine> engine;

private:
    QJsonObject m_account;
    bool m_ready = false;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QJsonArray m_accounts;
    QJsonObject m_secondCoordinator; // a second coordinator of the first agency
    QTemporaryDir m_dir;
    int m_counter = 0;
    int m_day = 0;

    QString newCache() { return m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_counter)); }
    QJsonObject coordinator(int index)
    {
        return ServerProcess::account(m_accounts, u"coordinator"_s, index);
    }

    // A free morning in 2027 (the demo's slots end in 2026), a different one for each call.
    std::pair<QString, QString> freeMorning()
    {
        const QDate day = QDate(2027, 3, 1).addDays(m_day++);
        const QString date = day.toString(Qt::ISODate);
        return { date + u"T08:00:00Z"_s, date + u"T11:00:00Z"_s };
    }

    bool runAdmin(const QStringList &arguments)
    {
        QProcess admin;
        admin.start(QStringLiteral(RELEVE_SERVER_EXE),
                    QStringList { u"admin"_s } + arguments
                        + QStringList { u"--db"_s, m_server->databasePath() });
        if (!admin.waitForFinished(60000) || admin.exitCode() != 0) {
            qWarning() << admin.readAllStandardError();
            return false;
        }
        return true;
    }

    // STYLE.md: every cache equals the server's view of what that client may see, and its outbox
    // is empty.
    void verifyConverged(Client &client)
    {
        QCOMPARE(client.store.outbox().size(), 0);
        QCOMPARE(client.store.pendingCount(), 0);
        QVERIFY(client.store.conflicts().isEmpty());
        const QMap<QString, LocalStore::Change> server = client.serverView();
        QVERIFY(!server.isEmpty());
        int live = 0;
        for (const LocalStore::Change &change : server) {
            const auto cached = client.store.record(change.entity, change.id);
            if (change.deleted) {
                QVERIFY2(!cached || cached->deleted, qPrintable(change.entity + u' ' + change.id));
                continue;
            }
            ++live;
            QVERIFY2(cached.has_value(), qPrintable(change.entity + u' ' + change.id));
            QCOMPARE(cached->version, change.version);
            QVERIFY(!cached->deleted);
            QCOMPARE(cached->syncState, u"synced"_s);
            QCOMPARE(cached->data, change.data);
        }
        int cachedLive = 0;
        for (const QString &name : entity::all)
            cachedLive += int(client.store.records(name).size());
        QCOMPARE(cachedLive, live);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(RELEVE_SERVER_EXE)),
                 "releve-server is not built: cmake --build <dir> --target releve-server");
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ServerProcess>();
        m_accounts = m_server->seedDemo();
        QVERIFY2(!m_accounts.isEmpty(), qPrintable(m_server->lastError()));
        const QJsonObject first = coordinator(0);
        m_secondCoordinator = QJsonObject {
            { u"login"_s, u"coord.second"_s },
            { u"password"_s, u"Second-Coordinator-2026"_s },
            { u"role"_s, u"coordinator"_s },
            { u"structure_id"_s, first.value(u"structure_id"_s) },
        };
        QVERIFY(runAdmin({ u"create-account"_s, u"--login"_s, u"coord.second"_s, u"--password"_s,
                           u"Second-Coordinator-2026"_s, u"--role"_s, u"coordinator"_s,
                           u"--structure-id"_s, first.value(u"structure_id"_s).toString() }));
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void twoAgencies_syncAndConverge()
    {
        Client a(newCache(), m_server->url(), coordinator(0));
        Client b(newCache(), m_server->url(), coordinator(1));
        QVERIFY(a.ready() && b.ready());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(!a.ownStaffId().isEmpty());
        QVERIFY(a.engine->lastSuccessfulSync().isValid());
        QCOMPARE(a.engine->state(), SyncEngine::State::Idle);

        const auto [start, end] = freeMorning();
        const auto saved
            = a.store.saveRecord(entity::availability, a.newSlot(start, end, u"only for us"_s));
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QCOMPARE(a.store.pendingCount(), 1);
        QVERIFY(a.sync());
        QCOMPARE(a.store.record(entity::availability, saved->id)->syncState, u"synced"_s);
        QCOMPARE(a.store.record(entity::availability, saved->id)->version, 1);
        QVERIFY(b.sync());
        // B receives A's slot when A shares that worker, and never A's note.
        const auto seenByB = b.store.record(entity::availability, saved->id);
        if (seenByB)
            QVERIFY(!seenByB->data.value(u"note"_s).toString().contains(u"only for us"_s));
        verifyConverged(a);
        verifyConverged(b);
    }

    // The feed says how much follows each page (docs/protocol.md, "Cursor"), so a long pull
    // shows a determinate progress bar; every answer carries a Date the engine measures its clock
    // offset from.
    void longPull_reportsRemainingAndDeterminateProgress()
    {
        Client a(newCache(), m_server->url(), coordinator(0));
        QVERIFY(a.ready());
        const int total = a.serverView().size();
        QVERIFY(total > 100);
        // remaining, page by page, against what the walk actually received.
        QString cursor;
        int received = 0;
        for (int page = 0; page < 1000; ++page) {
            const Answer answer = await(a.api.changes(cursor, 40));
            QVERIFY(answer.ok);
            received += int(answer.json.value(u"changes"_s).toArray().size());
            const bool more = answer.json.value(u"has_more"_s).toBool();
            QVERIFY(answer.json.contains(u"remaining"_s));
            const int remaining = answer.json.value(u"remaining"_s).toInt(-1);
            if (!more) {
                QCOMPARE(remaining, 0);
                QCOMPARE(answer.json.value(u"remaining_is_estimate"_s).toBool(), false);
                break;
            }
            // An upper bound of what follows (visibility may hide some rows), never below it.
            QVERIFY2(remaining >= total - received,
                     qPrintable(
                         u"%1 remaining said, %2 followed"_s.arg(remaining).arg(total - received)));
            QVERIFY(answer.json.value(u"remaining_is_estimate"_s).toBool());
            cursor = answer.json.value(u"cursor"_s).toString();
        }
        QCOMPARE(received, total);

        SyncEngine::Timing timing = a.engine->timing();
        timing.pageSize = 40;
        a.engine->setTiming(timing);
        QSignalSpy progress(a.engine.get(), &SyncEngine::progressChanged);
        QVERIFY(a.sync());
        QVERIFY(progress.size() > 3);
        int determinate = 0;
        for (const QList<QVariant> &step : std::as_const(progress)) {
            const int done = step.at(0).toInt();
            const int of = step.at(1).toInt();
            QVERIFY(of == 0 || done <= of);
            determinate += of > done ? 1 : 0;
        }
        QVERIFY(determinate > 2);
        QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
        // The server's Date was read: the offset to this computer's clock is small.
        QVERIFY(qAbs(a.engine->serverClockOffsetMs()) < 5000);
        verifyConverged(a);
    }

    void editWhileServerDown_arrivesOnceAfterRestart()
    {
        Client a(newCache(), m_server->url(), coordinator(0));
        QVERIFY(a.ready());
        QVERIFY(a.sync());
        const auto [start, end] = freeMorning();
        const auto created = a.store.saveRecord(entity::availability, a.newSlot(start, end));
        QVERIFY(created.ok());
        QVERIFY(a.sync());
        QCOMPARE(a.store.record(entity::availability, created->id)->version, 1);

        const quint16 port = m_server->port();
        m_server->stop();
        a.engine->setAutoSync(true);
        QJsonObject edit = a.store.record(entity::availability, created->id)->data;
        edit.insert(u"note"_s, u"edited offline"_s);
        QVERIFY(a.store.saveRecord(entity::availability, edit).ok());
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->state(), SyncEngine::State::Offline, 20000);
        QVERIFY(a.engine->lastError().contains(u"kept"_s));
        QCOMPARE(a.store.pendingCount(), 1);
        QCOMPARE(
            a.store.record(entity::availability, created->id)->data.value(u"note"_s).toString(),
            u"edited offline"_s);

        QVERIFY2(m_server->start(port), qPrintable(m_server->lastError()));
        // The engine retries by itself (back-off) and gets through.
        QTRY_COMPARE_WITH_TIMEOUT(a.store.pendingCount(), 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->state(), SyncEngine::State::Idle, 30000);
        a.engine->setAutoSync(false);
        const auto onServer = a.serverView().value(u"availability/"_s + created->id);
        QCOMPARE(onServer.version, 2); // applied exactly once
        QCOMPARE(onServer.data.value(u"note"_s).toString(), u"edited offline"_s);
        verifyConverged(a);
    }

    void lostAnswer_replayedPushChangesNothing()
    {
        Client a(newCache(), m_server->url(), coordinator(0));
        QVERIFY(a.ready());
        QVERIFY(a.sync());
        const auto [start, end] = freeMorning();
        const auto created = a.store.saveRecord(entity::availability, a.newSlot(start, end));
        QVERIFY(created.ok());
        QVERIFY(a.sync());
        QJsonObject edit = a.store.record(entity::availability, created->id)->data;
        edit.insert(u"note"_s, u"once"_s);
        QVERIFY(a.store.saveRecord(entity::availability, edit).ok());

        // The push reaches the server and is committed, but its answer is lost: the entry is
        // still pending in the outbox.
        const auto entry = a.store.outbox().first();
        const Answer first
            = await(a.api.pushMutations(a.store.clientId(), QJsonArray { entry.toMutationJson() }));
        QVERIFY2(first.ok, qPrintable(first.error));
        const QJsonObject firstResult = first.json[u"results"_s][0].toObject();
        QCOMPARE(firstResult[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(a.store.outbox().first().state, u"pending"_s);

        // The engine sends it again, same mutation_id and seq: the first answer comes back.
        QSignalSpy conflicts(a.engine.get(), &SyncEngine::conflictReported);
        QVERIFY(a.sync());
        QCOMPARE(conflicts.size(), 0);
        const auto onServer = a.serverView().value(u"availability/"_s + created->id);
        QCOMPARE(onServer.version, 2); // not 3
        QCOMPARE(onServer.version, firstResult[u"version"_s].toInteger());
        verifyConverged(a);

        // The same entry, reset to pending once more after the pull: still nothing applied twice.
        const Answer again
            = await(a.api.pushMutations(a.store.clientId(), QJsonArray { entry.toMutationJson() }));
        QCOMPARE(again.json[u"results"_s][0][u"version"_s].toInteger(), 2);
        QCOMPARE(a.serverView().value(u"availability/"_s + created->id).version, 2);
    }

    void sameAgency_sameFieldConflicts_differentFieldsMerge()
    {
        Client one(newCache(), m_server->url(), coordinator(0));
        Client two(newCache(), m_server->url(), m_secondCoordinator);
        QVERIFY(one.ready() && two.ready());
        QVERIFY(one.sync());
        const auto [start, end] = freeMorning();
        const auto created
            = one.store.saveRecord(entity::availability, one.newSlot(start, end, u"base"_s));
        QVERIFY(created.ok());
        QVERIFY(one.sync());
        QVERIFY(two.sync());
        const QString id = created->id;
        QCOMPARE(two.store.record(entity::availability, id)->version, 1);

        // Different fields, both offline on version 1: merged, nobody's edit lost.
        QJsonObject byOne = one.store.record(entity::availability, id)->data;
        byOne.insert(u"note"_s, u"note by one"_s);
        QVERIFY(one.store.saveRecord(entity::availability, byOne).ok());
        QJsonObject byTwo = two.store.record(entity::availability, id)->data;
        byTwo.insert(u"end"_s, QString(end).replace(u"T11:"_s, u"T12:"_s));
        QVERIFY(two.store.saveRecord(entity::availability, byTwo).ok());
        QSignalSpy conflictsOfTwo(two.engine.get(), &SyncEngine::conflictReported);
        QVERIFY(one.sync());
        QVERIFY(two.sync());
        QCOMPARE(conflictsOfTwo.size(), 0);
        QVERIFY(one.sync());
        for (Client *client : { &one, &two }) {
            const auto merged = client->store.record(entity::availability, id);
            QCOMPARE(merged->data.value(u"note"_s).toString(), u"note by one"_s);
            QVERIFY(merged->data.value(u"end"_s).toString().contains(u"T12:00"_s));
            QCOMPARE(merged->version, 3);
        }
        verifyConverged(one);
        verifyConverged(two);

        // The same field: the second one is a conflict, reported, and nothing is overwritten.
        byOne = one.store.record(entity::availability, id)->data;
        byOne.insert(u"note"_s, u"one says 8 h"_s);
        QVERIFY(one.store.saveRecord(entity::availability, byOne).ok());
        byTwo = two.store.record(entity::availability, id)->data;
        byTwo.insert(u"note"_s, u"two says 9 h"_s);
        QVERIFY(two.store.saveRecord(entity::availability, byTwo).ok());
        QVERIFY(one.sync());
        QVERIFY(two.sync());
        QCOMPARE(conflictsOfTwo.size(), 1);
        QCOMPARE(conflictsOfTwo.first().at(1).toString(), id);
        const auto conflicts = two.store.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().mine.value(u"note"_s).toString(), u"two says 9 h"_s);
        QCOMPARE(conflicts.first().theirs.value(u"note"_s).toString(), u"one says 8 h"_s);
        QCOMPARE(conflicts.first().theirVersion, 4);
        QCOMPARE(two.store.record(entity::availability, id)->syncState, u"conflict"_s);
        QCOMPARE(two.serverView().value(u"availability/"_s + id).data.value(u"note"_s).toString(),
                 u"one says 8 h"_s);

        // Two's coordinator merges; the resolution is a new mutation on version 4.
        QJsonObject resolved = conflicts.first().theirs;
        resolved.insert(u"note"_s, u"8 h, then 9 h"_s);
        QVERIFY(two.store.resolveConflict(entity::availability, id, resolved).ok());
        QVERIFY(two.sync());
        QVERIFY(one.sync());
        QCOMPARE(one.store.record(entity::availability, id)->data.value(u"note"_s).toString(),
                 u"8 h, then 9 h"_s);
        QCOMPARE(one.store.record(entity::availability, id)->version, 5);
        verifyConverged(one);
        verifyConverged(two);
    }

    void rejectedChange_doesNotBlockLaterOnes()
    {
        Client a(newCache(), m_server->url(), coordinator(0));
        QVERIFY(a.ready());
        QVERIFY(a.sync());
        auto [start1, end1] = freeMorning();
        auto [start2, end2] = freeMorning();
        auto [start3, end3] = freeMorning();
        const auto first = a.store.saveRecord(entity::availability, a.newSlot(start1, end1));
        // Valid here, refused by the server: no such staff member in this agency.
        QJsonObject unknownStaff = a.newSlot(start2, end2);
        unknownStaff.insert(u"staff_id"_s, newId());
        const auto refused = a.store.saveRecord(entity::availability, unknownStaff);
        const auto third = a.store.saveRecord(entity::availability, a.newSlot(start3, end3));
        QVERIFY(first.ok() && refused.ok() && third.ok());
        QSignalSpy rejections(a.engine.get(), &SyncEngine::rejectionReported);
        QVERIFY(a.sync());
        QCOMPARE(rejections.size(), 1);
        QCOMPARE(rejections.first().at(1).toString(), refused->id);
        QVERIFY(!rejections.first().at(2).toString().isEmpty());
        QCOMPARE(a.store.record(entity::availability, first->id)->syncState, u"synced"_s);
        QCOMPARE(a.store.record(entity::availability, third->id)->syncState, u"synced"_s);
        const auto kept = a.store.record(entity::availability, refused->id);
        QCOMPARE(kept->syncState, u"rejected"_s); // still visible, with its reason
        const auto outbox = a.store.outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().state, u"rejected"_s);
        QCOMPARE(outbox.first().errorField, u"staff_id"_s);
        QCOMPARE(a.store.needsAttentionCount(), 1);

        // The coordinator discards it: the cache is the server's again.
        a.store.dropEntry(outbox.first().seq);
        QVERIFY(!a.store.record(entity::availability, refused->id).has_value());
        QVERIFY(a.sync());
        verifyConverged(a);
    }

    void serverRestoredFromBackup_refetchesEverythingAndKeepsOutbox()
    {
        Client a(newCache(), m_server->url(), coordinator(0));
        QVERIFY(a.ready());
        QVERIFY(a.sync());
        const QString oldCursor = a.store.cursor();
        const quint16 port = m_server->port();
        m_server->stop();
        QVERIFY(runAdmin({ u"rotate-epoch"_s })); // what a restore from a backup looks like
        QVERIFY2(m_server->start(port), qPrintable(m_server->lastError()));
        const auto [start, end] = freeMorning();
        const auto pending = a.store.saveRecord(entity::availability, a.newSlot(start, end));
        QVERIFY(pending.ok());
        QVERIFY(a.sync());
        QVERIFY(a.store.cursor() != oldCursor);
        QCOMPARE(a.store.record(entity::availability, pending->id)->version, 1);
        verifyConverged(a);
    }

    void clientCacheRestoredFromOldCopy_loseNoChange()
    {
        const QString path = newCache();
        const QString copy = path + u".backup"_s;
        QString firstId;
        {
            Client a(path, m_server->url(), coordinator(0));
            QVERIFY(a.ready());
            QVERIFY(a.sync());
            a.store.close(); // checkpoints the write-ahead log into the file
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(a.store.open(path).ok());
            const auto [start, end] = freeMorning();
            const auto saved = a.store.saveRecord(entity::availability, a.newSlot(start, end));
            QVERIFY(saved.ok());
            QVERIFY(a.sync());
            firstId = saved->id;
        }
        // The old copy comes back (a restored disk): its next seq was already used.
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QVERIFY(QFile::copy(copy, path));
        Client restored(path, m_server->url(), coordinator(0));
        QVERIFY(restored.ready());
        const QString oldClientId = restored.store.clientId();
        const auto [start, end] = freeMorning();
        const auto saved
            = restored.store.saveRecord(entity::availability, restored.newSlot(start, end));
        QVERIFY(saved.ok());
        QCOMPARE(restored.store.outbox().first().seq, 1); // the seq the server already has
        QVERIFY(restored.sync());
        QVERIFY(restored.store.clientId() != oldClientId);
        QCOMPARE(restored.store.record(entity::availability, saved->id)->version, 1);
        QVERIFY(restored.store.record(entity::availability, firstId).has_value());
        verifyConverged(restored);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"

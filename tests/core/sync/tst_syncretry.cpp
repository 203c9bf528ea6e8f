// Tests of core/sync/syncengine.cpp under faults the real server cannot be made to produce on
// demand: 503 with Retry-After, dropped connections and back-off, a hung request and the
// watchdog, 409 client_state_mismatch, 410 reset_required. The fake keeps records, versions, a
// change feed and per-mutation answers in memory and speaks the /v1 protocol over loopback.
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/syncengine.h"
#include "fakehttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using releve::domain::newId;
using releve::store::LocalStore;
using releve::sync::ApiClient;
using releve::sync::SyncEngine;
using releve::testing::FakeHttpServer;
using releve::testing::FakeRequest;
using releve::testing::FakeResponse;

namespace {

const QString structureId = u"11111111-1111-4111-8111-111111111111"_s;
const QString staffId = u"22222222-2222-4222-8222-222222222222"_s;

QJsonObject slotJson(int day, const QString &note = {})
{
    return QJsonObject { { u"id"_s, newId() },
                         { u"structure_id"_s, structureId },
                         { u"staff_id"_s, staffId },
                         { u"start"_s,
                           u"2026-11-%1T08:00:00Z"_s.arg(day, 2, 10, QLatin1Char('0')) },
                         { u"end"_s, u"2026-11-%1T10:00:00Z"_s.arg(day, 2, 10, QLatin1Char('0')) },
                         { u"note"_s, note } };
}

// Records, versions, a feed and exactly-once answers, in memory.
class InMemoryServer
{
public:
    struct Record
    {
        QString entity;
        QString id;
        qint64 version = 0;
        qint64 seq = 0;
        bool deleted = false;
        QJsonObject data;
    };

    QString epoch = u"ep1"_s;
    QMap<QString, Record> records; // "entity/id"
    QHash<QString, QJsonObject> answers; // mutation_id → first answer
    qint64 seq = 0;
    int applied = 0;
    QStringList clientIds; // as seen in pushes
    // Runs first; an answer here replaces the protocol's.
    std::function<std::optional<FakeResponse>(const FakeRequest &)> fault;

    FakeResponse handle(const FakeRequest &request)
    {
        if (fault) {
            if (auto answer = fault(request))
                return *answer;
        }
        if (request.path == u"/v1/mutations"_s)
            return push(request.json);
        if (request.path == u"/v1/changes"_s)
            return changes(QUrlQuery(request.query));
        return FakeResponse::error(404, u"not_found"_s);
    }

    FakeResponse push(const QJsonObject &body)
    {
        clientIds.append(body.value(u"client_id"_s).toString());
        QJsonArray results;
        for (const QJsonValue &value : body.value(u"mutations"_s).toArray()) {
            const QJsonObject m = value.toObject();
            const QString mutationId = m.value(u"mutation_id"_s).toString();
            if (!answers.contains(mutationId))
                answers.insert(mutationId, apply(m));
            results.append(answers.value(mutationId));
        }
        return FakeResponse {
            200, QJsonObject { { u"results"_s, results } }, {}, FakeResponse::Mode::Answer, 0
        };
    }

    QJsonObject apply(const QJsonObject &m)
    {
        const QString key = m.value(u"entity"_s).toString() + u'/' + m.value(u"id"_s).toString();
        QJsonObject answer { { u"mutation_id"_s, m.value(u"mutation_id"_s) } };
        const QJsonObject data = m.value(u"data"_s).toObject();
        if (data.value(u"note"_s).toString() == u"refuse me"_s) {
            answer.insert(u"status"_s, u"rejected"_s);
            answer.insert(u"error"_s,
                          QJsonObject { { u"error"_s, u"slot_committed"_s },
                                        { u"message"_s, u"already contracted"_s },
                                        { u"field"_s, u"start"_s } });
            return answer;
        }
        Record &r = records[key];
        if (r.version != m.value(u"base_version"_s).toInteger()) {
            answer.insert(u"status"_s, u"conflict"_s);
            answer.insert(u"version"_s, r.version);
            answer.insert(u"record"_s, r.data);
            return answer;
        }
        r.entity = m.value(u"entity"_s).toString();
        r.id = m.value(u"id"_s).toString();
        r.version += 1;
        r.seq = ++seq;
        r.deleted = m.value(u"op"_s).toString() == u"delete"_s;
        r.data = r.deleted ? QJsonObject { { u"id"_s, r.id } } : data;
        ++applied;
        answer.insert(u"status"_s, u"applied"_s);
        answer.insert(u"version"_s, r.version);
        answer.insert(u"record"_s, r.data);
        return answer;
    }

    FakeResponse changes(const QUrlQuery &query)
    {
        const QString since = query.queryItemValue(u"since"_s);
        qint64 after = 0;
        if (!since.isEmpty()) {
            if (since.section(u'.', 0, 0) != epoch)
                return FakeResponse::error(410, u"reset_required"_s, u"restored"_s);
            after = since.section(u'.', 1).toLongLong();
        }
        const int limit = query.queryItemValue(u"limit"_s).toInt();
        QList<Record> newer;
        for (const Record &r : std::as_const(records)) {
            if (r.seq > after)
                newer.append(r);
        }
        std::sort(newer.begin(), newer.end(),
                  [](const Record &a, const Record &b) { return a.seq < b.seq; });
        QJsonArray array;
        qint64 last = after;
        for (qsizetype i = 0; i < newer.size() && i < limit; ++i) {
            array.append(QJsonObject { { u"entity"_s, newer[i].entity },
                                       { u"id"_s, newer[i].id },
                                       { u"version"_s, newer[i].version },
                                       { u"deleted"_s, newer[i].deleted },
                                       { u"data"_s, newer[i].data } });
            last = newer[i].seq;
        }
        return FakeResponse { 200,
                              QJsonObject { { u"changes"_s, array },
                                            { u"cursor"_s, u"%1.%2"_s.arg(epoch).arg(last) },
                                            { u"has_more"_s, newer.size() > limit } },
                              {},
                              FakeResponse::Mode::Answer,
                              0 };
    }
};

// One client against the fake.
struct Client
{
    explicit Client(const QString &path, const QUrl &url)
    {
        const auto opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        api.setBaseUrl(url);
        api.setAccessToken(u"token"_s);
        engine = std::make_unique<SyncEngine>(&store, &api);
        SyncEngine::Timing timing;
        timing.backoffBaseMs = 100;
        timing.backoffCapMs = 400;
        timing.debounceMs = 100;
        timing.watchdogMs = 60000;
        engine->setTiming(timing);
    }

    bool sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow();
        return finished.wait(20000) && finished.constLast().at(0).toBool();
    }

    QNetworkAccessManager network;
    ApiClient api { &network };
    LocalStore store;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace

class TestSyncRetry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_counter)); }

    // Every record the fake holds is in the cache, equal, and the outbox is empty.
    static void verifyConverged(const InMemoryServer &server, const LocalStore &store)
    {
        QCOMPARE(store.outbox().size(), 0);
        int live = 0;
        for (const auto &r : server.records) {
            const auto cached = store.record(r.entity, r.id);
            QVERIFY(cached.has_value());
            QCOMPARE(cached->version, r.version);
            QCOMPARE(cached->deleted, r.deleted);
            QCOMPARE(cached->syncState, u"synced"_s);
            if (!r.deleted) {
                QCOMPARE(cached->data, r.data);
                ++live;
            }
        }
        QCOMPARE(store.records(releve::domain::entity::availability).size(), live);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void unavailable503_retriesAfterRetryAfter()
    {
        InMemoryServer state;
        int refusals = 1;
        state.fault = [&](const FakeRequest &request) -> std::optional<FakeResponse> {
            if (request.path != u"/v1/mutations"_s || refusals-- <= 0)
                return std::nullopt;
            FakeResponse r = FakeResponse::error(503, u"unavailable"_s, u"database down"_s);
            r.headers.append({ QByteArray("Retry-After"), QByteArray("1") });
            return r;
        };
        FakeHttpServer server([&](const FakeRequest &r) { return state.handle(r); });
        Client client(newPath(), server.url());
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(23)).ok());
        QSignalSpy finished(client.engine.get(), &SyncEngine::syncFinished);
        QElapsedTimer clock;
        clock.start();
        client.engine->setAutoSync(true);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(client.engine->state(), SyncEngine::State::Offline);
        QVERIFY(client.engine->lastError().contains(u"kept"_s));
        QVERIFY2(client.engine->retryDelayMs() >= 1000, // Retry-After, not the 100 ms back-off
                 qPrintable(QString::number(client.engine->retryDelayMs())));
        QTRY_COMPARE_WITH_TIMEOUT(client.engine->state(), SyncEngine::State::Idle, 10000);
        QVERIFY(clock.elapsed() >= 1000);
        QCOMPARE(state.applied, 1);
        verifyConverged(state, client.store);
    }

    void unreachable_backsOffExponentiallyThenRecovers()
    {
        InMemoryServer state;
        bool down = true;
        state.fault = [&](const FakeRequest &) -> std::optional<FakeResponse> {
            if (!down)
                return std::nullopt;
            return FakeResponse { 0, {}, {}, FakeResponse::Mode::Drop, 0 };
        };
        FakeHttpServer server([&](const FakeRequest &r) { return state.handle(r); });
        Client client(newPath(), server.url());
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(23)).ok());
        QSignalSpy finished(client.engine.get(), &SyncEngine::syncFinished);
        QSignalSpy states(client.engine.get(), &SyncEngine::stateChanged);
        client.engine->setAutoSync(true);
        QList<int> delays;
        for (int attempt = 0; attempt < 4; ++attempt) {
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.constLast().first().toBool(), false);
            delays.append(client.engine->retryDelayMs());
        }
        QCOMPARE(client.engine->state(), SyncEngine::State::Offline);
        // 100 ms doubling, capped at 400 ms, with half of each delay random.
        QVERIFY2(delays[0] >= 50 && delays[0] <= 100, qPrintable(QString::number(delays[0])));
        QVERIFY2(delays[1] >= 100 && delays[1] <= 200, qPrintable(QString::number(delays[1])));
        QVERIFY2(delays[2] >= 200 && delays[2] <= 400, qPrintable(QString::number(delays[2])));
        QVERIFY2(delays[3] >= 200 && delays[3] <= 400, qPrintable(QString::number(delays[3])));
        QCOMPARE(client.store.pendingCount(), 1);

        down = false;
        QTRY_COMPARE_WITH_TIMEOUT(client.engine->state(), SyncEngine::State::Idle, 5000);
        QVERIFY(client.engine->lastSuccessfulSync().isValid());
        QVERIFY(client.engine->lastError().isEmpty());
        verifyConverged(state, client.store);
    }

    void clientStateMismatch_rotatesIdAndPushesRenumbered()
    {
        InMemoryServer state;
        bool mismatch = true;
        QList<QJsonArray> pushes;
        state.fault = [&](const FakeRequest &request) -> std::optional<FakeResponse> {
            if (request.path != u"/v1/mutations"_s)
                return std::nullopt;
            pushes.append(request.json.value(u"mutations"_s).toArray());
            if (!std::exchange(mismatch, false))
                return std::nullopt;
            return FakeResponse::error(409, u"client_state_mismatch"_s, u"restored copy"_s);
        };
        FakeHttpServer server([&](const FakeRequest &r) { return state.handle(r); });
        Client client(newPath(), server.url());
        for (int day = 23; day <= 25; ++day)
            QVERIFY(
                client.store.saveRecord(releve::domain::entity::availability, slotJson(day)).ok());
        client.store.dropEntry(client.store.outbox().first().seq); // seqs are now 2, 3
        const QString oldId = client.store.clientId();
        QVERIFY(client.sync());
        QVERIFY(client.store.clientId() != oldId);
        QCOMPARE(state.clientIds, QStringList({ client.store.clientId() }));
        QCOMPARE(pushes.size(), 2);
        QCOMPARE(pushes[0][0][u"seq"_s].toInteger(), 2);
        QCOMPARE(pushes[1][0][u"seq"_s].toInteger(), 1);
        QCOMPARE(pushes[1][1][u"seq"_s].toInteger(), 2);
        QCOMPARE(pushes[1][0][u"mutation_id"_s].toString(),
                 pushes[0][0][u"mutation_id"_s].toString());
        QCOMPARE(state.applied, 2);
        verifyConverged(state, client.store);
    }

    void resetRequired_fetchesEverythingAgainAndKeepsOutbox()
    {
        InMemoryServer state;
        FakeHttpServer server([&](const FakeRequest &r) { return state.handle(r); });
        Client client(newPath(), server.url());
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(23)).ok());
        QVERIFY(client.sync());
        verifyConverged(state, client.store);

        // The server is restored from a backup: new epoch; a record it lost disappears, the
        // local change made meanwhile is kept and sent.
        state.epoch = u"ep2"_s;
        const QString lost = state.records.firstKey();
        state.records.remove(lost);
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(24)).ok());
        QVERIFY(client.sync());
        QVERIFY(client.store.cursor().startsWith(u"ep2."_s));
        QVERIFY(!client.store.record(releve::domain::entity::availability, lost.section(u'/', 1))
                     .has_value());
        QCOMPARE(state.records.size(), 1);
        verifyConverged(state, client.store);
    }

    void rejectedInTheMiddle_doesNotBlockLaterChanges()
    {
        InMemoryServer state;
        FakeHttpServer server([&](const FakeRequest &r) { return state.handle(r); });
        Client client(newPath(), server.url());
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(23)).ok());
        const auto refused = client.store.saveRecord(releve::domain::entity::availability,
                                                     slotJson(24, u"refuse me"_s));
        QVERIFY(refused.ok());
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(25)).ok());
        QSignalSpy rejections(client.engine.get(), &SyncEngine::rejectionReported);
        QVERIFY(client.sync());
        QCOMPARE(state.applied, 2);
        QCOMPARE(rejections.size(), 1);
        QCOMPARE(rejections.first().at(1).toString(), refused->id);
        QVERIFY(rejections.first().at(2).toString().contains(u"already contracted"_s));
        const auto outbox = client.store.outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().state, u"rejected"_s);
        QCOMPARE(client.store.record(releve::domain::entity::availability, refused->id)->syncState,
                 u"rejected"_s);
        QCOMPARE(client.store.pendingCount(), 0);
        // The person drops it: the cache then equals the server.
        client.store.dropEntry(outbox.first().seq);
        verifyConverged(state, client.store);
    }

    void hungRequest_watchdogRestartsTheLoop()
    {
        InMemoryServer state;
        int hangs = 1;
        state.fault = [&](const FakeRequest &request) -> std::optional<FakeResponse> {
            if (request.path != u"/v1/mutations"_s || hangs-- <= 0)
                return std::nullopt;
            return FakeResponse { 0, {}, {}, FakeResponse::Mode::Hang, 0 };
        };
        FakeHttpServer server([&](const FakeRequest &r) { return state.handle(r); });
        Client client(newPath(), server.url());
        client.api.setTransferTimeout(120000); // only the watchdog can save us
        SyncEngine::Timing timing = client.engine->timing();
        timing.watchdogMs = 400;
        client.engine->setTiming(timing);
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(23)).ok());
        QSignalSpy fired(client.engine.get(), &SyncEngine::watchdogFired);
        QSignalSpy finished(client.engine.get(), &SyncEngine::syncFinished);
        client.engine->syncNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(fired.size(), 1);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(state.applied, 1);
        verifyConverged(state, client.store);
    }

    void changeDuringACycle_isNotLeftBehind()
    {
        InMemoryServer state;
        bool slow = true;
        FakeHttpServer server([&](const FakeRequest &r) {
            FakeResponse response = state.handle(r);
            if (r.path == u"/v1/mutations"_s && std::exchange(slow, false))
                response.delayMs = 300;
            return response;
        });
        Client client(newPath(), server.url());
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(23)).ok());
        QSignalSpy finished(client.engine.get(), &SyncEngine::syncFinished);
        client.engine->syncNow();
        QTRY_VERIFY(server.count(u"/v1/mutations"_s) == 1);
        QVERIFY(client.engine->isRunning());
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(24)).ok());
        client.engine->syncNow(); // while the first cycle runs: queued, not lost
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(state.applied, 2);
        verifyConverged(state, client.store);
    }

    void autoSync_sendsALocalChangeWithoutBeingAsked()
    {
        InMemoryServer state;
        FakeHttpServer server([&](const FakeRequest &r) { return state.handle(r); });
        Client client(newPath(), server.url());
        client.engine->setAutoSync(true);
        QTRY_COMPARE(client.engine->state(), SyncEngine::State::Idle);
        QTRY_VERIFY(client.engine->lastSuccessfulSync().isValid());
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(23)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state.applied, 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(client.store.outbox().size(), 0, 5000);
        verifyConverged(state, client.store);
    }

    void unauthorized_needsPasswordUntilSignedInAgain()
    {
        InMemoryServer state;
        state.fault = [](const FakeRequest &request) -> std::optional<FakeResponse> {
            if (request.bearer() == "new-token")
                return std::nullopt;
            return FakeResponse::error(401, u"token_expired"_s);
        };
        FakeHttpServer server([&](const FakeRequest &r) { return state.handle(r); });
        Client client(newPath(), server.url());
        QVERIFY(client.store.saveRecord(releve::domain::entity::availability, slotJson(23)).ok());
        QSignalSpy finished(client.engine.get(), &SyncEngine::syncFinished);
        client.engine->setAutoSync(true);
        QVERIFY(finished.wait(5000));
        QCOMPARE(client.engine->state(), SyncEngine::State::NeedsPassword);
        QCOMPARE(client.engine->retryDelayMs(), 0);
        QCOMPARE(client.store.pendingCount(), 1); // kept
        QVERIFY(!finished.wait(600));

        // The person signs in again (the Session gives the client a new token): it carries on.
        client.api.setAccessToken(u"new-token"_s);
        QVERIFY(finished.wait(5000));
        QCOMPARE(client.engine->state(), SyncEngine::State::Idle);
        verifyConverged(state, client.store);
    }

    void longPull_reportsProgressPageByPage()
    {
        InMemoryServer state;
        FakeHttpServer server([&](const FakeRequest &r) { return state.handle(r); });
        Client writer(newPath(), server.url());
        for (int day = 1; day <= 7; ++day)
            QVERIFY(
                writer.store.saveRecord(releve::domain::entity::availability, slotJson(day)).ok());
        QVERIFY(writer.sync());
        Client reader(newPath(), server.url());
        SyncEngine::Timing timing = reader.engine->timing();
        timing.pageSize = 2;
        reader.engine->setTiming(timing);
        QSignalSpy progress(reader.engine.get(), &SyncEngine::progressChanged);
        QVERIFY(reader.sync());
        QCOMPARE(server.count(u"/v1/changes"_s), 1 + 4); // writer once, reader 4 pages
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 7);
        QCOMPARE(progress.last().at(1).toInt(), 7);
        verifyConverged(state, reader.store);
    }
};

QTEST_GUILESS_MAIN(TestSyncRetry)
#include "tst_syncretry.moc"

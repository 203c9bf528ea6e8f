// Seeded random sync scenarios against the real releve-server (Jepsen-style, after the PowerSync
// tests in reference/sync-anchors.md): three workstations — two coordinators of one agency and
// one of another — make random creations, edits and deletions of availability slots, some of
// them on the same slots, while random faults hit them: a slow network, a lost answer, a request
// or response cut at a random byte, a replayed request, a partition, expired tokens, the server
// killed and restarted, the application restarted, the clock a day off, tiny pages and batches.
// Then the network heals, conflicts are resolved (mine, theirs or a merge, at random) and
// rejections dropped, and every workstation must converge: its cache equals the server's view,
// its outbox is empty, no slot exists twice, and a slot only one workstation wrote has exactly
// one version per edit.
//
// Each row is one seed, printed in its name; RELEVE_TEST_SEED=<n> replays only that one,
// RELEVE_TEST_SCENARIOS=<n> changes how many run (200 by default; the soak runs thousands: see
// tests/core/sync/CMakeLists.txt), RELEVE_TEST_FIRST_SEED=<n> where they start.
//
// To keep 200 scenarios fast, the three workstations (their caches, sign-ins and the server
// views the convergence check reads) carry over from one scenario to the next, as a
// coordinator's computer does from one day to the next: a scenario starts from the converged
// state the previous one checked. They start afresh (new caches, first full sync) every
// RELEVE_TEST_FRESH_EVERY scenarios (25 by default; 1 = every scenario) and after a failure.
// A seed replayed alone starts afresh, on a server that has not seen the earlier scenarios.
#include "faultharness.h"

#include "core/store/clock.h"

#include <QRandomGenerator>

using namespace releve;
using namespace releve::faults;
namespace entity = releve::domain::entity;

namespace {

enum Fault : unsigned {
    Slow = 1 << 0,
    LostAnswer = 1 << 1,
    CutRequest = 1 << 2,
    CutResponse = 1 << 3,
    Replay = 1 << 4,
    Partition = 1 << 5,
    TokenExpiry = 1 << 6,
    ServerRestart = 1 << 7,
    AppRestart = 1 << 8,
    ClockSkew = 1 << 9,
    CutPull = 1 << 10,
    Small = 1 << 11,
};

// What the scenario knows about each slot it created.
struct SlotModel
{
    QString id;
    QString tag;
    int writer = 0; // the workstation that created it
    bool shared = false; // others of its agency may edit it
    bool deleted = false;
    int edits = 0; // accepted local edits (single writer only)
};

} // namespace

class TestSyncRandom : public QObject
{
    Q_OBJECT

private:
    Territory m_territory;
    QTemporaryDir m_dir;
    int m_cache = 0;
    std::vector<std::unique_ptr<Workstation>> m_stations;
    int m_scenariosOnStations = 0;

    int freshEvery() const
    {
        bool ok = false;
        const int every = qEnvironmentVariableIntValue("RELEVE_TEST_FRESH_EVERY", &ok);
        return ok && every > 0 ? every : 25;
    }

    void dropStations()
    {
        for (auto &station : m_stations) {
            station->close();
            for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
                QFile::remove(station->cachePath() + suffix);
        }
        m_stations.clear();
        m_scenariosOnStations = 0;
    }

    static QString describe(unsigned faults)
    {
        static const char *names[]
            = { "slow",        "lost-answer", "cut-request",  "cut-response",
                "replay",      "partition",   "token-expiry", "server-restart",
                "app-restart", "clock-skew",  "cut-pull",     "small" };
        QStringList parts;
        for (unsigned i = 0; i < std::size(names); ++i) {
            if (faults & (1u << i))
                parts.append(QString::fromLatin1(names[i]));
        }
        return parts.isEmpty() ? u"none"_s : parts.join(u',');
    }

    // Arms one network fault on the proxy for the next exchanges.
    void armNetworkFault(QRandomGenerator &rng, unsigned faults)
    {
        testing::TcpProxy &proxy = *m_territory.proxy;
        if ((faults & LostAnswer) && rng.bounded(2))
            proxy.cutResponseAt("POST /v1/mutations", 0);
        if ((faults & CutRequest) && rng.bounded(2))
            proxy.cutRequestAt("POST /v1/mutations", rng.bounded(1, 400));
        if ((faults & CutResponse) && rng.bounded(2))
            proxy.cutResponseAt(rng.bounded(2) ? "POST /v1/mutations" : "GET /v1/changes",
                                rng.bounded(1, 600));
        if ((faults & Replay) && rng.bounded(2))
            proxy.replayRequest("POST /v1/mutations");
        if ((faults & CutPull) && rng.bounded(2))
            proxy.cutResponseAt("GET /v1/changes", rng.bounded(200, 3000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(RELEVE_SERVER_EXE)), "releve-server is not built");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_territory.start());
    }

    void cleanup()
    {
        m_territory.proxy->clearFaults();
        m_territory.proxy->setDelay(0);
        if (m_territory.proxy->isPartitioned())
            m_territory.proxy->partition(false);
        store::Clock::setSkewForTesting(0);
        // A failed scenario may leave anything behind: the next starts afresh.
        if (QTest::currentTestFailed() || ++m_scenariosOnStations >= freshEvery())
            dropStations();
    }

    void cleanupTestCase() { dropStations(); }

    void randomScenario_converges_data()
    {
        QTest::addColumn<quint32>("seed");
        const QByteArray only = qgetenv("RELEVE_TEST_SEED");
        if (!only.isEmpty()) {
            QTest::newRow(qPrintable(u"seed %1"_s.arg(only.toUInt()))) << quint32(only.toUInt());
            return;
        }
        bool ok = false;
        int count = qEnvironmentVariableIntValue("RELEVE_TEST_SCENARIOS", &ok);
        if (!ok || count <= 0)
            count = 200;
        const quint32 first = qEnvironmentVariableIsSet("RELEVE_TEST_FIRST_SEED")
            ? quint32(qEnvironmentVariableIntValue("RELEVE_TEST_FIRST_SEED"))
            : 4001;
        for (int i = 0; i < count; ++i)
            QTest::newRow(qPrintable(u"seed %1"_s.arg(first + quint32(i))))
                << quint32(first + quint32(i));
    }

    void randomScenario_converges()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const QString replay = u" [seed %1: RELEVE_TEST_SEED=%1 replays it]"_s.arg(seed);
        // Two or three faults of twelve.
        unsigned faults = 0;
        for (int n = 1 + int(rng.bounded(3)); n > 0; --n)
            faults |= 1u << rng.bounded(12);
        if ((faults & ServerRestart) && rng.bounded(3) != 0)
            faults &= ~unsigned(ServerRestart); // the slowest: one scenario in ~36
        qInfo().noquote() << "seed" << seed << "faults" << describe(faults);

        const QJsonObject accounts[] = { m_territory.coordinator(0), m_territory.secondCoordinator,
                                         m_territory.coordinator(1) };
        if (m_stations.empty()) {
            for (const QJsonObject &account : accounts) {
                auto station = std::make_unique<Workstation>(
                    m_dir.filePath(u"random-%1.sqlite"_s.arg(++m_cache)), m_territory.proxyUrl(),
                    m_territory.directUrl(), account);
                station->incrementalView = true;
                m_stations.push_back(std::move(station));
            }
        }
        std::vector<std::unique_ptr<Workstation>> &stations = m_stations;
        for (auto &station : stations) {
            station->batchSize = 100;
            station->pageSize = 500;
            if (faults & Small) {
                station->batchSize = 1 + int(rng.bounded(3));
                station->pageSize = 5 + int(rng.bounded(20));
            }
            if (!station->isOpen() || station->engine->state() == SyncEngine::State::NeedsPassword)
                QVERIFY2(station->open(), qPrintable(station->lastError + replay));
            station->applyTiming();
            QVERIFY2(station->settle(), qPrintable(u"first sync"_s + replay));
        }
        if (faults & ClockSkew)
            store::Clock::setSkewForTesting((rng.bounded(2) ? 1 : -1) * qint64(24) * 3600 * 1000);
        if (faults & Slow)
            m_territory.proxy->setDelay(5 + int(rng.bounded(40)));

        // Each slot has a day and an hour of its own (2028–2029, every other hour from 06:00):
        // slots of different scenarios do not overlap for a few thousand seeds.
        const auto when = [seed](int n) {
            const qint64 index = qint64(seed) * 14 + n;
            return std::pair<int, int> { int(index % 730), 6 + 2 * int((index / 730) % 7) };
        };
        QList<SlotModel> model;
        int tagCounter = 0;
        const auto pick = [&](int station, bool wantShared) -> SlotModel * {
            QList<SlotModel *> candidates;
            for (SlotModel &slot : model) {
                if (slot.deleted)
                    continue;
                const bool mine = slot.writer == station;
                const bool sameAgency = station < 2 && slot.writer < 2;
                if ((wantShared && slot.shared && sameAgency) || (!wantShared && mine))
                    candidates.append(&slot);
            }
            return candidates.isEmpty() ? nullptr
                                        : candidates.at(int(rng.bounded(candidates.size())));
        };

        const int steps = 4 + int(rng.bounded(6));
        for (int step = 0; step < steps; ++step) {
            if (rng.bounded(3) == 0)
                armNetworkFault(rng, faults);
            if ((faults & Partition) && rng.bounded(4) == 0)
                m_territory.proxy->partition(!m_territory.proxy->isPartitioned());
            if ((faults & TokenExpiry) && rng.bounded(4) == 0)
                QVERIFY(m_territory.expireAccessTokens());
            if ((faults & ServerRestart) && rng.bounded(6) == 0) {
                if (rng.bounded(2))
                    m_territory.kill();
                QVERIFY2(m_territory.restart(), qPrintable(u"server restart"_s + replay));
            }
            const int who = int(rng.bounded(3));
            Workstation &station = *stations[size_t(who)];
            // (Signing in again needs the network; a restart while partitioned waits.)
            if ((faults & AppRestart) && rng.bounded(5) == 0
                && !m_territory.proxy->isPartitioned()) {
                station.close();
                QVERIFY2(station.open(), qPrintable(station.lastError + replay));
            }
            const unsigned op = rng.bounded(10);
            if (op < 3) { // a new slot, sometimes meant to be shared with the agency's other
                SlotModel slot;
                slot.tag = u"r%1-%2"_s.arg(seed).arg(tagCounter);
                slot.writer = who;
                slot.shared = who < 2 && rng.bounded(2);
                const auto saved = station.store->saveRecord(
                    entity::availability,
                    station.newSlot(when(tagCounter).first, when(tagCounter).second, slot.tag,
                                    int(rng.bounded(3))));
                QVERIFY2(saved.ok(), qPrintable(saved.error().toString() + replay));
                slot.id = saved->id;
                model.append(slot);
                ++tagCounter;
            } else if (op < 6) { // an edit: the note, or the end
                SlotModel *slot = pick(who, rng.bounded(2));
                const auto cached
                    = slot ? station.store->record(entity::availability, slot->id) : std::nullopt;
                if (slot && cached && !cached->deleted) {
                    QJsonObject data = cached->data;
                    if (rng.bounded(3) == 0 && slot->shared) {
                        const QDateTime end
                            = QDateTime::fromString(data.value(u"end"_s).toString(), Qt::ISODate);
                        if (end.time().hour() % 2 == 1) // not extended yet
                            data.insert(u"end"_s, end.addSecs(3600).toString(Qt::ISODate));
                    }
                    data.insert(u"note"_s, u"%1-e%2-by%3"_s.arg(slot->tag).arg(step).arg(who));
                    const auto saved = station.store->saveRecord(entity::availability, data);
                    QVERIFY2(saved.ok(), qPrintable(saved.error().toString() + replay));
                    if (!slot->shared)
                        ++slot->edits;
                }
            } else if (op < 7) { // a deletion of a slot already on the server
                SlotModel *slot = pick(who, false);
                const auto cached
                    = slot ? station.store->record(entity::availability, slot->id) : std::nullopt;
                if (slot && !slot->shared && cached && cached->version > 0
                    && cached->syncState == u"synced"_s) {
                    QVERIFY2(station.store->deleteRecord(entity::availability, slot->id).ok(),
                             qPrintable(replay));
                    slot->deleted = true;
                }
            } else { // a sync, whatever the faults make of it
                station.sync(15000);
            }
        }

        // Heal, then converge: sync everyone, resolve what waits for a person, again.
        m_territory.proxy->clearFaults();
        store::Clock::setSkewForTesting(0);
        for (auto &station : stations) {
            if (station->engine->state() == SyncEngine::State::NeedsPassword)
                QVERIFY2(station->open(), qPrintable(station->lastError + replay));
        }
        bool quiet = false;
        for (int round = 0; round < 10 && !quiet; ++round) {
            quiet = true;
            for (auto &station : stations) {
                // A refresh whose answer a fault lost leaves a rotated refresh token: the server
                // ends that sign-in and the person signs in again (the outbox is kept).
                if (station->engine->state() == SyncEngine::State::NeedsPassword)
                    QVERIFY2(station->open(), qPrintable(station->lastError + replay));
                station->settle(6);
                for (const store::Conflict &conflict : station->store->conflicts()) {
                    quiet = false;
                    const unsigned choice = rng.bounded(3);
                    const QJsonObject resolved = choice == 0 ? conflict.theirs
                        : choice == 1                        ? conflict.mine
                                                             : conflict.merged();
                    const auto done = station->store->resolveConflict(
                        conflict.entity, conflict.recordId,
                        conflict.mineDeleted && choice == 1 ? QJsonObject() : resolved);
                    QVERIFY2(done.ok(), qPrintable(done.error().toString() + replay));
                }
                for (const store::OutboxEntry &rejected :
                     station->store->outbox({ u"rejected"_s })) {
                    quiet = false;
                    station->store->dropEntry(rejected.seq);
                }
                if (station->store->pendingCount() > 0)
                    quiet = false;
            }
        }
        for (auto &station : stations) {
            if (station->engine->state() == SyncEngine::State::NeedsPassword)
                QVERIFY2(station->open(), qPrintable(station->lastError + replay));
        }
        for (auto &station : stations)
            QVERIFY2(station->sync(),
                     qPrintable(u"final sync "_s + station->engine->lastError() + replay));
        for (auto &station : stations) {
            const QString error = station->convergenceError();
            QVERIFY2(error.isEmpty(), qPrintable(error + replay));
        }

        // Exactly once: no two live model of this scenario carry the same note, and a slot only
        // its writer touched has one version per edit (plus its creation, plus its deletion).
        QCOMPARE(m_territory.count(
                     u"SELECT count(*) FROM (SELECT json_extract(data, '$.note') AS note FROM "
                     u"records WHERE entity = 'availability' AND deleted = 0 AND "
                     u"json_extract(data, '$.note') LIKE 'r%1-%%' GROUP BY note HAVING "
                     u"count(*) > 1)"_s.arg(seed)),
                 0);
        for (const SlotModel &slot : std::as_const(model)) {
            if (slot.shared)
                continue;
            QVariantList row;
            QVERIFY(m_territory.sql(
                u"SELECT version, deleted FROM records WHERE entity = 'availability' AND id = "
                u"'%1'"_s.arg(slot.id),
                &row));
            QVERIFY2(!row.isEmpty(),
                     qPrintable(slot.tag + u" never reached the server"_s + replay));
            QCOMPARE(row.at(1).toBool(), slot.deleted);
            QVERIFY2(row.at(0).toInt() == 1 + slot.edits + (slot.deleted ? 1 : 0),
                     qPrintable(u"%1: version %2, expected %3"_s.arg(slot.tag)
                                    .arg(row.at(0).toInt())
                                    .arg(1 + slot.edits + (slot.deleted ? 1 : 0))
                                + replay));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncRandom)
#include "tst_syncrandom.moc"

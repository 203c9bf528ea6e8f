// The fault-injection suite of issue 4, against the real releve-server: a network that delays,
// cuts a request or a response at a chosen byte, loses the answer of a committed push, or
// delivers a request twice (TcpProxy); a client process killed with SIGKILL before a push, in
// the middle of one, and between applying a pulled page and saving its cursor (the
// releve-faultclient helper; the last through RELEVE_TEST_CRASH_POINT=page_applied); the server
// killed after k of n mutations of a batch, or answering 503 in the middle of one (its
// RELEVE_TEST_* hooks); permanent errors in the middle of a batch; the token expiring between two
// pages; the client clock a day off; the server restored from an older backup; the client cache
// restored from an older copy; an upgrade with a non-empty outbox written by schema version 1;
// a damaged cache; two coordinators editing the same slot offline. Every scenario ends with the
// convergence check, and counts on the server that each edit exists exactly once.
#include "faultharness.h"

#include "core/store/clock.h"

#include <QRegularExpression>

using namespace releve;
using namespace releve::faults;
namespace entity = releve::domain::entity;

namespace {

// The helper process, killed by the test or by itself.
class HelperProcess
{
public:
    void start(const QStringList &arguments, const QByteArray &crashPoint = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!crashPoint.isEmpty())
            env.insert(u"RELEVE_TEST_CRASH_POINT"_s, QString::fromLatin1(crashPoint));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(RELEVE_FAULTCLIENT_EXE), arguments);
    }
    // Waits for a line starting with prefix on standard output.
    bool waitFor(const QByteArray &prefix, int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
                   [&] {
                       m_output += m_process.readAllStandardOutput();
                       for (const QByteArray &line : m_output.split('\n')) {
                           if (line.startsWith(prefix))
                               return true;
                       }
                       return m_process.state() == QProcess::NotRunning
                           && m_process.bytesAvailable() == 0;
                   },
                   timeoutMs)
            && m_output.contains(prefix);
    }
    void kill()
    {
        m_process.kill(); // SIGKILL on Unix
        m_process.waitForFinished(10000);
    }
    bool waitForFinished() { return m_process.waitForFinished(30000); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QByteArray output()
    {
        m_output += m_process.readAllStandardOutput();
        return m_output + m_process.readAllStandardError();
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    Territory m_territory;
    QTemporaryDir m_dir;
    int m_counter = 0;
    int m_day = 0; // each scenario takes days of its own

    QString newCache() { return m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_counter)); }
    int days(int n)
    {
        const int first = m_day;
        m_day += n;
        return first;
    }
    std::unique_ptr<Workstation> workstation(const QJsonObject &account, bool throughProxy = true,
                                             QString cache = {})
    {
        auto station = std::make_unique<Workstation>(cache.isEmpty() ? newCache() : cache,
                                                     throughProxy ? m_territory.proxyUrl()
                                                                  : m_territory.directUrl(),
                                                     m_territory.directUrl(), account);
        return station;
    }
    QStringList helperArguments(const Workstation &station, const QString &action,
                                const QStringList &more = {})
    {
        return QStringList { u"--cache"_s,    station.cachePath(),
                             u"--server"_s,   m_territory.proxyUrl().toString(),
                             u"--login"_s,    station.account().value(u"login"_s).toString(),
                             u"--password"_s, station.account().value(u"password"_s).toString() }
        + more + QStringList { action };
    }
    // Saves count slots with notes "<tag>-0"…; returns their ids.
    QStringList saveSlots(Workstation &station, int count, const QString &tag)
    {
        QStringList ids;
        const int first = days(count);
        for (int i = 0; i < count; ++i) {
            const auto saved = station.store->saveRecord(
                entity::availability,
                station.newSlot(first + i, 8, tag + u'-' + QString::number(i)));
            if (!saved) {
                qWarning() << saved.error().toString();
                return {};
            }
            ids.append(saved->id);
        }
        return ids;
    }
    void verifyOnce(const QString &tag, int count)
    {
        for (int i = 0; i < count; ++i)
            QCOMPARE(serverSlotsWithNote(m_territory, tag + u'-' + QString::number(i)), 1);
    }
    qint64 serverVersion(const QString &entityName, const QString &id)
    {
        QVariantList row;
        m_territory.sql(
            u"SELECT version FROM records WHERE entity = '%1' AND id = '%2'"_s.arg(entityName, id),
            &row);
        return row.isEmpty() ? -1 : row.first().toLongLong();
    }
#define VERIFY_CONVERGED(station)                                                                  \
    do {                                                                                           \
        const QString error = (station).convergenceError();                                        \
        QVERIFY2(error.isEmpty(), qPrintable(error));                                              \
    } while (false)

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
        store::Clock::setSkewForTesting(0);
    }

    // --- The network ---------------------------------------------------------------------------

    void slowNetwork_everyEditArrivesOnce()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        m_territory.proxy->setDelay(120);
        QVERIFY(a->sync());
        saveSlots(*a, 3, u"slow"_s);
        QVERIFY(a->settle());
        verifyOnce(u"slow"_s, 3);
        VERIFY_CONVERGED(*a);
    }

    void requestCutAtAByte_isSentAgainAndAppliedOnce()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        QVERIFY(a->sync());
        saveSlots(*a, 4, u"cutrequest"_s);
        // Headers and part of the body reach the server, then the connection breaks (twice: Qt
        // sends a request again by itself once when a kept-alive connection breaks).
        m_territory.proxy->cutRequestAt("POST /v1/mutations", 300, 2);
        QVERIFY(!a->sync());
        QCOMPARE(a->engine->state(), SyncEngine::State::Offline);
        QCOMPARE(a->store->pendingCount(), 4);
        QCOMPARE(serverSlotsWithNote(m_territory, u"cutrequest-0"_s), 0);
        QVERIFY(a->settle());
        verifyOnce(u"cutrequest"_s, 4);
        VERIFY_CONVERGED(*a);
    }

    void responseCutAtAByte_isAnsweredAgainFromTheServersRecord()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        QVERIFY(a->sync());
        const QStringList ids = saveSlots(*a, 3, u"cutresponse"_s);
        m_territory.proxy->cutResponseAt("POST /v1/mutations", 60, 2); // in the headers
        QVERIFY(!a->sync());
        QCOMPARE(serverSlotsWithNote(m_territory, u"cutresponse-0"_s), 1); // committed
        QVERIFY(a->settle());
        verifyOnce(u"cutresponse"_s, 3);
        for (const QString &id : ids)
            QCOMPARE(serverVersion(entity::availability, id), 1);
        VERIFY_CONVERGED(*a);
    }

    void lostAnswerOfACommittedPush_isNotAppliedTwice()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        QVERIFY(a->sync());
        const QStringList ids = saveSlots(*a, 2, u"lostanswer"_s);
        QVERIFY(a->settle());
        // An edit whose push is committed by the server, and whose answer never arrives.
        QJsonObject edit = a->store->record(entity::availability, ids.first())->data;
        edit.insert(u"note"_s, u"lostanswer-edited"_s);
        QVERIFY(a->store->saveRecord(entity::availability, edit).ok());
        // Twice: Qt itself sends a request again once when a connection closes with no answer.
        m_territory.proxy->cutResponseAt("POST /v1/mutations", 0, 2);
        QVERIFY(!a->sync());
        QCOMPARE(serverVersion(entity::availability, ids.first()), 2); // committed
        QCOMPARE(a->store->outbox().size(), 1);
        QCOMPARE(a->store->outbox().first().state, u"sent"_s);
        QVERIFY(a->settle());
        QCOMPARE(serverVersion(entity::availability, ids.first()), 2); // not 3
        QCOMPARE(a->store->record(entity::availability, ids.first())->version, 2);
        VERIFY_CONVERGED(*a);
    }

    void replayedRequest_changesNothing()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        QVERIFY(a->sync());
        const QStringList ids = saveSlots(*a, 3, u"replayed"_s);
        QVERIFY(a->settle());
        QJsonObject edit = a->store->record(entity::availability, ids.at(1))->data;
        edit.insert(u"note"_s, u"replayed-edited"_s);
        QVERIFY(a->store->saveRecord(entity::availability, edit).ok());
        m_territory.proxy->replayRequest("POST /v1/mutations");
        QVERIFY(a->sync());
        QTRY_COMPARE(m_territory.proxy->replaysDone(), 1);
        QTest::qWait(300); // the duplicate is answered by the server
        QVERIFY(a->settle());
        QCOMPARE(serverVersion(entity::availability, ids.at(1)), 2);
        QCOMPARE(serverSlotsWithNote(m_territory, u"replayed-edited"_s), 1);
        VERIFY_CONVERGED(*a);
    }

    void pullCutInTheMiddleOfAPage_pageIsFetchedAgain()
    {
        auto a = workstation(m_territory.coordinator(0));
        a->pageSize = 20;
        m_territory.proxy->cutResponseAt("GET /v1/changes", 700, 2);
        QVERIFY(a->open());
        QVERIFY(!a->sync()); // the first sync breaks in its first page
        QVERIFY(a->settle());
        VERIFY_CONVERGED(*a);
    }

    void partitionThenHeal_outboxEmptiesAndClientsConverge()
    {
        auto a = workstation(m_territory.coordinator(0));
        auto b = workstation(m_territory.secondCoordinator);
        QVERIFY(a->open() && b->open());
        QVERIFY(a->sync() && b->sync());
        m_territory.proxy->partition(true);
        saveSlots(*a, 2, u"partitionA"_s);
        saveSlots(*b, 2, u"partitionB"_s);
        QVERIFY(!a->sync());
        QVERIFY(!b->sync());
        QCOMPARE(a->engine->state(), SyncEngine::State::Offline);
        QVERIFY(a->engine->lastError().contains(u"kept"_s));
        m_territory.proxy->partition(false);
        QVERIFY(a->settle() && b->settle() && a->settle());
        verifyOnce(u"partitionA"_s, 2);
        verifyOnce(u"partitionB"_s, 2);
        VERIFY_CONVERGED(*a);
        VERIFY_CONVERGED(*b);
    }

    // --- The client process killed -------------------------------------------------------------

    void clientKilledBeforeAPush_editsArriveOnce()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        QVERIFY(a->sync());
        a->close();
        HelperProcess helper;
        const int first = days(3);
        helper.start({ u"--cache"_s, a->cachePath(), u"edit"_s, u"3"_s, u"killedbefore"_s,
                       QString::number(first) });
        QVERIFY2(helper.waitFor("SAVED"), helper.output().constData());
        helper.kill(); // saved, never sent
        QVERIFY(a->open());
        QCOMPARE(a->store->pendingCount(), 3);
        QVERIFY(a->settle());
        verifyOnce(u"killedbefore"_s, 3);
        VERIFY_CONVERGED(*a);
    }

    void clientKilledInTheMiddleOfAPush_editsArriveOnce()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        QVERIFY(a->sync());
        saveSlots(*a, 5, u"killedmid"_s);
        a->close();
        // The server commits the batch; its answer is held by the proxy while the client dies.
        m_territory.proxy->holdResponse("POST /v1/mutations");
        QSignalSpy held(m_territory.proxy.get(), &testing::TcpProxy::responseHeld);
        HelperProcess helper;
        helper.start(helperArguments(*a, u"sync"_s));
        QVERIFY2(held.wait(30000), helper.output().constData());
        helper.kill();
        m_territory.proxy->clearFaults();
        QCOMPARE(serverSlotsWithNote(m_territory, u"killedmid-0"_s), 1); // committed
        QVERIFY(a->open());
        QCOMPARE(a->store->pendingCount(), 5); // sent, never answered
        QVERIFY(a->settle());
        verifyOnce(u"killedmid"_s, 5);
        VERIFY_CONVERGED(*a);
    }

    void clientKilledBetweenAPageAndItsCursor_pageIsAppliedAgainNotTwice()
    {
        auto a = workstation(m_territory.coordinator(0));
        auto other = workstation(m_territory.secondCoordinator);
        QVERIFY(a->open() && other->open());
        QVERIFY(a->sync() && other->sync());
        const QString cursorBefore = a->store->cursor();
        const QStringList ids = saveSlots(*a, 2, u"killedpage"_s);
        saveSlots(*other, 3, u"killedpage-other"_s);
        QVERIFY(other->settle());
        a->close();
        HelperProcess helper;
        helper.start(helperArguments(*a, u"sync"_s, { u"--page"_s, u"2"_s }), "page_applied");
        QVERIFY2(helper.waitFor("CRASH_POINT page_applied"), helper.output().constData());
        helper.waitForFinished();
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        // The push went through; the page and its cursor were one transaction: neither stayed.
        QCOMPARE(serverSlotsWithNote(m_territory, u"killedpage-0"_s), 1);
        QVERIFY(a->open());
        QCOMPARE(a->store->cursor(), cursorBefore);
        QCOMPARE(a->store->pendingCount(), 2); // acknowledged, not yet pulled back
        QVERIFY(a->settle());
        for (const QString &id : ids)
            QCOMPARE(a->store->record(entity::availability, id)->version, 1);
        QVERIFY(other->settle());
        verifyOnce(u"killedpage"_s, 2);
        verifyOnce(u"killedpage-other"_s, 3);
        VERIFY_CONVERGED(*a);
        VERIFY_CONVERGED(*other);
    }

    // --- The server ----------------------------------------------------------------------------

    void serverKilledAfterKOfNMutations_resendAppliesTheRestOnce()
    {
        auto a = workstation(m_territory.coordinator(0));
        a->batchSize = 10;
        QVERIFY(a->open());
        QVERIFY(a->sync());
        saveSlots(*a, 10, u"serverkilled"_s);
        const QList<store::OutboxEntry> entries = a->store->outbox();
        QVERIFY(m_territory.restart({ { "RELEVE_TEST_EXIT_AFTER_MUTATIONS", "4" } }));
        QVERIFY(a->open()); // signs in again (the server forgot nothing: same database)
        QVERIFY(!a->sync()); // the server dies after committing 4 of the 10
        QCOMPARE(m_territory.count(u"SELECT last_seq FROM clients WHERE client_id = '%1'"_s.arg(
                     a->store->clientId())),
                 int(entries.at(3).seq));
        int committed = 0;
        for (int i = 0; i < 10; ++i)
            committed += serverSlotsWithNote(m_territory, u"serverkilled-%1"_s.arg(i));
        QCOMPARE(committed, 4);
        QVERIFY(m_territory.restart());
        QVERIFY(a->settle());
        verifyOnce(u"serverkilled"_s, 10);
        QCOMPARE(m_territory.count(u"SELECT last_seq FROM clients WHERE client_id = '%1'"_s.arg(
                     a->store->clientId())),
                 int(entries.last().seq));
        VERIFY_CONVERGED(*a);
    }

    void unavailable503InTheMiddleOfABatch_committedPrefixStaysOrderKept()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        QVERIFY(a->sync());
        const QStringList ids = saveSlots(*a, 6, u"unavailable"_s);
        QVERIFY(m_territory.restart({ { "RELEVE_TEST_UNAVAILABLE_AFTER_MUTATIONS", "3" } }));
        QVERIFY(a->open());
        QVERIFY(!a->sync());
        QCOMPARE(a->engine->state(), SyncEngine::State::Offline);
        int committed = 0;
        for (int i = 0; i < 6; ++i)
            committed += serverSlotsWithNote(m_territory, u"unavailable-%1"_s.arg(i));
        QCOMPARE(committed, 3);
        QCOMPARE(serverSlotsWithNote(m_territory, u"unavailable-3"_s), 0);
        QVERIFY(a->settle());
        verifyOnce(u"unavailable"_s, 6);
        // Applied in the order they were made: each later slot has a later change order.
        qint64 previous = 0;
        for (const QString &id : ids) {
            QVariantList row;
            QVERIFY(m_territory.sql(
                u"SELECT a.at FROM mutation_answers a WHERE json_extract(a.answer, '$.record.id') "
                u"= '%1'"_s.arg(id),
                &row));
            QVERIFY(!row.isEmpty());
            QVERIFY(row.first().toLongLong() >= previous);
            previous = row.first().toLongLong();
        }
        QVERIFY(m_territory.restart());
        VERIFY_CONVERGED(*a);
    }

    void permanentErrorsInTheMiddleOfABatch_doNotBlockTheRest()
    {
        auto a = workstation(m_territory.coordinator(0));
        auto b = workstation(m_territory.coordinator(1));
        QVERIFY(a->open() && b->open());
        QVERIFY(a->sync() && b->sync());
        const QString foreignStaff = b->ownStaffId();
        QVERIFY(!foreignStaff.isEmpty());
        const int first = days(5);
        const auto okBefore
            = a->store->saveRecord(entity::availability, a->newSlot(first, 8, u"batch-0"_s));
        // Permission: a slot for another agency's worker (valid here; the server refuses it).
        QJsonObject foreign = a->newSlot(first + 1, 8, u"batch-1"_s);
        foreign.insert(u"staff_id"_s, foreignStaff);
        const auto refused = a->store->saveRecord(entity::availability, foreign);
        // A transition no longer allowed: publishing a request that does not exist.
        const auto command = a->store->queueCommand(entity::request, domain::newId(),
                                                    QJsonObject { { u"command"_s, u"publish"_s } });
        const auto okAfter
            = a->store->saveRecord(entity::availability, a->newSlot(first + 2, 8, u"batch-2"_s));
        QVERIFY(okBefore.ok() && refused.ok() && command.ok() && okAfter.ok());
        QSignalSpy rejections(a->engine.get(), &SyncEngine::rejectionReported);
        QVERIFY(a->sync());
        QCOMPARE(rejections.size(), 2);
        QCOMPARE(serverSlotsWithNote(m_territory, u"batch-0"_s), 1);
        QCOMPARE(serverSlotsWithNote(m_territory, u"batch-2"_s), 1);
        const QList<store::OutboxEntry> rejected = a->store->outbox({ u"rejected"_s });
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.first().errorCode, u"forbidden"_s);
        QCOMPARE(rejected.first().errorField, u"staff_id"_s);
        QVERIFY(!rejected.first().error.isEmpty());
        QCOMPARE(a->store->record(entity::availability, refused->id)->syncState, u"rejected"_s);
        QCOMPARE(a->store->needsAttentionCount(), 2);

        // The person corrects the first (their own worker) and resends it; drops the second.
        QJsonObject corrected = a->store->record(entity::availability, refused->id)->data;
        corrected.insert(u"staff_id"_s, a->ownStaffId());
        QVERIFY(a->store->resendCorrected(rejected.first().seq, corrected).ok());
        a->store->dropEntry(rejected.last().seq);
        QVERIFY(a->settle());
        QCOMPARE(serverSlotsWithNote(m_territory, u"batch-1"_s), 1);
        VERIFY_CONVERGED(*a);
    }

    void tokenExpiresBetweenTwoPages_oneRefreshNoDuplicate()
    {
        auto a = workstation(m_territory.coordinator(0));
        a->pageSize = 15;
        a->batchSize = 3;
        QVERIFY(a->open());
        QVERIFY(a->sync());
        auto b = workstation(m_territory.secondCoordinator);
        QVERIFY(b->open());
        QVERIFY(b->sync());
        saveSlots(*b, 40, u"expirypull"_s);
        QVERIFY(b->settle());
        saveSlots(*a, 9, u"expirypush"_s);
        // After the first batch of the push, and again after the first page of the pull, every
        // access token ends.
        int expired = 0;
        QObject::connect(a->engine.get(), &SyncEngine::progressChanged, a->engine.get(),
                         [this, &expired](int done, int) {
                             if ((done == 3 && expired == 0) || (done == 15 && expired == 1)) {
                                 ++expired;
                                 QVERIFY(m_territory.expireAccessTokens());
                             }
                         });
        const int refreshesBefore = m_territory.proxy->requestCount("POST /v1/auth/refresh");
        QVERIFY(a->sync());
        QCOMPARE(expired, 2);
        QCOMPARE(m_territory.proxy->requestCount("POST /v1/auth/refresh") - refreshesBefore, 2);
        verifyOnce(u"expirypush"_s, 9);
        verifyOnce(u"expirypull"_s, 40);
        QVERIFY(a->settle());
        VERIFY_CONVERGED(*a);
    }

    void clientClockADayOff_syncsAsIfItWereRight_data()
    {
        QTest::addColumn<qint64>("skewMs");
        QTest::newRow("a day ahead") << qint64(24) * 3600 * 1000;
        QTest::newRow("a day behind") << -qint64(24) * 3600 * 1000;
    }
    void clientClockADayOff_syncsAsIfItWereRight()
    {
        QFETCH(qint64, skewMs);
        store::Clock::setSkewForTesting(skewMs);
        auto a = workstation(m_territory.coordinator(0));
        auto b = workstation(m_territory.secondCoordinator);
        QVERIFY(a->open() && b->open());
        QVERIFY(a->sync() && b->sync());
        const QString tag = u"clock%1"_s.arg(skewMs > 0 ? u"ahead"_s : u"behind"_s);
        const QStringList ids = saveSlots(*a, 2, tag);
        QVERIFY(a->settle() && b->settle());
        // The same offline edits as with a right clock: one merges, one conflicts.
        QJsonObject byA = a->store->record(entity::availability, ids.first())->data;
        byA.insert(u"note"_s, QString(tag + u"-by-a"_s));
        QVERIFY(a->store->saveRecord(entity::availability, byA).ok());
        QJsonObject byB = b->store->record(entity::availability, ids.first())->data;
        byB.insert(u"note"_s, QString(tag + u"-by-b"_s));
        QVERIFY(b->store->saveRecord(entity::availability, byB).ok());
        QVERIFY(a->settle());
        QSignalSpy conflicts(b->engine.get(), &SyncEngine::conflictReported);
        QVERIFY(b->sync());
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(b->store
                    ->resolveConflict(entity::availability, ids.first(),
                                      b->store->conflicts().first().theirs)
                    .ok());
        QVERIFY(b->settle() && a->settle());
        // The measured offset undoes the skew: "today" is the server's. It is measured from the
        // answers' Date header, which the server must send (RFC 9110, 6.6.1).
        QVERIFY(m_territory.proxy->received().contains("\r\nDate: "));
        QVERIFY(qAbs(a->engine->serverClockOffsetMs() + skewMs) < 60000);
        QVERIFY(qAbs(a->engine->serverNow().msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
        QVERIFY(a->engine->lastSuccessfulSync().isValid());
        QCOMPARE(serverVersion(entity::availability, ids.first()), 2);
        QCOMPARE(serverSlotsWithNote(m_territory, tag + u"-1"_s), 1); // untouched
        VERIFY_CONVERGED(*a);
        VERIFY_CONVERGED(*b);
    }

    void serverRestoredFromAnOlderBackup_pendingEditsPushedAgainNothingMassDeleted_data()
    {
        QTest::addColumn<bool>("rotateEpoch");
        QTest::newRow("restore procedure (new epoch)") << true;
        QTest::newRow("file copied back (same epoch)") << false;
    }
    void serverRestoredFromAnOlderBackup_pendingEditsPushedAgainNothingMassDeleted()
    {
        QFETCH(bool, rotateEpoch);
        const QString tag = rotateEpoch ? u"restored-epoch"_s : u"restored-copy"_s;
        auto a = workstation(m_territory.coordinator(0));
        auto b = workstation(m_territory.secondCoordinator);
        auto other = workstation(m_territory.coordinator(1));
        QVERIFY(a->open() && b->open() && other->open());
        QVERIFY(a->sync());
        const QStringList early = saveSlots(*a, 1, tag + u"-early"_s);
        QVERIFY(a->settle() && b->settle() && other->settle());
        const QString backup = m_dir.filePath(tag + u".backup"_s);
        QVERIFY(m_territory.backup(backup));

        // After the backup: a creation and an edit, both confirmed and pulled back by A and B;
        // then an edit still pending in A's outbox.
        const QStringList late = saveSlots(*a, 1, tag + u"-late"_s);
        QJsonObject edited = a->store->record(entity::availability, early.first())->data;
        edited.insert(u"note"_s, QString(tag + u"-early-edited"_s));
        QVERIFY(a->store->saveRecord(entity::availability, edited).ok());
        QVERIFY(a->settle() && b->settle() && other->settle());
        const int cachedBefore = int(a->store->records(entity::availability).size());
        const QStringList pending = saveSlots(*a, 1, tag + u"-pending"_s);
        QJsonObject lateEdit = a->store->record(entity::availability, late.first())->data;
        lateEdit.insert(u"end"_s,
                        QString(lateEdit.value(u"end"_s).toString()).replace(u"T09:"_s, u"T10:"_s));
        QVERIFY(a->store->saveRecord(entity::availability, lateEdit).ok());

        QVERIFY(m_territory.restore(backup, rotateEpoch));
        QCOMPARE(serverSlotsWithNote(m_territory, tag + u"-late-0"_s), 0); // lost by the restore
        QVERIFY(a->open() && b->open() && other->open());
        if (!rotateEpoch) {
            // Without a new epoch, a client knows of the restore only while its cursor is ahead
            // of the restored database: here B comes back before any new write. (Once new writes
            // pass its cursor, nothing can tell: the restore procedure must rotate the epoch.)
            QVERIFY(b->settle());
        }
        QVERIFY(a->settle());
        QCOMPARE(a->engine->heldRemovalCount(), 0);
        QVERIFY(b->settle() && other->settle() && a->settle());

        // Everything A and B had is on the server again, once; nothing was removed from them.
        QCOMPARE(serverSlotsWithNote(m_territory, tag + u"-late-0"_s), 1);
        QCOMPARE(serverSlotsWithNote(m_territory, tag + u"-early-edited"_s), 1);
        QCOMPARE(serverSlotsWithNote(m_territory, tag + u"-pending-0"_s), 1);
        QVERIFY(a->store->record(entity::availability, late.first())
                    ->data.value(u"end"_s)
                    .toString()
                    .contains(u"T10:"_s));
        QCOMPARE(int(a->store->records(entity::availability).size()), cachedBefore + 1);
        QVERIFY(b->store->conflicts().isEmpty());
        VERIFY_CONVERGED(*a);
        VERIFY_CONVERGED(*b);
        VERIFY_CONVERGED(*other);
        Q_UNUSED(pending);
    }

    // --- The client's cache --------------------------------------------------------------------

    void clientCacheRestoredFromAnOlderCopy_noPendingEditSkipped()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        QVERIFY(a->sync());
        const QStringList first = saveSlots(*a, 1, u"oldcopy-a"_s); // pending in the copy
        a->close();
        const QString copy = a->cachePath() + u".copy"_s;
        QVERIFY(QFile::copy(a->cachePath(), copy));
        QVERIFY(a->open());
        QVERIFY(a->settle());
        saveSlots(*a, 1, u"oldcopy-b"_s); // its seq is used on the server, unknown to the copy
        QVERIFY(a->settle());
        a->close();
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(a->cachePath() + suffix);
        QVERIFY(QFile::copy(copy, a->cachePath()));
        QVERIFY(a->open());
        const QString oldClientId = a->store->clientId();
        QCOMPARE(a->store->pendingCount(), 1); // oldcopy-a, already applied: answered again
        saveSlots(*a, 1, u"oldcopy-c"_s); // takes the seq oldcopy-b had
        QVERIFY(a->settle());
        QVERIFY(a->store->clientId() != oldClientId);
        verifyOnce(u"oldcopy-a"_s, 1);
        verifyOnce(u"oldcopy-b"_s, 1);
        verifyOnce(u"oldcopy-c"_s, 1);
        QCOMPARE(serverVersion(entity::availability, first.first()), 1);
        VERIFY_CONVERGED(*a);
    }

    void upgradeWithANonEmptyOutbox_everyOldEntryArrivesOnce()
    {
        // A cache written by schema version 1 (tests/core/store/fixtures/cache-v1.sql), with
        // entries pending, sent (answer lost) and acknowledged for this server's records.
        auto ref = workstation(m_territory.coordinator(0));
        QVERIFY(ref->open());
        QVERIFY(ref->sync());
        const QString staffId = ref->ownStaffId();
        const QString structureId = ref->structureId();
        const QStringList sentIds = saveSlots(*ref, 1, u"upgrade-sent"_s);
        const store::OutboxEntry sent = ref->store->outbox().first();
        // The "sent" entry reached the server under a client id the v1 cache will own.
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        store::OutboxEntry asV1 = sent;
        asV1.seq = 1;
        QVERIFY(await(ref->api->pushMutations(clientId, QJsonArray { asV1.toMutationJson() })).ok);
        ref->close();

        const QString path = newCache();
        {
            QFile fixture(
                QStringLiteral(RELEVE_SOURCE_DIR "/tests/core/store/fixtures/cache-v1.sql"));
            QVERIFY(fixture.open(QIODevice::ReadOnly));
            const QString script = QString::fromUtf8(fixture.readAll());
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            // Only the schema part: this test writes rows for this server's records.
            const QString schema = script.section(u"\n-- DATA\n"_s, 0, 0);
            for (const QString &statement : schema.split(u";\n"_s, Qt::SkipEmptyParts)) {
                QString sql;
                for (const QString &line : statement.split(u'\n')) {
                    if (!line.startsWith(u"--"_s))
                        sql += line + u'\n';
                }
                if (!sql.trimmed().isEmpty())
                    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            }
            const auto insert = [&](qint64 seq, const QString &mutationId, const QString &state,
                                    const QJsonObject &data) {
                query.prepare(u"INSERT INTO outbox (seq, mutation_id, entity, record_id, op, "
                              u"base_version, data, state, created_at) VALUES (?, ?, "
                              u"'availability', ?, 'upsert', 0, ?, ?, ?)"_s);
                if (query.lastError().isValid())
                    qWarning() << "prepare:" << query.lastError().text();
                query.addBindValue(seq);
                query.addBindValue(mutationId);
                query.addBindValue(data.value(u"id"_s).toString());
                query.addBindValue(
                    QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
                query.addBindValue(state);
                query.addBindValue(u"2026-01-01T00:00:00.000Z"_s);
                if (!query.exec())
                    qWarning() << query.lastError().text();
                return query.lastError().type() == QSqlError::NoError;
            };
            QVERIFY(insert(1, sent.mutationId, u"sent"_s, sent.data));
            for (int i = 0; i < 3; ++i) {
                QJsonObject slot { { u"id"_s, domain::newId() },
                                   { u"structure_id"_s, structureId },
                                   { u"staff_id"_s, staffId },
                                   { u"start"_s, u"2029-02-0%1T08:00:00Z"_s.arg(i + 1) },
                                   { u"end"_s, u"2029-02-0%1T09:00:00Z"_s.arg(i + 1) },
                                   { u"kind"_s, u"available"_s },
                                   { u"note"_s, u"upgrade-pending-%1"_s.arg(i) } };
                QVERIFY(insert(2 + i, QUuid::createUuid().toString(QUuid::WithoutBraces),
                               u"pending"_s, slot));
            }
            QVERIFY(
                query.exec(u"UPDATE kv SET value = '%1' WHERE key = 'client_id'"_s.arg(clientId)));
            QVERIFY(query.exec(u"UPDATE kv SET value = '5' WHERE key = 'next_seq'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fixture"_s);

        auto a = workstation(m_territory.coordinator(0), true, path);
        QVERIFY(a->open()); // migrates from version 1
        QCOMPARE(a->store->outbox().size(), 4);
        QCOMPARE(a->store->outbox().first().schemaVersion, 1);
        QVERIFY(a->settle());
        verifyOnce(u"upgrade-sent"_s, 1);
        verifyOnce(u"upgrade-pending"_s, 3);
        QCOMPARE(serverVersion(entity::availability, sentIds.first()), 1);
        VERIFY_CONVERGED(*a);
    }

    void damagedCache_setAsideRebuiltAndPendingEditsSentOnce()
    {
        auto a = workstation(m_territory.coordinator(0));
        QVERIFY(a->open());
        QVERIFY(a->sync());
        saveSlots(*a, 2, u"damaged-pending"_s);
        // One more whose push the server committed but whose answer was lost.
        saveSlots(*a, 1, u"damaged-sent"_s);
        m_territory.proxy->cutResponseAt("POST /v1/mutations", 0, 2);
        QVERIFY(!a->sync());
        QCOMPARE(serverSlotsWithNote(m_territory, u"damaged-sent-0"_s), 1);
        QCOMPARE(serverSlotsWithNote(m_territory, u"damaged-pending-0"_s), 1);
        saveSlots(*a, 2, u"damaged-later"_s);
        a->close();
        // Damage the pages of the cached records (the first part of the file, after the
        // schema), leaving the outbox written last.
        QFile file(a->cachePath());
        const qint64 size = file.size();
        QVERIFY(size > 160 * 1024);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(64 * 1024);
        file.write(QByteArray(32 * 1024, '\x5a'));
        file.close();

        QVERIFY(a->open());
        QVERIFY2(a->openMessage.contains(u"set aside"_s), qPrintable(a->openMessage));
        QVERIFY(a->openMessage.contains(u"2 unsent"_s) || a->openMessage.contains(u"5 unsent"_s)
                || a->openMessage.contains(u"unsent"_s));
        const QDir dir = QFileInfo(a->cachePath()).dir();
        QCOMPARE(
            dir.entryList({ QFileInfo(a->cachePath()).fileName() + u".corrupt-*"_s }, QDir::Files)
                .filter(QRegularExpression(u"corrupt-[0-9-]+$"_s))
                .size(),
            1); // set aside, not deleted
        QVERIFY(a->settle());
        verifyOnce(u"damaged-pending"_s, 2);
        verifyOnce(u"damaged-sent"_s, 1);
        verifyOnce(u"damaged-later"_s, 2);
        VERIFY_CONVERGED(*a);
    }

    // --- People ----------------------------------------------------------------------------------

    void twoCoordinatorsSameSlotOffline_disjointFieldsMergeOverlapIsAConflict()
    {
        auto one = workstation(m_territory.coordinator(0));
        auto two = workstation(m_territory.secondCoordinator);
        QVERIFY(one->open() && two->open());
        QVERIFY(one->sync() && two->sync());
        m_territory.proxy->setDelay(30);
        const QStringList ids = saveSlots(*one, 1, u"sameslot"_s);
        QVERIFY(one->settle() && two->settle());
        const QString id = ids.first();

        // Disjoint fields, both offline on version 1: merged, nobody's edit lost.
        QJsonObject byOne = one->store->record(entity::availability, id)->data;
        byOne.insert(u"note"_s, u"sameslot-note-by-one"_s);
        QVERIFY(one->store->saveRecord(entity::availability, byOne).ok());
        QJsonObject byTwo = two->store->record(entity::availability, id)->data;
        byTwo.insert(u"end"_s,
                     QString(byTwo.value(u"end"_s).toString()).replace(u"T09:"_s, u"T11:"_s));
        QVERIFY(two->store->saveRecord(entity::availability, byTwo).ok());
        QSignalSpy conflictsOfTwo(two->engine.get(), &SyncEngine::conflictReported);
        QVERIFY(one->settle() && two->settle() && one->settle());
        QCOMPARE(conflictsOfTwo.size(), 0);
        for (Workstation *station : { one.get(), two.get() }) {
            const auto merged = station->store->record(entity::availability, id);
            QCOMPARE(merged->data.value(u"note"_s).toString(), u"sameslot-note-by-one"_s);
            QVERIFY(merged->data.value(u"end"_s).toString().contains(u"T11:00"_s));
        }

        // Overlapping: both change the note and one of them the start. The second to arrive is a
        // conflict showing both values; nothing is overwritten.
        byOne = one->store->record(entity::availability, id)->data;
        byOne.insert(u"note"_s, u"one says 8 h"_s);
        QVERIFY(one->store->saveRecord(entity::availability, byOne).ok());
        byTwo = two->store->record(entity::availability, id)->data;
        byTwo.insert(u"note"_s, u"two says 9 h"_s);
        byTwo.insert(u"start"_s,
                     QString(byTwo.value(u"start"_s).toString()).replace(u"T08:"_s, u"T07:"_s));
        QVERIFY(two->store->saveRecord(entity::availability, byTwo).ok());
        QVERIFY(one->settle());
        QVERIFY(two->sync());
        QCOMPARE(conflictsOfTwo.size(), 1);
        const QList<store::Conflict> conflicts = two->store->conflicts();
        QCOMPARE(conflicts.size(), 1);
        const store::Conflict &conflict = conflicts.first();
        QCOMPARE(conflict.mine.value(u"note"_s).toString(), u"two says 9 h"_s);
        QCOMPARE(conflict.theirs.value(u"note"_s).toString(), u"one says 8 h"_s);
        QCOMPARE(conflict.overlappingFields(), QStringList { u"note"_s });
        QCOMPARE(conflict.differingFields(), (QStringList { u"note"_s, u"start"_s }));
        QCOMPARE(conflict.base.value(u"note"_s).toString(), u"sameslot-note-by-one"_s);
        // The suggested merge keeps theirs on the overlap and mine on what only I changed.
        const QJsonObject suggested = conflict.merged();
        QCOMPARE(suggested.value(u"note"_s).toString(), u"one says 8 h"_s);
        QVERIFY(suggested.value(u"start"_s).toString().contains(u"T07:"_s));
        QCOMPARE(two->store->record(entity::availability, id)->syncState, u"conflict"_s);
        QCOMPARE(serverSlotsWithNote(m_territory, u"one says 8 h"_s), 1);

        // The coordinator merges field by field: my note, my start.
        QJsonObject resolved = conflict.merged(QStringList { u"note"_s, u"start"_s });
        resolved.insert(u"note"_s, u"8 h, then 9 h"_s);
        QVERIFY(two->store->resolveConflict(entity::availability, id, resolved).ok());
        QVERIFY(two->settle() && one->settle());
        const auto final = one->store->record(entity::availability, id);
        QCOMPARE(final->data.value(u"note"_s).toString(), u"8 h, then 9 h"_s);
        QVERIFY(final->data.value(u"start"_s).toString().contains(u"T07:"_s));
        VERIFY_CONVERGED(*one);
        VERIFY_CONVERGED(*two);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

// Two releve-server processes on one database (PostgreSQL in the postgres run, one SQLite file
// otherwise), as behind a reverse proxy: client threads, each with its own network access manager,
// send interleaved and concurrent mutations to both, while readers page through the change feed
// of each process in small pages. Every mutation reaches each feed exactly once, in one order,
// and no row is skipped: the seq counter row is locked by each write transaction until it commits,
// so commit order is seq order (docs/protocol.md, "Records and visibility").
#include "serverscenario.h"

#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace releve::servertest;

namespace {

constexpr int writersPerStructure = 2;
constexpr int batchesPerWriter = 24;

struct Written
{
    QString id;
    qint64 version = 0;
};

struct FeedEntry
{
    QString key; // entity/id
    qint64 version = 0;
    bool deleted = false;
};

} // namespace

class TestServerTwoProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentMutationsOnTwoProcesses_reachEachFeedExactlyOnceInOrder();
    void bothProcesses_serveTheSameFeed();

private:
    // One writer: batches of creates and updates of its structure's slots, alternately to each
    // process, with its own client_id and seq; a 503 (a deadlock or lock timeout answered as
    // "unavailable") is retried with the same batch, exactly once by the protocol.
    void write(int writer, const QString &login, const QStringList &staffIds);
    // One reader of one process: pages of 5 until the writers are done, then to the end.
    void read(int process, const QString &login);

    TestServer m_first;
    std::unique_ptr<TestServer> m_second;
    std::atomic<bool> m_writing { false };
    QMutex m_mutex;
    QStringList m_failures;
    QHash<QString, qint64> m_finalVersions; // availability id → last applied version
    QHash<QString, QString> m_ownerOf; // availability id → login
    QHash<int, QList<FeedEntry>> m_feeds; // reader → what it saw, in order
    QHash<int, QString> m_readerLogin;
    int m_applied = 0;
};

void TestServerTwoProcess::initTestCase()
{
    if (!m_first.isAvailable())
        QSKIP("RELEVE_TEST_STORAGE=postgres without a reachable RELEVE_TEST_POSTGRES");
    QVERIFY2(m_first.seed(), qPrintable(m_first.lastError()));
    QVERIFY2(m_first.start(), qPrintable(m_first.lastError()));
    m_second = std::make_unique<TestServer>(m_first, TestServer::SameDatabase {});
    QVERIFY2(m_second->start(), qPrintable(m_second->lastError()));
    QVERIFY(m_first.url() != m_second->url());
}

void TestServerTwoProcess::write(int writer, const QString &login, const QStringList &staffIds)
{
    const QUrl urls[] = { m_first.url(), m_second->url() };
    HttpClient client(urls[writer % 2]);
    const HttpReply session
        = client.post(u"/v1/auth/login"_qs,
                      { { u"login"_qs, login },
                        { u"password"_qs, m_first.account(login)[u"password"_qs].toString() } });
    client.setToken(session.json[u"access_token"_qs].toString());
    const QString clientId = u"writer-"_qs + QString::number(writer) + u'-' + newId();
    qint64 seq = 0;
    QList<Written> mine;
    const QDate base = QDate::currentDate().addDays(70);
    for (int batch = 0; batch < batchesPerWriter; ++batch) {
        QJsonArray mutations;
        QList<qsizetype> updated; // index in mine, for each mutation of the batch
        const int count = 1 + (writer + batch) % 3;
        // Updates edit slots applied by earlier batches, each at most once per batch.
        const qsizetype known = mine.size();
        for (int n = 0; n < count; ++n) {
            const qsizetype index = known > 0 ? (batch * 7 + n) % known : -1;
            const bool update = index >= 0 && (batch + n) % 3 == 2 && !updated.contains(index);
            QJsonObject item { { u"mutation_id"_qs, newId() },
                               { u"seq"_qs, ++seq },
                               { u"entity"_qs, u"availability"_qs },
                               { u"op"_qs, u"upsert"_qs } };
            if (update) {
                item.insert(u"id"_qs, mine.at(index).id);
                item.insert(u"base_version"_qs, mine.at(index).version);
                item.insert(u"data"_qs,
                            QJsonObject { { u"note"_qs, u"màj %1.%2"_qs.arg(batch).arg(n) } });
                updated.append(index);
            } else {
                const QDate day = base.addDays((writer * batchesPerWriter + batch) % 200);
                const QString id = newId();
                item.insert(u"id"_qs, id);
                item.insert(u"base_version"_qs, 0);
                item.insert(
                    u"data"_qs,
                    QJsonObject { { u"staff_id"_qs, staffIds.at((batch + n) % staffIds.size()) },
                                  { u"start"_qs, instant(day, QTime(8 + n, 0)) },
                                  { u"end"_qs, instant(day, QTime(9 + n, 0)) },
                                  { u"kind"_qs, u"available"_qs } });
                mine.append({ id, 0 });
                updated.append(mine.size() - 1);
            }
            mutations.append(item);
        }
        // Interleaved: each batch to the other process than the previous one.
        client.setBaseUrl(urls[(writer + batch) % 2]);
        HttpReply reply;
        for (int attempt = 0; attempt < 20; ++attempt) {
            reply = client.post(u"/v1/mutations"_qs,
                                { { u"client_id"_qs, clientId }, { u"mutations"_qs, mutations } });
            if (reply.status != 503)
                break;
            QThread::msleep(50);
        }
        const QJsonArray results = reply.json[u"results"_qs].toArray();
        QMutexLocker lock(&m_mutex);
        if (reply.status != 200 || results.size() != mutations.size()) {
            m_failures.append(login + u": "_qs + QString::fromUtf8(reply.describe()));
            return;
        }
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            Written &written = mine[updated.at(i)];
            if (result[u"status"_qs] != u"applied"_qs) {
                m_failures.append(login + u": "_qs
                                  + QString::fromUtf8(QJsonDocument(result).toJson()));
                continue;
            }
            written.version = result[u"version"_qs].toInteger();
            m_finalVersions.insert(written.id, written.version);
            m_ownerOf.insert(written.id, login);
            ++m_applied;
        }
    }
}

void TestServerTwoProcess::read(int process, const QString &login)
{
    HttpClient client(process == 0 ? m_first.url() : m_second->url());
    const HttpReply session
        = client.post(u"/v1/auth/login"_qs,
                      { { u"login"_qs, login },
                        { u"password"_qs, m_first.account(login)[u"password"_qs].toString() } });
    client.setToken(session.json[u"access_token"_qs].toString());
    QList<FeedEntry> seen;
    QString cursor;
    for (int page = 0; page < 100000; ++page) {
        const bool writing = m_writing.load();
        const HttpReply reply
            = client.get(u"/v1/changes"_qs, { { u"since"_qs, cursor }, { u"limit"_qs, u"5"_qs } });
        if (reply.status == 503)
            continue;
        if (reply.status != 200) {
            QMutexLocker lock(&m_mutex);
            m_failures.append(u"reader: "_qs + QString::fromUtf8(reply.describe()));
            return;
        }
        for (const QJsonValue &change : reply.json[u"changes"_qs].toArray())
            seen.append({ change[u"entity"_qs].toString() + u'/' + change[u"id"_qs].toString(),
                          change[u"version"_qs].toInteger(), change[u"deleted"_qs].toBool() });
        cursor = reply.json[u"cursor"_qs].toString();
        // Done once a page started after the writers stopped says there is nothing more.
        if (!writing && !reply.json[u"has_more"_qs].toBool())
            break;
    }
    QMutexLocker lock(&m_mutex);
    m_feeds.insert(process, seen);
}

void TestServerTwoProcess::concurrentMutationsOnTwoProcesses_reachEachFeedExactlyOnceInOrder()
{
    const QStringList logins { u"coord.bourganeuf"_qs, u"coord.gueret"_qs };
    QHash<QString, QStringList> staffOf;
    for (const QJsonObject &staff : m_first.storedRecords(u"staff"_qs)) {
        for (const QString &login : logins) {
            if (staff[u"structure_id"_qs] == m_first.account(login)[u"structure_id"_qs])
                staffOf[login].append(staff[u"id"_qs].toString());
        }
    }
    QVERIFY(!staffOf.value(logins.at(0)).isEmpty() && !staffOf.value(logins.at(1)).isEmpty());

    m_writing = true;
    // Readers of the first structure's feed, one per process.
    std::vector<std::unique_ptr<QThread>> readers;
    for (int process = 0; process < 2; ++process) {
        readers.emplace_back(
            QThread::create([this, process, &logins] { read(process, logins.at(0)); }));
        readers.back()->start();
    }
    std::vector<std::unique_ptr<QThread>> writers;
    for (int writer = 0; writer < writersPerStructure * int(logins.size()); ++writer) {
        const QString login = logins.at(writer % logins.size());
        writers.emplace_back(QThread::create(
            [this, writer, login, staff = staffOf.value(login)] { write(writer, login, staff); }));
        writers.back()->start();
    }
    for (auto &thread : writers)
        QVERIFY(thread->wait(QDeadlineTimer(std::chrono::minutes(4))));
    m_writing = false;
    for (auto &thread : readers)
        QVERIFY(thread->wait(QDeadlineTimer(std::chrono::minutes(2))));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.mid(0, 5).join(u'\n')));
    qInfo("%d mutations applied through two processes", m_applied);
    QVERIFY(m_applied >= writersPerStructure * 2 * batchesPerWriter);

    const QString structureA = m_first.account(logins.at(0))[u"structure_id"_qs].toString();
    for (int process = 0; process < 2; ++process) {
        const QList<FeedEntry> &seen = m_feeds.value(process);
        QVERIFY(!seen.isEmpty());
        // Exactly once: no record at the same version twice; versions only grow along the feed.
        QHash<QString, qint64> latest;
        for (const FeedEntry &entry : seen) {
            const qint64 previous = latest.value(entry.key, 0);
            QVERIFY2(entry.version > previous,
                     qPrintable(u"process %1 sent %2 version %3 after version %4"_qs.arg(process)
                                    .arg(entry.key)
                                    .arg(entry.version)
                                    .arg(previous)));
            latest.insert(entry.key, entry.version);
        }
        // Nothing skipped: every slot written by the reader's structure is there at its last
        // version; the other structure's slots reached it only as their shared view, if at all.
        int mine = 0;
        for (auto it = m_finalVersions.begin(); it != m_finalVersions.end(); ++it) {
            if (m_ownerOf.value(it.key()) != logins.at(0))
                continue;
            ++mine;
            const QString key = u"availability/"_qs + it.key();
            QVERIFY2(latest.contains(key),
                     qPrintable(u"process %1 skipped %2"_qs.arg(process).arg(key)));
            QCOMPARE(latest.value(key), it.value());
        }
        QVERIFY(mine > 0);
        Q_UNUSED(structureA)
    }
    // The stored order: one seq per row, and what both readers ended on is the database's state.
    const auto rows = m_first.sql(u"SELECT COUNT(*), COUNT(DISTINCT seq) FROM records"_qs);
    QVERIFY(rows && rows->size() == 1);
    QCOMPARE(rows->at(0).at(0).toLongLong(), rows->at(0).at(1).toLongLong());
}

void TestServerTwoProcess::bothProcesses_serveTheSameFeed()
{
    const auto first = m_first.signIn(u"coord.gueret"_qs);
    auto second = std::make_unique<HttpClient>(m_second->url());
    second->setToken(first->token()); // a token made by one process works on the other
    QByteArray rawFirst;
    QByteArray rawSecond;
    QString cursorFirst;
    QString cursorSecond;
    const QJsonArray feedFirst = pullAll(*first, &cursorFirst, &rawFirst, 50);
    const QJsonArray feedSecond = pullAll(*second, &cursorSecond, &rawSecond, 50);
    QVERIFY(!feedFirst.isEmpty());
    QCOMPARE(cursorFirst, cursorSecond);
    QCOMPARE(feedFirst, feedSecond);
}

QTEST_GUILESS_MAIN(TestServerTwoProcess)
#include "tst_servertwoprocess.moc"

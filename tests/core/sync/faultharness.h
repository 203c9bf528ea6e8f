// What the sync fault suites share: the real releve-server behind a fault-injecting TcpProxy
// (Territory), client cores with their own caches (Workstation), and the convergence check of
// STYLE.md — every cache equals the server's view of what that client may see, record by record,
// and its outbox is empty — written as a function that returns what differs, so that a seeded
// scenario can print its seed with it.
#pragma once

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"
#include "tests/common/serverprocess.h"
#include "tests/common/tcpproxy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace releve::faults {

using namespace Qt::StringLiterals;
using store::CachedRecord;
using store::LocalStore;
using sync::ApiClient;
using sync::ApiReply;
using sync::Session;
using sync::SyncEngine;

struct Answer
{
    bool ok = false;
    int status = 0;
    QJsonObject json;
    QString error;
};

inline Answer await(ApiReply *reply, int timeoutMs = 30000)
{
    auto answer = std::make_shared<std::optional<Answer>>();
    QObject::connect(reply, &ApiReply::finished, reply, [answer, reply] {
        *answer
            = Answer { reply->ok(), reply->httpStatus(), reply->json(), reply->error().toString() };
    });
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, timeoutMs))
        return Answer { false, 0, {}, u"no answer"_s };
    return **answer;
}

// The server (seeded demo territory, fast password hashing), a proxy in front of it, and the
// administration a scenario needs: kill, restart with test hooks, back up and restore its
// database, expire every access token.
class Territory
{
public:
    bool start()
    {
        qputenv("RELEVE_PWHASH_COST", "min");
        m_server = std::make_unique<testing::ServerProcess>();
        accounts = m_server->seedDemo();
        if (accounts.isEmpty()) {
            qWarning() << "seed-demo failed:" << m_server->lastError();
            return false;
        }
        const QJsonObject first = coordinator(0);
        secondCoordinator = QJsonObject {
            { u"login"_s, u"coord.second"_s },
            { u"password"_s, u"Second-Coordinator-2026"_s },
            { u"role"_s, u"coordinator"_s },
            { u"structure_id"_s, first.value(u"structure_id"_s) },
        };
        if (!admin({ u"create-account"_s, u"--login"_s, u"coord.second"_s, u"--password"_s,
                     u"Second-Coordinator-2026"_s, u"--role"_s, u"coordinator"_s,
                     u"--structure-id"_s, first.value(u"structure_id"_s).toString() }))
            return false;
        if (!m_server->start()) {
            qWarning() << "serve failed:" << m_server->lastError();
            return false;
        }
        m_port = m_server->port();
        proxy = std::make_unique<testing::TcpProxy>(m_port);
        return true;
    }

    QJsonObject coordinator(int index) const
    {
        return testing::ServerProcess::account(accounts, u"coordinator"_s, index);
    }
    QUrl directUrl() const { return m_server->url(); }
    QUrl proxyUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(proxy->port())); }
    QString databasePath() const { return m_server->databasePath(); }

    // Stops (gracefully) or kills the server; restart() brings it back on the same port, with
    // the given test hooks in its environment (RELEVE_TEST_EXIT_AFTER_MUTATIONS…).
    void stop() { m_server->stop(); }
    void kill() { m_server->kill(); }
    bool restart(const QList<std::pair<QByteArray, QByteArray>> &hooks = {})
    {
        m_server->stop();
        static const QByteArray names[]
            = { "RELEVE_TEST_EXIT_AFTER_MUTATIONS", "RELEVE_TEST_UNAVAILABLE_AFTER_MUTATIONS" };
        for (const QByteArray &name : names)
            qunsetenv(name.constData());
        for (const auto &[name, value] : hooks)
            qputenv(name.constData(), value);
        const bool started = m_server->start(m_port);
        for (const auto &[name, value] : hooks)
            qunsetenv(name.constData());
        if (!started)
            qWarning() << "restart failed:" << m_server->lastError();
        return started;
    }
    bool admin(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(RELEVE_SERVER_EXE),
                      QStringList { u"admin"_s } + arguments
                          + QStringList { u"--db"_s, m_server->databasePath() });
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning() << process.readAllStandardError();
            return false;
        }
        return true;
    }

    // A consistent copy of the live database (SQLite's VACUUM INTO), as a nightly backup.
    bool backup(const QString &to)
    {
        QFile::remove(to);
        return sql(u"VACUUM INTO '%1'"_s.arg(QString(to).replace(u'\'', u"''"_s)));
    }
    // The server is stopped, its database replaced by the copy, and started again. With
    // rotateEpoch, as the documented restore procedure says (releve-server admin rotate-epoch).
    bool restore(const QString &from, bool rotateEpoch)
    {
        m_server->stop();
        const QString path = m_server->databasePath();
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(path + suffix);
        if (!QFile::copy(from, path))
            return false;
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        if (rotateEpoch && !admin({ u"rotate-epoch"_s }))
            return false;
        return restart();
    }

    // Every access token ends now: the next request of every client is answered 401.
    bool expireAccessTokens()
    {
        return sql(u"UPDATE tokens SET expires_at = 1 WHERE kind = 'access'"_s);
    }

    // Runs one statement on the live server database (as another process would).
    bool sql(const QString &statement, QVariantList *firstRow = nullptr)
    {
        const QString name = u"territory-"_s + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_server->databasePath());
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(statement);
                if (!ok)
                    qWarning() << statement << query.lastError().text();
                if (ok && firstRow && query.next()) {
                    for (int i = 0; i < query.record().count(); ++i)
                        firstRow->append(query.value(i));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    int count(const QString &statement)
    {
        QVariantList row;
        return sql(statement, &row) && !row.isEmpty() ? row.first().toInt() : -1;
    }

    QJsonArray accounts;
    QJsonObject secondCoordinator; // a second coordinator of coordinator(0)'s agency
    std::unique_ptr<testing::TcpProxy> proxy;

private:
    std::unique_ptr<testing::ServerProcess> m_server;
    quint16 m_port = 0;
};

// One coordinator's workstation: its cache, REST client (through the proxy), session and sync
// engine; close() and open() are the application quitting and starting again.
class Workstation
{
public:
    Workstation(QString cachePath, QUrl url, QUrl direct, QJsonObject account)
        : m_cachePath(std::move(cachePath))
        , m_url(std::move(url))
        , m_direct(std::move(direct))
        , m_account(std::move(account))
    { }
    ~Workstation() { close(); }

    // Opens the cache (migrating it) and signs in; false with the reason in lastError.
    bool open()
    {
        close();
        store = std::make_unique<LocalStore>();
        const auto opened = store->open(m_cachePath);
        if (!opened && opened.error().code != u"cache_corrupt"_s) {
            lastError = opened.error().toString();
            return false;
        }
        openMessage = opened ? QString() : opened.error().toString();
        network = std::make_unique<QNetworkAccessManager>();
        api = std::make_unique<ApiClient>(network.get());
        api->setTransferTimeout(8000);
        session = std::make_unique<Session>(api.get(), Session::TokenStorage::MemoryOnly);
        engine = std::make_unique<SyncEngine>(store.get(), api.get());
        applyTiming();
        return signIn(session.get(), m_url);
    }
    // Short delays for tests, and batchSize/pageSize (changed between scenarios of a station
    // that stays open).
    void applyTiming()
    {
        SyncEngine::Timing timing;
        timing.backoffBaseMs = 50;
        timing.backoffCapMs = 400;
        timing.debounceMs = 20;
        timing.batchSize = batchSize;
        timing.pageSize = pageSize;
        engine->setTiming(timing);
    }
    void close()
    {
        engine.reset();
        session.reset();
        api.reset();
        network.reset();
        if (store)
            store->close();
        store.reset();
        if (!incrementalView)
            m_view.reset();
    }
    bool isOpen() const { return store && store->isOpen(); }
    QString cachePath() const { return m_cachePath; }
    QString structureId() const { return m_account.value(u"structure_id"_s).toString(); }
    QJsonObject account() const { return m_account; }

    // One push+pull cycle (false when it failed or did not end).
    bool sync(int timeoutMs = 30000)
    {
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow();
        if (!finished.wait(timeoutMs))
            return false;
        return finished.constLast().at(0).toBool();
    }
    // Cycles until one succeeds with nothing left to carry (conflicts and rejections wait for a
    // person and do not count), at most `cycles`.
    bool settle(int cycles = 12)
    {
        for (int i = 0; i < cycles; ++i) {
            if (sync() && store->pendingCount() == 0)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    // What the server's feed gives this client from the beginning, by "entity/id", read
    // directly from the server (not through the proxy and its faults). With incrementalView, the
    // view and its cursor are kept between calls (and across close()): only what changed since
    // is fetched — for a server that is never restored from a backup (the seeded scenarios).
    std::optional<QMap<QString, LocalStore::Change>> serverView()
    {
        // A view whose sign-in was ended (tokens expired by a scenario) starts again once.
        if (auto view = fetchView())
            return view;
        return fetchView();
    }
    std::optional<QMap<QString, LocalStore::Change>> fetchView()
    {
        if (!m_view) {
            m_view = std::make_unique<View>();
            m_view->api.setTransferTimeout(20000);
            if (!signIn(&m_view->session, m_direct)) {
                m_view.reset();
                return std::nullopt;
            }
        }
        QMap<QString, LocalStore::Change> view
            = incrementalView ? m_view->records : QMap<QString, LocalStore::Change>();
        QString cursor = incrementalView ? m_view->cursor : QString();
        for (int page = 0; page < 10000; ++page) {
            Answer answer = await(m_view->api.changes(cursor, 1000));
            if (answer.status == 410 && !cursor.isEmpty()) {
                view.clear();
                cursor.clear();
                continue;
            }
            if (!answer.ok) {
                qWarning() << "feed:" << answer.error;
                m_view.reset();
                return std::nullopt;
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
        if (incrementalView) {
            m_view->records = view;
            m_view->cursor = cursor;
        }
        return view;
    }

    // STYLE.md's convergence check; an empty string when the cache equals the server's view.
    QString convergenceError()
    {
        const QString who = m_account.value(u"login"_s).toString() + u": "_s;
        if (!store->outbox().isEmpty())
            return who
                + u"%1 outbox entr(ies) left, first in state %2 (%3): %4 %5 %6 base %7"_s
                      .arg(store->outbox().size())
                      .arg(store->outbox().first().state, store->outbox().first().error,
                           store->outbox().first().op, store->outbox().first().entity,
                           store->outbox().first().recordId)
                      .arg(store->outbox().first().baseVersion);
        if (!store->conflicts().isEmpty())
            return who + u"conflicts left"_s;
        if (store->heldRemovalCount() > 0)
            return who + u"a removal waits for confirmation"_s;
        const auto server = serverView();
        if (!server || server->isEmpty())
            return who + u"no server view"_s;
        // The whole cache read once (a query per record would dominate the seeded scenarios).
        QHash<QString, CachedRecord> cache;
        for (const QString &name : domain::entity::all) {
            for (const CachedRecord &record : store->records(name, true))
                cache.insert(name + u'/' + record.id, record);
        }
        int live = 0;
        for (const LocalStore::Change &change : *server) {
            const auto found = cache.constFind(change.entity + u'/' + change.id);
            const std::optional<CachedRecord> cached
                = found == cache.cend() ? std::nullopt : std::optional<CachedRecord>(*found);
            const QString what = who + change.entity + u' ' + change.id + u": "_s;
            if (change.deleted) {
                if (cached && !cached->deleted)
                    return what + u"deleted on the server, not here"_s;
                continue;
            }
            ++live;
            if (!cached)
                return what + u"missing here"_s;
            if (cached->version != change.version)
                return what
                    + u"version %1 here, %2 on the server"_s.arg(cached->version)
                          .arg(change.version);
            if (cached->deleted || cached->syncState != u"synced"_s)
                return what + u"state %1 here"_s.arg(cached->syncState);
            if (cached->data != change.data)
                return what + u"data differ"_s;
        }
        int cachedLive = 0;
        for (const CachedRecord &record : std::as_const(cache))
            cachedLive += record.deleted ? 0 : 1;
        if (cachedLive != live)
            return who + u"%1 live records here, %2 on the server"_s.arg(cachedLive).arg(live);
        return {};
    }

    // A staff member of this agency, as cached (index-th, wrapping).
    QString ownStaffId(int index = 0) const
    {
        QStringList ids;
        for (const CachedRecord &staff : store->records(domain::entity::staff)) {
            if (staff.structureId == structureId() && staff.data.contains(u"first_name"_s))
                ids.append(staff.id);
        }
        return ids.isEmpty() ? QString() : ids.at(index % ids.size());
    }

    // A one-off slot far from the demo's (2028 onwards), day and hour chosen by the caller.
    QJsonObject newSlot(int day, int hour, const QString &note, int staffIndex = 0) const
    {
        const QDate date = QDate(2028, 1, 3).addDays(day);
        const QString start
            = u"%1T%2:00:00Z"_s.arg(date.toString(Qt::ISODate)).arg(hour, 2, 10, QLatin1Char('0'));
        const QString end = u"%1T%2:00:00Z"_s.arg(date.toString(Qt::ISODate))
                                .arg(hour + 1, 2, 10, QLatin1Char('0'));
        return QJsonObject { { u"id"_s, domain::newId() },
                             { u"structure_id"_s, structureId() },
                             { u"staff_id"_s, ownStaffId(staffIndex) },
                             { u"start"_s, start },
                             { u"end"_s, end },
                             { u"kind"_s, u"available"_s },
                             { u"note"_s, note } };
    }

    int batchSize = 100;
    int pageSize = 500;
    bool incrementalView = false; // see serverView()
    QString lastError;
    QString openMessage; // the store's message when it had to set a damaged cache aside
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Session> session;
    std::unique_ptr<SyncEngine> engine;

private:
    struct View
    {
        QNetworkAccessManager network;
        ApiClient api { &network };
        Session session { &api, Session::TokenStorage::MemoryOnly };
        QMap<QString, LocalStore::Change> records; // incrementalView only
        QString cursor;
    };

    bool signIn(Session *target, const QUrl &url)
    {
        QSignalSpy signedIn(target, &Session::signedIn);
        QSignalSpy failed(target, &Session::signInFailed);
        target->signIn(url, m_account.value(u"login"_s).toString(),
                       m_account.value(u"password"_s).toString());
        if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, 30000)
            || signedIn.isEmpty()) {
            lastError = u"sign-in failed"_s;
            return false;
        }
        return true;
    }

    QString m_cachePath;
    QUrl m_url;
    QUrl m_direct;
    QJsonObject m_account;
    std::unique_ptr<View> m_view;
};

// How many live availability records on the server carry this note (exactly-once checks).
inline int serverSlotsWithNote(Territory &territory, const QString &note)
{
    return territory.count(u"SELECT count(*) FROM records WHERE entity = 'availability' AND "
                           u"deleted = 0 AND json_extract(data, '$.note') = '%1'"_s.arg(
                               QString(note).replace(u'\'', u"''"_s)));
}

} // namespace releve::faults

// Benchmark of the client's sync (issue 4). A département-sized territory — the Creuse demo plus
// 5,000 staff, 100,000 availability slots and 2,000 published requests spread over its four
// sharing agencies, written into the server's SQLite database by the server's own RecordStore —
// is served by the real releve-server on loopback. It prints, in one run:
//   1. the first sync of a fresh client cache (SyncEngine: pull every page, apply each page and
//      its cursor in one transaction), against the floor of the same work: curl downloading the
//      very same pages (same cursors, same page size, one connection) plus a bulk insert of the
//      same rows into SQLite in one transaction (JSON parsed, same pragmas as the cache); and
//      the ratio (aim: at most 2×);
//   2. the round trip of one small change afterwards: an edit on one client, pushed, and visible
//      after a second client's pull (median of 15).
// Not part of the test run (STYLE.md, "Tests"). Needs curl.
//     build-bench/tests/bench/sync/bench_sync [staff slots-per-staff requests]
#include "core/domain/entity.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"
#include "server/recordstore.h"
#include "server/storage.h"
#include "tests/common/serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace releve;
namespace entity = domain::entity;

namespace {

QTextStream out(stdout);

void fail(const QString &why)
{
    out << "bench_sync: " << why << Qt::endl;
    std::exit(1);
}

// Runs the event loop until the condition holds (a benchmark, not production code).
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 600000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString instant(const QDateTime &utc)
{
    return utc.toString(Qt::ISODate);
}

// The territory: the demo's sharing agencies get the extra staff, slots and requests, shaped
// like the demo's own records.
struct Volume
{
    int staff = 5000;
    int slotsPerStaff = 20; // 100,000
    int requests = 2000;
};

void seedTerritory(const QString &databasePath, const Volume &volume)
{
    server::Storage storage(databasePath);
    if (const auto opened = storage.open(); !opened)
        fail(u"cannot open the server database: "_s + opened.error().toString());
    server::RecordStore records(storage);
    QStringList agencies;
    for (const server::StoredRecord &structure : records.list(entity::structure)) {
        if (structure.data.value(u"shares_staff"_s).toBool())
            agencies.append(structure.id);
    }
    if (agencies.isEmpty())
        fail(u"the demo has no sharing agency"_s);
    static const char *qualifications[] = { "deaes", "deavs", "advf", "aide_soignant", "none" };
    static const char *firstNames[] = { "Marie",  "Nathalie", "Sophie", "Isabelle", "Sandrine",
                                        "Céline", "Karine",   "Julie",  "Aurélie",  "Thomas" };
    static const char *lastNames[] = { "Martin",  "Bernard", "Dubois", "Thomas", "Robert",
                                       "Richard", "Petit",   "Durand", "Leroy",  "Moreau" };
    QRandomGenerator rng(2026);
    const QDateTime monday(QDate(2027, 1, 4), QTime(7, 0), QTimeZone::utc());
    server::Transaction transaction(storage);
    for (int s = 0; s < volume.staff; ++s) {
        const QString structureId = agencies.at(s % agencies.size());
        const QString staffId = newId();
        const QString last = QString::fromUtf8(lastNames[rng.bounded(10)]);
        records.save(
            entity::staff,
            QJsonObject { { u"id"_s, staffId },
                          { u"structure_id"_s, structureId },
                          { u"first_name"_s, QString::fromUtf8(firstNames[rng.bounded(10)]) },
                          { u"last_name"_s, last },
                          { u"phone"_s,
                            u"06 %1 %2 %3 %4"_s.arg(rng.bounded(10, 99))
                                .arg(rng.bounded(10, 99))
                                .arg(rng.bounded(10, 99))
                                .arg(rng.bounded(10, 99)) },
                          { u"home"_s,
                            QJsonObject { { u"lat"_s, 45.9 + rng.bounded(0.4) },
                                          { u"lon"_s, 1.7 + rng.bounded(0.6) } } },
                          { u"qualification"_s, QString::fromLatin1(qualifications[s % 5]) },
                          { u"skills"_s, QJsonArray { u"transfers"_s } },
                          { u"mobility"_s, u"car"_s },
                          { u"max_travel_km"_s, 20 + s % 20 },
                          { u"weekly_hours_ceiling"_s, 35 },
                          { u"consent_sharing"_s, true },
                          { u"active"_s, true },
                          { u"pseudonym"_s,
                            u"Intervenant·e %1"_s.arg(s, 4, 16, QLatin1Char('0')).toUpper() } });
        for (int n = 0; n < volume.slotsPerStaff; ++n) {
            const QDateTime start = monday.addDays(7 * (n / 5) + n % 5).addSecs(3600 * (s % 4));
            records.save(entity::availability,
                         QJsonObject { { u"id"_s, newId() },
                                       { u"structure_id"_s, structureId },
                                       { u"staff_id"_s, staffId },
                                       { u"start"_s, instant(start) },
                                       { u"end"_s, instant(start.addSecs(4 * 3600)) },
                                       { u"kind"_s, n % 17 == 0 ? u"absent"_s : u"available"_s },
                                       { u"note"_s, n % 5 == 0 ? u"Matin uniquement"_s : u""_s } });
        }
    }
    for (int r = 0; r < volume.requests; ++r) {
        const QDateTime start = monday.addDays(r % 200).addSecs(3600 * (r % 3));
        records.save(
            entity::request,
            QJsonObject {
                { u"id"_s, newId() },
                { u"structure_id"_s, agencies.at(r % agencies.size()) },
                { u"status"_s, u"published"_s },
                { u"published_at"_s, instant(monday.addDays(-7)) },
                { u"reason"_s, u"sick_leave"_s },
                { u"urgency"_s, u"normal"_s },
                { u"beneficiary_ref"_s, u"B-%1"_s.arg(r) },
                { u"gir"_s, 1 + r % 6 },
                { u"funding"_s, u"apa"_s },
                { u"needs"_s, QJsonArray { u"lever"_s, u"toilette"_s } },
                { u"required_skills"_s, QJsonArray() },
                { u"interventions"_s,
                  QJsonArray { QJsonObject { { u"id"_s, newId() },
                                             { u"start"_s, instant(start) },
                                             { u"end"_s, instant(start.addSecs(5400)) } } } },
                { u"contract_type"_s, u"mise_a_disposition"_s },
                { u"hourly_rate_cents"_s, 2350 },
                { u"deadline"_s, instant(start.addDays(-1)) },
                { u"radius_km"_s, 25 },
                { u"mission_address"_s, u"1 place de la Mairie, 23000 Guéret"_s },
                { u"mission_commune"_s, u"Guéret"_s },
                { u"mission_location"_s, QJsonObject { { u"lat"_s, 46.17 }, { u"lon"_s, 1.87 } } },
                { u"consent_recorded"_s, true },
                { u"note"_s, u""_s } });
    }
    transaction.commit();
}

// One client: cache, REST client, session (tokens in memory), sync engine with its defaults.
struct Client
{
    QNetworkAccessManager network;
    sync::ApiClient api { &network };
    sync::Session session { &api, sync::Session::TokenStorage::MemoryOnly };
    store::LocalStore store;
    std::unique_ptr<sync::SyncEngine> engine;

    void start(const QString &cachePath, const QUrl &server, const QJsonObject &account)
    {
        if (!store.open(cachePath).ok())
            fail(u"cannot open the cache"_s);
        bool signedIn = false;
        QObject::connect(&session, &sync::Session::signedIn, &session, [&] { signedIn = true; });
        session.signIn(server, account.value(u"login"_s).toString(),
                       account.value(u"password"_s).toString());
        if (!waitUntil([&] { return signedIn; }, 60000))
            fail(u"sign-in failed"_s);
        engine = std::make_unique<sync::SyncEngine>(&store, &api);
    }
    // One cycle, waited for; its duration in ms.
    qint64 sync()
    {
        bool finished = false;
        bool ok = false;
        const auto connection
            = QObject::connect(engine.get(), &sync::SyncEngine::syncFinished, [&](bool success) {
                  finished = true;
                  ok = success;
              });
        QElapsedTimer timer;
        timer.start();
        engine->syncNow();
        if (!waitUntil([&] { return finished; }))
            fail(u"sync did not end"_s);
        const qint64 elapsed = timer.elapsed();
        QObject::disconnect(connection);
        if (!ok)
            fail(u"sync failed: "_s + engine->lastError());
        return elapsed;
    }
};

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("RELEVE_PWHASH_COST", "min");
    Volume volume;
    if (argc >= 4) {
        volume.staff = QString::fromLocal8Bit(argv[1]).toInt();
        volume.slotsPerStaff = QString::fromLocal8Bit(argv[2]).toInt();
        volume.requests = QString::fromLocal8Bit(argv[3]).toInt();
    }
    if (QProcess::execute(u"curl"_s, { u"--version"_s }) != 0)
        fail(u"curl is missing"_s);
    QTemporaryDir dir;
    testing::ServerProcess server;
    const QJsonArray accounts = server.seedDemo();
    if (accounts.isEmpty())
        fail(u"seed-demo failed: "_s + server.lastError());
    QElapsedTimer timer;
    timer.start();
    seedTerritory(server.databasePath(), volume);
    out << "Territory: demo + " << volume.staff << " staff, " << volume.staff * volume.slotsPerStaff
        << " availability slots, " << volume.requests << " requests (seeded in "
        << seconds(timer.elapsed()) << " s)" << Qt::endl;
    if (!server.start())
        fail(u"serve failed: "_s + server.lastError());
    const QJsonObject account = testing::ServerProcess::account(accounts, u"coordinator"_s);

    // 1. The client's first sync.
    Client first;
    first.start(dir.filePath(u"first.sqlite"_s), server.url(), account);
    const int pageSize = first.engine->timing().pageSize;
    const qint64 clientMs = first.sync();
    qint64 cachedRecords = 0;
    for (const QString &name : entity::all)
        cachedRecords += first.store.records(name).size();
    const qint64 cacheBytes = QFileInfo(dir.filePath(u"first.sqlite"_s)).size()
        + QFileInfo(dir.filePath(u"first.sqlite-wal"_s)).size();

    // The same pages, their cursors collected by an untimed walk of the feed.
    QNetworkAccessManager network;
    sync::ApiClient api(&network);
    api.setBaseUrl(server.url());
    QString token;
    {
        sync::ApiReply *reply = api.login(account.value(u"login"_s).toString(),
                                          account.value(u"password"_s).toString());
        bool done = false;
        QObject::connect(reply, &sync::ApiReply::finished, [&] {
            token = reply->json().value(u"access_token"_s).toString();
            done = true;
        });
        waitUntil([&] { return done; });
        if (token.isEmpty())
            fail(u"login failed"_s);
        api.setAccessToken(token);
    }
    QStringList cursors { QString() };
    for (;;) {
        sync::ApiReply *reply = api.changes(cursors.constLast(), pageSize);
        QJsonObject page;
        bool done = false;
        QObject::connect(reply, &sync::ApiReply::finished, [&] {
            page = reply->json();
            done = true;
        });
        waitUntil([&] { return done; });
        if (!page.value(u"has_more"_s).toBool())
            break;
        cursors.append(page.value(u"cursor"_s).toString());
    }
    QFile config(dir.filePath(u"curl.conf"_s));
    if (!config.open(QIODevice::WriteOnly))
        fail(u"cannot write the curl config"_s);
    config.write("silent\nfail\nheader = \"Authorization: Bearer " + token.toLatin1() + "\"\n");
    for (int i = 0; i < cursors.size(); ++i) {
        config.write("url = \"" + server.url().toString().toLatin1()
                     + "/v1/changes?limit=" + QByteArray::number(pageSize)
                     + "&since=" + QUrl::toPercentEncoding(cursors.at(i)) + "\"\n");
        config.write("output = \"" + dir.filePath(u"page-%1.json"_s.arg(i)).toUtf8() + "\"\n");
    }
    config.close();
    timer.restart();
    if (QProcess::execute(u"curl"_s, { u"-K"_s, config.fileName() }) != 0)
        fail(u"curl failed"_s);
    const qint64 curlMs = timer.elapsed();
    qint64 bytes = 0;
    for (int i = 0; i < cursors.size(); ++i)
        bytes += QFileInfo(dir.filePath(u"page-%1.json"_s.arg(i))).size();

    // The same rows into SQLite, one transaction, the cache's pragmas.
    timer.restart();
    qint64 rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bulk"_s);
        db.setDatabaseName(dir.filePath(u"bulk.sqlite"_s));
        if (!db.open())
            fail(u"cannot open the bulk database"_s);
        QSqlQuery query(db);
        query.exec(u"PRAGMA journal_mode=WAL"_s);
        query.exec(u"PRAGMA synchronous=FULL"_s);
        query.exec(u"CREATE TABLE records (entity TEXT NOT NULL, id TEXT NOT NULL, "
                   u"structure_id TEXT, version INTEGER, deleted INTEGER, data TEXT, "
                   u"PRIMARY KEY (entity, id))"_s);
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(u"INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (int i = 0; i < cursors.size(); ++i) {
            QFile page(dir.filePath(u"page-%1.json"_s.arg(i)));
            page.open(QIODevice::ReadOnly);
            const QJsonArray changes
                = QJsonDocument::fromJson(page.readAll()).object().value(u"changes"_s).toArray();
            for (const QJsonValue &change : changes) {
                const QJsonObject data = change[u"data"_s].toObject();
                insert.bindValue(0, change[u"entity"_s].toString());
                insert.bindValue(1, change[u"id"_s].toString());
                insert.bindValue(2, data.value(u"structure_id"_s).toString());
                insert.bindValue(3, change[u"version"_s].toInteger());
                insert.bindValue(4, change[u"deleted"_s].toBool());
                insert.bindValue(
                    5, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
                if (!insert.exec())
                    fail(insert.lastError().text());
                ++rows;
            }
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bulk"_s);
    const qint64 insertMs = timer.elapsed();
    const double ratio = double(clientMs) / double(std::max<qint64>(1, curlMs + insertMs));

    // Where the client's time goes without the network (timers, no profiler here): the same
    // pages read as SyncEngine reads them, and written by LocalStore::applyPage.
    qint64 parseNs = 0;
    qint64 applyNs = 0;
    {
        store::LocalStore replay;
        if (!replay.open(dir.filePath(u"replay.sqlite"_s)).ok())
            fail(u"cannot open the replay cache"_s);
        QElapsedTimer step;
        for (int i = 0; i < cursors.size(); ++i) {
            QFile file(dir.filePath(u"page-%1.json"_s.arg(i)));
            file.open(QIODevice::ReadOnly);
            const QByteArray body = file.readAll();
            step.start();
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            QList<store::LocalStore::Change> changes;
            for (const QJsonValue &value : page.value(u"changes"_s).toArray()) {
                const QJsonObject object = value.toObject();
                changes.append(
                    { object.value(u"entity"_s).toString(), object.value(u"id"_s).toString(),
                      object.value(u"version"_s).toInteger(), object.value(u"deleted"_s).toBool(),
                      object.value(u"data"_s).toObject() });
            }
            parseNs += step.nsecsElapsed();
            step.start();
            if (!replay.applyPage(changes, page.value(u"cursor"_s).toString(),
                                  !page.value(u"has_more"_s).toBool()))
                fail(u"applyPage failed"_s);
            applyNs += step.nsecsElapsed();
        }
    }

    out << Qt::fixed;
    out.setRealNumberPrecision(2);
    out << "\nFirst sync: " << cursors.size() << " pages of " << pageSize << ", " << rows
        << " changes, " << double(bytes) / 1e6 << " MB of JSON" << Qt::endl;
    out << "  Relève client (SyncEngine + LocalStore):  " << seconds(clientMs) << " s  ("
        << cachedRecords << " live records cached, cache " << double(cacheBytes) / 1e6 << " MB)"
        << Qt::endl;
    out << "  curl, same pages:                         " << seconds(curlMs) << " s" << Qt::endl;
    out << "  bulk insert of the same rows (1 tx):      " << seconds(insertMs) << " s" << Qt::endl;
    out << "  ratio client / (curl + bulk insert):      " << ratio << "x  (aim: at most 2x)"
        << Qt::endl;
    out << "  client's own work, same pages from disk:  parse " << double(parseNs) / 1e9
        << " s + applyPage " << double(applyNs) / 1e9 << " s" << Qt::endl;

    // 2. The round trip of one small change: a second client, synced, sees an edit of the first.
    Client second;
    second.start(dir.filePath(u"second.sqlite"_s), server.url(), account);
    const qint64 secondMs = second.sync();
    out << "  (a second client's first sync:           " << seconds(secondMs) << " s)" << Qt::endl;
    QString slotId;
    for (const store::CachedRecord &slot : first.store.records(entity::availability)) {
        if (slot.structureId == account.value(u"structure_id"_s).toString()
            && slot.data.value(u"start"_s).toString().startsWith(u"2027"_s)) {
            slotId = slot.id;
            break;
        }
    }
    if (slotId.isEmpty())
        fail(u"no slot of the agency to edit"_s);
    QList<qint64> totals;
    QList<qint64> pushes;
    QList<qint64> pulls;
    for (int round = 0; round < 15; ++round) {
        const QString note = u"Aller-retour %1"_s.arg(round);
        QElapsedTimer roundTimer;
        roundTimer.start();
        QJsonObject data = first.store.record(entity::availability, slotId)->data;
        data.insert(u"note"_s, note);
        if (!first.store.saveRecord(entity::availability, data).ok())
            fail(u"edit refused"_s);
        pushes.append(first.sync());
        pulls.append(second.sync());
        if (second.store.record(entity::availability, slotId)->data.value(u"note"_s).toString()
            != note)
            fail(u"the second client did not receive the edit"_s);
        totals.append(roundTimer.elapsed());
    }
    const auto median = [](QList<qint64> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    out << "\nRound trip of one small change (edit → push → second client's pull), median of 15:"
        << Qt::endl;
    out << "  edit + push cycle (push, then pull):      " << median(pushes) << " ms" << Qt::endl;
    out << "  second client's pull:                     " << median(pulls) << " ms" << Qt::endl;
    out << "  total, edit to visible on the second:     " << median(totals) << " ms (min "
        << *std::min_element(totals.cbegin(), totals.cend()) << ")" << Qt::endl;
    server.stop();
    return 0;
}

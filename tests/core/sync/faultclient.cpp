// A client core in its own process, for the fault suite to kill with SIGKILL (QProcess::kill)
// at a point it announces on standard output, or that the store reaches with
// RELEVE_TEST_CRASH_POINT set (then it kills itself there). What it does:
//   releve-faultclient --cache <file> edit <count> <note prefix> <first day>
//       saves <count> one-off slots of the first staff member of the cache's agency (one per
//       day from <first day>, notes "<prefix>-0"…), prints "SAVED <count>", and waits to be
//       killed;
//   releve-faultclient --cache <file> --server <url> --login <l> --password <p> [--page <n>]
//       [--batch <n>] sync
//       signs in, runs one push+pull cycle, prints "SYNC_DONE 1" (or 0) and exits.
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace releve;

namespace {

void say(const QByteArray &line)
{
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

int edit(store::LocalStore &store, int count, const QString &prefix, int firstDay)
{
    QString structureId;
    for (const store::CachedRecord &account : store.records(domain::entity::account))
        structureId = account.structureId;
    QString staffId;
    for (const store::CachedRecord &staff : store.records(domain::entity::staff)) {
        if (staff.structureId == structureId && staff.data.contains(u"first_name"_s)) {
            staffId = staff.id;
            break;
        }
    }
    if (staffId.isEmpty()) {
        say("ERROR no staff in the cache");
        return 2;
    }
    for (int i = 0; i < count; ++i) {
        const QString date = QDate(2028, 1, 3).addDays(firstDay + i).toString(Qt::ISODate);
        const QJsonObject slot { { u"id"_s, domain::newId() },
                                 { u"structure_id"_s, structureId },
                                 { u"staff_id"_s, staffId },
                                 { u"start"_s, QString(date + u"T08:00:00Z"_s) },
                                 { u"end"_s, QString(date + u"T09:00:00Z"_s) },
                                 { u"kind"_s, u"available"_s },
                                 { u"note"_s, QString(prefix + u'-' + QString::number(i)) } };
        const auto saved = store.saveRecord(domain::entity::availability, slot);
        if (!saved) {
            say("ERROR " + saved.error().toString().toUtf8());
            return 2;
        }
    }
    say("SAVED " + QByteArray::number(count));
    return -1; // wait to be killed
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"cache"_s, u"cache file"_s, u"file"_s },
                        { u"server"_s, u"server URL"_s, u"url"_s },
                        { u"login"_s, u"login"_s, u"login"_s },
                        { u"password"_s, u"password"_s, u"password"_s },
                        { u"page"_s, u"page size"_s, u"n"_s, u"500"_s },
                        { u"batch"_s, u"batch size"_s, u"n"_s, u"100"_s } });
    parser.addPositionalArgument(u"action"_s, u"edit or sync"_s);
    parser.process(app);
    const QStringList args = parser.positionalArguments();

    store::LocalStore store;
    const auto opened = store.open(parser.value(u"cache"_s));
    if (!opened && opened.error().code != u"cache_corrupt"_s) {
        say("ERROR " + opened.error().toString().toUtf8());
        return 2;
    }
    if (args.value(0) == u"edit"_s) {
        const int result = edit(store, args.value(1).toInt(), args.value(2), args.value(3).toInt());
        return result >= 0 ? result : app.exec();
    }
    if (args.value(0) != u"sync"_s) {
        say("ERROR unknown action");
        return 2;
    }

    QNetworkAccessManager network;
    sync::ApiClient api(&network);
    api.setTransferTimeout(10000);
    sync::Session session(&api, sync::Session::TokenStorage::MemoryOnly);
    sync::SyncEngine engine(&store, &api);
    sync::SyncEngine::Timing timing;
    timing.pageSize = parser.value(u"page"_s).toInt();
    timing.batchSize = parser.value(u"batch"_s).toInt();
    engine.setTiming(timing);
    QObject::connect(&engine, &sync::SyncEngine::syncFinished, &app, [&app](bool ok) {
        say(ok ? "SYNC_DONE 1" : "SYNC_DONE 0");
        app.exit(0);
    });
    QObject::connect(&engine, &sync::SyncEngine::progressChanged, &app,
                     [](int done, int) { say("PROGRESS " + QByteArray::number(done)); });
    QObject::connect(&session, &sync::Session::signedIn, &app, [&engine] {
        say("SIGNED_IN");
        engine.syncNow();
    });
    QObject::connect(&session, &sync::Session::signInFailed, &app, [&app] {
        say("ERROR sign-in failed");
        app.exit(2);
    });
    session.signIn(QUrl(parser.value(u"server"_s)), parser.value(u"login"_s),
                   parser.value(u"password"_s));
    return app.exec();
}

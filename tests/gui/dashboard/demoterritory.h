// The demo territory with its history, served by the real releve-server, and signed-in clients:
// shared by the GUI suites that need a server (dashboard, exchange).
#pragma once

#include "ui/common/workspace.h"

#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace releve::testing {

using namespace Qt::StringLiterals;

struct Account
{
    QString login;
    QString password;
    QString role;
    QString structureId;
};

// The real releve-server on a temporary SQLite database: seed-demo --history, then serve on a
// free loopback port.
class HistoryServer
{
public:
    ~HistoryServer()
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.terminate();
            if (!m_serve.waitForFinished(10000))
                m_serve.kill();
        }
    }

    bool start()
    {
        const QString exe = QStringLiteral(RELEVE_SERVER_EXE);
        const QString db = m_dir.filePath(u"demo.sqlite"_s);
        const QString accountsPath = m_dir.filePath(u"accounts.json"_s);
        QProcess seed;
        seed.start(
            exe,
            { u"seed-demo"_s, u"--db"_s, db, u"--accounts-json"_s, accountsPath, u"--history"_s });
        if (!seed.waitForFinished(90000) || seed.exitCode() != 0) {
            qWarning() << seed.readAllStandardError();
            return false;
        }
        QFile file(accountsPath);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        for (const QJsonValue &a : QJsonDocument::fromJson(file.readAll()).array())
            accounts.append({ a[u"login"_s].toString(), a[u"password"_s].toString(),
                              a[u"role"_s].toString(), a[u"structure_id"_s].toString() });
        m_serve.start(exe, { u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s });
        static const QRegularExpression listening(u"Listening on (https?://\\S+)"_s);
        QByteArray out;
        const bool up = QTest::qWaitFor(
            [&] {
                out += m_serve.readAllStandardOutput();
                const auto match = listening.match(QString::fromUtf8(out));
                if (match.hasMatch())
                    url = QUrl(match.captured(1));
                return url.isValid() || m_serve.state() == QProcess::NotRunning;
            },
            30000);
        return up && url.isValid();
    }

    std::optional<Account> account(const QString &login) const
    {
        for (const Account &a : accounts) {
            if (a.login == login)
                return a;
        }
        return std::nullopt;
    }

    QUrl url;
    QList<Account> accounts;

private:
    QTemporaryDir m_dir;
    QProcess m_serve;
};

// One signed-in client: cache, API, session (tokens in memory), sync engine driven by hand.
struct Client
{
    QNetworkAccessManager network;
    sync::ApiClient api { &network };
    sync::Session session { &api, sync::Session::TokenStorage::MemoryOnly };
    store::LocalStore store;
    std::unique_ptr<sync::SyncEngine> engine;
    std::unique_ptr<ui::Workspace> workspace;

    bool start(const QString &cachePath, const QUrl &server, const Account &account)
    {
        if (!store.open(cachePath) || !store.isOpen())
            return false;
        QSignalSpy signedIn(&session, &sync::Session::signedIn);
        QSignalSpy failed(&session, &sync::Session::signInFailed);
        session.signIn(server, account.login, account.password);
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000)
            || signedIn.isEmpty())
            return false;
        engine = std::make_unique<sync::SyncEngine>(&store, &api);
        if (!sync())
            return false;
        workspace = std::make_unique<ui::Workspace>(&store, &api, engine.get());
        workspace->setSession(&session);
        workspace->setAccount(account.login, account.structureId);
        return true;
    }

    // One full cycle (push then pull), waited for.
    bool sync()
    {
        QSignalSpy finished(engine.get(), &sync::SyncEngine::syncFinished);
        engine->syncNow();
        return QTest::qWaitFor([&] { return !finished.isEmpty() && !engine->isRunning(); }, 60000)
            && finished.last().at(0).toBool();
    }
};

} // namespace releve::testing

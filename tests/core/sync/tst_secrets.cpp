// Nothing secret on disk but in the keychain (DESIGN.md, "Credentials"; issue 4): after a real
// sign-in to releve-server, a sync with an edit, a token refresh (on demand and after a 401) and a
// sign-out, the SQLite cache (with its WAL), the QSettings file and the log files are searched
// for the password and every access and refresh token the session held: none is there. Tokens
// live in the real OS keychain (gnome-keyring in a private D-Bus session, scripts/run-tests.sh),
// and the sign-out removes them. The log runs with every releve.* debug message enabled, so the
// search covers the most the application can write.
#include "faultharness.h"

#include "core/sync/credentialstore.h"
#include "core/sync/logging.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace releve;
using namespace releve::faults;
using sync::CredentialStore;
using sync::FileLog;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

domain::Result<QString> readSecret(CredentialStore &store, const QString &key)
{
    std::optional<domain::Result<QString>> result;
    store.read(key, &store, [&](const domain::Result<QString> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return domain::Error { u"timeout"_s, {}, u"no answer from the keychain"_s };
    return *result;
}

domain::Error writeSecret(CredentialStore &store, const QString &key, const QString &value)
{
    std::optional<domain::Error> result;
    store.write(key, value, &store, [&](const domain::Error &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return domain::Error { u"timeout"_s, {}, u"no answer from the keychain"_s };
    return *result;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    Territory m_territory;
    QTemporaryDir m_dir;
    QString m_logFolder;

    // The tokens the keychain holds for this sign-in now (access, refresh).
    QStringList tokensInKeychain(const QUrl &server, const QString &login)
    {
        CredentialStore store;
        const auto secret = readSecret(store, CredentialStore::keyFor(server, login));
        if (!secret)
            return {};
        const QJsonObject json = QJsonDocument::fromJson(secret->toUtf8()).object();
        return { json.value(u"access_token"_s).toString(),
                 json.value(u"refresh_token"_s).toString() };
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session, so no secret service: run under scripts/run-tests.sh "
                  "(dbus-run-session with an unlocked gnome-keyring).");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"releve-tests"_s);
        QCoreApplication::setApplicationName(u"tst_secrets"_s);
        QVERIFY(m_dir.isValid());
        // QSettings does not follow the test mode: give it a folder of this run.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"config"_s));
        {
            CredentialStore probe;
            probe.setRetryDelay(200);
            const domain::Error error = writeSecret(probe, u"tst_secrets probe"_s, u"probe"_s);
            if (!error.isNull())
                QSKIP(qPrintable(u"No secret service reachable (%1): run under "
                                 u"scripts/run-tests.sh."_s.arg(error.toString())));
            std::optional<domain::Error> removed;
            probe.remove(u"tst_secrets probe"_s, &probe,
                         [&](const domain::Error &e) { removed = e; });
            QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 20000));
        }
        // Everything the application may log, debug included, goes to the file searched.
        QLoggingCategory::setFilterRules(u"releve.*=true"_s);
        m_logFolder = m_dir.filePath(u"logs"_s);
        QVERIFY(FileLog::install(m_logFolder, 64 * 1024, 3));
        QVERIFY(m_territory.start());
    }

    void cleanupTestCase()
    {
        FileLog::uninstall();
        QLoggingCategory::setFilterRules(QString());
    }

    void signInSyncRefreshSignOut_leavesNoSecretOnDisk()
    {
        const QJsonObject account = m_territory.coordinator(0);
        const QString login = account.value(u"login"_s).toString();
        const QString password = account.value(u"password"_s).toString();
        const QUrl server = m_territory.directUrl();
        const QString cachePath = m_dir.filePath(u"cache.sqlite"_s);
        QStringList secrets { password };

        QNetworkAccessManager network;
        ApiClient api(&network);
        Session session(&api, Session::TokenStorage::Keychain);
        LocalStore store;
        QVERIFY(store.open(cachePath).ok());
        SyncEngine engine(&store, &api);

        // A real sign-in: the tokens go to the keychain.
        QSignalSpy signedIn(&session, &Session::signedIn);
        QSignalSpy failed(&session, &Session::signInFailed);
        session.signIn(server, login, password);
        QVERIFY(QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000));
        QCOMPARE(signedIn.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!tokensInKeychain(server, login).value(0).isEmpty(), 20000);
        secrets += tokensInKeychain(server, login);

        // A sync with a local edit.
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        engine.syncNow();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.constLast().at(0).toBool());
        QString staffId;
        for (const CachedRecord &staff : store.records(domain::entity::staff)) {
            if (staff.structureId == account.value(u"structure_id"_s).toString()
                && staff.data.contains(u"first_name"_s))
                staffId = staff.id;
        }
        QVERIFY(!staffId.isEmpty());
        const auto saved = store.saveRecord(
            domain::entity::availability,
            QJsonObject { { u"structure_id"_s, account.value(u"structure_id"_s) },
                          { u"staff_id"_s, staffId },
                          { u"start"_s, u"2028-03-06T08:00:00Z"_s },
                          { u"end"_s, u"2028-03-06T11:00:00Z"_s },
                          { u"kind"_s, u"available"_s },
                          { u"note"_s, u"tst_secrets"_s } });
        QVERIFY(saved.ok());
        engine.syncNow();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.constLast().at(0).toBool());
        QCOMPARE(store.pendingCount(), 0);

        // A refresh on demand, then one forced by a 401 (every access token expired).
        QSignalSpy refreshed(&session, &Session::tokensRefreshed);
        session.refreshNow();
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!secrets.contains(tokensInKeychain(server, login).value(0)),
                                 20000);
        secrets += tokensInKeychain(server, login);
        QVERIFY(m_territory.expireAccessTokens());
        QJsonObject edited = store.record(domain::entity::availability, saved->id)->data;
        edited.insert(u"note"_s, u"tst_secrets after a 401"_s);
        QVERIFY(store.saveRecord(domain::entity::availability, edited).ok());
        engine.syncNow();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.constLast().at(0).toBool());
        QCOMPARE(refreshed.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!secrets.contains(tokensInKeychain(server, login).value(0)),
                                 20000);
        secrets += tokensInKeychain(server, login);
        QCOMPARE(secrets.size(), 7);
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(secret.size() >= 8, "every secret searched for is a real one");

        // Sign-out: the keychain entry is gone.
        QSignalSpy signedOut(&session, &Session::signedOut);
        session.signOut();
        QVERIFY(signedOut.wait(30000));
        {
            CredentialStore keychain;
            const auto left = readSecret(keychain, CredentialStore::keyFor(server, login));
            QVERIFY(!left.ok());
            QCOMPARE(left.error().code, u"not_found"_s);
        }
        store.close();
        const QString settingsPath = QSettings().fileName();
        QSettings().sync();
        FileLog::uninstall();

        // What is searched exists and is the real thing.
        QStringList files { cachePath, cachePath + u"-wal"_s, cachePath + u"-shm"_s, settingsPath };
        QDirIterator logs(m_logFolder, QDir::Files);
        while (logs.hasNext())
            files.append(logs.next());
        const QByteArray settings = fileBytes(settingsPath);
        QVERIFY2(settings.contains(login.toUtf8()), "QSettings keeps the login (not a secret)");
        const QByteArray log = fileBytes(m_logFolder + u"/releve.log"_s);
        QVERIFY2(log.contains("releve.sync"), "the log file holds the session's messages");
        QVERIFY(log.contains("signed in"));
        QVERIFY(fileBytes(cachePath).size() > 0);

        for (const QString &file : std::as_const(files)) {
            const QByteArray bytes = fileBytes(file);
            for (const QString &secret : std::as_const(secrets)) {
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(u"a secret (%1 characters) is in %2"_s.arg(secret.size())
                                        .arg(QFileInfo(file).fileName())));
                // Also as UTF-16, the way a QString dumped raw would be.
                const QByteArray wide(reinterpret_cast<const char *>(secret.utf16()),
                                      secret.size() * 2);
                QVERIFY2(!bytes.contains(wide), qPrintable(file));
            }
        }
    }

    // The last guard of the log file: what looks like a secret is replaced before it is written.
    void fileLog_redactsWhatLooksLikeASecret_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << u"Authorization: Bearer abcDEF123._~+/="_s << u"abcDEF123"_s;
        QTest::newRow("json access")
            << uR"({"access_token":"tok-123456","x":1})"_s << u"tok-123456"_s;
        QTest::newRow("json refresh spaced")
            << uR"({"refresh_token": "ref-98765"})"_s << u"ref-98765"_s;
        QTest::newRow("escaped json") << uR"(\"password\":\"S3cret!x\")"_s << u"S3cret!x"_s;
        QTest::newRow("key=value") << u"login=a password=hunter22 next"_s << u"hunter22"_s;
    }
    void fileLog_redactsWhatLooksLikeASecret()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        const QString redacted = FileLog::redact(message);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(u"[redacted]"_s));
    }

    // The file is rotated at its size limit and the folder keeps a bounded number of files.
    void fileLog_rotatesAtItsSizeLimit()
    {
        QTemporaryDir folder;
        FileLog::uninstall();
        QVERIFY(FileLog::install(folder.path(), 4096, 2));
        for (int i = 0; i < 400; ++i)
            qCInfo(sync::lcSync) << "line" << i << QString(40, u'x');
        FileLog::uninstall();
        const QStringList files = QDir(folder.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({ u"releve.log"_s, u"releve.log.1"_s, u"releve.log.2"_s }));
        for (const QString &name : files)
            QVERIFY(QFileInfo(folder.filePath(name)).size() <= 4096);
        QVERIFY(fileBytes(folder.filePath(u"releve.log"_s)).contains("line 399"));
        QVERIFY(FileLog::install(m_logFolder, 64 * 1024, 3));
    }

    // releve.sync's debug messages are off unless QT_LOGGING_RULES turns them on.
    void syncDebugMessages_offByDefault()
    {
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!sync::lcSync().isDebugEnabled());
        QVERIFY(sync::lcSync().isInfoEnabled());
        QLoggingCategory::setFilterRules(u"releve.sync.debug=true"_s);
        QVERIFY(sync::lcSync().isDebugEnabled());
        QLoggingCategory::setFilterRules(u"releve.*=true"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"

// Tests of core/sync/session.cpp and credentialstore.cpp against the real OS keychain
// (gnome-keyring in a private D-Bus session, see scripts/run-tests.sh): tokens are written, read
// and deleted through QtKeychain, and never appear in QSettings nor in the SQLite cache.
#include "core/domain/jsonreader.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/credentialstore.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"
#include "fakehttpserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using releve::domain::Result;
using releve::sync::ApiClient;
using releve::sync::CredentialStore;
using releve::sync::Session;
using releve::testing::FakeHttpServer;
using releve::testing::FakeRequest;
using releve::testing::FakeResponse;

namespace {

// Reads a key synchronously, for assertions.
Result<QString> readSecret(CredentialStore &store, const QString &key)
{
    std::optional<Result<QString>> result;
    store.read(key, &store, [&](const Result<QString> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return releve::domain::Error { u"timeout"_s, {}, u"no answer from the keychain"_s };
    return *result;
}

releve::domain::Error writeSecret(CredentialStore &store, const QString &key, const QString &value)
{
    std::optional<releve::domain::Error> result;
    store.write(key, value, &store, [&](const releve::domain::Error &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return releve::domain::Error { u"timeout"_s, {}, u"no answer from the keychain"_s };
    return *result;
}

releve::domain::Error removeSecret(CredentialStore &store, const QString &key)
{
    std::optional<releve::domain::Error> result;
    store.remove(key, &store, [&](const releve::domain::Error &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return releve::domain::Error { u"timeout"_s, {}, u"no answer from the keychain"_s };
    return *result;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    // Distinct on every run, so nothing is read from an earlier run's keychain.
    const QByteArray m_run = QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
    QByteArray m_access = "access-" + m_run;
    QByteArray m_refresh = "refresh-" + m_run;
    const QByteArray m_password = "pw-" + m_run;
    int m_refreshes = 0;
    QByteArray m_validAccess;
    std::unique_ptr<FakeHttpServer> m_server;

    FakeResponse tokens()
    {
        return FakeResponse { 200,
                              QJsonObject { { u"access_token"_s, QString::fromLatin1(m_access) },
                                            { u"refresh_token"_s, QString::fromLatin1(m_refresh) },
                                            { u"expires_in"_s, 900 } },
                              {},
                              FakeResponse::Mode::Answer,
                              0 };
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run under scripts/run-tests.sh (dbus-run-session with an "
                  "unlocked gnome-keyring).");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"releve-tests"_s);
        QCoreApplication::setApplicationName(u"tst_session"_s);
        QSettings().clear();
        m_validAccess = m_access;
        m_server = std::make_unique<FakeHttpServer>([this](const FakeRequest &request) {
            if (request.path == u"/v1/auth/login"_s) {
                if (request.json.value(u"password"_s).toString().toLatin1() != m_password)
                    return FakeResponse::error(401, u"invalid_credentials"_s);
                m_validAccess = m_access;
                return tokens();
            }
            if (request.path == u"/v1/auth/refresh"_s) {
                if (request.json.value(u"refresh_token"_s).toString().toLatin1() != m_refresh)
                    return FakeResponse::error(401, u"invalid_token"_s);
                ++m_refreshes;
                m_access = "access2-" + m_run;
                m_refresh = "refresh2-" + m_run;
                m_validAccess = m_access;
                return tokens();
            }
            if (request.path == u"/v1/auth/logout"_s)
                return FakeResponse { 200, {}, {}, FakeResponse::Mode::Answer, 0 };
            if (request.bearer() != m_validAccess)
                return FakeResponse::error(401, u"token_expired"_s);
            if (request.path == u"/v1/changes"_s)
                return FakeResponse { 200,
                                      QJsonObject { { u"changes"_s, QJsonArray() },
                                                    { u"cursor"_s, u"e.1"_s },
                                                    { u"has_more"_s, false } },
                                      {},
                                      FakeResponse::Mode::Answer,
                                      0 };
            if (request.path == u"/v1/mutations"_s) {
                QJsonArray results;
                for (const QJsonValue &m : request.json.value(u"mutations"_s).toArray())
                    results.append(QJsonObject { { u"mutation_id"_s, m[u"mutation_id"_s] },
                                                 { u"status"_s, u"applied"_s },
                                                 { u"version"_s, 1 } });
                return FakeResponse { 200,
                                      QJsonObject { { u"results"_s, results } },
                                      {},
                                      FakeResponse::Mode::Answer,
                                      0 };
            }
            return FakeResponse::error(404, u"not_found"_s);
        });
    }

    void credentialStore_writeReadRemove_throughTheKeychain()
    {
        CredentialStore keychain(CredentialStore::Backend::Keychain);
        const QString key = CredentialStore::keyFor(QUrl(u"https://releve.example.org/"_s),
                                                    u"coord-"_s + QString::fromLatin1(m_run));
        QCOMPARE(key, u"coord-%1@https://releve.example.org"_s.arg(QString::fromLatin1(m_run)));
        const auto written = writeSecret(keychain, key, u"s3cret"_s);
        QVERIFY2(written.isNull(), qPrintable(written.toString()));
        const auto read = readSecret(keychain, key);
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        QCOMPARE(*read, u"s3cret"_s);
        QVERIFY(removeSecret(keychain, key).isNull());
        QCOMPARE(readSecret(keychain, key).error().code, u"not_found"_s);
        QVERIFY(removeSecret(keychain, key).isNull()); // already absent: fine
    }

    void credentialStore_keysAreScopedPerServerAndLogin()
    {
        CredentialStore keychain(CredentialStore::Backend::Keychain);
        const QString login = u"coord-"_s + QString::fromLatin1(m_run);
        const QString a = CredentialStore::keyFor(QUrl(u"https://a.example.org"_s), login);
        const QString b = CredentialStore::keyFor(QUrl(u"https://b.example.org"_s), login);
        const QString c = CredentialStore::keyFor(QUrl(u"https://a.example.org"_s), login + u'x');
        QVERIFY(writeSecret(keychain, a, u"for a"_s).isNull());
        QVERIFY(writeSecret(keychain, b, u"for b"_s).isNull());
        QCOMPARE(*readSecret(keychain, a), u"for a"_s);
        QCOMPARE(*readSecret(keychain, b), u"for b"_s);
        QCOMPARE(readSecret(keychain, c).error().code, u"not_found"_s);
        removeSecret(keychain, a);
        removeSecret(keychain, b);
    }

    void signIn_keepsTokensOnlyInTheKeychain()
    {
        QTemporaryDir dir;
        releve::store::LocalStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)).ok());
        QNetworkAccessManager network;
        ApiClient api(&network);
        Session session(&api, Session::TokenStorage::Keychain);
        QSignalSpy signedIn(&session, &Session::signedIn);
        QSignalSpy keychainFailed(&session, &Session::keychainFailed);
        const QString login = u"coord-"_s + QString::fromLatin1(m_run);
        session.signIn(m_server->url(), login, QString::fromLatin1(m_password));
        QVERIFY(signedIn.wait(20000));
        QCOMPARE(keychainFailed.size(), 0);
        QVERIFY(session.isSignedIn());

        // A sync writes to the cache, as the application does after signing in.
        cache.setValue(u"login"_s, login);
        QVERIFY(cache
                    .saveRecord(u"availability"_s,
                                QJsonObject { { u"structure_id"_s, releve::domain::newId() },
                                              { u"staff_id"_s, releve::domain::newId() },
                                              { u"start"_s, u"2026-11-23T08:00:00Z"_s },
                                              { u"end"_s, u"2026-11-23T10:00:00Z"_s } })
                    .ok());
        releve::sync::SyncEngine engine(&cache, &api);
        QSignalSpy finished(&engine, &releve::sync::SyncEngine::syncFinished);
        engine.syncNow();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(engine.lastError()));

        // The keychain holds the tokens, under the server and login.
        CredentialStore keychain(CredentialStore::Backend::Keychain);
        const auto secret = readSecret(keychain, CredentialStore::keyFor(m_server->url(), login));
        QVERIFY2(secret.ok(), qPrintable(secret.error().toString()));
        QVERIFY(secret->contains(QString::fromLatin1(m_access)));
        QVERIFY(secret->contains(QString::fromLatin1(m_refresh)));

        // QSettings holds the server and the login, nothing secret.
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(Session::settingsLoginKey()).toString(), login);
        QCOMPARE(QUrl(settings.value(Session::settingsServerKey()).toString()), m_server->url());
        const QByteArray settingsBytes = fileBytes(settings.fileName());
        QVERIFY2(settingsBytes.contains(login.toUtf8()), qPrintable(settings.fileName()));
        QVERIFY(settings.fileName().contains(u"qttest"_s)); // test mode: not the user's file
        for (const QByteArray &secretText : { m_access, m_refresh, m_password }) {
            QVERIFY(!settingsBytes.contains(secretText));
            QVERIFY(!settingsBytes.contains(secretText.toBase64()));
        }
        // Nor does the cache, in its file or its write-ahead log.
        const QByteArray cacheBytes = fileBytes(cache.path()) + fileBytes(cache.path() + u"-wal"_s);
        QVERIFY(cacheBytes.contains(login.toUtf8()));
        for (const QByteArray &secretText : { m_access, m_refresh, m_password })
            QVERIFY(!cacheBytes.contains(secretText));
    }

    void restore_readsTokensFromTheKeychain()
    {
        QNetworkAccessManager network;
        ApiClient api(&network);
        Session session(&api, Session::TokenStorage::Keychain);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.restore();
        QVERIFY(signedIn.wait(20000));
        QCOMPARE(session.login(), u"coord-"_s + QString::fromLatin1(m_run));
        QCOMPARE(api.baseUrl(), m_server->url());
        QVERIFY(api.hasAccessToken());
        std::optional<bool> ok;
        auto *reply = api.changes({}, 10);
        connect(reply, &releve::sync::ApiReply::finished, this, [&] { ok = reply->ok(); });
        QTRY_VERIFY(ok.has_value());
        QVERIFY(*ok);
        QCOMPARE(m_server->requests().last().bearer(), m_access);
    }

    void refresh_writesTheNewTokensToTheKeychain()
    {
        QNetworkAccessManager network;
        ApiClient api(&network);
        Session session(&api, Session::TokenStorage::Keychain);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.restore();
        QVERIFY(signedIn.wait(20000));
        m_validAccess = "expired"; // the server no longer takes the access token
        QSignalSpy refreshed(&session, &Session::tokensRefreshed);
        std::optional<bool> ok;
        auto *reply = api.changes({}, 10);
        connect(reply, &releve::sync::ApiReply::finished, this, [&] { ok = reply->ok(); });
        QTRY_VERIFY(ok.has_value());
        QVERIFY(*ok);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(m_refreshes, 1);
        CredentialStore keychain(CredentialStore::Backend::Keychain);
        const QString key = CredentialStore::keyFor(m_server->url(), session.login());
        QTRY_VERIFY(readSecret(keychain, key).value().contains(QString::fromLatin1(m_refresh)));
        QVERIFY(m_refresh.startsWith("refresh2-"));
    }

    void signOut_deletesTokensFromTheKeychain()
    {
        QNetworkAccessManager network;
        ApiClient api(&network);
        Session session(&api, Session::TokenStorage::Keychain);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.restore();
        QVERIFY(signedIn.wait(20000));
        QSignalSpy signedOut(&session, &Session::signedOut);
        session.signOut();
        QVERIFY(signedOut.wait(20000));
        QVERIFY(!session.isSignedIn());
        CredentialStore keychain(CredentialStore::Backend::Keychain);
        QCOMPARE(readSecret(keychain, CredentialStore::keyFor(m_server->url(), session.login()))
                     .error()
                     .code,
                 u"not_found"_s);
        // The login stays to fill the form; a restart asks for the password.
        Session next(&api, Session::TokenStorage::Keychain);
        QSignalSpy passwordNeeded(&next, &Session::passwordNeeded);
        next.restore();
        QVERIFY(passwordNeeded.wait(20000));
        QCOMPARE(next.login(), session.login());
    }

    void memoryOnly_writesNothingToSettings()
    {
        QSettings().clear();
        QNetworkAccessManager network;
        ApiClient api(&network);
        Session session(&api, Session::TokenStorage::MemoryOnly);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn(m_server->url(), u"demo"_s, QString::fromLatin1(m_password));
        QVERIFY(signedIn.wait(20000));
        QVERIFY(!QSettings().contains(Session::settingsLoginKey()));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"

// The server's front door, on the real releve-server over loopback: its command line, health,
// OpenAPI document, sign-in (Argon2id, bearer tokens, rotation, lock after failures), and bad input
// of every kind answered with {"error","message","field"} while the server keeps serving.
#include "serverfixture.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTest>

using namespace releve::servertest;

class TestServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void versionCommand_printsNameAndVersion();
    void serve_printsListeningLineWithChosenPort();
    void health_answersOkWithVersion();
    void openApi_documentsEveryRoute();
    void login_withRightPassword_returnsTokensAccountAndStructure();
    void login_withWrongPassword_answers401WithMessage();
    void login_afterFiveFailures_answers429WithRetryAfter();
    void protectedRoutes_withoutBearer_answer401();
    void refresh_rotatesTokens_andRefusesTheOldRefreshToken();
    void logout_revokesTheBearersTokens();
    void adminResetPassword_changesPasswordAndSignsOut();
    void badInput_answers4xxWithErrorMessageField_data();
    void badInput_answers4xxWithErrorMessageField();
    void badInput_leavesTheServerServing();

private:
    TestServer m_server;
    QString m_lockoutStructure;
};

void TestServerAuth::initTestCase()
{
    if (!m_server.isAvailable())
        QSKIP("RELEVE_TEST_STORAGE=postgres without a reachable RELEVE_TEST_POSTGRES");
    QVERIFY2(m_server.seed(), qPrintable(m_server.lastError()));
    // Extra accounts, made with the admin command line, for the tests that lock or change them.
    m_lockoutStructure
        = m_server.account(QStringLiteral("coord.aubusson"))[u"structure_id"_qs].toString();
    for (const QString &login : { u"lockout.test"_qs, u"reset.test"_qs }) {
        QByteArray output;
        QCOMPARE(m_server.run({ u"admin"_qs, u"create-account"_qs, u"--db"_qs,
                                m_server.databaseSpec(), u"--login"_qs, login, u"--password"_qs,
                                u"Bon-mot-de-passe-42"_qs, u"--role"_qs, u"coordinator"_qs,
                                u"--structure-id"_qs, m_lockoutStructure },
                              &output),
                 0);
        QVERIFY(!QUuid::fromString(QString::fromLatin1(output.trimmed())).isNull());
    }
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
}

void TestServerAuth::cleanupTestCase()
{
    m_server.stop();
}

void TestServerAuth::versionCommand_printsNameAndVersion()
{
    QByteArray output;
    QCOMPARE(m_server.run({ u"--version"_qs }, &output), 0);
    QCOMPARE(output, QByteArray("releve-server " RELEVE_VERSION "\n"));
}

void TestServerAuth::serve_printsListeningLineWithChosenPort()
{
    QVERIFY(QRegularExpression(u"^Listening on http://127\\.0\\.0\\.1:\\d+$"_qs)
                .match(m_server.listeningLine())
                .hasMatch());
    QVERIFY(m_server.url().port() > 0);
}

void TestServerAuth::health_answersOkWithVersion()
{
    HttpClient client(m_server.url());
    const HttpReply reply = client.get(u"/v1/health"_qs);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"_qs].toString(), u"ok"_qs);
    QCOMPARE(reply.json[u"version"_qs].toString(), QStringLiteral(RELEVE_VERSION));
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void TestServerAuth::openApi_documentsEveryRoute()
{
    HttpClient client(m_server.url());
    const HttpReply reply = client.get(u"/v1/openapi.json"_qs);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json[u"openapi"_qs].toString().startsWith(u"3."_qs));
    const QJsonObject paths = reply.json[u"paths"_qs].toObject();
    for (const QString &path :
         { u"/v1/health"_qs, u"/v1/openapi.json"_qs, u"/v1/auth/login"_qs, u"/v1/auth/refresh"_qs,
           u"/v1/auth/logout"_qs, u"/v1/me"_qs, u"/v1/changes"_qs, u"/v1/mutations"_qs,
           u"/v1/requests/{id}/candidates"_qs })
        QVERIFY2(paths.contains(path), qPrintable(path));
}

void TestServerAuth::login_withRightPassword_returnsTokensAccountAndStructure()
{
    QJsonObject session;
    const auto client = m_server.signIn(u"coord.gueret"_qs, &session);
    QVERIFY2(!client->token().isEmpty(), QJsonDocument(session).toJson().constData());
    QVERIFY(session[u"refresh_token"_qs].toString().size() >= 43);
    QCOMPARE(session[u"expires_in"_qs].toInt(), 3600);
    const QJsonObject account = m_server.account(u"coord.gueret"_qs);
    QCOMPARE(session[u"account"_qs][u"login"_qs].toString(), u"coord.gueret"_qs);
    QCOMPARE(session[u"account"_qs][u"role"_qs].toString(), u"coordinator"_qs);
    QCOMPARE(session[u"structure"_qs][u"id"_qs].toString(), account[u"structure_id"_qs].toString());
    QCOMPARE(session[u"structure"_qs][u"name"_qs].toString(),
             account[u"structure_name"_qs].toString());
    QVERIFY(!session[u"account"_qs].toObject().contains(u"password_hash"_qs));

    const HttpReply me = client->get(u"/v1/me"_qs);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json[u"account"_qs][u"login"_qs].toString(), u"coord.gueret"_qs);
    QCOMPARE(me.json[u"structure"_qs][u"name"_qs].toString(),
             account[u"structure_name"_qs].toString());

    // Tokens are stored only as hashes, passwords as Argon2id hashes.
    const QString tokenHash = QString::fromLatin1(
        QCryptographicHash::hash(client->token().toUtf8(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(m_server.sql(u"SELECT COUNT(*) FROM tokens WHERE token_hash = ?"_qs, { tokenHash })
                 ->at(0)
                 .at(0)
                 .toInt(),
             1);
    const auto hash = m_server.sql(u"SELECT password_hash FROM accounts WHERE login = ?"_qs,
                                   { u"coord.gueret"_qs });
    QVERIFY(hash && hash->size() == 1);
    QVERIFY(hash->at(0).at(0).toString().startsWith(u"$argon2id$"_qs));
    if (!TestServer::usesPostgres()) {
        // And nowhere in the file: no column holds the token or the password.
        QFile db(m_server.databasePath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QByteArray bytes = db.readAll();
        QFile wal(m_server.databasePath() + u"-wal"_qs);
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains(client->token().toLatin1()));
        QVERIFY(!bytes.contains(account[u"password"_qs].toString().toUtf8()));
    } else {
        for (const char *table : { "tokens", "accounts", "records", "audit_log" }) {
            const auto rows = m_server.sql(u"SELECT * FROM %1"_qs.arg(QLatin1String(table)));
            QVERIFY(rows);
            for (const QVariantList &row : *rows) {
                for (const QVariant &value : row) {
                    QVERIFY(!value.toString().contains(client->token()));
                    QVERIFY(!value.toString().contains(account[u"password"_qs].toString()));
                }
            }
        }
    }
}

void TestServerAuth::login_withWrongPassword_answers401WithMessage()
{
    HttpClient client(m_server.url());
    const HttpReply reply = client.post(
        u"/v1/auth/login"_qs,
        { { u"login"_qs, u"coord.souterraine"_qs }, { u"password"_qs, u"pas le bon"_qs } });
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.error(), u"unauthorized"_qs);
    QVERIFY2(reply.json[u"message"_qs].toString().contains(u"Wrong login or password"_qs),
             reply.describe().constData());
    QVERIFY(!reply.json.contains(u"access_token"_qs));

    // An unknown login answers the same.
    const HttpReply unknown = client.post(
        u"/v1/auth/login"_qs, { { u"login"_qs, u"personne"_qs }, { u"password"_qs, u"x"_qs } });
    QCOMPARE(unknown.status, 401);
}

void TestServerAuth::login_afterFiveFailures_answers429WithRetryAfter()
{
    HttpClient client(m_server.url());
    const QJsonObject wrong { { u"login"_qs, u"lockout.test"_qs },
                              { u"password"_qs, u"mauvais"_qs } };
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const HttpReply reply = client.post(u"/v1/auth/login"_qs, wrong);
        QVERIFY2(reply.status == 401, reply.describe().constData());
    }
    // Locked now, even with the right password.
    const HttpReply locked = client.post(
        u"/v1/auth/login"_qs,
        { { u"login"_qs, u"lockout.test"_qs }, { u"password"_qs, u"Bon-mot-de-passe-42"_qs } });
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.error(), u"too_many_attempts"_qs);
    const int retryAfter = locked.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60, locked.header("Retry-After").constData());
    QVERIFY2(locked.json[u"message"_qs].toString().contains(u"Try again after"_qs),
             locked.describe().constData());
    // Other logins are not locked.
    QVERIFY(!m_server.signIn(u"coord.aubusson"_qs)->token().isEmpty());
}

void TestServerAuth::protectedRoutes_withoutBearer_answer401()
{
    HttpClient anonymous(m_server.url());
    HttpClient forged(m_server.url());
    forged.setToken(u"not-a-real-token"_qs);
    for (HttpClient *client : { &anonymous, &forged }) {
        const HttpReply replies[] = {
            client->get(u"/v1/me"_qs),
            client->get(u"/v1/changes"_qs),
            client->post(u"/v1/mutations"_qs, { { u"mutations"_qs, QJsonArray() } }),
            client->get(u"/v1/requests/%1/candidates"_qs.arg(newId())),
            client->post(u"/v1/auth/logout"_qs, {}),
        };
        for (const HttpReply &reply : replies) {
            QVERIFY2(reply.status == 401, reply.describe().constData());
            QCOMPARE(reply.error(), u"unauthorized"_qs);
            QVERIFY(!reply.json[u"message"_qs].toString().isEmpty());
        }
    }
}

void TestServerAuth::refresh_rotatesTokens_andRefusesTheOldRefreshToken()
{
    QJsonObject session;
    const auto client = m_server.signIn(u"coord.bourganeuf"_qs, &session);
    const QString firstRefresh = session[u"refresh_token"_qs].toString();
    HttpClient anonymous(m_server.url());
    const HttpReply refreshed
        = anonymous.post(u"/v1/auth/refresh"_qs, { { u"refresh_token"_qs, firstRefresh } });
    QCOMPARE(refreshed.status, 200);
    const QString access = refreshed.json[u"access_token"_qs].toString();
    const QString secondRefresh = refreshed.json[u"refresh_token"_qs].toString();
    QVERIFY(!access.isEmpty() && access != client->token());
    QVERIFY(!secondRefresh.isEmpty() && secondRefresh != firstRefresh);

    HttpClient renewed(m_server.url());
    renewed.setToken(access);
    QCOMPARE(renewed.get(u"/v1/me"_qs).status, 200);
    // The access token of before the rotation no longer works.
    QCOMPARE(client->get(u"/v1/me"_qs).status, 401);

    // Using the first refresh token again ends the whole sign-in.
    const HttpReply reused
        = anonymous.post(u"/v1/auth/refresh"_qs, { { u"refresh_token"_qs, firstRefresh } });
    QCOMPARE(reused.status, 401);
    QCOMPARE(renewed.get(u"/v1/me"_qs).status, 401);
    QCOMPARE(
        anonymous.post(u"/v1/auth/refresh"_qs, { { u"refresh_token"_qs, secondRefresh } }).status,
        401);
}

void TestServerAuth::logout_revokesTheBearersTokens()
{
    QJsonObject session;
    const auto client = m_server.signIn(u"prescripteur.genets"_qs, &session);
    const auto other = m_server.signIn(u"prescripteur.genets"_qs);
    QCOMPARE(client->get(u"/v1/me"_qs).status, 200);
    const HttpReply out = client->post(u"/v1/auth/logout"_qs, {});
    QCOMPARE(out.status, 200);
    QCOMPARE(client->get(u"/v1/me"_qs).status, 401);
    HttpClient anonymous(m_server.url());
    QCOMPARE(anonymous
                 .post(u"/v1/auth/refresh"_qs,
                       { { u"refresh_token"_qs, session[u"refresh_token"_qs].toString() } })
                 .status,
             401);
    // Another sign-in of the same account stays.
    QCOMPARE(other->get(u"/v1/me"_qs).status, 200);
}

void TestServerAuth::adminResetPassword_changesPasswordAndSignsOut()
{
    HttpClient client(m_server.url());
    const auto login = [&client](const QString &password) {
        const HttpReply reply
            = client.post(u"/v1/auth/login"_qs,
                          { { u"login"_qs, u"reset.test"_qs }, { u"password"_qs, password } });
        return std::make_pair(reply.status, reply.json[u"access_token"_qs].toString());
    };
    const auto [status, token] = login(u"Bon-mot-de-passe-42"_qs);
    QCOMPARE(status, 200);
    QCOMPARE(m_server.run({ u"admin"_qs, u"reset-password"_qs, u"--db"_qs, m_server.databaseSpec(),
                            u"--login"_qs, u"reset.test"_qs, u"--password"_qs,
                            u"Nouveau-mot-de-passe-7"_qs }),
             0);
    HttpClient old(m_server.url());
    old.setToken(token);
    QCOMPARE(old.get(u"/v1/me"_qs).status, 401);
    QCOMPARE(login(u"Bon-mot-de-passe-42"_qs).first, 401);
    QCOMPARE(login(u"Nouveau-mot-de-passe-7"_qs).first, 200);
}

void TestServerAuth::badInput_answers4xxWithErrorMessageField_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");

    const QByteArray twoMegabytes = "{\"client_id\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
    QTest::newRow("malformed JSON")
        << u"POST"_qs << u"/v1/mutations"_qs << QByteArray("{\"mutations\": [") << 400
        << u"invalid_json"_qs << QString();
    QTest::newRow("JSON that is not an object")
        << u"POST"_qs << u"/v1/mutations"_qs << QByteArray("[1, 2]") << 400 << u"invalid_json"_qs
        << QString();
    QTest::newRow("empty body") << u"POST"_qs << u"/v1/mutations"_qs << QByteArray() << 400
                                << u"invalid_json"_qs << QString();
    QTest::newRow("missing field")
        << u"POST"_qs << u"/v1/mutations"_qs << QByteArray("{\"client_id\": \"c1\"}") << 400
        << u"required"_qs << u"mutations"_qs;
    QTest::newRow("wrong type") << u"POST"_qs << u"/v1/mutations"_qs
                                << QByteArray("{\"mutations\": \"all of them\"}") << 400
                                << u"invalid_type"_qs << u"mutations"_qs;
    QTest::newRow("wrong type in a mutation")
        << u"POST"_qs << u"/v1/mutations"_qs
        << QByteArray("{\"client_id\": \"c1\", \"mutations\": [{\"mutation_id\": "
                      "\"0b5e3c2a-8a43-4b5e-9c57-3f0f2b1c7d11\", \"seq\": \"one\"}]}")
        << 400 << u"invalid_type"_qs << u"mutations[0].seq"_qs;
    QTest::newRow("too many mutations")
        << u"POST"_qs << u"/v1/mutations"_qs
        << QByteArray("{\"mutations\": [" + QByteArray("{},").repeated(100) + "{}]}") << 400
        << u"too_long"_qs << u"mutations"_qs;
    QTest::newRow("login without password")
        << u"POST"_qs << u"/v1/auth/login"_qs << QByteArray("{\"login\": \"coord.gueret\"}") << 400
        << u"required"_qs << u"password"_qs;
    QTest::newRow("login with a number")
        << u"POST"_qs << u"/v1/auth/login"_qs << QByteArray("{\"login\": 42, \"password\": \"x\"}")
        << 400 << u"invalid_type"_qs << u"login"_qs;
    QTest::newRow("unknown request id")
        << u"GET"_qs << u"/v1/requests/0b5e3c2a-8a43-4b5e-9c57-3f0f2b1c7d11/candidates"_qs
        << QByteArray() << 404 << u"not_found"_qs << u"id"_qs;
    QTest::newRow("request id that is not an id")
        << u"GET"_qs << u"/v1/requests/robert'); DROP TABLE records;--/candidates"_qs
        << QByteArray() << 404 << u"not_found"_qs << u"id"_qs;
    QTest::newRow("cursor that is not one")
        << u"GET"_qs << u"/v1/changes?since=yesterday"_qs << QByteArray() << 400
        << u"invalid_value"_qs << u"since"_qs;
    QTest::newRow("limit that is not a number")
        << u"GET"_qs << u"/v1/changes?limit=lots"_qs << QByteArray() << 400 << u"invalid_value"_qs
        << u"limit"_qs;
    QTest::newRow("2 MB body") << u"POST"_qs << u"/v1/mutations"_qs << twoMegabytes << 413
                               << u"payload_too_large"_qs << QString();
    QTest::newRow("unknown route")
        << u"GET"_qs << u"/v1/nowhere"_qs << QByteArray() << 404 << u"not_found"_qs << QString();
    QTest::newRow("wrong method") << u"DELETE"_qs << u"/v1/changes"_qs << QByteArray() << 405
                                  << u"method_not_allowed"_qs << QString();
}

void TestServerAuth::badInput_answers4xxWithErrorMessageField()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, field);

    const auto client = m_server.signIn(u"coord.gueret"_qs);
    const HttpReply reply = method == u"POST" ? client->postRaw(path, body)
        : method == u"GET"                    ? client->get(path)
                                              : client->send(method.toLatin1(), path);
    QVERIFY2(reply.status == status, reply.describe().constData());
    QVERIFY2(reply.error() == error, reply.describe().constData());
    QVERIFY2(!reply.json[u"message"_qs].toString().isEmpty(), reply.describe().constData());
    if (!field.isEmpty())
        QVERIFY2(reply.field() == field, reply.describe().constData());
}

void TestServerAuth::badInput_leavesTheServerServing()
{
    HttpClient client(m_server.url());
    // Raw garbage on the socket, then a normal request.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("\x01\x02 not HTTP at all\r\n\r\n");
    socket.waitForBytesWritten(2000);
    socket.waitForReadyRead(1000);
    socket.abort();
    QVERIFY(m_server.isRunning());
    const HttpReply reply = client.get(u"/v1/health"_qs);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"_qs].toString(), u"ok"_qs);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"

// Tests of core/sync/apiclient.cpp and session.cpp (memory token mode) against a loopback fake
// server: JSON in and out, errors as values naming the field, "network" when unreachable,
// Retry-After, and one shared token refresh for every request answered 401.
#include "core/sync/apiclient.h"
#include "core/sync/session.h"
#include "fakehttpserver.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using releve::sync::ApiClient;
using releve::sync::ApiReply;
using releve::sync::Session;
using releve::testing::FakeHttpServer;
using releve::testing::FakeRequest;
using releve::testing::FakeResponse;

namespace {

// What a finished reply said, copied before it deletes itself.
struct Outcome
{
    bool done = false;
    int status = -1;
    bool ok = false;
    QJsonObject json;
    releve::domain::Error error;
    int retryAfter = 0;
    QDateTime serverDate;
};

std::shared_ptr<Outcome> watch(ApiReply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &ApiReply::finished, reply, [outcome, reply] {
        outcome->done = true;
        outcome->status = reply->httpStatus();
        outcome->ok = reply->ok();
        outcome->json = reply->json();
        outcome->error = reply->error();
        outcome->retryAfter = reply->retryAfterSeconds();
        outcome->serverDate = reply->serverDate();
    });
    return outcome;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void get_sendsBearerAndParsesJson()
    {
        FakeHttpServer server([](const FakeRequest &) {
            return FakeResponse { 200,
                                  QJsonObject { { u"status"_s, u"ok"_s } },
                                  { { "Date", "Mon, 23 Nov 2026 08:00:00 GMT" } },
                                  FakeResponse::Mode::Answer,
                                  0 };
        });
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(server.url());
        api.setAccessToken(u"tok-1"_s);
        auto outcome = watch(api.changes(u"ep.12&x"_s, 50));
        QTRY_VERIFY(outcome->done);
        QVERIFY(outcome->ok);
        QCOMPARE(outcome->status, 200);
        QCOMPARE(outcome->json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(outcome->serverDate, QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        const FakeRequest &request = server.requests().first();
        QCOMPARE(request.path, u"/v1/changes"_s);
        QCOMPARE(request.query, u"since=ep.12%26x&limit=50"_s);
        QCOMPARE(request.bearer(), QByteArray("tok-1"));
    }

    void post_sendsJsonBody()
    {
        FakeHttpServer server([](const FakeRequest &request) {
            return FakeResponse {
                200, QJsonObject { { u"echo"_s, request.json } }, {}, FakeResponse::Mode::Answer, 0
            };
        });
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(server.url());
        auto outcome
            = watch(api.pushMutations(u"c1"_s, QJsonArray { QJsonObject { { u"seq"_s, 1 } } }));
        QTRY_VERIFY(outcome->done);
        QCOMPARE(server.requests().first().method, QByteArray("POST"));
        QCOMPARE(outcome->json.value(u"echo"_s).toObject().value(u"client_id"_s).toString(),
                 u"c1"_s);
    }

    void errorAnswer_becomesErrorNamingTheField()
    {
        FakeHttpServer server([](const FakeRequest &) {
            return FakeResponse::error(422, u"out_of_range"_s, u"must be after the start"_s,
                                       u"end"_s);
        });
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(server.url());
        auto outcome = watch(api.post(u"/v1/anything"_s, {}));
        QTRY_VERIFY(outcome->done);
        QVERIFY(!outcome->ok);
        QCOMPARE(outcome->status, 422);
        QCOMPARE(outcome->error.code, u"out_of_range"_s);
        QCOMPARE(outcome->error.field, u"end"_s);
        QCOMPARE(outcome->error.message, u"must be after the start"_s);
    }

    void errorWithoutJson_hasHttpCode()
    {
        FakeHttpServer server([](const FakeRequest &) {
            return FakeResponse { 502, {}, {}, {}, 0 };
        });
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(server.url());
        auto outcome = watch(api.health());
        QTRY_VERIFY(outcome->done);
        QCOMPARE(outcome->error.code, u"http_502"_s);
        QVERIFY(!outcome->error.message.isEmpty());
    }

    void unreachableServer_isNetworkError()
    {
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort())));
        auto outcome = watch(api.health());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 20000);
        QCOMPARE(outcome->status, 0);
        QCOMPARE(outcome->error.code, u"network"_s);
        QVERIFY(outcome->error.message.contains(u"could not be reached"_s));
    }

    void silentServer_timesOutAsNetworkError()
    {
        FakeHttpServer server([](const FakeRequest &) {
            return FakeResponse { 200, {}, {}, FakeResponse::Mode::Hang, 0 };
        });
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(server.url());
        api.setTransferTimeout(300);
        auto outcome = watch(api.health());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 5000);
        QCOMPARE(outcome->error.code, u"network"_s);
        QVERIFY2(outcome->error.message.contains(u"did not answer"_s),
                 qPrintable(outcome->error.message));
    }

    void retryAfter_secondsAndHttpDate()
    {
        // IMF-fixdate, as servers write it.
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                              u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                    .toLatin1();
        int calls = 0;
        FakeHttpServer server([&](const FakeRequest &) {
            FakeResponse r = FakeResponse::error(503, u"unavailable"_s, u"later"_s);
            r.headers.append({ "Retry-After", ++calls == 1 ? QByteArray("7") : date });
            return r;
        });
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(server.url());
        auto first = watch(api.health());
        QTRY_VERIFY(first->done);
        QCOMPARE(first->status, 503);
        QCOMPARE(first->retryAfter, 7);
        auto second = watch(api.health());
        QTRY_VERIFY(second->done);
        QVERIFY2(second->retryAfter >= 27 && second->retryAfter <= 30,
                 qPrintable(QString::number(second->retryAfter)));
    }

    void unauthorized_withoutSession_isSignalledAndFinishes()
    {
        FakeHttpServer server(
            [](const FakeRequest &) { return FakeResponse::error(401, u"unauthorized"_s); });
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(server.url());
        QSignalSpy unauthorized(&api, &ApiClient::unauthorized);
        auto outcome = watch(api.health());
        QTRY_VERIFY(outcome->done);
        QCOMPARE(outcome->status, 401);
        QCOMPARE(unauthorized.size(), 1);
    }

    void signIn_wrongPassword_saysSo()
    {
        FakeHttpServer server([](const FakeRequest &) {
            return FakeResponse::error(401, u"invalid_credentials"_s, u"no"_s);
        });
        QNetworkAccessManager network;
        ApiClient api(&network);
        Session session(&api, Session::TokenStorage::MemoryOnly);
        QSignalSpy failed(&session, &Session::signInFailed);
        session.signIn(server.url(), u"coord"_s, u"wrong"_s);
        QVERIFY(failed.wait());
        const auto error = failed.first().first().value<releve::domain::Error>();
        QVERIFY(error.message.contains(u"password"_s));
        QVERIFY(!session.isSignedIn());
    }

    void expiredToken_manyRequests_shareOneRefresh()
    {
        QByteArray valid = "access-1";
        FakeHttpServer server([&](const FakeRequest &request) {
            if (request.path == u"/v1/auth/login"_s)
                return FakeResponse { 200,
                                      QJsonObject { { u"access_token"_s, u"access-1"_s },
                                                    { u"refresh_token"_s, u"refresh-1"_s },
                                                    { u"expires_in"_s, 900 } },
                                      {},
                                      FakeResponse::Mode::Answer,
                                      0 };
            if (request.path == u"/v1/auth/refresh"_s) {
                if (request.json.value(u"refresh_token"_s).toString() != u"refresh-1"_s)
                    return FakeResponse::error(401, u"invalid_token"_s);
                valid = "access-2";
                return FakeResponse { 200,
                                      QJsonObject { { u"access_token"_s, u"access-2"_s },
                                                    { u"refresh_token"_s, u"refresh-2"_s },
                                                    { u"expires_in"_s, 900 } },
                                      {},
                                      FakeResponse::Mode::Answer,
                                      150 };
            }
            if (request.bearer() != valid)
                return FakeResponse::error(401, u"token_expired"_s);
            return FakeResponse {
                200, QJsonObject { { u"path"_s, request.path } }, {}, FakeResponse::Mode::Answer, 0
            };
        });
        QNetworkAccessManager network;
        ApiClient api(&network);
        Session session(&api, Session::TokenStorage::MemoryOnly);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn(server.url(), u"coord"_s, u"secret"_s);
        QVERIFY(signedIn.wait());

        valid = "expired-elsewhere"; // the access token expires
        QSignalSpy refreshed(&session, &Session::tokensRefreshed);
        QSignalSpy passwordNeeded(&session, &Session::passwordNeeded);
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 4; ++i)
            outcomes.append(watch(api.get(u"/v1/r%1"_s.arg(i))));
        // The refresh is asked once all have been refused; make the refresh succeed then.
        QTRY_COMPARE(server.count(u"/v1/auth/refresh"_s), 1);
        for (const auto &outcome : std::as_const(outcomes))
            QTRY_VERIFY(outcome->done);
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(outcomes[i]->ok, qPrintable(outcomes[i]->error.toString()));
            QCOMPARE(outcomes[i]->json.value(u"path"_s).toString(), u"/v1/r%1"_s.arg(i));
        }
        QCOMPARE(server.count(u"/v1/auth/refresh"_s), 1);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(passwordNeeded.size(), 0);

        // The new token is used from now on.
        auto after = watch(api.get(u"/v1/after"_s));
        QTRY_VERIFY(after->done);
        QVERIFY(after->ok);
        QCOMPARE(server.requests().last().bearer(), QByteArray("access-2"));
    }

    void refreshRefused_asksForPassword_requestsFail()
    {
        FakeHttpServer server([&](const FakeRequest &request) {
            if (request.path == u"/v1/auth/login"_s)
                return FakeResponse { 200,
                                      QJsonObject { { u"access_token"_s, u"a"_s },
                                                    { u"refresh_token"_s, u"r"_s } },
                                      {},
                                      FakeResponse::Mode::Answer,
                                      0 };
            return FakeResponse::error(401, u"invalid_token"_s, u"sign in again"_s);
        });
        QNetworkAccessManager network;
        ApiClient api(&network);
        Session session(&api, Session::TokenStorage::MemoryOnly);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn(server.url(), u"coord"_s, u"secret"_s);
        QVERIFY(signedIn.wait());
        QSignalSpy passwordNeeded(&session, &Session::passwordNeeded);
        auto one = watch(api.get(u"/v1/one"_s));
        auto two = watch(api.get(u"/v1/two"_s));
        QTRY_VERIFY(one->done && two->done);
        QCOMPARE(one->status, 401);
        QCOMPARE(two->status, 401);
        QCOMPARE(passwordNeeded.size(), 1);
        QCOMPARE(server.count(u"/v1/auth/refresh"_s), 1);
        QVERIFY(!session.isSignedIn());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

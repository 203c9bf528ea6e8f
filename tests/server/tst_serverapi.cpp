// Tenant isolation, roles and the OpenAPI document, on the real releve-server: after a whole
// replacement (request, proposal, contract signed by both parties, a time stamp), every documented
// route is called with the token of every demo account — against records of structures it does not
// belong to — and no answer, error message or change-feed entry carries a staff member's name,
// phone or home, or a beneficiary's reference or address, that the account may not see (only the
// contract reveals the worker's name, to its two parties). Every answer is checked against the
// OpenAPI document: a route or status it does not list, or a field it does not describe, fails.
#include "openapicheck.h"
#include "serverscenario.h"

#include <QTest>

using namespace releve::servertest;

namespace {

// A number as QJsonDocument writes it, to search raw bytes for it.
QByteArray jsonNumber(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

struct Secret
{
    QByteArray bytes;
    QString what; // for failure messages
    QString owner; // the structure it belongs to
    QStringList alsoSeenBy; // the other contract party, for the worker's name or the address
};

struct Answer
{
    QString method;
    QString path;
    HttpReply reply;
};

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyRoute_isInTheDocumentAndAnswers();
    void everyRouteForEveryAccount_revealsNothingOfOtherStructures();
    void everyAnswer_matchesTheDocumentedSchema();
    void openApiCheck_catchesUndocumentedFieldsStatusesAndRoutes();
    void contract_revealsTheWorkersNameToBothPartiesOnly();
    void referent_followsItsDepartementsWithoutIdentities();
    void prescriber_postsAndFollowsItsOwnRequestsOnly();
    void coordinator_cannotReadTheAuditLogNorActForOthers();
    void admin_readsTheWholeAuditLog();

private:
    QJsonObject apply(HttpClient &client, const QJsonObject &item)
    {
        const HttpReply reply
            = client.post(u"/v1/mutations"_qs, { { u"mutations"_qs, QJsonArray { item } } });
        record(u"POST"_qs, u"/v1/mutations"_qs, reply);
        return reply.json[u"results"_qs].toArray().at(0).toObject();
    }
    void record(const QString &method, const QString &path, const HttpReply &reply)
    {
        m_answers[m_currentLogin].append({ method, path, reply });
    }
    // Every documented route called by login, against the others' records.
    void callEveryRoute(const QString &login);
    QList<Secret> secretsHiddenFrom(const QString &structureId) const;

    TestServer m_server;
    std::unique_ptr<OpenApiCheck> m_openApi;
    QStringList m_logins;
    QHash<QString, std::shared_ptr<HttpClient>> m_clients;
    QString m_currentLogin;
    QHash<QString, QList<Answer>> m_answers; // by login
    QList<Secret> m_secrets;
    QString m_structureA; // lender (coord.bourganeuf)
    QString m_structureB; // requester (coord.gueret)
    QString m_otherDepartementStructure; // dept 87, created by the admin command line
    QJsonObject m_worker;
    QString m_slotId;
    QString m_requestId;
    QString m_interventionId;
    QString m_proposalId;
    QString m_contractId;
    QString m_prescriberRequestId;
    QJsonObject m_usedMutation; // a mutation A applied: replayed by others
};

void TestServerApi::initTestCase()
{
    if (!m_server.isAvailable())
        QSKIP("RELEVE_TEST_STORAGE=postgres without a reachable RELEVE_TEST_POSTGRES");
    QVERIFY2(m_server.seed(), qPrintable(m_server.lastError()));
    // A structure of another département, with a coordinator, for the referent's scope.
    QByteArray output;
    QCOMPARE(
        m_server.run({ u"admin"_qs, u"create-structure"_qs, u"--db"_qs, m_server.databaseSpec(),
                       u"--name"_qs, u"Aide Limousin Services"_qs, u"--departement"_qs, u"87"_qs,
                       u"--lat"_qs, u"45.83"_qs, u"--lon"_qs, u"1.26"_qs },
                     &output),
        0);
    m_otherDepartementStructure = QString::fromLatin1(output.trimmed());
    QCOMPARE(m_server.run({ u"admin"_qs, u"create-account"_qs, u"--db"_qs, m_server.databaseSpec(),
                            u"--login"_qs, u"coord.limoges"_qs, u"--password"_qs,
                            u"Limoges-2026-secret"_qs, u"--role"_qs, u"coordinator"_qs,
                            u"--structure-id"_qs, m_otherDepartementStructure }),
             0);
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));

    HttpClient anonymous(m_server.url());
    const HttpReply document = anonymous.get(u"/v1/openapi.json"_qs);
    QCOMPARE(document.status, 200);
    m_openApi = std::make_unique<OpenApiCheck>(document.json);

    for (const QJsonValue &account : m_server.accounts()) {
        const QString login = account[u"login"_qs].toString();
        m_logins.append(login);
        m_clients.insert(login, std::shared_ptr<HttpClient>(m_server.signIn(login).release()));
        QVERIFY2(!m_clients[login]->token().isEmpty(), qPrintable(login));
    }
    {
        auto limoges = std::make_shared<HttpClient>(m_server.url());
        const HttpReply session = limoges->post(u"/v1/auth/login"_qs,
                                                { { u"login"_qs, u"coord.limoges"_qs },
                                                  { u"password"_qs, u"Limoges-2026-secret"_qs } });
        QCOMPARE(session.status, 200);
        limoges->setToken(session.json[u"access_token"_qs].toString());
        m_clients.insert(u"coord.limoges"_qs, limoges);
        m_logins.append(u"coord.limoges"_qs);
        // Its structure accepts the charter: an audited action outside the Creuse.
        m_currentLogin = u"coord.limoges"_qs;
        const QJsonObject accepted = apply(
            *limoges,
            command(u"structure"_qs, m_otherDepartementStructure,
                    { { u"command"_qs, u"accept_charter"_qs }, { u"version"_qs, u"v1"_qs } }));
        QCOMPARE(accepted[u"status"_qs].toString(), u"applied"_qs);
    }
    m_structureA = m_server.structureOf(u"coord.bourganeuf"_qs);
    m_structureB = m_server.structureOf(u"coord.gueret"_qs);
    HttpClient &a = *m_clients[u"coord.bourganeuf"_qs];
    HttpClient &b = *m_clients[u"coord.gueret"_qs];
    m_currentLogin = u"coord.bourganeuf"_qs;

    m_worker = sharedStaff(a, m_structureA).value(0);
    QVERIFY(!m_worker.isEmpty());

    // The whole replacement: A's worker is free on a Monday seven weeks ahead, B asks, A proposes,
    // B accepts, both structures and the employee sign, A records the hours.
    const QDate day = futureMonday(7);
    m_slotId = newId();
    m_usedMutation = upsert(u"availability"_qs, m_slotId, 0,
                            { { u"staff_id"_qs, m_worker[u"id"_qs] },
                              { u"start"_qs, instant(day, QTime(6, 30)) },
                              { u"end"_qs, instant(day, QTime(13, 0)) },
                              { u"kind"_qs, u"available"_qs },
                              { u"note"_qs, u"Note interne Bourganeuf"_qs } });
    QCOMPARE(apply(a, m_usedMutation)[u"status"_qs].toString(), u"applied"_qs);

    m_currentLogin = u"coord.gueret"_qs;
    m_requestId = newId();
    m_interventionId = newId();
    const QJsonObject home = m_worker[u"home"_qs].toObject();
    const QJsonObject request {
        { u"reason"_qs, u"sick_leave"_qs },
        { u"urgency"_qs, u"urgent"_qs },
        { u"mission_address"_qs, u"12 allée des Secrets"_qs },
        { u"mission_commune"_qs, u"Bourganeuf"_qs },
        { u"mission_location"_qs,
          QJsonObject { { u"lat"_qs, home[u"lat"_qs].toDouble() + 0.0011 },
                        { u"lon"_qs, home[u"lon"_qs].toDouble() + 0.0013 } } },
        { u"beneficiary_ref"_qs, u"BEN-ISOL-7391"_qs },
        { u"gir"_qs, 3 },
        { u"needs"_qs, QJsonArray { u"toilette"_qs } },
        { u"consent_recorded"_qs, true },
        { u"interventions"_qs,
          QJsonArray { interventionJson(m_interventionId, day, QTime(9, 0), QTime(11, 0)) } },
        { u"hourly_rate_cents"_qs, 2350 },
        { u"radius_km"_qs, 30 },
    };
    QCOMPARE(apply(b, upsert(u"request"_qs, m_requestId, 0, request))[u"status"_qs].toString(),
             u"applied"_qs);
    QCOMPARE(apply(b, publishRequest(m_requestId))[u"status"_qs].toString(), u"applied"_qs);
    m_currentLogin = u"coord.bourganeuf"_qs;
    m_proposalId = newId();
    QCOMPARE(apply(a, proposeStaff(m_proposalId, m_requestId, m_worker[u"id"_qs]))[u"status"_qs]
                 .toString(),
             u"applied"_qs);
    m_currentLogin = u"coord.gueret"_qs;
    QCOMPARE(apply(b, acceptProposal(m_proposalId))[u"status"_qs].toString(), u"applied"_qs);
    const auto contracts = m_server.storedRecords(u"contract"_qs);
    QCOMPARE(contracts.size(), 1);
    m_contractId = contracts.first()[u"id"_qs].toString();
    const auto sign = [this](HttpClient &client, const QString &role) {
        return apply(client,
                     command(u"contract"_qs, m_contractId,
                             { { u"command"_qs, u"sign"_qs },
                               { u"name"_qs, QString(u"Signataire "_qs + role) },
                               { u"role"_qs, role } }))[u"status"_qs]
            .toString();
    };
    m_currentLogin = u"coord.bourganeuf"_qs;
    QCOMPARE(sign(a, u"lender"_qs), u"applied"_qs);
    m_currentLogin = u"coord.gueret"_qs;
    QCOMPARE(sign(b, u"user"_qs), u"applied"_qs);
    m_currentLogin = u"coord.bourganeuf"_qs;
    QCOMPARE(sign(a, u"employee"_qs), u"applied"_qs);
    QCOMPARE(apply(a,
                   upsert(u"intervention_record"_qs, newId(), 0,
                          { { u"contract_id"_qs, m_contractId },
                            { u"intervention_id"_qs, m_interventionId },
                            { u"arrival"_qs, instant(day, QTime(9, 2)) },
                            { u"departure"_qs, instant(day, QTime(10, 58)) } }))[u"status"_qs]
                 .toString(),
             u"applied"_qs);

    // The EHPAD's prescriber posts a request for a person going home; C proposes for it.
    m_currentLogin = u"prescripteur.genets"_qs;
    HttpClient &p = *m_clients[u"prescripteur.genets"_qs];
    m_prescriberRequestId = newId();
    QJsonObject discharge = request;
    discharge.insert(u"reason"_qs, u"hospital_discharge"_qs);
    discharge.insert(u"beneficiary_ref"_qs, u"GEN-ISOL-5520"_qs);
    discharge.insert(u"mission_address"_qs, u"8 impasse Confidentielle"_qs);
    discharge.insert(u"interventions"_qs,
                     QJsonArray { interventionJson(newId(), day, QTime(17, 0), QTime(18, 30)) });
    QCOMPARE(apply(p, upsert(u"request"_qs, m_prescriberRequestId, 0, discharge))[u"status"_qs]
                 .toString(),
             u"applied"_qs);
    QCOMPARE(apply(p, publishRequest(m_prescriberRequestId))[u"status"_qs].toString(),
             u"applied"_qs);

    // What must stay inside its structure, read from stored state.
    for (const QJsonObject &staff : m_server.storedRecords(u"staff"_qs)) {
        const QString owner = staff[u"structure_id"_qs].toString();
        QStringList nameSeenBy;
        if (staff[u"id"_qs] == m_worker[u"id"_qs])
            nameSeenBy = { m_structureB };
        for (const QString &field : { u"first_name"_qs, u"last_name"_qs })
            m_secrets.append(
                { staff[field].toString().toUtf8(), u"staff "_qs + field, owner, nameSeenBy });
        m_secrets.append({ staff[u"phone"_qs].toString().toUtf8(), u"staff phone"_qs, owner, {} });
        // A home's coordinates (six decimals); a rounder one could match other numbers by chance.
        for (const QString &axis : { u"lat"_qs, u"lon"_qs }) {
            const QByteArray number = jsonNumber(staff[u"home"_qs][axis]);
            if (number.size() >= 7)
                m_secrets.append({ number, u"staff home "_qs + axis, owner, {} });
        }
    }
    for (const QJsonObject &stored : m_server.storedRecords(u"request"_qs)) {
        const QString owner = stored[u"structure_id"_qs].toString();
        m_secrets.append({ stored[u"beneficiary_ref"_qs].toString().toUtf8(),
                           u"beneficiary_ref"_qs,
                           owner,
                           {} });
        m_secrets.append(
            { stored[u"mission_address"_qs].toString().toUtf8(), u"mission_address"_qs, owner,
              stored[u"id"_qs] == m_requestId ? QStringList { m_structureA } : QStringList() });
    }
    for (Secret &secret : m_secrets)
        QVERIFY2(secret.bytes.size() >= 4, qPrintable(secret.what));

    for (const QString &login : std::as_const(m_logins))
        callEveryRoute(login);
}

void TestServerApi::callEveryRoute(const QString &login)
{
    m_currentLogin = login;
    HttpClient &client = *m_clients[login];
    const QString structure
        = login == u"coord.limoges" ? m_otherDepartementStructure : m_server.structureOf(login);
    const auto get
        = [&](const QString &path, const QList<std::pair<QString, QString>> &query = {}) {
              record(u"GET"_qs, path, client.get(path, query));
          };
    const auto post = [&](HttpClient &with, const QString &path, const QJsonObject &body) {
        const HttpReply reply = with.post(path, body);
        record(u"POST"_qs, path, reply);
        return reply;
    };

    get(u"/v1/health"_qs);
    get(u"/v1/openapi.json"_qs);
    get(u"/v1/me"_qs);
    get(u"/v1/charter"_qs);
    get(u"/v1/audit"_qs);
    get(u"/v1/audit"_qs, { { u"since"_qs, u"3"_qs }, { u"limit"_qs, u"5"_qs } });
    get(u"/v1/audit"_qs, { { u"since"_qs, u"hier"_qs } });
    QString cursor;
    QByteArray raw;
    pullAll(client, &cursor, &raw, 1000);
    record(u"GET"_qs, u"/v1/changes"_qs, client.get(u"/v1/changes"_qs));
    get(u"/v1/changes"_qs, { { u"limit"_qs, u"3"_qs } });
    get(u"/v1/changes"_qs, { { u"since"_qs, cursor } });
    get(u"/v1/changes"_qs, { { u"since"_qs, u"autre.5"_qs } });
    get(u"/v1/changes"_qs, { { u"since"_qs, u"pas un curseur"_qs } });
    for (const QJsonObject &request : m_server.storedRecords(u"request"_qs))
        get(u"/v1/requests/%1/candidates"_qs.arg(request[u"id"_qs].toString()));
    get(u"/v1/requests/%1/candidates"_qs.arg(newId()));

    // Mutations aimed at the records of structures the caller does not belong to.
    const bool isA = structure == m_structureA;
    const bool isB = structure == m_structureB;
    const bool isAdmin = login == u"admin.releve";
    QJsonArray hostile;
    const auto stored = [this](const QString &entity, const QString &id) {
        const auto rows = m_server.sql(
            u"SELECT version FROM records WHERE entity = ? AND id = ?"_qs, { entity, id });
        return rows && !rows->isEmpty() ? rows->first().first().toLongLong() : 0;
    };
    if (!isA) {
        hostile.append(upsert(u"staff"_qs, m_worker[u"id"_qs].toString(),
                              stored(u"staff"_qs, m_worker[u"id"_qs].toString()),
                              { { u"first_name"_qs, u"Usurpé"_qs } }));
        hostile.append(
            upsert(u"staff"_qs, m_worker[u"id"_qs].toString(), 1, { { u"phone"_qs, u"00"_qs } }));
        hostile.append(mutation(u"delete"_qs, u"availability"_qs, m_slotId,
                                stored(u"availability"_qs, m_slotId), {}));
        hostile.append(
            command(u"proposal"_qs, m_proposalId, { { u"command"_qs, u"withdraw"_qs } }));
        hostile.append(command(u"contract"_qs, m_contractId,
                               { { u"command"_qs, u"sign"_qs },
                                 { u"name"_qs, u"X"_qs },
                                 { u"role"_qs, u"lender"_qs } }));
        hostile.append(upsert(u"intervention_record"_qs, newId(), 0,
                              { { u"contract_id"_qs, m_contractId },
                                { u"intervention_id"_qs, m_interventionId },
                                { u"arrival"_qs, u"2030-01-01T08:00:00Z"_qs },
                                { u"departure"_qs, u"2030-01-01T09:00:00Z"_qs } }));
        if (!isAdmin) {
            hostile.append(upsert(u"structure"_qs, m_structureA,
                                  stored(u"structure"_qs, m_structureA),
                                  { { u"name"_qs, u"Renommée"_qs } }));
            hostile.append(
                command(u"structure"_qs, m_structureA,
                        { { u"command"_qs, u"accept_charter"_qs }, { u"version"_qs, u"v1"_qs } }));
        }
        // Proposing another structure's worker.
        hostile.append(proposeStaff(newId(), m_prescriberRequestId, m_worker[u"id"_qs]));
        // A mutation id A already used: never A's answer.
        QJsonObject replay = m_usedMutation;
        hostile.append(replay);
    }
    if (!isB) {
        hostile.append(upsert(u"request"_qs, m_requestId, stored(u"request"_qs, m_requestId),
                              { { u"beneficiary_ref"_qs, u"VOLÉ"_qs } }));
        hostile.append(command(u"request"_qs, m_requestId, { { u"command"_qs, u"cancel"_qs } }));
        hostile.append(publishRequest(m_requestId));
        hostile.append(mutation(u"delete"_qs, u"request"_qs, m_requestId, 0, {}));
        hostile.append(acceptProposal(m_proposalId));
        hostile.append(command(u"proposal"_qs, m_proposalId, { { u"command"_qs, u"decline"_qs } }));
        hostile.append(command(u"contract"_qs, m_contractId,
                               { { u"command"_qs, u"sign"_qs },
                                 { u"name"_qs, u"X"_qs },
                                 { u"role"_qs, u"user"_qs } }));
    }
    if (!isA && !isB)
        hostile.append(command(u"contract"_qs, m_contractId, { { u"command"_qs, u"end"_qs } }));
    if (!hostile.isEmpty()) {
        const HttpReply reply = post(client, u"/v1/mutations"_qs, { { u"mutations"_qs, hostile } });
        QVERIFY2(reply.status == 200, reply.describe().constData());
        for (const QJsonValue &result : reply.json[u"results"_qs].toArray())
            QVERIFY2(result[u"status"_qs] != u"applied"_qs,
                     qPrintable(login + u" applied "_qs
                                + QString::fromUtf8(QJsonDocument(result.toObject()).toJson())));
    }
    // Malformed mutations: their errors too.
    post(client, u"/v1/mutations"_qs,
         { { u"client_id"_qs, QString(u"isolation-"_qs + login) },
           { u"mutations"_qs,
             QJsonArray { QJsonObject { { u"mutation_id"_qs, newId() },
                                        { u"seq"_qs, 1 },
                                        { u"entity"_qs, u"staff"_qs },
                                        { u"id"_qs, m_worker[u"id"_qs] },
                                        { u"op"_qs, u"upsert"_qs },
                                        { u"base_version"_qs, u"deux"_qs },
                                        { u"data"_qs, QJsonObject() } } } } });
    record(u"POST"_qs, u"/v1/mutations"_qs, client.postRaw(u"/v1/mutations"_qs, "{\"mutations\":"));

    // A second sign-in of the same account: login, refresh, logout (the first stays signed in).
    HttpClient session(m_server.url());
    const QString password = login == u"coord.limoges"
        ? u"Limoges-2026-secret"_qs
        : m_server.account(login)[u"password"_qs].toString();
    const HttpReply signedIn = post(session, u"/v1/auth/login"_qs,
                                    { { u"login"_qs, login }, { u"password"_qs, password } });
    const HttpReply refreshed
        = post(session, u"/v1/auth/refresh"_qs,
               { { u"refresh_token"_qs, signedIn.json[u"refresh_token"_qs].toString() } });
    session.setToken(refreshed.json[u"access_token"_qs].toString());
    post(session, u"/v1/auth/logout"_qs, {});
    post(session, u"/v1/auth/logout"_qs, {});
    post(session, u"/v1/auth/refresh"_qs, { { u"refresh_token"_qs, u"inconnu"_qs } });
    post(session, u"/v1/auth/login"_qs, { { u"login"_qs, login }, { u"password"_qs, u"faux"_qs } });
}

QList<Secret> TestServerApi::secretsHiddenFrom(const QString &structureId) const
{
    QList<Secret> hidden;
    for (const Secret &secret : m_secrets) {
        if (secret.owner != structureId && !secret.alsoSeenBy.contains(structureId))
            hidden.append(secret);
    }
    return hidden;
}

void TestServerApi::everyRoute_isInTheDocumentAndAnswers()
{
    // The routes the server serves, each in the document…
    const QStringList served {
        u"/v1/health"_qs,       u"/v1/openapi.json"_qs, u"/v1/auth/login"_qs,
        u"/v1/auth/refresh"_qs, u"/v1/auth/logout"_qs,  u"/v1/me"_qs,
        u"/v1/changes"_qs,      u"/v1/mutations"_qs,    u"/v1/requests/{id}/candidates"_qs,
        u"/v1/audit"_qs,        u"/v1/charter"_qs
    };
    const QJsonObject paths = m_openApi->document()[u"paths"_qs].toObject();
    for (const QString &path : served)
        QVERIFY2(paths.contains(path), qPrintable(path + u" is not documented"_qs));
    // …and each documented route and method served (not the "no route" answer), and called above.
    QSet<QString> called;
    for (const QList<Answer> &answers : std::as_const(m_answers)) {
        for (const Answer &answer : answers)
            called.insert(answer.method.toLower() + u' ' + m_openApi->pathTemplate(answer.path));
    }
    HttpClient anonymous(m_server.url());
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject operations = it.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            QVERIFY2(called.contains(op.key() + u' ' + it.key()),
                     qPrintable(op.key() + u' ' + it.key() + u" was never called"_qs));
            const QString concrete = QString(it.key()).replace(u"{id}"_qs, newId());
            const HttpReply reply
                = op.key() == u"get" ? anonymous.get(concrete) : anonymous.post(concrete, {});
            QVERIFY2(reply.status != 404 || reply.field() == u"id"_qs,
                     qPrintable(it.key() + u": "_qs + QString::fromUtf8(reply.describe())));
            QVERIFY2(reply.status != 405, qPrintable(it.key()));
        }
    }
    QVERIFY(!served.isEmpty());
    QCOMPARE(paths.size(), served.size());
}

void TestServerApi::everyRouteForEveryAccount_revealsNothingOfOtherStructures()
{
    QCOMPARE(m_answers.keys().size(), m_logins.size());
    int checked = 0;
    for (const QString &login : std::as_const(m_logins)) {
        const QString structure
            = login == u"coord.limoges" ? m_otherDepartementStructure : m_server.structureOf(login);
        const QList<Secret> hidden = secretsHiddenFrom(structure);
        QVERIFY(hidden.size() > 20);
        for (const Answer &answer : m_answers.value(login)) {
            ++checked;
            for (const Secret &secret : hidden) {
                QVERIFY2(!answer.reply.body.contains(secret.bytes),
                         qPrintable(QStringLiteral("%1 received %2 (\"%3\") of another structure "
                                                   "from %4 %5: %6")
                                        .arg(login, secret.what, QString::fromUtf8(secret.bytes),
                                             answer.method, answer.path,
                                             QString::fromUtf8(answer.reply.body.left(300)))));
            }
            // Headers too.
            for (const auto &header : answer.reply.headers) {
                for (const Secret &secret : hidden)
                    QVERIFY(!header.second.contains(secret.bytes));
            }
        }
    }
    qInfo("%d answers checked for %lld accounts", checked, qint64(m_logins.size()));
}

void TestServerApi::everyAnswer_matchesTheDocumentedSchema()
{
    QStringList problems;
    for (const QString &login : std::as_const(m_logins)) {
        const QString structure
            = login == u"coord.limoges" ? m_otherDepartementStructure : m_server.structureOf(login);
        for (const Answer &answer : m_answers.value(login)) {
            const QJsonDocument body = QJsonDocument::fromJson(answer.reply.body);
            const QJsonValue value
                = body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object());
            problems += m_openApi->check(answer.method, QUrl(answer.path).path(),
                                         answer.reply.status, value);
            // Another structure's staff is exactly the documented public view.
            if (answer.path == u"/v1/changes" && answer.reply.status == 200) {
                for (const QJsonValue &change : answer.reply.json[u"changes"_qs].toArray()) {
                    const QJsonObject data = change[u"data"_qs].toObject();
                    if (change[u"entity"_qs] == u"staff"_qs && !change[u"deleted"_qs].toBool()
                        && data[u"structure_id"_qs] != structure)
                        problems += m_openApi->checkComponent(u"StaffPublic"_qs, data);
                }
            }
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void TestServerApi::openApiCheck_catchesUndocumentedFieldsStatusesAndRoutes()
{
    // The check itself: what it must refuse.
    const QJsonObject health { { u"status"_qs, u"ok"_qs }, { u"version"_qs, u"1"_qs } };
    QVERIFY(m_openApi->check(u"GET"_qs, u"/v1/health"_qs, 200, health).isEmpty());
    QJsonObject extra = health;
    extra.insert(u"uptime"_qs, 5);
    QVERIFY(!m_openApi->check(u"GET"_qs, u"/v1/health"_qs, 200, extra).isEmpty());
    QVERIFY(!m_openApi->check(u"GET"_qs, u"/v1/health"_qs, 418, health).isEmpty());
    QVERIFY(!m_openApi->check(u"GET"_qs, u"/v1/elsewhere"_qs, 200, health).isEmpty());
    QVERIFY(!m_openApi->check(u"DELETE"_qs, u"/v1/health"_qs, 200, health).isEmpty());
    const QJsonObject change { { u"entity"_qs, u"staff"_qs },
                               { u"id"_qs, newId() },
                               { u"version"_qs, 1 },
                               { u"deleted"_qs, false },
                               { u"data"_qs, QJsonObject { { u"id"_qs, newId() } } },
                               { u"home"_qs, QJsonObject() } };
    const QJsonObject page { { u"changes"_qs, QJsonArray { change } },
                             { u"cursor"_qs, u"a.1"_qs },
                             { u"has_more"_qs, false } };
    QVERIFY(!m_openApi->check(u"GET"_qs, u"/v1/changes"_qs, 200, page).isEmpty());
    QVERIFY(!m_openApi->checkComponent(u"StaffPublic"_qs, m_worker).isEmpty());
}

void TestServerApi::contract_revealsTheWorkersNameToBothPartiesOnly()
{
    const QByteArray name
        = (m_worker[u"first_name"_qs].toString() + u' ' + m_worker[u"last_name"_qs].toString())
              .toUtf8();
    for (const QString &login : std::as_const(m_logins)) {
        QByteArray raw;
        pullAll(*m_clients[login], nullptr, &raw);
        const QString structure
            = login == u"coord.limoges" ? m_otherDepartementStructure : m_server.structureOf(login);
        const bool party = structure == m_structureA || structure == m_structureB;
        QVERIFY2(raw.contains(name) == party, qPrintable(login));
    }
    // B reading the contract is an access to A's personal data: it is in the audit log.
    const HttpReply audit
        = m_clients[u"admin.releve"_qs]->get(u"/v1/audit"_qs, { { u"limit"_qs, u"1000"_qs } });
    QCOMPARE(audit.status, 200);
    bool found = false;
    for (const QJsonValue &entry : audit.json[u"entries"_qs].toArray()) {
        found = found
            || (entry[u"action"_qs] == u"read_personal_data"_qs
                && entry[u"structure_id"_qs] == m_structureB
                && entry[u"party_structure_id"_qs] == m_structureA
                && entry[u"subject"_qs] == QString(u"contract/"_qs + m_contractId));
    }
    QVERIFY(found);
}

void TestServerApi::referent_followsItsDepartementsWithoutIdentities()
{
    HttpClient &referent = *m_clients[u"referent.creuse"_qs];
    const QJsonArray feed = pullAll(referent);
    bool sawContract = false;
    bool sawRequest = false;
    for (const QJsonValue &change : feed) {
        const QJsonObject data = change[u"data"_qs].toObject();
        if (change[u"entity"_qs] == u"contract"_qs) {
            sawContract = true;
            QVERIFY(!data.contains(u"staff_name"_qs));
            QVERIFY(!data.contains(u"mission_address"_qs));
        } else if (change[u"entity"_qs] == u"request"_qs && data[u"id"_qs] == m_requestId) {
            sawRequest = true;
            QVERIFY(!data.contains(u"beneficiary_ref"_qs));
        }
    }
    QVERIFY(sawContract);
    QVERIFY(sawRequest);
    // It follows, it does not act.
    const HttpReply acted = referent.post(
        u"/v1/mutations"_qs,
        { { u"mutations"_qs,
            QJsonArray {
                command(u"request"_qs, m_prescriberRequestId, { { u"command"_qs, u"cancel"_qs } }),
                upsert(u"request"_qs, newId(), 0, { { u"reason"_qs, u"absence"_qs } }) } } });
    QCOMPARE(acted.status, 200);
    for (const QJsonValue &result : acted.json[u"results"_qs].toArray())
        QCOMPARE(result[u"error"_qs][u"error"_qs].toString(), u"forbidden"_qs);
    QCOMPARE(referent.get(u"/v1/requests/%1/candidates"_qs.arg(m_requestId)).status, 403);
    // The audit log of its département only: not the Haute-Vienne structure's charter.
    const HttpReply audit = referent.get(u"/v1/audit"_qs, { { u"limit"_qs, u"1000"_qs } });
    QCOMPARE(audit.status, 200);
    const QJsonArray entries = audit.json[u"entries"_qs].toArray();
    QVERIFY(!entries.isEmpty());
    bool sawRank = false;
    for (const QJsonValue &entry : entries) {
        QVERIFY(entry[u"structure_id"_qs] != m_otherDepartementStructure);
        sawRank = sawRank || entry[u"action"_qs] == u"publish"_qs;
    }
    QVERIFY(sawRank);
}

void TestServerApi::prescriber_postsAndFollowsItsOwnRequestsOnly()
{
    HttpClient &prescriber = *m_clients[u"prescripteur.genets"_qs];
    QCOMPARE(prescriber.get(u"/v1/requests/%1/candidates"_qs.arg(m_prescriberRequestId)).status,
             200);
    QCOMPARE(prescriber.get(u"/v1/requests/%1/candidates"_qs.arg(m_requestId)).status, 403);
    QCOMPARE(prescriber.get(u"/v1/audit"_qs).status, 403);
    const HttpReply refused = prescriber.post(
        u"/v1/mutations"_qs,
        { { u"mutations"_qs,
            QJsonArray { upsert(u"staff"_qs, newId(), 0, { { u"first_name"_qs, u"Nouvelle"_qs } }),
                         proposeStaff(newId(), m_requestId, m_worker[u"id"_qs]) } } });
    QCOMPARE(refused.status, 200);
    for (const QJsonValue &result : refused.json[u"results"_qs].toArray())
        QCOMPARE(result[u"error"_qs][u"error"_qs].toString(), u"forbidden"_qs);
    // Its feed: its own requests in full, the others' without identity, no staff of anyone.
    for (const QJsonValue &change : pullAll(prescriber)) {
        const QJsonObject data = change[u"data"_qs].toObject();
        if (change[u"entity"_qs] == u"request"_qs && data[u"id"_qs] == m_prescriberRequestId)
            QCOMPARE(data[u"beneficiary_ref"_qs].toString(), u"GEN-ISOL-5520"_qs);
        if (change[u"entity"_qs] == u"staff"_qs)
            QVERIFY(!data.contains(u"first_name"_qs));
    }
}

void TestServerApi::coordinator_cannotReadTheAuditLogNorActForOthers()
{
    for (const QString &login : { u"coord.aubusson"_qs, u"coord.gueret"_qs }) {
        const HttpReply audit = m_clients[login]->get(u"/v1/audit"_qs);
        QCOMPARE(audit.status, 403);
        QCOMPARE(audit.error(), u"forbidden"_qs);
    }
    QCOMPARE(m_clients[u"coord.aubusson"_qs]
                 ->get(u"/v1/requests/%1/candidates"_qs.arg(m_requestId))
                 .status,
             403);
}

void TestServerApi::admin_readsTheWholeAuditLog()
{
    HttpClient &admin = *m_clients[u"admin.releve"_qs];
    QSet<QString> actions;
    QString cursor;
    bool limoges = false;
    for (int page = 0; page < 100; ++page) {
        const HttpReply reply
            = admin.get(u"/v1/audit"_qs, { { u"since"_qs, cursor }, { u"limit"_qs, u"7"_qs } });
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &entry : reply.json[u"entries"_qs].toArray()) {
            actions.insert(entry[u"action"_qs].toString());
            limoges = limoges || entry[u"structure_id"_qs] == m_otherDepartementStructure;
        }
        cursor = reply.json[u"cursor"_qs].toString();
        if (!reply.json[u"has_more"_qs].toBool())
            break;
    }
    QVERIFY(limoges);
    for (const QString &action : { u"publish"_qs, u"propose"_qs, u"accept"_qs, u"sign"_qs,
                                   u"rank"_qs, u"accept_charter"_qs, u"read_personal_data"_qs })
        QVERIFY2(actions.contains(action), qPrintable(action));
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"

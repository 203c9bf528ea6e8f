// Administration and hardening of the real releve-server: the quality charter a structure accepts
// before publishing or proposing, `releve-server admin` disabling structures and accounts,
// exporting everything about a person and erasing a worker while keeping an anonymised history,
// HTTPS served directly with --tls-cert/--tls-key, and input refused field by field (malformed
// UTF-8, dates out of range).
#include "serverscenario.h"

#include <QSslCertificate>
#include <QTest>

using namespace releve::servertest;

class TestServerAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void charter_isServedWithItsVersionAndWhoAcceptedIt();
    void charter_notAccepted_refusesPublishAndPropose_untilAccepted();
    void input_malformedUtf8AndDatesOutOfRange_areRefusedWithTheField();
    void disableAccount_signsOutAndRefusesSignIn();
    void disableStructure_disablesItsAccountsAndStopsLendingItsStaff();
    void exportPerson_ofAnAccount_hasItsDataAndNoSecret();
    void eraseStaff_whileAContractRuns_isRefused();
    void eraseStaff_keepsAnAnonymisedHistory();
    void tls_servesHttpsWithTheGivenCertificate();

private:
    QString admin(const QStringList &arguments, int expectedCode = 0)
    {
        QByteArray output;
        QByteArray errors;
        const int code = m_server.run(
            QStringList { u"admin"_qs, arguments.first(), u"--db"_qs, m_server.databaseSpec() }
                + arguments.mid(1),
            &output, &errors);
        if (code != expectedCode)
            qWarning("admin %s: %d %s", qPrintable(arguments.first()), code, errors.constData());
        m_lastCode = code;
        return QString::fromUtf8(code == 0 ? output : errors);
    }
    // A new structure of the Creuse with a coordinator and one consenting worker.
    struct NewStructure
    {
        QString id;
        QString login;
        std::unique_ptr<HttpClient> client;
        QString staffId;
    };
    NewStructure newStructure(const QString &name, const QString &login);

    TestServer m_server;
    int m_lastCode = 0;
    std::unique_ptr<HttpClient> m_a; // lender: coord.bourganeuf
    std::unique_ptr<HttpClient> m_b; // requester: coord.gueret
    QString m_requestId;
    QString m_contractId;
    QJsonObject m_worker;
};

TestServerAdmin::NewStructure TestServerAdmin::newStructure(const QString &name,
                                                            const QString &login)
{
    NewStructure made;
    made.id = admin({ u"create-structure"_qs, u"--name"_qs, name, u"--departement"_qs, u"23"_qs,
                      u"--lat"_qs, u"46.0"_qs, u"--lon"_qs, u"1.9"_qs })
                  .trimmed();
    admin({ u"create-account"_qs, u"--login"_qs, login, u"--password"_qs,
            u"Mot-de-passe-solide-1"_qs, u"--structure-id"_qs, made.id });
    made.login = login;
    made.client = std::make_unique<HttpClient>(m_server.url());
    const HttpReply session = made.client->post(
        u"/v1/auth/login"_qs,
        { { u"login"_qs, login }, { u"password"_qs, u"Mot-de-passe-solide-1"_qs } });
    made.client->setToken(session.json[u"access_token"_qs].toString());
    made.staffId = newId();
    const QJsonObject staff = applyOne(
        *made.client,
        upsert(u"staff"_qs, made.staffId, 0,
               { { u"first_name"_qs, u"Philomène"_qs },
                 { u"last_name"_qs, QString(u"Vignaud-"_qs + login.section(u'.', 1)) },
                 { u"phone"_qs, u"06 99 88 77 66"_qs },
                 { u"home"_qs, QJsonObject { { u"lat"_qs, 46.01 }, { u"lon"_qs, 1.91 } } },
                 { u"qualification"_qs, u"deaes"_qs },
                 { u"consent_sharing"_qs, true } }));
    if (status(staff) != u"applied")
        qWarning("staff: %s", QJsonDocument(staff).toJson().constData());
    return made;
}

void TestServerAdmin::initTestCase()
{
    if (!m_server.isAvailable())
        QSKIP("RELEVE_TEST_STORAGE=postgres without a reachable RELEVE_TEST_POSTGRES");
    QVERIFY2(m_server.seedAndStart(), qPrintable(m_server.lastError()));
    m_a = m_server.signIn(u"coord.bourganeuf"_qs);
    m_b = m_server.signIn(u"coord.gueret"_qs);
    m_worker = sharedStaff(*m_a, m_server.structureOf(u"coord.bourganeuf"_qs)).value(0);
    QVERIFY(!m_worker.isEmpty());
    // A replacement of A's worker for B, up to a contract signed by both structures.
    const QDate day = futureMonday(8);
    QCOMPARE(status(applyOne(*m_a,
                             upsert(u"availability"_qs, newId(), 0,
                                    { { u"staff_id"_qs, m_worker[u"id"_qs] },
                                      { u"start"_qs, instant(day, QTime(7, 0)) },
                                      { u"end"_qs, instant(day, QTime(12, 0)) } }))),
             u"applied"_qs);
    m_requestId = newId();
    QCOMPARE(status(applyOne(*m_b,
                             upsert(u"request"_qs, m_requestId, 0,
                                    { { u"reason"_qs, u"absence"_qs },
                                      { u"mission_address"_qs, u"4 rue du Test"_qs },
                                      { u"mission_commune"_qs, u"Bourganeuf"_qs },
                                      { u"mission_location"_qs, m_worker[u"home"_qs] },
                                      { u"beneficiary_ref"_qs, u"ADM-1"_qs },
                                      { u"consent_recorded"_qs, true },
                                      { u"interventions"_qs,
                                        QJsonArray { interventionJson(newId(), day, QTime(8, 0),
                                                                      QTime(9, 0)) } } }))),
             u"applied"_qs);
    QCOMPARE(status(applyOne(*m_b, publishRequest(m_requestId))), u"applied"_qs);
    const QString proposalId = newId();
    QCOMPARE(status(applyOne(*m_a, proposeStaff(proposalId, m_requestId, m_worker[u"id"_qs]))),
             u"applied"_qs);
    QCOMPARE(status(applyOne(*m_b, acceptProposal(proposalId))), u"applied"_qs);
    m_contractId = m_server.storedRecords(u"contract"_qs).first()[u"id"_qs].toString();
    for (const auto &[client, role] :
         { std::pair { m_a.get(), u"lender"_qs }, std::pair { m_b.get(), u"user"_qs },
           std::pair { m_a.get(), u"employee"_qs } }) {
        const QString name = role == u"employee"
            ? m_worker[u"first_name"_qs].toString() + u' ' + m_worker[u"last_name"_qs].toString()
            : u"Signataire"_qs;
        QCOMPARE(status(applyOne(*client,
                                 command(u"contract"_qs, m_contractId,
                                         { { u"command"_qs, u"sign"_qs },
                                           { u"name"_qs, name },
                                           { u"role"_qs, role } }))),
                 u"applied"_qs);
    }
}

void TestServerAdmin::charter_isServedWithItsVersionAndWhoAcceptedIt()
{
    const HttpReply reply = m_a->get(u"/v1/charter"_qs);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"version"_qs].toString(), u"v1"_qs);
    QVERIFY(reply.json[u"text"_qs].toString().contains(u"Charte qualité"_qs));
    QVERIFY(reply.json[u"text"_qs].toString().contains(u"absorbe pas la totalité"_qs));
    // The demo structures accepted it when seeded.
    QVERIFY(reply.json[u"accepted"_qs].toBool());
    QCOMPARE(reply.json[u"accepted_by"_qs].toString(), u"seed-demo"_qs);
    // The same text as the repository's file.
    QFile file(QStringLiteral(RELEVE_SOURCE_DIR "/resources/charter/charte_v1_fr.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(reply.json[u"text"_qs].toString(), QString::fromUtf8(file.readAll()));
}

void TestServerAdmin::charter_notAccepted_refusesPublishAndPropose_untilAccepted()
{
    NewStructure newcomer = newStructure(u"Services Nouveaux de Creuse"_qs, u"coord.nouveaux"_qs);
    HttpClient &client = *newcomer.client;
    QVERIFY(!client.token().isEmpty());
    QCOMPARE(client.get(u"/v1/charter"_qs).json[u"accepted"_qs].toBool(), false);

    const QString draft = newId();
    const QDate day = QDate::currentDate().addDays(30);
    QCOMPARE(status(applyOne(client,
                             upsert(u"request"_qs, draft, 0,
                                    { { u"reason"_qs, u"absence"_qs },
                                      { u"mission_commune"_qs, u"Guéret"_qs },
                                      { u"consent_recorded"_qs, true },
                                      { u"interventions"_qs,
                                        QJsonArray { interventionJson(newId(), day, QTime(8, 0),
                                                                      QTime(9, 0)) } } }))),
             u"applied"_qs);
    const auto publish = [&] {
        return applyOne(client, publishRequest(draft));
    };
    // A request the demo published, still open.
    QString openRequest;
    for (const QJsonObject &request : m_server.storedRecords(u"request"_qs)) {
        if (request[u"status"_qs] == u"published"_qs && request[u"id"_qs] != m_requestId)
            openRequest = request[u"id"_qs].toString();
    }
    QVERIFY(!openRequest.isEmpty());
    const auto propose = [&] {
        return applyOne(client, proposeStaff(newId(), openRequest, newcomer.staffId));
    };
    for (const QJsonObject &refused : { publish(), propose() }) {
        QCOMPARE(status(refused), u"rejected"_qs);
        QCOMPARE(errorCode(refused), u"charter_not_accepted"_qs);
        QVERIFY(refused[u"error"_qs][u"message"_qs].toString().contains(u"/v1/charter"_qs));
    }
    // Editing the structure does not sign it.
    const auto stored
        = m_server.sql(u"SELECT version FROM records WHERE id = ?"_qs, { newcomer.id });
    QCOMPARE(status(applyOne(client,
                             upsert(u"structure"_qs, newcomer.id, stored->at(0).at(0).toLongLong(),
                                    { { u"charter_signed"_qs, true } }))),
             u"applied"_qs);
    QCOMPARE(errorCode(publish()), u"charter_not_accepted"_qs);
    // Another version than the one in force is refused; then it is accepted.
    const QJsonObject wrong = applyOne(
        client,
        command(u"structure"_qs, newcomer.id,
                { { u"command"_qs, u"accept_charter"_qs }, { u"version"_qs, u"v0"_qs } }));
    QCOMPARE(errorCode(wrong), u"invalid_value"_qs);
    QCOMPARE(wrong[u"error"_qs][u"field"_qs].toString(), u"data.version"_qs);
    const QJsonObject accepted = applyOne(
        client,
        command(u"structure"_qs, newcomer.id,
                { { u"command"_qs, u"accept_charter"_qs }, { u"version"_qs, u"v1"_qs } }));
    QCOMPARE(status(accepted), u"applied"_qs);
    QVERIFY(accepted[u"record"_qs][u"charter_signed"_qs].toBool());
    const HttpReply charter = client.get(u"/v1/charter"_qs);
    QVERIFY(charter.json[u"accepted"_qs].toBool());
    QCOMPARE(charter.json[u"accepted_by"_qs].toString(), u"coord.nouveaux"_qs);
    QVERIFY(!charter.json[u"accepted_at"_qs].toString().isEmpty());
    // Recorded who and when.
    const auto acceptance
        = m_server.sql(u"SELECT login, version FROM charter_acceptances WHERE structure_id = ?"_qs,
                       { newcomer.id });
    QCOMPARE(acceptance->size(), 1);
    QCOMPARE(acceptance->at(0).at(0).toString(), u"coord.nouveaux"_qs);
    QCOMPARE(status(publish()), u"applied"_qs);
    QCOMPARE(status(propose()), u"applied"_qs);
    // Another structure cannot accept it on someone's behalf.
    QCOMPARE(errorCode(applyOne(*m_b,
                                command(u"structure"_qs, newcomer.id,
                                        { { u"command"_qs, u"accept_charter"_qs },
                                          { u"version"_qs, u"v1"_qs } }))),
             u"forbidden"_qs);
}

void TestServerAdmin::input_malformedUtf8AndDatesOutOfRange_areRefusedWithTheField()
{
    const HttpReply utf8 = m_a->postRaw(
        u"/v1/mutations"_qs, QByteArray("{\"mutations\": [], \"client_id\": \"\xC3\x28\"}"));
    QCOMPARE(utf8.status, 400);
    QCOMPARE(utf8.error(), u"invalid_json"_qs);
    QVERIFY(utf8.json[u"message"_qs].toString().contains(u"UTF-8"_qs));
    const HttpReply login = m_a->postRaw(u"/v1/auth/login"_qs, QByteArray("{\"login\": \"\xFF\"}"));
    QCOMPARE(login.status, 400);

    const QJsonObject far = applyOne(*m_a,
                                     upsert(u"availability"_qs, newId(), 0,
                                            { { u"staff_id"_qs, m_worker[u"id"_qs] },
                                              { u"start"_qs, u"9999-01-01T08:00:00Z"_qs },
                                              { u"end"_qs, u"9999-01-01T09:00:00Z"_qs } }));
    QCOMPARE(status(far), u"rejected"_qs);
    QCOMPARE(errorCode(far), u"out_of_range"_qs);
    QCOMPARE(far[u"error"_qs][u"field"_qs].toString(), u"end"_qs);
    const QJsonObject nested = applyOne(
        *m_b,
        upsert(u"request"_qs, newId(), 0,
               { { u"reason"_qs, u"absence"_qs },
                 { u"interventions"_qs,
                   QJsonArray { QJsonObject { { u"id"_qs, newId() },
                                              { u"start"_qs, u"1899-12-31T08:00:00Z"_qs },
                                              { u"end"_qs, u"1899-12-31T09:00:00Z"_qs } } } } }));
    QCOMPARE(errorCode(nested), u"out_of_range"_qs);
    QVERIFY2(nested[u"error"_qs][u"field"_qs].toString().startsWith(u"interventions[0]."_qs),
             qPrintable(nested[u"error"_qs][u"field"_qs].toString()));
    const QJsonObject impossible = applyOne(*m_a,
                                            upsert(u"availability"_qs, newId(), 0,
                                                   { { u"staff_id"_qs, m_worker[u"id"_qs] },
                                                     { u"start"_qs, u"2026-02-30T08:00:00Z"_qs },
                                                     { u"end"_qs, u"2026-02-30T09:00:00Z"_qs } }));
    QCOMPARE(status(impossible), u"rejected"_qs);
    QCOMPARE(impossible[u"error"_qs][u"field"_qs].toString().isEmpty(), false);
    const QJsonObject wrongType = applyOne(
        *m_a,
        upsert(u"availability"_qs, newId(), 0, { { u"staff_id"_qs, 42 }, { u"start"_qs, true } }));
    QCOMPARE(status(wrongType), u"rejected"_qs);
    QVERIFY(!wrongType[u"error"_qs][u"field"_qs].toString().isEmpty());
}

void TestServerAdmin::disableAccount_signsOutAndRefusesSignIn()
{
    const QString structureId = m_server.structureOf(u"coord.aubusson"_qs);
    admin({ u"create-account"_qs, u"--login"_qs, u"partant.aubusson"_qs, u"--password"_qs,
            u"Au-revoir-2026"_qs, u"--structure-id"_qs, structureId });
    HttpClient client(m_server.url());
    const auto login = [&client] {
        return client.post(
            u"/v1/auth/login"_qs,
            { { u"login"_qs, u"partant.aubusson"_qs }, { u"password"_qs, u"Au-revoir-2026"_qs } });
    };
    const HttpReply session = login();
    QCOMPARE(session.status, 200);
    client.setToken(session.json[u"access_token"_qs].toString());
    QCOMPARE(client.get(u"/v1/me"_qs).status, 200);
    admin({ u"disable-account"_qs, u"--login"_qs, u"partant.aubusson"_qs });
    QCOMPARE(m_lastCode, 0);
    QCOMPARE(client.get(u"/v1/me"_qs).status, 401);
    const HttpReply refused = login();
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.json[u"message"_qs].toString().contains(u"disabled"_qs));
    // Its coordinators see the account disabled.
    const auto coordinator = m_server.signIn(u"coord.aubusson"_qs);
    bool seen = false;
    for (const QJsonValue &change : pullAll(*coordinator)) {
        if (change[u"entity"_qs] == u"account"_qs
            && change[u"data"_qs][u"login"_qs] == u"partant.aubusson"_qs) {
            seen = true;
            QVERIFY(change[u"data"_qs][u"disabled"_qs].toBool());
        }
    }
    QVERIFY(seen);
    admin({ u"disable-account"_qs, u"--login"_qs, u"personne"_qs }, 1);
    QCOMPARE(m_lastCode, 1);
}

void TestServerAdmin::disableStructure_disablesItsAccountsAndStopsLendingItsStaff()
{
    NewStructure leaving = newStructure(u"Structure Sortante"_qs, u"coord.sortante"_qs);
    QString cursor;
    const auto before = latestRecords(pullAll(*m_b, &cursor));
    QVERIFY(before.contains(u"staff/"_qs + leaving.staffId));
    const QString output = admin({ u"disable-structure"_qs, u"--structure-id"_qs, leaving.id,
                                   u"--reason"_qs, u"Cessation d'activité"_qs });
    QCOMPARE(m_lastCode, 0);
    QVERIFY2(output.contains(u"1 account"_qs), qPrintable(output));
    QCOMPARE(leaving.client->get(u"/v1/me"_qs).status, 401);
    HttpClient anonymous(m_server.url());
    QCOMPARE(anonymous
                 .post(u"/v1/auth/login"_qs,
                       { { u"login"_qs, u"coord.sortante"_qs },
                         { u"password"_qs, u"Mot-de-passe-solide-1"_qs } })
                 .status,
             403);
    // Its worker leaves the others' feeds as a tombstone.
    const auto after = latestRecords(pullAll(*m_b, &cursor));
    QVERIFY(after.value(u"staff/"_qs + leaving.staffId)[u"deleted"_qs].toBool());
    const auto entries = m_server.sql(
        u"SELECT details FROM audit_log WHERE action = 'disable_structure' AND subject = ?"_qs,
        { QString(u"structure/"_qs + leaving.id) });
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->at(0).at(0).toString().contains(u"Cessation"_qs));
}

void TestServerAdmin::exportPerson_ofAnAccount_hasItsDataAndNoSecret()
{
    const QString output = admin({ u"export-person"_qs, u"--login"_qs, u"coord.gueret"_qs });
    QCOMPARE(m_lastCode, 0);
    const QJsonObject exported = QJsonDocument::fromJson(output.toUtf8()).object();
    QCOMPARE(exported[u"kind"_qs].toString(), u"account"_qs);
    QCOMPARE(exported[u"account"_qs][u"login"_qs].toString(), u"coord.gueret"_qs);
    QVERIFY(!exported[u"sessions"_qs].toArray().isEmpty());
    QVERIFY(!exported[u"sign_in_attempts"_qs].toArray().isEmpty());
    QVERIFY(exported[u"mutations_sent"_qs].toInt() >= 3);
    QVERIFY(!exported[u"audit"_qs].toArray().isEmpty()); // its publish and accept
    QVERIFY(!output.contains(u"argon2"_qs));
    QVERIFY(!output.contains(u"token_hash"_qs));
    QVERIFY(!output.contains(m_server.account(u"coord.gueret"_qs)[u"password"_qs].toString()));
    // To a file, for a staff member.
    const QString path = m_server.directory() + u"/export.json"_qs;
    admin({ u"export-person"_qs, u"--staff-id"_qs, m_worker[u"id"_qs].toString(), u"--output"_qs,
            path });
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject staff = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(staff[u"kind"_qs].toString(), u"staff"_qs);
    QCOMPARE(staff[u"staff"_qs][u"data"_qs][u"last_name"_qs], m_worker[u"last_name"_qs]);
    QVERIFY(!staff[u"availability"_qs].toArray().isEmpty());
    QCOMPARE(staff[u"contracts"_qs].toArray().size(), 1);
    QCOMPARE(staff[u"proposals"_qs].toArray().size(), 1);
    admin({ u"export-person"_qs }, 1);
    QCOMPARE(m_lastCode, 1);
}

void TestServerAdmin::eraseStaff_whileAContractRuns_isRefused()
{
    const QString output
        = admin({ u"erase-staff"_qs, u"--staff-id"_qs, m_worker[u"id"_qs].toString() }, 1);
    QCOMPARE(m_lastCode, 1);
    QVERIFY2(output.contains(u"end it first"_qs), qPrintable(output));
    QCOMPARE(m_server.storedRecords(u"contract"_qs).first()[u"staff_name"_qs].toString(),
             m_worker[u"first_name"_qs].toString() + u' ' + m_worker[u"last_name"_qs].toString());
}

void TestServerAdmin::eraseStaff_keepsAnAnonymisedHistory()
{
    QCOMPARE(status(applyOne(*m_b,
                             command(u"contract"_qs, m_contractId,
                                     { { u"command"_qs, u"end"_qs },
                                       { u"reason"_qs, u"Fin de mission"_qs } }))),
             u"applied"_qs);
    QString cursorB;
    pullAll(*m_b, &cursorB);
    admin({ u"erase-staff"_qs, u"--staff-id"_qs, m_worker[u"id"_qs].toString() });
    QCOMPARE(m_lastCode, 0);

    // No column of any row still holds the name, phone or home.
    const QStringList secrets { m_worker[u"first_name"_qs].toString(),
                                m_worker[u"last_name"_qs].toString(),
                                m_worker[u"phone"_qs].toString() };
    for (const char *table : { "records", "mutation_answers", "audit_log" }) {
        const auto rows = m_server.sql(u"SELECT * FROM %1"_qs.arg(QLatin1String(table)));
        QVERIFY(rows);
        for (const QVariantList &row : *rows) {
            for (const QVariant &value : row) {
                for (const QString &secret : secrets)
                    QVERIFY2(!value.toString().contains(secret),
                             qPrintable(QLatin1String(table) + u" still holds "_qs + secret));
            }
        }
    }
    // The contract stays, with a placeholder; the staff record is a tombstone with its pseudonym.
    const QJsonObject contract = m_server.storedRecords(u"contract"_qs).first();
    QVERIFY2(contract[u"staff_name"_qs].toString().contains(m_worker[u"pseudonym"_qs].toString()),
             qPrintable(contract[u"staff_name"_qs].toString()));
    QCOMPARE(contract[u"status"_qs].toString(), u"ended"_qs);
    const auto tombstone
        = m_server.sql(u"SELECT deleted, data FROM records WHERE entity = 'staff' AND id = ?"_qs,
                       { m_worker[u"id"_qs].toString() });
    QCOMPARE(tombstone->at(0).at(0).toInt(), 1);
    const QJsonObject data
        = QJsonDocument::fromJson(tombstone->at(0).at(1).toString().toUtf8()).object();
    QCOMPARE(data[u"pseudonym"_qs], m_worker[u"pseudonym"_qs]);
    QVERIFY(!data.contains(u"home"_qs));
    // The parties' caches get the change: B the anonymised contract, A the tombstone.
    const auto changesB = latestRecords(pullAll(*m_b, &cursorB));
    QVERIFY(changesB.value(u"contract/"_qs + m_contractId)[u"data"_qs][u"staff_name"_qs]
                .toString()
                .startsWith(u"[effacé"_qs));
    const auto changesA = latestRecords(pullAll(*m_a));
    QVERIFY(changesA.value(u"staff/"_qs + m_worker[u"id"_qs].toString())[u"deleted"_qs].toBool());
    // The export now says erased.
    const QJsonObject exported
        = QJsonDocument::fromJson(
              admin({ u"export-person"_qs, u"--staff-id"_qs, m_worker[u"id"_qs].toString() })
                  .toUtf8())
              .object();
    QVERIFY(exported[u"erased"_qs].toBool());
}

void TestServerAdmin::tls_servesHttpsWithTheGivenCertificate()
{
    const QString cert = m_server.directory() + u"/cert.pem"_qs;
    const QString key = m_server.directory() + u"/key.pem"_qs;
    QProcess openssl;
    openssl.start(u"openssl"_qs,
                  { u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs,
                    u"-keyout"_qs, key, u"-out"_qs, cert, u"-days"_qs, u"2"_qs, u"-subj"_qs,
                    u"/CN=127.0.0.1"_qs, u"-addext"_qs, u"subjectAltName=IP:127.0.0.1"_qs });
    if (!openssl.waitForStarted(10000))
        QSKIP("openssl is not installed");
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    TestServer https(m_server, TestServer::SameDatabase {});
    QVERIFY2(https.start({ u"--tls-cert"_qs, cert, u"--tls-key"_qs, key }),
             qPrintable(https.lastError()));
    QVERIFY(https.listeningLine().startsWith(u"Listening on https://"_qs));
    QCOMPARE(https.url().scheme(), u"https"_qs);

    HttpClient trusting(https.url());
    trusting.trust(QSslCertificate::fromPath(cert));
    const HttpReply health = trusting.get(u"/v1/health"_qs);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json[u"status"_qs].toString(), u"ok"_qs);
    const HttpReply session = trusting.post(
        u"/v1/auth/login"_qs,
        { { u"login"_qs, u"coord.gueret"_qs },
          { u"password"_qs, m_server.account(u"coord.gueret"_qs)[u"password"_qs].toString() } });
    QCOMPARE(session.status, 200);
    // A client that does not trust the certificate gets no answer; plain HTTP neither.
    HttpClient wary(https.url());
    QCOMPARE(wary.get(u"/v1/health"_qs).status, 0);
    QUrl plain = https.url();
    plain.setScheme(u"http"_qs);
    HttpClient clear(plain);
    QCOMPARE(clear.get(u"/v1/health"_qs).status, 0);
    // Half of the pair is refused with a reason.
    QByteArray errors;
    QCOMPARE(m_server.run({ u"serve"_qs, u"--db"_qs, m_server.databaseSpec(), u"--listen"_qs,
                            u"127.0.0.1:0"_qs, u"--tls-cert"_qs, cert },
                          nullptr, &errors),
             1);
    QVERIFY(errors.contains("--tls-key"));
}

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_serveradmin.moc"

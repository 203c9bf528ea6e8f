// The life of a replacement contract on the real releve-server, two server processes sharing one
// database (SQLite here, PostgreSQL in tst_servercontracts_postgres): numbers unique per year even
// when two processes accept at the same moment; draft → signed by lender → signed by user →
// active → ended with each signature's name, role and date; amendments with their own numbers
// (REL-2026-000123-A1…) when the interventions change, signed in the same order; the SHA-256 of
// each printed document kept per kind and text version; the place of work's département and
// the post's particular characteristics carried from the request to the contract.
#include "openapicheck.h"
#include "serverscenario.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace releve::servertest;

namespace {

// Sends mutations to several servers at once and waits for every answer: each request is its own
// POST, so the servers' transactions really run side by side.
QList<QJsonObject> applyConcurrently(const QList<std::pair<HttpClient *, QJsonObject>> &calls,
                                     const QList<QUrl> &urls)
{
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QNetworkRequest request(urls.at(i).resolved(QUrl(u"/v1/mutations"_qs)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + calls.at(i).first->token().toLatin1());
        const QJsonObject body { { u"mutations"_qs, QJsonArray { calls.at(i).second } } };
        replies.append(network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    const bool finished = QTest::qWaitFor(
        [&replies] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        },
        120000);
    if (!finished)
        qWarning("some concurrent mutations got no answer");
    QList<QJsonObject> results;
    for (QNetworkReply *reply : std::as_const(replies)) {
        results.append(QJsonDocument::fromJson(reply->readAll())
                           .object()[u"results"_qs]
                           .toArray()
                           .at(0)
                           .toObject());
        reply->deleteLater();
    }
    return results;
}

} // namespace

class TestServerContracts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void accept_onTwoProcessesAtOnce_numbersContractsUniquelyAndInSequence();
    void contract_carriesDepartementAndPostCharacteristicsFromTheRequest();
    void sign_recordsNameRoleAndDate_lenderThenUserThenEmployee();
    void sign_subcontract_isActiveOnceBothAgenciesSigned();
    void amend_changedInterventions_makeNumberedAmendmentsSignedInOrder();
    void amend_onTwoProcessesAtOnce_givesDistinctNumbers();
    void amend_refusesWhatWouldBreakTheContract();
    void recordDocument_keepsEachHashPerKindAndTextVersion();
    void end_thenSignOrAmend_isRefused();
    void openapi_documentsTheContractCommands();

private:
    // B publishes a request for one intervention on `day` (plus `extra`), A proposes its worker,
    // B accepts: the contract as B receives it in the answer's feed.
    QString postRequest(QDate day, QTime from, QTime to, const QJsonObject &extra = {});
    QString proposeWorker(const QString &requestId);
    QJsonObject contractOfRequest(HttpClient &client, const QString &requestId);
    QJsonObject makeContract(QDate day, QTime from, QTime to, const QJsonObject &extra = {});
    QJsonObject sign(HttpClient &client, const QString &contractId, const QString &role,
                     const QString &name, const QJsonObject &extra = {});

    TestServer m_server;
    std::unique_ptr<TestServer> m_second; // another process on the same database
    std::unique_ptr<HttpClient> m_a; // lender: coord.bourganeuf
    std::unique_ptr<HttpClient> m_b; // requester: coord.gueret
    std::unique_ptr<HttpClient> m_c; // bystander: coord.aubusson
    std::unique_ptr<HttpClient> m_b2; // B on the second process
    std::unique_ptr<HttpClient> m_a2;
    QString m_structureA;
    QString m_structureB;
    QJsonObject m_worker;
    QDate m_monday;
    QJsonObject m_contract; // the loan the signature and amendment tests follow
    QString m_firstIntervention;
};

void TestServerContracts::initTestCase()
{
    if (!m_server.isAvailable())
        QSKIP("RELEVE_TEST_STORAGE=postgres without a reachable RELEVE_TEST_POSTGRES");
    QVERIFY2(m_server.seedAndStart(), qPrintable(m_server.lastError()));
    m_second = std::make_unique<TestServer>(m_server, TestServer::SameDatabase {});
    QVERIFY2(m_second->start(), qPrintable(m_second->lastError()));
    m_a = m_server.signIn(u"coord.bourganeuf"_qs);
    m_b = m_server.signIn(u"coord.gueret"_qs);
    m_c = m_server.signIn(u"coord.aubusson"_qs);
    m_a2 = m_second->signIn(u"coord.bourganeuf"_qs);
    m_b2 = m_second->signIn(u"coord.gueret"_qs);
    QVERIFY(!m_a->token().isEmpty() && !m_b2->token().isEmpty());
    m_structureA = m_server.structureOf(u"coord.bourganeuf"_qs);
    m_structureB = m_server.structureOf(u"coord.gueret"_qs);
    m_worker = sharedStaff(*m_a, m_structureA, true).value(0);
    QVERIFY(!m_worker.isEmpty());
    // Mondays well after the seeded data, one per contract, so no two contracts overlap.
    m_monday = futureMonday(10);
}

QString TestServerContracts::postRequest(QDate day, QTime from, QTime to, const QJsonObject &extra)
{
    const QJsonObject home = m_worker[u"home"_qs].toObject();
    const QString requestId = newId();
    QJsonObject request {
        { u"id"_qs, requestId },
        { u"structure_id"_qs, m_structureB },
        { u"reason"_qs, u"sick_leave"_qs },
        { u"mission_address"_qs, u"3 rue des Tilleuls"_qs },
        { u"mission_commune"_qs, u"Bourganeuf"_qs },
        { u"mission_location"_qs,
          QJsonObject { { u"lat"_qs, home[u"lat"_qs].toDouble() + 0.001 },
                        { u"lon"_qs, home[u"lon"_qs] } } },
        { u"beneficiary_ref"_qs, u"BEN-0077"_qs },
        { u"gir"_qs, 3 },
        { u"needs"_qs, QJsonArray { u"toilette"_qs, u"repas"_qs } },
        { u"consent_recorded"_qs, true },
        { u"interventions"_qs, QJsonArray { interventionJson(newId(), day, from, to) } },
        { u"hourly_rate_cents"_qs, 2350 },
        { u"radius_km"_qs, 30 },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        request.insert(it.key(), it.value());
    if (status(applyOne(*m_b, upsert(u"request"_qs, requestId, 0, request))) != u"applied"_qs)
        return {};
    if (status(applyOne(*m_b, publishRequest(requestId))) != u"applied"_qs)
        return {};
    return requestId;
}

QString TestServerContracts::proposeWorker(const QString &requestId)
{
    const QString proposalId = newId();
    const QJsonObject proposed
        = applyOne(*m_a, proposeStaff(proposalId, requestId, m_worker[u"id"_qs]));
    if (status(proposed) != u"applied"_qs)
        qWarning() << "propose" << proposed;
    return status(proposed) == u"applied"_qs ? proposalId : QString();
}

QJsonObject TestServerContracts::contractOfRequest(HttpClient &client, const QString &requestId)
{
    QJsonObject found;
    for (const QJsonObject &change : latestRecords(pullAll(client))) {
        if (change[u"entity"_qs] == u"contract"_qs
            && change[u"data"_qs][u"request_id"_qs].toString() == requestId)
            found = change[u"data"_qs].toObject();
    }
    return found;
}

QJsonObject TestServerContracts::makeContract(QDate day, QTime from, QTime to,
                                              const QJsonObject &extra)
{
    const QString requestId = postRequest(day, from, to, extra);
    const QString proposalId = requestId.isEmpty() ? QString() : proposeWorker(requestId);
    if (proposalId.isEmpty())
        return {};
    if (status(applyOne(*m_b, acceptProposal(proposalId))) != u"applied"_qs)
        return {};
    return contractOfRequest(*m_b, requestId);
}

QJsonObject TestServerContracts::sign(HttpClient &client, const QString &contractId,
                                      const QString &role, const QString &name,
                                      const QJsonObject &extra)
{
    QJsonObject data { { u"command"_qs, u"sign"_qs }, { u"role"_qs, role }, { u"name"_qs, name } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    return applyOne(client, command(u"contract"_qs, contractId, data));
}

void TestServerContracts::accept_onTwoProcessesAtOnce_numbersContractsUniquelyAndInSequence()
{
    // Six requests, one proposal each; B accepts all six at once, three through each process.
    constexpr int count = 6;
    QList<std::pair<HttpClient *, QJsonObject>> calls;
    QList<QUrl> urls;
    QStringList requestIds;
    for (int i = 0; i < count; ++i) {
        const QString requestId = postRequest(m_monday.addDays(i), QTime(8, 0), QTime(9, 0));
        QVERIFY(!requestId.isEmpty());
        const QString proposalId = proposeWorker(requestId);
        QVERIFY(!proposalId.isEmpty());
        requestIds.append(requestId);
        const bool second = i % 2 == 1;
        calls.append({ second ? m_b2.get() : m_b.get(), acceptProposal(proposalId) });
        urls.append(second ? m_second->url() : m_server.url());
    }
    const QList<QJsonObject> results = applyConcurrently(calls, urls);
    for (const QJsonObject &result : results)
        QCOMPARE(status(result), u"applied"_qs);

    // Every contract has its own number of this year, and together they are consecutive: the
    // counter row is locked by each accepting transaction, on PostgreSQL too.
    const int year
        = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Paris")).date().year();
    const QRegularExpression format(u"^REL-%1-(\\d{6})$"_qs.arg(year));
    QList<int> serials;
    for (const QString &requestId : std::as_const(requestIds)) {
        const QJsonObject contract = contractOfRequest(*m_b, requestId);
        const auto match = format.match(contract[u"number"_qs].toString());
        QVERIFY2(match.hasMatch(), qPrintable(contract[u"number"_qs].toString()));
        serials.append(match.captured(1).toInt());
    }
    std::sort(serials.begin(), serials.end());
    for (int i = 1; i < serials.size(); ++i)
        QCOMPARE(serials.at(i), serials.first() + i);
    // The counter stored in the database is the last number given.
    const auto counter = m_server.sql(u"SELECT value FROM counters WHERE name = ?"_qs,
                                      { u"contract_number_%1"_qs.arg(year) });
    QVERIFY(counter && counter->size() == 1);
    QCOMPARE(counter->first().first().toInt(), serials.last());
    // And no number appears twice among every stored contract.
    QSet<QString> numbers;
    for (const QJsonObject &stored : m_server.storedRecords(u"contract"_qs)) {
        const QString number = stored[u"number"_qs].toString();
        QVERIFY2(!numbers.contains(number), qPrintable(number));
        numbers.insert(number);
    }
    m_monday = m_monday.addDays(7);
}

void TestServerContracts::contract_carriesDepartementAndPostCharacteristicsFromTheRequest()
{
    // The request's mission details become the post's particular characteristics; the place of
    // work's département is the user structure's (Guéret, Creuse) when the address has no postcode.
    m_contract
        = makeContract(m_monday, QTime(9, 0), QTime(11, 0),
                       { { u"note"_qs, u"Personne malentendante : se placer face à elle."_qs } });
    QVERIFY(!m_contract.isEmpty());
    QCOMPARE(m_contract[u"mission_departement"_qs].toString(), u"23"_qs);
    QCOMPARE(m_contract[u"post_characteristics"_qs].toString(),
             u"Personne malentendante : se placer face à elle."_qs);
    QCOMPARE(m_contract[u"status"_qs].toString(), u"draft"_qs);
    QCOMPARE(m_contract[u"amendments"_qs].toArray().size(), 0);
    m_firstIntervention = m_contract[u"interventions"_qs][0][u"id"_qs].toString();

    // A postcode in the mission's address names the département: 87 (Haute-Vienne).
    const QJsonObject elsewhere
        = makeContract(m_monday.addDays(1), QTime(9, 0), QTime(10, 0),
                       { { u"mission_commune"_qs, u"87400 Saint-Léonard-de-Noblat"_qs } });
    QCOMPARE(elsewhere[u"mission_departement"_qs].toString(), u"87"_qs);
}

void TestServerContracts::sign_recordsNameRoleAndDate_lenderThenUserThenEmployee()
{
    const QString id = m_contract[u"id"_qs].toString();
    const QString conventionHash = QString(64, u'c');
    // Out of order, or for the other party: refused with the reason and the field.
    const QJsonObject early = sign(*m_b, id, u"user"_qs, u"Claire Martin"_qs);
    QCOMPARE(errorCode(early), u"invalid_state"_qs);
    QVERIFY(early[u"error"_qs][u"message"_qs].toString().contains(u"signs first"_qs));
    QCOMPARE(errorCode(sign(*m_b, id, u"lender"_qs, u"Claire Martin"_qs)), u"forbidden"_qs);
    QCOMPARE(errorCode(sign(*m_c, id, u"user"_qs, u"Intrus"_qs)), u"forbidden"_qs);
    QCOMPARE(errorCode(sign(*m_a, id, u"employee"_qs, u"Trop tôt"_qs)), u"invalid_state"_qs);
    const QJsonObject badHash
        = sign(*m_a, id, u"lender"_qs, u"Anne Dupont"_qs, { { u"document_hash"_qs, u"abc"_qs } });
    QCOMPARE(errorCode(badHash), u"invalid_value"_qs);
    QCOMPARE(errorField(badHash), u"data.document_hash"_qs);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const QJsonObject lender = sign(*m_a, id, u"lender"_qs, u"Anne Dupont"_qs,
                                    { { u"document_hash"_qs, conventionHash } });
    QCOMPARE(status(lender), u"applied"_qs);
    QCOMPARE(lender[u"record"_qs][u"status"_qs].toString(), u"signed_lender"_qs);
    // The user signs through the other process: the same database, the same state machine.
    const QJsonObject user = sign(*m_b2, id, u"user"_qs, u"Claire Martin"_qs);
    QCOMPARE(status(user), u"applied"_qs);
    QCOMPARE(user[u"record"_qs][u"status"_qs].toString(), u"signed_user"_qs);
    const QJsonObject employee
        = sign(*m_a, id, u"employee"_qs, m_worker[u"first_name"_qs].toString(),
               { { u"document_hash"_qs, QString(64, u'e') } });
    QCOMPARE(status(employee), u"applied"_qs);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(2);

    // Stored: three signatures with role, name and date, in order; the hashes of the two printed
    // documents signed, each with its kind.
    const QJsonObject stored = contractOfRequest(*m_a, m_contract[u"request_id"_qs].toString());
    QCOMPARE(stored[u"status"_qs].toString(), u"active"_qs);
    const QJsonArray signatures = stored[u"signatures"_qs].toArray();
    QCOMPARE(signatures.size(), 3);
    const QStringList roles { u"lender"_qs, u"user"_qs, u"employee"_qs };
    const QStringList names { u"Anne Dupont"_qs, u"Claire Martin"_qs,
                              m_worker[u"first_name"_qs].toString() };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(signatures.at(i)[u"role"_qs].toString(), roles.at(i));
        QCOMPARE(signatures.at(i)[u"name"_qs].toString(), names.at(i));
        const QDateTime at
            = QDateTime::fromString(signatures.at(i)[u"at"_qs].toString(), Qt::ISODate);
        QVERIFY2(at >= before && at <= after, qPrintable(at.toString(Qt::ISODate)));
    }
    QCOMPARE(stored[u"document_hash"_qs].toString(), conventionHash);
    const QJsonArray documents = stored[u"documents"_qs].toArray();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0)[u"kind"_qs].toString(), u"convention"_qs);
    QCOMPARE(documents.at(0)[u"sha256"_qs].toString(), conventionHash);
    QCOMPARE(documents.at(0)[u"structure_id"_qs].toString(), m_structureA);
    QCOMPARE(documents.at(1)[u"kind"_qs].toString(), u"avenant"_qs);
    QCOMPARE(documents.at(1)[u"text_version"_qs].toInt(), 0);
    // Signing again is refused.
    QVERIFY(sign(*m_a, id, u"lender"_qs, u"x"_qs)[u"error"_qs][u"message"_qs].toString().contains(
        u"already signed"_qs));

    // A territorial referent follows the contract without names, signatures or document hashes.
    QByteArray raw;
    const auto referent = m_server.signIn(u"referent.creuse"_qs);
    const auto seen = latestRecords(pullAll(*referent, nullptr, &raw));
    const QJsonObject followed = seen.value(u"contract/"_qs + id)[u"data"_qs].toObject();
    QCOMPARE(followed[u"status"_qs].toString(), u"active"_qs);
    QVERIFY(!followed.contains(u"signatures"_qs) && !followed.contains(u"documents"_qs));
    QVERIFY(!raw.contains("Claire Martin") && !raw.contains(conventionHash.toLatin1()));
    m_contract = stored;
}

void TestServerContracts::sign_subcontract_isActiveOnceBothAgenciesSigned()
{
    const QJsonObject contract = makeContract(m_monday.addDays(2), QTime(14, 0), QTime(15, 0),
                                              { { u"contract_type"_qs, u"sous_traitance"_qs } });
    QVERIFY(!contract.isEmpty());
    QCOMPARE(contract[u"type"_qs].toString(), u"sous_traitance"_qs);
    const QString id = contract[u"id"_qs].toString();
    QCOMPARE(status(sign(*m_a, id, u"lender"_qs, u"Anne Dupont"_qs)), u"applied"_qs);
    const QJsonObject user = sign(*m_b, id, u"user"_qs, u"Claire Martin"_qs,
                                  { { u"document_hash"_qs, QString(64, u'5') } });
    QCOMPARE(status(user), u"applied"_qs);
    QCOMPARE(user[u"record"_qs][u"status"_qs].toString(), u"active"_qs);
    QCOMPARE(user[u"record"_qs][u"documents"_qs][0][u"kind"_qs].toString(), u"sous_traitance"_qs);
    // No employee's avenant in a subcontract.
    const QJsonObject employee = sign(*m_a, id, u"employee"_qs, u"x"_qs);
    QCOMPARE(errorCode(employee), u"invalid_state"_qs);
    QVERIFY(employee[u"error"_qs][u"message"_qs].toString().contains(u"subcontract"_qs));
}

void TestServerContracts::amend_changedInterventions_makeNumberedAmendmentsSignedInOrder()
{
    const QString id = m_contract[u"id"_qs].toString();
    const QString number = m_contract[u"number"_qs].toString();
    // The user structure moves the intervention by an hour and adds one on Wednesday.
    const QString added = newId();
    const QJsonArray interventions {
        interventionJson(m_firstIntervention, m_monday, QTime(10, 0), QTime(12, 0)),
        interventionJson(added, m_monday.addDays(2), QTime(9, 0), QTime(10, 30)),
    };
    const QJsonObject amended
        = applyOne(*m_b,
                   command(u"contract"_qs, id,
                           { { u"command"_qs, u"amend"_qs },
                             { u"reason"_qs, u"Rendez-vous médical le lundi matin"_qs },
                             { u"interventions"_qs, interventions } }));
    QCOMPARE(status(amended), u"applied"_qs);
    const QJsonObject record = amended[u"record"_qs].toObject();
    QCOMPARE(record[u"status"_qs].toString(), u"active"_qs); // the contract runs on
    QCOMPARE(record[u"interventions"_qs].toArray().size(), 2);
    const QJsonObject first = record[u"amendments"_qs][0].toObject();
    QCOMPARE(first[u"number"_qs].toString(), number + u"-A1"_qs);
    QCOMPARE(first[u"status"_qs].toString(), u"draft"_qs);
    QCOMPARE(first[u"structure_id"_qs].toString(), m_structureB);
    QCOMPARE(first[u"added"_qs].toArray(), QJsonArray { added });
    QCOMPARE(first[u"changed"_qs].toArray(), QJsonArray { m_firstIntervention });
    QCOMPARE(first[u"removed"_qs].toArray().size(), 0);
    QCOMPARE(first[u"previous_interventions"_qs][0][u"start"_qs].toString(),
             instant(m_monday, QTime(9, 0)));
    QCOMPARE(first[u"reason"_qs].toString(), u"Rendez-vous médical le lundi matin"_qs);

    // The amendment is signed as the contract was: lender, user, employee.
    const QString a1 = number + u"-A1"_qs;
    QCOMPARE(
        errorCode(sign(*m_b, id, u"user"_qs, u"Claire Martin"_qs, { { u"amendment"_qs, a1 } })),
        u"invalid_state"_qs);
    QCOMPARE(errorCode(sign(*m_a, id, u"lender"_qs, u"Anne Dupont"_qs,
                            QJsonObject { { u"amendment"_qs, QString(number + u"-A9"_qs) } })),
             u"not_found"_qs);
    QCOMPARE(status(sign(*m_a, id, u"lender"_qs, u"Anne Dupont"_qs,
                         { { u"amendment"_qs, a1 }, { u"document_hash"_qs, QString(64, u'1') } })),
             u"applied"_qs);
    QCOMPARE(status(sign(*m_b, id, u"user"_qs, u"Claire Martin"_qs, { { u"amendment"_qs, a1 } })),
             u"applied"_qs);
    const QJsonObject employee
        = sign(*m_a, id, u"employee"_qs, m_worker[u"first_name"_qs].toString(),
               { { u"amendment"_qs, a1 } });
    QCOMPARE(status(employee), u"applied"_qs);
    const QJsonObject signedA1 = employee[u"record"_qs][u"amendments"_qs][0].toObject();
    QCOMPARE(signedA1[u"status"_qs].toString(), u"active"_qs);
    QCOMPARE(signedA1[u"signatures"_qs].toArray().size(), 3);
    QCOMPARE(signedA1[u"signatures"_qs][1][u"name"_qs].toString(), u"Claire Martin"_qs);
    // The contract's own signatures are untouched; the amendment's printed copy is kept, text
    // version 1.
    QCOMPARE(employee[u"record"_qs][u"signatures"_qs].toArray().size(), 3);
    const QJsonArray documents = employee[u"record"_qs][u"documents"_qs].toArray();
    QCOMPARE(documents.last()[u"kind"_qs].toString(), u"amendment"_qs);
    QCOMPARE(documents.last()[u"text_version"_qs].toInt(), 1);

    // The lender removes the Wednesday again: A2.
    const QJsonObject second
        = applyOne(*m_a,
                   command(u"contract"_qs, id,
                           { { u"command"_qs, u"amend"_qs },
                             { u"reason"_qs, u"Retour de la salariée titulaire le mercredi"_qs },
                             { u"interventions"_qs, QJsonArray { interventions.at(0) } } }));
    QCOMPARE(status(second), u"applied"_qs);
    const QJsonObject a2 = second[u"record"_qs][u"amendments"_qs][1].toObject();
    QCOMPARE(a2[u"number"_qs].toString(), number + u"-A2"_qs);
    QCOMPARE(a2[u"removed"_qs].toArray(), QJsonArray { added });
    QCOMPARE(second[u"record"_qs][u"interventions"_qs].toArray().size(), 1);
    // The audit log keeps both, with the other party named.
    m_contract = second[u"record"_qs].toObject();
}

void TestServerContracts::amend_onTwoProcessesAtOnce_givesDistinctNumbers()
{
    const QString id = m_contract[u"id"_qs].toString();
    const QString number = m_contract[u"number"_qs].toString();
    QList<std::pair<HttpClient *, QJsonObject>> calls;
    QList<QUrl> urls;
    for (int i = 0; i < 4; ++i) {
        const QJsonArray interventions {
            interventionJson(m_firstIntervention, m_monday, QTime(10, 0), QTime(12, 0)),
            interventionJson(newId(), m_monday.addDays(3), QTime(8 + i, 0), QTime(8 + i, 45)),
        };
        const bool second = i % 2 == 1;
        calls.append({ second ? m_b2.get() : m_b.get(),
                       command(u"contract"_qs, id,
                               { { u"command"_qs, u"amend"_qs },
                                 { u"reason"_qs, u"Essai %1"_qs.arg(i) },
                                 { u"interventions"_qs, interventions } }) });
        urls.append(second ? m_second->url() : m_server.url());
    }
    for (const QJsonObject &result : applyConcurrently(calls, urls))
        QCOMPARE(status(result), u"applied"_qs);
    const QJsonObject stored = contractOfRequest(*m_b, m_contract[u"request_id"_qs].toString());
    const QJsonArray amendments = stored[u"amendments"_qs].toArray();
    QCOMPARE(amendments.size(), 6); // A1, A2 and the four at once: none lost
    for (int i = 0; i < amendments.size(); ++i)
        QCOMPARE(amendments.at(i)[u"number"_qs].toString(), number + u"-A%1"_qs.arg(i + 1));
    m_contract = stored;
}

void TestServerContracts::amend_refusesWhatWouldBreakTheContract()
{
    const QString id = m_contract[u"id"_qs].toString();
    const QJsonArray current = m_contract[u"interventions"_qs].toArray();
    const auto amend = [&](HttpClient &client, const QJsonValue &interventions,
                           const QString &reason = u"Changement"_qs) {
        return applyOne(client,
                        command(u"contract"_qs, id,
                                { { u"command"_qs, u"amend"_qs },
                                  { u"reason"_qs, reason },
                                  { u"interventions"_qs, interventions } }));
    };
    QCOMPARE(errorCode(amend(*m_b, current)), u"invalid_value"_qs); // nothing changes
    QCOMPARE(errorCode(amend(*m_c, current)), u"forbidden"_qs);
    QCOMPARE(errorCode(amend(*m_b, QJsonArray {})), u"required"_qs);
    const QJsonObject noReason = amend(*m_b, current, QString());
    QCOMPARE(errorField(noReason), u"data.reason"_qs);
    QJsonArray backwards = current;
    QJsonObject reversed = backwards.at(0).toObject();
    reversed.insert(u"end"_qs, reversed[u"start"_qs]);
    backwards.replace(0, reversed);
    const QJsonObject badEnd = amend(*m_b, backwards);
    QCOMPARE(errorCode(badEnd), u"out_of_range"_qs);
    QCOMPARE(errorField(badEnd), u"data.interventions[0].end"_qs);

    // Hours recorded for an intervention keep it where it is.
    const QString recordId = newId();
    const QJsonObject hours { { u"id"_qs, recordId },
                              { u"structure_id"_qs, m_structureA },
                              { u"contract_id"_qs, id },
                              { u"intervention_id"_qs, m_firstIntervention },
                              { u"arrival"_qs, instant(m_monday, QTime(10, 2)) },
                              { u"departure"_qs, instant(m_monday, QTime(11, 58)) },
                              { u"kilometres"_qs, 7 } };
    QCOMPARE(status(applyOne(*m_a, upsert(u"intervention_record"_qs, recordId, 0, hours))),
             u"applied"_qs);
    QJsonArray moved = current;
    QJsonObject later = moved.at(0).toObject();
    later.insert(u"start"_qs, instant(m_monday, QTime(13, 0)));
    later.insert(u"end"_qs, instant(m_monday, QTime(15, 0)));
    moved.replace(0, later);
    QCOMPARE(errorCode(amend(*m_b, moved)), u"hours_recorded"_qs);

    // The worker cannot be put where another of their contracts already is.
    QJsonArray clash = current;
    clash.append(interventionJson(newId(), m_monday.addDays(2), QTime(14, 0), QTime(14, 30)));
    const QJsonObject committed = amend(*m_b, clash);
    QCOMPARE(errorCode(committed), u"staff_committed"_qs);
    QCOMPARE(errorField(committed), u"data.interventions"_qs);
    // Nothing of these was stored.
    QCOMPARE(contractOfRequest(*m_b, m_contract[u"request_id"_qs].toString())[u"amendments"_qs]
                 .toArray()
                 .size(),
             6);
}

void TestServerContracts::recordDocument_keepsEachHashPerKindAndTextVersion()
{
    const QString id = m_contract[u"id"_qs].toString();
    const auto record = [&](HttpClient &client, const QJsonObject &arguments) {
        QJsonObject data = arguments;
        data.insert(u"command"_qs, u"record_document"_qs);
        return applyOne(client, command(u"contract"_qs, id, data));
    };
    const qint64 before
        = contractOfRequest(*m_b, m_contract[u"request_id"_qs].toString())[u"documents"_qs]
              .toArray()
              .size();
    // The user structure prints the amended convention (text version 6, the default) and the
    // original one.
    const QString latest = QString(64, u'f');
    const QJsonObject printed
        = record(*m_b, { { u"kind"_qs, u"convention"_qs }, { u"sha256"_qs, latest.toUpper() } });
    QCOMPARE(status(printed), u"applied"_qs);
    QCOMPARE(printed[u"record"_qs][u"document_hash"_qs].toString(), latest);
    const QJsonObject original = record(*m_b,
                                        { { u"kind"_qs, u"convention"_qs },
                                          { u"sha256"_qs, QString(64, u'0') },
                                          { u"text_version"_qs, 0 } });
    QCOMPARE(status(original), u"applied"_qs);
    // The latest main document stays the contract's hash.
    QCOMPARE(original[u"record"_qs][u"document_hash"_qs].toString(), latest);
    const QJsonObject again
        = record(*m_a, { { u"kind"_qs, u"convention"_qs }, { u"sha256"_qs, latest } });
    QCOMPARE(status(again), u"applied"_qs);
    QCOMPARE(again[u"version"_qs].toInteger(), printed[u"version"_qs].toInteger() + 1);

    const QJsonArray documents
        = contractOfRequest(*m_a, m_contract[u"request_id"_qs].toString())[u"documents"_qs]
              .toArray();
    QCOMPARE(documents.size(), before + 2); // the same printed file is kept once
    QCOMPARE(documents.at(before)[u"text_version"_qs].toInt(), 6);
    QCOMPARE(documents.at(before)[u"structure_id"_qs].toString(), m_structureB);
    QCOMPARE(documents.at(before + 1)[u"text_version"_qs].toInt(), 0);

    QCOMPARE(
        errorField(record(*m_a, { { u"kind"_qs, u"convention"_qs }, { u"sha256"_qs, u"xyz"_qs } })),
        u"data.sha256"_qs);
    QCOMPARE(errorField(record(*m_a, { { u"kind"_qs, u"lettre"_qs }, { u"sha256"_qs, latest } })),
             u"data.kind"_qs);
    QCOMPARE(errorField(record(*m_a,
                               { { u"kind"_qs, u"amendment"_qs },
                                 { u"sha256"_qs, latest },
                                 { u"text_version"_qs, 7 } })),
             u"data.text_version"_qs);
    QCOMPARE(
        errorCode(record(*m_c, { { u"kind"_qs, u"convention"_qs }, { u"sha256"_qs, latest } })),
        u"forbidden"_qs);
}

void TestServerContracts::end_thenSignOrAmend_isRefused()
{
    const QString id = m_contract[u"id"_qs].toString();
    const QJsonObject ended = applyOne(
        *m_a,
        command(u"contract"_qs, id, { { u"command"_qs, u"end"_qs }, { u"reason"_qs, u"Fin"_qs } }));
    QCOMPARE(status(ended), u"applied"_qs);
    QCOMPARE(ended[u"record"_qs][u"status"_qs].toString(), u"ended"_qs);
    QCOMPARE(
        errorCode(applyOne(*m_b,
                           command(u"contract"_qs, id,
                                   { { u"command"_qs, u"amend"_qs },
                                     { u"reason"_qs, u"Trop tard"_qs },
                                     { u"interventions"_qs, m_contract[u"interventions"_qs] } }))),
        u"invalid_state"_qs);
    const QString last = m_contract[u"amendments"_qs].toArray().last()[u"number"_qs].toString();
    QCOMPARE(errorCode(sign(*m_a, id, u"lender"_qs, u"x"_qs, { { u"amendment"_qs, last } })),
             u"invalid_state"_qs);
    // The audit log has each amendment and printed document, naming the other party.
    const auto audit = m_server.sql(
        u"SELECT action, party_structure_id FROM audit_log WHERE subject = ? ORDER BY position"_qs,
        QVariantList { QString(u"contract/"_qs + id) });
    QVERIFY(audit);
    QStringList actions;
    for (const QVariantList &row : *audit)
        actions.append(row.at(0).toString());
    QCOMPARE(actions.count(u"amend"_qs), 6);
    QCOMPARE(actions.count(u"record_document"_qs), 2);
    QVERIFY(actions.endsWith(u"end"_qs));
}

void TestServerContracts::openapi_documentsTheContractCommands()
{
    const HttpReply reply = m_a->get(u"/v1/openapi.json"_qs);
    QCOMPARE(reply.status, 200);
    const QJsonObject schemas = reply.json[u"components"_qs][u"schemas"_qs].toObject();
    const QJsonObject contract = schemas[u"Contract"_qs].toObject();
    for (const char *field : { "number", "status", "signatures", "amendments", "documents",
                               "document_hash", "mission_departement", "post_characteristics" })
        QVERIFY2(contract[u"properties"_qs].toObject().contains(QLatin1String(field)), field);
    for (const char *name : { "ContractSign", "ContractAmend", "ContractRecordDocument",
                              "ContractAmendment", "PrintedDocument" })
        QVERIFY2(schemas.contains(QLatin1String(name)), name);
    // The contract the tests followed conforms to the documented schema.
    OpenApiCheck check(reply.json);
    QJsonObject stored = contractOfRequest(*m_a, m_contract[u"request_id"_qs].toString());
    QVERIFY(!stored.isEmpty());
    const QStringList problems = check.checkComponent(u"Contract"_qs, stored);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
}

QTEST_GUILESS_MAIN(TestServerContracts)
#include "tst_servercontracts.moc"

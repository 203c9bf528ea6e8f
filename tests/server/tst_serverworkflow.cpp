// A replacement from request to signed contract on the real releve-server: agency B publishes,
// the server ranks agency A's worker first without revealing who it is, A proposes, B accepts,
// the contract (the only record with the worker's name) reaches the two parties only, and both
// sign. State checks answer with reasons; slots under a contract are protected; the audit log
// keeps each step and ranking.
#include "serverscenario.h"

#include <QTest>

using namespace releve::servertest;

class TestServerWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void publish_draftWithoutConsent_isRejectedWithReason();
    void candidates_rankNearestAvailableWorkerFirstWithoutIdentity();
    void candidates_ofAnotherStructuresRequest_areForbidden();
    void propose_byRequesterOrForUnknownStaff_isRejected();
    void propose_thenAccept_createsContractForBothPartiesOnly();
    void accept_secondTime_isRejectedProposalAlreadyAccepted();
    void slotCoveringContractedIntervention_cannotBeMovedOrDeleted();
    void sign_lenderThenUserThenEmployee_activatesContract();
    void cancel_publishedRequest_declinesOpenProposals();
    void auditLog_keepsRankingAndEachStep();

private:
    TestServer m_server;
    std::unique_ptr<HttpClient> m_a; // lender: coord.bourganeuf
    std::unique_ptr<HttpClient> m_b; // requester: coord.gueret
    std::unique_ptr<HttpClient> m_c; // bystander: coord.aubusson
    QString m_structureA;
    QString m_structureB;
    QJsonObject m_worker; // A's worker, full record
    QString m_slotId;
    QDate m_day;
    QString m_requestId;
    QString m_interventionId;
    QString m_proposalId;
    QString m_contractId;
};

void TestServerWorkflow::initTestCase()
{
    if (!m_server.isAvailable())
        QSKIP("RELEVE_TEST_STORAGE=postgres without a reachable RELEVE_TEST_POSTGRES");
    QVERIFY2(m_server.seedAndStart(), qPrintable(m_server.lastError()));
    m_a = m_server.signIn(u"coord.bourganeuf"_qs);
    m_b = m_server.signIn(u"coord.gueret"_qs);
    m_c = m_server.signIn(u"coord.aubusson"_qs);
    m_structureA = m_server.structureOf(u"coord.bourganeuf"_qs);
    m_structureB = m_server.structureOf(u"coord.gueret"_qs);

    m_worker = sharedStaff(*m_a, m_structureA, true).value(0);
    QVERIFY(!m_worker.isEmpty());

    // A's worker is available on a Monday six weeks ahead, past the seeded availability, so the
    // ranking depends on this slot only.
    m_day = futureMonday(6);
    m_slotId = newId();
    const QJsonObject slot { { u"id"_qs, m_slotId },
                             { u"structure_id"_qs, m_structureA },
                             { u"staff_id"_qs, m_worker[u"id"_qs] },
                             { u"start"_qs, instant(m_day, QTime(6, 30)) },
                             { u"end"_qs, instant(m_day, QTime(13, 0)) },
                             { u"kind"_qs, u"available"_qs },
                             { u"note"_qs, u"Remplacements possibles"_qs } };
    QCOMPARE(status(applyOne(*m_a, upsert(u"availability"_qs, m_slotId, 0, slot))), u"applied"_qs);
}

void TestServerWorkflow::publish_draftWithoutConsent_isRejectedWithReason()
{
    // B posts a request at the worker's door, first without the person's consent.
    const QJsonObject home = m_worker[u"home"_qs].toObject();
    m_requestId = newId();
    m_interventionId = newId();
    QJsonObject request {
        { u"id"_qs, m_requestId },
        { u"structure_id"_qs, m_structureB },
        { u"reason"_qs, u"sick_leave"_qs },
        { u"urgency"_qs, u"urgent"_qs },
        { u"mission_address"_qs, u"3 rue des Tilleuls"_qs },
        { u"mission_commune"_qs, u"Bourganeuf"_qs },
        { u"mission_location"_qs,
          QJsonObject { { u"lat"_qs, home[u"lat"_qs].toDouble() + 0.001 },
                        { u"lon"_qs, home[u"lon"_qs] } } },
        { u"beneficiary_ref"_qs, u"BEN-0042"_qs },
        { u"gir"_qs, 3 },
        { u"needs"_qs, QJsonArray { u"toilette"_qs, u"repas"_qs } },
        { u"consent_recorded"_qs, false },
        { u"interventions"_qs,
          QJsonArray { interventionJson(m_interventionId, m_day, QTime(9, 0), QTime(11, 0)) } },
        { u"hourly_rate_cents"_qs, 2350 },
        { u"radius_km"_qs, 30 },
    };
    QCOMPARE(status(applyOne(*m_b, upsert(u"request"_qs, m_requestId, 0, request))), u"applied"_qs);
    const QJsonObject refused = applyOne(*m_b, publishRequest(m_requestId));
    QCOMPARE(status(refused), u"rejected"_qs);
    QCOMPARE(refused[u"error"_qs][u"error"_qs].toString(), u"consent_required"_qs);
    QCOMPARE(refused[u"error"_qs][u"field"_qs].toString(), u"consent_recorded"_qs);

    // A proposal for a request that is not published is refused with that reason.
    const QJsonObject early
        = applyOne(*m_a, proposeStaff(newId(), m_requestId, m_worker[u"id"_qs]));
    QCOMPARE(status(early), u"rejected"_qs);

    request.insert(u"consent_recorded"_qs, true);
    QCOMPARE(status(applyOne(*m_b, upsert(u"request"_qs, m_requestId, 1, request))), u"applied"_qs);
    const QJsonObject published = applyOne(*m_b, publishRequest(m_requestId));
    QCOMPARE(status(published), u"applied"_qs);
    QCOMPARE(published[u"record"_qs][u"status"_qs].toString(), u"published"_qs);
    QVERIFY(!published[u"record"_qs][u"published_at"_qs].toString().isEmpty());
    // Twice is refused, with the reason.
    const QJsonObject twice = applyOne(*m_b, publishRequest(m_requestId));
    QCOMPARE(status(twice), u"rejected"_qs);
    QVERIFY2(errorMessage(twice).contains(u"not a draft"_qs), qPrintable(errorMessage(twice)));
    // And a published request is no longer edited by upsert.
    QCOMPARE(status(applyOne(*m_b, upsert(u"request"_qs, m_requestId, 3, request))),
             u"rejected"_qs);
}

void TestServerWorkflow::candidates_rankNearestAvailableWorkerFirstWithoutIdentity()
{
    const HttpReply reply = m_b->get(u"/v1/requests/%1/candidates"_qs.arg(m_requestId));
    QCOMPARE(reply.status, 200);
    const QJsonArray candidates = reply.json[u"candidates"_qs].toArray();
    QVERIFY2(!candidates.isEmpty(), reply.body.constData());
    const QJsonObject first = candidates.first().toObject();
    QCOMPARE(first[u"staff_id"_qs].toString(), m_worker[u"id"_qs].toString());
    QCOMPARE(first[u"structure_id"_qs].toString(), m_structureA);
    QCOMPARE(first[u"rank"_qs].toInt(), 1);
    QVERIFY(first[u"covered_intervention_ids"_qs].toArray().contains(m_interventionId));
    QVERIFY(!first[u"reasons"_qs].toArray().isEmpty());
    QVERIFY(reply.json[u"cover"_qs].toArray().contains(m_worker[u"id"_qs]));
    QVERIFY(reply.json.contains(u"uncovered_intervention_ids"_qs));
    for (const QJsonValue &candidate : candidates) {
        for (const QString &field :
             { u"first_name"_qs, u"last_name"_qs, u"phone"_qs, u"home"_qs, u"distance_km"_qs })
            QVERIFY2(!candidate.toObject().contains(field), qPrintable(field));
    }
    for (const QString &field : { u"first_name"_qs, u"last_name"_qs, u"phone"_qs })
        QVERIFY(!reply.body.contains(m_worker[field].toString().toUtf8()));
}

void TestServerWorkflow::candidates_ofAnotherStructuresRequest_areForbidden()
{
    const HttpReply reply = m_a->get(u"/v1/requests/%1/candidates"_qs.arg(m_requestId));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.error(), u"forbidden"_qs);
    // An administrator may look (platform neutrality checks).
    const auto admin = m_server.signIn(u"admin.releve"_qs);
    QCOMPARE(admin->get(u"/v1/requests/%1/candidates"_qs.arg(m_requestId)).status, 200);
}

void TestServerWorkflow::propose_byRequesterOrForUnknownStaff_isRejected()
{
    // The requester does not propose to itself.
    const QJsonObject own = applyOne(*m_b, proposeStaff(newId(), m_requestId, m_worker[u"id"_qs]));
    QCOMPARE(status(own), u"rejected"_qs);
    QCOMPARE(own[u"error"_qs][u"error"_qs].toString(), u"forbidden"_qs);
    // C cannot propose A's worker.
    const QJsonObject borrowed
        = applyOne(*m_c, proposeStaff(newId(), m_requestId, m_worker[u"id"_qs]));
    QCOMPARE(status(borrowed), u"rejected"_qs);
    QCOMPARE(borrowed[u"error"_qs][u"field"_qs].toString(), u"data.staff_id"_qs);
    // A missing argument names its field.
    const QJsonObject missing = applyOne(
        *m_a,
        command(u"proposal"_qs, newId(),
                { { u"command"_qs, u"propose"_qs }, { u"request_id"_qs, m_requestId } }));
    QCOMPARE(missing[u"error"_qs][u"field"_qs].toString(), u"data.staff_id"_qs);
    // An unknown command names data.command.
    const QJsonObject unknown
        = applyOne(*m_a, command(u"proposal"_qs, newId(), { { u"command"_qs, u"steal"_qs } }));
    QCOMPARE(unknown[u"error"_qs][u"field"_qs].toString(), u"data.command"_qs);
}

void TestServerWorkflow::propose_thenAccept_createsContractForBothPartiesOnly()
{
    // A sees the published request without the beneficiary's reference or address.
    QString cursorA;
    const auto seenByA = latestRecords(pullAll(*m_a, &cursorA));
    const QJsonObject incoming = seenByA.value(u"request/"_qs + m_requestId)[u"data"_qs].toObject();
    QCOMPARE(incoming[u"status"_qs].toString(), u"published"_qs);
    QVERIFY(!incoming.contains(u"beneficiary_ref"_qs));
    QVERIFY(!incoming.contains(u"mission_address"_qs));

    m_proposalId = newId();
    const QJsonObject proposed = applyOne(*m_a,
                                          command(u"proposal"_qs, m_proposalId,
                                                  { { u"command"_qs, u"propose"_qs },
                                                    { u"request_id"_qs, m_requestId },
                                                    { u"staff_id"_qs, m_worker[u"id"_qs] },
                                                    { u"note"_qs, u"Connaît le secteur"_qs } }));
    QCOMPARE(status(proposed), u"applied"_qs);
    QCOMPARE(proposed[u"version"_qs].toInteger(), 1);
    QCOMPARE(proposed[u"record"_qs][u"status"_qs].toString(), u"offered"_qs);
    QVERIFY(proposed[u"record"_qs][u"staff_pseudonym"_qs].toString().startsWith(u"Intervenant"_qs));
    QCOMPARE(proposed[u"record"_qs][u"request_structure_id"_qs].toString(), m_structureB);

    // Before the acceptance, B has nothing of the worker's identity.
    QString cursorB;
    QByteArray rawB;
    auto seenByB = latestRecords(pullAll(*m_b, &cursorB, &rawB));
    QCOMPARE(seenByB.value(u"proposal/"_qs + m_proposalId)[u"data"_qs][u"status"_qs].toString(),
             u"offered"_qs);
    QCOMPARE(seenByB.value(u"request/"_qs + m_requestId)[u"data"_qs][u"status"_qs].toString(),
             u"proposed"_qs);
    const QByteArray lastName = m_worker[u"last_name"_qs].toString().toUtf8();
    const QByteArray firstName = m_worker[u"first_name"_qs].toString().toUtf8();
    QVERIFY(!rawB.contains(lastName) && !rawB.contains(firstName));

    const QJsonObject accepted = applyOne(*m_b, acceptProposal(m_proposalId));
    QCOMPARE(status(accepted), u"applied"_qs);
    QCOMPARE(accepted[u"record"_qs][u"status"_qs].toString(), u"accepted"_qs);

    // The contract reaches B, with the worker's name and both parties.
    rawB.clear();
    seenByB = latestRecords(pullAll(*m_b, &cursorB, &rawB));
    QJsonObject contract;
    for (const QJsonObject &change : std::as_const(seenByB)) {
        if (change[u"entity"_qs] == u"contract"_qs)
            contract = change[u"data"_qs].toObject();
    }
    QVERIFY2(!contract.isEmpty(), rawB.constData());
    m_contractId = contract[u"id"_qs].toString();
    const QString fullName = QString::fromUtf8(firstName) + u' ' + QString::fromUtf8(lastName);
    QCOMPARE(contract[u"staff_name"_qs].toString(), fullName);
    QCOMPARE(contract[u"staff_qualification"_qs].toString(),
             m_worker[u"qualification"_qs].toString());
    QVERIFY(QRegularExpression(u"^REL-\\d{4}-\\d{6}$"_qs)
                .match(contract[u"number"_qs].toString())
                .hasMatch());
    QCOMPARE(contract[u"status"_qs].toString(), u"draft"_qs);
    QCOMPARE(contract[u"structure_id"_qs].toString(), m_structureA);
    QCOMPARE(contract[u"lender"_qs][u"structure_id"_qs].toString(), m_structureA);
    QCOMPARE(contract[u"lender"_qs][u"name"_qs].toString(),
             m_server.account(u"coord.bourganeuf"_qs)[u"structure_name"_qs].toString());
    QCOMPARE(contract[u"user"_qs][u"structure_id"_qs].toString(), m_structureB);
    QCOMPARE(contract[u"lender"_qs][u"siret"_qs].toString().size(), 14);
    QCOMPARE(contract[u"hourly_rate_cents"_qs].toInteger(), 2350); // the request's rate
    QCOMPARE(contract[u"km_rate_cents"_qs].toInteger(), 40); // the user structure's rate
    QCOMPARE(contract[u"mission_address"_qs].toString(), u"3 rue des Tilleuls"_qs);
    const QJsonArray interventions = contract[u"interventions"_qs].toArray();
    QCOMPARE(interventions.size(), 1);
    QCOMPARE(interventions.at(0)[u"id"_qs].toString(), m_interventionId);
    QCOMPARE(seenByB.value(u"request/"_qs + m_requestId)[u"data"_qs][u"status"_qs].toString(),
             u"accepted"_qs);

    // And A.
    const auto afterA = latestRecords(pullAll(*m_a, &cursorA));
    QCOMPARE(afterA.value(u"contract/"_qs + m_contractId)[u"data"_qs][u"staff_name"_qs].toString(),
             fullName);
    QCOMPARE(afterA.value(u"proposal/"_qs + m_proposalId)[u"data"_qs][u"status"_qs].toString(),
             u"accepted"_qs);

    // Nobody else: C has neither the contract nor the name, nor the proposal.
    QByteArray rawC;
    const auto seenByC = latestRecords(pullAll(*m_c, nullptr, &rawC));
    QVERIFY(!seenByC.contains(u"contract/"_qs + m_contractId));
    QVERIFY(!seenByC.contains(u"proposal/"_qs + m_proposalId));
    QVERIFY(!rawC.contains(lastName));
    // The referent of the département follows the replacement, without the worker's identity.
    QByteArray rawReferent;
    const auto referent = m_server.signIn(u"referent.creuse"_qs);
    const auto seenByReferent = latestRecords(pullAll(*referent, nullptr, &rawReferent));
    QVERIFY(seenByReferent.contains(u"contract/"_qs + m_contractId));
    QVERIFY(!rawReferent.contains(lastName));
}

void TestServerWorkflow::accept_secondTime_isRejectedProposalAlreadyAccepted()
{
    const QJsonObject again = applyOne(*m_b, acceptProposal(m_proposalId));
    QCOMPARE(status(again), u"rejected"_qs);
    QCOMPARE(again[u"error"_qs][u"error"_qs].toString(), u"invalid_state"_qs);
    QVERIFY2(errorMessage(again).contains(u"proposal already accepted"_qs),
             qPrintable(errorMessage(again)));
    // The lender cannot accept its own proposal, nor withdraw an accepted one.
    const QJsonObject byLender = applyOne(*m_a, acceptProposal(m_proposalId));
    QCOMPARE(byLender[u"error"_qs][u"error"_qs].toString(), u"forbidden"_qs);
    const QJsonObject withdraw = applyOne(
        *m_a, command(u"proposal"_qs, m_proposalId, { { u"command"_qs, u"withdraw"_qs } }));
    QVERIFY2(errorMessage(withdraw).contains(u"proposal already accepted"_qs),
             qPrintable(errorMessage(withdraw)));
    // Still exactly one contract for the request.
    int contracts = 0;
    for (const QJsonValue &change : pullAll(*m_b))
        contracts += change[u"entity"_qs] == u"contract"_qs ? 1 : 0;
    QCOMPARE(contracts, 1);
}

void TestServerWorkflow::slotCoveringContractedIntervention_cannotBeMovedOrDeleted()
{
    const auto records = latestRecords(pullAll(*m_a));
    const QJsonObject slot = records.value(u"availability/"_qs + m_slotId);
    const qint64 version = slot[u"version"_qs].toInteger();
    QJsonObject data = slot[u"data"_qs].toObject();

    QJsonObject deletion { { u"mutation_id"_qs, newId() },
                           { u"entity"_qs, u"availability"_qs },
                           { u"id"_qs, m_slotId },
                           { u"op"_qs, u"delete"_qs },
                           { u"base_version"_qs, version } };
    const QJsonObject deleted = applyOne(*m_a, deletion);
    QCOMPARE(status(deleted), u"rejected"_qs);
    QCOMPARE(deleted[u"error"_qs][u"error"_qs].toString(), u"slot_committed"_qs);

    QJsonObject shortened = data;
    shortened.insert(u"end"_qs, instant(m_day, QTime(10, 0)));
    const QJsonObject moved
        = applyOne(*m_a, upsert(u"availability"_qs, m_slotId, version, shortened));
    QCOMPARE(moved[u"error"_qs][u"error"_qs].toString(), u"slot_committed"_qs);

    // A note changes nothing to the commitment: allowed.
    QJsonObject annotated = data;
    annotated.insert(u"note"_qs, u"Remplacement Guéret le matin"_qs);
    QCOMPARE(status(applyOne(*m_a, upsert(u"availability"_qs, m_slotId, version, annotated))),
             u"applied"_qs);

    // The worker, now committed at that time, is no longer a candidate for it.
    const HttpReply ranking = m_b->get(u"/v1/requests/%1/candidates"_qs.arg(m_requestId));
    for (const QJsonValue &candidate : ranking.json[u"candidates"_qs].toArray())
        QVERIFY(candidate[u"staff_id"_qs] != m_worker[u"id"_qs]);
}

void TestServerWorkflow::sign_lenderThenUserThenEmployee_activatesContract()
{
    const auto sign = [this](HttpClient &client, const QString &role, const QString &name) {
        return applyOne(client,
                        command(u"contract"_qs, m_contractId,
                                { { u"command"_qs, u"sign"_qs },
                                  { u"role"_qs, role },
                                  { u"name"_qs, name },
                                  { u"document_hash"_qs, QString(64, u'a') } }));
    };
    // The user does not sign first, nor as the lender.
    QCOMPARE(sign(*m_b, u"user"_qs, u"Responsable Guéret"_qs)[u"error"_qs][u"error"_qs].toString(),
             u"invalid_state"_qs);
    QCOMPARE(
        sign(*m_b, u"lender"_qs, u"Responsable Guéret"_qs)[u"error"_qs][u"error"_qs].toString(),
        u"forbidden"_qs);

    QJsonObject signedByLender = sign(*m_a, u"lender"_qs, u"Responsable Bourganeuf"_qs);
    QCOMPARE(status(signedByLender), u"applied"_qs);
    QCOMPARE(signedByLender[u"record"_qs][u"status"_qs].toString(), u"signed_lender"_qs);
    QJsonObject signedByUser = sign(*m_b, u"user"_qs, u"Responsable Guéret"_qs);
    QCOMPARE(status(signedByUser), u"applied"_qs);
    QCOMPARE(signedByUser[u"record"_qs][u"status"_qs].toString(), u"signed_user"_qs);
    QCOMPARE(signedByUser[u"record"_qs][u"signatures"_qs].toArray().size(), 2);
    const auto seenByB = latestRecords(pullAll(*m_b));
    QCOMPARE(seenByB.value(u"request/"_qs + m_requestId)[u"data"_qs][u"status"_qs].toString(),
             u"contracted"_qs);

    QJsonObject active = sign(*m_a, u"employee"_qs, m_worker[u"first_name"_qs].toString());
    QCOMPARE(status(active), u"applied"_qs);
    QCOMPARE(active[u"record"_qs][u"status"_qs].toString(), u"active"_qs);
    QCOMPARE(active[u"record"_qs][u"document_hash"_qs].toString(), QString(64, u'a'));
    // Signing again is refused with the reason.
    QVERIFY(errorMessage(sign(*m_a, u"lender"_qs, u"x"_qs)).contains(u"already signed"_qs));
}

void TestServerWorkflow::cancel_publishedRequest_declinesOpenProposals()
{
    // C publishes a request near Aubusson; A proposes someone; C cancels.
    const QString structureC = m_server.structureOf(u"coord.aubusson"_qs);
    const QString requestId = newId();
    const QJsonObject request {
        { u"id"_qs, requestId },
        { u"structure_id"_qs, structureC },
        { u"mission_commune"_qs, u"Felletin"_qs },
        { u"mission_location"_qs, QJsonObject { { u"lat"_qs, 45.8833 }, { u"lon"_qs, 2.1744 } } },
        { u"consent_recorded"_qs, true },
        { u"interventions"_qs,
          QJsonArray { interventionJson(newId(), m_day.addDays(1), QTime(9, 0), QTime(10, 0)) } },
    };
    QCOMPARE(status(applyOne(*m_c, upsert(u"request"_qs, requestId, 0, request))), u"applied"_qs);
    QCOMPARE(status(applyOne(*m_c, publishRequest(requestId))), u"applied"_qs);
    const QString proposalId = newId();
    QCOMPARE(status(applyOne(*m_a, proposeStaff(proposalId, requestId, m_worker[u"id"_qs]))),
             u"applied"_qs);
    const QJsonObject cancelled
        = applyOne(*m_c,
                   command(u"request"_qs, requestId,
                           { { u"command"_qs, u"cancel"_qs },
                             { u"reason"_qs, u"Retour de l'intervenante"_qs } }));
    QCOMPARE(status(cancelled), u"applied"_qs);
    QCOMPARE(cancelled[u"record"_qs][u"status"_qs].toString(), u"cancelled"_qs);
    const auto seenByA = latestRecords(pullAll(*m_a));
    QCOMPARE(seenByA.value(u"proposal/"_qs + proposalId)[u"data"_qs][u"status"_qs].toString(),
             u"declined"_qs);
    const QJsonObject late = applyOne(*m_c, acceptProposal(proposalId));
    QCOMPARE(status(late), u"rejected"_qs);
}

void TestServerWorkflow::auditLog_keepsRankingAndEachStep()
{
    QByteArray output;
    QCOMPARE(m_server.run({ u"admin"_qs, u"audit"_qs, u"--db"_qs, m_server.databaseSpec(),
                            u"--limit"_qs, u"500"_qs },
                          &output),
             0);
    QSet<QString> actions;
    bool rankingRecorded = false;
    for (const QByteArray &line : output.split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.isEmpty())
            continue;
        actions.insert(entry[u"action"_qs].toString());
        if (entry[u"action"_qs] == u"rank"_qs
            && entry[u"subject"_qs].toString() == u"request/"_qs + m_requestId) {
            const QJsonObject details = entry[u"details"_qs].toObject();
            rankingRecorded = details[u"inputs"_qs][u"staff"_qs].toInt() >= 40
                && details[u"ranked_staff_ids"_qs].toArray().contains(m_worker[u"id"_qs]);
        }
    }
    for (const QString &action :
         { u"rank"_qs, u"publish"_qs, u"propose"_qs, u"accept"_qs, u"sign"_qs, u"cancel"_qs })
        QVERIFY2(actions.contains(action), qPrintable(action));
    QVERIFY(rankingRecorded);
}

QTEST_GUILESS_MAIN(TestServerWorkflow)
#include "tst_serverworkflow.moc"

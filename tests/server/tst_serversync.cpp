// The change feed and the mutations of the real releve-server (docs/protocol.md): paging with a
// cursor, what another agency may see of a structure's staff, exactly-once mutations, optimistic
// versions with field merge, conflicts, per-mutation rejections and restored clients.
#include "serverscenario.h"

#include <QTest>

using namespace releve::servertest;

namespace {

QJsonObject slotData(const QString &id, const QString &structureId, const QString &staffId,
                     QDate day, QTime start, QTime end, const QString &note = {})
{
    return { { u"id"_qs, id },
             { u"structure_id"_qs, structureId },
             { u"staff_id"_qs, staffId },
             { u"start"_qs, instant(day, start) },
             { u"end"_qs, instant(day, end) },
             { u"kind"_qs, u"available"_qs },
             { u"note"_qs, note } };
}

// A mutation as a client sends it: with its seq in the client's batch and, for an upsert, the
// values it last saw (old).
QJsonObject clientMutation(const QString &entity, const QString &id, const QString &op,
                           qint64 baseVersion, const QJsonObject &data, qint64 seq = 0,
                           const QJsonObject &old = {}, const QString &mutationId = newId())
{
    QJsonObject m { { u"mutation_id"_qs, mutationId },
                    { u"entity"_qs, entity },
                    { u"id"_qs, id },
                    { u"op"_qs, op },
                    { u"base_version"_qs, baseVersion },
                    { u"data"_qs, data } };
    if (seq > 0)
        m.insert(u"seq"_qs, seq);
    if (!old.isEmpty())
        m.insert(u"old"_qs, old);
    return m;
}

HttpReply push(HttpClient &client, const QString &clientId, const QJsonArray &mutations)
{
    QJsonObject body { { u"mutations"_qs, mutations } };
    if (!clientId.isEmpty())
        body.insert(u"client_id"_qs, clientId);
    return client.post(u"/v1/mutations"_qs, body);
}

QJsonObject result(const HttpReply &reply, int index = 0)
{
    return reply.json[u"results"_qs].toArray().at(index).toObject();
}

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void changes_pageWithCursorUntilHasMoreIsFalse();
    void changes_limitAbove1000_isCapped();
    void changes_ofAnotherAgency_neverCarryStaffIdentity();
    void changes_whenConsentIsWithdrawn_otherAgenciesGetTombstones();
    void mutations_createAndUpdateSlot_bumpsVersion();
    void mutations_replayedMutation_returnsFirstAnswerAndChangesNothing();
    void mutations_staleBaseWithDisjointOld_mergesFields();
    void mutations_staleBaseWithOverlappingOld_isConflictWithServerRecord();
    void mutations_rejectedItemInTheMiddle_doesNotBlockTheNext();
    void mutations_seqBehindWithUnknownMutation_answers409ClientStateMismatch();
    void mutations_mutationIdAlone_isExactlyOnce();
    void mutations_foreignStructureId_isRejectedForbidden();
    void mutations_requestStatusFromClient_isIgnored();
    void mutations_deleteSlot_sendsTombstoneToEveryoneWhoSawIt();
    void changes_cursorFromAnotherEpoch_answers410ResetRequired();

private:
    // A's consenting, active workers, as A's own feed has them (full records).
    QList<QJsonObject> sharedStaffOfA() { return sharedStaff(*m_a, m_structureA); }

    TestServer m_server;
    std::unique_ptr<HttpClient> m_a; // coord.bourganeuf
    std::unique_ptr<HttpClient> m_b; // coord.gueret
    QString m_structureA;
    QString m_structureB;
};

void TestServerSync::initTestCase()
{
    if (!m_server.isAvailable())
        QSKIP("RELEVE_TEST_STORAGE=postgres without a reachable RELEVE_TEST_POSTGRES");
    QVERIFY2(m_server.seedAndStart(), qPrintable(m_server.lastError()));
    m_a = m_server.signIn(u"coord.bourganeuf"_qs);
    m_b = m_server.signIn(u"coord.gueret"_qs);
    QVERIFY(!m_a->token().isEmpty() && !m_b->token().isEmpty());
    m_structureA = m_server.structureOf(u"coord.bourganeuf"_qs);
    m_structureB = m_server.structureOf(u"coord.gueret"_qs);
}

void TestServerSync::changes_pageWithCursorUntilHasMoreIsFalse()
{
    const QJsonArray everything = pullAll(*m_a, nullptr, nullptr, 1000);
    QVERIFY(everything.size() > 100);

    QString cursor;
    QJsonArray paged;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const HttpReply reply
            = m_a->get(u"/v1/changes"_qs, { { u"since"_qs, cursor }, { u"limit"_qs, u"50"_qs } });
        QCOMPARE(reply.status, 200);
        const QJsonArray changes = reply.json[u"changes"_qs].toArray();
        QVERIFY(changes.size() <= 50);
        more = reply.json[u"has_more"_qs].toBool();
        if (more)
            QCOMPARE(changes.size(), 50);
        for (const QJsonValue &change : changes) {
            const QJsonObject c = change.toObject();
            for (const QString &key :
                 { u"entity"_qs, u"id"_qs, u"version"_qs, u"deleted"_qs, u"data"_qs })
                QVERIFY2(c.contains(key), qPrintable(key));
            QCOMPARE(c[u"data"_qs][u"id"_qs].toString(), c[u"id"_qs].toString());
            paged.append(change);
        }
        const QString next = reply.json[u"cursor"_qs].toString();
        QVERIFY(!next.isEmpty());
        QVERIFY(next != cursor);
        cursor = next;
    }
    QCOMPARE(pages, int((everything.size() + 49) / 50));
    QCOMPARE(paged, everything);

    // Nothing new: an empty page at the same cursor.
    const HttpReply idle = m_a->get(u"/v1/changes"_qs, { { u"since"_qs, cursor } });
    QCOMPARE(idle.status, 200);
    QVERIFY(idle.json[u"changes"_qs].toArray().isEmpty());
    QCOMPARE(idle.json[u"has_more"_qs].toBool(), false);
    QCOMPARE(idle.json[u"cursor"_qs].toString(), cursor);
}

void TestServerSync::changes_limitAbove1000_isCapped()
{
    const auto admin = m_server.signIn(u"admin.releve"_qs);
    const HttpReply reply = admin->get(u"/v1/changes"_qs, { { u"limit"_qs, u"5000"_qs } });
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json[u"changes"_qs].toArray().size() <= 1000);
    const HttpReply defaultLimit = admin->get(u"/v1/changes"_qs);
    QVERIFY(defaultLimit.json[u"changes"_qs].toArray().size() <= 500);
}

void TestServerSync::changes_ofAnotherAgency_neverCarryStaffIdentity()
{
    // A's staff as A sees them: names, phones, homes.
    QList<QJsonObject> staffOfA;
    for (const QJsonValue &change : pullAll(*m_a)) {
        if (change[u"entity"_qs] == u"staff"_qs
            && change[u"data"_qs][u"structure_id"_qs] == m_structureA)
            staffOfA.append(change[u"data"_qs].toObject());
    }
    QVERIFY(staffOfA.size() >= 10);
    QVERIFY(staffOfA.first().contains(u"first_name"_qs));

    QByteArray raw;
    const QJsonArray feedB = pullAll(*m_b, nullptr, &raw);
    QVERIFY(!feedB.isEmpty());
    for (const QJsonObject &staff : std::as_const(staffOfA)) {
        for (const QString &field : { u"first_name"_qs, u"last_name"_qs, u"phone"_qs }) {
            const QByteArray value = staff[field].toString().toUtf8();
            QVERIFY2(value.size() >= 3 && !raw.contains(value),
                     qPrintable(u"B received "_qs + field + u" of A's staff"_qs));
        }
        const QByteArray lat = QJsonDocument(QJsonArray { staff[u"home"_qs][u"lat"_qs] })
                                   .toJson(QJsonDocument::Compact)
                                   .mid(1)
                                   .chopped(1);
        QVERIFY2(!raw.contains(lat), "B received the home of one of A's staff");
    }
    int sharedStaff = 0;
    for (const QJsonValue &value : feedB) {
        const QJsonObject change = value.toObject();
        const QJsonObject data = change[u"data"_qs].toObject();
        if (data[u"structure_id"_qs] != m_structureA)
            continue;
        const QString entity = change[u"entity"_qs].toString();
        if (entity == u"staff") {
            ++sharedStaff;
            for (const QString &field :
                 { u"first_name"_qs, u"last_name"_qs, u"phone"_qs, u"home"_qs })
                QVERIFY2(!data.contains(field), qPrintable(field));
            QVERIFY(data[u"pseudonym"_qs].toString().startsWith(u"Intervenant"_qs));
            QVERIFY(!data[u"distance_band"_qs].toString().isEmpty());
            QVERIFY(data[u"consent_sharing"_qs].toBool());
        } else if (entity == u"availability") {
            QVERIFY(!data.contains(u"note"_qs));
        } else if (entity == u"request") {
            // A's only request is a draft: never shared.
            QFAIL("B received a draft request of A");
        } else if (entity == u"account") {
            QFAIL("B received an account of A");
        }
    }
    QCOMPARE(sharedStaff, int(sharedStaffOfA().size()));
    // Other structures' published requests reach B without the beneficiary's reference or address.
    for (const QJsonValue &value : feedB) {
        const QJsonObject data = value[u"data"_qs].toObject();
        if (value[u"entity"_qs] == u"request"_qs && data[u"structure_id"_qs] != m_structureB) {
            QVERIFY(!data.contains(u"beneficiary_ref"_qs));
            QVERIFY(!data.contains(u"mission_address"_qs));
            QVERIFY(!data[u"mission_commune"_qs].toString().isEmpty());
            QVERIFY(data[u"status"_qs] != u"draft"_qs);
        }
    }
}

void TestServerSync::changes_whenConsentIsWithdrawn_otherAgenciesGetTombstones()
{
    QString cursorB;
    pullAll(*m_b, &cursorB);
    const QJsonObject worker = sharedStaffOfA().first();
    const QString workerId = worker[u"id"_qs].toString();

    QJsonObject withdrawn = worker;
    withdrawn.insert(u"consent_sharing"_qs, false);
    withdrawn.remove(u"pseudonym"_qs);
    // The version A based its edit on: from A's feed.
    const auto recordsA = latestRecords(pullAll(*m_a));
    const qint64 version = recordsA.value(u"staff/"_qs + workerId)[u"version"_qs].toInteger();
    HttpReply reply = push(
        *m_a, {}, { clientMutation(u"staff"_qs, workerId, u"upsert"_qs, version, withdrawn) });
    QCOMPARE(result(reply)[u"status"_qs].toString(), u"applied"_qs);

    const auto changesB = latestRecords(pullAll(*m_b, &cursorB));
    QVERIFY(changesB.contains(u"staff/"_qs + workerId));
    QCOMPARE(changesB.value(u"staff/"_qs + workerId)[u"deleted"_qs].toBool(), true);
    QCOMPARE(changesB.value(u"staff/"_qs + workerId)[u"data"_qs].toObject(),
             QJsonObject({ { u"id"_qs, workerId } }));
    int slotTombstones = 0;
    for (const QJsonObject &change : changesB) {
        if (change[u"entity"_qs] == u"availability"_qs) {
            QVERIFY(change[u"deleted"_qs].toBool());
            ++slotTombstones;
        }
    }
    QVERIFY(slotTombstones > 0);

    // Consent given again: the public view comes back.
    QJsonObject given = withdrawn;
    given.insert(u"consent_sharing"_qs, true);
    reply = push(*m_a, {},
                 { clientMutation(u"staff"_qs, workerId, u"upsert"_qs, version + 1, given) });
    QCOMPARE(result(reply)[u"status"_qs].toString(), u"applied"_qs);
    const auto again = latestRecords(pullAll(*m_b, &cursorB));
    QCOMPARE(again.value(u"staff/"_qs + workerId)[u"deleted"_qs].toBool(), false);
    QVERIFY(!again.value(u"staff/"_qs + workerId)[u"data"_qs].toObject().contains(u"last_name"_qs));
}

void TestServerSync::mutations_createAndUpdateSlot_bumpsVersion()
{
    const QString staffId = sharedStaffOfA().first()[u"id"_qs].toString();
    const QString slotId = newId();
    const QDate day = futureMonday(7);
    const QString clientId = newId();
    QJsonObject data = slotData(slotId, m_structureA, staffId, day, QTime(8, 0), QTime(12, 0),
                                u"Disponible le matin"_qs);
    HttpReply reply = push(
        *m_a, clientId, { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 0, data, 1) });
    QCOMPARE(reply.status, 200);
    QCOMPARE(result(reply)[u"status"_qs].toString(), u"applied"_qs);
    QCOMPARE(result(reply)[u"version"_qs].toInteger(), 1);
    QCOMPARE(result(reply)[u"record"_qs][u"note"_qs].toString(), u"Disponible le matin"_qs);
    QVERIFY(result(reply)[u"error"_qs].isNull());

    data.insert(u"end"_qs, instant(day, QTime(13, 0)));
    reply = push(*m_a, clientId,
                 { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 1, data, 2,
                                  { { u"end"_qs, instant(day, QTime(12, 0)) } }) });
    QCOMPARE(result(reply)[u"status"_qs].toString(), u"applied"_qs);
    QCOMPARE(result(reply)[u"version"_qs].toInteger(), 2);

    const auto records = latestRecords(pullAll(*m_a));
    const QJsonObject stored = records.value(u"availability/"_qs + slotId);
    QCOMPARE(stored[u"version"_qs].toInteger(), 2);
    QCOMPARE(stored[u"data"_qs][u"end"_qs].toString(), instant(day, QTime(13, 0)));
}

void TestServerSync::mutations_replayedMutation_returnsFirstAnswerAndChangesNothing()
{
    const QString staffId = sharedStaffOfA().first()[u"id"_qs].toString();
    const QString slotId = newId();
    const QDate day = futureMonday(7).addDays(1);
    const QString clientId = newId();
    const QJsonArray batch {
        clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 0,
                       slotData(slotId, m_structureA, staffId, day, QTime(14, 0), QTime(18, 0)), 1),
        clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 1,
                       slotData(slotId, m_structureA, staffId, day, QTime(14, 0), QTime(19, 0)), 2),
    };
    const HttpReply first = push(*m_a, clientId, batch);
    QCOMPARE(first.status, 200);
    QCOMPARE(result(first, 1)[u"version"_qs].toInteger(), 2);

    // The same batch again (the answer was lost on the way): the same answers, nothing changes.
    const HttpReply replay = push(*m_a, clientId, batch);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json, first.json);
    // Even if the replayed body differs, the first answer stands.
    QJsonObject altered = batch.at(1).toObject();
    altered.insert(u"data"_qs,
                   slotData(slotId, m_structureA, staffId, day, QTime(15, 0), QTime(16, 0)));
    const HttpReply again = push(*m_a, clientId, { altered });
    QCOMPARE(result(again), result(first, 1));

    const QJsonObject stored = latestRecords(pullAll(*m_a)).value(u"availability/"_qs + slotId);
    QCOMPARE(stored[u"version"_qs].toInteger(), 2);
    QCOMPARE(stored[u"data"_qs][u"end"_qs].toString(), instant(day, QTime(19, 0)));
}

void TestServerSync::mutations_staleBaseWithDisjointOld_mergesFields()
{
    const QString staffId = sharedStaffOfA().first()[u"id"_qs].toString();
    const QString slotId = newId();
    const QDate day = futureMonday(7).addDays(2);
    const QJsonObject original
        = slotData(slotId, m_structureA, staffId, day, QTime(8, 0), QTime(12, 0), u"note 1"_qs);
    QCOMPARE(result(push(*m_a, {},
                         { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 0,
                                          original) }))[u"version"_qs]
                 .toInteger(),
             1);
    // Workstation 1 changes the note (version 2).
    QJsonObject noteEdit = original;
    noteEdit.insert(u"note"_qs, u"note 2"_qs);
    QCOMPARE(result(push(*m_a, {},
                         { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 1, noteEdit, 0,
                                          { { u"note"_qs, u"note 1"_qs } }) }))[u"version"_qs]
                 .toInteger(),
             2);
    // Workstation 2, offline, still on version 1, changed the end: no overlap, so it merges.
    QJsonObject endEdit = original;
    endEdit.insert(u"end"_qs, instant(day, QTime(12, 30)));
    const HttpReply merged
        = push(*m_a, {},
               { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 1, endEdit, 0,
                                { { u"end"_qs, original[u"end"_qs] } }) });
    QCOMPARE(result(merged)[u"status"_qs].toString(), u"applied"_qs);
    QCOMPARE(result(merged)[u"version"_qs].toInteger(), 3);
    const QJsonObject record = result(merged)[u"record"_qs].toObject();
    QCOMPARE(record[u"note"_qs].toString(), u"note 2"_qs); // workstation 1's edit is kept
    QCOMPARE(record[u"end"_qs].toString(), instant(day, QTime(12, 30)));
}

void TestServerSync::mutations_staleBaseWithOverlappingOld_isConflictWithServerRecord()
{
    const QString staffId = sharedStaffOfA().first()[u"id"_qs].toString();
    const QString slotId = newId();
    const QDate day = futureMonday(7).addDays(3);
    const QJsonObject original
        = slotData(slotId, m_structureA, staffId, day, QTime(8, 0), QTime(12, 0), u"mine"_qs);
    push(*m_a, {}, { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 0, original) });
    QJsonObject theirs = original;
    theirs.insert(u"note"_qs, u"theirs"_qs);
    push(*m_a, {},
         { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 1, theirs, 0,
                          { { u"note"_qs, u"mine"_qs } }) });

    QJsonObject mine = original;
    mine.insert(u"note"_qs, u"mine, edited offline"_qs);
    const HttpReply conflict = push(*m_a, {},
                                    { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 1,
                                                     mine, 0, { { u"note"_qs, u"mine"_qs } }) });
    QCOMPARE(result(conflict)[u"status"_qs].toString(), u"conflict"_qs);
    QCOMPARE(result(conflict)[u"version"_qs].toInteger(), 2);
    QCOMPARE(result(conflict)[u"record"_qs][u"note"_qs].toString(), u"theirs"_qs);

    // Without the old values, a stale base is a conflict too; nothing changed on the server.
    const HttpReply blind
        = push(*m_a, {}, { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 1, mine) });
    QCOMPARE(result(blind)[u"status"_qs].toString(), u"conflict"_qs);
    const QJsonObject stored = latestRecords(pullAll(*m_a)).value(u"availability/"_qs + slotId);
    QCOMPARE(stored[u"version"_qs].toInteger(), 2);
    QCOMPARE(stored[u"data"_qs][u"note"_qs].toString(), u"theirs"_qs);
}

void TestServerSync::mutations_rejectedItemInTheMiddle_doesNotBlockTheNext()
{
    const QString staffId = sharedStaffOfA().first()[u"id"_qs].toString();
    const QDate day = futureMonday(8);
    const QString first = newId();
    const QString bad = newId();
    const QString last = newId();
    const QString clientId = newId();
    const HttpReply reply = push(
        *m_a, clientId,
        { clientMutation(u"availability"_qs, first, u"upsert"_qs, 0,
                         slotData(first, m_structureA, staffId, day, QTime(8, 0), QTime(10, 0)), 1),
          // Ends before it starts.
          clientMutation(u"availability"_qs, bad, u"upsert"_qs, 0,
                         slotData(bad, m_structureA, staffId, day, QTime(12, 0), QTime(11, 0)), 2),
          clientMutation(u"availability"_qs, last, u"upsert"_qs, 0,
                         slotData(last, m_structureA, staffId, day, QTime(14, 0), QTime(16, 0)),
                         3) });
    QCOMPARE(reply.status, 200);
    QCOMPARE(result(reply, 0)[u"status"_qs].toString(), u"applied"_qs);
    QCOMPARE(result(reply, 1)[u"status"_qs].toString(), u"rejected"_qs);
    const QJsonObject error = result(reply, 1)[u"error"_qs].toObject();
    QCOMPARE(error[u"field"_qs].toString(), u"end"_qs);
    QVERIFY(!error[u"error"_qs].toString().isEmpty());
    QVERIFY(!error[u"message"_qs].toString().isEmpty());
    QCOMPARE(result(reply, 2)[u"status"_qs].toString(), u"applied"_qs);
    const auto records = latestRecords(pullAll(*m_a));
    QVERIFY(records.contains(u"availability/"_qs + first));
    QVERIFY(!records.contains(u"availability/"_qs + bad));
    QVERIFY(records.contains(u"availability/"_qs + last));

    // An unknown entity or op is a rejection of that mutation only.
    const HttpReply odd
        = push(*m_a, clientId,
               { clientMutation(u"beneficiary"_qs, newId(), u"upsert"_qs, 0, {}, 4),
                 clientMutation(u"availability"_qs, first, u"patch"_qs, 1, {}, 5) });
    QCOMPARE(result(odd, 0)[u"error"_qs][u"field"_qs].toString(), u"entity"_qs);
    QCOMPARE(result(odd, 1)[u"error"_qs][u"field"_qs].toString(), u"op"_qs);
}

void TestServerSync::mutations_seqBehindWithUnknownMutation_answers409ClientStateMismatch()
{
    const QString staffId = sharedStaffOfA().first()[u"id"_qs].toString();
    const QDate day = futureMonday(8).addDays(1);
    const QString clientId = newId();
    QJsonArray applied;
    for (int seq = 1; seq <= 3; ++seq) {
        const QString id = newId();
        applied.append(clientMutation(
            u"availability"_qs, id, u"upsert"_qs, 0,
            slotData(id, m_structureA, staffId, day, QTime(6 + 2 * seq, 0), QTime(7 + 2 * seq, 0)),
            seq));
    }
    QCOMPARE(push(*m_a, clientId, applied).status, 200);

    // A copy of the client database from before seq 3 sends a new change numbered 2.
    const QString lost = newId();
    const HttpReply reply
        = push(*m_a, clientId,
               { clientMutation(
                   u"availability"_qs, lost, u"upsert"_qs, 0,
                   slotData(lost, m_structureA, staffId, day, QTime(18, 0), QTime(19, 0)), 2) });
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.error(), u"client_state_mismatch"_qs);
    QVERIFY(!reply.json[u"message"_qs].toString().isEmpty());
    QVERIFY(!latestRecords(pullAll(*m_a)).contains(u"availability/"_qs + lost));

    // With a new client_id it goes through.
    const HttpReply renumbered
        = push(*m_a, newId(),
               { clientMutation(
                   u"availability"_qs, lost, u"upsert"_qs, 0,
                   slotData(lost, m_structureA, staffId, day, QTime(18, 0), QTime(19, 0)), 1) });
    QCOMPARE(result(renumbered)[u"status"_qs].toString(), u"applied"_qs);

    // Another structure may not use this client_id.
    const HttpReply stolen = push(
        *m_b, clientId, { clientMutation(u"availability"_qs, newId(), u"upsert"_qs, 0, {}, 4) });
    QCOMPARE(stolen.status, 409);
    QCOMPARE(stolen.error(), u"client_state_mismatch"_qs);
}

void TestServerSync::mutations_mutationIdAlone_isExactlyOnce()
{
    const QString staffId = sharedStaffOfA().first()[u"id"_qs].toString();
    const QDate day = futureMonday(8).addDays(2);
    const QString slotId = newId();
    const QString mutationId = newId();
    const QJsonObject m = clientMutation(
        u"availability"_qs, slotId, u"upsert"_qs, 0,
        slotData(slotId, m_structureA, staffId, day, QTime(8, 0), QTime(9, 0)), 0, {}, mutationId);
    const HttpReply first = push(*m_a, {}, { m });
    QCOMPARE(result(first)[u"status"_qs].toString(), u"applied"_qs);
    const HttpReply second = push(*m_a, {}, { m });
    QCOMPARE(result(second), result(first));
    QCOMPARE(
        latestRecords(pullAll(*m_a)).value(u"availability/"_qs + slotId)[u"version"_qs].toInteger(),
        1);
    // Another structure reusing the id gets no answer of A's.
    const HttpReply foreign = push(*m_b, {}, { m });
    QCOMPARE(result(foreign)[u"status"_qs].toString(), u"rejected"_qs);
    QVERIFY(result(foreign)[u"record"_qs].isNull());
}

void TestServerSync::mutations_foreignStructureId_isRejectedForbidden()
{
    const QString staffId = sharedStaffOfA().first()[u"id"_qs].toString();
    const QDate day = futureMonday(8).addDays(3);
    const QString slotId = newId();
    // A writes a slot claiming to be B's.
    const HttpReply claimed = push(
        *m_a, {},
        { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 0,
                         slotData(slotId, m_structureB, staffId, day, QTime(8, 0), QTime(9, 0))) });
    QCOMPARE(result(claimed)[u"status"_qs].toString(), u"rejected"_qs);
    QCOMPARE(result(claimed)[u"error"_qs][u"error"_qs].toString(), u"forbidden"_qs);
    QCOMPARE(result(claimed)[u"error"_qs][u"field"_qs].toString(), u"structure_id"_qs);
    // B writes a slot for A's worker under its own structure: not its staff.
    const HttpReply borrowed = push(
        *m_b, {},
        { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 0,
                         slotData(slotId, m_structureB, staffId, day, QTime(8, 0), QTime(9, 0))) });
    QCOMPARE(result(borrowed)[u"error"_qs][u"error"_qs].toString(), u"forbidden"_qs);
    QCOMPARE(result(borrowed)[u"error"_qs][u"field"_qs].toString(), u"staff_id"_qs);
    // B edits A's worker.
    const HttpReply edit = push(
        *m_b, {},
        { clientMutation(u"staff"_qs, staffId, u"upsert"_qs, 1, { { u"note"_qs, u"x"_qs } }) });
    QCOMPARE(result(edit)[u"error"_qs][u"error"_qs].toString(), u"forbidden"_qs);
    // Nobody writes a contract or an account directly.
    const HttpReply contract
        = push(*m_a, {},
               { clientMutation(u"contract"_qs, newId(), u"upsert"_qs, 0,
                                { { u"number"_qs, u"REL-2020-000001"_qs } }) });
    QCOMPARE(result(contract)[u"error"_qs][u"error"_qs].toString(), u"forbidden"_qs);
    // A referent reads but does not write.
    const auto referent = m_server.signIn(u"referent.creuse"_qs);
    const HttpReply byReferent = push(
        *referent, {},
        { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 0,
                         slotData(slotId, m_structureA, staffId, day, QTime(8, 0), QTime(9, 0))) });
    QCOMPARE(result(byReferent)[u"error"_qs][u"error"_qs].toString(), u"forbidden"_qs);
    QVERIFY(!latestRecords(pullAll(*m_a)).contains(u"availability/"_qs + slotId));
}

void TestServerSync::mutations_requestStatusFromClient_isIgnored()
{
    const QString requestId = newId();
    const QDate day = futureMonday(9);
    const QJsonObject request {
        { u"id"_qs, requestId },
        { u"structure_id"_qs, m_structureA },
        { u"status"_qs, u"contracted"_qs },
        { u"published_at"_qs, instant(day, QTime(8, 0)) },
        { u"mission_commune"_qs, u"Bourganeuf"_qs },
        { u"mission_location"_qs, QJsonObject { { u"lat"_qs, 45.95 }, { u"lon"_qs, 1.76 } } },
        { u"consent_recorded"_qs, true },
        { u"interventions"_qs,
          QJsonArray { interventionJson(newId(), day, QTime(9, 0), QTime(10, 0)) } },
    };
    const HttpReply reply
        = push(*m_a, {}, { clientMutation(u"request"_qs, requestId, u"upsert"_qs, 0, request) });
    QCOMPARE(result(reply)[u"status"_qs].toString(), u"applied"_qs);
    QCOMPARE(result(reply)[u"record"_qs][u"status"_qs].toString(), u"draft"_qs);
    QVERIFY(!result(reply)[u"record"_qs].toObject().contains(u"published_at"_qs));
    // Other structures do not see a draft.
    QVERIFY(!latestRecords(pullAll(*m_b)).contains(u"request/"_qs + requestId));
}

void TestServerSync::mutations_deleteSlot_sendsTombstoneToEveryoneWhoSawIt()
{
    const QString staffId = sharedStaffOfA().first()[u"id"_qs].toString();
    const QString slotId = newId();
    const QDate day = futureMonday(9).addDays(1);
    push(
        *m_a, {},
        { clientMutation(u"availability"_qs, slotId, u"upsert"_qs, 0,
                         slotData(slotId, m_structureA, staffId, day, QTime(8, 0), QTime(9, 0))) });
    QString cursorB;
    QVERIFY(latestRecords(pullAll(*m_b, &cursorB)).contains(u"availability/"_qs + slotId));

    const HttpReply stale
        = push(*m_a, {}, { clientMutation(u"availability"_qs, slotId, u"delete"_qs, 7, {}) });
    QCOMPARE(result(stale)[u"status"_qs].toString(), u"conflict"_qs);
    const HttpReply removed
        = push(*m_a, {}, { clientMutation(u"availability"_qs, slotId, u"delete"_qs, 1, {}) });
    QCOMPARE(result(removed)[u"status"_qs].toString(), u"applied"_qs);
    QCOMPARE(result(removed)[u"version"_qs].toInteger(), 2);

    const QJsonObject seenByB
        = latestRecords(pullAll(*m_b, &cursorB)).value(u"availability/"_qs + slotId);
    QCOMPARE(seenByB[u"deleted"_qs].toBool(), true);
    const QJsonObject seenByA = latestRecords(pullAll(*m_a)).value(u"availability/"_qs + slotId);
    QCOMPARE(seenByA[u"deleted"_qs].toBool(), true);
    QCOMPARE(seenByA[u"version"_qs].toInteger(), 2);
}

void TestServerSync::changes_cursorFromAnotherEpoch_answers410ResetRequired()
{
    QString cursor;
    pullAll(*m_a, &cursor);
    const QString epoch = cursor.section(u'.', 0, 0);
    for (const QString &bad : QStringList { u"0123456789ab.5"_qs, epoch + u".999999999"_qs }) {
        const HttpReply reply = m_a->get(u"/v1/changes"_qs, { { u"since"_qs, bad } });
        QCOMPARE(reply.status, 410);
        QCOMPARE(reply.error(), u"reset_required"_qs);
        QVERIFY(!reply.json[u"message"_qs].toString().isEmpty());
    }
    // A restored backup gets a new epoch: every cursor of before is refused.
    QCOMPARE(m_server.run({ u"admin"_qs, u"rotate-epoch"_qs, u"--db"_qs, m_server.databaseSpec() }),
             0);
    const HttpReply reset = m_a->get(u"/v1/changes"_qs, { { u"since"_qs, cursor } });
    QCOMPARE(reset.status, 410);
    QCOMPARE(reset.error(), u"reset_required"_qs);
    const HttpReply fresh = m_a->get(u"/v1/changes"_qs);
    QCOMPARE(fresh.status, 200);
    QVERIFY(!fresh.json[u"cursor"_qs].toString().startsWith(epoch));
}

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_serversync.moc"

// The server feeds the matching engine everything it ranks on (issue 5), checked over loopback
// HTTP on the real releve-server: workers who already came to a beneficiary first among equals,
// recent load lowering the rank, the travel from and to a neighbouring contracted intervention
// having to fit in the gap (straight line × road factor, or the durations of an OSRM-compatible
// server: a fake one on loopback), weekly ceilings as hard limits, one index per data version,
// and every input in the ranking's audit entry. The same suite runs on SQLite and PostgreSQL.
//
// Everything happens ten weeks ahead, around Mende (Lozère), far from the demo territory
// (Creuse): only the workers made here can be candidates.
#include "openapicheck.h"
#include "serverscenario.h"

#include "tests/core/geo/fakeosrmserver.h"

#include <QTest>

using namespace releve::servertest;

namespace {

// The mission's place, and the workers' homes 2 km north of it.
constexpr double missionLat = 44.5200;
constexpr double missionLon = 3.5000;
constexpr double kmOfLatitude = 111.195; // the length of a degree of latitude (R = 6371 km)

double northOf(double km)
{
    return missionLat + km / kmOfLatitude;
}

QJsonObject point(double lat, double lon = missionLon)
{
    return { { u"lat"_qs, lat }, { u"lon"_qs, lon } };
}

QStringList ids(const QJsonArray &candidates)
{
    QStringList list;
    for (const QJsonValue &candidate : candidates)
        list.append(candidate[u"staff_id"_qs].toString());
    return list;
}

QSet<QString> idSet(const QJsonArray &candidates)
{
    const QStringList list = ids(candidates);
    return QSet<QString>(list.cbegin(), list.cend());
}

// The criteria a candidate's reasons say put it ahead of the next one.
QStringList aheadBy(const QJsonObject &candidate)
{
    QStringList criteria;
    for (const QJsonValue &code : candidate[u"reason_codes"_qs].toArray()) {
        if (code[u"code"_qs] == u"ahead"_qs)
            criteria.append(code[u"criterion"_qs].toString());
    }
    return criteria;
}

struct Interval
{
    QDate day;
    QTime start;
    QTime end;
};

} // namespace

class TestServerCandidates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void workerWhoAlreadyCame_ranksFirstAmongEquals();
    void heavyRecentLoad_ranksLower();
    void neighbouringContractTooFarForTheGap_excludes();
    void weeklyCeiling_isHard();
    void rankings_reuseTheIndexUntilTheDataChanges();
    void auditEntry_holdsTheNewInputs();
    void osrmDurations_decideTheGap_andAreCached();
    void osrmUrlOption_notAnHttpAddress_isRefused();

private:
    // A consenting worker of the lender's structure, 2 km north of the mission, availability
    // confirmed now.
    QString addWorker(HttpClient &lender, const QString &structureId, int weeklyCeiling = 35);
    void addSlot(HttpClient &lender, const QString &structureId, const QString &staffId, QDate day,
                 QTime from = QTime(7, 0), QTime to = QTime(13, 0));
    // A published request of B, at `lat` (on the mission's meridian), for a beneficiary.
    QString postRequest(const QString &beneficiaryRef, const QList<Interval> &interventions,
                        double lat = missionLat);
    // The lender proposes the worker for the whole request and B accepts: a contract.
    void contract(HttpClient &lender, const QString &requestId, const QString &staffId);
    HttpReply rank(const QString &requestId, HttpClient *client = nullptr);
    // The details of the latest audit entry of a ranking of this request.
    QJsonObject lastRanking(const QString &requestId) const;

    TestServer m_server;
    std::unique_ptr<HttpClient> m_a; // lender: coord.bourganeuf
    std::unique_ptr<HttpClient> m_b; // requester: coord.gueret
    std::unique_ptr<HttpClient> m_c; // lender: coord.aubusson
    QString m_structureA;
    QString m_structureB;
    QString m_structureC;
    QDate m_monday; // ten weeks ahead
    QString m_continuityRequest;
    QString m_cameBefore;
    QString m_newcomer;
};

void TestServerCandidates::initTestCase()
{
    if (!m_server.isAvailable())
        QSKIP("RELEVE_TEST_STORAGE=postgres without a reachable RELEVE_TEST_POSTGRES");
    QVERIFY2(m_server.seedAndStart(), qPrintable(m_server.lastError()));
    m_a = m_server.signIn(u"coord.bourganeuf"_qs);
    m_b = m_server.signIn(u"coord.gueret"_qs);
    m_c = m_server.signIn(u"coord.aubusson"_qs);
    QVERIFY(!m_a->token().isEmpty() && !m_b->token().isEmpty() && !m_c->token().isEmpty());
    m_structureA = m_server.structureOf(u"coord.bourganeuf"_qs);
    m_structureB = m_server.structureOf(u"coord.gueret"_qs);
    m_structureC = m_server.structureOf(u"coord.aubusson"_qs);
    m_monday = futureMonday(10);
}

QString TestServerCandidates::addWorker(HttpClient &lender, const QString &structureId,
                                        int weeklyCeiling)
{
    const QString id = newId();
    const QJsonObject staff {
        { u"id"_qs, id },
        { u"structure_id"_qs, structureId },
        { u"first_name"_qs, u"Camille"_qs },
        { u"last_name"_qs, QString(u"Test-"_qs + id.left(8)) },
        { u"qualification"_qs, u"deaes"_qs },
        { u"skills"_qs, QJsonArray { u"transfers"_qs } },
        { u"home"_qs, point(northOf(2)) },
        { u"max_travel_km"_qs, 30 },
        { u"weekly_hours_ceiling"_qs, weeklyCeiling },
        { u"consent_sharing"_qs, true },
        { u"active"_qs, true },
        { u"availability_confirmed_at"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
    };
    const QJsonObject result = applyOne(lender, upsert(u"staff"_qs, id, 0, staff));
    if (result[u"status"_qs] != u"applied"_qs)
        qWarning("staff not saved: %s", QJsonDocument(result).toJson().constData());
    return id;
}

void TestServerCandidates::addSlot(HttpClient &lender, const QString &structureId,
                                   const QString &staffId, QDate day, QTime from, QTime to)
{
    const QString id = newId();
    const QJsonObject slot { { u"id"_qs, id },
                             { u"structure_id"_qs, structureId },
                             { u"staff_id"_qs, staffId },
                             { u"start"_qs, instant(day, from) },
                             { u"end"_qs, instant(day, to) },
                             { u"kind"_qs, u"available"_qs } };
    const QJsonObject result = applyOne(lender, upsert(u"availability"_qs, id, 0, slot));
    QCOMPARE(result[u"status"_qs].toString(), u"applied"_qs);
}

QString TestServerCandidates::postRequest(const QString &beneficiaryRef,
                                          const QList<Interval> &interventions, double lat)
{
    const QString id = newId();
    QJsonArray list;
    for (const Interval &i : interventions)
        list.append(QJsonObject { { u"id"_qs, newId() },
                                  { u"start"_qs, instant(i.day, i.start) },
                                  { u"end"_qs, instant(i.day, i.end) } });
    const QJsonObject request {
        { u"id"_qs, id },
        { u"structure_id"_qs, m_structureB },
        { u"reason"_qs, u"sick_leave"_qs },
        { u"urgency"_qs, u"urgent"_qs },
        { u"mission_address"_qs, u"2 place du Foirail"_qs },
        { u"mission_commune"_qs, u"Mende"_qs },
        { u"mission_location"_qs, point(lat) },
        { u"beneficiary_ref"_qs, beneficiaryRef },
        { u"gir"_qs, 3 },
        { u"needs"_qs, QJsonArray { u"repas"_qs, u"courses"_qs } },
        { u"consent_recorded"_qs, true },
        { u"interventions"_qs, list },
        { u"hourly_rate_cents"_qs, 2350 },
        { u"radius_km"_qs, 30 },
    };
    const QJsonObject saved = applyOne(*m_b, upsert(u"request"_qs, id, 0, request));
    if (saved[u"status"_qs] != u"applied"_qs)
        qWarning("request not saved: %s", QJsonDocument(saved).toJson().constData());
    const QJsonObject published = applyOne(*m_b, publishRequest(id));
    if (published[u"status"_qs] != u"applied"_qs)
        qWarning("request not published: %s", QJsonDocument(published).toJson().constData());
    return id;
}

void TestServerCandidates::contract(HttpClient &lender, const QString &requestId,
                                    const QString &staffId)
{
    const QString proposalId = newId();
    const QJsonObject proposed = applyOne(lender, proposeStaff(proposalId, requestId, staffId));
    QVERIFY2(proposed[u"status"_qs] == u"applied"_qs, QJsonDocument(proposed).toJson().constData());
    const QJsonObject accepted = applyOne(*m_b, acceptProposal(proposalId));
    QVERIFY2(accepted[u"status"_qs] == u"applied"_qs, QJsonDocument(accepted).toJson().constData());
    const auto rows = m_server.sql(
        u"SELECT COUNT(*) FROM records WHERE entity = 'contract' AND parent_id = ?"_qs,
        { requestId });
    QVERIFY(rows && rows->size() == 1);
    QCOMPARE(rows->at(0).at(0).toInt(), 1);
}

HttpReply TestServerCandidates::rank(const QString &requestId, HttpClient *client)
{
    return (client ? client : m_b.get())->get(u"/v1/requests/%1/candidates"_qs.arg(requestId));
}

QJsonObject TestServerCandidates::lastRanking(const QString &requestId) const
{
    const auto rows = m_server.sql(u"SELECT details FROM audit_log WHERE action = 'rank' AND "
                                   "subject = ? ORDER BY position DESC"_qs,
                                   { QString(u"request/"_qs + requestId) });
    if (!rows || rows->isEmpty())
        return {};
    return QJsonDocument::fromJson(rows->first().at(0).toString().toUtf8()).object();
}

void TestServerCandidates::workerWhoAlreadyCame_ranksFirstAmongEquals()
{
    // Two workers alike in everything (home, diploma, skills, freshness), of A and of C.
    const QDate tuesday = m_monday.addDays(1);
    m_cameBefore = addWorker(*m_a, m_structureA);
    m_newcomer = addWorker(*m_c, m_structureC);
    addSlot(*m_a, m_structureA, m_cameBefore, tuesday);
    addSlot(*m_c, m_structureC, m_newcomer, tuesday);
    // On Monday, A's worker already replaced for BEN-CONT.
    const QString earlier
        = postRequest(u"BEN-CONT"_qs, { { m_monday, QTime(9, 0), QTime(11, 0) } });
    contract(*m_a, earlier, m_cameBefore);

    // For another beneficiary, the newcomer comes first: A's worker has two hours of recent
    // replacement work and A was chosen last.
    const QString other = postRequest(u"BEN-OTHER"_qs, { { tuesday, QTime(9, 0), QTime(11, 0) } });
    const HttpReply otherReply = rank(other);
    QCOMPARE(otherReply.status, 200);
    QCOMPARE(ids(otherReply.json[u"candidates"_qs].toArray()),
             QStringList({ m_newcomer, m_cameBefore }));

    // For BEN-CONT, the worker who already came ranks first, because of it.
    m_continuityRequest = postRequest(u"BEN-CONT"_qs, { { tuesday, QTime(9, 0), QTime(11, 0) } });
    const HttpReply reply = rank(m_continuityRequest);
    QCOMPARE(reply.status, 200);
    const QJsonArray candidates = reply.json[u"candidates"_qs].toArray();
    QCOMPARE(ids(candidates), QStringList({ m_cameBefore, m_newcomer }));
    const QJsonObject first = candidates.at(0).toObject();
    QVERIFY(first[u"came_before"_qs].toBool());
    QVERIFY(!candidates.at(1)[u"came_before"_qs].toBool());
    QCOMPARE(aheadBy(first), QStringList { u"continuity"_qs });
    bool said = false;
    for (const QJsonValue &code : first[u"reason_codes"_qs].toArray())
        said = said || code[u"code"_qs] == u"came_before"_qs;
    QVERIFY(said);
    // Freshness travels with each candidate: when its availability was last confirmed.
    QVERIFY(!QDateTime::fromString(first[u"availability_confirmed_at"_qs].toString(), Qt::ISODate)
                 .isNull());
    QVERIFY(!first[u"availability_stale"_qs].toBool());
    QCOMPARE(first[u"travel_source"_qs].toString(), u"straight_line"_qs);
    // As the OpenAPI document says (served by the server itself).
    const OpenApiCheck openapi(m_b->get(u"/v1/openapi.json"_qs).json);
    const QString path = u"/v1/requests/%1/candidates"_qs.arg(m_continuityRequest);
    const QStringList problems = openapi.check(u"get"_qs, path, 200, reply.json);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Still nothing private.
    for (const QString &field :
         { u"first_name"_qs, u"last_name"_qs, u"home"_qs, u"distance_km"_qs, u"travel_minutes"_qs })
        QVERIFY2(!first.contains(field), qPrintable(field));
}

void TestServerCandidates::heavyRecentLoad_ranksLower()
{
    // Two workers of the same structure (so fairness between structures cannot decide).
    const QDate wednesday = m_monday.addDays(2);
    const QString loaded = addWorker(*m_a, m_structureA);
    const QString rested = addWorker(*m_a, m_structureA);
    addSlot(*m_a, m_structureA, loaded, wednesday);
    addSlot(*m_a, m_structureA, rested, wednesday);
    // Nine hours of replacements already booked for one of them, later that week.
    const QString booked = postRequest(u"BEN-LOAD-1"_qs,
                                       { { m_monday.addDays(3), QTime(8, 0), QTime(11, 0) },
                                         { m_monday.addDays(4), QTime(8, 0), QTime(11, 0) },
                                         { m_monday.addDays(5), QTime(8, 0), QTime(11, 0) } });
    contract(*m_a, booked, loaded);

    const QString request
        = postRequest(u"BEN-LOAD-2"_qs, { { wednesday, QTime(9, 0), QTime(11, 0) } });
    const HttpReply reply = rank(request);
    QCOMPARE(reply.status, 200);
    const QJsonArray candidates = reply.json[u"candidates"_qs].toArray();
    QCOMPARE(ids(candidates), QStringList({ rested, loaded }));
    QCOMPARE(aheadBy(candidates.at(0).toObject()), QStringList { u"load"_qs });
    const QJsonObject audit = lastRanking(request);
    QCOMPARE(audit[u"inputs"_qs][u"recent_load_minutes"_qs][loaded].toInt(), 9 * 60);
    QVERIFY(!audit[u"inputs"_qs][u"recent_load_minutes"_qs].toObject().contains(rested));
}

void TestServerCandidates::neighbouringContractTooFarForTheGap_excludes()
{
    // Both workers are contracted in the morning 20 km away (32 minutes of road at 1.3 × the
    // straight line and 50 km/h); the request starts at 10:00.
    const QDate monday = m_monday.addDays(7);
    const QString tight = addWorker(*m_a, m_structureA); // ends there at 9:45: 15 minutes
    const QString roomy = addWorker(*m_c, m_structureC); // ends there at 9:00: an hour
    addSlot(*m_a, m_structureA, tight, monday);
    addSlot(*m_c, m_structureC, roomy, monday);
    const double far = northOf(20);
    contract(*m_a, postRequest(u"BEN-GAP-1"_qs, { { monday, QTime(8, 0), QTime(9, 45) } }, far),
             tight);
    contract(*m_c, postRequest(u"BEN-GAP-2"_qs, { { monday, QTime(8, 0), QTime(9, 0) } }, far),
             roomy);

    const QString request
        = postRequest(u"BEN-GAP-3"_qs, { { monday, QTime(10, 0), QTime(11, 0) } });
    const HttpReply reply = rank(request);
    QCOMPARE(reply.status, 200);
    QCOMPARE(ids(reply.json[u"candidates"_qs].toArray()), QStringList { roomy });
    // The audit says why the other one was left out.
    const QJsonObject audit = lastRanking(request);
    bool excluded = false;
    for (const QJsonValue &entry : audit[u"excluded"_qs].toArray())
        excluded = excluded
            || (entry[u"staff_id"_qs] == tight && entry[u"code"_qs] == u"no_intervention_free"_qs);
    QVERIFY2(excluded, QJsonDocument(audit[u"excluded"_qs].toArray()).toJson().constData());
    QVERIFY(audit[u"inputs"_qs][u"placed_commitments"_qs].toInt() >= 2);
}

void TestServerCandidates::weeklyCeiling_isHard()
{
    // A worker with a 4-hour weekly ceiling, 3 of them contracted on Monday.
    const QDate monday = m_monday.addDays(14);
    const QString capped = addWorker(*m_a, m_structureA, 4);
    addSlot(*m_a, m_structureA, capped, monday.addDays(1));
    contract(*m_a, postRequest(u"BEN-CEIL-1"_qs, { { monday, QTime(8, 0), QTime(11, 0) } }),
             capped);
    // Two more hours on Tuesday would make 5: never proposed.
    const QString twoHours
        = postRequest(u"BEN-CEIL-2"_qs, { { monday.addDays(1), QTime(9, 0), QTime(11, 0) } });
    HttpReply reply = rank(twoHours);
    QCOMPARE(reply.status, 200);
    QVERIFY(!ids(reply.json[u"candidates"_qs].toArray()).contains(capped));
    // One hour makes exactly 4: allowed.
    const QString oneHour
        = postRequest(u"BEN-CEIL-3"_qs, { { monday.addDays(1), QTime(9, 0), QTime(10, 0) } });
    reply = rank(oneHour);
    QCOMPARE(reply.status, 200);
    QCOMPARE(ids(reply.json[u"candidates"_qs].toArray()), QStringList { capped });
}

void TestServerCandidates::rankings_reuseTheIndexUntilTheDataChanges()
{
    const QDate day = m_monday.addDays(16);
    const QString request = postRequest(u"BEN-INDEX"_qs, { { day, QTime(9, 0), QTime(10, 0) } });
    HttpReply reply = rank(request);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json[u"candidates"_qs].toArray().isEmpty());
    QCOMPARE(lastRanking(request)[u"inputs"_qs][u"index"_qs].toString(), u"built"_qs);
    const QString version = lastRanking(request)[u"inputs"_qs][u"data_version"_qs].toString();
    QVERIFY(!version.isEmpty());

    // Nothing changed: the same index, the same version.
    reply = rank(request);
    QCOMPARE(lastRanking(request)[u"inputs"_qs][u"index"_qs].toString(), u"reused"_qs);
    QCOMPARE(lastRanking(request)[u"inputs"_qs][u"data_version"_qs].toString(), version);

    // A slot is added: the next ranking reads it.
    const QString worker = addWorker(*m_c, m_structureC);
    addSlot(*m_c, m_structureC, worker, day);
    reply = rank(request);
    QCOMPARE(ids(reply.json[u"candidates"_qs].toArray()), QStringList { worker });
    QCOMPARE(lastRanking(request)[u"inputs"_qs][u"index"_qs].toString(), u"built"_qs);
    QVERIFY(lastRanking(request)[u"inputs"_qs][u"data_version"_qs].toString() != version);
}

void TestServerCandidates::auditEntry_holdsTheNewInputs()
{
    QVERIFY(!m_continuityRequest.isEmpty());
    const HttpReply reply = rank(m_continuityRequest);
    QCOMPARE(reply.status, 200);
    const QJsonObject audit = lastRanking(m_continuityRequest);
    const QJsonObject inputs = audit[u"inputs"_qs].toObject();
    QCOMPARE(inputs[u"previous_worker_ids"_qs].toArray(), QJsonArray { m_cameBefore });
    QCOMPARE(inputs[u"recent_load_minutes"_qs][m_cameBefore].toInt(), 120);
    QVERIFY(inputs[u"structures_last_chosen_at"_qs].toObject().contains(m_structureA));
    QCOMPARE(inputs[u"travel"_qs][u"routing"_qs][u"service"_qs].toString(), u"none"_qs);
    QCOMPARE(inputs[u"travel"_qs][u"road_factor"_qs].toDouble(), 1.3);
    QCOMPARE(inputs[u"load_window_days"_qs].toInt(), 28);
    QVERIFY(inputs[u"commitments"_qs].toInt() >= 1);
    const QJsonArray ranking = audit[u"ranking"_qs].toArray();
    QCOMPARE(ranking.size(), 2);
    const QJsonObject first = ranking.at(0).toObject();
    QCOMPARE(first[u"staff_id"_qs].toString(), m_cameBefore);
    QVERIFY(first[u"came_before"_qs].toBool());
    QCOMPARE(first[u"recent_load_minutes"_qs].toInt(), 120);
    QCOMPARE(first[u"travel_source"_qs].toString(), u"straight_line"_qs);
    // 2 km straight, × 1.3: 2.6 km, 4 minutes at 50 km/h (the audit keeps the exact figures).
    QCOMPARE(first[u"distance_km"_qs].toDouble(), 2.6);
    QCOMPARE(first[u"travel_minutes"_qs].toInt(), 4);
    QVERIFY(!first[u"availability_confirmed_at"_qs].toString().isEmpty());
    QVERIFY(!first[u"reason_codes"_qs].toArray().isEmpty());
    QCOMPARE(audit[u"ranked_staff_ids"_qs].toArray(), QJsonArray({ m_cameBefore, m_newcomer }));
}

void TestServerCandidates::osrmDurations_decideTheGap_andAreCached()
{
    // 17 km between the two missions: 27 minutes at 1.3 × the straight line and 50 km/h, which
    // fits a 30-minute gap; 32 minutes for the routing server (1.4 × at 45 km/h), which does not.
    const QDate tuesday = m_monday.addDays(8);
    const QString worker = addWorker(*m_a, m_structureA);
    const QString free = addWorker(*m_c, m_structureC);
    addSlot(*m_a, m_structureA, worker, tuesday);
    addSlot(*m_c, m_structureC, free, tuesday);
    contract(*m_a,
             postRequest(u"BEN-OSRM-1"_qs, { { tuesday, QTime(8, 0), QTime(9, 30) } }, northOf(17)),
             worker);
    const QString request
        = postRequest(u"BEN-OSRM-2"_qs, { { tuesday, QTime(10, 0), QTime(11, 0) } });

    HttpReply reply = rank(request);
    QCOMPARE(reply.status, 200);
    QCOMPARE(idSet(reply.json[u"candidates"_qs].toArray()), QSet<QString>({ worker, free }));

    // A second server process on the same database, with the fake routing server.
    releve::testing::FakeOsrmServer osrm;
    TestServer routed(m_server, TestServer::SameDatabase {});
    QVERIFY2(routed.start({ u"--osrm-url"_qs, osrm.url().toString() }),
             qPrintable(routed.lastError()));
    auto requester = routed.signIn(u"coord.gueret"_qs);
    reply = rank(request, requester.get());
    QCOMPARE(reply.status, 200);
    const QJsonArray candidates = reply.json[u"candidates"_qs].toArray();
    QCOMPARE(ids(candidates), QStringList { free });
    QCOMPARE(candidates.at(0)[u"travel_source"_qs].toString(), u"routing"_qs);
    QVERIFY(!osrm.requests().isEmpty());
    for (const QUrl &url : osrm.requests())
        QVERIFY2(url.path().startsWith(u"/osrm/table/v1/driving/"_qs), qPrintable(url.toString()));
    QJsonObject routing
        = lastRanking(request)[u"inputs"_qs][u"travel"_qs][u"routing"_qs].toObject();
    QCOMPARE(routing[u"service"_qs].toString(), u"osrm"_qs);
    // The two homes are one place: home to mission, and the commitment's place to the mission.
    QVERIFY(routing[u"pairs"_qs].toInt() >= 2);
    QCOMPARE(routing[u"measured"_qs].toInt(), routing[u"pairs"_qs].toInt());
    QVERIFY(routing[u"requests_sent"_qs].toInt() > 0);
    QVERIFY(!routing.contains(u"error"_qs));
    const QJsonObject first = lastRanking(request)[u"ranking"_qs][0].toObject();
    QCOMPARE(first[u"travel_source"_qs].toString(), u"routing"_qs);
    // 2 km × 1.4 = 2.8 km for the routing server.
    QCOMPARE(first[u"distance_km"_qs].toDouble(), 2.8);

    // The same ranking again: every journey comes from the cache.
    const qsizetype asked = osrm.requests().size();
    reply = rank(request, requester.get());
    QCOMPARE(ids(reply.json[u"candidates"_qs].toArray()), QStringList { free });
    QCOMPARE(osrm.requests().size(), asked);
    routing = lastRanking(request)[u"inputs"_qs][u"travel"_qs][u"routing"_qs].toObject();
    QCOMPARE(routing[u"requests_sent"_qs].toInt(), 0);

    // The routing server down: the ranking still answers, on the straight-line estimate, and
    // the audit says so.
    osrm.setMode(releve::testing::FakeOsrmServer::Mode::ErrorAnswer);
    const QString later
        = postRequest(u"BEN-OSRM-3"_qs, { { tuesday, QTime(10, 0), QTime(11, 0) } }, northOf(0.5));
    reply = rank(later, requester.get());
    QCOMPARE(reply.status, 200);
    QCOMPARE(idSet(reply.json[u"candidates"_qs].toArray()), QSet<QString>({ worker, free }));
    routing = lastRanking(later)[u"inputs"_qs][u"travel"_qs][u"routing"_qs].toObject();
    QVERIFY(!routing[u"error"_qs].toString().isEmpty());
    QVERIFY(routing[u"unmeasured"_qs].toInt() > 0);
    routed.stop();
}

void TestServerCandidates::osrmUrlOption_notAnHttpAddress_isRefused()
{
    QByteArray errors;
    const int code
        = m_server.run({ u"serve"_qs, u"--db"_qs, m_server.databaseSpec(), u"--listen"_qs,
                         u"127.0.0.1:0"_qs, u"--osrm-url"_qs, u"router.example:5000"_qs },
                       nullptr, &errors);
    QVERIFY(code != 0);
    QVERIFY2(errors.contains("--osrm-url") && errors.contains("router.example:5000"),
             errors.constData());
}

QTEST_GUILESS_MAIN(TestServerCandidates)
#include "tests/core/geo/moc_fakeosrmserver.cpp"
#include "tst_servercandidates.moc"

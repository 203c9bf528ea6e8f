// The offline preview of the matching (core/matching/ownstaffpreview.h) over a LocalStore fed
// with records as a pull brings them: the structure's own consenting staff ranked by the same
// engine as the server (MatchIndex over the same records gives the same order), with their
// explanations, the travel to and from their contracted interventions, and the labour-limit
// warnings; other structures' staff never enter it.
#include "cachefixture.h"

#include "core/domain/entity.h"
#include "core/matching/explanation.h"
#include "core/matching/matchindex.h"
#include "core/matching/ownstaffpreview.h"
#include "core/rules/warning.h"
#include "core/store/localstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace releve;
using namespace releve::matching::cachetest;
using namespace Qt::StringLiterals;

namespace {

QStringList staffIds(const QList<matching::OwnStaffCandidate> &candidates)
{
    QStringList ids;
    for (const matching::OwnStaffCandidate &c : candidates)
        ids.append(c.candidate.staffId);
    return ids;
}

} // namespace

class TestOwnStaffPreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ranksOwnConsentingStaffWithTheEngineOrder();
    void explainsEachRankAndWarnsOfLabourLimits();
    void neighbouringContractFarAway_leavesThatInterventionUncovered();
    void listsWhyOtherWorkersAreNotRetained();
    void otherStructuresStaff_neverEnter();
    void ownRequest_ranksOwnStaff();
    void requestNotInCache_saysSo();

private:
    QJsonObject staff(const QString &structureId, const QString &name, double km,
                      bool consent = true) const;
    void feed(const QString &entity, const QJsonObject &data);
    void slot(const QString &staffId, QDate day, int from = 7, int to = 13);
    QString request(const QString &structureId, double km, const QList<QDate> &days,
                    bool publicView);
    void contract(const QString &staffId, const QString &requestId, const QString &start,
                  const QString &end);
    matching::OwnStaffPreview preview(const QString &requestId) const
    {
        return matching::previewOwnStaff(*m_store, m_mine, requestId, m_now);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    QString m_mine = newId(); // the signed-in structure
    QString m_requester = newId();
    QString m_other = newId();
    QDate m_monday;
    QDateTime m_now;
    QString m_request;
    QStringList m_interventions;
    QString m_near; // covers both, 2 km
    QString m_further; // covers both, 8 km, daily rest warning on Monday
    QString m_mondayOnly; // 5 km, available on Monday only
    QString m_tight; // 2 km, contracted 20 km away until 8:50 on Monday
    QString m_beyond; // 40 km
    QString m_noConsent;
    QString m_foreign; // another structure's worker
};

QJsonObject TestOwnStaffPreview::staff(const QString &structureId, const QString &name, double km,
                                       bool consent) const
{
    return { { u"id"_s, newId() },
             { u"structure_id"_s, structureId },
             { u"first_name"_s, name },
             { u"last_name"_s, u"Martin"_s },
             { u"qualification"_s, u"deaes"_s },
             { u"skills"_s, QJsonArray { u"transfers"_s } },
             { u"home"_s, north(km) },
             { u"max_travel_km"_s, 30 },
             { u"weekly_hours_ceiling"_s, 35 },
             { u"consent_sharing"_s, consent },
             { u"active"_s, true },
             { u"availability_confirmed_at"_s, m_now.addDays(-2).toString(Qt::ISODate) } };
}

void TestOwnStaffPreview::feed(const QString &entity, const QJsonObject &data)
{
    const QString error = feedRecord(*m_store, entity, data);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestOwnStaffPreview::slot(const QString &staffId, QDate day, int from, int to)
{
    feed(domain::entity::availability,
         { { u"id"_s, newId() },
           { u"structure_id"_s, m_mine },
           { u"staff_id"_s, staffId },
           { u"start"_s, at(day, from) },
           { u"end"_s, at(day, to) },
           { u"kind"_s, u"available"_s } });
}

QString TestOwnStaffPreview::request(const QString &structureId, double km,
                                     const QList<QDate> &days, bool publicView)
{
    const QString id = newId();
    QJsonArray interventions;
    m_interventions.clear();
    for (const QDate &day : days) {
        const QString interventionId = newId();
        m_interventions.append(interventionId);
        interventions.append(QJsonObject {
            { u"id"_s, interventionId }, { u"start"_s, at(day, 9) }, { u"end"_s, at(day, 11) } });
    }
    QJsonObject data { { u"id"_s, id },
                       { u"structure_id"_s, structureId },
                       { u"status"_s, u"published"_s },
                       { u"mission_commune"_s, u"Mende"_s },
                       { u"mission_location"_s, north(km) },
                       { u"needs"_s, QJsonArray { u"repas"_s } },
                       { u"required_skills"_s, QJsonArray { u"transfers"_s } },
                       { u"consent_recorded"_s, true },
                       { u"interventions"_s, interventions },
                       { u"radius_km"_s, 30 } };
    if (!publicView)
        data.insert(u"beneficiary_ref"_s, u"BEN-12"_s);
    feed(domain::entity::request, data);
    return id;
}

void TestOwnStaffPreview::contract(const QString &staffId, const QString &requestId,
                                   const QString &start, const QString &end)
{
    feed(domain::entity::contract,
         { { u"id"_s, newId() },
           { u"structure_id"_s, m_mine },
           { u"number"_s, u"REL-2026-000001"_s },
           { u"request_id"_s, requestId },
           { u"staff_id"_s, staffId },
           { u"staff_name"_s, u"Someone Martin"_s },
           { u"status"_s, u"active"_s },
           { u"created_at"_s, m_now.addDays(-3).toString(Qt::ISODate) },
           { u"interventions"_s,
             QJsonArray { QJsonObject {
                 { u"id"_s, newId() }, { u"start"_s, start }, { u"end"_s, end } } } } });
}

void TestOwnStaffPreview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<store::LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"cache.sqlite"_s)));
    m_now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    m_monday = QDate(2026, 11, 30);

    feed(domain::entity::structure,
         { { u"id"_s, m_mine }, { u"name"_s, u"ADMR Mende"_s }, { u"shares_staff"_s, true } });
    const QJsonObject near = staff(m_mine, u"Alice"_s, 2);
    const QJsonObject further = staff(m_mine, u"Bruno"_s, 8);
    const QJsonObject mondayOnly = staff(m_mine, u"Chloé"_s, 5);
    const QJsonObject tight = staff(m_mine, u"Denis"_s, 2);
    const QJsonObject beyond = staff(m_mine, u"Emma"_s, 40);
    const QJsonObject noConsent = staff(m_mine, u"Fabien"_s, 2, false);
    // What another structure's worker looks like in the cache: the public view, no home.
    QJsonObject foreign = staff(m_other, u"Gaëlle"_s, 2);
    for (const char *field : { "first_name", "last_name", "home" })
        foreign.remove(QString::fromLatin1(field));
    foreign.insert(u"distance_band"_s, u"< 5 km"_s);
    for (const QJsonObject &s : { near, further, mondayOnly, tight, beyond, noConsent, foreign })
        feed(domain::entity::staff, s);
    m_near = near[u"id"_s].toString();
    m_further = further[u"id"_s].toString();
    m_mondayOnly = mondayOnly[u"id"_s].toString();
    m_tight = tight[u"id"_s].toString();
    m_beyond = beyond[u"id"_s].toString();
    m_noConsent = noConsent[u"id"_s].toString();
    m_foreign = foreign[u"id"_s].toString();

    const QDate tuesday = m_monday.addDays(1);
    for (const QString &id : { m_near, m_further, m_tight, m_beyond, m_noConsent }) {
        slot(id, m_monday);
        slot(id, tuesday);
    }
    slot(m_mondayOnly, m_monday);
    feed(domain::entity::availability,
         { { u"id"_s, newId() },
           { u"structure_id"_s, m_other },
           { u"staff_id"_s, m_foreign },
           { u"start"_s, at(m_monday, 7) },
           { u"end"_s, at(tuesday, 13) },
           { u"kind"_s, u"available"_s } });

    // Bruno worked late on Sunday (9.5 hours before Monday's 9:00); Denis is contracted 20 km
    // away until 8:50 on Monday (32 minutes of road: 10 minutes is not enough).
    const QString sunday = request(m_requester, 0, { m_monday.addDays(-1) }, true);
    contract(m_further, sunday, at(m_monday.addDays(-1), 21, 30), at(m_monday.addDays(-1), 23, 30));
    const QString away = request(m_requester, 20, { m_monday.addDays(7) }, true);
    contract(m_tight, away, at(m_monday, 7), at(m_monday, 8, 50));

    m_request = request(m_requester, 0, { m_monday, tuesday }, true);
}

void TestOwnStaffPreview::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestOwnStaffPreview::ranksOwnConsentingStaffWithTheEngineOrder()
{
    const matching::OwnStaffPreview result = preview(m_request);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    // Both interventions first (nearest first), then one each.
    const QStringList order = staffIds(result.candidates);
    QCOMPARE(order.mid(0, 2), QStringList({ m_near, m_further }));
    QCOMPARE(QSet<QString>(order.cbegin() + 2, order.cend()),
             QSet<QString>({ m_mondayOnly, m_tight }));
    QCOMPARE(result.candidates.at(0).staffName, u"Alice Martin"_s);
    QVERIFY(result.candidates.at(0).candidate.coversAll);
    QCOMPARE(result.candidates.at(0).candidate.rank, 1);
    QVERIFY(result.uncoveredInterventionIds.isEmpty());

    // The same engine: a MatchIndex over the same records, ranked as the server would for the
    // lender's staff, gives the same order.
    QList<domain::StaffMember> staff;
    for (const store::CachedRecord &r : m_store->records(domain::entity::staff)) {
        if (r.structureId == m_mine)
            staff.append(domain::StaffMember::fromJson(r.data).value());
    }
    QList<domain::AvailabilitySlot> availability;
    for (const store::CachedRecord &r : m_store->records(domain::entity::availability)) {
        if (r.structureId == m_mine)
            availability.append(domain::AvailabilitySlot::fromJson(r.data).value());
    }
    QList<matching::Commitment> commitments {
        { m_further,
          { QDateTime::fromString(at(m_monday.addDays(-1), 21, 30), Qt::ISODate),
            QDateTime::fromString(at(m_monday.addDays(-1), 23, 30), Qt::ISODate) },
          domain::GeoPoint { missionLat, missionLon } },
        { m_tight,
          { QDateTime::fromString(at(m_monday, 7), Qt::ISODate),
            QDateTime::fromString(at(m_monday, 8, 50), Qt::ISODate) },
          domain::GeoPoint { missionLat + 20 / kmOfLatitude, missionLon } },
    };
    matching::MatchOptions options;
    options.structures.insert(m_mine, { m_mine, u"ADMR Mende"_s, true, m_now.addDays(-3) });
    options.now = m_now;
    options.recentLoadMinutes = { { m_further, 120 }, { m_tight, 110 } };
    const auto request = domain::ReplacementRequest::fromJson(
        m_store->record(domain::entity::request, m_request)->data);
    QVERIFY(request);
    const matching::MatchResult server
        = matching::MatchIndex(staff, availability, commitments).rank(*request, options);
    QStringList serverOrder;
    for (const matching::Candidate &c : server.candidates)
        serverOrder.append(c.staffId);
    QCOMPARE(order, serverOrder);
}

void TestOwnStaffPreview::explainsEachRankAndWarnsOfLabourLimits()
{
    const matching::OwnStaffPreview result = preview(m_request);
    QCOMPARE(result.candidates.size(), 4);
    for (const matching::OwnStaffCandidate &c : result.candidates) {
        QVERIFY(!c.candidate.reasonCodes.isEmpty());
        QCOMPARE(c.candidate.reasonCodes.size(), c.candidate.reasons.size());
        for (const QJsonObject &code : c.candidate.reasonCodes)
            QVERIFY2(!matching::explainReason(code).isEmpty(),
                     qPrintable(code.value(u"code"_s).toString()));
    }
    // Alice: nothing known against her week.
    QVERIFY(result.candidates.at(0).labourWarnings.isEmpty());
    // Bruno: 9 h 30 of rest between Sunday night and Monday morning, less than 11 h.
    const matching::OwnStaffCandidate &bruno = result.candidates.at(1);
    QCOMPARE(bruno.candidate.staffId, m_further);
    QCOMPARE(bruno.labourWarnings.size(), 1);
    QCOMPARE(bruno.labourWarnings.first().code, rules::warningcode::dailyRest);
    QCOMPARE(bruno.labourWarnings.first().interventionId, m_interventions.first());
    QVERIFY(!bruno.labourWarnings.first().message.isEmpty());
    // His recent load (two hours on Sunday) is in the ranking.
    QCOMPARE(bruno.candidate.recentLoadMinutes, 120);
}

void TestOwnStaffPreview::neighbouringContractFarAway_leavesThatInterventionUncovered()
{
    const matching::OwnStaffPreview result = preview(m_request);
    const auto denis = std::find_if(
        result.candidates.cbegin(), result.candidates.cend(),
        [this](const matching::OwnStaffCandidate &c) { return c.candidate.staffId == m_tight; });
    QVERIFY(denis != result.candidates.cend());
    QCOMPARE(denis->candidate.coveredInterventionIds, QStringList { m_interventions.at(1) });
    QCOMPARE(denis->candidate.unreachableInterventionIds, QStringList { m_interventions.at(0) });
}

void TestOwnStaffPreview::listsWhyOtherWorkersAreNotRetained()
{
    const matching::OwnStaffPreview result = preview(m_request);
    QHash<QString, QString> codes;
    for (const matching::Exclusion &e : result.excluded)
        codes.insert(e.staffId, e.code);
    QVERIFY2(codes.value(m_beyond).startsWith(u"beyond_"_s), qPrintable(codes.value(m_beyond)));
    QCOMPARE(codes.value(m_noConsent), u"no_consent"_s);
    QCOMPARE(result.excludedNames.value(m_beyond), u"Emma Martin"_s);
    for (const matching::Exclusion &e : result.excluded)
        QVERIFY(!e.message.isEmpty());
}

void TestOwnStaffPreview::otherStructuresStaff_neverEnter()
{
    const matching::OwnStaffPreview result = preview(m_request);
    QVERIFY(!staffIds(result.candidates).contains(m_foreign));
    for (const matching::Exclusion &e : result.excluded)
        QVERIFY(e.staffId != m_foreign);
}

void TestOwnStaffPreview::ownRequest_ranksOwnStaff()
{
    const QString own = request(m_mine, 0, { m_monday.addDays(1) }, false);
    const matching::OwnStaffPreview result = preview(own);
    QVERIFY(result.error.isEmpty());
    QVERIFY(staffIds(result.candidates).contains(m_near));
    for (const matching::Exclusion &e : result.excluded)
        QVERIFY(e.code != u"own_structure");
}

void TestOwnStaffPreview::requestNotInCache_saysSo()
{
    const matching::OwnStaffPreview result = preview(newId());
    QVERIFY(result.candidates.isEmpty());
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOwnStaffPreview)
#include "tst_ownstaffpreview.moc"

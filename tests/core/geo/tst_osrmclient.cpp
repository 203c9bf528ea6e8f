// Tests of core/geo/osrmclient against a fake OSRM server on loopback: the table request, the
// caches, batching, and every failure falling back to the straight-line estimate in the ranking.
#include "fakeosrmserver.h"

#include "core/domain/jsonreader.h"
#include "core/geo/osrmclient.h"
#include "core/matching/matchindex.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace releve;
using domain::GeoPoint;
using testing::FakeOsrmServer;

namespace {

const GeoPoint gueret { 46.1716, 1.8717 };

GeoPoint pointAt(double km, double azimuth)
{
    const QGeoCoordinate c = gueret.coordinate().atDistanceAndAzimuth(km * 1000, azimuth);
    return GeoPoint { c.latitude(), c.longitude() };
}

// What a client keeps across runs; here, in memory.
class StoredRoutes : public geo::TravelCache
{
public:
    std::optional<geo::TravelEstimate> find(const geo::TravelPair &pair) override
    {
        ++lookups;
        const geo::TravelEstimate *known = stored.find(pair.from, pair.to);
        return known ? std::optional(*known) : std::nullopt;
    }
    void insert(const geo::TravelPair &pair, const geo::TravelEstimate &estimate) override
    {
        stored.insert(pair.from, pair.to, estimate);
    }
    geo::TravelMatrix stored;
    int lookups = 0;
};

// Waits for the job's single finished() signal.
bool finishes(geo::TravelTableJob *job)
{
    QSignalSpy spy(job, &geo::TravelTableJob::finished);
    return (job->isFinished() || spy.wait(10000)) && job->isFinished() && spy.count() <= 1;
}

} // namespace

class TestOsrmClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeOsrmServer> m_server;
    std::unique_ptr<geo::OsrmClient> m_client;
    QList<GeoPoint> m_homes;

private slots:
    void init()
    {
        m_server = std::make_unique<FakeOsrmServer>();
        m_client = std::make_unique<geo::OsrmClient>(m_server->url(), &m_network);
        m_homes = { pointAt(3, 0), pointAt(8, 100), pointAt(12.5, 200) };
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void tableAnswerGivesRoadDistancesAndTimes()
    {
        const GeoPoint elsewhere = pointAt(20, 300);
        QList<geo::TravelPair> pairs;
        for (const GeoPoint &home : std::as_const(m_homes))
            pairs.append({ home, gueret });
        pairs.append({ gueret, elsewhere });
        pairs.append({ gueret, elsewhere }); // asked twice, measured once
        geo::TravelTableJob *job = m_client->fetch(pairs);
        QVERIFY(finishes(job));
        QCOMPARE(job->error(), geo::TravelTableJob::Error::None);
        QCOMPARE(job->matrix().size(), 4);
        QCOMPARE(job->unmeasuredPairs(), 0);
        for (const geo::TravelPair &pair : std::as_const(pairs)) {
            const geo::TravelEstimate *e = job->matrix().find(pair.from, pair.to);
            QVERIFY(e);
            const auto [metres, seconds] = FakeOsrmServer::measure(pair.from, pair.to);
            QVERIFY(qAbs(e->roadKm - metres / 1000) < 0.01);
            QCOMPARE(e->minutes, int(std::ceil(seconds / 60 - 1e-6)));
            QVERIFY(qAbs(e->straightKm - pair.from.distanceKm(pair.to)) < 0.01);
            QCOMPARE(e->source, geo::TravelSource::Routing);
        }

        // Two stars: the homes to Guéret, Guéret to elsewhere.
        QCOMPARE(job->requestsSent(), 2);
        QCOMPARE(m_server->requests().size(), 2);
        for (const QUrl &url : m_server->requests()) {
            QVERIFY2(url.path().startsWith(u"/osrm/table/v1/driving/"_qs), qPrintable(url.path()));
            const QUrlQuery query(url);
            QCOMPARE(query.queryItemValue(u"annotations"_qs), u"duration,distance"_qs);
            QVERIFY(query.hasQueryItem(u"sources"_qs) && query.hasQueryItem(u"destinations"_qs));
        }
        const QString homes = m_server->requests().at(0).path();
        QVERIFY(homes.contains(u"1.871700,46.171600"_qs)); // lon,lat with six decimals
    }

    void finishedComesLaterEvenFromTheCache()
    {
        const QList<geo::TravelPair> pairs { { m_homes.at(0), gueret } };
        QVERIFY(finishes(m_client->fetch(pairs)));
        geo::TravelTableJob *again = m_client->fetch(pairs);
        QSignalSpy spy(again, &geo::TravelTableJob::finished);
        QCOMPARE(spy.count(), 0); // the caller connects first
        QVERIFY(spy.wait(5000));
        QCOMPARE(again->requestsSent(), 0);
        QCOMPARE(again->matrix().size(), 1);
        QCOMPARE(m_server->requests().size(), 1);
        // Nothing to measure at all, or the same place twice.
        geo::TravelTableJob *same = m_client->fetch({ { gueret, gueret } });
        QVERIFY(finishes(same));
        QCOMPARE(same->matrix().find(gueret, gueret)->minutes, 0);
        QVERIFY(finishes(m_client->fetch({})));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void persistentCacheIsReadFirstAndWritten()
    {
        StoredRoutes stored;
        m_client->setPersistentCache(&stored);
        QList<geo::TravelPair> pairs;
        for (const GeoPoint &home : std::as_const(m_homes))
            pairs.append({ home, gueret });
        QVERIFY(finishes(m_client->fetch(pairs)));
        QCOMPARE(stored.stored.size(), 3);

        // Another run: a new client, the same store, no network needed.
        geo::OsrmClient next(m_server->url(), &m_network);
        next.setPersistentCache(&stored);
        geo::TravelTableJob *job = next.fetch(pairs);
        QVERIFY(finishes(job));
        QCOMPARE(job->requestsSent(), 0);
        QCOMPARE(job->matrix().size(), 3);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void largeTablesAreSplitIntoBatches()
    {
        m_client->setMaxLocations(4);
        QList<geo::TravelPair> pairs;
        for (int i = 0; i < 10; ++i)
            pairs.append({ pointAt(1 + i, 36.0 * i), gueret });
        geo::TravelTableJob *job = m_client->fetch(pairs);
        QVERIFY(finishes(job));
        QCOMPARE(job->matrix().size(), 10);
        QCOMPARE(job->requestsSent(), 4); // 3 + 3 + 3 + 1 homes, each with Guéret
        for (const QUrl &url : m_server->requests())
            QVERIFY(url.path().section(u'/', -1).split(u';').size() <= 4);
    }

    void errorAnswerLeavesPairsToTheFallback()
    {
        m_server->setMode(FakeOsrmServer::Mode::ErrorAnswer);
        geo::TravelTableJob *job = m_client->fetch({ { m_homes.at(0), gueret } });
        QVERIFY(finishes(job));
        QCOMPARE(job->error(), geo::TravelTableJob::Error::Server);
        QVERIFY2(job->errorString().contains(u"InvalidQuery"_qs), qPrintable(job->errorString()));
        QVERIFY(job->errorString().contains(u"straight-line"_qs));
        QVERIFY(job->matrix().isEmpty());
        QCOMPARE(job->unmeasuredPairs(), 1);
        // Nothing was cached: once the server answers again, the pair is asked again.
        m_server->setMode(FakeOsrmServer::Mode::Answer);
        geo::TravelTableJob *retry = m_client->fetch({ { m_homes.at(0), gueret } });
        QVERIFY(finishes(retry));
        QCOMPARE(retry->requestsSent(), 1);
        QCOMPARE(retry->matrix().size(), 1);
    }

    void answerThatIsNotATableIsAnError()
    {
        m_server->setMode(FakeOsrmServer::Mode::NotATable);
        geo::TravelTableJob *job = m_client->fetch({ { m_homes.at(0), gueret } });
        QVERIFY(finishes(job));
        QCOMPARE(job->error(), geo::TravelTableJob::Error::BadAnswer);
        QVERIFY(job->matrix().isEmpty());
    }

    void silentServerTimesOut()
    {
        m_server->setMode(FakeOsrmServer::Mode::Hang);
        m_client->setTimeout(std::chrono::milliseconds(300));
        geo::TravelTableJob *job = m_client->fetch({ { m_homes.at(0), gueret } });
        QVERIFY(finishes(job));
        QCOMPARE(job->error(), geo::TravelTableJob::Error::Timeout);
        QVERIFY(job->matrix().isEmpty());
        QCOMPARE(job->unmeasuredPairs(), 1);
    }

    void unreachableServerIsANetworkError()
    {
        const QUrl closed = m_server->url();
        m_server.reset(); // nobody listens on that port any more
        geo::OsrmClient client(closed, &m_network);
        geo::TravelTableJob *job = client.fetch({ { m_homes.at(0), gueret } });
        QVERIFY(finishes(job));
        QCOMPARE(job->error(), geo::TravelTableJob::Error::Network);
    }

    void placeWithoutRouteIsLeftOut()
    {
        const GeoPoint island = m_homes.at(1);
        m_server->setUnroutable(QString::number(island.lon, 'f', 6) + u','
                                + QString::number(island.lat, 'f', 6));
        QList<geo::TravelPair> pairs;
        for (const GeoPoint &home : std::as_const(m_homes))
            pairs.append({ home, gueret });
        geo::TravelTableJob *job = m_client->fetch(pairs);
        QVERIFY(finishes(job));
        QCOMPARE(job->error(), geo::TravelTableJob::Error::None);
        QCOMPARE(job->matrix().size(), 2);
        QVERIFY(!job->matrix().find(island, gueret));
        QCOMPARE(job->unmeasuredPairs(), 1);
    }

    // The caller's whole path: the pairs the ranking reads, fetched, then the ranking with them;
    // when the routing service fails, the ranking is the straight-line one.
    void rankingUsesRoutesAndFallsBackWithout()
    {
        matching::MatchInput input;
        input.request.id = domain::newId();
        input.request.structureId = domain::newId();
        input.request.missionLocation = gueret;
        input.request.radiusKm = 30;
        const QDateTime start(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        input.request.interventions = { { domain::newId(), start, start.addSecs(3600) } };
        const matching::LendingStructure agency { domain::newId(), u"Aide Creuse"_qs, true, {} };
        input.structures.insert(agency.id, agency);
        for (const GeoPoint &home : std::as_const(m_homes)) {
            domain::StaffMember m;
            m.id = domain::newId();
            m.structureId = agency.id;
            m.home = home;
            m.consentSharing = true;
            m.maxTravelKm = 40;
            input.staff.append(m);
            domain::AvailabilitySlot slot;
            slot.id = domain::newId();
            slot.staffId = m.id;
            slot.start = start.addSecs(-3600);
            slot.end = start.addSecs(4 * 3600);
            input.availabilitySlots().append(slot);
        }
        input.listExclusions = false;
        const matching::MatchIndex index(input);
        const matching::MatchResult straight = index.rank(input.request, input);
        QCOMPARE(straight.candidates.size(), 3);

        geo::TravelTableJob *job = m_client->fetch(index.travelPairs(input.request, input));
        QVERIFY(finishes(job));
        input.routes = job->matrix();
        const matching::MatchResult routed = index.rank(input.request, input);
        QCOMPARE(routed.candidates.size(), 3);
        for (const matching::Candidate &c : routed.candidates) {
            QCOMPARE(c.travelSource, geo::TravelSource::Routing);
            const auto &home
                = std::find_if(input.staff.cbegin(), input.staff.cend(),
                               [&](const domain::StaffMember &m) { return m.id == c.staffId; })
                      ->home;
            QVERIFY(qAbs(c.distanceKm - FakeOsrmServer::measure(home, gueret).first / 1000) < 0.01);
        }

        m_server->setMode(FakeOsrmServer::Mode::Hang);
        geo::OsrmClient slow(m_server->url(), &m_network);
        slow.setTimeout(std::chrono::milliseconds(300));
        geo::TravelTableJob *failed = slow.fetch(index.travelPairs(input.request, input));
        QVERIFY(finishes(failed));
        QCOMPARE(failed->error(), geo::TravelTableJob::Error::Timeout);
        input.routes = failed->matrix();
        QCOMPARE(index.rank(input.request, input).toJson(true), straight.toJson(true));
    }
};

QTEST_GUILESS_MAIN(TestOsrmClient)
#include "tst_osrmclient.moc"

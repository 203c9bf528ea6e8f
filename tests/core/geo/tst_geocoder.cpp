// Tests of core/geo/geocoder and geocodecache against a Base Adresse Nationale API on loopback
// answering in the API's format: addresses and reverse lookups, no result, errors and a slow
// answer as values, and answers found again offline from the cache.
#include "fakebanserver.h"

#include "core/geo/geocodecache.h"
#include "core/geo/geocoder.h"
#include "core/geo/tileserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace releve;
using geo::GeocodeJob;
using geo::Geocoder;

namespace {

constexpr int waitMs = 30000; // a loaded machine; never a measure of speed

// Waits for the job's finished() and checks it came once.
bool finished(GeocodeJob *job)
{
    QSignalSpy spy(job, &GeocodeJob::finished);
    if (!job->isFinished() && !spy.wait(waitMs))
        return false;
    QTest::qWait(0);
    return job->isFinished() && spy.size() <= 1;
}

} // namespace

class TstGeocoder : public QObject
{
    Q_OBJECT

private slots:
    void search_returnsTheApiAnswersInOrder()
    {
        testing::FakeBanServer ban;
        QNetworkAccessManager network;
        Geocoder geocoder(ban.url(), &network);
        geocoder.setUserAgent(geo::mapUserAgent(QStringLiteral("https://releve.invalid/")));
        GeocodeJob *job = geocoder.search(QStringLiteral("  place du champ de foire  "), 5,
                                          QGeoCoordinate(45.95, 1.76));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::None);
        QVERIFY(!job->fromCache());
        QCOMPARE(job->matches().size(), 2);
        const geo::AddressMatch &first = job->matches().first();
        QCOMPARE(first.label, QStringLiteral("4 Place du Champ de Foire 23400 Bourganeuf"));
        QCOMPARE(first.name, QStringLiteral("4 Place du Champ de Foire"));
        QCOMPARE(first.city, QStringLiteral("Bourganeuf"));
        QCOMPARE(first.postcode, QStringLiteral("23400"));
        QCOMPARE(first.citycode, QStringLiteral("23030"));
        QCOMPARE(first.type, QStringLiteral("housenumber"));
        QCOMPARE(first.departement(), QStringLiteral("23"));
        QVERIFY(std::abs(first.score - 0.9693) < 1e-9);
        // GeoJSON is [lon, lat].
        QCOMPARE(first.coordinate, QGeoCoordinate(45.953639, 1.757969));
        QCOMPARE(job->matches().at(1).city, QStringLiteral("Aubusson"));

        const testing::LoopbackRequest &request = ban.lastRequest();
        QCOMPARE(request.path, QStringLiteral("/search/"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("place du champ de foire"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("lat")), QStringLiteral("45.950000"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("lon")), QStringLiteral("1.760000"));
        QVERIFY(request.headers.value("user-agent").startsWith("Releve/"));
    }

    void search_limitAndSpecialCharactersReachTheServer()
    {
        testing::FakeBanServer ban;
        QNetworkAccessManager network;
        Geocoder geocoder(ban.url(), &network);
        GeocodeJob *job = geocoder.search(QStringLiteral("Guéret & co + 18"), 1);
        QVERIFY(finished(job));
        QCOMPARE(ban.lastRequest().query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("Guéret & co + 18"));
        QCOMPARE(ban.lastRequest().query.queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("1"));
    }

    void search_noResult_isAnEmptyAnswerNotAnError()
    {
        testing::FakeBanServer ban;
        QNetworkAccessManager network;
        Geocoder geocoder(ban.url(), &network);
        GeocodeJob *job = geocoder.search(QStringLiteral("rue qui n'existe pas"));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::None);
        QVERIFY(job->matches().isEmpty());
    }

    void reverse_returnsTheNearestAddress()
    {
        testing::FakeBanServer ban;
        QNetworkAccessManager network;
        Geocoder geocoder(ban.url(), &network);
        GeocodeJob *job = geocoder.reverse(QGeoCoordinate(46.1705, 1.8697));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::None);
        QCOMPARE(job->matches().size(), 1);
        QCOMPARE(job->matches().first().label,
                 QStringLiteral("18 Avenue de la République 23000 Guéret"));
        const testing::LoopbackRequest &request = ban.lastRequest();
        QCOMPARE(request.path, QStringLiteral("/reverse/"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("lat")), QStringLiteral("46.17050"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("lon")), QStringLiteral("1.86970"));

        GeocodeJob *nowhere = geocoder.reverse(QGeoCoordinate(44.0, 5.0));
        QVERIFY(finished(nowhere));
        QCOMPARE(nowhere->error(), GeocodeJob::Error::None);
        QVERIFY(nowhere->matches().isEmpty());
    }

    void serverError_isAValueSayingWhatToDo()
    {
        testing::FakeBanServer ban;
        ban.setMode(testing::FakeBanServer::Mode::ServerError);
        QNetworkAccessManager network;
        Geocoder geocoder(ban.url(), &network);
        GeocodeJob *job = geocoder.search(QStringLiteral("18 avenue de la république guéret"));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::Server);
        QVERIFY(job->matches().isEmpty());
        QVERIFY(job->errorString().contains(QStringLiteral("502")));
        QVERIFY(job->errorString().contains(QStringLiteral("pin")));
    }

    void refusedQuery_isInvalidQuery()
    {
        testing::FakeBanServer ban;
        ban.setMode(testing::FakeBanServer::Mode::BadRequest);
        QNetworkAccessManager network;
        Geocoder geocoder(ban.url(), &network);
        GeocodeJob *job = geocoder.search(QStringLiteral("abc"));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::InvalidQuery);
    }

    void answerThatIsNotGeoJson_isBadAnswer()
    {
        testing::FakeBanServer ban;
        ban.setMode(testing::FakeBanServer::Mode::NotJson);
        QNetworkAccessManager network;
        Geocoder geocoder(ban.url(), &network);
        GeocodeJob *job = geocoder.search(QStringLiteral("aubusson"));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::BadAnswer);
    }

    void slowAnswer_timesOut()
    {
        testing::FakeBanServer ban;
        ban.setMode(testing::FakeBanServer::Mode::Hang);
        QNetworkAccessManager network;
        Geocoder geocoder(ban.url(), &network);
        geocoder.setTimeout(std::chrono::milliseconds(300));
        GeocodeJob *job = geocoder.search(QStringLiteral("aubusson"));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::Timeout);
        QVERIFY(job->errorString().contains(QStringLiteral("in time")));
        QCOMPARE(ban.requestCount(), 1);
    }

    void serverDown_isNetworkError()
    {
        testing::FakeBanServer ban;
        const QUrl url = ban.url();
        ban.stop();
        QNetworkAccessManager network;
        Geocoder geocoder(url, &network);
        GeocodeJob *job = geocoder.search(QStringLiteral("aubusson"));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::Network);
        QVERIFY(job->errorString().contains(QStringLiteral("offline")));
    }

    void tooShortQuery_isRefusedWithoutAsking()
    {
        testing::FakeBanServer ban;
        QNetworkAccessManager network;
        Geocoder geocoder(ban.url(), &network);
        for (const QString &text :
             { QStringLiteral("ab"), QStringLiteral("   "), QStringLiteral("-rue du moulin") }) {
            GeocodeJob *job = geocoder.search(text);
            QVERIFY(!job->isFinished()); // finished() comes later, once the caller connected
            QVERIFY(finished(job));
            QCOMPARE(job->error(), GeocodeJob::Error::InvalidQuery);
        }
        QCOMPARE(ban.requestCount(), 0);
    }

    void answersFoundOnce_areFoundAgainOffline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("geocoding.sqlite"));
        testing::FakeBanServer ban;
        const QUrl url = ban.url();
        QNetworkAccessManager network;
        QList<geo::AddressMatch> online;
        {
            geo::SqliteGeocodeCache cache;
            QVERIFY(cache.open(path).ok());
            Geocoder geocoder(url, &network);
            geocoder.setCache(&cache);
            GeocodeJob *job = geocoder.search(QStringLiteral("Place du Champ de Foire"));
            QVERIFY(finished(job));
            online = job->matches();
            QCOMPARE(online.size(), 2);
            GeocodeJob *none = geocoder.search(QStringLiteral("rue qui n'existe pas"));
            QVERIFY(finished(none));
            GeocodeJob *reverse = geocoder.reverse(QGeoCoordinate(45.9536, 1.7580));
            QVERIFY(finished(reverse));
            QCOMPARE(cache.count(), 3);
            QCOMPARE(ban.requestCount(), 3);
        }
        ban.stop();

        geo::SqliteGeocodeCache cache;
        QVERIFY(cache.open(path).ok());
        Geocoder geocoder(url, &network);
        geocoder.setCache(&cache);
        // Same words in another case and spacing: the same question.
        GeocodeJob *job = geocoder.search(QStringLiteral("place du   champ de FOIRE"));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::None);
        QVERIFY(job->fromCache());
        QCOMPARE(job->matches(), online);
        GeocodeJob *none = geocoder.search(QStringLiteral("rue qui n'existe pas"));
        QVERIFY(finished(none));
        QVERIFY(none->fromCache());
        QVERIFY(none->matches().isEmpty());
        GeocodeJob *reverse = geocoder.reverse(QGeoCoordinate(45.9536, 1.7580));
        QVERIFY(finished(reverse));
        QVERIFY(reverse->fromCache());
        QCOMPARE(reverse->matches().first().city, QStringLiteral("Bourganeuf"));
        // Not asked before: a network error, not a wrong answer.
        GeocodeJob *other = geocoder.search(QStringLiteral("aubusson"));
        QVERIFY(finished(other));
        QCOMPARE(other->error(), GeocodeJob::Error::Network);
    }

    void errors_areNotCached()
    {
        QTemporaryDir dir;
        testing::FakeBanServer ban;
        ban.setMode(testing::FakeBanServer::Mode::ServerError);
        QNetworkAccessManager network;
        geo::SqliteGeocodeCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("geocoding.sqlite"))).ok());
        Geocoder geocoder(ban.url(), &network);
        geocoder.setCache(&cache);
        GeocodeJob *failed = geocoder.search(QStringLiteral("aubusson"));
        QVERIFY(finished(failed));
        QCOMPARE(cache.count(), 0);
        ban.setMode(testing::FakeBanServer::Mode::Answer);
        GeocodeJob *job = geocoder.search(QStringLiteral("aubusson"));
        QVERIFY(finished(job));
        QCOMPARE(job->error(), GeocodeJob::Error::None);
        QVERIFY(!job->fromCache());
        QCOMPARE(job->matches().size(), 2);
    }

    void geocodeCache_dropsLeastRecentlyUsedAnswers()
    {
        QTemporaryDir dir;
        geo::SqliteGeocodeCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("geocoding.sqlite"))).ok());
        cache.setMaximumEntries(10);
        geo::AddressMatch match;
        match.label = QStringLiteral("Aubusson");
        match.coordinate = QGeoCoordinate(45.95694, 2.16803);
        for (int i = 0; i < 10; ++i)
            cache.insert(QString::number(i), { match });
        QVERIFY(cache.find(QStringLiteral("0"))); // used again: kept
        cache.insert(QStringLiteral("10"), { match });
        QCOMPARE(cache.count(), 9);
        QVERIFY(cache.find(QStringLiteral("0")));
        QVERIFY(!cache.find(QStringLiteral("1")));
        QVERIFY(!cache.find(QStringLiteral("2")));
        QCOMPARE(cache.find(QStringLiteral("10"))->first(), match);
    }

    void featureCollection_skipsFeaturesWithoutAPoint()
    {
        const QJsonDocument document = QJsonDocument::fromJson(R"({
            "type": "FeatureCollection", "version": "draft",
            "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.16803, 45.95694]},
               "properties": {"label": "Aubusson", "score": 0.97, "postcode": "23200",
                              "citycode": "23008", "city": "Aubusson", "type": "municipality",
                              "context": "23, Creuse, Nouvelle-Aquitaine"}},
              {"type": "Feature", "geometry": null, "properties": {"label": "Nowhere"}}
            ]})");
        const std::optional<QList<geo::AddressMatch>> matches
            = Geocoder::readFeatureCollection(document);
        QVERIFY(matches);
        QCOMPARE(matches->size(), 1);
        QCOMPARE(matches->first().citycode, QStringLiteral("23008"));
        QVERIFY(!Geocoder::readFeatureCollection(QJsonDocument::fromJson(R"({"features": 3})")));
    }
};

QTEST_GUILESS_MAIN(TstGeocoder)
#include "tst_geocoder.moc"

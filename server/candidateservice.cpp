#include "candidateservice.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/staffmember.h"
#include "core/geo/osrmclient.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QThread>
#include <QUuid>

#include <future>

namespace releve::server {

Q_LOGGING_CATEGORY(lcCandidates, "releve.server.candidates", QtWarningMsg)

namespace entity = domain::entity;

namespace {

QMutex settingsMutex;
RoutingSettings currentSettings;

QString beneficiaryKey(const QString &structureId, const QString &beneficiaryRef)
{
    return beneficiaryRef.isEmpty() ? QString() : structureId + u'/' + beneficiaryRef;
}

QString travelSourceName(geo::TravelSource source)
{
    return source == geo::TravelSource::Routing ? QStringLiteral("routing")
                                                : QStringLiteral("straight_line");
}

} // namespace

void setRoutingSettings(const RoutingSettings &settings)
{
    QMutexLocker lock(&settingsMutex);
    currentSettings = settings;
}

RoutingSettings routingSettings()
{
    QMutexLocker lock(&settingsMutex);
    return currentSettings;
}

// What the rankings of one data version share.
struct CandidateService::Snapshot
{
    QString epoch;
    qint64 seq = 0;
    matching::MatchIndex index;
    QHash<QString, matching::LendingStructure> structures; // by id
    // Every contracted intervention, ended or not: the recent load of each worker.
    QList<matching::Commitment> replacements;
    // The workers of the contracts of each beneficiary: "<requester>/<beneficiary_ref>" → ids.
    QHash<QString, QSet<QString>> workersByBeneficiary;
    int slotCount = 0;
    int commitmentCount = 0;
    int placedCommitmentCount = 0; // commitments whose mission point is known
};

// The routing client on a thread of its own, where its network replies are handled: the worker
// thread that ranks hands it the pairs and waits for the matrix, as it waits for the database.
class CandidateService::Router
{
public:
    struct Measured
    {
        geo::TravelMatrix matrix;
        int requestsSent = 0;
        int unmeasured = 0;
        QString error; // empty when every pair was measured
    };

    explicit Router(const RoutingSettings &settings)
        : m_settings(settings)
        , m_context(new QObject)
    {
        auto *network = new QNetworkAccessManager(m_context);
        m_client = new geo::OsrmClient(settings.osrmUrl, network, m_context);
        m_client->setProfile(settings.profile);
        m_client->setTimeout(settings.timeout);
        m_thread.setObjectName(QStringLiteral("routing"));
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    ~Router()
    {
        m_thread.quit();
        m_thread.wait();
    }

    const RoutingSettings &settings() const { return m_settings; }

    Measured measure(const QList<geo::TravelPair> &pairs)
    {
        if (pairs.isEmpty())
            return {};
        auto promise = std::make_shared<std::promise<Measured>>();
        std::future<Measured> answer = promise->get_future();
        geo::OsrmClient *client = m_client;
        QMetaObject::invokeMethod(
            m_context,
            [client, pairs, promise] {
                geo::TravelTableJob *job = client->fetch(pairs);
                QObject::connect(job, &geo::TravelTableJob::finished, client, [job, promise] {
                    Measured measured;
                    measured.matrix = job->matrix();
                    measured.requestsSent = job->requestsSent();
                    measured.unmeasured = job->unmeasuredPairs();
                    measured.error = job->errorString();
                    promise->set_value(std::move(measured));
                    job->deleteLater();
                });
            },
            Qt::QueuedConnection);
        // The client's own timeout ends every request; this bound only guards against a stuck
        // thread, and the batches of a large request run one after the other at worst.
        const qsizetype batches = pairs.size() / 50 + 1;
        if (answer.wait_for(m_settings.timeout * (batches + 1)) != std::future_status::ready) {
            Measured late;
            late.unmeasured = int(pairs.size());
            late.error = QStringLiteral("The routing server did not answer in time.");
            return late;
        }
        return answer.get();
    }

private:
    RoutingSettings m_settings;
    QThread m_thread;
    QObject *m_context; // lives in m_thread, deleted when it finishes
    geo::OsrmClient *m_client; // child of m_context
};

CandidateService::CandidateService(const Storage &storage)
    : m_storage(storage)
    , m_records(storage)
    , m_audit(storage)
{
    const RoutingSettings settings = routingSettings();
    if (settings.osrmUrl.isValid() && !settings.osrmUrl.isEmpty())
        m_router = std::make_unique<Router>(settings);
}

CandidateService::~CandidateService() = default;

std::shared_ptr<const CandidateService::Snapshot> CandidateService::snapshot(bool *reused)
{
    // The version is read before the records: a change committed in between gives a snapshot
    // newer than its version, which is merely rebuilt at the next ranking, never one older.
    const QString epoch = m_storage.epoch();
    const qint64 seq = m_storage.currentSeq();
    {
        QMutexLocker lock(&m_mutex);
        if (m_snapshot && m_snapshot->epoch == epoch && m_snapshot->seq == seq) {
            *reused = true;
            return m_snapshot;
        }
    }
    // One thread builds while the others wait for its result, rather than every worker thread
    // reading and indexing the whole territory at once after a change.
    QMutexLocker building(&m_building);
    {
        QMutexLocker lock(&m_mutex);
        if (m_snapshot && m_snapshot->epoch == epoch && m_snapshot->seq >= seq) {
            *reused = true;
            return m_snapshot;
        }
    }
    *reused = false;
    std::shared_ptr<const Snapshot> fresh = readSnapshot(epoch, seq);
    QMutexLocker lock(&m_mutex);
    if (!m_snapshot || m_snapshot->epoch != epoch || m_snapshot->seq <= seq)
        m_snapshot = fresh;
    return fresh;
}

std::shared_ptr<const CandidateService::Snapshot>
CandidateService::readSnapshot(const QString &epoch, qint64 seq) const
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->epoch = epoch;
    snapshot->seq = seq;
    QList<domain::StaffMember> staff;
    for (const StoredRecord &record : m_records.list(entity::staff)) {
        if (auto member = domain::StaffMember::fromJson(record.data))
            staff.append(std::move(member).value());
    }
    QList<domain::AvailabilitySlot> availability;
    for (const StoredRecord &record : m_records.list(entity::availability)) {
        if (auto slot = domain::AvailabilitySlot::fromJson(record.data))
            availability.append(std::move(slot).value());
    }
    // Where each request takes place, and whose beneficiary it is, for the contracts below.
    QHash<QString, std::pair<domain::GeoPoint, QString>> requests;
    for (const StoredRecord &record : m_records.list(entity::request)) {
        const QJsonObject point = record.data.value(QStringLiteral("mission_location")).toObject();
        requests.insert(
            record.id,
            { domain::GeoPoint { point.value(QStringLiteral("lat")).toDouble(qQNaN()),
                                 point.value(QStringLiteral("lon")).toDouble(qQNaN()) },
              beneficiaryKey(record.structureId,
                             record.data.value(QStringLiteral("beneficiary_ref")).toString()) });
    }
    // Fairness between structures: a structure was last chosen when one of its proposals was last
    // accepted, which is when its latest contract was made. Contracts also commit their workers
    // (with the mission's place, for the travel to and from it), weigh on their recent load, and
    // tell who already came to a beneficiary.
    QHash<QString, QDateTime> lastChosen;
    QList<matching::Commitment> commitments;
    for (const StoredRecord &record : m_records.list(entity::contract)) {
        const QDateTime created
            = domain::instantFromJson(record.data.value(QStringLiteral("created_at")).toString());
        QDateTime &latest = lastChosen[record.structureId];
        if (created.isValid() && (!latest.isValid() || created > latest))
            latest = created;
        const QString staffId = record.data.value(QStringLiteral("staff_id")).toString();
        const auto where = requests.value(record.parentId);
        if (!where.second.isEmpty() && !staffId.isEmpty())
            snapshot->workersByBeneficiary[where.second].insert(staffId);
        const bool running = record.data.value(QStringLiteral("status")).toString() != u"ended";
        for (const QJsonValue &item :
             record.data.value(QStringLiteral("interventions")).toArray()) {
            matching::Commitment commitment;
            commitment.staffId = staffId;
            commitment.range = { domain::instantFromJson(item[QStringLiteral("start")].toString()),
                                 domain::instantFromJson(item[QStringLiteral("end")].toString()) };
            commitment.location = where.first;
            snapshot->replacements.append(commitment);
            if (running) {
                commitments.append(commitment);
                if (commitment.location.isValid())
                    ++snapshot->placedCommitmentCount;
            }
        }
    }
    for (const StoredRecord &record : m_records.list(entity::structure)) {
        matching::LendingStructure structure;
        structure.id = record.id;
        structure.name = record.data.value(QStringLiteral("name")).toString();
        structure.sharesStaff = record.data.value(QStringLiteral("shares_staff")).toBool(true);
        structure.lastChosenAt = lastChosen.value(record.id);
        snapshot->structures.insert(structure.id, structure);
    }
    snapshot->slotCount = int(availability.size());
    snapshot->commitmentCount = int(commitments.size());
    snapshot->index = matching::MatchIndex(staff, availability, commitments);
    return snapshot;
}

ApiReply CandidateService::candidates(const Caller &caller, const QString &requestId,
                                      bool includeOwnStaff)
{
    const QString id = requestId.toLower();
    const auto record
        = QUuid::fromString(id).isNull() ? std::nullopt : m_records.get(entity::request, id);
    if (!record || record->deleted)
        return ApiError::notFound(QStringLiteral("There is no request with this id."),
                                  QStringLiteral("id"));
    if (record->structureId != caller.structureId && !caller.isAdmin())
        return ApiError::forbidden(QStringLiteral("Only the structure that posted the request sees "
                                                  "its ranked candidates."));
    const auto request = domain::ReplacementRequest::fromJson(record->data);
    if (!request)
        return ApiError {
            500,
            QStringLiteral("internal"),
            QStringLiteral("The stored request cannot be read: %1").arg(request.error().toString()),
            {},
            0
        };

    bool reused = false;
    const std::shared_ptr<const Snapshot> data = snapshot(&reused);
    matching::MatchOptions options;
    options.structures = data->structures;
    options.includeOwnStaff = includeOwnStaff;
    options.now = QDateTime::currentDateTimeUtc();
    // Fairness between workers: their replacement work over the last weeks and already booked.
    options.recentLoadMinutes = matching::recentLoadFrom(data->replacements, options.now);
    // Continuity: who already came to this beneficiary through Relève.
    options.previousWorkerIds = data->workersByBeneficiary.value(
        beneficiaryKey(request->structureId, request->beneficiaryRef));
    QJsonObject routing { { QStringLiteral("service"), QStringLiteral("none") } };
    if (m_router) {
        const QList<geo::TravelPair> pairs = data->index.travelPairs(*request, options);
        const Router::Measured measured = m_router->measure(pairs);
        options.routes = measured.matrix;
        routing = QJsonObject {
            { QStringLiteral("service"), QStringLiteral("osrm") },
            { QStringLiteral("url"),
              m_router->settings().osrmUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) },
            { QStringLiteral("profile"), m_router->settings().profile },
            { QStringLiteral("pairs"), int(pairs.size()) },
            { QStringLiteral("measured"), int(measured.matrix.size()) },
            { QStringLiteral("requests_sent"), measured.requestsSent },
            { QStringLiteral("unmeasured"), measured.unmeasured },
        };
        if (!measured.error.isEmpty()) {
            routing.insert(QStringLiteral("error"), measured.error);
            qCWarning(lcCandidates).noquote()
                << "routing:" << measured.error << "; the straight-line estimate is used for"
                << measured.unmeasured << "journeys";
        }
    }
    const matching::MatchResult result = data->index.rank(*request, options);

    // Defence in depth: whatever the engine writes, no identity or home leaves for another
    // structure, nor an exact distance.
    QJsonObject body = result.toJson(false);
    QJsonArray candidates;
    QJsonArray ranked;
    QJsonArray rankedDetails; // for the audit: each candidate's place, what it covers, and why
    QJsonArray excluded; // for the audit only: why each other worker was not retained
    for (const matching::Exclusion &exclusion : result.excluded)
        excluded.append(QJsonObject { { QStringLiteral("staff_id"), exclusion.staffId },
                                      { QStringLiteral("code"), exclusion.code } });
    for (const matching::Candidate &candidate : result.candidates) {
        QJsonObject item = candidate.toJson(false);
        for (const QString &field : domain::StaffMember::privateFields())
            item.remove(field);
        item.remove(QStringLiteral("distance_km"));
        item.remove(QStringLiteral("travel_minutes"));
        candidates.append(item);
        ranked.append(candidate.staffId);
        rankedDetails.append(QJsonObject {
            { QStringLiteral("staff_id"), candidate.staffId },
            { QStringLiteral("structure_id"), candidate.structureId },
            { QStringLiteral("rank"), candidate.rank },
            { QStringLiteral("covered_intervention_ids"),
              QJsonArray::fromStringList(candidate.coveredInterventionIds) },
            { QStringLiteral("unreachable_intervention_ids"),
              QJsonArray::fromStringList(candidate.unreachableInterventionIds) },
            { QStringLiteral("distance_band"), candidate.distanceBand },
            { QStringLiteral("distance_km"), std::round(candidate.distanceKm * 10) / 10 },
            { QStringLiteral("travel_minutes"), candidate.travelMinutes },
            { QStringLiteral("travel_source"), travelSourceName(candidate.travelSource) },
            { QStringLiteral("came_before"), candidate.cameBefore },
            { QStringLiteral("recent_load_minutes"), candidate.recentLoadMinutes },
            { QStringLiteral("availability_confirmed_at"),
              item.value(QStringLiteral("availability_confirmed_at")) },
            { QStringLiteral("availability_stale"), candidate.availabilityStale },
            { QStringLiteral("reason_codes"), item.value(QStringLiteral("reason_codes")) } });
    }
    body.insert(QStringLiteral("candidates"), candidates);
    body.insert(QStringLiteral("cover"), QJsonArray::fromStringList(result.cover));
    body.insert(QStringLiteral("uncovered_intervention_ids"),
                QJsonArray::fromStringList(result.uncoveredInterventionIds));
    body.insert(QStringLiteral("request_id"), record->id);
    body.insert(QStringLiteral("ranked_at"), domain::instantToJson(options.now));

    // The audit keeps what the ranking was computed from and what it gave: with the data version,
    // the stored records themselves can be told apart from later edits.
    QStringList previous(options.previousWorkerIds.cbegin(), options.previousWorkerIds.cend());
    previous.sort();
    // The recent load of the workers it was compared between (the others' does not bear on it).
    QJsonObject load;
    for (const matching::Candidate &candidate : result.candidates) {
        if (const int minutes = options.recentLoadMinutes.value(candidate.staffId))
            load.insert(candidate.staffId, minutes);
    }
    QJsonObject lastChosen;
    for (const matching::LendingStructure &structure : std::as_const(options.structures)) {
        if (structure.lastChosenAt.isValid())
            lastChosen.insert(structure.id, domain::instantToJson(structure.lastChosenAt));
    }
    Transaction transaction(m_storage);
    m_audit.record(
        caller, QStringLiteral("rank"), entity::request + u'/' + record->id,
        { { QStringLiteral("inputs"),
            QJsonObject {
                { QStringLiteral("request_version"), record->version },
                { QStringLiteral("data_version"),
                  QString(data->epoch + u'.' + QString::number(data->seq)) },
                { QStringLiteral("index"),
                  reused ? QStringLiteral("reused") : QStringLiteral("built") },
                { QStringLiteral("staff"), int(data->index.staffCount()) },
                { QStringLiteral("slots"), data->slotCount },
                { QStringLiteral("commitments"), data->commitmentCount },
                { QStringLiteral("placed_commitments"), data->placedCommitmentCount },
                { QStringLiteral("previous_workers"), int(previous.size()) },
                { QStringLiteral("previous_worker_ids"), QJsonArray::fromStringList(previous) },
                { QStringLiteral("recent_load_minutes"), load },
                { QStringLiteral("load_window_days"), matching::loadWindowDays },
                { QStringLiteral("structures"), int(options.structures.size()) },
                { QStringLiteral("structures_last_chosen_at"), lastChosen },
                { QStringLiteral("include_own_staff"), includeOwnStaff },
                { QStringLiteral("required_skills"),
                  QJsonArray::fromStringList(request->requiredSkills) },
                { QStringLiteral("radius_km"), request->radiusKm },
                { QStringLiteral("interventions"),
                  record->data.value(QStringLiteral("interventions")) },
                { QStringLiteral("travel"),
                  QJsonObject {
                      { QStringLiteral("road_factor"), options.travel.roadFactor },
                      { QStringLiteral("average_speed_kmh"), options.travel.averageSpeedKmh },
                      { QStringLiteral("routing"), routing } } },
                { QStringLiteral("now"), domain::instantToJson(options.now) } } },
          { QStringLiteral("ranked_staff_ids"), ranked },
          { QStringLiteral("ranking"), rankedDetails },
          { QStringLiteral("excluded"), excluded },
          { QStringLiteral("cover"), QJsonArray::fromStringList(result.cover) },
          { QStringLiteral("cover_is_exact"), result.coverIsExact },
          { QStringLiteral("uncovered_intervention_ids"),
            QJsonArray::fromStringList(result.uncoveredInterventionIds) } });
    transaction.commit();
    return body;
}

} // namespace releve::server

#include "syncengine.h"

#include "apiclient.h"
#include "core/store/clock.h"
#include "core/store/localstore.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace releve::sync {

using domain::Error;
using store::LocalStore;
using store::OutboxEntry;

namespace {
const QString lastSyncKey = u"last_sync"_s;
} // namespace

class SyncEngine::Private
{
public:
    Private(SyncEngine *engine, LocalStore *s, ApiClient *a)
        : q(engine)
        , store(s)
        , api(a)
    { }

    SyncEngine *q;
    LocalStore *store;
    ApiClient *api;
    Timing timing;

    State state = State::Idle;
    QString lastError;
    QDateTime lastSync;
    qint64 clockOffsetMs = 0;

    bool running = false;
    bool again = false;
    bool autoSync = false;
    quint64 generation = 0; // answers of an abandoned cycle are ignored
    int failures = 0;
    int retryDelay = 0;
    // Per cycle.
    bool rotated = false;
    bool resynced = false;
    QSet<qint64> attempted; // seqs pushed in this cycle: each at most once per cycle
    int pushed = 0;
    int pushTotal = 0;
    int pulled = 0;
    int rounds = 0;

    QTimer retryTimer;
    QTimer pollTimer;
    QTimer debounceTimer;
    QTimer watchdogTimer;
    QElapsedTimer sinceProgress;

    void setState(State newState)
    {
        if (state == newState)
            return;
        state = newState;
        emit q->stateChanged(state);
    }
    void progressed() { sinceProgress.restart(); }
    void measureClock(const ApiReply *reply)
    {
        if (reply->serverDate().isValid())
            clockOffsetMs = store::Clock::currentDateTimeUtc().msecsTo(reply->serverDate());
    }

    void startCycle();
    void push();
    void onPushed(quint64 cycle, const QList<OutboxEntry> &batch, ApiReply *reply);
    void pull();
    void pullFrom(const QString &cursor);
    void onPulled(quint64 cycle, ApiReply *reply);
    // A page read from the feed, waiting to be written to the cache.
    struct Page
    {
        QList<LocalStore::Change> changes;
        QString cursor;
        bool hasMore = false;
        int remaining = -1; // -1: the server did not say
    };
    void applyPulled(const Page &page);
    void succeed();
    void fail(State failState, const QString &message, int retryAfterSeconds);
    void failWith(const ApiReply *reply);
    void scheduleRetry(int retryAfterSeconds);
    void onWatchdog();
    bool hasUncarried() const
    {
        const QList<OutboxEntry> waiting = store->outbox({ u"pending"_s, u"sent"_s });
        return std::any_of(waiting.cbegin(), waiting.cend(),
                           [this](const OutboxEntry &e) { return !attempted.contains(e.seq); });
    }
    static QString heldMessage(int count)
    {
        return SyncEngine::tr(
            "The server no longer has %n record(s) that this computer shows (it may have "
            "been restored from an older backup). Nothing was removed; confirm to remove "
            "them here too, or ask your platform administrator first. Your own changes "
            "are kept and still sent.",
            nullptr, count);
    }
};

void SyncEngine::Private::startCycle()
{
    if (running) {
        again = true;
        return;
    }
    if (!store->isOpen())
        return;
    running = true;
    again = false;
    ++generation;
    rotated = false;
    resynced = false;
    attempted.clear();
    pushed = 0;
    pulled = 0;
    rounds = 0;
    pushTotal = store->outbox({ u"pending"_s, u"sent"_s }).size();
    retryTimer.stop();
    retryDelay = 0;
    progressed();
    setState(State::Syncing);
    push();
}

void SyncEngine::Private::push()
{
    // Pending and sent entries, in seq order: a sent entry whose answer was lost is sent again
    // with the same mutation_id and seq, and the server answers it from its record.
    QList<OutboxEntry> batch;
    const QList<OutboxEntry> waiting = store->outbox({ u"pending"_s, u"sent"_s });
    for (const OutboxEntry &entry : waiting) {
        if (attempted.contains(entry.seq))
            continue;
        batch.append(entry);
        if (batch.size() >= timing.batchSize)
            break;
    }
    if (batch.isEmpty()) {
        pull();
        return;
    }
    QJsonArray mutations;
    QList<qint64> seqs;
    for (const OutboxEntry &entry : std::as_const(batch)) {
        mutations.append(entry.toMutationJson());
        seqs.append(entry.seq);
        attempted.insert(entry.seq);
    }
    pushTotal = std::max(pushTotal, pushed + int(waiting.size()));
    store->markSent(seqs);
    qCDebug(lcSync) << "pushing" << batch.size() << "mutation(s) from seq" << seqs.first();
    ApiReply *reply = api->pushMutations(store->clientId(), mutations);
    const quint64 cycle = generation;
    QObject::connect(reply, &ApiReply::finished, q,
                     [this, cycle, batch, reply] { onPushed(cycle, batch, reply); });
}

void SyncEngine::Private::onPushed(quint64 cycle, const QList<OutboxEntry> &batch, ApiReply *reply)
{
    if (cycle != generation)
        return;
    measureClock(reply);
    if (!reply->ok()) {
        if (reply->httpStatus() == 409 && reply->error().code == u"client_state_mismatch"_s
            && !rotated) {
            // This cache was restored from an old copy: a new identity, and every entry is
            // numbered again so none is skipped as a duplicate.
            qCWarning(lcSync) << "client state mismatch: new client id";
            rotated = true;
            store->rotateClientId();
            attempted.clear();
            push();
            return;
        }
        failWith(reply);
        return;
    }
    QHash<QString, OutboxEntry> byMutation;
    for (const OutboxEntry &entry : batch)
        byMutation.insert(entry.mutationId, entry);
    const QJsonArray results = reply->json().value(u"results"_s).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const auto found = byMutation.constFind(result.value(u"mutation_id"_s).toString());
        if (found == byMutation.cend())
            continue;
        const OutboxEntry &entry = *found;
        const QString status = result.value(u"status"_s).toString();
        const qint64 version = result.value(u"version"_s).toInteger();
        if (status == u"applied"_s) {
            store->markApplied(entry.seq, version);
        } else if (status == u"conflict"_s) {
            if (store->markConflict(entry.seq, result.value(u"record"_s).toObject(), version))
                emit q->conflictReported(entry.entity, entry.recordId);
        } else if (status == u"rejected"_s) {
            Error error = Error::fromJson(result.value(u"error"_s).toObject());
            if (error.code.isEmpty())
                error.code = u"rejected"_s;
            if (error.message.isEmpty())
                error.message = SyncEngine::tr("The server refused this change.");
            store->markRejected(entry.seq, error);
            emit q->rejectionReported(entry.entity, entry.recordId, error.toString());
        } else {
            qCWarning(lcSync) << "unknown mutation status" << status;
            continue;
        }
        ++pushed;
    }
    progressed();
    emit q->progressChanged(pushed, pushTotal);
    push();
}

void SyncEngine::Private::pull()
{
    pullFrom(store->cursor());
}

void SyncEngine::Private::pullFrom(const QString &cursor)
{
    ApiReply *reply = api->changes(cursor, timing.pageSize);
    const quint64 cycle = generation;
    QObject::connect(reply, &ApiReply::finished, q,
                     [this, cycle, reply] { onPulled(cycle, reply); });
}

void SyncEngine::Private::onPulled(quint64 cycle, ApiReply *reply)
{
    // An answer of an abandoned cycle, or a page asked for ahead of one that could not be
    // written (the cycle failed meanwhile): ignored.
    if (cycle != generation || !running)
        return;
    measureClock(reply);
    if (reply->httpStatus() == 410 && !resynced) {
        // Cursor older than the tombstone horizon, or the server was restored: everything is
        // fetched again; the outbox is kept. A page still waiting to be written is dropped with
        // its cycle's generation: it comes from the feed the server no longer has.
        qCWarning(lcSync) << "the server asks for a full resync";
        ++generation;
        resynced = true;
        store->resetForResync();
        // Acknowledged entries are sent again after the full pull (a restored server lost
        // them; one that was not answers them from its record).
        attempted.clear();
        pull();
        return;
    }
    if (!reply->ok()) {
        failWith(reply);
        return;
    }
    const QJsonObject json = reply->json();
    Page page;
    const QJsonArray array = json.value(u"changes"_s).toArray();
    page.changes.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        LocalStore::Change change;
        change.entity = object.value(u"entity"_s).toString();
        change.id = object.value(u"id"_s).toString();
        change.version = object.value(u"version"_s).toInteger();
        change.deleted = object.value(u"deleted"_s).toBool();
        change.data = object.value(u"data"_s).toObject();
        if (!change.entity.isEmpty() && !change.id.isEmpty())
            page.changes.append(change);
    }
    page.hasMore = json.value(u"has_more"_s).toBool();
    page.cursor = json.value(u"cursor"_s).toString();
    // "remaining" (an upper bound when flagged as an estimate) makes the bar determinate.
    page.remaining = json.value(u"remaining"_s).toInt(page.hasMore ? -1 : 0);
    // The next page is asked for before this one is written, so the server prepares it while
    // the cache writes this one. The write is queued behind the request's start (QNetworkAccess-
    // Manager starts requests from the event loop), and pages are written in the order they
    // arrived, each with its cursor in one transaction.
    if (page.hasMore && !page.cursor.isEmpty())
        pullFrom(page.cursor);
    QMetaObject::invokeMethod(
        q,
        [this, cycle, page = std::move(page)] {
            if (cycle == generation && running)
                applyPulled(page);
        },
        Qt::QueuedConnection);
}

void SyncEngine::Private::applyPulled(const Page &page)
{
    const auto applied = store->applyPage(page.changes, page.cursor, !page.hasMore);
    if (!applied) {
        fail(State::Error, applied.error().message, 0);
        return;
    }
    pulled += int(page.changes.size());
    progressed();
    emit q->progressChanged(pulled, page.remaining >= 0 ? pulled + page.remaining : 0);
    if (page.hasMore && page.cursor.isEmpty()) {
        fail(State::Error, SyncEngine::tr("The server's answer could not be understood."), 0);
        return;
    }
    if (page.hasMore)
        return; // the next page was asked for when this one arrived
    // Entries this cycle has not carried yet (sent again after a resync, what a restored server
    // lost, a change made meanwhile) go out in the same cycle, a few rounds at most.
    if (rounds < 3 && hasUncarried()) {
        ++rounds;
        push();
        return;
    }
    succeed();
}

void SyncEngine::Private::succeed()
{
    // Entries this cycle did not carry: another cycle follows.
    again = again || hasUncarried();
    if (const int held = store->heldRemovalCount(); held > 0) {
        running = false;
        lastError = heldMessage(held);
        setState(State::NeedsConfirmation);
        emit q->syncFinished(true);
        emit q->removalConfirmationNeeded(held);
        if (again)
            QTimer::singleShot(0, q, [this] { startCycle(); });
        return;
    }
    running = false;
    failures = 0;
    lastError.clear();
    lastSync = store::Clock::currentDateTimeUtc();
    store->setValue(lastSyncKey, lastSync.toString(Qt::ISODate));
    setState(State::Idle);
    qCDebug(lcSync) << "sync cycle done; pending" << store->pendingCount();
    emit q->syncFinished(true);
    // A change made during the cycle, or one it could not carry yet: another cycle.
    if (again)
        QTimer::singleShot(0, q, [this] { startCycle(); });
}

void SyncEngine::Private::failWith(const ApiReply *reply)
{
    const Error &error = reply->error();
    const int status = reply->httpStatus();
    if (status == 401) {
        fail(State::NeedsPassword,
             SyncEngine::tr("Your session has ended. Sign in again to send your changes; they "
                            "are kept on this computer."),
             0);
    } else if (status == 0 || status == 503 || status == 502 || status == 504) {
        const QString reason = status == 0 ? error.message
                                           : SyncEngine::tr("The server is temporarily "
                                                            "unavailable.");
        fail(State::Offline,
             SyncEngine::tr("%1 Your changes are kept on this computer and will be sent when the "
                            "server can be reached.")
                 .arg(reason),
             reply->retryAfterSeconds());
    } else {
        fail(State::Error,
             SyncEngine::tr("The server refused to synchronise (%1). Your changes are kept on "
                            "this computer; synchronisation will be tried again.")
                 .arg(error.toString()),
             reply->retryAfterSeconds());
    }
}

void SyncEngine::Private::fail(State failState, const QString &message, int retryAfterSeconds)
{
    running = false;
    ++failures;
    lastError = message;
    qCInfo(lcSync) << "sync cycle failed:" << failState << "attempt" << failures;
    setState(failState);
    emit q->syncFinished(false);
    if (failState != State::NeedsPassword)
        scheduleRetry(retryAfterSeconds);
}

// Exponential back-off with jitter, 1 s doubling up to 60 s, unless the server said when
// (Retry-After). Without auto sync, a failed cycle waits for the next syncNow().
void SyncEngine::Private::scheduleRetry(int retryAfterSeconds)
{
    if (!autoSync && !again)
        return;
    int delay = 0;
    if (retryAfterSeconds > 0) {
        delay = retryAfterSeconds * 1000 + QRandomGenerator::global()->bounded(250);
    } else {
        const qint64 exponential = qint64(timing.backoffBaseMs) << std::min(failures - 1, 20);
        const int ceiling = int(std::min<qint64>(exponential, timing.backoffCapMs));
        // "Equal jitter": half fixed, half random, so clients that failed together spread out.
        delay = ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    }
    retryDelay = delay;
    retryTimer.start(delay);
}

void SyncEngine::Private::onWatchdog()
{
    if (!store->isOpen() || state == State::NeedsPassword || store->pendingCount() == 0)
        return;
    if (sinceProgress.isValid() && sinceProgress.elapsed() < timing.watchdogMs)
        return;
    if (!running && retryTimer.isActive())
        return; // backing off on purpose
    if (!running && !autoSync)
        return;
    qCWarning(lcSync) << "sync loop made no progress with pending changes; restarting it";
    ++generation; // the hung cycle's answers, if they ever come, are ignored
    running = false;
    emit q->watchdogFired();
    startCycle();
}

SyncEngine::SyncEngine(store::LocalStore *store, ApiClient *api, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, store, api))
{
    d->lastSync = QDateTime::fromString(store->value(lastSyncKey), Qt::ISODate);
    d->retryTimer.setSingleShot(true);
    d->debounceTimer.setSingleShot(true);
    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->startCycle(); });
    connect(&d->debounceTimer, &QTimer::timeout, this, [this] { syncNow(); });
    connect(&d->pollTimer, &QTimer::timeout, this, [this] {
        if (!d->retryTimer.isActive() && d->state != State::NeedsPassword)
            d->startCycle();
    });
    connect(&d->watchdogTimer, &QTimer::timeout, this, [this] { d->onWatchdog(); });
    // Signed in again after a failed refresh: carry on where it stopped.
    connect(api, &ApiClient::accessTokenChanged, this, [this] {
        if (d->state == State::NeedsPassword && d->api->hasAccessToken())
            QTimer::singleShot(0, this, [this] { d->startCycle(); });
    });
    connect(store, &store::LocalStore::changeQueued, this, [this] {
        if (d->autoSync && d->state != State::NeedsPassword)
            d->debounceTimer.start(d->timing.debounceMs);
    });
    d->sinceProgress.start();
    d->watchdogTimer.start(std::max(1000, d->timing.watchdogMs / 4));
}

SyncEngine::~SyncEngine() = default;

SyncEngine::State SyncEngine::state() const
{
    return d->state;
}

QString SyncEngine::lastError() const
{
    return d->lastError;
}

QDateTime SyncEngine::lastSuccessfulSync() const
{
    return d->lastSync;
}

int SyncEngine::pendingCount() const
{
    return d->store->pendingCount();
}

bool SyncEngine::isRunning() const
{
    return d->running;
}

bool SyncEngine::isAutoSync() const
{
    return d->autoSync;
}

void SyncEngine::setTiming(const Timing &timing)
{
    d->timing = timing;
    d->timing.batchSize = std::clamp(timing.batchSize, 1, 100);
    d->timing.pageSize = std::max(1, timing.pageSize);
    d->watchdogTimer.start(std::max(100, d->timing.watchdogMs / 4));
    if (d->pollTimer.isActive())
        d->pollTimer.start(d->timing.pollMs);
}

SyncEngine::Timing SyncEngine::timing() const
{
    return d->timing;
}

qint64 SyncEngine::serverClockOffsetMs() const
{
    return d->clockOffsetMs;
}

QDateTime SyncEngine::serverNow() const
{
    return store::Clock::currentDateTimeUtc().addMSecs(d->clockOffsetMs);
}

int SyncEngine::heldRemovalCount() const
{
    return d->store->heldRemovalCount();
}

bool SyncEngine::confirmRemoval()
{
    const auto done = d->store->confirmHeldRemoval();
    if (!done) {
        d->lastError = done.error().message;
        d->setState(State::Error);
        return false;
    }
    if (d->state == State::NeedsConfirmation) {
        d->lastError.clear();
        d->setState(State::Idle);
    }
    d->startCycle(); // what the restored server lost of this structure's records goes out
    return true;
}

int SyncEngine::retryDelayMs() const
{
    return d->retryTimer.isActive() ? d->retryDelay : 0;
}

void SyncEngine::syncNow()
{
    d->startCycle();
}

void SyncEngine::setAutoSync(bool enabled)
{
    d->autoSync = enabled;
    if (enabled) {
        d->pollTimer.start(d->timing.pollMs);
        syncNow();
    } else {
        d->pollTimer.stop();
        d->debounceTimer.stop();
        d->retryTimer.stop();
    }
}

} // namespace releve::sync

// Keeps a LocalStore in step with the server: pushes the outbox in order and in batches, pulls
// the change feed with its cursor, retries with back-off, and reports its state in plain words
// (DESIGN.md, "Client ↔ server"). Never blocks the caller: everything is signals.
#pragma once

#include <QDateTime>
#include <QObject>

#include <memory>

namespace releve::store {
class LocalStore;
}

namespace releve::sync {

class ApiClient;

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // Offline: the server is out of reach or temporarily unavailable (503); retried with
    // back-off. NeedsPassword: the token refresh failed; nothing is retried until the ApiClient
    // gets a new access token (the Session signed in again) or syncNow(). Error: the server
    // refused the request itself, or the cache could not be written; retried with back-off.
    // NeedsConfirmation: a full resync would remove more cached records than the store's guard
    // allows (a server restored from the wrong backup?); nothing was removed, sync goes on, and
    // lastError() says so until confirmRemoval().
    enum class State { Idle, Syncing, Offline, NeedsPassword, Error, NeedsConfirmation };
    Q_ENUM(State)

    // Defaults follow DESIGN.md; tests shorten them.
    struct Timing
    {
        int debounceMs = 2000; // after a local change
        int pollMs = 60000; // periodic pull
        int backoffBaseMs = 1000; // first retry; doubles, with jitter
        int backoffCapMs = 60000;
        int watchdogMs = 120000; // pending changes and no progress for this long: restart
        int batchSize = 100; // mutations per push (the server's maximum)
        int pageSize = 1000; // changes per pull page (the server's maximum: fewer round trips)
    };

    SyncEngine(store::LocalStore *store, ApiClient *api, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const;
    QString lastError() const; // plain words, empty when none
    QDateTime lastSuccessfulSync() const;
    int pendingCount() const;
    bool isRunning() const; // a cycle is under way
    bool isAutoSync() const;
    void setTiming(const Timing &timing);
    Timing timing() const;
    // The server's clock minus this computer's, measured from the answers' Date header; "today"
    // and deadlines use serverNow(), never the local clock alone.
    qint64 serverClockOffsetMs() const;
    QDateTime serverNow() const;
    // The delay before the next automatic retry, 0 when none is planned.
    int retryDelayMs() const;
    // Records a full resync would remove and that wait for a person (0 when none).
    int heldRemovalCount() const;
    // The person agreed: the held records are removed from this computer. False (and
    // lastError()) when the cache could not be written.
    bool confirmRemoval();

    // Starts one push+pull cycle now; returns at once. While one runs, another follows it (a
    // change made during a cycle is never left behind).
    void syncNow();
    // Syncs periodically and after every local change, with back-off on failure.
    void setAutoSync(bool enabled);

signals:
    void stateChanged(releve::sync::SyncEngine::State state);
    void progressChanged(int done, int total); // for a progress bar during long syncs
    void syncFinished(bool ok); // one cycle ended
    void conflictReported(const QString &entity, const QString &recordId);
    void rejectionReported(const QString &entity, const QString &recordId, const QString &reason);
    void watchdogFired(); // a loop with pending changes made no progress and was restarted
    void removalConfirmationNeeded(int count); // see State::NeedsConfirmation

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace releve::sync

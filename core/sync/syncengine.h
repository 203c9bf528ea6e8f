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
    enum class State { Idle, Syncing, Offline, NeedsPassword, Error };
    Q_ENUM(State)

    SyncEngine(store::LocalStore *store, ApiClient *api, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const;
    QString lastError() const; // plain words, empty when none
    QDateTime lastSuccessfulSync() const;
    int pendingCount() const;

    // Starts one push+pull cycle now (no-op when one runs); returns at once.
    void syncNow();
    // Syncs periodically and after every local change, with back-off on failure.
    void setAutoSync(bool enabled);

signals:
    void stateChanged(releve::sync::SyncEngine::State state);
    void progressChanged(int done, int total); // for a progress bar during long syncs
    void syncFinished(bool ok); // one cycle ended
    void conflictReported(const QString &entity, const QString &recordId);
    void rejectionReported(const QString &entity, const QString &recordId, const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace releve::sync

// Secrets (the session's tokens) kept in the OS keychain through QtKeychain's asynchronous jobs,
// or only in this process's memory for the demo and tests. Keys are scoped per server and login
// (after ownCloud's CredentialManager); nothing secret ever reaches QSettings or the cache.
#pragma once

#include "core/domain/error.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

namespace releve::sync {

class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Keychain, Memory };
    Q_ENUM(Backend)

    static QString serviceName(); // "Relève"

    explicit CredentialStore(Backend backend = Backend::Keychain, QObject *parent = nullptr);
    Backend backend() const { return m_backend; }

    // "<login>@<server URL without user info or trailing slash>".
    static QString keyFor(const QUrl &server, const QString &login);

    // Each call answers once, later, through its handler (skipped if context is destroyed).
    // read: the secret, or an error ("not_found" when there is none, "keychain" otherwise).
    using ReadHandler = std::function<void(const domain::Result<QString> &)>;
    using DoneHandler = std::function<void(const domain::Error &)>; // a null error on success
    void read(const QString &key, QObject *context, ReadHandler done);
    void write(const QString &key, const QString &secret, QObject *context, DoneHandler done);
    void remove(const QString &key, QObject *context, DoneHandler done); // absent is success

    // A keychain that is not up yet is asked once more after this delay (ownCloud does so).
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret, QObject *context,
             ReadHandler readDone, DoneHandler done, int attempt);

    Backend m_backend;
    QHash<QString, QString> m_memory;
    int m_retryDelayMs = 1000;
};

} // namespace releve::sync

// Accounts and sign-in: Argon2id passwords, opaque bearer tokens (access 1 h, refresh 30 days,
// rotated on refresh, stored only as SHA-256 hashes), and a lock after repeated failures
// (5 failed sign-ins for a login within 15 minutes answer 429 until the oldest leaves the window).
#pragma once

#include "apierror.h"
#include "caller.h"
#include "credentials.h"
#include "recordstore.h"

#include "core/domain/account.h"

#include <optional>

namespace releve::server {

class AuthService
{
public:
    static constexpr int accessTokenSeconds = 3600;
    static constexpr int refreshTokenDays = 30;
    static constexpr int maxFailures = 5;
    static constexpr int lockWindowSeconds = 15 * 60;

    explicit AuthService(const Storage &storage);

    struct NewAccount
    {
        QString id; // a new UUID when empty
        QString structureId;
        QString login;
        QString password;
        QString role;
        QStringList departements;
        QString displayName;
    };
    // Inside a write transaction: checks and stores the account and its `account` record.
    // passwordHash, when given, replaces hashing the password (seed-demo hashes in parallel).
    domain::Result<domain::Account> createAccount(const NewAccount &account,
                                                  const QString &passwordHash = {});
    // Sets a new password and signs the account out everywhere (own transaction).
    domain::Result<bool> resetPassword(const QString &login, const QString &password);

    ApiReply login(const QJsonObject &body);
    ApiReply refresh(const QJsonObject &body);
    ApiReply logout(const Caller &caller);
    // The caller of an "Authorization: Bearer …" header, or nullopt (then 401).
    std::optional<Caller> authenticate(const QByteArray &authorization);
    QJsonObject describe(const Caller &caller) const; // {"account", "structure"}

    // Forgets expired tokens and old sign-in attempts.
    void purgeExpired();

private:
    ApiReply issueTokens(const QString &accountId, const QString &sessionId);
    std::optional<Caller> callerFor(const QString &accountId, const QString &sessionId);
    void recordAttempt(const QString &login, bool success);
    // Seconds until a locked login may try again; 0 when it is not locked.
    int lockedForSeconds(const QString &login) const;

    const Storage &m_storage;
    RecordStore m_records;
};

} // namespace releve::server

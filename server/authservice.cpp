#include "authservice.h"

#include "requestdecoder.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/vocabulary.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace releve::server {

Q_LOGGING_CATEGORY(lcAuth, "releve.server.auth")

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Verifying against this when the login is unknown keeps the answer time the same.
const QString &dummyHash()
{
    static const QString hash = credentials::hashPassword(QStringLiteral("not a real password"));
    return hash;
}

} // namespace

AuthService::AuthService(const Storage &storage)
    : m_storage(storage)
    , m_records(storage)
{ }

domain::Result<domain::Account> AuthService::createAccount(const NewAccount &input,
                                                           const QString &passwordHash)
{
    domain::Account account;
    account.id = input.id.isEmpty() ? domain::newId() : input.id.toLower();
    account.structureId = input.structureId.toLower();
    account.login = input.login.trimmed().toLower();
    account.role = input.role;
    account.departements = input.departements;
    account.displayName = input.displayName.trimmed();

    domain::Errors errors;
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._@-]{1,99}$"));
    if (!loginPattern.match(account.login).hasMatch())
        errors.append({ QStringLiteral("invalid_value"), QStringLiteral("login"),
                        QStringLiteral("must be 2 to 100 characters: letters, digits, . _ @ -") });
    else if (m_storage
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE login = ?"),
                         { account.login })
                 .toInt()
             > 0)
        errors.append({ QStringLiteral("duplicate"), QStringLiteral("login"),
                        QStringLiteral("is already used by another account") });
    if (passwordHash.isEmpty() && input.password.size() < 8)
        errors.append({ QStringLiteral("too_short"), QStringLiteral("password"),
                        QStringLiteral("must have at least 8 characters") });
    if (!domain::vocabulary::roles.contains(account.role))
        errors.append(
            { QStringLiteral("invalid_value"), QStringLiteral("role"),
              QStringLiteral("must be one of: %1").arg(domain::vocabulary::roles.join(u", ")) });
    const auto structure = m_records.get(domain::entity::structure, account.structureId);
    if (!structure || structure->deleted)
        errors.append({ QStringLiteral("not_found"), QStringLiteral("structure_id"),
                        QStringLiteral("is not a structure of this server") });
    if (account.role == u"referent" && account.departements.isEmpty() && structure)
        account.departements = { structure->data.value(QStringLiteral("departement")).toString() };
    if (account.displayName.isEmpty())
        account.displayName = account.login;
    if (!errors.isEmpty())
        return errors;
    const QJsonObject data = domain::entity::normalise(domain::entity::account, account.toJson());
    if (data.isEmpty())
        return domain::entity::validate(domain::entity::account, account.toJson());

    const QString hash
        = passwordHash.isEmpty() ? credentials::hashPassword(input.password) : passwordHash;
    if (hash.isEmpty())
        return domain::Error { QStringLiteral("internal"), QStringLiteral("password"),
                               QStringLiteral("could not be hashed (out of memory)") };
    m_storage.exec(
        QStringLiteral("INSERT INTO accounts (id, structure_id, login, password_hash, role, "
                       "departements, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"),
        { account.id, account.structureId, account.login, hash, account.role,
          account.departements.join(u','), nowMs() });
    m_records.save(domain::entity::account, data);
    return account;
}

domain::Result<bool> AuthService::resetPassword(const QString &login, const QString &password)
{
    if (password.size() < 8)
        return domain::Error { QStringLiteral("too_short"), QStringLiteral("password"),
                               QStringLiteral("must have at least 8 characters") };
    const QString hash = credentials::hashPassword(password);
    Transaction transaction(m_storage);
    const QString accountId = m_storage
                                  .scalar(QStringLiteral("SELECT id FROM accounts WHERE login = ?"),
                                          { login.trimmed().toLower() })
                                  .toString();
    if (accountId.isEmpty())
        return domain::Error { QStringLiteral("not_found"), QStringLiteral("login"),
                               QStringLiteral("no account has this login") };
    m_storage.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                   { hash, accountId });
    m_storage.exec(
        QStringLiteral("UPDATE tokens SET revoked = 1 WHERE account_id = ? AND revoked = 0"),
        { accountId });
    transaction.commit();
    return true;
}

void AuthService::recordAttempt(const QString &login, bool success)
{
    Transaction transaction(m_storage);
    m_storage.exec(
        QStringLiteral("INSERT INTO login_attempts (login, at, success) VALUES (?, ?, ?)"),
        { login, nowMs(), int(success) });
    transaction.commit();
}

int AuthService::lockedForSeconds(const QString &login) const
{
    const qint64 now = nowMs();
    const qint64 windowStart = now - qint64(lockWindowSeconds) * 1000;
    const qint64 lastSuccess
        = m_storage
              .scalar(QStringLiteral("SELECT MAX(at) FROM login_attempts WHERE login = ? AND "
                                     "success = 1"),
                      { login })
              .toLongLong();
    Rows failures = m_storage.exec(
        QStringLiteral("SELECT at FROM login_attempts WHERE login = ? AND success = 0 AND at > ? "
                       "AND at > ? ORDER BY at DESC LIMIT ?"),
        { login, windowStart, lastSuccess, maxFailures });
    QList<qint64> times;
    while (failures.next())
        times.append(failures.value(0).toLongLong());
    if (times.size() < maxFailures)
        return 0;
    // Locked until the oldest of the last five failures leaves the 15-minute window.
    const qint64 unlockAt = times.last() + qint64(lockWindowSeconds) * 1000;
    return int(std::max<qint64>(1, (unlockAt - now + 999) / 1000));
}

ApiReply AuthService::login(const QJsonObject &body)
{
    const auto decoded = decode::loginBody(body);
    if (const auto *error = std::get_if<ApiError>(&decoded))
        return *error;
    const QString login = std::get<decode::LoginBody>(decoded).login;
    const QString password = std::get<decode::LoginBody>(decoded).password;

    if (const int wait = lockedForSeconds(login); wait > 0) {
        const QDateTime retryAt = QDateTime::currentDateTimeUtc().addSecs(wait);
        ApiError error { 429,
                         QStringLiteral("too_many_attempts"),
                         QStringLiteral(
                             "Too many failed sign-ins for \"%1\": sign-in is locked for "
                             "%2 more minute(s). Try again after %3 (UTC), or ask your "
                             "administrator to reset the password.")
                             .arg(login)
                             .arg((wait + 59) / 60)
                             .arg(retryAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         {},
                         wait };
        return error;
    }

    Rows query = m_storage.exec(
        QStringLiteral("SELECT id, password_hash, disabled FROM accounts WHERE login = ?"),
        { login });
    const bool found = query.next();
    const QString accountId = found ? query.value(0).toString() : QString();
    const QString hash = found ? query.value(1).toString() : dummyHash();
    const bool disabled = found && query.value(2).toInt() != 0;
    query.finish();
    const bool verified = credentials::verifyPassword(hash, password) && found;
    if (!verified) {
        recordAttempt(login, false);
        const int left = maxFailures
            - m_storage
                  .scalar(QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE login = ? "
                                         "AND success = 0 AND at > ? AND at > COALESCE((SELECT "
                                         "MAX(at) FROM login_attempts WHERE login = ? AND "
                                         "success = 1), 0)"),
                          { login, nowMs() - qint64(lockWindowSeconds) * 1000, login })
                  .toInt();
        const QString next = left > 0
            ? QStringLiteral("%1 attempt(s) left before sign-in is locked for 15 minutes.")
                  .arg(left)
            : QStringLiteral("Sign-in is now locked for 15 minutes.");
        return ApiError::unauthorized(
            QStringLiteral("Wrong login or password. Check both (passwords are case-sensitive) "
                           "and try again. %1")
                .arg(next));
    }
    if (disabled)
        return ApiError::forbidden(QStringLiteral(
            "This account is disabled. Ask your platform administrator to enable it."));
    recordAttempt(login, true);
    if (credentials::needsRehash(hash)) {
        const QString upgraded = credentials::hashPassword(password);
        if (!upgraded.isEmpty()) {
            Transaction transaction(m_storage);
            m_storage.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                           { upgraded, accountId });
            transaction.commit();
        }
    }
    qCInfo(lcAuth) << "signed in:" << login;
    return issueTokens(accountId, domain::newId());
}

ApiReply AuthService::issueTokens(const QString &accountId, const QString &sessionId)
{
    const QString access = credentials::newToken();
    const QString refresh = credentials::newToken();
    const qint64 now = nowMs();
    Transaction transaction(m_storage);
    const QString insert = QStringLiteral("INSERT INTO tokens (token_hash, account_id, session_id, "
                                          "kind, expires_at, revoked, created_at) VALUES (?, ?, ?, "
                                          "?, ?, 0, ?)");
    m_storage.exec(insert,
                   { credentials::tokenHash(access), accountId, sessionId, QStringLiteral("access"),
                     now + qint64(accessTokenSeconds) * 1000, now });
    m_storage.exec(insert,
                   { credentials::tokenHash(refresh), accountId, sessionId,
                     QStringLiteral("refresh"), now + qint64(refreshTokenDays) * 24 * 3600 * 1000,
                     now });
    transaction.commit();
    const auto caller = callerFor(accountId, sessionId);
    QJsonObject body { { QStringLiteral("access_token"), access },
                       { QStringLiteral("refresh_token"), refresh },
                       { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                       { QStringLiteral("expires_in"), accessTokenSeconds },
                       { QStringLiteral("refresh_expires_in"), refreshTokenDays * 24 * 3600 } };
    if (caller) {
        const QJsonObject described = describe(*caller);
        for (auto it = described.begin(); it != described.end(); ++it)
            body.insert(it.key(), it.value());
    }
    return body;
}

ApiReply AuthService::refresh(const QJsonObject &body)
{
    domain::JsonReader reader(body);
    const QString token
        = reader.string(QStringLiteral("refresh_token"), domain::JsonReader::Required, 200);
    if (!reader.ok())
        return ApiError::fromDomain(reader.errors().first());
    Rows query = m_storage.exec(
        QStringLiteral("SELECT t.account_id, t.session_id, t.expires_at, t.revoked, a.disabled "
                       "FROM tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = "
                       "? AND t.kind = 'refresh'"),
        { credentials::tokenHash(token) });
    if (!query.next())
        return ApiError::unauthorized(
            QStringLiteral("This refresh token is unknown. Sign in again with your password."));
    const QString accountId = query.value(0).toString();
    const QString sessionId = query.value(1).toString();
    const bool expired = query.value(2).toLongLong() <= nowMs();
    const int revoked = query.value(3).toInt(); // 1: signed out, 2: rotated by a refresh
    const bool disabled = query.value(4).toInt() != 0;
    query.finish();
    if (revoked == 1)
        return ApiError::unauthorized(
            QStringLiteral("This sign-in has ended. Sign in again with your password."));
    if (revoked == 2) {
        // A refresh token used twice was copied: end that whole sign-in.
        Transaction transaction(m_storage);
        m_storage.exec(
            QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id = ? AND revoked = 0"),
            { sessionId });
        transaction.commit();
        qCWarning(lcAuth) << "a rotated refresh token was used again; session revoked";
        return ApiError::unauthorized(QStringLiteral(
            "This refresh token was already used, so this sign-in was ended for safety. Sign in "
            "again with your password."));
    }
    if (expired || disabled)
        return ApiError::unauthorized(
            QStringLiteral("This sign-in has expired. Sign in again with your password."));
    {
        Transaction transaction(m_storage);
        m_storage.exec(QStringLiteral("UPDATE tokens SET revoked = CASE WHEN token_hash = ? THEN 2 "
                                      "ELSE 1 END WHERE session_id = ? AND revoked = 0"),
                       { credentials::tokenHash(token), sessionId });
        transaction.commit();
    }
    return issueTokens(accountId, sessionId);
}

ApiReply AuthService::logout(const Caller &caller)
{
    Transaction transaction(m_storage);
    m_storage.exec(
        QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id = ? AND revoked = 0"),
        { caller.sessionId });
    transaction.commit();
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("signed_out") } };
}

std::optional<Caller> AuthService::authenticate(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() < 8 || qstrnicmp(trimmed.constData(), "bearer ", 7) != 0)
        return std::nullopt;
    const QString token = QString::fromLatin1(trimmed.mid(7).trimmed());
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    // One round trip: every request of a signed-in client starts here.
    Rows query = m_storage.exec(
        QStringLiteral("SELECT t.account_id, t.session_id, a.login, a.role, a.structure_id, "
                       "a.departements, ra.data, rs.data, (SELECT value FROM meta WHERE name = "
                       "'epoch'), (SELECT value FROM meta WHERE name = 'tombstone_horizon'), "
                       "(SELECT value FROM counters WHERE name = 'seq') FROM tokens t JOIN "
                       "accounts a ON a.id = "
                       "t.account_id LEFT JOIN records ra ON ra.entity = 'account' AND ra.id = "
                       "a.id LEFT JOIN records rs ON rs.entity = 'structure' AND rs.id = "
                       "a.structure_id WHERE t.token_hash = ? AND t.kind = 'access' AND "
                       "t.revoked = 0 AND t.expires_at > ? AND a.disabled = 0"),
        { credentials::tokenHash(token), nowMs() });
    if (!query.next())
        return std::nullopt;
    Caller caller;
    caller.accountId = query.value(0).toString();
    caller.sessionId = query.value(1).toString();
    caller.login = query.value(2).toString();
    caller.role = query.value(3).toString();
    caller.structureId = query.value(4).toString();
    caller.departements = query.value(5).toString().split(u',', Qt::SkipEmptyParts);
    caller.account = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    caller.structure = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    caller.feed.epoch = query.value(8).toString();
    caller.feed.horizon = query.value(9).toString().toLongLong();
    caller.feed.seq = query.value(10).toLongLong();
    query.finish();
    return caller;
}

std::optional<Caller> AuthService::callerFor(const QString &accountId, const QString &sessionId)
{
    Rows query = m_storage.exec(
        QStringLiteral("SELECT login, role, structure_id, departements FROM accounts WHERE id = ?"),
        { accountId });
    if (!query.next())
        return std::nullopt;
    Caller caller;
    caller.accountId = accountId;
    caller.sessionId = sessionId;
    caller.login = query.value(0).toString();
    caller.role = query.value(1).toString();
    caller.structureId = query.value(2).toString();
    caller.departements = query.value(3).toString().split(u',', Qt::SkipEmptyParts);
    query.finish();
    if (const auto account = m_records.get(domain::entity::account, accountId))
        caller.account = account->data;
    if (const auto structure = m_records.get(domain::entity::structure, caller.structureId))
        caller.structure = structure->data;
    return caller;
}

QJsonObject AuthService::describe(const Caller &caller) const
{
    return QJsonObject { { QStringLiteral("account"), caller.account },
                         { QStringLiteral("structure"), caller.structure } };
}

void AuthService::purgeExpired()
{
    const qint64 now = nowMs();
    Transaction transaction(m_storage);
    m_storage.exec(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), { now });
    m_storage.exec(QStringLiteral("DELETE FROM login_attempts WHERE at < ?"),
                   { now - qint64(24) * 3600 * 1000 });
    transaction.commit();
}

} // namespace releve::server

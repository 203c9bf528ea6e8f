// Signing in to a Relève server: login → tokens, kept only in the OS keychain (QtKeychain), the
// server URL and login in QSettings, one silent token refresh shared by every request answered
// 401, and passwordNeeded() when the refresh fails (the outbox is never touched here).
#pragma once

#include "core/domain/error.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <memory>

namespace releve::sync {

class ApiClient;
class CredentialStore;

class Session : public QObject
{
    Q_OBJECT

public:
    // MemoryOnly: tokens stay in this process and nothing is written to QSettings (the demo,
    // tests that are not keychain tests).
    enum class TokenStorage { Keychain, MemoryOnly };
    Q_ENUM(TokenStorage)

    explicit Session(ApiClient *api, TokenStorage storage = TokenStorage::Keychain,
                     QObject *parent = nullptr);
    ~Session() override;

    TokenStorage tokenStorage() const;
    QUrl serverUrl() const;
    QString login() const;
    bool isSignedIn() const; // holds an access token
    CredentialStore *credentials() const;

    // Asynchronous; ends with signedIn() or signInFailed(). The password is sent once and never
    // kept.
    void signIn(const QUrl &server, const QString &login, const QString &password);
    // At start-up: server and login from QSettings, tokens from the keychain. Ends with
    // signedIn(), or passwordNeeded() (serverUrl() is empty when nobody ever signed in here).
    void restore();
    // Tokens are revoked on the server (best effort) and deleted from the keychain; server and
    // login stay in QSettings to fill the sign-in form. Ends with signedOut().
    void signOut();
    // Refreshes the access token now (also done by itself on a 401).
    void refreshNow();

    static QString settingsServerKey(); // "session/server_url"
    static QString settingsLoginKey(); // "session/login"

signals:
    void signedIn();
    void signInFailed(const releve::domain::Error &error);
    void passwordNeeded(); // the refresh failed: sign in again; local changes are kept
    void tokensRefreshed();
    void signedOut();
    void keychainFailed(const releve::domain::Error &error); // tokens could not be saved/read

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace releve::sync

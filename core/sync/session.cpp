#include "session.h"

#include "apiclient.h"
#include "credentialstore.h"
#include "logging.h"

#include "core/store/clock.h"

#include <QJsonDocument>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace releve::sync {

using domain::Error;

class Session::Private
{
public:
    Session *q;
    ApiClient *api;
    TokenStorage storage;
    CredentialStore *credentials;
    QUrl server;
    QString login;
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiry;
    bool refreshing = false;

    QString key() const { return CredentialStore::keyFor(server, login); }
    QString secret() const
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject { { u"access_token"_s, accessToken },
                                                             { u"refresh_token"_s, refreshToken } })
                                     .toJson(QJsonDocument::Compact));
    }
    bool takeTokens(const QJsonObject &json)
    {
        const QString access = json.value(u"access_token"_s).toString();
        if (access.isEmpty())
            return false;
        accessToken = access;
        const QString refresh = json.value(u"refresh_token"_s).toString();
        if (!refresh.isEmpty())
            refreshToken = refresh; // the server may rotate it
        const int expiresIn = json.value(u"expires_in"_s).toInt();
        accessExpiry
            = expiresIn > 0 ? store::Clock::currentDateTimeUtc().addSecs(expiresIn) : QDateTime();
        api->setAccessToken(accessToken);
        return true;
    }
    void forgetTokens()
    {
        accessToken.clear();
        refreshToken.clear();
        accessExpiry = {};
        api->setAccessToken({});
    }
    void onUnauthorized();
};

Session::Session(ApiClient *api, TokenStorage storage, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->api = api;
    d->storage = storage;
    d->credentials
        = new CredentialStore(storage == TokenStorage::Keychain ? CredentialStore::Backend::Keychain
                                                                : CredentialStore::Backend::Memory,
                              this);
    api->setAuthRecovery(true);
    connect(api, &ApiClient::unauthorized, this, [this] { d->onUnauthorized(); });
}

Session::~Session() = default;

QString Session::settingsServerKey()
{
    return u"session/server_url"_s;
}

QString Session::settingsLoginKey()
{
    return u"session/login"_s;
}

Session::TokenStorage Session::tokenStorage() const
{
    return d->storage;
}

QUrl Session::serverUrl() const
{
    return d->server;
}

QString Session::login() const
{
    return d->login;
}

bool Session::isSignedIn() const
{
    return !d->accessToken.isEmpty();
}

CredentialStore *Session::credentials() const
{
    return d->credentials;
}

void Session::signIn(const QUrl &server, const QString &login, const QString &password)
{
    if (!server.isValid() || server.scheme().isEmpty() || server.host().isEmpty()) {
        emit signInFailed(Error { u"invalid_value"_s, u"server"_s,
                                  tr("The server address is not valid; it looks like "
                                     "https://releve.example.org.") });
        return;
    }
    d->server = server;
    d->login = login.trimmed();
    d->api->setBaseUrl(server);
    d->api->setAccessToken({});
    ApiReply *reply = d->api->login(d->login, password);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok() || !d->takeTokens(reply->json())) {
            Error error = reply->error();
            if (error.isNull())
                error = Error { u"invalid_answer"_s,
                                {},
                                tr("The server's answer could not be understood.") };
            else if (reply->httpStatus() == 401 || reply->httpStatus() == 403)
                error.message = tr("The login or the password is not right. Check them and try "
                                   "again.");
            qCInfo(lcSync) << "sign-in failed:" << error.code;
            emit signInFailed(error);
            return;
        }
        qCInfo(lcSync) << "signed in";
        if (d->storage == TokenStorage::MemoryOnly) {
            emit signedIn();
            return;
        }
        QSettings settings;
        settings.setValue(settingsServerKey(), d->server.toString());
        settings.setValue(settingsLoginKey(), d->login);
        d->credentials->write(d->key(), d->secret(), this, [this](const Error &error) {
            if (!error.isNull())
                emit keychainFailed(error);
            emit signedIn();
        });
    });
}

void Session::restore()
{
    if (d->storage == TokenStorage::MemoryOnly) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (isSignedIn())
                    emit signedIn();
                else
                    emit passwordNeeded();
            },
            Qt::QueuedConnection);
        return;
    }
    QSettings settings;
    d->server = QUrl(settings.value(settingsServerKey()).toString());
    d->login = settings.value(settingsLoginKey()).toString();
    if (!d->server.isValid() || d->server.isEmpty() || d->login.isEmpty()) {
        QMetaObject::invokeMethod(this, &Session::passwordNeeded, Qt::QueuedConnection);
        return;
    }
    d->api->setBaseUrl(d->server);
    d->credentials->read(d->key(), this, [this](const domain::Result<QString> &secret) {
        if (!secret) {
            if (secret.error().code != u"not_found"_s)
                emit keychainFailed(secret.error());
            emit passwordNeeded();
            return;
        }
        const QJsonObject tokens = QJsonDocument::fromJson(secret->toUtf8()).object();
        if (!d->takeTokens(tokens)) {
            emit passwordNeeded();
            return;
        }
        emit signedIn();
    });
}

void Session::signOut()
{
    if (!d->refreshToken.isEmpty() || !d->accessToken.isEmpty()) {
        ApiReply *reply = d->api->logout(d->refreshToken); // best effort: nothing waits on it
        Q_UNUSED(reply);
    }
    const QString key = d->key();
    d->forgetTokens();
    d->credentials->remove(key, this, [this](const Error &error) {
        if (!error.isNull())
            emit keychainFailed(error);
        emit signedOut();
    });
}

void Session::refreshNow()
{
    d->onUnauthorized();
}

void Session::Private::onUnauthorized()
{
    if (refreshing)
        return;
    if (refreshToken.isEmpty()) {
        api->abandonAfterRefresh(Error { u"unauthorized"_s,
                                         {},
                                         Session::tr("The session has ended. Sign in again; your "
                                                     "changes are kept on this computer.") });
        emit q->passwordNeeded();
        return;
    }
    refreshing = true;
    ApiReply *reply = api->refresh(refreshToken);
    QObject::connect(reply, &ApiReply::finished, q, [this, reply] {
        refreshing = false;
        if (reply->ok() && takeTokens(reply->json())) {
            qCInfo(lcSync) << "access token refreshed";
            api->resumeAfterRefresh();
            emit q->tokensRefreshed();
            if (storage == TokenStorage::Keychain) {
                credentials->write(key(), secret(), q, [this](const Error &error) {
                    if (!error.isNull())
                        emit q->keychainFailed(error);
                });
            }
            return;
        }
        if (reply->httpStatus() == 0) {
            // The server is out of reach: the requests fail as offline and are tried again
            // later, with the same refresh token.
            api->abandonAfterRefresh(reply->error());
            return;
        }
        qCInfo(lcSync) << "token refresh refused:" << reply->httpStatus();
        const QString oldKey = key();
        forgetTokens();
        api->abandonAfterRefresh(Error { u"unauthorized"_s,
                                         {},
                                         Session::tr("The session has ended. Sign in again; your "
                                                     "changes are kept on this computer.") });
        if (storage == TokenStorage::Keychain)
            credentials->remove(oldKey, q, [](const Error &) {});
        emit q->passwordNeeded();
    });
}

} // namespace releve::sync

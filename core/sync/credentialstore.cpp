#include "credentialstore.h"

#include "logging.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace releve::sync {

using domain::Error;

QString CredentialStore::serviceName()
{
    return u"Relève"_s;
}

CredentialStore::CredentialStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{ }

QString CredentialStore::keyFor(const QUrl &server, const QString &login)
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (url.path() == u"/"_s)
        url.setPath(QString()); // "https://host/" and "https://host" are one server
    return login + u'@' + url.toString();
}

void CredentialStore::read(const QString &key, QObject *context, ReadHandler done)
{
    run(Operation::Read, key, {}, context, std::move(done), {}, 0);
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context,
                            DoneHandler done)
{
    run(Operation::Write, key, secret, context, {}, std::move(done), 0);
}

void CredentialStore::remove(const QString &key, QObject *context, DoneHandler done)
{
    run(Operation::Remove, key, {}, context, {}, std::move(done), 0);
}

void CredentialStore::run(Operation operation, const QString &key, const QString &secret,
                          QObject *context, ReadHandler readDone, DoneHandler done, int attempt)
{
    QPointer<QObject> guard(context);
    auto answer = [guard, readDone, done](const domain::Result<QString> &result) {
        if (!guard)
            return;
        if (readDone)
            readDone(result);
        if (done)
            done(result.ok() ? Error {} : result.error());
    };

    if (m_backend == Backend::Memory) {
        domain::Result<QString> result = QString();
        if (operation == Operation::Read) {
            const auto found = m_memory.constFind(key);
            if (found == m_memory.cend())
                result = Error { u"not_found"_s, {}, tr("No saved credentials.") };
            else
                result = *found;
        } else if (operation == Operation::Write) {
            m_memory.insert(key, secret);
        } else {
            m_memory.remove(key);
        }
        // Asynchronous like the keychain, so callers behave the same in both modes.
        QTimer::singleShot(0, this, [answer, result] { answer(result); });
        return;
    }

    QKeychain::Job *job = nullptr;
    if (operation == Operation::Read) {
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
    } else if (operation == Operation::Write) {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName(), this);
        writeJob->setTextData(secret);
        job = writeJob;
    } else {
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *finished) {
        const QKeychain::Error code = finished->error();
        if (code == QKeychain::NoError) {
            if (operation == Operation::Read)
                answer(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
            else
                answer(QString());
            return;
        }
        if (code == QKeychain::EntryNotFound) {
            if (operation == Operation::Remove)
                answer(QString());
            else
                answer(Error { u"not_found"_s, {}, tr("No saved credentials.") });
            return;
        }
        // The keychain daemon may not be up yet at session start: one more try.
        if (attempt == 0
            && (code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError)) {
            qCInfo(lcSync) << "keychain not ready, trying again:" << finished->errorString();
            QTimer::singleShot(m_retryDelayMs, this, [=, this] {
                run(operation, key, secret, guard, readDone, done, 1);
            });
            return;
        }
        qCWarning(lcSync) << "keychain error" << int(code) << finished->errorString();
        answer(Error { u"keychain"_s,
                       {},
                       tr("The system keychain could not be used (%1). Your password "
                          "will be asked for at the next start.")
                           .arg(finished->errorString()) });
    });
    job->start();
}

} // namespace releve::sync

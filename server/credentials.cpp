#include "credentials.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace releve::server::credentials {

namespace {

std::pair<unsigned long long, size_t> limits(HashCost cost)
{
    if (cost == HashCost::Minimum)
        return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

} // namespace

bool initialise()
{
    return sodium_init() >= 0;
}

HashCost defaultCost()
{
    return qEnvironmentVariable("RELEVE_PWHASH_COST") == u"min" ? HashCost::Minimum
                                                                : HashCost::Interactive;
}

QString hashPassword(const QString &password, HashCost cost)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const auto [ops, mem] = limits(cost);
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (stored.isEmpty())
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

bool needsRehash(const QString &hash, HashCost cost)
{
    const auto [ops, mem] = limits(cost);
    return crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), ops, mem) != 0;
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace releve::server::credentials

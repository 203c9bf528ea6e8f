// Passwords and tokens: Argon2id password hashes (libsodium crypto_pwhash_str), opaque random
// tokens that are stored only as SHA-256 hashes. Nothing here is ever logged.
#pragma once

#include <QByteArray>
#include <QString>

namespace releve::server::credentials {

// Initialises libsodium; false when it cannot run (then nothing secret may be made).
bool initialise();

enum class HashCost {
    Interactive, // OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE: the default, for real accounts
    Minimum, // OPSLIMIT_MIN / MEMLIMIT_MIN: tests only, through RELEVE_PWHASH_COST=min
};
// Interactive, unless the environment variable RELEVE_PWHASH_COST is "min" (tests).
HashCost defaultCost();

// An Argon2id hash string ("$argon2id$v=19$…"); empty if hashing failed (out of memory).
QString hashPassword(const QString &password, HashCost cost = defaultCost());
bool verifyPassword(const QString &hash, const QString &password);
// Whether a hash was made with other limits than cost (then it is upgraded at the next sign-in).
bool needsRehash(const QString &hash, HashCost cost = defaultCost());

// 32 random bytes, base64url without padding (43 characters).
QString newToken();
// What is stored for a token: SHA-256, hex.
QString tokenHash(const QString &token);

} // namespace releve::server::credentials

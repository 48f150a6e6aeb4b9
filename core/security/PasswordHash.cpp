// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHash.h"

#include <QRandomGenerator>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace md::PasswordHash {

namespace {
const QString kScheme = u"pbkdf2-sha256"_s;
// Refuse absurd counts from a tampered row (a denial of service at the sign-in screen).
constexpr int kMaxIterations = 10000000;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

bool parse(const QString& stored, Parsed* out)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    out->iterations = parts.at(1).toInt(&ok);
    if (!ok || out->iterations < 1 || out->iterations > kMaxIterations)
        return false;
    const auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty() || hash.decoded.isEmpty())
        return false;
    out->salt = salt.decoded;
    out->hash = hash.decoded;
    return true;
}
} // namespace

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int keyLength)
{
    QByteArray key(keyLength, Qt::Uninitialized);
    const int done = PKCS5_PBKDF2_HMAC(
        password.constData(), int(password.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
        int(salt.size()), iterations, EVP_sha256(), keyLength, reinterpret_cast<unsigned char*>(key.data()));
    // Fails only for impossible arguments (parse() bounds the count) or when libcrypto cannot allocate;
    // an empty key then matches no stored hash.
    return done == 1 ? key : QByteArray();
}

QString hash(const QString& secret, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's cryptographic source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), kSaltBytes / 4);
    const QByteArray derived = pbkdf2Sha256(secret.toUtf8(), salt, iterations, kHashBytes);
    return kScheme + u'$' + QString::number(iterations) + u'$' + QString::fromLatin1(salt.toBase64()) + u'$' +
           QString::fromLatin1(derived.toBase64());
}

bool verify(const QString& secret, const QString& stored)
{
    Parsed parsed;
    if (!parse(stored, &parsed))
        return false;
    const QByteArray derived =
        pbkdf2Sha256(secret.toUtf8(), parsed.salt, parsed.iterations, int(parsed.hash.size()));
    return constantTimeEquals(derived, parsed.hash);
}

int iterationsOf(const QString& stored)
{
    Parsed parsed;
    return parse(stored, &parsed) ? parsed.iterations : 0;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace md::PasswordHash

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHash.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

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
    constexpr int hLen = 32;
    QByteArray key;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        QByteArray u = salt;
        u.append(char(block >> 24)).append(char(block >> 16)).append(char(block >> 8)).append(char(block));
        mac.reset();
        mac.addData(u);
        u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            char* tp = t.data();
            const char* up = u.constData();
            for (int k = 0; k < hLen; ++k)
                tp[k] = char(tp[k] ^ up[k]);
        }
        key.append(t);
    }
    key.truncate(keyLength);
    return key;
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
    if (a.size() != b.size())
        return false;
    // volatile keeps the compiler from turning the loop into an early-exit memcmp.
    volatile unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = diff | (static_cast<unsigned char>(a.at(i)) ^ static_cast<unsigned char>(b.at(i)));
    return diff == 0;
}

} // namespace md::PasswordHash

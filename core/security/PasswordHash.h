// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace md {

/// Salted, slow hashes for sign-in secrets, stored as "pbkdf2-sha256$ITERATIONS$SALT$HASH" (salt and hash in
/// base64). PBKDF2-HMAC-SHA256 (RFC 8018) comes from OpenSSL's libcrypto: five times faster than the same
/// loop on QMessageAuthenticationCode (0.11 s against 0.53–0.73 s for an owner's password here), and the
/// sign-in waits for it. The known-answer vectors in TestPasswordHash hold it to the RFC.
namespace PasswordHash {

/// Owner passwords: long secrets, slow hash (about 0.15 s on a counter PC).
constexpr int kPasswordIterations = 310000;
/// Clerk PINs. A 4–6 digit PIN has at most a million values, so no iteration count makes a stolen hash
/// safe from offline guessing; what protects a PIN is the sign-in lockout. The count only keeps a clerk
/// switch quick while still costing a guesser real time per try.
constexpr int kPinIterations = 60000;
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

/// PBKDF2-HMAC-SHA256. `keyLength` bytes of derived key.
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int keyLength);

/// A new random salt and the stored form of `secret`.
QString hash(const QString& secret, int iterations);
/// True when `secret` matches the stored form; false for a wrong secret or a malformed/empty stored form.
/// The final comparison takes the same time wherever the hashes differ.
bool verify(const QString& secret, const QString& stored);
/// The iteration count of a stored form, 0 when malformed (lets sign-in re-hash old, weaker entries).
int iterationsOf(const QString& stored);
/// Compares without an early exit (time depends only on the lengths).
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace PasswordHash
} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace md {

class Database;

/// Check-in tokens printed in the invitations' QR codes:
///   MD1.<event id>.<member id>.<MAC>
/// MAC = the first 120 bits of HMAC-SHA256(key, "MD1|<event id>|<member id>") in RFC 4648 base32 (24
/// characters, no padding). Every character is in the QR alphanumeric set (0-9, A-Z, '.'), so a token
/// of ~35 characters fits a version-2 QR code. The key is 32 random bytes from the system's
/// cryptographic generator, created once per store and kept in the settings table
/// (key "event_token_key", never exported); without it a token cannot be made for another member or
/// event, and changing a digit of either id breaks the MAC.
class InvitationToken
{
    Q_DECLARE_TR_FUNCTIONS(InvitationToken)
public:
    static constexpr const char16_t* kSettingsKey = u"event_token_key";
    static constexpr int kMacBits = 120;

    /// The store's key, created (inside the caller's transaction, if any) the first time.
    static bool storeKey(Database& db, QByteArray* key, QString* error);

    static QString make(const QByteArray& key, qint64 eventId, qint64 memberId);

    struct Parsed
    {
        qint64 eventId = 0;
        qint64 memberId = 0;
    };
    /// Parses and verifies (constant-time comparison of the MAC). Case and surrounding spaces are
    /// forgiven (scanners typing with Caps Lock). False with a sentence when garbled or forged.
    static bool verify(const QByteArray& key, const QString& token, Parsed* parsed, QString* error);
};

} // namespace md

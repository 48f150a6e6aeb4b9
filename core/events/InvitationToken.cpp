// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationToken.h"

#include "storage/SettingsRepository.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kMacBytes = InvitationToken::kMacBits / 8; // 15 bytes = 24 base32 characters
const char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QString base32(const QByteArray& bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kBase32[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kBase32[(buffer << (5 - bits)) & 31]);
    return out;
}

QByteArray mac(const QByteArray& key, qint64 eventId, qint64 memberId)
{
    const QByteArray message = "MD1|" + QByteArray::number(eventId) + '|' + QByteArray::number(memberId);
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).left(kMacBytes);
}

// A positive decimal id without sign or leading zeros (so one id has exactly one spelling).
bool parseId(const QString& text, qint64* id)
{
    if (text.isEmpty() || text.size() > 15 || text.front() == u'0')
        return false;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    *id = text.toLongLong();
    return *id > 0;
}

} // namespace

bool InvitationToken::storeKey(Database& db, QByteArray* key, QString* error)
{
    SettingsRepository settings(db);
    const QString key64 = QString::fromUtf16(kSettingsKey);
    const QByteArray stored = QByteArray::fromBase64(settings.value(key64).toLatin1());
    if (stored.size() == kKeyBytes) {
        *key = stored;
        return true;
    }
    // Created once; a damaged value (wrong length) is replaced, which only invalidates tokens already
    // printed.
    QByteArray fresh(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(fresh.data()),
                                         reinterpret_cast<quint32*>(fresh.data() + kKeyBytes));
    if (!settings.setValue(key64, QString::fromLatin1(fresh.toBase64()), error))
        return false;
    *key = fresh;
    return true;
}

QString InvitationToken::make(const QByteArray& key, qint64 eventId, qint64 memberId)
{
    return u"MD1.%1.%2.%3"_s.arg(eventId).arg(memberId).arg(base32(mac(key, eventId, memberId)));
}

bool InvitationToken::verify(const QByteArray& key, const QString& token, Parsed* parsed, QString* error)
{
    const QString text = token.trimmed().toUpper();
    const QStringList parts = text.split(u'.');
    Parsed p;
    if (parts.size() != 4 || parts.at(0) != u"MD1"_s || !parseId(parts.at(1), &p.eventId) ||
        !parseId(parts.at(2), &p.memberId) || parts.at(3).size() != (kMacBits + 4) / 5) {
        if (error)
            *error = tr("This is not a MemberDesk invitation code (it may be damaged or misread). "
                        "Scan it again or look the guest up by card or phone.");
        return false;
    }
    const QByteArray expected = base32(mac(key, p.eventId, p.memberId)).toLatin1();
    const QByteArray given = parts.at(3).toLatin1();
    // Constant time: every byte is compared whatever the first difference.
    quint8 diff = 0;
    for (int i = 0; i < expected.size(); ++i)
        diff |= quint8(expected.at(i) ^ given.at(i));
    if (diff != 0) {
        if (error)
            *error = tr("This invitation code is not valid: it was not issued by this shop or was altered.");
        return false;
    }
    if (parsed)
        *parsed = p;
    return true;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md::PhoneNumber {

QString normalize(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue())); // also folds full-width digits
    }
    const bool hadPlus = text.trimmed().startsWith(u'+') || text.trimmed().startsWith(u'＋');
    if (digits.startsWith(u"0086"_s) && digits.size() == 15)
        digits.remove(0, 4);
    else if ((hadPlus || digits.size() == 13) && digits.startsWith(u"86"_s) && digits.size() == 13)
        digits.remove(0, 2);
    return digits;
}

bool validate(const QString& text, QString* normalized, QString* error)
{
    const QString digits = normalize(text);
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("PhoneNumber", "The phone number is empty."));
    static const QRegularExpression allowedChars(u"^[+＋0-9０-９\\s\\-()（）.]+$"_s);
    if (!allowedChars.match(text.trimmed()).hasMatch())
        return fail(QCoreApplication::translate("PhoneNumber", "\"%1\" contains characters that are not part of a phone number.")
                        .arg(text.trimmed()));
    static const QRegularExpression mainlandMobile(u"^1[3-9]\\d{9}$"_s);
    static const QRegularExpression mainlandLandline(u"^0[1-9]\\d{8,10}$"_s);
    static const QRegularExpression taiwanMobile(u"^09\\d{8}$"_s);
    static const QRegularExpression hongKongMacau(u"^[235689]\\d{7}$"_s);
    const bool ok = mainlandMobile.match(digits).hasMatch() || taiwanMobile.match(digits).hasMatch() ||
                    mainlandLandline.match(digits).hasMatch() || hongKongMacau.match(digits).hasMatch();
    if (!ok) {
        if (digits.size() == 11 && digits.startsWith(u'1'))
            return fail(QCoreApplication::translate("PhoneNumber", "\"%1\" is not a valid mobile number.")
                            .arg(text.trimmed()));
        return fail(QCoreApplication::translate(
                        "PhoneNumber", "\"%1\" is not a valid phone number: a mobile has 11 digits, a landline "
                                       "needs its area code.")
                        .arg(text.trimmed()));
    }
    if (normalized)
        *normalized = digits;
    return true;
}

QString mask(const QString& normalized)
{
    if (normalized.size() >= 8)
        return normalized.left(3) + QString(normalized.size() - 7, u'*') + normalized.right(4);
    if (normalized.size() > 4)
        return QString(normalized.size() - 4, u'*') + normalized.right(4);
    return normalized;
}

QString reversed(const QString& normalized)
{
    QString out = normalized;
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace md::PhoneNumber

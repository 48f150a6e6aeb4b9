// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md::CardNumber {

int luhnCheckDigit(const QString& digits)
{
    int sum = 0;
    bool doubleIt = true; // the digit left of the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

QString generate(qint64 sequence)
{
    const QString body = u"8"_s + u"%1"_s.arg(sequence % 10'000'000'000LL, 10, 10, QLatin1Char('0'));
    return body + QString::number(luhnCheckDigit(body));
}

bool hasValidCheckDigit(const QString& card)
{
    if (card.size() < 2)
        return false;
    for (const QChar c : card)
        if (!c.isDigit())
            return false;
    return luhnCheckDigit(card.left(card.size() - 1)) == card.back().digitValue();
}

bool looksMistyped(const QString& card)
{
    static const QRegularExpression generated(u"^8\\d{11}$"_s);
    return generated.match(card).hasMatch() && !hasValidCheckDigit(card);
}

bool normalize(const QString& text, QString* card, QString* error)
{
    QString s = text.trimmed().toUpper();
    s.remove(u' ');
    // ^[0-9A-Z-]{4,32}$, by hand: the counter asks on every lookup.
    bool allowed = s.size() >= 4 && s.size() <= 32;
    for (qsizetype i = 0; allowed && i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        allowed = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || c == u'-';
    }
    if (!allowed) {
        if (error)
            *error = QCoreApplication::translate(
                         "CardNumber", "\"%1\" is not a card number: use 4 to 32 letters or digits.")
                         .arg(text.trimmed());
        return false;
    }
    if (card)
        *card = s;
    return true;
}

} // namespace md::CardNumber

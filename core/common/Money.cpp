// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md {

bool parseYuan(const QString& text, Fen* fen, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QString s = text.trimmed();
    s.remove(u'¥').remove(u'￥');
    s = s.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Money", "The amount is empty."));
    if (s.contains(u',') || s.contains(u'，')) {
        // A comma only separates thousands ("1,234.50"). Dropped anywhere else it would turn a decimal
        // comma ("12,50") or a slip ("1,2") into an amount 10 or 100 times larger, points and tier with it.
        static const QRegularExpression grouped(u"^-?\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d*)?$"_s);
        if (!grouped.match(s).hasMatch())
            return fail(QCoreApplication::translate(
                            "Money",
                            "\"%1\" is not an amount in yuan: write decimals with a point (12.50); a "
                            "comma may only separate thousands (1,234.50).")
                            .arg(text));
        s.remove(u',').remove(u'，');
    }
    static const QRegularExpression pattern(u"^(-)?(\\d{1,12})(?:\\.(\\d{0,2}))?$"_s);
    const auto match = pattern.match(s);
    if (!match.hasMatch()) {
        static const QRegularExpression tooPrecise(u"^-?\\d+\\.\\d{3,}$"_s);
        if (tooPrecise.match(s).hasMatch())
            return fail(QCoreApplication::translate("Money", "\"%1\" has more than two decimals.").arg(text));
        return fail(QCoreApplication::translate("Money", "\"%1\" is not an amount in yuan.").arg(text));
    }
    const qint64 yuan = match.captured(2).toLongLong();
    QString cents = match.captured(3);
    while (cents.size() < 2)
        cents.append(u'0');
    Fen value = yuan * 100 + cents.toLongLong();
    if (!match.captured(1).isEmpty())
        value = -value;
    if (fen)
        *fen = value;
    return true;
}

QString formatYuanPlain(Fen fen)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-fen) : quint64(fen);
    return u"%1%2.%3"_s.arg(negative ? u"-"_s : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString formatYuan(Fen fen, const QLocale& locale)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-fen) : quint64(fen);
    const QString whole = locale.toString(qulonglong(abs / 100));
    const QString number =
        u"%1%2%3"_s.arg(whole, locale.decimalPoint()).arg(abs % 100, 2, 10, QLatin1Char('0'));
    return (negative ? u"-¥"_s : u"¥"_s) + number;
}

Fen basisPointsOf(Fen fen, qint64 basisPoints)
{
    // Half-up rounding in integers: (fen * bp + 5000) / 10000.
    const Fen product = fen * basisPoints;
    if (product >= 0)
        return (product + 5000) / 10000;
    return -((-product + 5000) / 10000);
}

} // namespace md

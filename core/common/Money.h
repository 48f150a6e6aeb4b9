// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLocale;

namespace md {

/// Money is always an integer number of fen (1 yuan = 100 fen).
using Fen = qint64;

/// The largest single amount the counter accepts (¥1,000,000).
constexpr Fen kMaxPurchaseFen = 100'000'000;

/// Parses a yuan amount typed by a person or found in a file: "12", "12.5", "12.50", "¥1,234.50",
/// " 3 " are accepted; more than two decimals, signs other than a leading '-', letters are refused.
/// Negative amounts parse (callers decide whether they are allowed).
bool parseYuan(const QString& text, Fen* fen, QString* error = nullptr);

/// "1234.50" — plain, locale-independent (for JSON, CSV and the CLI).
QString formatYuanPlain(Fen fen);

/// "¥1,234.50" formatted for the user's locale.
QString formatYuan(Fen fen, const QLocale& locale);

/// Rounds a non-negative fen amount times a rate in basis points (1/100 of a percent) half-up,
/// in integers: percentOfFen(1999, 500) = 100 (5 % of ¥19.99 is ¥0.9995 → ¥1.00).
Fen basisPointsOf(Fen fen, qint64 basisPoints);

} // namespace md

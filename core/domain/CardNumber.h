// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace md {

/// Member card numbers. Generated cards are 12 digits: "8", a 10-digit sequence and a Luhn check digit,
/// so a mistyped digit is caught at the counter. Cards scanned from older systems may be any 4–32
/// letters/digits and are stored as scanned (upper-cased).
namespace CardNumber {
QString generate(qint64 sequence);
int luhnCheckDigit(const QString& digitsWithoutCheck);
bool hasValidCheckDigit(const QString& card);
/// True for a generated-format card ("8" + 11 digits) whose check digit is wrong: a typo.
bool looksMistyped(const QString& card);
/// Upper-cases and strips spaces; returns false with *error for unusable input.
bool normalize(const QString& text, QString* card, QString* error = nullptr);
} // namespace CardNumber

} // namespace md

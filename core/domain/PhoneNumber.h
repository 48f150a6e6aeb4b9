// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace md {

/// Phone numbers as shops write them: "138 0013 8000", "138-0013-8000", "+86 13800138000",
/// "(010) 6552-9988", full-width digits. Stored normalised: digits only, without the +86 / 0086 prefix.
namespace PhoneNumber {

/// Digits only, country prefix 86 removed from mainland mobiles. Returns an empty string when the
/// text holds no digits at all.
QString normalize(const QString& text);

/// Accepts mainland mobiles (1[3-9] + 9 digits), mainland landlines with area code (0 + 9–11 digits),
/// Taiwan mobiles (09 + 8 digits) and Hong Kong / Macau numbers (8 digits starting 2,3,5,6,8,9).
/// On success *normalized holds the stored form.
bool validate(const QString& text, QString* normalized, QString* error = nullptr);

/// "138****8000": the first three and last four digits; shorter numbers keep only the last four.
QString mask(const QString& normalized);

/// Digits reversed: lets "ends with 8000" use an index as the prefix "0008".
QString reversed(const QString& normalized);

} // namespace PhoneNumber
} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace md {

/// Times and date-times in the user's language. QLocale's own formats come from CLDR, whose Traditional
/// Chinese time patterns use the flexible day period "B" ("Bh:mm" = 下午2:00); Qt 6.4 does not know "B"
/// and prints the letter itself ("B2:00"). These use Qt's AM/PM ("AP": 上午/下午) in its place.
QString timeFormat(const QLocale& locale, QLocale::FormatType type = QLocale::ShortFormat);
/// Dates always with the whole year: English's short format is "M/d/yy", and a birthday of 11/20/26
/// could be 1926 or 2026.
QString dateFormat(const QLocale& locale, QLocale::FormatType type = QLocale::ShortFormat);
QString localDateText(const QLocale& locale, const QDate& date,
                      QLocale::FormatType type = QLocale::ShortFormat);
QString dateTimeFormat(const QLocale& locale, QLocale::FormatType type = QLocale::ShortFormat);
QString localTimeText(const QLocale& locale, const QTime& time,
                      QLocale::FormatType type = QLocale::ShortFormat);
QString localDateTimeText(const QLocale& locale, const QDateTime& time,
                          QLocale::FormatType type = QLocale::ShortFormat);

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocaleFormat.h"

using namespace Qt::StringLiterals;

namespace md {

namespace {

/// Replaces each unquoted run of 'B' (CLDR's flexible day period) by "AP", unless the pattern already
/// has an AM/PM field; text inside '...' is literal and stays as it is.
QString withoutDayPeriod(const QString& pattern)
{
    QString unquoted;
    bool quoted = false;
    for (const QChar c : pattern) {
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted)
            unquoted += c;
    }
    const bool hasAmPm = unquoted.contains(u'a', Qt::CaseInsensitive);
    QString out;
    quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (quoted || c != u'B') {
            out += c;
            continue;
        }
        while (i + 1 < pattern.size() && pattern.at(i + 1) == u'B')
            ++i;
        if (!hasAmPm)
            out += u"AP"_s;
    }
    return out;
}

/// Widens each unquoted two-letter year "yy" to "yyyy".
QString withWholeYear(const QString& pattern)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (quoted || c != u'y') {
            out += c;
            continue;
        }
        qsizetype run = 1;
        while (i + run < pattern.size() && pattern.at(i + run) == u'y')
            ++run;
        out += QString(run == 2 ? 4 : run, u'y');
        i += run - 1;
    }
    return out;
}

} // namespace

QString dateFormat(const QLocale& locale, QLocale::FormatType type)
{
    return withWholeYear(locale.dateFormat(type));
}

QString localDateText(const QLocale& locale, const QDate& date, QLocale::FormatType type)
{
    return locale.toString(date, dateFormat(locale, type));
}

QString timeFormat(const QLocale& locale, QLocale::FormatType type)
{
    return withoutDayPeriod(locale.timeFormat(type));
}

QString dateTimeFormat(const QLocale& locale, QLocale::FormatType type)
{
    return withWholeYear(withoutDayPeriod(locale.dateTimeFormat(type)));
}

QString localTimeText(const QLocale& locale, const QTime& time, QLocale::FormatType type)
{
    return locale.toString(time, timeFormat(locale, type));
}

QString localDateTimeText(const QLocale& locale, const QDateTime& time, QLocale::FormatType type)
{
    return locale.toString(time, dateTimeFormat(locale, type));
}

} // namespace md

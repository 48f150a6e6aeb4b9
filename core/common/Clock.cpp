// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

using namespace Qt::StringLiterals;

namespace md {

QDateTime localDateTime(const QDate& date, const QTime& time)
{
    return QDateTime(date, time);
}

QDateTime asShopTime(const QDateTime& wallClock)
{
    if (!wallClock.isValid())
        return {};
    const QTime t = wallClock.time();
    return localDateTime(wallClock.date(), QTime(t.hour(), t.minute(), t.second()));
}

QDateTime SystemClock::now() const
{
    // The only place allowed to read the system clock.
    return asShopTime(QDateTime::currentDateTime());
}

namespace {
// The stored formats by hand for years 1..9999 (every date a shop writes): QDateTime's format parser
// and printer cost microseconds per call, and a sale converts half a dozen times. Other years take Qt's
// way, so the text is the same for every value.
void putDigits(char16_t* out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
}

int digitsAt(const QString& text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace

QString toStoredTime(const QDateTime& time)
{
    if (!time.isValid())
        return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    const QDate date = time.date();
    if (date.year() < 1 || date.year() > 9999)
        return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    const QTime clock = time.time();
    QString text(19, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, date.year(), 4);
    out[4] = u'-';
    putDigits(out + 5, date.month(), 2);
    out[7] = u'-';
    putDigits(out + 8, date.day(), 2);
    out[10] = u'T';
    putDigits(out + 11, clock.hour(), 2);
    out[13] = u':';
    putDigits(out + 14, clock.minute(), 2);
    out[16] = u':';
    putDigits(out + 17, clock.second(), 2);
    return text;
}

QDateTime fromStoredTime(const QString& text)
{
    if (text.size() < 19)
        return {};
    const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    const QTime time(text.mid(11, 2).toInt(), text.mid(14, 2).toInt(), text.mid(17, 2).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return localDateTime(date, time);
}

QString toStoredDate(const QDate& date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.toString(u"yyyy-MM-dd"_s);
    QString text(10, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, date.year(), 4);
    out[4] = u'-';
    putDigits(out + 5, date.month(), 2);
    out[7] = u'-';
    putDigits(out + 8, date.day(), 2);
    return text;
}

QDate fromStoredDate(const QString& text)
{
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
        if (year >= 1 && month >= 0 && day >= 0)
            return QDate(year, month, day); // invalid (2026-02-30) as Qt's parser would have it
    }
    return QDate::fromString(text, u"yyyy-MM-dd"_s);
}

} // namespace md

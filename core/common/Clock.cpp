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

QString toStoredTime(const QDateTime& time)
{
    return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
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
    return date.toString(u"yyyy-MM-dd"_s);
}

QDate fromStoredDate(const QString& text)
{
    return QDate::fromString(text, u"yyyy-MM-dd"_s);
}

} // namespace md

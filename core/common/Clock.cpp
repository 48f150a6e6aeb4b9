// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

using namespace Qt::StringLiterals;

namespace md {

QDateTime SystemClock::now() const
{
    // The only place allowed to read the system clock.
    QDateTime t = QDateTime::currentDateTime();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

QString toStoredTime(const QDateTime& time)
{
    return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QDateTime fromStoredTime(const QString& text)
{
    return QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm:ss"_s);
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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace md {

/// Shop times are local wall-clock times (the shop's own day, as stored), second precision,
/// Qt::LocalTime spec — the spec QDateTime(date, time) gives, so values built anywhere compare correctly.
QDateTime localDateTime(const QDate& date, const QTime& time = QTime(0, 0));
/// Reinterprets any QDateTime's wall-clock reading as a shop time.
QDateTime asShopTime(const QDateTime& wallClock);

/// The one source of "now" for everything that depends on time (tiers, expiry, birthdays, reports).
/// Production code receives a Clock; tests and the CLI's --now use FixedClock.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Local shop time.
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime& fixed) : m_now(asShopTime(fixed)) {}
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime& fixed) { m_now = asShopTime(fixed); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

/// Format used for every stored timestamp: local time, second precision, sortable as text.
QString toStoredTime(const QDateTime& time);
QDateTime fromStoredTime(const QString& text);
QString toStoredDate(const QDate& date);
QDate fromStoredDate(const QString& text);

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's building blocks shared by DemoGenerator.cpp and DemoPlan.cpp: the statement wrapper, the random
// streams, the members' habits and visit walks, and the planning of a purchase target. Private to core/demo.

#include "DemoGenerator.h"
#include "DemoRandom.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <vector>

namespace md::demo {

// sqlite3 with prepared statements, reset per row: the fastest way SQLite offers to write many rows.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool ok() const { return m_ok; }
    Statement& bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement& bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Statement& bind(int i, const QByteArray& text)
    {
        sqlite3_bind_text(m_stmt, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
};

struct Credit
{
    qint64 id;
    qint64 remaining;
    QDate expires; // invalid: never
};

// Opening hours of a convenience store, weighted to the morning, lunch and evening peaks.
inline int drawHour(DemoRandom& rng)
{
    static const int weights[] = {0, 0, 0, 0, 0, 0, 0, 4, 9, 6, 4, 5, 8, 7, 4, 4, 5, 7, 10, 10, 8, 6, 4, 2};
    int total = 0;
    for (int w : weights)
        total += w;
    int pick = rng.uniformInt(0, total - 1);
    for (int h = 0; h < 24; ++h) {
        pick -= weights[h];
        if (pick < 0)
            return h;
    }
    return 12;
}

// A shop time as plain numbers. The generator makes millions of timestamps; QDateTime in local time asks
// the system's time-zone rules for each one, which was half of the demo's run time.
struct DemoTime
{
    QDate date;
    int seconds = 0; // since midnight

    bool operator<(const DemoTime& o) const { return date != o.date ? date < o.date : seconds < o.seconds; }
    bool operator<=(const DemoTime& o) const { return !(o < *this); }
    DemoTime minusMonths(int months) const { return {date.addMonths(-months), seconds}; }
};

inline QByteArray timeText(const DemoTime& t)
{
    char buffer[32]; // 19 used; room for what the compiler cannot rule out (a year past 9999)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", t.date.year(), t.date.month(),
                  t.date.day(), t.seconds / 3600, t.seconds / 60 % 60, t.seconds % 60);
    return QByteArray(buffer, 19);
}

// The random streams of a seed. Habits and each member's visits have streams of their own, apart from
// everything else (names, tickets, redemptions…), so the planning of a purchase target can replay the
// visits without drawing the rest, and the shop written afterwards makes exactly the visits it counted.
constexpr quint64 kMemberStreamBase = 0; // + the member's id: that member's visits
constexpr quint64 kHabitsStream = quint64(1) << 40;
constexpr quint64 kDetailsStream = quint64(1) << 41;

// How a member shops: regulars, occasional customers and one-off visitors.
struct Habits
{
    double joinFraction = 0; // where in the history the member joined, 0..1
    int joinSeconds = 0;
    double ratePerDay = 0;
    double dropout = 0; // the chance to stop coming after each visit
    bool firstVisitAtJoin = true;
};

inline Habits drawHabits(DemoRandom& rng)
{
    Habits h;
    h.joinFraction = rng.uniform();
    h.joinSeconds = drawHour(rng) * 3600 + rng.uniformInt(0, 59) * 60;
    const double kind = rng.uniform();
    if (kind < 0.18) {
        h.ratePerDay = rng.gamma(3.0, 0.5) / 7.0;
        h.dropout = rng.beta(1.0, 80.0);
    } else if (kind < 0.62) {
        h.ratePerDay = rng.gamma(2.0, 0.2) / 7.0;
        h.dropout = rng.beta(1.0, 12.0);
    } else {
        h.ratePerDay = rng.gamma(1.0, 0.15) / 7.0;
        h.dropout = rng.beta(2.0, 2.0);
    }
    h.firstVisitAtJoin = rng.chance(0.9);
    return h;
}

// The history a demo covers: members join between start and today; nothing happens after now.
struct Span
{
    qint64 startDay = 0; // Julian day
    qint64 days = 0;
    qint64 nowDay = 0;
    int nowSeconds = 0;

    Span(const DemoTime& now, int months)
        : startDay(now.date.addMonths(-months).toJulianDay()), days(now.date.toJulianDay() - startDay),
          nowDay(now.date.toJulianDay()), nowSeconds(now.seconds)
    {
    }
    qint64 joinDay(const Habits& h) const { return startDay + qint64(h.joinFraction * double(days)); }
};

// A member's visits in time order (BG/NBD-like: exponential gaps at a personal rate, a chance to stop after
// every visit), until the member stops coming or the clock is reached. `scale` multiplies the rate: a
// higher one gives the same visits sooner, so the shop's count grows with it.
class VisitWalk
{
public:
    VisitWalk(quint64 seed, qint64 id, const Habits& h, const Span& span, double scale)
        : m_rng(DemoRandom::streamSeed(seed, kMemberStreamBase + quint64(id))),
          m_rate(qMax(h.ratePerDay, 1e-4) * scale), m_dropout(h.dropout), m_atJoin(h.firstVisitAtJoin),
          m_day(span.joinDay(h)), m_seconds(h.joinSeconds), m_nowDay(span.nowDay),
          m_nowSeconds(span.nowSeconds)
    {
    }
    /// Moves to the next visit; false when there is none (call no further then).
    bool next()
    {
        if (m_visits > 0 && m_rng.chance(m_dropout))
            return false;
        if (m_visits > 0 || !m_atJoin) {
            m_day += qint64(std::ceil(m_rng.exponential(m_rate)));
            m_seconds = drawHour(m_rng) * 3600 + m_rng.uniformInt(0, 59) * 60 + m_rng.uniformInt(0, 59);
        }
        if (m_day > m_nowDay || (m_day == m_nowDay && m_seconds > m_nowSeconds))
            return false;
        ++m_visits;
        return true;
    }
    DemoTime time() const { return {QDate::fromJulianDay(m_day), m_seconds}; }

private:
    DemoRandom m_rng;
    double m_rate;
    double m_dropout;
    bool m_atJoin;
    qint64 m_day;
    int m_seconds;
    qint64 m_nowDay;
    int m_nowSeconds;
    int m_visits = 0;
};

// What the writing follows: the months, the factor on the visit rates, and the members who stop one visit
// before their walk would (sorted by id) when no factor lands exactly on the target.
struct DemoPlan
{
    int months = 0;
    double scale = 1.0;
    std::vector<qint64> stopEarlier;
};

/// Finds the months and the visit-rate factor that make the purchase target (DemoOptions::purchases);
/// with no target, the options' months at factor 1. False with *error (DemoGenerator's texts) when the
/// target cannot be reached.
bool planDemo(const DemoOptions& options, const QDateTime& clockNow, DemoPlan* out, QString* error);

} // namespace md::demo

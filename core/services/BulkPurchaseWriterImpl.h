// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

// BulkPurchaseWriter's private state and the helpers it shares with its out-of-line parts; included only
// by BulkPurchaseWriter.cpp and BulkPurchaseWriterImpl.cpp.

#include "BulkPurchaseWriter.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "storage/SqliteStatement.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace md {

namespace bulkpurchase {

// Seconds on a linear scale that orders shop times like their stored text does.
inline qint64 timeKey(const QDate& date, int seconds)
{
    return date.toJulianDay() * 86400 + seconds;
}

// The civil date of a Julian day (proleptic Gregorian, as QDate) without QDate's calendar machinery,
// which costs more than everything else the import does per row in memory. Years 1–9999 only (what
// stored text holds); false otherwise, and callers fall back to QDate.
inline bool civilDate(qint64 julianDay, int* year, int* month, int* day)
{
    const qint64 z = julianDay - 2440588 + 719468; // days since 0000-03-01
    if (z < 0)
        return false;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 y = yoe + era * 400 + (*month <= 2 ? 1 : 0);
    if (y < 1 || y > 9999)
        return false;
    *year = int(y);
    return true;
}

// Stored text of a date or time in a buffer of its own (no allocation): bind it, or copy it.
struct ShortText
{
    char data[32];
    int size = 0;
    QByteArray bytes() const { return QByteArray(data, size); }
};

inline void putDigits(char* out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

inline ShortText dateChars(qint64 julianDay)
{
    ShortText t;
    int y = 0, m = 0, d = 0;
    if (civilDate(julianDay, &y, &m, &d)) {
        putDigits(t.data, y, 4);
        t.data[4] = '-';
        putDigits(t.data + 5, m, 2);
        t.data[7] = '-';
        putDigits(t.data + 8, d, 2);
        t.size = 10;
    } else {
        const QDate date = QDate::fromJulianDay(julianDay);
        t.size =
            std::snprintf(t.data, sizeof t.data, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    }
    return t;
}

inline ShortText timeChars(qint64 key)
{
    ShortText t = dateChars(key / 86400);
    const int s = int(key % 86400);
    if (t.size != 10) {
        const QDate date = QDate::fromJulianDay(key / 86400);
        t.size = std::snprintf(t.data, sizeof t.data, "%04d-%02d-%02dT%02d:%02d:%02d", date.year(),
                               date.month(), date.day(), s / 3600, s / 60 % 60, s % 60);
        return t;
    }
    t.data[10] = 'T';
    putDigits(t.data + 11, s / 3600, 2);
    t.data[13] = ':';
    putDigits(t.data + 14, s / 60 % 60, 2);
    t.data[16] = ':';
    putDigits(t.data + 17, s % 60, 2);
    t.size = 19;
    return t;
}

inline QByteArray timeText(qint64 key)
{
    return timeChars(key).bytes();
}

inline QByteArray dateText(const QDate& date)
{
    return dateChars(date.toJulianDay()).bytes();
}

// "yyyy-MM-ddTHH:mm:ss" → key; -1 when malformed.
inline qint64 keyOfStored(const QByteArray& text)
{
    if (text.size() < 19)
        return -1;
    auto num = [&](int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; ++i)
            v = v * 10 + (text.at(i) - '0');
        return v;
    };
    const QDate date(num(0, 4), num(5, 2), num(8, 2));
    if (!date.isValid())
        return -1;
    return timeKey(date, num(11, 2) * 3600 + num(14, 2) * 60 + num(17, 2));
}

// A stored time's or date's month, "yyyy-MM…" → year * 12 + month - 1; -1 when malformed (it then
// matches no purchase's month, as the text comparison of report_purchase_insert would not).
inline int monthOfStored(const QByteArray& text)
{
    if (text.size() < 7 || text.at(4) != '-')
        return -1;
    int digits[6];
    const int at[6] = {0, 1, 2, 3, 5, 6};
    for (int i = 0; i < 6; ++i) {
        const char c = text.at(at[i]);
        if (c < '0' || c > '9')
            return -1;
        digits[i] = c - '0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int month = digits[4] * 10 + digits[5];
    return month >= 1 && month <= 12 ? year * 12 + month - 1 : -1;
}

struct Debt
{
    qint64 debitId;
    qint64 open;
};

// A purchase summary: report_hourly's and report_member_month's sums.
struct Spend
{
    qint64 purchases = 0;
    Fen paid = 0;
    qint64 first = -1, last = -1; // time keys
};

struct MemberState
{
    int tier = 0;
    int storedTier = 0; ///< the tier in the members row: `tier` is written only when it moved from it
    QDate tierSince;
    bool upgraded = false;
    QDate birthday;
    qint64 referrerId = 0;
    bool anonymized = false;
    bool referralPaid = false;
    std::vector<std::pair<qint64, Fen>> history; // (time key, paid), sorted by time
    std::vector<Debt> debts;                     // open debts, oldest first
    qint64 pointsDelta = 0;
    qint64 visits = 0;
    Fen paid = 0;
    qint64 firstKey = -1;
    qint64 lastKey = -1;
    bool touched = false;
    // This batch's purchases per month (year * 12 + month - 1), for report_member_month: kept with the
    // member the row already found rather than in a map of its own, and most rows add to the last month.
    std::vector<std::pair<int, Spend>> months;
    // The month the member was created (same numbering; -1 unknown): a member-month of that month counts
    // as a new member's (report_member_month.new_member). Read with the rest of the member's row rather
    // than once per member-month.
    int createdMonth = -1;
};

struct PendingExpiry
{
    qint64 creditId;
    qint64 memberId;
    qint64 points;
    QDate expires;
};

// What add() decided, written by finish(). Every row's id is given when it is decided (the next free
// one, as inserting it right away would), so the ids are those successive record() calls would give
// whatever order the rows are then written in.
struct PurchaseRow
{
    qint64 id;
    qint64 memberId;
    qint64 key;
    Fen paid;
    Fen profit;
    qint64 points;
    int tier;
    bool hasProfit;
    QByteArray note;
};

struct LedgerRow
{
    qint64 id;
    qint64 memberId;
    qint64 key;
    qint64 delta;
    const char* kind;
    qint64 purchaseId; ///< 0 for none
    qint64 expiresDay; ///< Julian day, 0 for none
    QByteArray reason;
};

struct AllocationRow
{
    qint64 debitId;
    qint64 creditId;
    qint64 points;
};

struct TierRow
{
    qint64 id;
    qint64 memberId;
    qint64 key;
    int from;
    int to;
    QString fromName, toName; ///< a null name is stored as NULL
    const char* reason;
    qint64 purchaseId; ///< 0 for none
};

} // namespace bulkpurchase

struct BulkPurchaseWriter::Impl
{
    ServiceContext ctx;
    QByteArray source;
    LoyaltyRules rules;
    QDate today;
    sqlite3* handle = nullptr;
    SqliteStatement insPurchase, insLedger, insAlloc, insTier, updMember, updMemberTier;
    SqliteStatement selMember, selHistory, selDebts, selReferral;
    std::unordered_map<qint64, bulkpurchase::MemberState> members;
    std::vector<bulkpurchase::PendingExpiry> expiries;
    std::vector<bulkpurchase::PurchaseRow> purchaseRows;
    std::vector<bulkpurchase::LedgerRow> ledgerRows;
    std::vector<bulkpurchase::AllocationRow> allocationRows;
    std::vector<bulkpurchase::TierRow> tierRows;
    QByteArray historyFrom = ""; // the stored purchases older than this cannot count for a tier
    qint64 nextPurchaseId = 1, nextLedgerId = 1, nextTierId = 1;
    qint64 failedRow = -1;
    std::pair<QDate, QDate> expiryDay; // the last purchase day seen and its points' expiry date
    BulkPurchaseStats stats;
    // A trigger or index dropped for the batch; finish() runs its CREATE statement again.
    struct SetAside
    {
        QString name;
        QString sql;
        QString table;
    };
    QList<SetAside> droppedIndexes;
    // The report summaries' row-by-row triggers are set aside for the batch; what they would have added is
    // summed here and written once per summary row by finish() (then the triggers come back).
    QList<SetAside> droppedTriggers;
    bool triggerSetAside(const QString& name) const
    {
        return std::any_of(droppedTriggers.cbegin(), droppedTriggers.cend(),
                           [&](const SetAside& t) { return t.name == name; });
    }
    /// Drops every object `query` lists as (name, sql, table) with `drop` ("DROP INDEX "…) and keeps it.
    bool setAside(const QString& query, const QString& drop, QList<SetAside>* kept, QString* error);
    using Spend = bulkpurchase::Spend;
    std::map<std::tuple<qint64, int, int>, Spend> hourly; // Julian day, hour, tier
    Spend* lastHour = nullptr;                            // rows come mostly in time order
    std::tuple<qint64, int, int> lastHourKey;
    struct KindLess
    {
        bool operator()(const std::pair<qint64, const char*>& a,
                        const std::pair<qint64, const char*>& b) const
        {
            return a.first != b.first ? a.first < b.first : std::strcmp(a.second, b.second) < 0;
        }
    };
    // Julian day, kind (a string literal) → credit, debit
    std::map<std::pair<qint64, const char*>, std::pair<qint64, qint64>, KindLess> pointsDaily;

    void countPurchase(bulkpurchase::MemberState& member, qint64 key, int tier, Fen paid)
    {
        const qint64 day = key / 86400;
        const std::tuple<qint64, int, int> hour{day, int(key % 86400 / 3600), tier};
        if (!lastHour || hour != lastHourKey) {
            lastHour = &hourly[hour];
            lastHourKey = hour;
        }
        Spend& h = *lastHour;
        ++h.purchases;
        h.paid += paid;
        int year = 0, month = 0, dayOfMonth = 0;
        if (!bulkpurchase::civilDate(day, &year, &month, &dayOfMonth)) {
            const QDate date = QDate::fromJulianDay(day);
            year = date.year();
            month = date.month();
        }
        const int monthIndex = year * 12 + month - 1;
        auto it = member.months.rbegin();
        while (it != member.months.rend() && it->first != monthIndex)
            ++it;
        Spend& m =
            it != member.months.rend() ? it->second : member.months.emplace_back(monthIndex, Spend()).second;
        ++m.purchases;
        m.paid += paid;
        if (m.first < 0 || key < m.first)
            m.first = key;
        if (m.last < 0 || key > m.last)
            m.last = key;
    }
    void countLedger(qint64 key, const char* kind, qint64 delta)
    {
        auto& d = pointsDaily[{key / 86400, kind}];
        d.first += qMax<qint64>(delta, 0);
        d.second += qMax<qint64>(-delta, 0);
    }

    explicit Impl(const ServiceContext& c) : ctx(c), today(c.clock.today()) {}

    bool fail(QString* error, const QString& what);
    // `batchFen`: what the batch adds for this member (preload), -1 when unknown (a referrer read on
    // demand): the history is then always read.
    bulkpurchase::MemberState* state(qint64 id, QString* error, Fen batchFen = -1);

    // What the report triggers set aside for the batch would have written row by row (see
    // Migrations.cpp): report_hourly, report_points_daily, report_member_month, and what the member-month
    // triggers add to report_monthly and report_month_spend.
    bool writeSummaries(QString* error);
    struct MonthFigures
    {
        qint64 active = 0, newActive = 0, repeat = 0;
    };
    static qint64 spendFloor(Fen paid);
    bool writeMonthFigures(const std::map<int, MonthFigures>& months,
                           const std::map<std::pair<int, qint64>, std::pair<qint64, Fen>>& buckets,
                           QString* error);

    // As PointsLedger::credit, in memory: the entry, then the member's debts repaid, oldest first.
    void credit(qint64 memberId, bulkpurchase::MemberState& m, qint64 points, const char* kind,
                qint64 purchaseId, const QDate& expires, const QByteArray& reason, qint64 key)
    {
        const qint64 creditId = nextLedgerId++;
        ledgerRows.push_back({creditId, memberId, key, points, kind, purchaseId,
                              expires.isValid() ? expires.toJulianDay() : 0, reason});
        ++stats.ledgerEntries;
        m.pointsDelta += points;
        m.touched = true;
        qint64 left = points;
        for (bulkpurchase::Debt& debt : m.debts) {
            if (left == 0)
                break;
            const qint64 take = qMin(left, debt.open);
            if (take <= 0)
                continue;
            allocationRows.push_back({debt.debitId, creditId, take});
            debt.open -= take;
            left -= take;
        }
        m.debts.erase(std::remove_if(m.debts.begin(), m.debts.end(),
                                     [](const bulkpurchase::Debt& d) { return d.open <= 0; }),
                      m.debts.end());
        if (left > 0 && expires.isValid() && expires < today)
            expiries.push_back({creditId, memberId, left, expires});
    }

    /// For a history load reaching most members: their indexes on the figures it changes go aside too.
    bool setMemberIndexesAside(qint64 touchedMembers, QString* error);
    bool writeRows(QString* error, const std::function<bool(double)>& progress);
};

} // namespace md

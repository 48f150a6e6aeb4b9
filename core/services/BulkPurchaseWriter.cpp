// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkPurchaseWriter.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "services/RulesService.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace md {

namespace {

// Seconds on a linear scale that orders shop times like their stored text does.
qint64 timeKey(const QDate& date, int seconds)
{
    return date.toJulianDay() * 86400 + seconds;
}

// The civil date of a Julian day (proleptic Gregorian, as QDate) without QDate's calendar machinery,
// which costs more than everything else the import does per row in memory. Years 1–9999 only (what
// stored text holds); false otherwise, and callers fall back to QDate.
bool civilDate(qint64 julianDay, int* year, int* month, int* day)
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

void putDigits(char* out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

ShortText dateChars(qint64 julianDay)
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

ShortText timeChars(qint64 key)
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

QByteArray timeText(qint64 key)
{
    return timeChars(key).bytes();
}

QByteArray dateText(const QDate& date)
{
    return dateChars(date.toJulianDay()).bytes();
}

// "yyyy-MM-ddTHH:mm:ss" → key; -1 when malformed.
qint64 keyOfStored(const QByteArray& text)
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

struct Debt
{
    qint64 debitId;
    qint64 open;
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
};

struct PendingExpiry
{
    qint64 creditId;
    qint64 memberId;
    qint64 points;
    QDate expires;
};

} // namespace

namespace {

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

} // namespace

struct BulkPurchaseWriter::Impl
{
    ServiceContext ctx;
    QByteArray source;
    LoyaltyRules rules;
    QDate today;
    sqlite3* handle = nullptr;
    SqliteStatement insPurchase, insLedger, insAlloc, insTier, updMember, updMemberTier;
    SqliteStatement selMember, selHistory, selDebts, selReferral;
    std::unordered_map<qint64, MemberState> members;
    std::vector<PendingExpiry> expiries;
    std::vector<PurchaseRow> purchaseRows;
    std::vector<LedgerRow> ledgerRows;
    std::vector<AllocationRow> allocationRows;
    std::vector<TierRow> tierRows;
    QByteArray historyFrom = ""; // the stored purchases older than this cannot count for a tier
    qint64 nextPurchaseId = 1, nextLedgerId = 1, nextTierId = 1;
    qint64 failedRow = -1;
    BulkPurchaseStats stats;
    QStringList droppedIndexes; // their CREATE statements, run again by finish()
    // The report summaries' row-by-row insert triggers are set aside for the batch; what they would have
    // added is summed here and written once per summary row by finish() (then the triggers come back).
    QStringList droppedTriggers;
    struct Spend
    {
        qint64 purchases = 0;
        Fen paid = 0;
        qint64 first = -1, last = -1; // time keys
    };
    std::map<std::tuple<qint64, int, int>, Spend> hourly; // Julian day, hour, tier
    struct MonthKeyHash
    {
        size_t operator()(const std::pair<int, qint64>& k) const
        {
            return std::hash<qint64>()(k.second * 131071 + k.first);
        }
    };
    // year * 12 + month - 1, member; hashed (one entry per member and month: up to one per row), sorted
    // by key when written.
    std::unordered_map<std::pair<int, qint64>, Spend, MonthKeyHash> memberMonth;
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

    void countPurchase(qint64 memberId, qint64 key, int tier, Fen paid)
    {
        const qint64 day = key / 86400;
        Spend& h = hourly[{day, int(key % 86400 / 3600), tier}];
        ++h.purchases;
        h.paid += paid;
        int year = 0, month = 0, dayOfMonth = 0;
        if (!civilDate(day, &year, &month, &dayOfMonth)) {
            const QDate date = QDate::fromJulianDay(day);
            year = date.year();
            month = date.month();
        }
        Spend& m = memberMonth[{year * 12 + month - 1, memberId}];
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

    bool fail(QString* error, const QString& what)
    {
        *error = tr("Writing the purchases failed (%1): %2")
                     .arg(what, Database::describeSqlError(QString::fromUtf8(sqlite3_errmsg(handle))));
        return false;
    }

    // `batchFen`: what the batch adds for this member (preload), -1 when unknown (a referrer read on
    // demand): the history is then always read.
    MemberState* state(qint64 id, QString* error, Fen batchFen = -1)
    {
        auto it = members.find(id);
        if (it != members.end())
            return &it->second;
        MemberState m;
        selMember.bind(1, id);
        if (!selMember.next()) {
            selMember.done();
            *error = tr("There is no member with number %1.").arg(id);
            return nullptr;
        }
        m.tier = int(selMember.integer(0));
        m.storedTier = m.tier;
        m.tierSince = QDate::fromString(QString::fromLatin1(selMember.text(1)), u"yyyy-MM-dd"_s);
        m.birthday = QDate::fromString(QString::fromLatin1(selMember.text(2)), u"yyyy-MM-dd"_s);
        m.referrerId = selMember.integer(3);
        m.anonymized = selMember.integer(4) != 0;
        const qint64 visits = selMember.integer(5);
        const Fen paidTotal = selMember.integer(6);
        selMember.done();
        // The history only decides tier upgrades. When even every purchase the member ever made plus the
        // whole batch (an upper bound of any 12-month or lifetime spend) cannot reach a higher tier than
        // the current one, no purchase of the batch can upgrade and the history is not needed.
        const int tier = qBound(0, m.tier, int(rules.tiers.size()) - 1);
        const bool mayUpgrade = batchFen < 0 || rules.tierForSpend(paidTotal + batchFen) > tier;
        if (visits > 0 && mayUpgrade) {
            selHistory.bind(1, id).bind(2, historyFrom);
            while (selHistory.next()) {
                const qint64 key = keyOfStored(selHistory.text(0));
                if (key >= 0)
                    m.history.emplace_back(key, selHistory.integer(1));
            }
            selHistory.done();
            std::sort(m.history.begin(), m.history.end());
        }
        selDebts.bind(1, id);
        while (selDebts.next())
            m.debts.push_back({selDebts.integer(0), selDebts.integer(1)});
        selDebts.done();
        if (m.referrerId > 0) {
            selReferral.bind(1, id);
            m.referralPaid = selReferral.next() && selReferral.integer(0) > 0;
            selReferral.done();
        }
        return &members.emplace(id, std::move(m)).first->second;
    }

    // The sums of what report_purchase_insert and report_points_insert would have added row by row (see
    // Migrations.cpp, schema 2); report_member_month's own triggers keep report_monthly as usual.
    bool writeSummaries(QString* error)
    {
        SqliteStatement h, m, p;
        if (!h.prepare(handle,
                       "INSERT INTO report_hourly(day, hour, tier, purchases, paid_fen) VALUES(?,?,?,?,?) "
                       "ON CONFLICT(day, hour, tier) DO UPDATE SET purchases = purchases + "
                       "excluded.purchases, paid_fen = paid_fen + excluded.paid_fen") ||
            !m.prepare(
                handle,
                "INSERT INTO report_member_month(month, member_id, purchases, paid_fen, first_time, "
                "last_time, "
                "new_member) VALUES(?1, ?2, ?3, ?4, ?5, ?6, coalesce((SELECT substr(created_at, 1, 7) FROM "
                "members WHERE id = ?2) = ?1, 0)) ON CONFLICT(month, member_id) DO UPDATE SET "
                "purchases = purchases + excluded.purchases, paid_fen = paid_fen + excluded.paid_fen, "
                "first_time = min(first_time, excluded.first_time), "
                "last_time = max(last_time, excluded.last_time)") ||
            !p.prepare(handle, "INSERT INTO report_points_daily(day, kind, credit, debit) VALUES(?,?,?,?) "
                               "ON CONFLICT(day, kind) DO UPDATE SET credit = credit + excluded.credit, "
                               "debit = debit + excluded.debit"))
            return fail(error, u"summaries"_s);
        // Only what a set-aside trigger would have written (a database without them gets nothing).
        const bool purchases = droppedTriggers.join(u' ').contains(u"report_purchase_insert"_s);
        const bool points = droppedTriggers.join(u' ').contains(u"report_points_insert"_s);
        if (!purchases) {
            hourly.clear();
            memberMonth.clear();
        }
        if (!points)
            pointsDaily.clear();
        for (const auto& [key, v] : hourly) {
            h.bind(1, dateText(QDate::fromJulianDay(std::get<0>(key))))
                .bind(2, std::get<1>(key))
                .bind(3, std::get<2>(key));
            if (!h.bind(4, v.purchases).bind(5, v.paid).run())
                return fail(error, u"summaries"_s);
        }
        std::vector<std::pair<std::pair<int, qint64>, Spend>> months(memberMonth.begin(), memberMonth.end());
        memberMonth.clear();
        std::sort(months.begin(), months.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [key, v] : months) {
            char month[16];
            std::snprintf(month, sizeof month, "%04d-%02d", key.first / 12, key.first % 12 + 1);
            m.bind(1, QByteArray(month)).bind(2, key.second).bind(3, v.purchases).bind(4, v.paid);
            const ShortText first = timeChars(v.first), last = timeChars(v.last);
            if (!m.bindStaticText(5, first.data, first.size).bindStaticText(6, last.data, last.size).run())
                return fail(error, u"summaries"_s);
        }
        for (const auto& [key, v] : pointsDaily) {
            p.bind(1, dateText(QDate::fromJulianDay(key.first))).bindText(2, key.second, -1);
            if (!p.bind(3, v.first).bind(4, v.second).run())
                return fail(error, u"summaries"_s);
        }
        hourly.clear();
        memberMonth.clear();
        pointsDaily.clear();
        return true;
    }

    // As PointsLedger::credit, in memory: the entry, then the member's debts repaid, oldest first.
    void credit(qint64 memberId, MemberState& m, qint64 points, const char* kind, qint64 purchaseId,
                const QDate& expires, const QByteArray& reason, qint64 key)
    {
        const qint64 creditId = nextLedgerId++;
        ledgerRows.push_back({creditId, memberId, key, points, kind, purchaseId,
                              expires.isValid() ? expires.toJulianDay() : 0, reason});
        ++stats.ledgerEntries;
        m.pointsDelta += points;
        m.touched = true;
        qint64 left = points;
        for (Debt& debt : m.debts) {
            if (left == 0)
                break;
            const qint64 take = qMin(left, debt.open);
            if (take <= 0)
                continue;
            allocationRows.push_back({debt.debitId, creditId, take});
            debt.open -= take;
            left -= take;
        }
        m.debts.erase(
            std::remove_if(m.debts.begin(), m.debts.end(), [](const Debt& d) { return d.open <= 0; }),
            m.debts.end());
        if (left > 0 && expires.isValid() && expires < today)
            expiries.push_back({creditId, memberId, left, expires});
    }

    bool writeRows(QString* error, const std::function<bool(double)>& progress);
};

bool BulkPurchaseWriter::preload(const QHash<qint64, Fen>& existingMembers, qint64 expectedRows,
                                 QString* error, const QDate& earliest)
{
    // A tier counts the 12 months before each purchase: history older than that before the earliest
    // purchase to add is never summed (lifetime spend reads it all).
    if (earliest.isValid() && d->rules.tierBasis != LoyaltyRules::TierBasis::PaidLifetime)
        d->historyFrom = dateText(earliest.addMonths(-12));
    for (auto it = existingMembers.cbegin(); it != existingMembers.cend(); ++it) {
        MemberState* m = d->state(it.key(), error, it.value());
        if (!m)
            return false;
        if (m->referrerId > 0 && !m->referralPaid && !d->state(m->referrerId, error))
            return false;
    }
    QSqlQuery count(d->ctx.db.sql());
    count.exec(u"SELECT COALESCE(MAX(id), 0) FROM purchases"_s);
    const qint64 stored = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    if (expectedRows < 20000 || expectedRows < stored)
        return true;
    // Index definitions are read back from sqlite_master, so the schema stays defined in the migrations.
    QSqlQuery q(d->ctx.db.sql());
    if (!q.exec(
            u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
            "('purchases', 'points_ledger', 'points_allocations', 'tier_history')"_s)) {
        *error = Database::describeSqlError(q.lastError().text());
        return false;
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        d->droppedIndexes << q.value(1).toString();
    }
    q.finish();
    for (const QString& name : names) {
        if (!q.exec(u"DROP INDEX "_s + name)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
    }
    return true;
}

BulkPurchaseWriter::BulkPurchaseWriter(const ServiceContext& ctx, const QString& source)
    : d(std::make_unique<Impl>(ctx))
{
    d->source = source.toUtf8();
}

BulkPurchaseWriter::~BulkPurchaseWriter() = default;

BulkPurchaseStats BulkPurchaseWriter::stats() const
{
    return d->stats;
}

qint64 BulkPurchaseWriter::failedPurchase() const
{
    return d->failedRow;
}

bool BulkPurchaseWriter::begin(QString* error)
{
    d->rules = RulesService(d->ctx).current();
    {
        // Inside the caller's transaction: a failed or dry run rolls the DROP back with everything else.
        QSqlQuery q(d->ctx.db.sql());
        if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                    "('report_purchase_insert', 'report_points_insert')"_s)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            d->droppedTriggers << q.value(1).toString();
        }
        q.finish();
        for (const QString& name : std::as_const(names)) {
            if (!q.exec(u"DROP TRIGGER "_s + name)) {
                *error = Database::describeSqlError(q.lastError().text());
                return false;
            }
        }
    }
    d->handle = sqliteHandle(d->ctx.db);
    const bool ok =
        d->insPurchase.prepare(
            d->handle, "INSERT INTO purchases(member_id, time, gross_fen, discount_fen, redeemed_points, "
                       "redeemed_fen, paid_fen, profit_fen, points_earned, tier, user_id, note, source, id) "
                       "VALUES(?1, ?2, ?3, 0, 0, 0, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)") &&
        d->insLedger.prepare(d->handle,
                             "INSERT INTO points_ledger(member_id, time, delta, kind, purchase_id, "
                             "expires_on, reason, user_id, id) VALUES(?,?,?,?,?,?,?,?,?)") &&
        d->insAlloc.prepare(d->handle,
                            "INSERT INTO points_allocations(debit_id, credit_id, points) VALUES(?,?,?)") &&
        d->insTier.prepare(d->handle,
                           "INSERT INTO tier_history(member_id, time, from_tier, to_tier, from_name, "
                           "to_name, reason, purchase_id, id) VALUES(?,?,?,?,?,?,?,?,?)") &&
        // Two forms: `tier` (and `tier_since`) only for a member whose tier moved. Naming a column in SET
        // rewrites its index entries (members_tier, report_members_created_tier) and fires the UPDATE OF
        // tier trigger even when the value stays the same.
        d->updMember.prepare(
            d->handle,
            "UPDATE members SET visits = visits + ?1, paid_total_fen = paid_total_fen + ?2, "
            "first_visit = CASE WHEN ?3 IS NULL THEN first_visit WHEN first_visit IS NULL OR ?3 < "
            "first_visit THEN ?3 ELSE first_visit END, "
            "last_visit = CASE WHEN ?4 IS NULL THEN last_visit WHEN last_visit IS NULL OR ?4 > last_visit "
            "THEN ?4 ELSE last_visit END, points = points + ?7 WHERE id = ?8") &&
        d->updMemberTier.prepare(
            d->handle,
            "UPDATE members SET visits = visits + ?1, paid_total_fen = paid_total_fen + ?2, "
            "first_visit = CASE WHEN ?3 IS NULL THEN first_visit WHEN first_visit IS NULL OR ?3 < "
            "first_visit THEN ?3 ELSE first_visit END, "
            "last_visit = CASE WHEN ?4 IS NULL THEN last_visit WHEN last_visit IS NULL OR ?4 > last_visit "
            "THEN ?4 ELSE last_visit END, "
            "tier = ?5, tier_since = CASE WHEN ?6 IS NULL THEN tier_since ELSE ?6 END, points = points + ?7 "
            "WHERE id = ?8") &&
        d->selMember.prepare(d->handle,
                             "SELECT tier, tier_since, birthday, COALESCE(referrer_id, 0), "
                             "anonymized_at IS NOT NULL, visits, paid_total_fen FROM members WHERE id = ?") &&
        d->selHistory.prepare(d->handle, "SELECT time, paid_fen FROM purchases WHERE member_id = ?1 AND "
                                         "voided_by IS NULL AND time >= ?2") &&
        d->selDebts.prepare(
            d->handle, "SELECT l.id, -l.delta - COALESCE((SELECT SUM(a.points) FROM points_allocations a "
                       "WHERE a.debit_id = l.id), 0) AS open FROM points_ledger l WHERE l.member_id = ? AND "
                       "l.delta < 0 AND l.kind <> 'expire' AND open > 0 ORDER BY l.id") &&
        // The purchases of the member that paid a referral bonus, from the member's purchase ids
        // (purchases_member_time) and the small index of referral entries (points_ledger_referrals, which
        // SQLite picks by itself; no INDEXED BY, so the query still works while a large batch has the
        // ledger's indexes dropped); the table row is read only for such a purchase, to see whether it
        // was voided.
        d->selReferral.prepare(d->handle,
                               "SELECT count(*) FROM purchases p WHERE p.voided_by IS NULL AND p.id IN "
                               "(SELECT l.purchase_id FROM points_ledger l "
                               "WHERE l.kind = 'referral' AND l.purchase_id IN "
                               "(SELECT id FROM purchases WHERE member_id = ?1))");
    if (!ok)
        return d->fail(error, u"prepare"_s);
    // The ids the rows will have: the next free ones (inside the caller's write transaction, so no one
    // else takes them), as SQLite would give inserting them one by one.
    for (auto [table, next] :
         {std::pair{"purchases", &d->nextPurchaseId}, std::pair{"points_ledger", &d->nextLedgerId},
          std::pair{"tier_history", &d->nextTierId}}) {
        SqliteStatement max;
        if (!max.prepare(d->handle,
                         (QByteArray("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table).constData()) ||
            !max.next())
            return d->fail(error, u"prepare"_s);
        *next = max.integer(0);
        max.done();
    }
    return true;
}

void BulkPurchaseWriter::addNewMember(qint64 memberId, const QDate& birthday)
{
    MemberState m;
    m.birthday = birthday;
    m.tierSince = d->today;
    d->members.emplace(memberId, std::move(m));
}

bool BulkPurchaseWriter::add(const HistoricalPurchase& p, QString* error)
{
    MemberState* m = d->state(p.memberId, error);
    if (!m)
        return false;
    if (m->anonymized) {
        *error = tr("Member %1 was anonymised on request; their purchases cannot be added.").arg(p.memberId);
        return false;
    }
    if (p.paidFen < 0 || p.paidFen > kMaxPurchaseFen) {
        *error = tr("The amount %1 is outside 0 to %2.")
                     .arg(formatYuanPlain(p.paidFen), formatYuanPlain(kMaxPurchaseFen));
        return false;
    }
    const LoyaltyRules& rules = d->rules;
    const qint64 key = timeKey(p.date, p.secondsOfDay);
    const int tierBefore = qBound(0, m->tier, int(rules.tiers.size()) - 1);

    // Spend that counts for tiers as of this purchase (PurchaseService::tierSpend), this one included.
    Fen spend = p.paidFen;
    {
        const auto upper = std::upper_bound(m->history.begin(), m->history.end(),
                                            std::make_pair(key, kMaxPurchaseFen * 1000));
        // (The 12-month bound only when there is earlier history to cut: QDate::addMonths per row adds up.)
        const qint64 lower =
            rules.tierBasis == LoyaltyRules::TierBasis::PaidLifetime || upper == m->history.begin()
                ? std::numeric_limits<qint64>::min()
                : timeKey(p.date.addMonths(-12), p.secondsOfDay);
        for (auto it = upper; it != m->history.begin();) {
            --it;
            if (it->first <= lower)
                break;
            spend += it->second;
        }
        m->history.insert(upper, {key, p.paidFen});
    }
    const int tierAfter = qMax(tierBefore, rules.tierForSpend(spend));

    Fen earnBase = p.paidFen;
    if (rules.earnBasis == LoyaltyRules::EarnBasis::Profit)
        earnBase = p.hasProfit ? qMax<Fen>(0, p.profitFen) : basisPointsOf(p.paidFen, rules.defaultMarginBp);
    const bool birthdayBonus =
        m->birthday.isValid() && m->birthday.month() == p.date.month() && rules.birthdayMultiplierPct > 100;
    const qint64 points = p.paidFen > 0 ? rules.pointsFor(tierBefore, earnBase, birthdayBonus) : 0;

    // A tier the programme no longer has (rules changed since) is clamped, and the move recorded, as
    // PurchaseService::record does.
    if (m->tier != tierBefore) {
        d->tierRows.push_back({d->nextTierId++, p.memberId, key, m->tier, tierBefore,
                               rules.tiers.value(m->tier).name, rules.tiers.value(tierBefore).name, "rules",
                               0});
        ++d->stats.tierChanges;
        m->tier = tierBefore;
        m->touched = true;
    }
    const qint64 purchaseId = d->nextPurchaseId++;
    d->purchaseRows.push_back({purchaseId, p.memberId, key, p.paidFen, p.hasProfit ? p.profitFen : 0, points,
                               tierBefore, p.hasProfit,
                               p.note.isEmpty() ? QByteArray() : p.note.trimmed().toUtf8()});
    d->countPurchase(p.memberId, key, tierBefore, p.paidFen);
    ++d->stats.purchases;

    const QDate expires = rules.expiryFor(p.date);
    if (points > 0) {
        d->credit(p.memberId, *m, points, "earn", purchaseId, expires, QByteArray(""), key);
        d->stats.pointsEarned += points;
    }
    if (m->referrerId > 0 && rules.referralBonusPoints > 0 && !m->referralPaid && p.paidFen > 0) {
        const qint64 referrerId = m->referrerId;
        m->referralPaid = true;
        MemberState* referrer = d->state(referrerId, error);
        if (!referrer)
            return false;
        m = d->state(p.memberId, error); // the map may have moved it
        d->credit(referrerId, *referrer, rules.referralBonusPoints, "referral", purchaseId, expires,
                  u"referred member %1"_s.arg(p.memberId).toUtf8(), key);
    }
    if (tierAfter > tierBefore) {
        QString from = rules.tiers.value(tierBefore).name, to = rules.tiers.value(tierAfter).name;
        // Stored as text even when the programme has no name for the tier, as before.
        if (from.isNull())
            from = u""_s;
        if (to.isNull())
            to = u""_s;
        d->tierRows.push_back(
            {d->nextTierId++, p.memberId, key, tierBefore, tierAfter, from, to, "purchase", purchaseId});
        ++d->stats.tierChanges;
        m->tier = tierAfter;
        m->tierSince = p.date;
        m->upgraded = true;
    }
    m->touched = true;
    ++m->visits;
    m->paid += p.paidFen;
    if (m->firstKey < 0 || key < m->firstKey)
        m->firstKey = key;
    if (key > m->lastKey)
        m->lastKey = key;
    return true;
}

namespace {

// The order rows are written in: by member, then in the order they were decided (so a member's own
// rows keep the order successive record() calls would give them). Index inserts keyed by member then
// stay next to each other in the B-trees instead of landing on a random page each.
template <typename Row> std::vector<qint64> byMember(const std::vector<Row>& rows)
{
    // (member, position) pairs are unique, so a plain sort gives the stable order, on contiguous keys.
    std::vector<std::pair<qint64, qint64>> keyed(rows.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        keyed[i] = {rows[i].memberId, qint64(i)};
    std::sort(keyed.begin(), keyed.end());
    std::vector<qint64> order(rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = keyed[i].second;
    return order;
}

} // namespace

bool BulkPurchaseWriter::Impl::writeRows(QString* error, const std::function<bool(double)>& progress)
{
    const double total = double(purchaseRows.size() + ledgerRows.size()) + 1;
    qint64 done = 0;
    // False when the caller cancels (through `progress`); *error stays empty then.
    auto step = [&]() { return !progress || ++done % 2048 != 0 || progress(double(done) / total); };
    const qint64 firstPurchaseId = purchaseRows.empty() ? 0 : purchaseRows.front().id;
    for (qint64 i : byMember(purchaseRows)) {
        const PurchaseRow& r = purchaseRows[size_t(i)];
        const ShortText time = timeChars(r.key);
        insPurchase.bind(1, r.memberId).bindStaticText(2, time.data, time.size).bind(3, r.paid);
        if (r.hasProfit)
            insPurchase.bind(4, r.profit);
        else
            insPurchase.bindNull(4);
        insPurchase.bind(5, r.points).bind(6, r.tier);
        if (ctx.actor.userId > 0)
            insPurchase.bind(7, ctx.actor.userId);
        else
            insPurchase.bindNull(7);
        // The row's note and the source outlive the step: bound without a copy.
        insPurchase.bindStaticText(8, r.note.constData(), int(r.note.size()))
            .bindStaticText(9, source.constData(), int(source.size()))
            .bind(10, r.id);
        if (!insPurchase.run()) {
            failedRow = i;
            return fail(error, u"purchase"_s);
        }
        if (!step())
            return false;
    }
    for (qint64 i : byMember(ledgerRows)) {
        const LedgerRow& r = ledgerRows[size_t(i)];
        const ShortText time = timeChars(r.key);
        insLedger.bind(1, r.memberId)
            .bindStaticText(2, time.data, time.size)
            .bind(3, r.delta)
            .bindStaticText(4, r.kind, -1);
        if (r.purchaseId > 0)
            insLedger.bind(5, r.purchaseId);
        else
            insLedger.bindNull(5);
        const ShortText expires = r.expiresDay > 0 ? dateChars(r.expiresDay) : ShortText();
        if (r.expiresDay > 0)
            insLedger.bindStaticText(6, expires.data, expires.size);
        else
            insLedger.bindNull(6);
        insLedger.bindStaticText(7, r.reason.constData(), int(r.reason.size()));
        if (ctx.actor.userId > 0)
            insLedger.bind(8, ctx.actor.userId);
        else
            insLedger.bindNull(8);
        insLedger.bind(9, r.id);
        if (!insLedger.run()) {
            if (r.purchaseId > 0)
                failedRow = r.purchaseId - firstPurchaseId;
            return fail(error, r.delta < 0 ? u"expiry"_s : u"ledger"_s);
        }
        countLedger(r.key, r.kind, r.delta);
        if (!step())
            return false;
    }
    for (const AllocationRow& a : allocationRows) {
        insAlloc.bind(1, a.debitId).bind(2, a.creditId).bind(3, a.points);
        if (!insAlloc.run())
            return fail(error, u"allocation"_s);
    }
    for (qint64 i : byMember(tierRows)) {
        const TierRow& r = tierRows[size_t(i)];
        insTier.bind(1, r.memberId)
            .bind(2, timeText(r.key))
            .bind(3, r.from)
            .bind(4, r.to)
            .bindTextOrNull(5, r.fromName)
            .bindTextOrNull(6, r.toName)
            .bindText(7, r.reason, -1);
        if (r.purchaseId > 0)
            insTier.bind(8, r.purchaseId);
        else
            insTier.bindNull(8);
        if (!insTier.bind(9, r.id).run()) {
            if (r.purchaseId > 0)
                failedRow = r.purchaseId - firstPurchaseId;
            return fail(error, u"tier"_s);
        }
    }
    return true;
}

bool BulkPurchaseWriter::finish(QString* error, const std::function<bool(double)>& progress)
{
    // Credits whose expiry date has passed: an `expire` entry each, dated the day after, allocated to it.
    for (const PendingExpiry& e : d->expiries) {
        const qint64 debitId = d->nextLedgerId++;
        d->ledgerRows.push_back({debitId, e.memberId, timeKey(e.expires.addDays(1), 0), -e.points, "expire",
                                 0, 0, QByteArray("expired ") + dateText(e.expires)});
        d->allocationRows.push_back({debitId, e.creditId, e.points});
        ++d->stats.ledgerEntries;
        ++d->stats.expiredCredits;
        d->members[e.memberId].pointsDelta -= e.points;
    }
    d->expiries.clear();
    if (!d->writeRows(error, progress))
        return false;
    d->purchaseRows.clear();
    d->ledgerRows.clear();
    d->allocationRows.clear();
    d->tierRows.clear();
    // Each member once, in id order (their rows and index entries are then visited in order too).
    std::vector<qint64> touched;
    for (const auto& [id, m] : d->members) {
        if (m.touched)
            touched.push_back(id);
    }
    std::sort(touched.begin(), touched.end());
    for (qint64 id : touched) {
        MemberState& m = d->members[id];
        const bool tierMoved = m.tier != m.storedTier || m.upgraded;
        SqliteStatement& u = tierMoved ? d->updMemberTier : d->updMember;
        u.bind(1, m.visits).bind(2, m.paid);
        const ShortText first = m.firstKey >= 0 ? timeChars(m.firstKey) : ShortText();
        const ShortText last = m.firstKey >= 0 ? timeChars(m.lastKey) : ShortText();
        if (m.firstKey >= 0)
            u.bindStaticText(3, first.data, first.size).bindStaticText(4, last.data, last.size);
        else
            u.bindNull(3).bindNull(4);
        const ShortText since = m.upgraded ? dateChars(m.tierSince.toJulianDay()) : ShortText();
        if (tierMoved) {
            u.bind(5, m.tier);
            if (m.upgraded)
                u.bindStaticText(6, since.data, since.size);
            else
                u.bindNull(6);
        }
        u.bind(7, m.pointsDelta).bind(8, id);
        if (!u.run())
            return d->fail(error, u"member"_s);
        m.storedTier = m.tier;
        m.touched = false;
        m.visits = 0;
        m.paid = 0;
        m.pointsDelta = 0;
        m.firstKey = m.lastKey = -1;
        m.upgraded = false;
    }
    if (!d->writeSummaries(error))
        return false;
    QSqlQuery q(d->ctx.db.sql());
    for (const QString& sql : std::as_const(d->droppedTriggers)) {
        if (!q.exec(sql)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
    }
    d->droppedTriggers.clear();
    for (const QString& sql : std::as_const(d->droppedIndexes)) {
        if (!q.exec(sql)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
    }
    d->droppedIndexes.clear();
    return true;
}

} // namespace md

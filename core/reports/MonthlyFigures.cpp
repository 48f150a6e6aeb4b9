// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyFigures.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace md {

namespace {

QString monthKey(const QDate& month)
{
    return month.toString(u"yyyy-MM"_s);
}

QString dayKey(const QDate& day)
{
    return toStoredDate(day);
}

/// Runs a prepared query with its values bound in order.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& values, QString* error)
{
    q.setForwardOnly(true);
    if (!Sql::prepare(q, sql, error))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return Sql::exec(q, error);
}

/// A read-only statement on the raw SQLite handle, for the two scans over tens of thousands of rows
/// (QSqlQuery's per-value QVariant costs more than the query itself there).
class RawQuery
{
public:
    RawQuery(Database& db, const char* sql)
    {
        m_handle = *static_cast<sqlite3* const*>(db.sql().driver()->handle().constData());
        m_ok = sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~RawQuery() { sqlite3_finalize(m_stmt); }
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;
    void reset() { sqlite3_reset(m_stmt); }
    void bind(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
    void bind(int i, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    /// True while there is a row; false at the end or on an error (see failed()).
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    const unsigned char* rawText(int column) const { return sqlite3_column_text(m_stmt, column); }
    QByteArray text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }
    bool failed(QString* error) const
    {
        if (m_ok && !m_failed)
            return false;
        *error = Database::describeSqlError(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return true;
    }

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
    bool m_failed = false;
};

/// Whether the file has a table of a later schema step (a file opened read-only before its upgrade has not).
bool hasTable(Database& db, const char* name)
{
    RawQuery q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    q.bind(1, QString::fromLatin1(name));
    return q.next();
}

bool computeKpis(Database& db, const QDate& month, const LoyaltyRules& rules, MonthKpis* k, QString* error)
{
    *k = MonthKpis();
    k->month = month;
    const QString start = dayKey(month);
    const QString next = dayKey(month.addMonths(1));
    QSqlQuery q(db.sql());
    if (!run(q,
             u"SELECT coalesce(sum(purchases), 0), coalesce(sum(paid_fen), 0) FROM report_hourly "
             "WHERE day >= ? AND day < ?"_s,
             {start, next}, error))
        return false;
    if (q.next()) {
        k->purchases = q.value(0).toLongLong();
        k->salesFen = q.value(1).toLongLong();
    }
    if (!run(q, u"SELECT active_members, repeat_members FROM report_monthly WHERE month = ?"_s,
             {monthKey(month)}, error))
        return false;
    if (q.next()) {
        k->activeMembers = q.value(0).toLongLong();
        k->repeatMembers = q.value(1).toLongLong();
    }
    if (!run(q, u"SELECT count(*) FROM members WHERE created_at >= ? AND created_at < ?"_s, {start, next},
             error))
        return false;
    if (q.next())
        k->newMembers = q.value(0).toLongLong();

    bool anyPoints = false;
    if (!run(q,
             u"SELECT kind, sum(credit), sum(debit) FROM report_points_daily WHERE day >= ? AND day < ? "
             "GROUP BY kind"_s,
             {start, next}, error))
        return false;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const qint64 credit = q.value(1).toLongLong();
        const qint64 debit = q.value(2).toLongLong();
        anyPoints = anyPoints || credit != 0 || debit != 0;
        if (kind == u"earn"_s || kind == u"referral"_s || kind == u"import"_s) {
            k->pointsIssued += credit - debit;
        } else if (kind == u"adjust"_s) {
            k->pointsIssued += credit;
            k->pointsAdjustedOut += debit;
        } else if (kind == u"void_earn"_s) {
            k->pointsIssued -= debit - credit;
        } else if (kind == u"redeem"_s || kind == u"gift"_s) {
            k->pointsRedeemed += debit - credit;
        } else if (kind == u"void_redeem"_s) {
            k->pointsRedeemed -= credit - debit;
        } else if (kind == u"expire"_s) {
            k->pointsExpired += debit - credit;
        }
    }
    if (!run(q, u"SELECT coalesce(sum(credit) - sum(debit), 0) FROM report_points_daily WHERE day < ?"_s,
             {next}, error))
        return false;
    if (q.next())
        k->pointsBalanceEnd = q.value(0).toLongLong();
    k->liabilityFen = rules.pointsValueFen(qMax<qint64>(0, k->pointsBalanceEnd));
    k->hasData = k->purchases > 0 || k->newMembers > 0 || anyPoints;
    return true;
}

bool computeTrend(Database& db, const QDate& month, QVector<MonthTrendPoint>* trend, QString* error)
{
    const QDate first = month.addMonths(-12);
    trend->clear();
    QHash<QString, int> index;
    for (int i = 0; i < 13; ++i) {
        MonthTrendPoint p;
        p.month = first.addMonths(i);
        index.insert(monthKey(p.month), i);
        trend->append(p);
    }
    QSqlQuery q(db.sql());
    if (!run(q,
             u"SELECT substr(day, 1, 7), tier, sum(purchases), sum(paid_fen) FROM report_hourly "
             "WHERE day >= ? AND day < ? GROUP BY 1, 2 ORDER BY 1, 2"_s,
             {dayKey(first), dayKey(month.addMonths(1))}, error))
        return false;
    while (q.next()) {
        const int i = index.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        TierSales t;
        t.tier = q.value(1).toInt();
        t.purchases = q.value(2).toLongLong();
        t.salesFen = q.value(3).toLongLong();
        if (t.purchases == 0 && t.salesFen == 0)
            continue;
        MonthTrendPoint& p = (*trend)[i];
        p.purchases += t.purchases;
        p.salesFen += t.salesFen;
        p.tierSales.append(t);
    }
    if (!run(
            q,
            u"SELECT month, active_members, new_active FROM report_monthly WHERE month >= ? AND month <= ?"_s,
            {monthKey(first), monthKey(month)}, error))
        return false;
    while (q.next()) {
        const int i = index.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        MonthTrendPoint& p = (*trend)[i];
        p.activeMembers = q.value(1).toLongLong();
        p.newActiveMembers = q.value(2).toLongLong();
        p.returningActiveMembers = p.activeMembers - p.newActiveMembers;
    }
    return true;
}

bool computeTiers(Database& db, const QDate& month, const LoyaltyRules& rules, QVector<TierSlice>* tiers,
                  QString* error)
{
    const QString start = dayKey(month);
    const QString next = dayKey(month.addMonths(1));
    QHash<int, TierSlice> byTier;
    for (int t = 0; t < rules.tiers.size(); ++t)
        byTier[t].tier = t;
    QSqlQuery q(db.sql());
    // Today's distribution, less the members who joined after month end, with every change made after
    // month end (to members who existed then) undone. Today's comes from the counts the triggers keep
    // (schema step 7); counting every member is the fallback for a file not upgraded yet.
    const QString today = hasTable(db, "report_tier_members")
                              ? u"SELECT tier, members FROM report_tier_members"_s
                              : u"SELECT tier, count(*) FROM members GROUP BY tier"_s;
    if (!run(q, today, {}, error))
        return false;
    while (q.next())
        byTier[q.value(0).toInt()].members += q.value(1).toLongLong();
    if (!run(q,
             u"SELECT tier, count(*) FROM members INDEXED BY report_members_created_tier WHERE created_at >= "
             u"? "
             "GROUP BY tier"_s,
             {next}, error))
        return false;
    while (q.next())
        byTier[q.value(0).toInt()].members -= q.value(1).toLongLong();
    if (!run(q,
             u"SELECT t.from_tier, t.to_tier, count(*) FROM tier_history t JOIN members m ON m.id = "
             u"t.member_id "
             "WHERE t.time >= ? AND m.created_at < ? GROUP BY 1, 2"_s,
             {next, next}, error))
        return false;
    while (q.next()) {
        const qint64 n = q.value(2).toLongLong();
        if (!q.value(0).isNull())
            byTier[q.value(0).toInt()].members += n;
        byTier[q.value(1).toInt()].members -= n;
    }
    if (!run(q,
             u"SELECT tier, sum(purchases), sum(paid_fen) FROM report_hourly WHERE day >= ? AND day < ? "
             "GROUP BY tier"_s,
             {start, next}, error))
        return false;
    while (q.next()) {
        TierSlice& s = byTier[q.value(0).toInt()];
        s.purchases = q.value(1).toLongLong();
        s.salesFen = q.value(2).toLongLong();
    }
    QList<int> keys = byTier.keys();
    std::sort(keys.begin(), keys.end());
    tiers->clear();
    for (int t : keys) {
        TierSlice s = byTier.value(t);
        s.tier = t;
        s.name = rules.tierDisplayName(t);
        if (t >= rules.tiers.size() && s.members == 0 && s.purchases == 0)
            continue; // a tier removed from the rules that nobody holds
        tiers->append(s);
    }
    return true;
}

/// The upper end (exclusive) of the spend bucket starting at floorFen (see report_month_spend in
/// Migrations.cpp, schema step 7): the spend's first three digits are kept, so a bucket is one unit of its
/// third digit wide (one fen below 1,000 fen) — at most 1 % of its lowest spend.
qint64 spendBucketEnd(qint64 floorFen)
{
    qint64 width = 1;
    for (qint64 v = floorFen; v >= 1000; v /= 10)
        width *= 10;
    return floorFen + width;
}

/// The Pareto curve from the month's spend buckets (report_month_spend): the members of a bucket are
/// ranked together, so a percentile that ends inside a bucket takes its share of the bucket's spend pro
/// rata. All spends in a bucket lie within [lo, hi) with hi ≤ 1.01 lo, so the j members taken from it are
/// credited between j·lo and j·hi, as are the exact j largest: each cumulative share is within 1 % (of
/// itself) of the exact one, and exact wherever the bucket is one fen wide. top20Share is made exact by
/// reading the few members of its one cut bucket from the spend index. False with *error on a database
/// error; *usable false when the buckets disagree with the month's KPIs (then the caller scans).
bool computeParetoFromBuckets(Database& db, const QDate& month, ParetoCurve* pareto, bool* usable,
                              QString* error)
{
    struct Bucket
    {
        qint64 floor;
        qint64 members;
        Fen paid;
    };
    std::vector<Bucket> buckets;
    buckets.reserve(4096);
    qint64 members = 0;
    Fen paid = 0;
    {
        RawQuery q(db, "SELECT floor_fen, members, paid_fen FROM report_month_spend WHERE month = ? "
                       "ORDER BY floor_fen DESC");
        q.bind(1, monthKey(month));
        while (q.next()) {
            const Bucket b{q.integer(0), q.integer(1), q.integer(2)};
            if (b.members <= 0)
                continue;
            buckets.push_back(b);
            members += b.members;
            paid += b.paid;
        }
        if (q.failed(error))
            return false;
    }
    *usable = members == pareto->members && paid == pareto->totalFen;
    if (!*usable)
        return true;
    const qint64 n = pareto->members;
    // Walks the buckets from the top; each call takes the top k members (k never decreasing).
    size_t next = 0;
    qint64 taken = 0;
    Fen takenFen = 0;
    auto advance = [&](qint64 k) {
        while (next < buckets.size() && taken + buckets[next].members <= k) {
            taken += buckets[next].members;
            takenFen += buckets[next].paid;
            ++next;
        }
    };
    pareto->cumulativeShare.resize(101);
    pareto->cumulativeShare[0] = 0;
    for (int b = 1; b <= 100; ++b) {
        const qint64 k = qint64(b) * n / 100;
        advance(k);
        double spend = double(takenFen);
        if (k > taken && next < buckets.size()) {
            const Bucket& cut = buckets[next];
            spend += double(k - taken) * double(cut.paid) / double(cut.members);
        }
        pareto->cumulativeShare[b] = spend / double(pareto->totalFen);
    }
    // The top 20 %: whole buckets, then the j largest spends of the bucket it ends in, read exactly (or
    // the bucket's spend less its m − j smallest, whichever reads fewer rows).
    next = 0;
    taken = 0;
    takenFen = 0;
    advance(pareto->top20Members);
    Fen top20 = takenFen;
    const qint64 j = pareto->top20Members - taken;
    if (j > 0 && next < buckets.size()) {
        const Bucket& cut = buckets[next];
        const qint64 end = spendBucketEnd(cut.floor);
        if (end - cut.floor == 1) {
            top20 += j * cut.floor;
        } else {
            const bool fromTop = j <= cut.members - j;
            RawQuery q(
                db, fromTop ? "SELECT paid_fen FROM report_member_month WHERE month = ?1 AND paid_fen >= ?2 "
                              "AND paid_fen < ?3 ORDER BY paid_fen DESC LIMIT ?4"
                            : "SELECT paid_fen FROM report_member_month WHERE month = ?1 AND paid_fen >= ?2 "
                              "AND paid_fen < ?3 ORDER BY paid_fen LIMIT ?4");
            q.bind(1, monthKey(month));
            q.bind(2, cut.floor);
            q.bind(3, end);
            q.bind(4, fromTop ? j : cut.members - j);
            Fen sum = 0;
            while (q.next())
                sum += q.integer(0);
            if (q.failed(error))
                return false;
            top20 += fromTop ? sum : cut.paid - sum;
        }
    }
    pareto->top20Share = double(top20) / double(pareto->totalFen);
    pareto->bucketed = true;
    return true;
}

bool computePareto(Database& db, const MonthKpis& kpis, qint64 exactUpTo, ParetoCurve* pareto, QString* error)
{
    const QDate month = kpis.month;
    *pareto = ParetoCurve();
    pareto->members = kpis.activeMembers;
    pareto->totalFen = kpis.salesFen;
    if (pareto->members == 0 || pareto->totalFen <= 0)
        return true;
    pareto->top20Members = (pareto->members * 20 + 99) / 100;
    if (pareto->members > exactUpTo && hasTable(db, "report_month_spend")) {
        bool usable = false;
        if (!computeParetoFromBuckets(db, month, pareto, &usable, error))
            return false;
        if (usable)
            return true;
        pareto->cumulativeShare.clear(); // the buckets disagree with the KPIs (a summary left behind): scan
    }
    const qint64 n = pareto->members;
    // Rank r (1-based, by spend descending) falls in percentile bucket ceil(100 r / n); the cumulative sum
    // through bucket b is then exactly the spend of the top floor(b n / 100) members.
    RawQuery q(db, "SELECT paid_fen FROM report_member_month WHERE month = ? ORDER BY paid_fen DESC");
    q.bind(1, monthKey(month));
    QVector<qint64> bucket(101, 0);
    qint64 rank = 0, top20 = 0, seen = 0;
    while (q.next()) {
        const qint64 paid = q.integer(0);
        ++rank;
        const qint64 b = qMin<qint64>(100, (rank * 100 + n - 1) / n);
        bucket[int(b)] += paid;
        if (rank <= pareto->top20Members)
            top20 += paid;
        seen += paid;
    }
    if (q.failed(error))
        return false;
    Q_UNUSED(seen);
    pareto->cumulativeShare.resize(101);
    qint64 running = 0;
    for (int b = 0; b <= 100; ++b) {
        running += bucket[b];
        pareto->cumulativeShare[b] = double(running) / double(pareto->totalFen);
    }
    pareto->top20Share = double(top20) / double(pareto->totalFen);
    return true;
}

bool computeHeatmap(Database& db, const QDate& month, std::array<std::array<qint64, 24>, 7>* heatmap,
                    QString* error)
{
    for (auto& row : *heatmap)
        row.fill(0);
    QSqlQuery q(db.sql());
    if (!run(
            q,
            u"SELECT day, hour, sum(purchases) FROM report_hourly WHERE day >= ? AND day < ? GROUP BY day, hour"_s,
            {dayKey(month), dayKey(month.addMonths(1))}, error))
        return false;
    while (q.next()) {
        const QDate day = fromStoredDate(q.value(0).toString());
        const int hour = q.value(1).toInt();
        if (!day.isValid() || hour < 0 || hour > 23)
            continue;
        (*heatmap)[day.dayOfWeek() - 1][hour] += q.value(2).toLongLong();
    }
    return true;
}

bool computeTopMembers(Database& db, const QDate& month, int limit, QVector<RankedMember>* top,
                       QString* error)
{
    top->clear();
    QSqlQuery q(db.sql());
    if (!run(
            q,
            u"SELECT r.member_id, m.name, m.card, m.tier, r.purchases, r.paid_fen FROM report_member_month r "
            "JOIN members m ON m.id = r.member_id WHERE r.month = ? "
            "ORDER BY r.paid_fen DESC, r.member_id LIMIT ?"_s,
            {monthKey(month), limit}, error))
        return false;
    while (q.next()) {
        RankedMember m;
        m.memberId = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.card = q.value(2).toString();
        m.tier = q.value(3).toInt();
        m.purchases = q.value(4).toLongLong();
        m.salesFen = q.value(5).toLongLong();
        top->append(m);
    }
    return true;
}

bool computeNewVips(Database& db, const QDate& month, int limit, MonthlyFigures* f, QString* error)
{
    f->newVips.clear();
    f->newVipCount = 0;
    // A voided purchase has its purchase_voids row (written in the same transaction that sets
    // purchases.voided_by): looking there reads a few pages of a small table instead of one page of the
    // huge purchases table per upgrade (seconds on a cold cache at a million members).
    const QString where =
        u"WHERE t.time >= ? AND t.time < ? AND t.from_tier IS NOT NULL AND t.to_tier > t.from_tier "
        "AND NOT EXISTS (SELECT 1 FROM purchase_voids v WHERE v.purchase_id = t.purchase_id)"_s;
    const QVariantList range{dayKey(month), dayKey(month.addMonths(1))};
    QSqlQuery q(db.sql());
    if (!run(q, u"SELECT count(*) FROM tier_history t "_s + where, range, error))
        return false;
    if (q.next())
        f->newVipCount = q.value(0).toLongLong();
    // The page of upgrades is picked first, then only its members are read (not one member per upgrade).
    if (!run(q,
             u"SELECT t.member_id, m.name, m.card, t.time, t.from_tier, t.to_tier FROM "
             "(SELECT t.id, t.member_id, t.time, t.from_tier, t.to_tier FROM tier_history t "_s +
                 where +
                 u" ORDER BY t.to_tier DESC, t.time, t.id LIMIT ?) t "
                 "JOIN members m ON m.id = t.member_id ORDER BY t.to_tier DESC, t.time, t.id"_s,
             range + QVariantList{limit}, error))
        return false;
    while (q.next()) {
        TierUpgrade u;
        u.memberId = q.value(0).toLongLong();
        u.name = q.value(1).toString();
        u.card = q.value(2).toString();
        u.time = fromStoredTime(q.value(3).toString());
        u.fromTier = q.value(4).toInt();
        u.toTier = q.value(5).toInt();
        f->newVips.append(u);
    }
    return true;
}

bool computeAtRisk(Database& db, const QDate& month, int limit, MonthlyFigures* f, QString* error)
{
    f->atRisk.clear();
    f->atRiskCount = 0;
    const QDate end = month.addMonths(1); // exclusive: 00:00 on the 1st of the next month
    const QDate windowStartDay = end.addDays(-180);
    const QString windowStart = dayKey(windowStartDay);
    const QString quietSince = dayKey(end.addDays(-42));
    const QString endKey = dayKey(end);
    const QString boundaryMonth = monthKey(windowStartDay);
    // Candidates from whole months: the months after the boundary month (the one holding the window's first
    // day) lie inside the window; the boundary month counts apart, since it may reach before the window.
    // No purchase may fall in the quiet days, which the months up to month end cover exactly.
    struct Candidate
    {
        qint64 id;
        qint64 purchases;
        Fen sales;
        QString last;
    };
    struct Agg
    {
        qint64 id = 0;
        qint64 purchases = 0; ///< after the boundary month
        Fen sales = 0;
        qint64 boundaryPurchases = 0;
        Fen boundarySales = 0;
        char boundaryFirst[20] = {}; ///< stored times are 19 characters
        char boundaryLast[20] = {};
        char quietMonthLast[20] = {}; ///< the last purchase of the month holding the quiet days' first day
        int latestMiddle = 0;         ///< year * 12 + month - 1 of its latest month in between, 0 if none
        bool later = false;           ///< bought on or after the quiet days' first day
    };
    auto copyTime = [](char* target, const unsigned char* text) {
        if (text)
            qstrncpy(target, reinterpret_cast<const char*>(text), 20);
    };
    // The reads below see one snapshot of the file (a purchase committed meanwhile by the counter cannot
    // count in one month's read and not in another's): a savepoint, so it also nests in a caller's
    // transaction; released (nothing written) after every statement of this pass is gone.
    struct Snapshot
    {
        QSqlQuery q;
        explicit Snapshot(Database& db) : q(db.sql()) { q.exec(u"SAVEPOINT members_at_risk"_s); }
        ~Snapshot() { q.exec(u"RELEASE members_at_risk"_s); }
    } snapshot(db);
    // Member ids are dense (INTEGER PRIMARY KEY): a slot per id beats hashing 300,000 rows.
    qint64 maxId = 0;
    {
        RawQuery q(db, "SELECT coalesce(max(id), 0) FROM members");
        if (q.next())
            maxId = q.integer(0);
        if (q.failed(error))
            return false;
    }
    std::vector<int> slot(size_t(maxId) + 1, -1);
    std::vector<Agg> aggs;
    aggs.reserve(size_t(qMin<qint64>(maxId + 1, 1 << 18)));
    auto agg = [&](qint64 id, bool create) -> Agg* {
        if (id < 0 || id > maxId)
            return nullptr; // a member inserted since the scan began (another connection)
        int& index = slot[size_t(id)];
        if (index < 0) {
            if (!create)
                return nullptr;
            index = int(aggs.size());
            aggs.emplace_back();
            aggs.back().id = id;
        }
        return &aggs[size_t(index)];
    };
    // Four reads of report_member_month. Only the boundary month (B, its first and last times) and the
    // month holding the quiet days' first day (Q, its last times) need the rows' times; the months in
    // between need the counts and spends, the months after Q the members only: those come from the
    // covering index report_member_month_counts (schema step 9), a third of the rows' size, where it exists.
    const QString quietMonth = monthKey(end.addDays(-42));
    {
        RawQuery q(db,
                   "SELECT member_id, purchases, paid_fen, first_time, last_time FROM report_member_month "
                   "WHERE month = ?");
        q.bind(1, boundaryMonth);
        while (q.next()) {
            if (Agg* a = agg(q.integer(0), true)) {
                a->boundaryPurchases = q.integer(1);
                a->boundarySales = q.integer(2);
                copyTime(a->boundaryFirst, q.rawText(3));
                copyTime(a->boundaryLast, q.rawText(4));
            }
        }
        if (q.failed(error))
            return false;
    }
    {
        RawQuery q(db, "SELECT month, member_id, purchases, paid_fen FROM report_member_month "
                       "WHERE month > ? AND month < ?");
        q.bind(1, boundaryMonth);
        q.bind(2, quietMonth);
        while (q.next()) {
            if (Agg* a = agg(q.integer(1), true)) {
                a->purchases += q.integer(2);
                a->sales += q.integer(3);
                const char* m = reinterpret_cast<const char*>(q.rawText(0));
                if (m && qstrlen(m) >= 7) // "yyyy-MM"
                    a->latestMiddle = qMax(
                        a->latestMiddle,
                        ((m[0] - '0') * 1000 + (m[1] - '0') * 100 + (m[2] - '0') * 10 + (m[3] - '0')) * 12 +
                            (m[5] - '0') * 10 + (m[6] - '0') - 1);
            }
        }
        if (q.failed(error))
            return false;
    }
    const QByteArray quiet = quietSince.toUtf8(), start = windowStart.toUtf8();
    {
        RawQuery q(
            db, "SELECT member_id, purchases, paid_fen, last_time FROM report_member_month WHERE month = ?");
        q.bind(1, quietMonth);
        while (q.next()) {
            if (Agg* a = agg(q.integer(0), true)) {
                a->purchases += q.integer(1);
                a->sales += q.integer(2);
                copyTime(a->quietMonthLast, q.rawText(3));
                if (qstrcmp(a->quietMonthLast, quiet.constData()) >= 0)
                    a->later = true;
            }
        }
        if (q.failed(error))
            return false;
    }
    {
        RawQuery q(db, "SELECT member_id FROM report_member_month WHERE month > ? AND month <= ?");
        q.bind(1, quietMonth);
        q.bind(2, monthKey(month));
        while (q.next()) {
            if (Agg* a = agg(q.integer(0), false))
                a->later = true;
        }
        if (q.failed(error))
            return false;
    }
    // The boundary month's purchases count only from the window's first day on. A member whose boundary
    // month starts on or after that day counts it whole, one whose boundary month ends before it not at
    // all; for one whose boundary month straddles the day, k of its b purchases count, 1 <= k <= b - 1,
    // and their spend lies between 0 and the month's. Most members at risk are settled by those bounds;
    // only the others are looked up in purchases (one index seek each, random on a cold cache: 15,000 of
    // them took seconds at a million members when every straddling member was looked up).
    struct Qualified
    {
        Candidate c;
        Fen boundarySales = 0; ///< > 0 with exact == false: c.sales is a lower bound, + this an upper one
        bool exact = true;
    };
    RawQuery lookup(db, "SELECT count(*), coalesce(sum(paid_fen), 0) FROM purchases WHERE member_id = ? "
                        "AND time >= ? AND time < ? AND voided_by IS NULL");
    const QString afterBoundary =
        dayKey(QDate(windowStartDay.year(), windowStartDay.month(), 1).addMonths(1));
    lookup.bind(2, windowStart);
    lookup.bind(3, afterBoundary);
    // Looks up the boundary month's purchases in the window for the members of `ids` (sorted by id, so
    // the seeks walk the index in its order), adding them to `add(id, count, spend)`.
    auto lookUp = [&](std::vector<qint64>& ids, auto add) {
        std::sort(ids.begin(), ids.end());
        for (const qint64 id : ids) {
            lookup.reset();
            lookup.bind(1, id);
            if (lookup.next())
                add(id, lookup.integer(0), Fen(lookup.integer(1)));
            if (lookup.failed(error))
                return false;
        }
        return true;
    };
    std::vector<Qualified> qualified;
    std::vector<qint64> undecided; // may or may not reach 3 purchases: looked up before counting
    for (const Agg& a : aggs) {
        // Every row after the boundary month lies in the window (a row holds at least one purchase); a
        // member with none bought in the window only if its boundary month ends on or after the first day.
        if (a.later || (a.purchases == 0 && qstrcmp(a.boundaryLast, start.constData()) < 0) ||
            a.purchases + a.boundaryPurchases < 3)
            continue;
        Qualified q{{a.id, a.purchases, a.sales, QString()}, 0, true};
        if (a.boundaryPurchases > 0 && qstrcmp(a.boundaryFirst, start.constData()) >= 0) {
            q.c.purchases += a.boundaryPurchases;
            q.c.sales += a.boundarySales;
        } else if (a.boundaryPurchases > 0 && qstrcmp(a.boundaryLast, start.constData()) >= 0) {
            if (a.purchases + a.boundaryPurchases - 1 < 3)
                continue; // at most b - 1 of them count
            if (a.purchases + 1 >= 3) {
                q.exact = false; // at risk whatever the split; its spend is looked up if it may rank
                q.boundarySales = a.boundarySales;
            } else {
                undecided.push_back(a.id);
                continue;
            }
        }
        if (q.c.purchases >= 3 || !q.exact)
            qualified.push_back(std::move(q));
    }
    if (!undecided.empty()) {
        if (!lookUp(undecided, [&](qint64 id, qint64 count, Fen spend) {
                const Agg& a = aggs[size_t(slot[size_t(id)])];
                if (a.purchases + count >= 3)
                    qualified.push_back({{id, a.purchases + count, a.sales + spend, QString()}, 0, true});
            }))
            return false;
    }
    // The members whose spend is only bounded are looked up when their upper bound reaches the
    // limit-th largest lower bound: the others rank below at least `limit` members whatever their split.
    {
        std::vector<Fen> lower;
        lower.reserve(qualified.size());
        for (const Qualified& q : qualified)
            lower.push_back(q.c.sales);
        Fen threshold = std::numeric_limits<Fen>::min();
        if (limit > 0 && lower.size() >= size_t(limit)) {
            std::nth_element(lower.begin(), lower.begin() + (limit - 1), lower.end(), std::greater<Fen>());
            threshold = lower[size_t(limit - 1)];
        }
        // (member id, its entry): ids are unique in `qualified`.
        std::vector<std::pair<qint64, size_t>> index;
        for (size_t i = 0; i < qualified.size(); ++i)
            if (!qualified[i].exact && qualified[i].c.sales + qualified[i].boundarySales >= threshold)
                index.emplace_back(qualified[i].c.id, i);
        if (!index.empty()) {
            std::sort(index.begin(), index.end());
            std::vector<qint64> ids;
            ids.reserve(index.size());
            for (const auto& entry : index)
                ids.push_back(entry.first);
            if (!lookUp(ids, [&](qint64 id, qint64 count, Fen spend) {
                    const auto it =
                        std::lower_bound(index.begin(), index.end(), std::make_pair(id, size_t(0)));
                    Qualified& q = qualified[it->second];
                    q.c.purchases += count;
                    q.c.sales += spend;
                    q.exact = true;
                }))
                return false;
        }
    }
    // Ranked by spend: an entry still bounded ranks by its upper bound, below the `limit` first (see above).
    auto key = [](const Qualified& q) { return q.exact ? q.c.sales : q.c.sales + q.boundarySales; };
    const size_t shown = qMin(qualified.size(), size_t(qMax(limit, 0)));
    std::partial_sort(qualified.begin(), qualified.begin() + shown, qualified.end(),
                      [&](const Qualified& a, const Qualified& b) {
                          const Fen ka = key(a), kb = key(b);
                          return ka != kb ? ka > kb : a.c.id < b.c.id;
                      });
    QVector<Candidate> atRisk;
    atRisk.reserve(int(shown));
    // The last purchase of those listed: in Q if they bought then, else in their latest month in between
    // (read from its row), else in B.
    RawQuery lastOf(db, "SELECT last_time FROM report_member_month WHERE month = ? AND member_id = ?");
    for (size_t i = 0; i < shown; ++i) {
        Candidate c = qualified[i].c;
        const Agg& a = aggs[size_t(slot[size_t(c.id)])];
        if (a.quietMonthLast[0]) {
            c.last = QString::fromUtf8(a.quietMonthLast);
        } else if (a.latestMiddle > 0) {
            lastOf.reset();
            lastOf.bind(1, monthKey(QDate(a.latestMiddle / 12, a.latestMiddle % 12 + 1, 1)));
            lastOf.bind(2, c.id);
            if (lastOf.next())
                c.last = QString::fromUtf8(lastOf.text(0));
            if (lastOf.failed(error))
                return false;
        } else {
            c.last = QString::fromUtf8(a.boundaryLast);
        }
        atRisk.append(c);
    }
    f->atRiskCount = qint64(qualified.size());
    QSqlQuery member(db.sql());
    if (!Sql::prepare(member, u"SELECT name, card, tier FROM members WHERE id = ?"_s, error))
        return false;
    for (int i = 0; i < atRisk.size() && i < limit; ++i) {
        AtRiskMember m;
        m.memberId = atRisk[i].id;
        m.purchases = atRisk[i].purchases;
        m.salesFen = atRisk[i].sales;
        m.lastPurchase = fromStoredTime(atRisk[i].last);
        member.addBindValue(m.memberId);
        if (!Sql::exec(member, error))
            return false;
        if (member.next()) {
            m.name = member.value(0).toString();
            m.card = member.value(1).toString();
            m.tier = member.value(2).toInt();
        }
        member.finish();
        f->atRisk.append(m);
    }
    return true;
}

QJsonValue optionalNumber(bool has, double value)
{
    return has ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<Fen> MonthKpis::averageTicketFen() const
{
    if (purchases <= 0)
        return std::nullopt;
    return (salesFen * 2 + purchases) / (purchases * 2);
}

std::optional<double> MonthKpis::repeatRate() const
{
    if (activeMembers <= 0)
        return std::nullopt;
    return double(repeatMembers) / double(activeMembers);
}

bool MonthlyFigures::parseMonth(const QString& text, QDate* month, QString* error)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const auto match = pattern.match(text.trimmed());
    const QDate parsed =
        match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    if (!parsed.isValid() || parsed.year() < 1900) {
        if (error)
            *error = tr("The month must look like 2026-04, not \"%1\".").arg(text);
        return false;
    }
    *month = parsed;
    return true;
}

bool MonthlyFigures::compute(Database& db, const QDate& month, const LoyaltyRules& rules,
                             MonthlyFigures* figures, QString* error, const Options& options)
{
    if (!month.isValid()) {
        *error = tr("No month was given.");
        return false;
    }
    MonthlyFigures f;
    f.month = QDate(month.year(), month.month(), 1);
    if (!computeKpis(db, f.month, rules, &f.current, error) ||
        !computeKpis(db, f.month.addMonths(-1), rules, &f.previousMonth, error) ||
        !computeKpis(db, f.month.addYears(-1), rules, &f.sameMonthLastYear, error) ||
        !computeTrend(db, f.month, &f.trend, error) || !computeTiers(db, f.month, rules, &f.tiers, error) ||
        !computePareto(db, f.current, options.paretoExactUpTo, &f.pareto, error) ||
        !computeHeatmap(db, f.month, &f.heatmap, error) ||
        !computeTopMembers(db, f.month, options.topMembers, &f.topMembers, error) ||
        !computeNewVips(db, f.month, options.listLimit, &f, error) ||
        (options.atRisk && !computeAtRisk(db, f.month, options.listLimit, &f, error)))
        return false;
    *figures = std::move(f);
    return true;
}

bool MonthlyFigures::membersAtRisk(Database& db, MonthlyFigures* figures, QString* error, int limit)
{
    return computeAtRisk(db, figures->month, limit, figures, error);
}

QJsonObject MonthlyFigures::kpiJson(const MonthKpis& k)
{
    QJsonObject o{{u"month"_s, monthKey(k.month)}, {u"has_data"_s, k.hasData}};
    if (!k.hasData)
        return o;
    const auto avg = k.averageTicketFen();
    const auto rate = k.repeatRate();
    o.insert(u"sales_fen"_s, k.salesFen);
    o.insert(u"purchases"_s, k.purchases);
    o.insert(u"average_ticket_fen"_s, avg ? QJsonValue(*avg) : QJsonValue(QJsonValue::Null));
    o.insert(u"active_members"_s, k.activeMembers);
    o.insert(u"repeat_members"_s, k.repeatMembers);
    o.insert(u"repeat_rate"_s, optionalNumber(rate.has_value(), rate.value_or(0)));
    o.insert(u"new_members"_s, k.newMembers);
    o.insert(u"points_issued"_s, k.pointsIssued);
    o.insert(u"points_redeemed"_s, k.pointsRedeemed);
    o.insert(u"points_expired"_s, k.pointsExpired);
    o.insert(u"points_adjusted_out"_s, k.pointsAdjustedOut);
    o.insert(u"points_balance_end"_s, k.pointsBalanceEnd);
    o.insert(u"liability_fen"_s, k.liabilityFen);
    return o;
}

QJsonObject MonthlyFigures::kpiJson() const
{
    QJsonObject o = kpiJson(current);
    o.insert(u"previous_month"_s, kpiJson(previousMonth));
    o.insert(u"last_year"_s, kpiJson(sameMonthLastYear));
    o.insert(u"new_vips"_s, newVipCount);
    o.insert(u"at_risk"_s, atRiskCount);
    if (current.hasData) {
        o.insert(u"top20_share"_s, optionalNumber(pareto.members > 0, pareto.top20Share));
    }
    return o;
}

} // namespace md

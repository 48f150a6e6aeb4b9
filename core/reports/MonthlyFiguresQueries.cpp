// SPDX-License-Identifier: GPL-3.0-or-later
// The month's KPIs, trend, tiers, Pareto curve, heatmap, top members and new VIPs (see MonthlyFigures.cpp).
#include "MonthlyFiguresDetail.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace md::monthly_figures_detail {

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
    // Every tier change since month end is undone, less those of the members who joined since (they are
    // already left out above, at their tier today). Joining each change to its member's row instead cost
    // a random page per change: 290 ms from a cold cache for 2,700 changes at a million members.
    const auto undoChanges = [&](const QString& sql, const QVariantList& values, qint64 sign) {
        if (!run(q, sql, values, error))
            return false;
        while (q.next()) {
            const qint64 n = sign * q.value(2).toLongLong();
            if (!q.value(0).isNull())
                byTier[q.value(0).toInt()].members += n;
            byTier[q.value(1).toInt()].members -= n;
        }
        return true;
    };
    if (!undoChanges(u"SELECT from_tier, to_tier, count(*) FROM tier_history WHERE time >= ? GROUP BY 1, 2"_s,
                     {next}, 1) ||
        !undoChanges(u"SELECT t.from_tier, t.to_tier, count(*) FROM members m INDEXED BY "
                     "report_members_created_tier JOIN tier_history t ON t.member_id = m.id AND t.time >= ? "
                     "WHERE m.created_at >= ? GROUP BY 1, 2"_s,
                     {next, next}, -1))
        return false;
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

namespace {

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

} // namespace

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
    // One pass over the month's upgrades (a covering index in time order) counts them and keeps the page
    // of the highest; a count and a sorted page were two passes over them (50,000 upgrades: 75 ms warm).
    // A voided purchase has its purchase_voids row (written in the same transaction that sets
    // purchases.voided_by): looking there reads a few pages of a small table instead of one page of the
    // huge purchases table per upgrade (seconds on a cold cache at a million members).
    RawQuery q(db,
               "SELECT t.id, t.member_id, t.time, t.from_tier, t.to_tier FROM tier_history t "
               "WHERE t.time >= ?1 AND t.time < ?2 AND t.from_tier IS NOT NULL AND t.to_tier > t.from_tier "
               "AND NOT EXISTS (SELECT 1 FROM purchase_voids v WHERE v.purchase_id = t.purchase_id)");
    q.bind(1, dayKey(month));
    q.bind(2, dayKey(month.addMonths(1)));
    struct Upgrade
    {
        qint64 id;
        qint64 memberId;
        QByteArray time;
        int fromTier;
        int toTier;
    };
    // The page's order: highest tier reached first, then the earliest, then the first written.
    const auto before = [](const Upgrade& a, const Upgrade& b) {
        if (a.toTier != b.toTier)
            return a.toTier > b.toTier;
        if (a.time != b.time)
            return a.time < b.time;
        return a.id < b.id;
    };
    std::vector<Upgrade> page; // a heap with the last of the page on top
    while (q.next()) {
        ++f->newVipCount;
        if (limit <= 0)
            continue;
        const int toTier = int(q.integer(4));
        // Rows come in time order: most are out at the tier comparison, without copying their time.
        if (int(page.size()) == limit && toTier < page.front().toTier)
            continue;
        Upgrade u{q.integer(0), q.integer(1), q.text(2), int(q.integer(3)), toTier};
        if (int(page.size()) < limit) {
            page.push_back(std::move(u));
            std::push_heap(page.begin(), page.end(), before);
        } else if (before(u, page.front())) {
            std::pop_heap(page.begin(), page.end(), before);
            page.back() = std::move(u);
            std::push_heap(page.begin(), page.end(), before);
        }
    }
    if (q.failed(error))
        return false;
    std::sort_heap(page.begin(), page.end(), before);
    RawQuery member(db, "SELECT name, card FROM members WHERE id = ?");
    for (const Upgrade& u : page) {
        member.reset();
        member.bind(1, u.memberId);
        TierUpgrade upgrade;
        upgrade.memberId = u.memberId;
        if (member.next()) {
            upgrade.name = QString::fromUtf8(member.text(0));
            upgrade.card = QString::fromUtf8(member.text(1));
        } else if (member.failed(error)) {
            return false;
        } else {
            continue; // the join this replaces left out an upgrade without its member row
        }
        upgrade.time = fromStoredTime(QString::fromLatin1(u.time));
        upgrade.fromTier = u.fromTier;
        upgrade.toTier = u.toTier;
        f->newVips.append(upgrade);
    }
    return true;
}

} // namespace md::monthly_figures_detail

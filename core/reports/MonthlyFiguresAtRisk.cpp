// SPDX-License-Identifier: GPL-3.0-or-later
// The members at risk of a month (see MonthlyFigures.cpp).
#include "MonthlyFiguresDetail.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace md::monthly_figures_detail {

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

} // namespace md::monthly_figures_detail

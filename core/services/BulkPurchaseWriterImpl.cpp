// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkPurchaseWriterImpl.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace md {

using namespace bulkpurchase;

bool BulkPurchaseWriter::Impl::fail(QString* error, const QString& what)
{
    *error = tr("Writing the purchases failed (%1): %2")
                 .arg(what, Database::describeSqlError(QString::fromUtf8(sqlite3_errmsg(handle))));
    return false;
}

// `batchFen`: what the batch adds for this member (preload), -1 when unknown (a referrer read on
// demand): the history is then always read.
MemberState* BulkPurchaseWriter::Impl::state(qint64 id, QString* error, Fen batchFen)
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
    m.createdMonth = monthOfStored(selMember.text(7));
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

// report_month_spend's bucket of a member-month's spend (schema 7): the spend with all but its first three
// digits zeroed, spends under 1,000 fen their own bucket; the same arithmetic as the triggers' SQL on the
// number's text.
qint64 BulkPurchaseWriter::Impl::spendFloor(Fen paid)
{
    const QByteArray text = QByteArray::number(paid);
    if (text.size() <= 3)
        return paid;
    return (text.left(3) + QByteArray(text.size() - 3, '0')).toLongLong();
}

bool BulkPurchaseWriter::Impl::writeMonthFigures(
    const std::map<int, MonthFigures>& months,
    const std::map<std::pair<int, qint64>, std::pair<qint64, Fen>>& buckets, QString* error)
{
    SqliteStatement monthly, spend, emptySpend;
    if (!monthly.prepare(handle,
                         "INSERT INTO report_monthly(month, active_members, new_active, repeat_members) "
                         "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(month) DO UPDATE SET active_members = "
                         "active_members + excluded.active_members, new_active = new_active + "
                         "excluded.new_active, repeat_members = repeat_members + excluded.repeat_members") ||
        !spend.prepare(handle,
                       "INSERT INTO report_month_spend(month, floor_fen, members, paid_fen) VALUES(?1, ?2, "
                       "?3, ?4) ON CONFLICT(month, floor_fen) DO UPDATE SET members = members + "
                       "excluded.members, paid_fen = paid_fen + excluded.paid_fen") ||
        !emptySpend.prepare(handle, "DELETE FROM report_month_spend WHERE month = ?1 AND floor_fen = ?2 AND "
                                    "members <= 0"))
        return fail(error, u"summaries"_s);
    const auto monthText = [](int month) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d", month / 12, month % 12 + 1);
        return QByteArray(text);
    };
    for (const auto& [month, f] : months) {
        if (f.active == 0 && f.newActive == 0 && f.repeat == 0)
            continue;
        // (Only a month already counted can see its repeat customers change without new member-months.)
        if (!monthly.bind(1, monthText(month)).bind(2, f.active).bind(3, f.newActive).bind(4, f.repeat).run())
            return fail(error, u"summaries"_s);
    }
    for (const auto& [key, v] : buckets) {
        if (v.first == 0 && v.second == 0)
            continue;
        const QByteArray month = monthText(key.first);
        if (!spend.bind(1, month).bind(2, key.second).bind(3, v.first).bind(4, v.second).run() ||
            !emptySpend.bind(1, month).bind(2, key.second).run())
            return fail(error, u"summaries"_s);
    }
    return true;
}

// The sums of what the set-aside triggers would have added row by row: report_purchase_insert and
// report_points_insert (see Migrations.cpp, schema 2), and report_member_month's own triggers on
// report_monthly and report_month_spend (schemas 2 and 7).
bool BulkPurchaseWriter::Impl::writeSummaries(QString* error)
{
    // A member-month is read first, then inserted or updated: an upsert with RETURNING would give the
    // same figures, but SQLite builds a temporary table for every RETURNING (measured: 7 µs a
    // member-month, against 3 µs for the read and the write together).
    SqliteStatement h, findMonth, addMonth, growMonth, p;
    if (!h.prepare(handle,
                   "INSERT INTO report_hourly(day, hour, tier, purchases, paid_fen) VALUES(?,?,?,?,?) "
                   "ON CONFLICT(day, hour, tier) DO UPDATE SET purchases = purchases + "
                   "excluded.purchases, paid_fen = paid_fen + excluded.paid_fen") ||
        !findMonth.prepare(handle, "SELECT purchases, paid_fen FROM report_member_month WHERE month = ?1 "
                                   "AND member_id = ?2") ||
        !addMonth.prepare(handle, "INSERT INTO report_member_month(month, member_id, purchases, paid_fen, "
                                  "first_time, last_time, new_member) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)") ||
        !growMonth.prepare(handle, "UPDATE report_member_month SET purchases = purchases + ?3, paid_fen = "
                                   "paid_fen + ?4, first_time = min(first_time, ?5), last_time = "
                                   "max(last_time, ?6) WHERE month = ?1 AND member_id = ?2") ||
        !p.prepare(handle, "INSERT INTO report_points_daily(day, kind, credit, debit) VALUES(?,?,?,?) "
                           "ON CONFLICT(day, kind) DO UPDATE SET credit = credit + excluded.credit, "
                           "debit = debit + excluded.debit"))
        return fail(error, u"summaries"_s);
    // Only what a set-aside trigger would have written (a database without them gets nothing).
    const bool purchases = triggerSetAside(u"report_purchase_insert"_s);
    const bool points = triggerSetAside(u"report_points_insert"_s);
    const bool monthly = triggerSetAside(u"report_member_month_insert"_s);
    const bool repeats = triggerSetAside(u"report_member_month_update"_s);
    const bool spendAdded = triggerSetAside(u"report_month_spend_insert"_s);
    const bool spendMoved = triggerSetAside(u"report_month_spend_update"_s);
    if (!purchases) {
        hourly.clear();
        lastHour = nullptr;
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
    struct MemberMonth
    {
        std::pair<int, qint64> key; // month, member
        Spend spend;
        bool newMember;
    };
    std::vector<MemberMonth> months;
    for (auto& [id, member] : members) {
        if (purchases) {
            for (const auto& [month, spend] : member.months)
                months.push_back({{month, id}, spend, month == member.createdMonth});
        }
        member.months.clear();
    }
    std::sort(months.begin(), months.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    // What report_member_month's own triggers would add to report_monthly and report_month_spend, from
    // the member-month as it was before the batch and as the batch leaves it.
    std::map<int, MonthFigures> monthFigures;
    std::map<std::pair<int, qint64>, std::pair<qint64, Fen>> spendBuckets; // month, floor → members, paid
    for (const auto& [key, v, newMember] : months) {
        char month[16];
        std::snprintf(month, sizeof month, "%04d-%02d", key.first / 12, key.first % 12 + 1);
        findMonth.bindStaticText(1, month, 7).bind(2, key.second);
        const bool added = !findMonth.next();
        const qint64 wasPurchases = added ? 0 : findMonth.integer(0);
        const Fen wasPaid = added ? 0 : findMonth.integer(1);
        findMonth.done();
        if (findMonth.failed())
            return fail(error, u"summaries"_s);
        SqliteStatement& write = added ? addMonth : growMonth;
        const ShortText first = timeChars(v.first), last = timeChars(v.last);
        write.bindStaticText(1, month, 7).bind(2, key.second).bind(3, v.purchases).bind(4, v.paid);
        write.bindStaticText(5, first.data, first.size).bindStaticText(6, last.data, last.size);
        if (added)
            write.bind(7, newMember ? 1 : 0);
        if (!write.run())
            return fail(error, u"summaries"_s);
        const qint64 nowPurchases = wasPurchases + v.purchases;
        const Fen nowPaid = wasPaid + v.paid;
        MonthFigures& f = monthFigures[key.first];
        if (added && monthly) {
            ++f.active;
            f.newActive += newMember ? 1 : 0;
            f.repeat += nowPurchases >= 2 ? 1 : 0;
        } else if (!added && repeats) {
            f.repeat += (nowPurchases >= 2 ? 1 : 0) - (wasPurchases >= 2 ? 1 : 0);
        }
        if (added ? spendAdded : spendMoved && nowPaid != wasPaid) {
            if (!added) {
                auto& old = spendBuckets[{key.first, spendFloor(wasPaid)}];
                old.first -= 1;
                old.second -= wasPaid;
            }
            auto& now = spendBuckets[{key.first, spendFloor(nowPaid)}];
            now.first += 1;
            now.second += nowPaid;
        }
    }
    if (!writeMonthFigures(monthFigures, spendBuckets, error))
        return false;
    for (const auto& [key, v] : pointsDaily) {
        p.bind(1, dateText(QDate::fromJulianDay(key.first))).bindText(2, key.second, -1);
        if (!p.bind(3, v.first).bind(4, v.second).run())
            return fail(error, u"summaries"_s);
    }
    hourly.clear();
    lastHour = nullptr;
    pointsDaily.clear();
    return true;
}

namespace {

// The order rows are written in: by member, then in the order they were decided (so a member's own
// rows keep the order successive record() calls would give them). Index inserts keyed by member then
// stay next to each other in the B-trees instead of landing on a random page each.
/// The order a table's rows are written in. With the secondary indexes in place, grouped by member (a
/// member's rows in the order added): each member's index entries then land on the same leaf pages. With
/// them set aside, in id order: the rows are appended to the table's B-tree instead of split into it
/// (ids follow the order added, so member order would insert at random positions).
template <typename Row> std::vector<qint64> writeOrder(const std::vector<Row>& rows, bool indexesSetAside)
{
    std::vector<qint64> order(rows.size());
    if (indexesSetAside) {
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = qint64(i);
        return order;
    }
    // (member, position) pairs are unique, so a plain sort gives the stable order, on contiguous keys.
    std::vector<std::pair<qint64, qint64>> keyed(rows.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        keyed[i] = {rows[i].memberId, qint64(i)};
    std::sort(keyed.begin(), keyed.end());
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
    const bool setAside = !droppedIndexes.isEmpty();
    for (qint64 i : writeOrder(purchaseRows, setAside)) {
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
    for (qint64 i : writeOrder(ledgerRows, setAside)) {
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
    for (qint64 i : writeOrder(tierRows, setAside)) {
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

} // namespace md

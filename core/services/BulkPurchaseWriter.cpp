// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkPurchaseWriterImpl.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "services/RulesService.h"
#include "storage/Database.h"
#include "storage/PragmaScope.h"
#include "storage/SqliteStatement.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
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
using namespace bulkpurchase;

const char* const BulkPurchaseWriter::kMemberFigureIndexesSql =
    "SELECT m.name, m.sql, m.tbl_name FROM sqlite_master m WHERE m.type = 'index' AND m.tbl_name = 'members' "
    "AND m.sql "
    "IS NOT NULL AND EXISTS (SELECT 1 FROM pragma_index_info(m.name) c WHERE c.name IN ('visits', "
    "'paid_total_fen', 'first_visit', 'last_visit', 'tier', 'tier_since', 'points'))";

bool BulkPurchaseWriter::preload(const QHash<qint64, Fen>& existingMembers, qint64 expectedRows,
                                 QString* error, const QDate& earliest)
{
    // A tier counts the 12 months before each purchase: history older than that before the earliest
    // purchase to add is never summed (lifetime spend reads it all).
    if (earliest.isValid() && d->rules.tierBasis != LoyaltyRules::TierBasis::PaidLifetime)
        d->historyFrom = dateText(earliest.addMonths(-12));
    d->members.reserve(d->members.size() + size_t(existingMembers.size()));
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
    if (!setsIndexesAside(expectedRows, stored))
        return true;
    // Index definitions are read back from sqlite_master, so the schema stays defined in the migrations.
    return d->setAside(u"SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                       "NULL AND tbl_name IN ('purchases', 'points_ledger', 'points_allocations', "
                       "'tier_history', 'report_member_month')"_s,
                       u"DROP INDEX "_s, &d->droppedIndexes, error);
}

bool BulkPurchaseWriter::Impl::setAside(const QString& query, const QString& drop, QList<SetAside>* kept,
                                        QString* error)
{
    QSqlQuery q(ctx.db.sql());
    if (!q.exec(query)) {
        *error = Database::describeSqlError(q.lastError().text());
        return false;
    }
    const qsizetype first = kept->size();
    while (q.next())
        *kept << SetAside{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    q.finish();
    for (qsizetype i = first; i < kept->size(); ++i) {
        if (!q.exec(drop + kept->at(i).name)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
    }
    return true;
}

bool BulkPurchaseWriter::Impl::setMemberIndexesAside(qint64 touchedMembers, QString* error)
{
    // Only with the purchase indexes already aside (a history load): when most members get new figures,
    // their indexes on those figures are rebuilt sorted rather than updated at random places.
    if (droppedIndexes.isEmpty())
        return true;
    QSqlQuery q(ctx.db.sql());
    if (!q.exec(u"SELECT COALESCE(MAX(id), 0) FROM members"_s) || !q.next()) {
        *error = Database::describeSqlError(q.lastError().text());
        return false;
    }
    if (!setsMemberIndexesAside(touchedMembers, q.value(0).toLongLong()))
        return true;
    q.finish();
    return setAside(QString::fromLatin1(kMemberFigureIndexesSql), u"DROP INDEX "_s, &droppedIndexes, error);
}

bool BulkPurchaseWriter::setsMemberIndexesAside(qint64 touchedMembers, qint64 maxMemberId)
{
    return touchedMembers >= 1000 && touchedMembers * 4 >= maxMemberId;
}

bool BulkPurchaseWriter::setsIndexesAside(qint64 expectedRows, qint64 storedPurchases)
{
    // Rebuilding sorts every row of the tables, old and new; updating touches a page per new row.
    return expectedRows >= 20000 && expectedRows >= storedPurchases;
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
    // Inside the caller's transaction: a failed or dry run rolls the DROP back with everything else. The
    // row-by-row report triggers of the purchases, the ledger and the member-months: finish() adds up
    // what they would have written (Impl::writeSummaries).
    if (!d->setAside(u"SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name IN "
                     "('report_purchase_insert', 'report_points_insert', 'report_member_month_insert', "
                     "'report_member_month_update', 'report_month_spend_insert', "
                     "'report_month_spend_update')"_s,
                     u"DROP TRIGGER "_s, &d->droppedTriggers, error))
        return false;
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
                             "anonymized_at IS NOT NULL, visits, paid_total_fen, created_at FROM members "
                             "WHERE id = ?") &&
        d->selHistory.prepare(d->handle, "SELECT time, paid_fen FROM purchases WHERE member_id = ?1 AND "
                                         "voided_by IS NULL AND time >= ?2") &&
        d->selDebts.prepare(
            d->handle, "SELECT l.id, -l.delta - COALESCE((SELECT SUM(a.points) FROM points_allocations a "
                       "WHERE a.debit_id = l.id), 0) AS open FROM points_ledger l WHERE l.member_id = ? AND "
                       "l.delta < 0 AND l.kind <> 'expire' AND open > 0 ORDER BY l.id") &&
        // The purchases of the member that paid a referral bonus, from the member's purchase ids
        // (purchases_member) and the small index of referral entries (points_ledger_referrals, which
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
    m.createdMonth = d->today.year() * 12 + d->today.month() - 1; // created now, by the caller
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
    d->countPurchase(*m, key, tierBefore, p.paidFen);
    ++d->stats.purchases;

    // Rows come mostly in date order: the expiry date of the previous row's day is often this one's.
    if (p.date != d->expiryDay.first)
        d->expiryDay = {p.date, rules.expiryFor(p.date)};
    const QDate expires = d->expiryDay.second;
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
    QElapsedTimer phase;
    phase.start();
    // With the indexes aside, building them again takes about as long as writing the rows: the bar
    // shares its time between the two rather than sitting at the end while the indexes are built.
    const double rowsShare = d->droppedIndexes.isEmpty() ? 1.0 : 0.5;
    const auto rowsProgress = [&](double done) { return !progress || progress(rowsShare * done); };
    if (!d->writeRows(error, rowsProgress))
        return false;
    d->purchaseRows.clear();
    d->ledgerRows.clear();
    d->allocationRows.clear();
    d->tierRows.clear();
    d->stats.rowsMs = phase.restart();
    // Each member once, in id order (their rows and index entries are then visited in order too).
    std::vector<qint64> touched;
    for (const auto& [id, m] : d->members) {
        if (m.touched)
            touched.push_back(id);
    }
    std::sort(touched.begin(), touched.end());
    if (!d->setMemberIndexesAside(qint64(touched.size()), error))
        return false;
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
    d->stats.membersMs = phase.restart();
    if (!d->writeSummaries(error))
        return false;
    QSqlQuery q(d->ctx.db.sql());
    for (const Impl::SetAside& trigger : std::as_const(d->droppedTriggers)) {
        if (!q.exec(trigger.sql)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
    }
    d->droppedTriggers.clear();
    d->stats.summariesMs = phase.restart();
    if (d->droppedIndexes.isEmpty())
        return true;
    // Each index's share of the bar: the rows of its table, which its build sorts.
    QHash<QString, double> tableRows;
    double totalRows = 0;
    for (const Impl::SetAside& index : std::as_const(d->droppedIndexes)) {
        if (!tableRows.contains(index.table)) {
            q.exec(u"SELECT COALESCE(MAX(rowid), 0) FROM "_s + index.table);
            tableRows.insert(index.table, q.next() ? q.value(0).toDouble() + 1 : 1);
            q.finish();
        }
        totalRows += tableRows.value(index.table);
    }
    // The sorter behind CREATE INDEX keeps one in-memory run as large as the page cache and sorts it
    // slowly; with a small cache it writes many short runs and merges them, on helper threads: about
    // three times faster at a million rows. (The dirty pages over the smaller cache spill to the WAL.)
    const PragmaScope sorter(d->ctx.db,
                             {{u"cache_size"_s, u"-2000"_s},
                              {u"threads"_s, QString::number(qBound(1, QThread::idealThreadCount(), 8))}});
    double built = 0;
    for (const Impl::SetAside& index : std::as_const(d->droppedIndexes)) {
        if (progress && !progress(rowsShare + (1 - rowsShare) * built / totalRows))
            return false;
        if (!q.exec(index.sql)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
        built += tableRows.value(index.table);
    }
    d->droppedIndexes.clear();
    d->stats.indexesMs = phase.elapsed();
    return true;
}

} // namespace md

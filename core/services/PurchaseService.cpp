// SPDX-License-Identifier: GPL-3.0-or-later
#include "PurchaseService.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "domain/Member.h"
#include "services/AuditLog.h"
#include "services/MemberService.h"
#include "services/PointsLedger.h"
#include "services/RulesService.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace md {

namespace {
bool insertTierChange(Database& db, qint64 memberId, const QString& time, int from, int to,
                      const LoyaltyRules& rules, const QString& reason, qint64 purchaseId, QString* error)
{
    QSqlQuery q(db.sql());
    if (!Sql::prepare(
            q,
            u"INSERT INTO tier_history(member_id, time, from_tier, to_tier, from_name, to_name, reason, "
            "purchase_id) VALUES(?,?,?,?,?,?,?,?)"_s,
            error))
        return false;
    q.addBindValue(memberId);
    q.addBindValue(time);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(rules.tiers.value(from).name);
    q.addBindValue(rules.tiers.value(to).name);
    q.addBindValue(reason);
    q.addBindValue(purchaseId > 0 ? QVariant(purchaseId) : QVariant());
    return Sql::exec(q, error);
}
} // namespace

PurchaseService::State PurchaseService::state(qint64 purchaseId) const
{
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT voided_by FROM purchases WHERE id = ?"_s);
    q.addBindValue(purchaseId);
    if (!q.exec() || !q.next())
        return State::Missing;
    return q.value(0).isNull() ? State::Active : State::Voided;
}

Fen PurchaseService::tierSpend(qint64 memberId, const QDateTime& asOf, const LoyaltyRules& rules) const
{
    // Lifetime: from the beginning of time ("" sorts before every stored time).
    const bool lifetime = rules.tierBasis == LoyaltyRules::TierBasis::PaidLifetime;
    SqliteStatement* q = m_ctx.db.sqliteStatement(
        "SELECT COALESCE(SUM(paid_fen), 0) FROM purchases WHERE member_id = ? AND voided_by IS NULL "
        "AND time > ? AND time <= ?");
    if (!q)
        return 0;
    q->bind(1, memberId);
    q->bind(2, lifetime ? QByteArray("") : toStoredTime(asOf.addMonths(-12)).toUtf8());
    q->bind(3, toStoredTime(asOf).toUtf8());
    const Fen spend = q->next() ? q->integer(0) : 0;
    q->done();
    return spend;
}

bool PurchaseService::quoteFor(const Member& member, const PurchaseRequest& request,
                               const LoyaltyRules& rules, const QDateTime& time, qint64 available,
                               PurchaseQuote* quote, QString* error) const
{
    if (member.anonymized) {
        *error = tr("This member was anonymised on request; record the sale without a member.");
        return false;
    }
    if (request.grossFen <= 0) {
        *error = tr("The amount must be more than zero.");
        return false;
    }
    if (request.grossFen > kMaxPurchaseFen) {
        *error = tr("The amount %1 is above the limit of %2 for one purchase. Check for a typing mistake.")
                     .arg(formatYuanPlain(request.grossFen), formatYuanPlain(kMaxPurchaseFen));
        return false;
    }
    if (request.hasProfit &&
        (request.profitFen > request.grossFen || request.profitFen < -request.grossFen)) {
        *error = tr("The gross profit cannot be larger than the amount.");
        return false;
    }
    if (request.redeemPoints < 0) {
        *error = tr("Points to redeem cannot be negative.");
        return false;
    }
    PurchaseQuote qt;
    qt.grossFen = request.grossFen;
    qt.tierBefore = qBound(0, member.tier, int(rules.tiers.size()) - 1);
    qt.discountFen = rules.discountFor(qt.tierBefore, request.grossFen);
    const Fen payable = request.grossFen - qt.discountFen;
    if (available < 0)
        available = PointsLedger(m_ctx).available(member.id, time.date());
    qt.maxRedeemablePoints = qMin(rules.maxRedeemablePoints(payable), available);
    if (request.redeemPoints > 0) {
        if (rules.redeemPointsPerYuan <= 0) {
            *error = tr("Points cannot be used as cash in this programme.");
            return false;
        }
        if (request.redeemPoints > available) {
            *error = tr("The member has only %Ln point(s) available.", "", int(available));
            return false;
        }
        if (request.redeemPoints > rules.maxRedeemablePoints(payable)) {
            *error = tr("At most %Ln point(s) can be used on this purchase (%1 % of the amount).", "",
                        int(rules.maxRedeemablePoints(payable)))
                         .arg(rules.redeemMaxPercent);
            return false;
        }
    }
    qt.redeemPoints = request.redeemPoints;
    qt.redeemedFen = rules.pointsValueFen(request.redeemPoints);
    // With a high rate a few points are worth less than one fen: they would be spent for nothing.
    if (request.redeemPoints > 0 && qt.redeemedFen == 0) {
        *error = tr("%Ln point(s) are worth less than ¥0.01 at %1 points per yuan; use more or none.", "",
                    int(request.redeemPoints))
                     .arg(rules.redeemPointsPerYuan);
        return false;
    }
    qt.paidFen = payable - qt.redeemedFen;
    // No points on what was paid with points: the earn base is money paid (or its profit).
    Fen earnBase = qt.paidFen;
    if (rules.earnBasis == LoyaltyRules::EarnBasis::Profit) {
        earnBase = request.hasProfit ? qMax<Fen>(0, request.profitFen - qt.discountFen - qt.redeemedFen)
                                     : basisPointsOf(qt.paidFen, rules.defaultMarginBp);
    }
    qt.birthdayBonus = member.birthday.isValid() && member.birthday.month() == time.date().month() &&
                       rules.birthdayMultiplierPct > 100;
    qt.pointsEarned = rules.pointsFor(qt.tierBefore, earnBase, qt.birthdayBonus);
    qt.tierSpendAfterFen = tierSpend(member.id, time, rules) + qt.paidFen;
    qt.tierAfter = qMax(qt.tierBefore, rules.tierForSpend(qt.tierSpendAfterFen));
    *quote = qt;
    return true;
}

bool PurchaseService::quote(const PurchaseRequest& request, PurchaseQuote* quote, QString* error) const
{
    Member member;
    if (!MemberService(m_ctx).get(request.memberId, &member, error))
        return false;
    const QDateTime time = request.time.isValid() ? request.time : m_ctx.clock.now();
    return quoteFor(member, request, RulesService(m_ctx).current(), time, -1, quote, error);
}

bool PurchaseService::loadForSale(qint64 memberId, Member* member, QString* error)
{
    // Only what the sale reads, straight from the sqlite3 handle: MemberService's full load turns four
    // stored times into QDateTimes the sale never looks at.
    SqliteStatement* q = m_ctx.db.sqliteStatement(
        "SELECT tier, birthday, referrer_id, anonymized_at IS NOT NULL, points FROM members WHERE id = ?",
        error);
    if (!q)
        return false;
    q->bind(1, memberId);
    const bool found = q->next();
    if (found) {
        member->id = memberId;
        member->tier = int(q->integer(0));
        member->birthday = fromStoredDate(q->string(1));
        member->referrerId = q->integer(2);
        member->anonymized = q->integer(3) != 0;
        member->points = q->integer(4);
    }
    const bool failed = q->failed();
    if (failed && error)
        *error = Database::describeSqlError(q->errorText());
    q->done();
    if (failed)
        return false;
    // Not there: MemberService says so in its words.
    return found || MemberService(m_ctx).get(memberId, member, error);
}

bool PurchaseService::record(const PurchaseRequest& request, PurchaseResult* result, QString* error)
{
    const QDateTime time = request.time.isValid() ? request.time : m_ctx.clock.now();
    const QString timeText = toStoredTime(time);
    const QByteArray timeUtf8 = timeText.toUtf8();
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    // Read inside the transaction: no read transaction of its own, and no rules change can slip in
    // between the quote and the write.
    const LoyaltyRules rules = RulesService(m_ctx).current();
    Member member;
    if (!loadForSale(request.memberId, &member, error))
        return false;
    // The member's ledger, read once: the points available for the quote and the debts the points
    // earned repay.
    PointsLedger ledger(m_ctx);
    // The member's row is written once, by the UPDATE at the end: the ledger's entries for the member
    // add their points there.
    qint64 pointsDelta = 0;
    ledger.deferBalanceOf(member.id, &pointsDelta);
    PointsLedger::Standing standing;
    if (!ledger.standing(member.id, time.date(), member.points, &standing, error))
        return false;
    PurchaseQuote qt;
    if (!quoteFor(member, request, rules, time, standing.available, &qt, error))
        return false;

    // The sale's statements run straight on the sqlite3 handle, prepared once per connection
    // (Database::sqliteStatement): QtSql's fixed cost per statement was a third of the sale.
    SqliteStatement* insert = m_ctx.db.sqliteStatement(
        "INSERT INTO purchases(member_id, time, gross_fen, discount_fen, redeemed_points, redeemed_fen, "
        "paid_fen, profit_fen, points_earned, tier, user_id, note, source) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
        error);
    if (!insert)
        return false;
    insert->bind(1, member.id).bind(2, timeUtf8).bind(3, qt.grossFen).bind(4, qt.discountFen);
    insert->bind(5, qt.redeemPoints).bind(6, qt.redeemedFen).bind(7, qt.paidFen);
    if (request.hasProfit)
        insert->bind(8, request.profitFen);
    else
        insert->bindNull(8);
    insert->bind(9, qt.pointsEarned).bind(10, qt.tierBefore);
    if (m_ctx.actor.userId > 0)
        insert->bind(11, m_ctx.actor.userId);
    else
        insert->bindNull(11);
    insert->bind(12, request.note.trimmed().toUtf8()).bind(13, request.source.toUtf8()); // never NULL
    if (!insert->run()) {
        *error = Database::describeSqlError(insert->errorText());
        return false;
    }
    const qint64 purchaseId = sqlite3_last_insert_rowid(sqliteHandle(m_ctx.db));

    if (qt.redeemPoints > 0) {
        PointsLedger::Entry e{member.id, qt.redeemPoints, u"redeem"_s, purchaseId, {}, {}, timeText};
        if (!ledger.debit(e, nullptr, error))
            return false;
    }
    if (qt.pointsEarned > 0) {
        PointsLedger::Entry e{member.id, qt.pointsEarned, u"earn"_s, purchaseId, rules.expiryFor(time.date()),
                              {},        timeText};
        // A redemption may have left a debt (a back-dated sale's credits lapsed since): look again then.
        if (!(qt.redeemPoints > 0 ? ledger.credit(e, nullptr, error)
                                  : ledger.credit(e, standing.debts, nullptr, error)))
            return false;
    }
    // The referrer's bonus: once per referred member, when they first buy (again if that buy was voided).
    if (member.referrerId > 0 && rules.referralBonusPoints > 0) {
        SqliteStatement* granted = m_ctx.db.sqliteStatement(
            "SELECT count(*) FROM points_ledger l JOIN purchases p ON p.id = l.purchase_id "
            "WHERE l.kind = 'referral' AND p.member_id = ? AND p.voided_by IS NULL",
            error);
        if (!granted)
            return false;
        granted->bind(1, member.id);
        const bool paid = granted->next() && granted->integer(0) > 0;
        const bool failed = granted->failed();
        if (failed)
            *error = Database::describeSqlError(granted->errorText());
        granted->done();
        if (failed)
            return false;
        if (!paid) {
            PointsLedger::Entry e{
                member.referrerId, rules.referralBonusPoints,    u"referral"_s,
                purchaseId,        rules.expiryFor(time.date()), u"referred member %1"_s.arg(member.id),
                timeText};
            if (!ledger.credit(e, nullptr, error))
                return false;
        }
    }
    // A tier the programme no longer has (rules changed since) was clamped in the quote: record that move
    // too, so the tier history explains every change of members.tier.
    if (member.tier != qt.tierBefore && !insertTierChange(m_ctx.db, member.id, timeText, member.tier,
                                                          qt.tierBefore, rules, u"rules"_s, 0, error))
        return false;
    const bool upgraded = qt.tierAfter > qt.tierBefore;
    if (upgraded && !insertTierChange(m_ctx.db, member.id, timeText, qt.tierBefore, qt.tierAfter, rules,
                                      u"purchase"_s, purchaseId, error))
        return false;
    // RETURNING: the balance the result reports, without another look-up. The tier is set only when it
    // moves: setting it, even to the same value, rewrites the member's entries in both tier indexes
    // (two more pages to the WAL on every sale).
    const bool tierMoves = qt.tierAfter != member.tier;
    SqliteStatement* update = m_ctx.db.sqliteStatement(
        tierMoves ? "UPDATE members SET points = points + ?7, visits = visits + 1, "
                    "paid_total_fen = paid_total_fen + ?1, first_visit = COALESCE(MIN(first_visit, ?2), ?2), "
                    "last_visit = COALESCE(MAX(last_visit, ?2), ?2), tier = ?3, "
                    "tier_since = CASE WHEN ?4 THEN ?5 ELSE tier_since END WHERE id = ?6 RETURNING points"
                  : "UPDATE members SET points = points + ?7, visits = visits + 1, "
                    "paid_total_fen = paid_total_fen + ?1, first_visit = COALESCE(MIN(first_visit, ?2), ?2), "
                    "last_visit = COALESCE(MAX(last_visit, ?2), ?2) WHERE id = ?6 RETURNING points",
        error);
    if (!update)
        return false;
    update->bind(1, qt.paidFen).bind(2, timeUtf8).bind(6, member.id).bind(7, pointsDelta);
    if (tierMoves)
        update->bind(3, qt.tierAfter).bind(4, upgraded ? 1 : 0).bind(5, toStoredDate(time.date()).toUtf8());
    const qint64 pointsBalance = update->next() ? update->integer(0) : 0;
    while (!update->failed() && update->next()) {
    }
    const bool updateFailed = update->failed();
    if (updateFailed)
        *error = Database::describeSqlError(update->errorText());
    update->done();
    if (updateFailed || !tx.commit(error))
        return false;
    if (result) {
        result->purchaseId = purchaseId;
        result->quote = qt;
        result->pointsBalance = pointsBalance;
        result->tierChanged = upgraded;
    }
    return true;
}

bool PurchaseService::voidPurchase(qint64 purchaseId, const QString& reason, VoidResult* result,
                                   QString* error)
{
    if (reason.trimmed().isEmpty()) {
        *error = tr("Give a reason for voiding the purchase.");
        return false;
    }
    const LoyaltyRules rules = RulesService(m_ctx).current();
    const QString now = toStoredTime(m_ctx.clock.now());
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery p(m_ctx.db.sql());
    p.prepare(u"SELECT p.member_id, p.paid_fen, p.time, v.time, v.reason FROM purchases p "
              "LEFT JOIN purchase_voids v ON v.id = p.voided_by WHERE p.id = ?"_s);
    p.addBindValue(purchaseId);
    if (!Sql::exec(p, error))
        return false;
    if (!p.next()) {
        *error = tr("There is no purchase with number %1.").arg(purchaseId);
        return false;
    }
    const qint64 memberId = p.value(0).toLongLong();
    const Fen paid = p.value(1).toLongLong();
    if (!p.value(3).isNull()) {
        *error = tr("Purchase %1 was already voided on %2 (%3).")
                     .arg(purchaseId)
                     .arg(p.value(3).toString().left(10), p.value(4).toString());
        return false;
    }
    p.finish();

    QSqlQuery v(m_ctx.db.sql());
    if (!Sql::prepare(v, u"INSERT INTO purchase_voids(purchase_id, time, reason, user_id) VALUES(?,?,?,?)"_s,
                      error))
        return false;
    v.addBindValue(purchaseId);
    v.addBindValue(now);
    v.addBindValue(reason.trimmed());
    v.addBindValue(m_ctx.actor.userId > 0 ? QVariant(m_ctx.actor.userId) : QVariant());
    if (!Sql::exec(v, error))
        return false;
    const qint64 voidId = v.lastInsertId().toLongLong();
    QSqlQuery mark(m_ctx.db.sql());
    if (!Sql::prepare(mark, u"UPDATE purchases SET voided_by = ? WHERE id = ?"_s, error))
        return false;
    mark.addBindValue(voidId);
    mark.addBindValue(purchaseId);
    if (!Sql::exec(mark, error))
        return false;

    // Reverse every ledger entry the purchase made: redeemed points come back with their own expiry,
    // earned and referral points are taken back (less what already expired).
    PointsLedger ledger(m_ctx);
    QSqlQuery entries(m_ctx.db.sql());
    entries.prepare(u"SELECT id, member_id, delta, kind FROM points_ledger WHERE purchase_id = ? "
                    "AND kind IN ('earn', 'redeem', 'referral') ORDER BY id"_s);
    entries.addBindValue(purchaseId);
    if (!Sql::exec(entries, error))
        return false;
    struct Made
    {
        qint64 id, memberId, delta;
        QString kind;
    };
    QVector<Made> made;
    while (entries.next())
        made.append({entries.value(0).toLongLong(), entries.value(1).toLongLong(),
                     entries.value(2).toLongLong(), entries.value(3).toString()});
    entries.finish();
    VoidResult out;
    out.purchaseId = purchaseId;
    const QString why = u"void of purchase %1"_s.arg(purchaseId);
    for (const Made& m : made) {
        if (m.kind == u"redeem"_s) {
            for (const auto& part : ledger.allocationsOf(m.id)) {
                PointsLedger::Entry e{m.memberId, part.points, u"void_redeem"_s, purchaseId, part.expiresOn,
                                      why,        now};
                if (!ledger.credit(e, nullptr, error))
                    return false;
                out.pointsReturned += part.points;
            }
        } else {
            const qint64 takeBack = m.delta - ledger.expiredFrom(m.id);
            if (takeBack <= 0)
                continue;
            PointsLedger::Entry e{m.memberId, takeBack, u"void_earn"_s, purchaseId, {}, why, now};
            if (!ledger.debit(e, nullptr, error, m.id))
                return false;
            if (m.memberId == memberId)
                out.pointsReversed += takeBack;
        }
    }

    // A tier this very purchase bought is taken back, down to what the remaining spend justifies,
    // but never below where the member stood before it.
    Member member;
    loadMember(m_ctx.db, memberId, &member);
    out.tier = member.tier;
    QString tierSince = toStoredDate(member.tierSince);
    QSqlQuery upgrade(m_ctx.db.sql());
    upgrade.prepare(
        u"SELECT from_tier, to_tier, id FROM tier_history WHERE purchase_id = ? AND reason = 'purchase'"_s);
    upgrade.addBindValue(purchaseId);
    if (upgrade.exec() && upgrade.next() && upgrade.value(1).toInt() == member.tier) {
        const int before = upgrade.value(0).toInt();
        const qint64 upgradeRow = upgrade.value(2).toLongLong();
        upgrade.finish();
        // Clamped to the programme's top tier: a rules change may have removed the tier held before.
        const int justified =
            qMin(int(rules.tiers.size()) - 1,
                 qMax(before, rules.tierForSpend(tierSpend(memberId, m_ctx.clock.now(), rules))));
        if (justified < member.tier) {
            if (!insertTierChange(m_ctx.db, memberId, now, member.tier, justified, rules, u"void"_s,
                                  purchaseId, error))
                return false;
            out.tier = justified;
            out.tierChanged = true;
            // Back to the tier held before: it is held since the day it was reached then, so a tier review's
            // grace period is not extended by a purchase that no longer exists.
            if (justified == before) {
                QSqlQuery since(m_ctx.db.sql());
                since.prepare(
                    u"SELECT COALESCE((SELECT substr(time, 1, 10) FROM tier_history WHERE member_id = ? "
                    "AND id < ? ORDER BY id DESC LIMIT 1), substr(created_at, 1, 10)) FROM members "
                    "WHERE id = ?"_s);
                since.addBindValue(memberId);
                since.addBindValue(upgradeRow);
                since.addBindValue(memberId);
                if (since.exec() && since.next())
                    tierSince = since.value(0).toString();
            }
        }
    }
    upgrade.finish();
    QSqlQuery update(m_ctx.db.sql());
    if (!Sql::prepare(update,
                      u"UPDATE members SET visits = visits - 1, paid_total_fen = paid_total_fen - ?, "
                      "tier = ?, tier_since = ?, last_visit = (SELECT MAX(time) FROM purchases WHERE "
                      "member_id = ? AND voided_by IS NULL), first_visit = (SELECT MIN(time) FROM purchases "
                      "WHERE member_id = ? AND voided_by IS NULL) WHERE id = ?"_s,
                      error))
        return false;
    update.addBindValue(paid);
    update.addBindValue(out.tier);
    update.addBindValue(tierSince.isEmpty() ? QVariant() : QVariant(tierSince));
    update.addBindValue(memberId);
    update.addBindValue(memberId);
    update.addBindValue(memberId);
    if (!Sql::exec(update, error))
        return false;
    if (!AuditLog::record(m_ctx, u"purchase.void"_s, u"purchase:%1"_s.arg(purchaseId),
                          u"member:%1 paid_fen:%2 reason:%3"_s.arg(memberId).arg(paid).arg(reason.trimmed()),
                          error))
        return false;
    if (!tx.commit(error))
        return false;
    out.pointsBalance = ledger.balance(memberId);
    if (result)
        *result = out;
    return true;
}

} // namespace md

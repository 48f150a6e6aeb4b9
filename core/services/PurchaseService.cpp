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

#include <QSqlQuery>
#include <QVariant>

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
    QSqlQuery* q =
        Sql::cached(m_ctx.db,
                    u"SELECT COALESCE(SUM(paid_fen), 0) FROM purchases WHERE member_id = ? "
                    "AND voided_by IS NULL AND time > ? AND time <= ?"_s,
                    {memberId, lifetime ? u""_s : toStoredTime(asOf.addMonths(-12)), toStoredTime(asOf)});
    const Fen spend = q && q->next() ? q->value(0).toLongLong() : 0;
    if (q)
        q->finish();
    return spend;
}

bool PurchaseService::quoteFor(const Member& member, const PurchaseRequest& request,
                               const LoyaltyRules& rules, const QDateTime& time, PurchaseQuote* quote,
                               QString* error) const
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
    qt.maxRedeemablePoints =
        qMin(rules.maxRedeemablePoints(payable), PointsLedger(m_ctx).available(member.id, time.date()));
    if (request.redeemPoints > 0) {
        if (rules.redeemPointsPerYuan <= 0) {
            *error = tr("Points cannot be used as cash in this programme.");
            return false;
        }
        const qint64 available = PointsLedger(m_ctx).available(member.id, time.date());
        if (request.redeemPoints > available) {
            *error = tr("The member has only %n point(s) available.", "", int(available));
            return false;
        }
        if (request.redeemPoints > rules.maxRedeemablePoints(payable)) {
            *error = tr("At most %n point(s) can be used on this purchase (%1 % of the amount).", "",
                        int(rules.maxRedeemablePoints(payable)))
                         .arg(rules.redeemMaxPercent);
            return false;
        }
    }
    qt.redeemPoints = request.redeemPoints;
    qt.redeemedFen = rules.pointsValueFen(request.redeemPoints);
    // With a high rate a few points are worth less than one fen: they would be spent for nothing.
    if (request.redeemPoints > 0 && qt.redeemedFen == 0) {
        *error = tr("%n point(s) are worth less than ¥0.01 at %1 points per yuan; use more or none.", "",
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
    return quoteFor(member, request, RulesService(m_ctx).current(), time, quote, error);
}

bool PurchaseService::record(const PurchaseRequest& request, PurchaseResult* result, QString* error)
{
    const QDateTime time = request.time.isValid() ? request.time : m_ctx.clock.now();
    const QString timeText = toStoredTime(time);
    const LoyaltyRules rules = RulesService(m_ctx).current();
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Member member;
    if (!MemberService(m_ctx).get(request.memberId, &member, error))
        return false;
    PurchaseQuote qt;
    if (!quoteFor(member, request, rules, time, &qt, error))
        return false;

    // Statements prepared once per connection (Database::prepared): preparing costs more than running.
    QSqlQuery* insert = Sql::cached(
        m_ctx.db,
        u"INSERT INTO purchases(member_id, time, gross_fen, discount_fen, redeemed_points, redeemed_fen, "
        u"paid_fen, "
        "profit_fen, points_earned, tier, user_id, note, source) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"_s,
        {member.id, timeText, qt.grossFen, qt.discountFen, qt.redeemPoints, qt.redeemedFen, qt.paidFen,
         request.hasProfit ? QVariant(request.profitFen) : QVariant(), qt.pointsEarned, qt.tierBefore,
         m_ctx.actor.userId > 0 ? QVariant(m_ctx.actor.userId) : QVariant(),
         Sql::text(request.note.trimmed()), Sql::text(request.source)},
        error);
    if (!insert)
        return false;
    const qint64 purchaseId = insert->lastInsertId().toLongLong();
    insert->finish();

    PointsLedger ledger(m_ctx);
    if (qt.redeemPoints > 0) {
        PointsLedger::Entry e{member.id, qt.redeemPoints, u"redeem"_s, purchaseId, {}, {}, timeText};
        if (!ledger.debit(e, nullptr, error))
            return false;
    }
    if (qt.pointsEarned > 0) {
        PointsLedger::Entry e{member.id, qt.pointsEarned, u"earn"_s, purchaseId, rules.expiryFor(time.date()),
                              {},        timeText};
        if (!ledger.credit(e, nullptr, error))
            return false;
    }
    // The referrer's bonus: once per referred member, when they first buy (again if that buy was voided).
    if (member.referrerId > 0 && rules.referralBonusPoints > 0) {
        QSqlQuery* granted = Sql::cached(m_ctx.db,
                                         u"SELECT count(*) FROM points_ledger l JOIN purchases p ON p.id = "
                                         "l.purchase_id WHERE l.kind = 'referral' AND p.member_id = ? "
                                         "AND p.voided_by IS NULL"_s,
                                         {member.id}, error);
        if (!granted)
            return false;
        const bool paid = granted->next() && granted->value(0).toInt() > 0;
        granted->finish();
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
    QSqlQuery* update =
        Sql::cached(m_ctx.db,
                    u"UPDATE members SET visits = visits + 1, paid_total_fen = paid_total_fen + ?, "
                    "first_visit = COALESCE(MIN(first_visit, ?), ?), "
                    "last_visit = COALESCE(MAX(last_visit, ?), ?), "
                    "tier = ?, tier_since = CASE WHEN ? THEN ? ELSE tier_since END WHERE id = ?"_s,
                    {qt.paidFen, timeText, timeText, timeText, timeText, qt.tierAfter, upgraded ? 1 : 0,
                     toStoredDate(time.date()), member.id},
                    error);
    if (!update)
        return false;
    update->finish();
    if (!tx.commit(error))
        return false;
    if (result) {
        result->purchaseId = purchaseId;
        result->quote = qt;
        result->pointsBalance = ledger.balance(member.id);
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

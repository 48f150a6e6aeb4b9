// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoMemberWriter.h"

#include "common/Clock.h"
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::demo {

DemoMemberWriter::DemoMemberWriter(sqlite3* db, const LoyaltyRules& rules, const QDate& today,
                                   DemoStats* stats)
    : m_rules(rules), m_today(today), m_stats(stats),
      m_insMember(db, "INSERT INTO members(id, card, name, name_key, phone, phone_rev, gender, birthday, "
                      "referrer_id, consent, consent_at, note, tier, tier_since, points, visits, "
                      "paid_total_fen, first_visit, last_visit, created_at, updated_at) "
                      "VALUES(?,?,?,?,?,?,?,?,?,?,?,'',?,?,?,?,?,?,?,?,?)"),
      m_insPurchase(db, "INSERT INTO purchases(id, member_id, time, gross_fen, discount_fen, "
                        "redeemed_points, redeemed_fen, paid_fen, profit_fen, points_earned, tier, source) "
                        "VALUES(?,?,?,?,?,?,?,?,?,?,?,'demo')"),
      m_insLedger(db, "INSERT INTO points_ledger(id, member_id, time, delta, kind, purchase_id, "
                      "expires_on, reason) VALUES(?,?,?,?,?,?,?,?)"),
      m_insAlloc(db, "INSERT INTO points_allocations(debit_id, credit_id, points) VALUES(?,?,?)"),
      m_insTier(db, "INSERT INTO tier_history(member_id, time, from_tier, to_tier, from_name, to_name, "
                    "reason, purchase_id) VALUES(?,?,?,?,?,?,?,?)"),
      m_addPoints(db, "UPDATE members SET points = points + ? WHERE id = ?"),
      m_finishMember(db, "UPDATE members SET tier = ?, tier_since = ?, points = points + ?, visits = ?, "
                         "paid_total_fen = ?, first_visit = ?, last_visit = ? WHERE id = ?")
{
}

bool DemoMemberWriter::ok() const
{
    return m_insMember.ok() && m_insPurchase.ok() && m_insLedger.ok() && m_insAlloc.ok() && m_insTier.ok() &&
           m_addPoints.ok() && m_finishMember.ok();
}

bool DemoMemberWriter::startMember(const DemoMember& member)
{
    m_member = member;
    m_history = History{};
    m_history.tierSince = member.joined.date;
    if (!writeMemberRow(member))
        return false;
    ++m_stats->members;
    return true;
}

bool DemoMemberWriter::writeMemberRow(const DemoMember& member)
{
    const QByteArray joined = timeText(member.joined);
    m_insMember.bind(1, member.id)
        .bind(2, CardNumber::generate(member.id).toUtf8())
        .bind(3, member.name.toUtf8())
        .bind(4, member.name.toLower().toUtf8());
    if (member.phone.isEmpty())
        m_insMember.bindNull(5).bindNull(6);
    else
        m_insMember.bind(5, member.phone.toUtf8()).bind(6, PhoneNumber::reversed(member.phone).toUtf8());
    m_insMember.bind(7, member.gender);
    if (member.birthday.isValid())
        m_insMember.bind(8, toStoredDate(member.birthday).toUtf8());
    else
        m_insMember.bindNull(8);
    if (member.referrer > 0)
        m_insMember.bind(9, member.referrer);
    else
        m_insMember.bindNull(9);
    m_insMember.bind(10, member.consent ? 1 : 0);
    if (member.consent)
        m_insMember.bind(11, joined);
    else
        m_insMember.bindNull(11);
    // The cached figures are set once the history is known (finishMember).
    m_insMember.bind(12, 0)
        .bind(13, toStoredDate(member.joined.date).toUtf8())
        .bind(14, 0)
        .bind(15, 0)
        .bind(16, 0);
    m_insMember.bindNull(17).bindNull(18).bind(19, joined).bind(20, joined);
    return m_insMember.step();
}

bool DemoMemberWriter::visit(const DemoTime& t, DemoRandom& rng)
{
    dropSpendOlderThanAYear(t);
    if (!expireBefore(t.date))
        return false;

    const Ticket ticket = drawTicket(t, rng);
    ++m_purchaseId;
    const QByteArray when = timeText(t);
    if (!writePurchase(ticket, when) || !redeem(ticket.redeemPoints, when) ||
        !earn(ticket.earned, t.date, when) || !payReferralBonus(t.date, when))
        return false;
    m_history.firstPurchaseDone = true;
    if (!addSpend(t, ticket.paid, when))
        return false;
    ++m_history.visits;
    if (!m_history.firstVisit.date.isValid())
        m_history.firstVisit = t;
    m_history.lastVisit = t;
    return true;
}

bool DemoMemberWriter::finishMember()
{
    if (!expireBefore(m_today))
        return false;
    const History& h = m_history;
    m_finishMember.bind(1, h.tier)
        .bind(2, toStoredDate(h.tierSince).toUtf8())
        .bind(3, h.balance)
        .bind(4, h.visits)
        .bind(5, h.paidTotal);
    if (h.firstVisit.date.isValid())
        m_finishMember.bind(6, timeText(h.firstVisit)).bind(7, timeText(h.lastVisit));
    else
        m_finishMember.bindNull(6).bindNull(7);
    m_finishMember.bind(8, m_member.id);
    return m_finishMember.step();
}

bool DemoMemberWriter::expireBefore(const QDate& day)
{
    auto& credits = m_history.credits;
    while (true) {
        // Credits are consumed soonest-expiring first, so the lapsed ones are at the front.
        auto it = std::find_if(credits.begin(), credits.end(), [&](const Credit& c) {
            return c.expires.isValid() && c.expires < day && c.remaining > 0;
        });
        if (it == credits.end())
            return true;
        if (!expireCredit(m_member.id, it->id, it->remaining, it->expires))
            return false;
        m_history.balance -= it->remaining;
        it->remaining = 0;
    }
}

bool DemoMemberWriter::expireCredit(qint64 memberId, qint64 creditId, qint64 points, const QDate& expires)
{
    if (!addLedgerEntry(memberId, timeText(DemoTime{expires.addDays(1), 0}), -points, "expire", 0, QDate(),
                        (u"expired "_s + toStoredDate(expires)).toUtf8()))
        return false;
    m_insAlloc.bind(1, m_ledgerId).bind(2, creditId).bind(3, points);
    return m_insAlloc.step();
}

DemoMemberWriter::Ticket DemoMemberWriter::drawTicket(const DemoTime& t, DemoRandom& rng) const
{
    Ticket ticket;
    const double yuan = qBound(1.0, rng.logNormal(std::log(m_member.meanTicket), 0.55), 20000.0);
    ticket.gross = Fen(std::llround(yuan * 10.0)) * 10; // shelf prices end in 0 fen
    ticket.discount = m_rules.discountFor(m_history.tier, ticket.gross);
    const Fen payable = ticket.gross - ticket.discount;
    if (m_history.balance >= 500 && rng.chance(0.2)) {
        qint64 usable = 0;
        for (const Credit& c : m_history.credits)
            usable += c.remaining;
        usable = qMin(qMin(usable, m_history.balance), m_rules.maxRedeemablePoints(payable));
        ticket.redeemPoints = usable / 100 * 100;
    }
    ticket.redeemedFen = m_rules.pointsValueFen(ticket.redeemPoints);
    ticket.paid = payable - ticket.redeemedFen;
    ticket.hasProfit = rng.chance(0.6);
    ticket.profit = ticket.hasProfit ? Fen(double(ticket.paid) * (0.15 + 0.2 * rng.uniform())) : 0;
    const bool birthdayMonth = m_member.birthday.isValid() && m_member.birthday.month() == t.date.month() &&
                               m_rules.birthdayMultiplierPct > 100;
    const Fen earnBase =
        m_rules.earnBasis == LoyaltyRules::EarnBasis::Profit
            ? (ticket.hasProfit ? ticket.profit : basisPointsOf(ticket.paid, m_rules.defaultMarginBp))
            : ticket.paid;
    ticket.earned = m_rules.pointsFor(m_history.tier, earnBase, birthdayMonth);
    return ticket;
}

bool DemoMemberWriter::writePurchase(const Ticket& ticket, const QByteArray& when)
{
    m_insPurchase.bind(1, m_purchaseId)
        .bind(2, m_member.id)
        .bind(3, when)
        .bind(4, ticket.gross)
        .bind(5, ticket.discount)
        .bind(6, ticket.redeemPoints)
        .bind(7, ticket.redeemedFen)
        .bind(8, ticket.paid);
    if (ticket.hasProfit)
        m_insPurchase.bind(9, ticket.profit);
    else
        m_insPurchase.bindNull(9);
    m_insPurchase.bind(10, ticket.earned).bind(11, m_history.tier);
    if (!m_insPurchase.step())
        return false;
    ++m_stats->purchases;
    return true;
}

bool DemoMemberWriter::redeem(qint64 points, const QByteArray& when)
{
    if (points <= 0)
        return true;
    if (!addLedgerEntry(m_member.id, when, -points, "redeem", m_purchaseId, QDate(), QByteArray()))
        return false;
    qint64 left = points;
    for (Credit& c : m_history.credits) {
        if (left == 0)
            break;
        const qint64 take = qMin(left, c.remaining);
        if (take <= 0)
            continue;
        m_insAlloc.bind(1, m_ledgerId).bind(2, c.id).bind(3, take);
        if (!m_insAlloc.step())
            return false;
        c.remaining -= take;
        left -= take;
    }
    m_history.balance -= points;
    return true;
}

bool DemoMemberWriter::earn(qint64 points, const QDate& day, const QByteArray& when)
{
    if (points <= 0)
        return true;
    const QDate expires = m_rules.expiryFor(day);
    if (!addLedgerEntry(m_member.id, when, points, "earn", m_purchaseId, expires, QByteArray()))
        return false;
    // Keep the FIFO order: soonest expiry first, never-expiring last.
    auto& credits = m_history.credits;
    auto pos = std::find_if(credits.begin(), credits.end(), [&](const Credit& other) {
        return !other.expires.isValid() || (expires.isValid() && other.expires > expires);
    });
    credits.insert(pos, Credit{m_ledgerId, points, expires});
    m_history.balance += points;
    return true;
}

bool DemoMemberWriter::payReferralBonus(const QDate& day, const QByteArray& when)
{
    const qint64 referrer = m_member.referrer;
    const qint64 bonus = m_rules.referralBonusPoints;
    if (m_history.firstPurchaseDone || referrer <= 0 || bonus <= 0)
        return true;
    const QDate expires = m_rules.expiryFor(day);
    if (!addLedgerEntry(referrer, when, bonus, "referral", m_purchaseId, expires,
                        u"referred member %1"_s.arg(m_member.id).toUtf8()))
        return false;
    // The referrer's history is already written, so the bonus is not one of their credits to consume:
    // it is never spent retroactively and lapses on its own date.
    if (expires.isValid() && expires < m_today)
        return expireCredit(referrer, m_ledgerId, bonus, expires);
    m_addPoints.bind(1, bonus).bind(2, referrer);
    return m_addPoints.step();
}

void DemoMemberWriter::dropSpendOlderThanAYear(const DemoTime& t)
{
    // The trailing-12-month window as of this visit.
    auto& window = m_history.window;
    while (!window.empty() && window.front().first <= t.minusMonths(12)) {
        m_history.windowSum -= window.front().second;
        window.pop_front();
    }
}

bool DemoMemberWriter::addSpend(const DemoTime& t, Fen paid, const QByteArray& when)
{
    History& h = m_history;
    h.window.emplace_back(t, paid);
    h.windowSum += paid;
    h.paidTotal += paid;
    const Fen basis = m_rules.tierBasis == LoyaltyRules::TierBasis::PaidLifetime ? h.paidTotal : h.windowSum;
    const int reached = m_rules.tierForSpend(basis);
    if (reached <= h.tier)
        return true;
    m_insTier.bind(1, m_member.id)
        .bind(2, when)
        .bind(3, h.tier)
        .bind(4, reached)
        .bind(5, m_rules.tiers.at(h.tier).name.toUtf8())
        .bind(6, m_rules.tiers.at(reached).name.toUtf8())
        .bind(7, QByteArray("purchase"))
        .bind(8, m_purchaseId);
    if (!m_insTier.step())
        return false;
    ++m_stats->tierChanges;
    h.tier = reached;
    h.tierSince = t.date;
    return true;
}

bool DemoMemberWriter::addLedgerEntry(qint64 memberId, const QByteArray& when, qint64 delta, const char* kind,
                                      qint64 purchaseId, const QDate& expires, const QByteArray& reason)
{
    ++m_ledgerId;
    m_insLedger.bind(1, m_ledgerId).bind(2, memberId).bind(3, when).bind(4, delta).bind(5, QByteArray(kind));
    if (purchaseId > 0)
        m_insLedger.bind(6, purchaseId);
    else
        m_insLedger.bindNull(6);
    if (expires.isValid())
        m_insLedger.bind(7, toStoredDate(expires).toUtf8());
    else
        m_insLedger.bindNull(7);
    m_insLedger.bind(8, reason);
    if (!m_insLedger.step())
        return false;
    ++m_stats->ledgerEntries;
    return true;
}

} // namespace md::demo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/demo: DemoGenerator writes each member's row and history through this.

#include "DemoPlan.h"
#include "common/Money.h"
#include "domain/LoyaltyRules.h"

#include <deque>
#include <utility>

namespace md::demo {

// Who a member is, drawn before their history.
struct DemoMember
{
    qint64 id = 0;
    QString name;
    QByteArray gender; // "f", "m" or "u"
    QString phone;     // empty: none given
    QDate birthday;    // invalid: none given
    DemoTime joined;
    bool consent = false;
    qint64 referrer = 0; // 0: none
    double meanTicket = 0;
};

// Writes the members one after another, each as startMember(), visit() per visit, finishMember(), with
// prepared statements inside the caller's transaction. It keeps the member's running figures (tier, points
// and their credits, spend) for the row's cached figures at the end, and counts what it writes in `stats`.
class DemoMemberWriter
{
public:
    DemoMemberWriter(sqlite3* db, const LoyaltyRules& rules, const QDate& today, DemoStats* stats);
    DemoMemberWriter(const DemoMemberWriter&) = delete;
    DemoMemberWriter& operator=(const DemoMemberWriter&) = delete;

    bool ok() const; ///< false when a statement could not be prepared
    /// Writes the member's row and starts their history.
    bool startMember(const DemoMember& member);
    /// One purchase at `t`: the ticket is drawn from `rng`, then redeemed and earned points, the referrer's
    /// bonus on a first purchase and a tier move are written with it.
    bool visit(const DemoTime& t, DemoRandom& rng);
    /// Expires what lapsed by today and writes the member's cached figures (tier, points, visits, spend).
    bool finishMember();
    int visits() const { return m_history.visits; }

private:
    struct Ticket
    {
        Fen gross = 0;
        Fen discount = 0;
        qint64 redeemPoints = 0;
        Fen redeemedFen = 0;
        Fen paid = 0;
        bool hasProfit = false;
        Fen profit = 0;
        qint64 earned = 0;
    };
    // The running figures of the member being written.
    struct History
    {
        int tier = 0;
        QDate tierSince;
        std::deque<std::pair<DemoTime, Fen>> window; // paid spend of the trailing 12 months
        Fen windowSum = 0;
        Fen paidTotal = 0;
        std::deque<Credit> credits;
        qint64 balance = 0;
        int visits = 0;
        DemoTime firstVisit, lastVisit;
        bool firstPurchaseDone = false;
    };

    bool writeMemberRow(const DemoMember& member);
    bool expireBefore(const QDate& day);
    bool expireCredit(qint64 memberId, qint64 creditId, qint64 points, const QDate& expires);
    Ticket drawTicket(const DemoTime& t, DemoRandom& rng) const;
    bool writePurchase(const Ticket& ticket, const QByteArray& when);
    bool redeem(qint64 points, const QByteArray& when);
    bool earn(qint64 points, const QDate& day, const QByteArray& when);
    bool payReferralBonus(const QDate& day, const QByteArray& when);
    void dropSpendOlderThanAYear(const DemoTime& t);
    bool addSpend(const DemoTime& t, Fen paid, const QByteArray& when);
    /// purchaseId 0 and an invalid `expires` are written as NULL.
    bool addLedgerEntry(qint64 memberId, const QByteArray& when, qint64 delta, const char* kind,
                        qint64 purchaseId, const QDate& expires, const QByteArray& reason);

    const LoyaltyRules& m_rules;
    const QDate m_today;
    DemoStats* m_stats;
    Statement m_insMember;
    Statement m_insPurchase;
    Statement m_insLedger;
    Statement m_insAlloc;
    Statement m_insTier;
    Statement m_addPoints;
    Statement m_finishMember;
    qint64 m_purchaseId = 0;
    qint64 m_ledgerId = 0;
    DemoMember m_member;
    History m_history;
};

} // namespace md::demo

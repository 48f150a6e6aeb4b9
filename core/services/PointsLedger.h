// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace md {

/// Points move only through ledger entries; members.points caches their sum.
///
/// Credits (delta > 0) carry their expiry; every debit (redeem, expire, void, adjust) is allocated to the
/// credits it consumed in points_allocations, soonest-expiring first (never-expiring last, then oldest).
/// A debit that finds too few points (a void after the points were spent) leaves a debt that the next
/// credit repays first. So remaining(credit) = delta − allocations, and balance = Σ remaining − Σ debt.
///
/// All calls write inside the caller's transaction.
class PointsLedger
{
    Q_DECLARE_TR_FUNCTIONS(PointsLedger)
public:
    explicit PointsLedger(const ServiceContext& ctx) : m_ctx(ctx) {}

    struct Entry
    {
        qint64 memberId = 0;
        qint64 points = 0; ///< positive amount; the kind decides the sign
        QString kind; ///< earn, referral, void_redeem, adjust, import (credits); redeem, expire, void_earn,
                      ///< adjust, gift (debits)
        qint64 purchaseId = 0;
        QDate expiresOn; ///< credits only; invalid = never
        QString reason;
        QString time; ///< stored time; empty = now
    };

    bool credit(const Entry& entry, qint64* ledgerId, QString* error);

    /// A debit with points not yet covered by any credit: a next credit repays it first.
    struct Debt
    {
        qint64 debitId = 0;
        qint64 points = 0;
    };
    /// A member's ledger read in one pass, for the sale that needs both: the points spendable on `today`
    /// (= available(), given the member's cached `balance`) and the open debts, oldest first.
    struct Standing
    {
        qint64 available = 0;
        QVector<Debt> debts;
    };
    bool standing(qint64 memberId, const QDate& today, qint64 balance, Standing* standing,
                  QString* error) const;
    /// credit() repaying `debts` as read by standing(), when nothing was debited since (a credit adds no
    /// debt).
    bool credit(const Entry& entry, const QVector<Debt>& debts, qint64* ledgerId, QString* error);
    /// For a caller that writes the member's row itself in the same transaction (the sale): entries of
    /// `memberId` written through this object add their points to *pending instead of members.points,
    /// and the caller adds *pending in its own UPDATE before committing. Entries of other members (a
    /// referrer's bonus) update their balance as usual.
    void deferBalanceOf(qint64 memberId, qint64* pending)
    {
        m_deferredMember = memberId;
        m_pendingBalance = pending;
    }
    /// `preferCreditId` is consumed first (a void takes back the very points the purchase earned).
    bool debit(const Entry& entry, qint64* ledgerId, QString* error, qint64 preferCreditId = 0);

    /// Points that can be spent today: unexpired remaining credits less any debt.
    qint64 available(qint64 memberId, const QDate& today) const;
    qint64 balance(qint64 memberId) const;

    /// Expires every credit whose date has passed and that still has points; idempotent.
    /// Returns the number of expiry entries written. In the caller's transaction, all at once: the
    /// planExpiry / expire / finishExpiry steps below let a long sweep commit in parts.
    int expireDue(const QDate& today, QString* error);

    struct DueCredit
    {
        qint64 creditId = 0;
        qint64 memberId = 0;
        QString expiresOn; ///< stored date, for the entry's reason
    };
    struct ExpiryPlan
    {
        QDate today;
        QVector<DueCredit> due; ///< in the order their expiry entries are written
        qint64 newestId = 0;    ///< the newest ledger entry when the plan was made
    };
    /// Reads which credits lapsed since the last sweep and still hold points (reads only).
    bool planExpiry(const QDate& today, ExpiryPlan* plan, QString* error) const;
    /// Expires plan.due[from, to) in the caller's transaction. Each credit's remaining points are read
    /// again, so a credit another run expired meanwhile is skipped. Returns the entries written, or -1.
    int expire(const ExpiryPlan& plan, qsizetype from, qsizetype to, QString* error);
    /// Records how far the sweep got, once every part of the plan is written.
    bool finishExpiry(const ExpiryPlan& plan, QString* error);

    /// Records that everything lapsing before `today` has been expired (bulk writers that expire in
    /// memory, like the demo generator, call this instead of a sweep).
    bool markSweptBefore(const QDate& today, QString* error);

    struct CreditPart
    {
        qint64 creditId = 0;
        qint64 points = 0;
        QDate expiresOn;
    };
    /// How a debit was allocated (to give redeemed points back exactly, with their own expiry).
    QVector<CreditPart> allocationsOf(qint64 debitId) const;
    /// Points of a credit that later expired.
    qint64 expiredFrom(qint64 creditId) const;

    /// Unexpired credits with points left, in the order they will be consumed.
    QVector<CreditPart> openCredits(qint64 memberId, const QDate& today) const;

private:
    bool newestEntryId(qint64* id, QString* error) const;
    bool insertEntry(const Entry& entry, qint64 delta, qint64* ledgerId, QString* error);
    bool openDebts(qint64 memberId, QVector<Debt>* debts, QString* error) const;
    bool allocate(qint64 debitId, qint64 creditId, qint64 points, QString* error);
    bool addToBalance(qint64 memberId, qint64 delta, QString* error);

    ServiceContext m_ctx;
    qint64 m_deferredMember = 0;
    qint64* m_pendingBalance = nullptr;
};

} // namespace md

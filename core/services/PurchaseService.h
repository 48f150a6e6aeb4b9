// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QString>

namespace md {

struct LoyaltyRules;
struct Member;

struct PurchaseRequest
{
    qint64 memberId = 0;
    Fen grossFen = 0; ///< shelf total before the member discount
    bool hasProfit = false;
    Fen profitFen = 0;
    qint64 redeemPoints = 0;
    QString note;
    QDateTime time;                             ///< invalid: now (imports pass the historical time)
    QString source = QStringLiteral("counter"); ///< counter, import, demo
};

/// What the counter shows before Enter: the same arithmetic the commit will do.
struct PurchaseQuote
{
    Fen grossFen = 0;
    Fen discountFen = 0;
    qint64 redeemPoints = 0;
    Fen redeemedFen = 0;
    Fen paidFen = 0;
    qint64 pointsEarned = 0;
    bool birthdayBonus = false;
    int tierBefore = 0;
    int tierAfter = 0;
    Fen tierSpendAfterFen = 0; ///< spend by the programme's basis, this purchase included
    qint64 maxRedeemablePoints = 0;
};

struct PurchaseResult
{
    qint64 purchaseId = 0;
    PurchaseQuote quote;
    qint64 pointsBalance = 0;
    bool tierChanged = false;
};

struct VoidResult
{
    qint64 purchaseId = 0;
    qint64 pointsReversed = 0; ///< earned points taken back (net of any that had expired)
    qint64 pointsReturned = 0; ///< redeemed points given back
    qint64 pointsBalance = 0;
    int tier = 0;
    bool tierChanged = false;
};

/// Records and voids purchases. One transaction per call: the purchase, its ledger entries, the tier
/// change and the member's cached figures are written together or not at all.
class PurchaseService
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseService)
public:
    explicit PurchaseService(const ServiceContext& ctx) : m_ctx(ctx) {}

    bool quote(const PurchaseRequest& request, PurchaseQuote* quote, QString* error) const;
    bool record(const PurchaseRequest& request, PurchaseResult* result, QString* error);
    bool voidPurchase(qint64 purchaseId, const QString& reason, VoidResult* result, QString* error);

    enum class State
    {
        Missing,
        Active,
        Voided,
    };
    State state(qint64 purchaseId) const;

    /// Paid spend that counts for tiers as of `asOf` (trailing 12 months or lifetime, per the rules).
    Fen tierSpend(qint64 memberId, const QDateTime& asOf, const LoyaltyRules& rules) const;

private:
    /// `available`: the member's points spendable at `time`, or −1 to look them up.
    bool quoteFor(const Member& member, const PurchaseRequest& request, const LoyaltyRules& rules,
                  const QDateTime& time, qint64 available, PurchaseQuote* quote, QString* error) const;
    /// The member fields a sale reads (tier, birthday, referrer, anonymised, points), in its transaction.
    bool loadForSale(qint64 memberId, Member* member, QString* error);

    ServiceContext m_ctx;
};

} // namespace md

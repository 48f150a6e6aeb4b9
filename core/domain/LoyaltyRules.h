// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace md {

struct Tier
{
    QString name;
    Fen thresholdFen = 0;          ///< spend (by the programme's basis) needed to reach the tier
    int discountBp = 0;            ///< member discount in basis points (500 = 5 %)
    int pointsMultiplierPct = 100; ///< 150 = 1.5× points
};

/// The whole loyalty programme the owner designs. Stored as one JSON document (settings key "rules");
/// `rules show|set` in the CLI read and write exactly this document.
struct LoyaltyRules
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyRules)
public:
    enum class TierBasis
    {
        Paid12Months, ///< paid spend in the trailing 12 months (default)
        PaidLifetime, ///< all paid spend since joining
    };
    enum class EarnBasis
    {
        Paid,   ///< points on the amount paid in money
        Profit, ///< points on the recorded gross profit (or paid × default margin)
    };
    enum class ExpiryMode
    {
        EndOfMonthAfter, ///< expires at the end of the Nth month after the month earned
        Never,
    };

    QVector<Tier> tiers;
    TierBasis tierBasis = TierBasis::Paid12Months;
    int tierGraceMonths = 12; ///< a tier is kept at least this long before a review may lower it
    int pointsPerYuan = 1;    ///< points per whole yuan of the earn basis
    EarnBasis earnBasis = EarnBasis::Paid;
    int birthdayMultiplierPct = 100; ///< in the member's birthday month
    ExpiryMode expiryMode = ExpiryMode::EndOfMonthAfter;
    int expiryMonths = 12;
    int redeemPointsPerYuan = 100; ///< 100 points = ¥1 at the counter; 0 disables points as cash
    int redeemMaxPercent = 50;     ///< cap: points may pay at most this share of a purchase
    int referralBonusPoints = 100; ///< to the referrer when the new member first buys
    int defaultMarginBp = 2000;    ///< for profit-based figures when a purchase has no recorded profit

    /// Highest threshold a tier may have (¥1,000,000,000): keeps arithmetic far from overflow.
    static constexpr Fen kMaxThresholdFen = 100'000'000'000;

    static LoyaltyRules defaults();

    /// Parses and validates a whole document; refuses it as a whole with a message naming the field.
    static bool fromJson(const QJsonObject& doc, LoyaltyRules* rules, QString* error);
    QJsonObject toJson() const;
    bool validate(QString* error) const;

    /// Highest tier whose threshold the spend reaches.
    int tierForSpend(Fen spendFen) const;
    /// The tier's name as the user should read it: built-in default names are translated.
    QString tierDisplayName(int tier) const;
    /// A stored tier name as shown: the built-in names (普通会员, 银卡…) in the user's language, the
    /// shop's own as typed.
    static QString displayNameOf(const QString& storedName);
    /// "paid spend in the last 12 months" / "lifetime paid spend", for labels next to thresholds.
    QString tierBasisDescription() const;

    Fen discountFor(int tier, Fen grossFen) const;
    /// Points earned for a purchase; `earnBaseFen` is paid (or profit) in fen.
    qint64 pointsFor(int tier, Fen earnBaseFen, bool birthdayMonth) const;
    /// The date after which points earned on `earned` lapse; invalid date when they never expire.
    QDate expiryFor(const QDate& earned) const;
    /// Largest number of points usable on a purchase of `payableFen` (after discount).
    qint64 maxRedeemablePoints(Fen payableFen) const;
    Fen pointsValueFen(qint64 points) const;
};

} // namespace md

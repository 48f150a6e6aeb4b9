// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "domain/LoyaltyRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace md {

class Database;

/// The key figures of one calendar month of the shop's local time (purchases.time is local ISO text, so
/// a month is simply every purchase whose text starts with "yyyy-MM"; 23:59:59 on the last day belongs to
/// the month, 00:00:00 on the 1st to the next one).
struct MonthKpis
{
    QDate month; ///< first day of the month

    /// False when nothing happened in the month: no purchase, no new member, no points movement.
    /// The numbers below are then all zero and must not be shown as if they were data.
    bool hasData = false;

    Fen salesFen = 0;     ///< Σ paid_fen of the month's purchases; voided purchases are excluded entirely
    qint64 purchases = 0; ///< number of those purchases
    qint64 activeMembers = 0; ///< members with at least one (non-voided) purchase in the month
    qint64 repeatMembers = 0; ///< active members with two or more purchases in the month
    qint64 newMembers = 0;    ///< members created (registered) in the month, whether they bought or not

    /// Points moved in the month, by ledger time (a void in May of an April purchase counts in May).
    qint64 pointsIssued = 0;      ///< earn + referral + import + positive adjustments − void_earn
    qint64 pointsRedeemed = 0;    ///< redeem + gift − void_redeem (points used as cash or for gifts)
    qint64 pointsExpired = 0;     ///< expire entries
    qint64 pointsAdjustedOut = 0; ///< negative manual adjustments
    /// Points outstanding after the last second of the month (Σ of all ledger deltas up to then):
    /// balance_end = previous balance_end + issued − redeemed − expired − adjustedOut.
    qint64 pointsBalanceEnd = 0;
    /// pointsBalanceEnd valued at the current rules' redemption rate (LoyaltyRules::pointsValueFen).
    Fen liabilityFen = 0;

    /// Average paid per purchase, rounded half-up to the fen; empty when there were no purchases.
    std::optional<Fen> averageTicketFen() const;
    /// Repeat-purchase rate: the share (0..1) of the month's active members who bought at least twice
    /// *within the month*. Chosen over "returning from before" because it needs no history window and
    /// reads the same for a new shop; new vs returning members is a series of its own. Empty when no
    /// member was active.
    std::optional<double> repeatRate() const;
};

/// A month's sales made at one tier (the tier the member held when buying).
struct TierSales
{
    int tier = 0;
    qint64 purchases = 0;
    Fen salesFen = 0;
};

/// One month of the 13-month trend.
struct MonthTrendPoint
{
    QDate month;
    Fen salesFen = 0;
    qint64 purchases = 0;
    qint64 activeMembers = 0;
    qint64 newActiveMembers = 0;       ///< active members created in that month
    qint64 returningActiveMembers = 0; ///< active members created before that month
    /// The month's sales split by tier at purchase time, tiers ascending, only tiers with purchases;
    /// the parts add up to salesFen and purchases.
    QVector<TierSales> tierSales;
};

/// One tier at month end, with the month's sales made at that tier.
struct TierSlice
{
    int tier = 0;
    QString name;         ///< display name from the current rules
    qint64 members = 0;   ///< members registered by month end holding the tier at month end
    qint64 purchases = 0; ///< purchases made in the month while the member held the tier (purchases.tier)
    Fen salesFen = 0;
};

/// Spend concentration among the members who bought in the month.
struct ParetoCurve
{
    qint64 members = 0; ///< members with spend in the month
    Fen totalFen = 0;
    /// points[k] (k = 0..100) is the share (0..1) of the month's sales made by the top k % of members,
    /// members sorted by spend descending (points[0] = 0, points[100] = 1). Empty without spenders.
    QVector<double> cumulativeShare;
    qint64 top20Members = 0; ///< ceil(20 % of members)
    double top20Share = 0;   ///< share of sales from those members; always exact
    /// True when cumulativeShare was interpolated from the month's spend buckets (schema step 7,
    /// report_month_spend: 1 % wide) instead of every member's spend: each point is then within 1 % of
    /// itself of the exact share (exact where the cut falls between buckets or in a one-fen bucket).
    bool bucketed = false;
};

struct RankedMember
{
    qint64 memberId = 0;
    QString name;
    QString card;
    int tier = 0; ///< the member's tier now
    qint64 purchases = 0;
    Fen salesFen = 0;
};

struct TierUpgrade
{
    qint64 memberId = 0;
    QString name;
    QString card;
    QDateTime time;
    int fromTier = 0;
    int toTier = 0;
};

struct AtRiskMember
{
    qint64 memberId = 0;
    QString name;
    QString card;
    int tier = 0;
    qint64 purchases = 0; ///< in the 180 days before month end
    Fen salesFen = 0;     ///< in the 180 days before month end
    QDateTime lastPurchase;
};

/// Everything the monthly review shows (dashboard and PDF) for one month.
///
/// Computed from the summary tables of schema v2 (report_hourly, report_member_month, report_monthly,
/// report_points_daily — kept by triggers on every write, rebuilt by ReportSummaries::rebuild), those of
/// schema step 7 (report_tier_members: members per tier now; report_month_spend: each month's spenders in
/// 1 % spend buckets) and a few indexed look-ups, so the cost grows with the changes in a month, not with
/// the members or the history.
/// Reads only: call it on a worker thread with its own read-only Database.
struct MonthlyFigures
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyFigures)
public:
    QDate month;
    MonthKpis current;
    MonthKpis previousMonth;
    MonthKpis sameMonthLastYear;

    QVector<MonthTrendPoint> trend; ///< 13 months, oldest first, ending with `month`

    /// Tier distribution at month end, reconstructed exactly: today's tiers with the tier_history changes
    /// made after month end undone (cost grows with the changes since, so older months are slower).
    QVector<TierSlice> tiers;

    ParetoCurve pareto;

    /// Purchase counts by weekday (0 = Monday … 6 = Sunday) × hour of the day (0..23), local time.
    std::array<std::array<qint64, 24>, 7> heatmap{};

    QVector<RankedMember> topMembers; ///< up to Options::topMembers, by spend in the month
    /// Tier upgrades in the month (tier_history with to_tier > from_tier; upgrades whose purchase was
    /// voided since are left out), highest tier first; up to Options::listLimit, newVipCount counts all.
    QVector<TierUpgrade> newVips;
    qint64 newVipCount = 0;
    /// Members at risk at month end, until the analytics module offers better: at least 3 purchases in
    /// the 180 days before month end and none in its last 42 days; most valuable (180-day spend) first.
    /// Up to Options::listLimit; atRiskCount counts all.
    QVector<AtRiskMember> atRisk;
    qint64 atRiskCount = 0;

    /// True when the month itself has no data (see MonthKpis::hasData).
    bool isEmpty() const { return !current.hasData; }

    struct Options
    {
        int topMembers = 20;
        int listLimit = 30;
        /// The members-at-risk list is the costliest part (a 7-month scan): a dashboard may compute it
        /// apart (false here, then membersAtRisk()) to show the rest sooner.
        bool atRisk = true;
        /// Up to this many members with spend in the month, the Pareto curve ranks every member (reading
        /// them costs little); above it, it is drawn from the month's spend buckets (ParetoCurve::bucketed).
        qint64 paretoExactUpTo = 20000;
    };

    /// Computes the figures of the calendar month containing `month`. The rules give the tier names and
    /// the value of a point for the liability. False with *error on a database error only: an empty month
    /// is a valid result (isEmpty()).
    static bool compute(Database& db, const QDate& month, const LoyaltyRules& rules, MonthlyFigures* figures,
                        QString* error, const Options& options);
    static bool compute(Database& db, const QDate& month, const LoyaltyRules& rules, MonthlyFigures* figures,
                        QString* error)
    {
        return compute(db, month, rules, figures, error, Options());
    }

    /// Fills atRisk and atRiskCount of `figures` (for its month) when compute() was told to skip them.
    static bool membersAtRisk(Database& db, MonthlyFigures* figures, QString* error, int limit = 30);

    /// Parses "yyyy-MM" (the CLI's --month); false with a sentence in *error.
    static bool parseMonth(const QString& text, QDate* month, QString* error);

    /// The KPIs as JSON (money in *_fen, rates 0..1, null where undefined or the month is empty), with
    /// the previous month and the same month last year under "previous_month" and "last_year".
    QJsonObject kpiJson() const;
    static QJsonObject kpiJson(const MonthKpis& kpis);
};

} // namespace md

// Passed from a worker thread to the GUI in a queued signal.
Q_DECLARE_METATYPE(md::MonthlyFigures)

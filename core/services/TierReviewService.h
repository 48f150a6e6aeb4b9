// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QVector>

namespace md {

struct TierChange
{
    qint64 memberId = 0;
    int fromTier = 0;
    int toTier = 0;
    Fen spendFen = 0; ///< spend by the programme's basis on the review day
};

struct TierReviewResult
{
    QDate day;
    int reviewed = 0; ///< members whose grace period is over (or whose tier no longer exists)
    QVector<TierChange> changes;
};

/// Members whose tier moves on the plan's day, by the plan's read (TierReviewService::plan).
struct TierReviewPlan
{
    QDate day;
    int reviewed = 0;
    QVector<qint64> changing; ///< in member order
};

/// Lowers tiers, never raises them (upgrades happen at once on the crossing purchase).
///
/// A tier is kept at least `tierGraceMonths` from the day it was reached (members.tier_since); once that
/// period is over, the tier is re-evaluated every review by the programme's basis (paid spend in the last
/// 12 months, or lifetime) and lowered straight to the tier the spend justifies. The lowered tier is held
/// from the review day (its own grace period starts then). A member whose tier no longer exists after a
/// rules change is moved to the new top tier at once (reason "rules", tier_since unchanged).
///
/// Each change is one tier_history row (reason "review: spend_fen=N basis=B" or "rules") and one audit
/// entry. Idempotent: a second review on the same day finds nothing to change.
class TierReviewService
{
    Q_DECLARE_TR_FUNCTIONS(TierReviewService)
public:
    explicit TierReviewService(const ServiceContext& ctx) : m_ctx(ctx) {}

    /// Reviews every member as of the clock's now in its own transaction.
    bool run(TierReviewResult* result, QString* error);
    /// The same inside the caller's transaction: plan() then apply().
    bool runInTransaction(TierReviewResult* result, QString* error);

    /// Reads which members' tiers move today (reads only: at a million members 0.3 s warm, 2.5 s after a
    /// cold boot, which DailyMaintenance spends outside its write transaction).
    bool plan(TierReviewPlan* plan, QString* error) const;
    /// Re-evaluates the planned members in the caller's transaction and writes their changes.
    bool apply(const TierReviewPlan& plan, TierReviewResult* result, QString* error);

    /// First day a review may lower a tier reached on `since` (since + graceMonths).
    static QDate reviewableFrom(const QDate& since, int graceMonths);

private:
    ServiceContext m_ctx;
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/InsightSnapshot.h"
#include "analytics/LoyaltyTypes.h"
#include "analytics/Rfm.h"
#include "common/Money.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>

namespace md {

class Clock;
class Database;

/// One member's line of the last insight snapshot (table member_insight).
struct MemberInsight
{
    qint64 memberId = 0;
    bool found = false; ///< false: no snapshot row for this member (see MemberInsightStatus for why)
    QDate asOf;
    int windowDays = 0;
    QDateTime computedAt;

    /// RFM and loyalty type: only for members with a purchase day in the window.
    bool inWindow = false;
    RfmSegment segment = RfmSegment::Hibernating;
    int r = 0;
    int f = 0;
    int m = 0;
    LoyaltyType type = LoyaltyType::Stranger;

    /// BG/NBD and Gamma-Gamma: only when the models could be fitted (else the snapshot's clvMessage says
    /// why).
    bool hasPrediction = false;
    double pAlive = 0;
    double expectedPurchases = 0; ///< over horizonWeeks
    int horizonWeeks = 0;

    /// Money: false for a role without Permission::OwnerReports; the two amounts below are then 0.
    bool moneyVisible = false;
    Fen predictedValueFen = 0; ///< expected spend over horizonWeeks (valid with hasPrediction)
    Fen windowPaidFen = 0;     ///< paid in the window
};

/// What the snapshot as a whole says (the settings row kept with the table, written in the same transaction).
struct MemberInsightStatus
{
    bool exists = false; ///< a snapshot (or a failed attempt) has been recorded
    bool ok = false;     ///< the last recorded computation produced segments
    QString error;       ///< why it did not (ok false): e.g. no purchases in the window
    QString clvMessage;  ///< why there are no predictions (ok true, no lifetime-value model)
    QDate asOf;
    int windowDays = 0;
    int horizonWeeks = 0;
    QDateTime computedAt;
    qint64 members = 0; ///< rows in member_insight
};

/// Members and their spend in the window per RFM segment and per loyalty type, from the last snapshot.
struct InsightDistribution
{
    MemberInsightStatus status;
    bool moneyVisible = false; ///< false for clerks: every *SpendFen is then 0
    std::array<int, kRfmSegmentCount> segmentMembers{};
    std::array<Fen, kRfmSegmentCount> segmentSpendFen{};
    std::array<int, kLoyaltyTypeCount> typeMembers{};
    std::array<Fen, kLoyaltyTypeCount> typeSpendFen{};
    int predicted = 0; ///< members with a P(alive)
};

/// The per-member insight snapshot: written whole after each insight computation (the Insight page's
/// worker, the daily background refresh, `insight refresh` in the CLI) and read by the member card, the
/// member file and the dashboard. A newer snapshot is never replaced by one for an earlier date.
/// Reads follow the acting role: without Permission::OwnerReports the money figures are blanked.
class MemberInsightStore
{
    Q_DECLARE_TR_FUNCTIONS(MemberInsightStore)
public:
    explicit MemberInsightStore(const ServiceContext& ctx) : m_ctx(ctx) {}

    /// Writes `snapshot` (replacing the table) in one transaction, stamped computedAt = the clock's now.
    /// The rows are staged in a TEMP table first, so the file's write lock is held only for the final copy.
    /// A failed snapshot (ok false) clears the rows and records its error, unless it was stopped by the
    /// user. Returns true with *written = false when the stored snapshot is for a later date, or the
    /// snapshot's date is after the clock's today.
    bool write(const InsightSnapshot& snapshot, QString* error, bool* written = nullptr);

    /// The member's line; found false when the member is not in the snapshot. False only on a database error.
    bool get(qint64 memberId, MemberInsight* insight, QString* error) const;
    MemberInsightStatus status() const;
    bool distribution(InsightDistribution* distribution, QString* error) const;

    /// The options the shop uses for the stored snapshot: today, a 365-day window, 52 weeks, the rules'
    /// margin and tiers, and the owner's loyalty-type thresholds (InsightThresholds).
    static InsightOptions currentOptions(Database& db, const QDate& asOf);

    /// Computes with currentOptions() on `databasePath` (own connection; safe on a worker thread) and
    /// writes the result. What the daily refresh and the CLI run. False with the reason on failure.
    static bool refreshOnPath(const QString& databasePath, const Clock& clock, InsightSnapshot* snapshot,
                              QString* error, const Insight::Progress& progress = {});

    /// The shop day of the last recorded snapshot attempt (invalid when never): the daily refresh runs
    /// when this is before today.
    QDate lastRefreshDay() const;

    static constexpr const char16_t* kStatusKey = u"member_insight_status";

private:
    ServiceContext m_ctx;
};

/// The owner's thresholds for the four loyalty types (settings); unset = the window's medians.
class InsightThresholds
{
    Q_DECLARE_TR_FUNCTIONS(InsightThresholds)
public:
    static LoyaltyTypeOptions load(Database& db);
    /// Owner only (Permission::OwnerReports), audited. An unset optional returns that threshold to the
    /// median.
    static bool save(const ServiceContext& ctx, const LoyaltyTypeOptions& options, QString* error);

    static constexpr const char16_t* kProfitKey = u"insight_profit_threshold_fen";
    static constexpr const char16_t* kLoyaltyKey = u"insight_loyalty_threshold";
};

} // namespace md

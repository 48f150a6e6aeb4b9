// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <functional>

namespace md {

struct DemoOptions
{
    int members = 2000;
    /// Months of history (1 to 120). With a purchase target, 0 lets the generator choose them: the fewest
    /// months in which the members' own habits make at least the target.
    int months = 24;
    quint64 seed = 1;
    /// 0: as many purchases as the members' habits make. Otherwise exactly this many: every member's visit
    /// rate is multiplied by one shop-wide factor (DemoStats::visitRateScale) found by replaying the visits.
    qint64 purchases = 0;
};

struct DemoStats
{
    qint64 members = 0;
    qint64 purchases = 0;
    qint64 ledgerEntries = 0;
    qint64 tierChanges = 0;
    int months = 0;              ///< the months of history made (chosen when DemoOptions::months was 0)
    double visitRateScale = 1.0; ///< the factor on every visit rate (1 without a purchase target)
};

/// Fills an empty database with a realistic synthetic shop, the same for the same seed:
/// members join over the months; each buys in a BG/NBD-like way (a personal visit rate, a chance to stop
/// coming after every visit) so there are regulars, occasional customers, one-off visitors and churned
/// members; tickets are heavy-tailed (log-normal around a personal mean); tiers are reached through the
/// purchase history with the shop's rules, points are earned, redeemed and expire FIFO, referrals pay.
///
/// A purchase target (DemoOptions::purchases) keeps all of this and scales how often members come: the
/// visits of every member are replayed without writing anything, the factor on the visit rates is searched
/// until the shop makes exactly the target (when no factor lands on it exactly, the few members over it
/// stop one visit earlier), then the shop is written. The factor stays between 1/20 and 20; a target
/// beyond that reach is refused with the reachable range. Each member's visits come from a random stream
/// of their own, so the same seed gives the same shop.
///
/// Rows are written with SQLite's C API in one transaction: 100,000 members and ~2,000,000 purchases
/// take well under a minute, and the result passes `check`.
///
/// It also creates the demo's accounts (when the database has no owner yet): the owner kDemoOwnerName with
/// the password kDemoOwnerPassword and two clerks with PINs. They are printed by scripts/run-demo.sh and
/// listed in the README as demo-only.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    static constexpr const char* kDemoOwnerName = "店主";
    static constexpr const char* kDemoOwnerPassword = "demo-owner";
    static constexpr const char* kDemoStoreName = "好邻居便利店";
    static constexpr const char* kDemoClerkName = "小王";
    static constexpr const char* kDemoClerkPin = "1234";
    static constexpr const char* kDemoSecondClerkName = "小李";
    static constexpr const char* kDemoSecondClerkPin = "5678";

    explicit DemoGenerator(const ServiceContext& ctx) : m_ctx(ctx) {}
    bool generate(const DemoOptions& options, DemoStats* stats, QString* error,
                  const std::function<void(int percent)>& progress = {});

    static constexpr qint64 kMaxPurchases = 200'000'000;
    static constexpr double kMinVisitRateScale = 0.05;
    static constexpr double kMaxVisitRateScale = 20.0;

private:
    static bool checkOptions(const DemoOptions& options, QString* error);
    bool checkDatabaseIsEmpty(QString* error) const;
    bool addDemoAccounts(QString* error);

    ServiceContext m_ctx;
};

} // namespace md

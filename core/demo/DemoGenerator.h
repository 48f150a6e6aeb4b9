// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <functional>

namespace md {

struct DemoOptions
{
    int members = 2000;
    int months = 24;
    quint64 seed = 1;
};

struct DemoStats
{
    qint64 members = 0;
    qint64 purchases = 0;
    qint64 ledgerEntries = 0;
    qint64 tierChanges = 0;
};

/// Fills an empty database with a realistic synthetic shop, the same for the same seed:
/// members join over the months; each buys in a BG/NBD-like way (a personal visit rate, a chance to stop
/// coming after every visit) so there are regulars, occasional customers, one-off visitors and churned
/// members; tickets are heavy-tailed (log-normal around a personal mean); tiers are reached through the
/// purchase history with the shop's rules, points are earned, redeemed and expire FIFO, referrals pay.
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

private:
    bool addDemoAccounts(QString* error);

    ServiceContext m_ctx;
};

} // namespace md

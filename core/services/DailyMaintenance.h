// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"
#include "services/TierReviewService.h"

#include <QDate>

namespace md {

struct MaintenanceResult
{
    bool ran = false; ///< false: it had already run on this shop day
    QDate day;
    int expiredEntries = 0; ///< expiry entries written by the sweep
    TierReviewResult review;
};

/// The once-a-day housekeeping: the points expiry sweep (PointsLedger::expireDue) and the tier review,
/// written together in one transaction with the day's marker (settings key "maintenance_last_day").
/// The GUI calls runIfDue() at start-up (and may on a timer); the CLI has `maintenance run`.
/// Both steps are idempotent on their own, so a forced second run on the same day changes nothing.
class DailyMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(DailyMaintenance)
public:
    explicit DailyMaintenance(const ServiceContext& ctx) : m_ctx(ctx) {}

    /// Runs when it has not yet run on the clock's day; otherwise returns true with result->ran = false.
    bool runIfDue(MaintenanceResult* result, QString* error) { return run(false, result, error); }
    /// `force`: run even when today's marker is set.
    bool run(bool force, MaintenanceResult* result, QString* error);
    /// The last shop day it ran; invalid when never.
    QDate lastRunDay() const;

    static constexpr const char16_t* kLastDayKey = u"maintenance_last_day";

private:
    ServiceContext m_ctx;
};

} // namespace md

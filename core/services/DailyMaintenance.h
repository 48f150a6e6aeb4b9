// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"
#include "services/TierReviewService.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace md {

struct MaintenanceResult
{
    bool ran = false; ///< false: it had already run on this shop day
    QDate day;
    int expiredEntries = 0; ///< expiry entries written by the sweep
    TierReviewResult review;
};

/// The once-a-day housekeeping: the points expiry sweep and the tier review, with the day's marker
/// (settings key "maintenance_last_day"). The GUI runs it in the background at start and at a new day;
/// the CLI has `maintenance run`. The sweep commits in parts of Options::expiryChunk credits, so that a
/// month end in a large shop (200,000 lapsed credits at a million members, about 20 s) does not hold the
/// write lock from the counter; the review, the sweep's own marker, the day's marker and the audit entry
/// are one transaction at the end. Every step is idempotent: a run cut off part-way leaves expired credits
/// expired, and the next run finishes the rest; a forced second run on the same day changes nothing.
class DailyMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(DailyMaintenance)
public:
    explicit DailyMaintenance(const ServiceContext& ctx) : m_ctx(ctx) {}

    struct Options
    {
        bool force = false;           ///< run even when today's marker is set
        qsizetype expiryChunk = 2000; ///< lapsed credits per committed part (at least 1)
        /// Called between parts with the credits done and the total; return false to stop there (the run
        /// then fails with a message saying so; what was committed stays).
        std::function<bool(qsizetype done, qsizetype total)> progress;
    };

    /// Runs when it has not yet run on the clock's day; otherwise returns true with result->ran = false.
    bool runIfDue(MaintenanceResult* result, QString* error) { return run(Options{}, result, error); }
    /// `force`: run even when today's marker is set.
    bool run(bool force, MaintenanceResult* result, QString* error);
    bool run(const Options& options, MaintenanceResult* result, QString* error);
    /// The last shop day it ran; invalid when never.
    QDate lastRunDay() const;

    static constexpr const char16_t* kLastDayKey = u"maintenance_last_day";

private:
    ServiceContext m_ctx;
};

} // namespace md

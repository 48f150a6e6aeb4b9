// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/BgNbd.h"
#include "analytics/CustomerSummary.h"
#include "analytics/GammaGamma.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace md {

class Database;

/// Both lifetime-value models fitted on the database's purchase history up to a calibration end.
struct ClvModel
{
    QDate calibrationEnd;
    TimeUnit unit = TimeUnit::Week;
    QVector<CustomerSummary> customers;
    BgNbdFit purchases;
    GammaGammaFit spend;
    bool fromCache = false; ///< the fits were read back from the last fit on identical summaries
};

class ClvModels
{
    Q_DECLARE_TR_FUNCTIONS(ClvModels)
public:
    /// How the two fits run. They are independent and each is deterministic in the summaries, so both
    /// give the same fits bit for bit; Parallel fits Gamma-Gamma on a second thread while BG/NBD runs on
    /// the calling one (the machine's second core), Sequential is the reference the tests compare with.
    enum class Threads
    {
        Parallel,
        Sequential
    };

    /// Loads the history (one pass), builds the summaries and fits BG/NBD and Gamma-Gamma. A fit is
    /// deterministic in the summaries, so the last one is kept in the settings with a fingerprint of its
    /// summaries and reused while they are unchanged (the member card and `clv predict` then cost one
    /// history load). Fails with the owner-facing message of whichever step failed.
    static bool fit(Database& db, const QDate& calibrationEnd, TimeUnit unit, ClvModel* model, QString* error,
                    bool useCache = true, Threads threads = Threads::Parallel);

    /// The same on a history already loaded (up to `calibrationEnd` or later); `db` only keeps the cache.
    static bool fitHistory(Database& db, const PurchaseHistory& history, const QDate& calibrationEnd,
                           TimeUnit unit, ClvModel* model, QString* error, bool useCache = true,
                           Threads threads = Threads::Parallel);

    static constexpr const char16_t* kCacheKey = u"clv_model_cache";
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace md {

class Database;

/// The summary tables behind MonthlyFigures.
class ReportSummaries
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummaries)
public:
    struct Counts
    {
        qint64 hourlyRows = 0;
        qint64 memberMonthRows = 0;
        qint64 pointsDailyRows = 0;
        qint64 monthlyRows = 0;
    };
    /// Recomputes every summary from purchases, points_ledger and members in one transaction (for a database
    /// whose summaries are suspect, e.g. after a restore from an outside tool). Triggers keep them otherwise.
    static bool rebuild(Database& db, Counts* counts, QString* error);
    /// The recomputation of rebuild() inside the caller's transaction (bulk writers such as the demo
    /// generator drop the report_* triggers, insert, call this, and put the triggers back).
    static bool fill(Database& db, QString* error);
    /// Compares the summaries with a fresh computation; returns how many rows differ (0 = consistent), -1
    /// with *error on a database error.
    static qint64 differences(Database& db, QString* error);
};

} // namespace md

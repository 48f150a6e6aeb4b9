// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/BgNbd.h"
#include "analytics/GammaGamma.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace md {

struct WinBackOptions
{
    /// Members whose probability of still being a customer is below this are at risk.
    double pAliveThreshold = 0.5;
    /// Valuable = paid at least this much up to the calibration end; default: the least any member of the
    /// top ceil(20 %) by past spend paid.
    std::optional<Fen> minPastSpendFen;
};

struct WinBackEntry
{
    qint64 memberId = 0;
    double pAlive = 0;
    Fen pastSpendFen = 0;
    QDate lastDay;
};

/// The churn-risk / win-back list: valuable members the BG/NBD model thinks have probably left.
class WinBack
{
    Q_DECLARE_TR_FUNCTIONS(WinBack)
public:
    /// Highest past spend first. Fails on a threshold outside (0, 1] or no customers.
    static bool list(const BgNbd& model, const QVector<CustomerSummary>& customers,
                     const WinBackOptions& options, QVector<WinBackEntry>* entries, QString* error);
};

} // namespace md

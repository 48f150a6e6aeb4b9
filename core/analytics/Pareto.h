// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/CustomerSummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace md {

struct ParetoMember
{
    qint64 memberId = 0;
    Fen spendFen = 0;
};

struct ParetoPoint
{
    double memberShare = 0; ///< 0..1: the best-spending members so far, as a share of all spenders
    double spendShare = 0;  ///< 0..1: their share of the window's spend
};

/// The 20/80 rule over a window: members with spend in the window ranked by it.
struct ParetoResult
{
    AnalysisWindow window;
    QVector<ParetoMember> ranked; ///< spend > 0, highest first (ties by member id)
    int topCount = 0;             ///< ceil(20 % of ranked)
    Fen topSpendFen = 0;
    Fen totalSpendFen = 0;
    double topShare = 0;        ///< topSpendFen / totalSpendFen
    QVector<ParetoPoint> curve; ///< from (0, 0) to (1, 1)
};

class Pareto
{
    Q_DECLARE_TR_FUNCTIONS(Pareto)
public:
    /// Fails on an invalid window or one without spend. `curvePoints` ≥ 2 points are spread evenly over the
    /// member axis (each exact: the share of the first ⌈k·n/(points−1)⌉ members).
    static bool compute(const PurchaseHistory& history, const AnalysisWindow& window, ParetoResult* result,
                        QString* error, int curvePoints = 101);

    /// Potential VIPs: members in the top 20 % whose tier is below `firstTopTier` (tier index), highest
    /// spend first. `tierOf` maps member id → tier index (members missing from it count as tier 0).
    static QVector<ParetoMember> potentialVips(const ParetoResult& result, const QHash<qint64, int>& tierOf,
                                               int firstTopTier);
    /// The first of "the top tiers": the two highest of a programme with three or more tiers, else the
    /// highest.
    static int defaultFirstTopTier(int tierCount);

    /// Every member's current tier, read in one query.
    static bool loadTiers(Database& db, QHash<qint64, int>* tierOf, QString* error);
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/BgNbd.h"
#include "analytics/CustomerSummary.h"
#include "analytics/GammaGamma.h"
#include "analytics/LoyaltyTypes.h"
#include "analytics/Pareto.h"
#include "analytics/Rfm.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <functional>

namespace md {

class Database;

/// The steps of an insight computation, in order (for progress reports).
enum class InsightStep
{
    LoadingHistory,
    Rfm,
    LoyaltyTypes,
    Pareto,
    FittingModels, ///< BG/NBD and Gamma-Gamma (or their cached fit)
    Predicting,
};
constexpr int kInsightStepCount = 6;

struct InsightOptions
{
    AnalysisWindow window;
    int defaultMarginBp = 2000; ///< the rules' margin for purchases without recorded profit
    int tierCount = 0;          ///< tiers of the programme (potential VIPs are below the top ones)
    LoyaltyTypeOptions typeOptions;
    double pAliveThreshold = 0.5; ///< win-back: members less likely than this to still be customers
    int horizonWeeks = 52;        ///< predicted value over this many weeks
};

/// A win-back entry with what the member is still expected to bring.
struct InsightWinBack
{
    qint64 memberId = 0;
    double pAlive = 0;
    Fen pastSpendFen = 0;
    QDate lastDay;
    Fen predictedValueFen = 0; ///< Gamma-Gamma expected spend × BG/NBD expected purchases over the horizon
    Fen valueIfWonBackFen = 0; ///< the same if the member were still a customer (P(alive) taken as 1)
};

/// One member's lifetime-value prediction over the snapshot's horizon.
struct InsightPrediction
{
    qint64 memberId = 0;
    double pAlive = 0;
    double expectedPurchases = 0; ///< BG/NBD conditional expectation over the horizon
    Fen predictedValueFen = 0;    ///< that × the Gamma-Gamma expected spend per visit
};

/// Everything the insight page shows, computed in one pass over the purchase history. The segment part
/// (RFM, types, 20/80) needs purchases in the window; the lifetime-value part needs enough repeat history
/// to fit BG/NBD and Gamma-Gamma and, when it has not, carries the reason in clvMessage instead.
struct InsightSnapshot
{
    bool ok = false;
    bool stopped = false; ///< the progress callback stopped it (ok false)
    QString error;        ///< why nothing could be computed (ok false)

    AnalysisWindow window;
    int horizonWeeks = 52;
    double pAliveThreshold = 0.5;
    qint64 membersTotal = 0;
    QHash<qint64, int> tiers; ///< every member's tier

    RfmResult rfm;
    LoyaltyTypesResult types;
    bool hasSpend = false; ///< false when every visit in the window was worth nothing
    QString paretoMessage; ///< why there is no 20/80 split (hasSpend false)
    ParetoResult pareto;
    QVector<ParetoMember> potentialVips;

    bool clvOk = false;
    QString clvMessage; ///< why there is no lifetime value (clvOk false)
    BgNbdFit purchases; ///< in weeks, calibrated up to window.asOf on the whole history
    GammaGammaFit spend;
    QVector<InsightWinBack> winBack;        ///< highest past spend first
    Fen winBackValueFen = 0;                ///< sum of their predicted values
    Fen winBackIfWonFen = 0;                ///< sum of their values if won back
    QVector<InsightPrediction> predictions; ///< every member with history up to window.asOf, by member id
};

class Insight
{
    Q_DECLARE_TR_FUNCTIONS(Insight)
public:
    /// Called before each step; return false to stop (compute then fails with a "stopped" message).
    using Progress = std::function<bool(InsightStep)>;

    /// Loads the history once (up to the window's end) and computes the segments, the 20/80 split and,
    /// on the whole history up to the same date, the BG/NBD and Gamma-Gamma fits and the win-back list.
    /// Fails (ok false, error set) on an invalid or empty window; a failed fit only fills clvMessage.
    static InsightSnapshot compute(Database& db, const InsightOptions& options,
                                   const Progress& progress = {});

    /// The same on a connection of its own, opened read-only on `databasePath`: what a worker thread
    /// calls (a QSqlDatabase connection must stay in the thread that opened it).
    static InsightSnapshot computeOnPath(const QString& databasePath, const InsightOptions& options,
                                         const Progress& progress = {});
};

} // namespace md

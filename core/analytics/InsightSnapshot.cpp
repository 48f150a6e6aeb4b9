// SPDX-License-Identifier: GPL-3.0-or-later
#include "InsightSnapshot.h"

#include "analytics/ClvModel.h"
#include "analytics/WinBack.h"
#include "storage/Database.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md {

namespace {

InsightSnapshot failed(InsightSnapshot snapshot, const QString& error, bool stopped = false)
{
    snapshot.ok = false;
    snapshot.stopped = stopped;
    snapshot.error = error;
    return snapshot;
}

} // namespace

InsightSnapshot Insight::compute(Database& db, const InsightOptions& options, const Progress& progress)
{
    InsightSnapshot s;
    s.window = options.window;
    s.horizonWeeks = options.horizonWeeks;
    s.pAliveThreshold = options.pAliveThreshold;
    const auto step = [&](InsightStep next) { return !progress || progress(next); };
    const QString stopped = tr("The computation was stopped.");
    QString error;
    if (!options.window.validate(&error))
        return failed(std::move(s), error);
    if (options.horizonWeeks <= 0)
        return failed(std::move(s), tr("The prediction horizon must be at least one week."));

    if (!step(InsightStep::LoadingHistory))
        return failed(std::move(s), stopped, true);
    PurchaseHistory history;
    if (!PurchaseHistory::load(db, options.window.asOf, options.defaultMarginBp, &history, &error) ||
        !Pareto::loadTiers(db, &s.tiers, &error))
        return failed(std::move(s), error);
    s.membersTotal = s.tiers.size();

    if (!step(InsightStep::Rfm))
        return failed(std::move(s), stopped, true);
    if (!Rfm::compute(history, options.window, &s.rfm, &error))
        return failed(std::move(s), error);

    if (!step(InsightStep::LoyaltyTypes))
        return failed(std::move(s), stopped, true);
    if (!LoyaltyTypes::compute(history, options.window, options.typeOptions, &s.types, &error))
        return failed(std::move(s), error);

    if (!step(InsightStep::Pareto))
        return failed(std::move(s), stopped, true);
    // Visits worth nothing still count for RFM and the types; the 20/80 split then simply has no spend.
    s.hasSpend = Pareto::compute(history, options.window, &s.pareto, &error);
    if (s.hasSpend)
        s.potentialVips =
            Pareto::potentialVips(s.pareto, s.tiers, Pareto::defaultFirstTopTier(options.tierCount));
    else
        s.paretoMessage = error;
    s.ok = true;

    if (!step(InsightStep::FittingModels))
        return failed(std::move(s), stopped, true);
    ClvModel model;
    if (!ClvModels::fitHistory(db, history, options.window.asOf, TimeUnit::Week, &model, &error)) {
        s.clvMessage = error;
        return s;
    }
    s.purchases = model.purchases;
    s.spend = model.spend;

    if (!step(InsightStep::Predicting))
        return failed(std::move(s), stopped, true);
    const BgNbd purchases(model.purchases.params);
    const GammaGamma spend(model.spend.params);
    WinBackOptions winBackOptions;
    winBackOptions.pAliveThreshold = options.pAliveThreshold;
    QVector<WinBackEntry> entries;
    if (!WinBack::list(purchases, model.customers, winBackOptions, &entries, &error)) {
        s.clvMessage = error;
        return s;
    }
    QHash<qint64, int> indexOf;
    indexOf.reserve(model.customers.size());
    for (int i = 0; i < model.customers.size(); ++i)
        indexOf.insert(model.customers[i].memberId, i);
    s.winBack.reserve(entries.size());
    for (const WinBackEntry& e : entries) {
        InsightWinBack w{e.memberId, e.pAlive, e.pastSpendFen, e.lastDay, 0, 0};
        const auto it = indexOf.constFind(e.memberId);
        double ifAlive = 0;
        double spendPerVisit = 0;
        if (it == indexOf.constEnd() || !std::isfinite(e.pAlive) ||
            !spend.customerValueFen(purchases, model.customers[*it], options.horizonWeeks, 0,
                                    &w.predictedValueFen, &error) ||
            !purchases.expectedPurchasesIfAlive(options.horizonWeeks, model.customers[*it].x,
                                                model.customers[*it].T, &ifAlive, &error) ||
            !spend.expectedAverageSpend(model.customers[*it].x, model.customers[*it].meanRepeatSpend,
                                        &spendPerVisit, &error) ||
            !yuanToFenRounded(ifAlive * spendPerVisit, &w.valueIfWonBackFen)) {
            s.clvMessage =
                error.isEmpty() ? tr("The lifetime-value model gave no usable prediction.") : error;
            s.winBack.clear();
            s.winBackValueFen = 0;
            s.winBackIfWonFen = 0;
            return s;
        }
        s.winBackValueFen += w.predictedValueFen;
        s.winBackIfWonFen += w.valueIfWonBackFen;
        s.winBack.append(w);
    }

    // Every member's figures (the member card's line): customers sharing (x, T) share the ₂F₁ evaluation.
    QVector<double> expected;
    if (!purchases.conditionalExpectedPurchases(options.horizonWeeks, model.customers, &expected, &error)) {
        s.clvMessage = error;
        s.winBack.clear();
        s.winBackValueFen = 0;
        s.winBackIfWonFen = 0;
        return s;
    }
    s.predictions.reserve(model.customers.size());
    for (int i = 0; i < model.customers.size(); ++i) {
        const CustomerSummary& c = model.customers[i];
        InsightPrediction p;
        p.memberId = c.memberId;
        p.pAlive = purchases.probabilityAlive(c.x, c.tx, c.T);
        p.expectedPurchases = expected[i];
        double spendPerVisit = 0;
        if (!std::isfinite(p.pAlive) || p.pAlive < 0 || p.pAlive > 1 || !std::isfinite(p.expectedPurchases) ||
            p.expectedPurchases < 0 ||
            !spend.expectedAverageSpend(c.x, c.meanRepeatSpend, &spendPerVisit, &error) ||
            !yuanToFenRounded(p.expectedPurchases * spendPerVisit, &p.predictedValueFen)) {
            s.clvMessage =
                error.isEmpty() ? tr("The lifetime-value model gave no usable prediction.") : error;
            s.predictions.clear();
            s.winBack.clear();
            s.winBackValueFen = 0;
            s.winBackIfWonFen = 0;
            return s;
        }
        s.predictions.append(p);
    }
    std::sort(s.predictions.begin(), s.predictions.end(),
              [](const InsightPrediction& a, const InsightPrediction& b) { return a.memberId < b.memberId; });
    s.clvOk = true;
    return s;
}

InsightSnapshot Insight::computeOnPath(const QString& databasePath, const InsightOptions& options,
                                       const Progress& progress)
{
    Database db;
    QString error;
    if (!db.open(databasePath, &error, Database::Access::ReadOnly)) {
        InsightSnapshot s;
        s.window = options.window;
        return failed(std::move(s), error);
    }
    return compute(db, options, progress);
}

} // namespace md

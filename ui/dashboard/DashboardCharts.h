// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/MemberInsightStore.h"
#include "reports/DrillDown.h"
#include "reports/MonthlyFigures.h"

#include <QObject>

class QChart;

namespace md::ui {

/// Builds the dashboard's QtCharts from a month's figures. Hovering shows exact values in a tooltip;
/// clicking a bar, a slice or a point asks for the purchases or members behind it (drillDownRequested);
/// double-clicking a month's bar asks to switch to that month.
class DashboardCharts : public QObject
{
    Q_OBJECT
public:
    explicit DashboardCharts(QObject* parent = nullptr);

    /// 13 months of member sales (bars, yuan, left axis) with the number of purchases (line, right axis).
    QChart* salesTrend(const QVector<MonthTrendPoint>& trend);
    /// Active members per month: new (registered that month) and returning, stacked.
    QChart* newVsReturning(const QVector<MonthTrendPoint>& trend);
    /// Members per tier at the end of `month`.
    QChart* tierDonut(const QDate& month, const QVector<TierSlice>& tiers);
    /// 13 months of sales stacked by the tier the member held when buying; `tiers` (the month's donut)
    /// gives the tiers' order and names, so colours match the donut's.
    QChart* salesByTier(const QVector<MonthTrendPoint>& trend, const QVector<TierSlice>& tiers);
    /// Share of sales against share of members, with the 20 % mark, for `month`.
    QChart* pareto(const QDate& month, const ParetoCurve& curve);

    /// The biggest spenders behind the point `percent` of the Pareto curve: the top floor(percent % of
    /// `members`), at least one when percent > 0 (the curve's own rounding).
    static qint64 topSpendersAt(int percent, qint64 members);

    /// Members per RFM segment in the last insight snapshot (its status must be ok).
    QChart* rfmSegments(const InsightDistribution& insight);
    /// Members per loyalty type (friends, butterflies, barnacles, strangers) in the last snapshot.
    QChart* loyaltyTypes(const InsightDistribution& insight);

    /// Axis label of a month ("11/26").
    static QString monthLabel(const QDate& month);

signals:
    void monthClicked(const QDate& month);
    void drillDownRequested(const md::DrillDownQuery& query);

private:
    static QChart* newChart(const QString& title);
};

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/MonthlyFigures.h"

#include <QObject>

class QChart;

namespace md::ui {

/// Builds the dashboard's QtCharts from a month's figures. Hovering shows exact values in a tooltip;
/// clicking a month's bar asks to switch to that month.
class DashboardCharts : public QObject
{
    Q_OBJECT
public:
    explicit DashboardCharts(QObject* parent = nullptr);

    /// 13 months of member sales (bars, yuan, left axis) with the number of purchases (line, right axis).
    QChart* salesTrend(const QVector<MonthTrendPoint>& trend);
    /// Active members per month: new (registered that month) and returning, stacked.
    QChart* newVsReturning(const QVector<MonthTrendPoint>& trend);
    /// Members per tier at month end.
    QChart* tierDonut(const QVector<TierSlice>& tiers);
    /// The month's sales by the tier the member held when buying.
    QChart* salesByTier(const QVector<TierSlice>& tiers);
    /// Share of sales against share of members, with the 20 % mark.
    QChart* pareto(const ParetoCurve& curve);

    /// Axis label of a month ("11/26").
    static QString monthLabel(const QDate& month);

signals:
    void monthClicked(const QDate& month);

private:
    static QChart* newChart(const QString& title);
};

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/MonthlyFigures.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace md {

/// Charts of the monthly review painted with plain QPainter calls (vector output in a PDF, no QtCharts,
/// so core stays free of widgets). Every function paints inside `rect` (device units) and never outside.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    /// `unit` is one typographic point in device units (device dpi / 72).
    ReportCharts(QPainter* painter, const QLocale& locale, const QFont& baseFont, double unit);

    /// 13 months of sales (bars, left axis) with the number of purchases (line, right axis).
    void salesTrend(const QRectF& rect, const QVector<MonthTrendPoint>& trend);
    /// Active members per month split into new (registered that month) and returning, stacked.
    void newVsReturning(const QRectF& rect, const QVector<MonthTrendPoint>& trend);
    /// Members per tier at month end as a donut with a legend.
    void tierDonut(const QRectF& rect, const QVector<TierSlice>& tiers);
    /// 13 months of sales stacked by the tier held at purchase (colours as in tierDonut(), by the tier's
    /// position in `tiers`), with a legend giving each tier's share of the last month.
    void salesByTier(const QRectF& rect, const QVector<MonthTrendPoint>& trend,
                     const QVector<TierSlice>& tiers);
    /// Cumulative share of sales against the share of members, with the 20 % mark.
    void pareto(const QRectF& rect, const ParetoCurve& curve);
    /// Purchases by weekday × hour as shaded cells.
    void heatmap(const QRectF& rect, const std::array<std::array<qint64, 24>, 7>& cells);

    /// Horizontal bars, one per name, with `valueTexts` after each bar (counts of the insight snapshot).
    void labelledBars(const QRectF& rect, const QStringList& names, const QVector<qint64>& values,
                      const QStringList& valueTexts, const QVector<QColor>& colors);

    static QColor seriesColor(int index);

private:
    QFont font(double points, bool bold = false) const;
    QString axisYuan(double yuan) const;
    QString monthLabel(const QDate& month) const;
    /// "Nice" axis maximum and step for values up to `max` with about `ticks` intervals.
    static void niceScale(double max, int ticks, double* top, double* step);
    void legend(const QRectF& rect, const QStringList& labels, const QVector<QColor>& colors);
    void noData(const QRectF& rect);

    QPainter* m_p;
    QLocale m_locale;
    QFont m_base;
    double m_u;
};

} // namespace md

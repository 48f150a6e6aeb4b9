// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/LoyaltyTypes.h"
#include "analytics/Pareto.h"
#include "analytics/Rfm.h"

#include <QChartView>

class QBarSeries;
class QBarSet;

namespace md::ui {

/// RFM segment counts as bars; a click on a bar names its segment.
class RfmChartView : public QChartView
{
    Q_OBJECT
public:
    explicit RfmChartView(QWidget* parent = nullptr);
    void setResult(const RfmResult& result);
    QBarSeries* barSeries() const { return m_series; }
    QBarSet* barSet() const { return m_set; }

    /// The segment highlighted from the keyboard (Left/Right move, Enter lists it), or the last clicked.
    RfmSegment currentSegment() const { return RfmSegment(m_current); }

signals:
    void segmentClicked(md::RfmSegment segment);
    void segmentHovered(md::RfmSegment segment, bool entered);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void setCurrent(int index);

    QBarSeries* m_series;
    QBarSet* m_set;
    int m_current = 0;
};

/// The four loyalty types as a scatter of profit × loyalty (both on log scales, a deterministic sample of
/// at most kMaxPoints members), with the thresholds drawn as lines. A click anywhere in the plot names the
/// quadrant under the pointer.
class QuadrantChartView : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 3000;

    explicit QuadrantChartView(QWidget* parent = nullptr);
    void setResult(const LoyaltyTypesResult& result);
    /// Points drawn (after sampling).
    int plottedPoints() const { return m_plotted; }
    /// The quadrant at a value position (profit in yuan, loyalty).
    LoyaltyType typeAt(double profitYuan, double loyalty) const;
    static QColor typeColor(LoyaltyType type);

signals:
    void typeClicked(md::LoyaltyType type);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    double m_profitThreshold = 0;
    double m_loyaltyThreshold = 0;
    int m_plotted = 0;
};

/// The Pareto curve: members ranked by spend against their cumulative share of sales, with the 20 % mark.
class ParetoChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ParetoChartView(QWidget* parent = nullptr);
    void setResult(const ParetoResult& result);

signals:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
};

} // namespace md::ui

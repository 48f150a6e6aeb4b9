// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Rfm.h"

#include <QWidget>

class QLabel;

namespace md::ui {

class RfmChartView;

/// The Insight page's "RFM segments" tab: the segment chart, what to do about the segment pointed at or
/// listed, and how the scores are made. A click on a bar is the chart's segmentClicked.
class InsightRfmTab : public QWidget
{
    Q_OBJECT
public:
    explicit InsightRfmTab(QWidget* parent = nullptr);

    RfmChartView* chart() const { return m_chart; }
    void showResult(const RfmResult& result);
    /// The advice for `segment` under the chart (its members are being listed).
    void showAdvice(RfmSegment segment);

private:
    RfmChartView* m_chart;
    QLabel* m_advice;
};

} // namespace md::ui

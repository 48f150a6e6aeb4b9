// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/InsightSnapshot.h"
#include "domain/LoyaltyRules.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace md::ui {

class ParetoChartView;

/// The Insight page's "20/80" tab: the share of sales the top 20 % of members bring, the Pareto curve,
/// and buttons to list the top 20 % and the potential VIPs (top 20 % below the first top tier).
class InsightParetoTab : public QWidget
{
    Q_OBJECT
public:
    explicit InsightParetoTab(QWidget* parent = nullptr);

    ParetoChartView* chart() const { return m_chart; }
    /// `rules` name the tier potential VIPs are invited to reach.
    void showResult(const InsightSnapshot& snapshot, const LoyaltyRules& rules);
    /// The headline and the potential-VIP note, which the member lists repeat as their description.
    QString headline() const;
    QString vipNote() const;

signals:
    void topRequested();
    void potentialVipsRequested();

private:
    QLabel* m_headline;
    QLabel* m_detail;
    ParetoChartView* m_chart;
    QPushButton* m_topButton;
    QPushButton* m_vipButton;
    QLabel* m_vipNote;
};

} // namespace md::ui

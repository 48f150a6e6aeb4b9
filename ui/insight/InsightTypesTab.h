// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/LoyaltyTypes.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace md::ui {

class InsightThresholdEditor;
class QuadrantChartView;

/// The Insight page's "Loyalty types" tab: the profit × loyalty quadrant, the two thresholds in words and
/// (for the owner) their editor, and the table of the four types with what to do about each. A click on
/// a quadrant or a row is typeChosen.
class InsightTypesTab : public QWidget
{
    Q_OBJECT
public:
    /// `canEditThresholds`: core lets only the owner move them (Permission::OwnerReports).
    explicit InsightTypesTab(bool canEditThresholds, QWidget* parent = nullptr);

    QuadrantChartView* chart() const { return m_chart; }
    InsightThresholdEditor* thresholdEditor() const { return m_editor; }
    /// `chosen`: the thresholds the owner set (unset ones are the medians).
    void showResult(const LoyaltyTypesResult& types, const LoyaltyTypeOptions& chosen);
    void selectType(LoyaltyType type);

signals:
    void typeChosen(md::LoyaltyType type);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitTable();

    QuadrantChartView* m_chart;
    QLabel* m_thresholds;
    InsightThresholdEditor* m_editor;
    QTableWidget* m_table;
};

} // namespace md::ui

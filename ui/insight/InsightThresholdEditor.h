// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/LoyaltyTypes.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace md::ui {

/// The two lines of the loyalty-type quadrant, for the owner to move: profit (¥) and loyalty score, with
/// Apply and "Use medians". Unset, both are the window's medians. It only edits and checks; the Insight
/// page saves the choice (InsightThresholds) and computes again.
class InsightThresholdEditor : public QWidget
{
    Q_OBJECT
public:
    explicit InsightThresholdEditor(QWidget* parent = nullptr);

    /// Shows the lines in effect (`shown`, computed with `chosen`), so "Apply" after changing one keeps
    /// the other where it was; hides an earlier error.
    void showThresholds(const LoyaltyTypesResult& shown, const LoyaltyTypeOptions& chosen);
    /// The thresholds to save from what is typed. A line left where the median put it stays the median
    /// (it moves with the data); a changed one is kept. `shown` is null when nothing was computed yet.
    /// False, with the error shown and the field focused, when the profit is not an amount.
    bool chosenOptions(const LoyaltyTypeOptions& current, const LoyaltyTypesResult* shown,
                       LoyaltyTypeOptions* options);
    void showError(const QString& error);
    void hideError();

signals:
    void applyRequested();
    void mediansRequested();

private:
    QLineEdit* m_profit;
    QDoubleSpinBox* m_loyalty;
    QPushButton* m_apply;
    QPushButton* m_medians;
    QLabel* m_error;
};

} // namespace md::ui

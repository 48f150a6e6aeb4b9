// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <optional>

class QLabel;

namespace md::ui {

/// One key figure of the month: its value and how it compares with the previous month and with the
/// same month last year (▲/▼ and the change in %, or in percentage points for rates).
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString& title, QWidget* parent = nullptr);

    /// `value` is the formatted figure; the numbers are compared (empty: undefined, shown as "—").
    /// `rate` compares in percentage points instead of relative change.
    void setFigure(const QString& value, std::optional<double> current, std::optional<double> previous,
                   std::optional<double> lastYear, bool rate = false);

    QString valueText() const;
    QString previousText() const;
    QString lastYearText() const;

    /// "▲ 12.5 %", "▼ 3.0 pt", "—" (no basis to compare with), "= 0.0 %".
    static QString change(std::optional<double> current, std::optional<double> basis, bool rate,
                          int* direction = nullptr);

private:
    void setComparison(QLabel* label, const QString& caption, std::optional<double> current,
                       std::optional<double> basis, bool rate);

    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_previous;
    QLabel* m_lastYear;
};

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

namespace md::ui {

/// Purchases by weekday (rows, Monday first) × hour of the day (columns) as shaded cells; hovering a
/// cell shows its exact count.
class HeatmapWidget : public QWidget
{
    Q_OBJECT
public:
    using Cells = std::array<std::array<qint64, 24>, 7>;
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setCells(const Cells& cells);
    const Cells& cells() const { return m_cells; }
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// The grid area and the size of one cell for the current widget size.
    QRectF grid() const;
    /// Weekday row and hour column under `pos`; false outside the grid.
    bool cellAt(const QPoint& pos, int* day, int* hour) const;

    Cells m_cells{};
    qint64 m_max = 0;
};

} // namespace md::ui

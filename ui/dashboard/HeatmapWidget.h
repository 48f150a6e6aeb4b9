// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

namespace md::ui {

/// Purchases by weekday (rows, Monday first) × hour of the day (columns) as shaded cells; hovering a
/// cell shows its exact count; clicking a cell with purchases emits cellClicked().
class HeatmapWidget : public QWidget
{
    Q_OBJECT
public:
    using Cells = std::array<std::array<qint64, 24>, 7>;
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setCells(const Cells& cells);
    const Cells& cells() const { return m_cells; }
    QSize minimumSizeHint() const override;
    /// The centre of a cell in widget coordinates (for tests and keyboard-free clicks).
    QPoint cellCenter(int day, int hour) const;

signals:
    /// `day` 0 = Monday … 6 = Sunday, `hour` 0..23.
    void cellClicked(int day, int hour);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    /// The grid area and the size of one cell for the current widget size.
    QRectF grid() const;
    /// Weekday row and hour column under `pos`; false outside the grid.
    bool cellAt(const QPoint& pos, int* day, int* hour) const;

    Cells m_cells{};
    qint64 m_max = 0;
};

} // namespace md::ui

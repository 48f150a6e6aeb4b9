// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/HeatmapWidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
constexpr int kTitleHeight = 24;
constexpr int kBottomAxis = 22;
constexpr int kLegendHeight = 20;
} // namespace

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setCells(const Cells& cells)
{
    m_cells = cells;
    m_max = 0;
    for (const auto& row : m_cells)
        for (qint64 v : row)
            m_max = qMax(m_max, v);
    update();
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {420, 240};
}

QRectF HeatmapWidget::grid() const
{
    const QLocale locale;
    int labelW = 0;
    for (int d = 1; d <= 7; ++d)
        labelW = qMax(labelW, fontMetrics().horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    const double left = labelW + 14;
    const double top = kTitleHeight + 6;
    return QRectF(left, top, qMax(10.0, width() - left - 12),
                  qMax(10.0, double(height() - top - kBottomAxis - kLegendHeight - 8)));
}

bool HeatmapWidget::cellAt(const QPoint& pos, int* day, int* hour) const
{
    const QRectF g = grid();
    if (!g.contains(pos))
        return false;
    *hour = qBound(0, int((pos.x() - g.left()) / (g.width() / 24.0)), 23);
    *day = qBound(0, int((pos.y() - g.top()) / (g.height() / 7.0)), 6);
    return true;
}

QPoint HeatmapWidget::cellCenter(int day, int hour) const
{
    const QRectF g = grid();
    return QPointF(g.left() + (hour + 0.5) * g.width() / 24.0, g.top() + (day + 0.5) * g.height() / 7.0)
        .toPoint();
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent* event)
{
    int day = 0, hour = 0;
    const bool onCell = cellAt(event->position().toPoint(), &day, &hour) && m_cells[day][hour] > 0;
    setCursor(onCell ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    int day = 0, hour = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), &day, &hour) &&
        m_cells[day][hour] > 0) {
        emit cellClicked(day, hour);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void HeatmapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    const QLocale locale;
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(QColor(0x33, 0x3a, 0x44));
    p.drawText(QRectF(0, 0, width(), kTitleHeight), Qt::AlignCenter, tr("Purchases by weekday and hour"));
    p.setFont(font());
    const QRectF g = grid();
    const double cw = g.width() / 24.0;
    const double ch = g.height() / 7.0;
    const QColor base(0x2f, 0x6f, 0xb3);
    for (int d = 0; d < 7; ++d) {
        p.setPen(QColor(0x55, 0x60, 0x6e));
        p.drawText(QRectF(0, g.top() + d * ch, g.left() - 6, ch), Qt::AlignRight | Qt::AlignVCenter,
                   locale.dayName(d + 1, QLocale::ShortFormat));
        for (int h = 0; h < 24; ++h) {
            const qint64 v = m_cells[d][h];
            QColor c = QColor(0xf2, 0xf4, 0xf7);
            if (v > 0 && m_max > 0) {
                const double t = 0.15 + 0.85 * double(v) / double(m_max);
                c = QColor::fromRgbF(1.0 - t * (1.0 - base.redF()), 1.0 - t * (1.0 - base.greenF()),
                                     1.0 - t * (1.0 - base.blueF()));
            }
            p.fillRect(QRectF(g.left() + h * cw + 0.5, g.top() + d * ch + 0.5, cw - 1, ch - 1), c);
        }
    }
    p.setPen(QColor(0x55, 0x60, 0x6e));
    for (int h = 0; h < 24; h += 3) {
        p.drawText(QRectF(g.left() + h * cw - cw, g.bottom() + 2, 3 * cw, kBottomAxis),
                   Qt::AlignHCenter | Qt::AlignTop, locale.toString(h));
    }
    // Legend: the scale from none to the busiest hour.
    const double ly = g.bottom() + kBottomAxis + 4;
    const QString none = tr("0");
    const QString most = tr("%1 purchases (busiest hour)").arg(locale.toString(m_max));
    const double barW = qMin(160.0, g.width() / 3);
    double x = g.left();
    p.drawText(QRectF(x, ly, 30, kLegendHeight), Qt::AlignLeft | Qt::AlignVCenter, none);
    x += fontMetrics().horizontalAdvance(none) + 6;
    QLinearGradient gradient(x, 0, x + barW, 0);
    gradient.setColorAt(0, QColor(0xf2, 0xf4, 0xf7));
    gradient.setColorAt(1, base);
    p.fillRect(QRectF(x, ly + 4, barW, kLegendHeight - 8), gradient);
    p.drawText(QRectF(x + barW + 6, ly, g.right() - x - barW - 6, kLegendHeight),
               Qt::AlignLeft | Qt::AlignVCenter, most);
}

bool HeatmapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        int day = 0, hour = 0;
        if (cellAt(help->pos(), &day, &hour)) {
            const QLocale locale;
            QToolTip::showText(
                help->globalPos(),
                (m_cells[day][hour] > 0
                     ? tr("%1 %2:00–%3:00: %Ln purchase(s). Click to list them.", "", int(m_cells[day][hour]))
                     : tr("%1 %2:00–%3:00: %Ln purchase(s)", "", int(m_cells[day][hour])))
                    .arg(locale.dayName(day + 1, QLocale::LongFormat))
                    .arg(hour, 2, 10, QLatin1Char('0'))
                    .arg(hour + 1, 2, 10, QLatin1Char('0')),
                this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace md::ui

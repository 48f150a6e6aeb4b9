// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace md {

namespace {

const QColor kAxis(0x9a, 0xa3, 0xad);
const QColor kGrid(0xe3, 0xe7, 0xeb);
const QColor kText(0x33, 0x3b, 0x44);
const QColor kMuted(0x6b, 0x75, 0x80);

} // namespace

ReportCharts::ReportCharts(QPainter* painter, const QLocale& locale, const QFont& baseFont, double unit)
    : m_p(painter), m_locale(locale), m_base(baseFont), m_u(unit)
{
}

QColor ReportCharts::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x2f, 0x6f, 0xb3), QColor(0xe0, 0x8a, 0x2c),
                                    QColor(0x3a, 0x9e, 0x6f), QColor(0x9b, 0x59, 0xb6),
                                    QColor(0xc0, 0x39, 0x2b), QColor(0x16, 0xa0, 0xb5),
                                    QColor(0x7f, 0x8c, 0x8d)};
    const int n = int(sizeof(colors) / sizeof(colors[0]));
    return colors[((index % n) + n) % n];
}

QFont ReportCharts::font(double points, bool bold) const
{
    QFont f = m_base;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString ReportCharts::axisYuan(double yuan) const
{
    return u"¥"_s + m_locale.toString(qint64(std::llround(yuan)));
}

QString ReportCharts::monthLabel(const QDate& month) const
{
    return m_locale.toString(month, tr("MM/yy", "short month label on chart axes (Qt date format)"));
}

void ReportCharts::niceScale(double max, int ticks, double* top, double* step)
{
    if (max <= 0) {
        *top = 1;
        *step = 1.0 / ticks;
        return;
    }
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    const double nice = residual <= 1     ? 1
                        : residual <= 2   ? 2
                        : residual <= 2.5 ? 2.5
                        : residual <= 5   ? 5
                                          : 10;
    *step = nice * magnitude;
    *top = std::ceil(max / *step) * *step;
}

void ReportCharts::legend(const QRectF& rect, const QStringList& labels, const QVector<QColor>& colors)
{
    m_p->save();
    m_p->setFont(font(7.5));
    const QFontMetricsF fm(m_p->font(), m_p->device());
    double x = rect.left();
    const double box = 7 * m_u;
    for (int i = 0; i < labels.size(); ++i) {
        const double w = box + 3 * m_u + fm.horizontalAdvance(labels[i]) + 10 * m_u;
        m_p->fillRect(QRectF(x, rect.center().y() - box / 2, box, box), colors.value(i));
        m_p->setPen(kText);
        m_p->drawText(QRectF(x + box + 3 * m_u, rect.top(), w, rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, labels[i]);
        x += w;
    }
    m_p->restore();
}

void ReportCharts::noData(const QRectF& rect)
{
    m_p->save();
    m_p->setPen(kMuted);
    m_p->setFont(font(9));
    m_p->drawText(rect, Qt::AlignCenter, tr("No data in this period"));
    m_p->restore();
}

void ReportCharts::salesTrend(const QRectF& rect, const QVector<MonthTrendPoint>& trend)
{
    double maxSales = 0, maxCount = 0;
    for (const MonthTrendPoint& p : trend) {
        maxSales = qMax(maxSales, double(p.salesFen) / 100.0);
        maxCount = qMax(maxCount, double(p.purchases));
    }
    if (trend.isEmpty() || (maxSales <= 0 && maxCount <= 0))
        return noData(rect);
    m_p->save();
    m_p->setRenderHint(QPainter::Antialiasing);
    m_p->setFont(font(7));
    const QFontMetricsF fm(m_p->font(), m_p->device());
    double topSales, stepSales, topCount, stepCount;
    niceScale(maxSales, 4, &topSales, &stepSales);
    // The right axis shares the left one's grid lines: as many intervals, each a "nice" step.
    const int intervals = int(std::lround(topSales / stepSales));
    niceScale(maxCount, intervals, &topCount, &stepCount);
    topCount = stepCount * intervals;
    const double leftW = fm.horizontalAdvance(axisYuan(topSales)) + 4 * m_u;
    const double rightW = fm.horizontalAdvance(m_locale.toString(qint64(topCount))) + 4 * m_u;
    const double legendH = 12 * m_u;
    const QRectF plot(rect.left() + leftW, rect.top() + legendH + fm.height() / 2,
                      rect.width() - leftW - rightW,
                      rect.height() - legendH - fm.height() / 2 - fm.height() - 4 * m_u);
    const int ticks = int(std::lround(topSales / stepSales));
    for (int i = 0; i <= ticks; ++i) {
        const double y = plot.bottom() - plot.height() * i / ticks;
        m_p->setPen(QPen(kGrid, 0.5 * m_u));
        m_p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        m_p->setPen(kMuted);
        m_p->drawText(QRectF(rect.left(), y - fm.height() / 2, leftW - 3 * m_u, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, axisYuan(stepSales * i));
        const double countValue = stepCount * i;
        m_p->drawText(QRectF(plot.right() + 3 * m_u, y - fm.height() / 2, rightW, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, m_locale.toString(qint64(std::llround(countValue))));
    }
    const int n = int(trend.size());
    const double slot = plot.width() / n;
    QPolygonF line;
    for (int i = 0; i < n; ++i) {
        const MonthTrendPoint& p = trend[i];
        const double h = plot.height() * (double(p.salesFen) / 100.0) / topSales;
        const QRectF bar(plot.left() + slot * i + slot * 0.18, plot.bottom() - h, slot * 0.64, h);
        m_p->fillRect(bar, i == n - 1 ? seriesColor(0) : seriesColor(0).lighter(150));
        line << QPointF(plot.left() + slot * (i + 0.5),
                        plot.bottom() - plot.height() * double(p.purchases) / topCount);
        m_p->setPen(kMuted);
        if (n <= 13 || i % 2 == 0)
            m_p->drawText(
                QRectF(plot.left() + slot * i - slot, plot.bottom() + 2 * m_u, slot * 3, fm.height()),
                Qt::AlignHCenter | Qt::AlignTop, monthLabel(p.month));
    }
    m_p->setPen(QPen(seriesColor(1), 1.5 * m_u));
    m_p->drawPolyline(line);
    m_p->setBrush(Qt::white);
    for (const QPointF& pt : line)
        m_p->drawEllipse(pt, 2 * m_u, 2 * m_u);
    m_p->setPen(QPen(kAxis, 0.75 * m_u));
    m_p->drawLine(plot.bottomLeft(), plot.bottomRight());
    legend(QRectF(rect.left() + leftW, rect.top(), rect.width() - leftW, legendH),
           {tr("Member sales (left axis)"), tr("Purchases (right axis)")}, {seriesColor(0), seriesColor(1)});
    m_p->restore();
}

void ReportCharts::newVsReturning(const QRectF& rect, const QVector<MonthTrendPoint>& trend)
{
    double maxActive = 0;
    for (const MonthTrendPoint& p : trend)
        maxActive = qMax(maxActive, double(p.activeMembers));
    if (maxActive <= 0)
        return noData(rect);
    m_p->save();
    m_p->setFont(font(7));
    const QFontMetricsF fm(m_p->font(), m_p->device());
    double top, step;
    niceScale(maxActive, 4, &top, &step);
    const double leftW = fm.horizontalAdvance(m_locale.toString(qint64(top))) + 4 * m_u;
    const double legendH = 12 * m_u;
    const QRectF plot(rect.left() + leftW, rect.top() + legendH + fm.height() / 2,
                      rect.width() - leftW - 2 * m_u,
                      rect.height() - legendH - fm.height() / 2 - fm.height() - 4 * m_u);
    const int ticks = int(std::lround(top / step));
    for (int i = 0; i <= ticks; ++i) {
        const double y = plot.bottom() - plot.height() * i / ticks;
        m_p->setPen(QPen(kGrid, 0.5 * m_u));
        m_p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        m_p->setPen(kMuted);
        m_p->drawText(QRectF(rect.left(), y - fm.height() / 2, leftW - 3 * m_u, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, m_locale.toString(qint64(std::llround(step * i))));
    }
    const int n = int(trend.size());
    const double slot = plot.width() / n;
    for (int i = 0; i < n; ++i) {
        const MonthTrendPoint& p = trend[i];
        const double hReturning = plot.height() * double(p.returningActiveMembers) / top;
        const double hNew = plot.height() * double(p.newActiveMembers) / top;
        const double x = plot.left() + slot * i + slot * 0.18;
        m_p->fillRect(QRectF(x, plot.bottom() - hReturning, slot * 0.64, hReturning), seriesColor(0));
        m_p->fillRect(QRectF(x, plot.bottom() - hReturning - hNew, slot * 0.64, hNew), seriesColor(2));
        m_p->setPen(kMuted);
        m_p->drawText(QRectF(plot.left() + slot * i - slot, plot.bottom() + 2 * m_u, slot * 3, fm.height()),
                      Qt::AlignHCenter | Qt::AlignTop, monthLabel(p.month));
    }
    m_p->setPen(QPen(kAxis, 0.75 * m_u));
    m_p->drawLine(plot.bottomLeft(), plot.bottomRight());
    legend(QRectF(plot.left(), rect.top(), plot.width(), legendH),
           {tr("Returning members"), tr("New members (joined that month)")},
           {seriesColor(0), seriesColor(2)});
    m_p->restore();
}

void ReportCharts::tierDonut(const QRectF& rect, const QVector<TierSlice>& tiers)
{
    qint64 total = 0;
    for (const TierSlice& t : tiers)
        total += qMax<qint64>(0, t.members);
    if (total <= 0)
        return noData(rect);
    m_p->save();
    m_p->setRenderHint(QPainter::Antialiasing);
    const double d = qMin(rect.height(), rect.width() * 0.5) - 4 * m_u;
    const QRectF circle(rect.left() + 2 * m_u, rect.center().y() - d / 2, d, d);
    double angle = 90 * 16;
    for (int i = 0; i < tiers.size(); ++i) {
        const double span = -360.0 * 16 * double(qMax<qint64>(0, tiers[i].members)) / double(total);
        m_p->setPen(QPen(Qt::white, 1 * m_u));
        m_p->setBrush(seriesColor(i));
        m_p->drawPie(circle, int(std::lround(angle)), int(std::lround(span)));
        angle += span;
    }
    const double hole = d * 0.55;
    m_p->setBrush(Qt::white);
    m_p->setPen(Qt::NoPen);
    m_p->drawEllipse(QRectF(circle.center().x() - hole / 2, circle.center().y() - hole / 2, hole, hole));
    m_p->setPen(kText);
    m_p->setFont(font(9, true));
    m_p->drawText(QRectF(circle.center().x() - hole / 2, circle.center().y() - hole / 2, hole, hole * 0.55),
                  Qt::AlignHCenter | Qt::AlignBottom, m_locale.toString(total));
    m_p->setFont(font(6.5));
    m_p->setPen(kMuted);
    m_p->drawText(QRectF(circle.center().x() - hole / 2, circle.center().y() + hole * 0.05, hole, hole * 0.4),
                  Qt::AlignHCenter | Qt::AlignTop, tr("members"));
    // Legend: one line per tier with count and share.
    m_p->setFont(font(7.5));
    const QFontMetricsF fm(m_p->font(), m_p->device());
    const double lineH = fm.height() * 1.5;
    const double lx = circle.right() + 8 * m_u;
    double ly = rect.center().y() - lineH * tiers.size() / 2;
    for (int i = 0; i < tiers.size(); ++i) {
        const double box = 7 * m_u;
        m_p->fillRect(QRectF(lx, ly + (lineH - box) / 2, box, box), seriesColor(i));
        m_p->setPen(kText);
        const QString share =
            m_locale.toString(100.0 * double(qMax<qint64>(0, tiers[i].members)) / double(total), 'f', 1);
        const QString text =
            tr("%1: %2 (%3 %)").arg(tiers[i].name, m_locale.toString(tiers[i].members), share);
        m_p->drawText(QRectF(lx + box + 4 * m_u, ly, rect.right() - lx - box - 4 * m_u, lineH),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(text, Qt::ElideRight, rect.right() - lx - box - 4 * m_u));
        ly += lineH;
    }
    m_p->restore();
}

void ReportCharts::salesByTier(const QRectF& rect, const QVector<MonthTrendPoint>& trend,
                               const QVector<TierSlice>& tiers)
{
    double maxSales = 0;
    for (const MonthTrendPoint& p : trend)
        maxSales = qMax(maxSales, double(p.salesFen) / 100.0);
    if (trend.isEmpty() || maxSales <= 0)
        return noData(rect);
    // The donut's tiers in its order (and colours), then tiers found only in the sales.
    QVector<int> order;
    QStringList names;
    for (const TierSlice& t : tiers) {
        order.append(t.tier);
        names.append(t.name);
    }
    for (const MonthTrendPoint& p : trend)
        for (const TierSales& s : p.tierSales)
            if (!order.contains(s.tier)) {
                order.append(s.tier);
                names.append(tr("Tier %1").arg(s.tier + 1));
            }
    m_p->save();
    m_p->setFont(font(7));
    const QFontMetricsF fm(m_p->font(), m_p->device());
    double top, step;
    niceScale(maxSales, 4, &top, &step);
    const double leftW = fm.horizontalAdvance(axisYuan(top)) + 4 * m_u;
    const double legendH = 12 * m_u;
    const QRectF plot(rect.left() + leftW, rect.top() + legendH + fm.height() / 2,
                      rect.width() - leftW - 2 * m_u,
                      rect.height() - legendH - fm.height() / 2 - fm.height() - 4 * m_u);
    const int ticks = int(std::lround(top / step));
    for (int i = 0; i <= ticks; ++i) {
        const double y = plot.bottom() - plot.height() * i / ticks;
        m_p->setPen(QPen(kGrid, 0.5 * m_u));
        m_p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        m_p->setPen(kMuted);
        m_p->drawText(QRectF(rect.left(), y - fm.height() / 2, leftW - 3 * m_u, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, axisYuan(step * i));
    }
    const int n = int(trend.size());
    const double slot = plot.width() / n;
    for (int i = 0; i < n; ++i) {
        const MonthTrendPoint& p = trend[i];
        double y = plot.bottom();
        const double x = plot.left() + slot * i + slot * 0.18;
        for (int k = 0; k < order.size(); ++k) {
            for (const TierSales& s : p.tierSales) {
                if (s.tier != order[k] || s.salesFen <= 0)
                    continue;
                const double h = plot.height() * (double(s.salesFen) / 100.0) / top;
                m_p->fillRect(QRectF(x, y - h, slot * 0.64, h), seriesColor(k));
                y -= h;
            }
        }
        m_p->setPen(kMuted);
        m_p->drawText(QRectF(plot.left() + slot * i - slot, plot.bottom() + 2 * m_u, slot * 3, fm.height()),
                      Qt::AlignHCenter | Qt::AlignTop, monthLabel(p.month));
    }
    m_p->setPen(QPen(kAxis, 0.75 * m_u));
    m_p->drawLine(plot.bottomLeft(), plot.bottomRight());
    // Legend: each tier with its share of the last month's sales.
    const MonthTrendPoint& last = trend.last();
    QStringList labels;
    QVector<QColor> colors;
    for (int k = 0; k < order.size(); ++k) {
        Fen fen = 0;
        for (const TierSales& s : last.tierSales)
            if (s.tier == order[k])
                fen = s.salesFen;
        const double share = last.salesFen > 0 ? 100.0 * double(fen) / double(last.salesFen) : 0;
        labels.append(tr("%1 %2 %", "tier name and its share of the month's sales")
                          .arg(names[k], m_locale.toString(share, 'f', 0)));
        colors.append(seriesColor(k));
    }
    legend(QRectF(plot.left(), rect.top(), plot.width(), legendH), labels, colors);
    m_p->restore();
}

void ReportCharts::labelledBars(const QRectF& rect, const QStringList& names, const QVector<qint64>& values,
                                const QStringList& valueTexts, const QVector<QColor>& colors)
{
    qint64 max = 0;
    for (qint64 v : values)
        max = qMax(max, v);
    if (max <= 0 || names.isEmpty())
        return noData(rect);
    m_p->save();
    m_p->setFont(font(8));
    const QFontMetricsF fm(m_p->font(), m_p->device());
    double labelW = 0, valueW = 0;
    for (int i = 0; i < names.size(); ++i) {
        labelW = qMax(labelW, fm.horizontalAdvance(names[i]));
        valueW = qMax(valueW, fm.horizontalAdvance(valueTexts.value(i)));
    }
    labelW += 6 * m_u;
    const double rowH = qMin(rect.height() / names.size(), 24 * m_u);
    const double barMax = qMax(10 * m_u, rect.width() - labelW - valueW - 8 * m_u);
    double y = rect.top() + (rect.height() - rowH * names.size()) / 2;
    for (int i = 0; i < names.size(); ++i) {
        m_p->setPen(kText);
        m_p->drawText(QRectF(rect.left(), y, labelW - 6 * m_u, rowH), Qt::AlignRight | Qt::AlignVCenter,
                      names[i]);
        const double w = barMax * double(qMax<qint64>(0, values.value(i))) / double(max);
        m_p->fillRect(QRectF(rect.left() + labelW, y + rowH * 0.18, w, rowH * 0.64), colors.value(i));
        m_p->setPen(kMuted);
        m_p->drawText(QRectF(rect.left() + labelW + w + 4 * m_u, y, valueW + 4 * m_u, rowH),
                      Qt::AlignLeft | Qt::AlignVCenter, valueTexts.value(i));
        y += rowH;
    }
    m_p->restore();
}

void ReportCharts::pareto(const QRectF& rect, const ParetoCurve& curve)
{
    if (curve.cumulativeShare.size() != 101)
        return noData(rect);
    m_p->save();
    m_p->setRenderHint(QPainter::Antialiasing);
    m_p->setFont(font(7));
    const QFontMetricsF fm(m_p->font(), m_p->device());
    const double leftW = fm.horizontalAdvance(u"100 %"_s) + 4 * m_u;
    const double side = qMin(rect.width() - leftW, rect.height() - 2 * fm.height() - 6 * m_u);
    const QRectF plot(rect.left() + leftW, rect.top() + fm.height() / 2, side, side);
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4;
        const double x = plot.left() + plot.width() * i / 4;
        m_p->setPen(QPen(kGrid, 0.5 * m_u));
        m_p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        m_p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        m_p->setPen(kMuted);
        const QString label = u"%1 %"_s.arg(i * 25);
        m_p->drawText(QRectF(rect.left(), y - fm.height() / 2, leftW - 3 * m_u, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, label);
        m_p->drawText(QRectF(x - 20 * m_u, plot.bottom() + 2 * m_u, 40 * m_u, fm.height()), Qt::AlignHCenter,
                      label);
    }
    m_p->drawText(
        QRectF(plot.left(), plot.bottom() + 2 * m_u + fm.height(), plot.width(), fm.height() + 2 * m_u),
        Qt::AlignHCenter | Qt::AlignBottom, tr("share of members, biggest spenders first"));
    // Equal spend would follow the diagonal.
    m_p->setPen(QPen(kAxis, 0.75 * m_u, Qt::DashLine));
    m_p->drawLine(plot.bottomLeft(), plot.topRight());
    QPolygonF line;
    for (int k = 0; k <= 100; ++k)
        line << QPointF(plot.left() + plot.width() * k / 100.0,
                        plot.bottom() - plot.height() * curve.cumulativeShare[k]);
    QPainterPath area;
    area.moveTo(plot.bottomLeft());
    for (const QPointF& pt : line)
        area.lineTo(pt);
    area.lineTo(plot.bottomRight());
    area.closeSubpath();
    QColor fill = seriesColor(0);
    fill.setAlpha(40);
    m_p->fillPath(area, fill);
    m_p->setPen(QPen(seriesColor(0), 1.5 * m_u));
    m_p->drawPolyline(line);
    // The 20 % mark.
    const double x20 = plot.left() + plot.width() * 0.2;
    const double y20 = plot.bottom() - plot.height() * curve.top20Share;
    m_p->setPen(QPen(seriesColor(4), 1 * m_u, Qt::DashLine));
    m_p->drawLine(QPointF(x20, plot.bottom()), QPointF(x20, y20));
    m_p->drawLine(QPointF(plot.left(), y20), QPointF(x20, y20));
    m_p->setBrush(seriesColor(4));
    m_p->drawEllipse(QPointF(x20, y20), 2.2 * m_u, 2.2 * m_u);
    m_p->setPen(kText);
    m_p->setFont(font(7.5, true));
    const QString text =
        tr("Top 20 %: %1 % of sales").arg(m_locale.toString(curve.top20Share * 100.0, 'f', 1));
    m_p->drawText(QRectF(x20 + 5 * m_u, qMin(y20 + 4 * m_u, plot.bottom() - 14 * m_u),
                         plot.right() - x20 - 6 * m_u, 12 * m_u),
                  Qt::AlignLeft | Qt::AlignVCenter, text);
    m_p->restore();
}

void ReportCharts::heatmap(const QRectF& rect, const std::array<std::array<qint64, 24>, 7>& cells)
{
    qint64 max = 0;
    for (const auto& row : cells)
        for (qint64 n : row)
            max = qMax(max, n);
    if (max <= 0)
        return noData(rect);
    m_p->save();
    m_p->setFont(font(7));
    const QFontMetricsF fm(m_p->font(), m_p->device());
    double labelW = 0;
    for (int d = 1; d <= 7; ++d)
        labelW = qMax(labelW, fm.horizontalAdvance(m_locale.dayName(d, QLocale::ShortFormat)));
    labelW += 5 * m_u;
    const double legendH = 14 * m_u;
    const QRectF grid(rect.left() + labelW, rect.top(), rect.width() - labelW,
                      rect.height() - fm.height() - 4 * m_u - legendH);
    const double cw = grid.width() / 24, ch = grid.height() / 7;
    const QColor hot = seriesColor(0);
    for (int d = 0; d < 7; ++d) {
        m_p->setPen(kText);
        m_p->drawText(QRectF(rect.left(), grid.top() + ch * d, labelW - 5 * m_u, ch),
                      Qt::AlignRight | Qt::AlignVCenter, m_locale.dayName(d + 1, QLocale::ShortFormat));
        for (int h = 0; h < 24; ++h) {
            const double share = double(cells[d][h]) / double(max);
            QColor c = cells[d][h] == 0 ? QColor(0xf4, 0xf6, 0xf8)
                                        : QColor::fromRgbF(1 - (1 - hot.redF()) * (0.12 + 0.88 * share),
                                                           1 - (1 - hot.greenF()) * (0.12 + 0.88 * share),
                                                           1 - (1 - hot.blueF()) * (0.12 + 0.88 * share));
            m_p->fillRect(
                QRectF(grid.left() + cw * h + 0.5 * m_u, grid.top() + ch * d + 0.5 * m_u, cw - m_u, ch - m_u),
                c);
        }
    }
    m_p->setPen(kMuted);
    for (int h = 0; h < 24; h += 3)
        m_p->drawText(QRectF(grid.left() + cw * h, grid.bottom() + 2 * m_u, cw * 3, fm.height()),
                      Qt::AlignLeft | Qt::AlignTop, tr("%1h").arg(h));
    // Scale: light = few, dark = many purchases.
    const double ly = grid.bottom() + fm.height() + 6 * m_u;
    const double lw = qMin(grid.width() * 0.4, 120 * m_u);
    for (int i = 0; i < 10; ++i) {
        const double share = (i + 1) / 10.0;
        const QColor c = QColor::fromRgbF(1 - (1 - hot.redF()) * (0.12 + 0.88 * share),
                                          1 - (1 - hot.greenF()) * (0.12 + 0.88 * share),
                                          1 - (1 - hot.blueF()) * (0.12 + 0.88 * share));
        m_p->fillRect(QRectF(grid.left() + lw * i / 10, ly, lw / 10, 7 * m_u), c);
    }
    m_p->drawText(QRectF(grid.left() + lw + 5 * m_u, ly - 3 * m_u, grid.width() - lw - 5 * m_u, 13 * m_u),
                  Qt::AlignLeft | Qt::AlignVCenter,
                  tr("purchases per hour slot in the month, darkest = %1").arg(m_locale.toString(max)));
    m_p->restore();
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report's chart pages: the sales and visit trends, the members' charts, and the insight
// segments and loyalty types (drawn by ReportCharts as vectors).
#include "MonthlyReport.h"

#include "common/LocaleFormat.h"
#include "reports/MonthlyReportGeometry.h"
#include "reports/ReportCharts.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace md {

using namespace monthlyreport;

void MonthlyReport::chartTitle(QPainter* p, double unit, const QRectF& rect, const QString& title,
                               const QString& note) const
{
    p->save();
    p->setPen(kInk);
    p->setFont(font(10, true));
    p->drawText(pt(rect.x(), rect.y(), rect.width(), 16, unit), Qt::AlignLeft | Qt::AlignVCenter, title);
    if (!note.isEmpty()) {
        p->setPen(kMuted);
        p->setFont(font(7.5));
        p->drawText(pt(rect.x(), rect.y() + 16, rect.width(), 12, unit), Qt::AlignLeft | Qt::AlignVCenter,
                    note);
    }
    p->restore();
}

void MonthlyReport::paintTrendCharts(QPainter* p, double unit) const
{
    // Three full-width charts of the 13 months, one under the other.
    ReportCharts charts(p, m_o.locale, font(8), unit);
    const double chartH = 196;
    double y = kContentTop + 4;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Member sales and purchases"),
               tr("The 13 months up to %1; the month of the report is the dark bar.")
                   .arg(monthTitle(m_f.month, m_o.locale)));
    charts.salesTrend(pt(kMarginX, y + 34, kContentW, chartH, unit), m_f.trend);
    y += chartH + 44;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Sales by tier"),
               tr("Tier held at the time of purchase; the legend gives each tier's share of %1.")
                   .arg(monthTitle(m_f.month, m_o.locale)));
    charts.salesByTier(pt(kMarginX, y + 34, kContentW, chartH, unit), m_f.trend, m_f.tiers);
    y += chartH + 44;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("New and returning members"),
               tr("Members who bought in each month: joined that month, or earlier."));
    charts.newVsReturning(pt(kMarginX, y + 34, kContentW, chartH, unit), m_f.trend);
}

void MonthlyReport::paintMemberCharts(QPainter* p, double unit) const
{
    ReportCharts charts(p, m_o.locale, font(8), unit);
    double y = kContentTop + 4;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Members by tier"), tr("At month end."));
    charts.tierDonut(pt(kMarginX + 60, y + 34, kContentW - 120, 150, unit), m_f.tiers);
    y += 200;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Spend concentration"),
               tr("%Ln member(s) bought this month; the curve adds up their spend, biggest spenders first.",
                  "", int(m_f.pareto.members)));
    charts.pareto(pt(kMarginX + 60, y + 34, kContentW - 120, 250, unit), m_f.pareto);
    y += 300;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("When do members come?"),
               tr("Purchases by weekday and hour of the day."));
    charts.heatmap(pt(kMarginX, y + 34, kContentW, 170, unit), m_f.heatmap);
}

void MonthlyReport::paintSegments(QPainter* p, double unit) const
{
    const InsightDistribution& d = m_o.insight;
    const QLocale& l = m_o.locale;
    ReportCharts charts(p, l, font(8), unit);
    auto valueText = [&](int members, qint64 total, Fen spend) {
        const QString share = l.toString(total > 0 ? 100.0 * members / double(total) : 0.0, 'f', 1);
        return d.moneyVisible
                   ? tr("%1 members (%2 %) · paid %3").arg(l.toString(members), share, formatYuan(spend, l))
                   : tr("%1 members (%2 %)").arg(l.toString(members), share);
    };
    double y = kContentTop + 4;
    const QString asOf =
        l.toString(d.status.asOf, tr("MMMM d, yyyy", "date of the insight snapshot (Qt format)"));
    chartTitle(
        p, unit, QRectF(kMarginX, y, kContentW, 30), tr("RFM segments"),
        tr("Insight snapshot as of %1: members who bought in the %Ln day(s) before, and what they paid.", "",
           d.status.windowDays)
            .arg(asOf));
    {
        QStringList names, values;
        QVector<qint64> counts;
        QVector<QColor> colors;
        qint64 total = 0;
        for (int i = 0; i < kRfmSegmentCount; ++i)
            total += d.segmentMembers[size_t(i)];
        for (int i = 0; i < kRfmSegmentCount; ++i) {
            names.append(Rfm::name(RfmSegment(i)));
            counts.append(d.segmentMembers[size_t(i)]);
            values.append(valueText(d.segmentMembers[size_t(i)], total, d.segmentSpendFen[size_t(i)]));
            colors.append(ReportCharts::seriesColor(5));
        }
        charts.labelledBars(pt(kMarginX, y + 38, kContentW, 6 * 24, unit), names, counts, values, colors);
    }
    y += 38 + 6 * 24 + 40;
    chartTitle(
        p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Four loyalty types"),
        tr("Profit against loyalty in the same window: friends, butterflies, barnacles and strangers."));
    {
        // The colours of the Insight page's quadrant chart (ui/insight/InsightCharts.cpp).
        static const QColor typeColors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0xe6, 0x6a, 0x00),
                                            QColor(0x15, 0x65, 0xc0), QColor(0x8a, 0x8a, 0x8a)};
        QStringList names, values;
        QVector<qint64> counts;
        QVector<QColor> colors;
        qint64 total = 0;
        for (int i = 0; i < kLoyaltyTypeCount; ++i)
            total += d.typeMembers[size_t(i)];
        for (int i = 0; i < kLoyaltyTypeCount; ++i) {
            names.append(LoyaltyTypes::name(LoyaltyType(i)));
            counts.append(d.typeMembers[size_t(i)]);
            values.append(valueText(d.typeMembers[size_t(i)], total, d.typeSpendFen[size_t(i)]));
            colors.append(typeColors[i]);
        }
        charts.labelledBars(pt(kMarginX, y + 38, kContentW, 4 * 24, unit), names, counts, values, colors);
    }
}

} // namespace md

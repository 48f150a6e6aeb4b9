// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardCharts.h"

#include "common/Formatting.h"
#include "reports/ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

double yuan(Fen fen)
{
    return double(fen) / 100.0;
}

void showTip(bool on, const QString& text)
{
    if (on)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

/// A value axis from 0 with a readable top and whole-number labels.
QValueAxis* valueAxis(double max, const QString& format)
{
    auto* axis = new QValueAxis;
    axis->setMin(0);
    axis->setMax(max > 0 ? max * 1.1 : 1);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    axis->setMin(0);
    return axis;
}

/// Category axis of 13 months: slanted, smaller labels so none is cut short.
QBarCategoryAxis* monthAxis(const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    axis->setLabelsAngle(-45);
    axis->setTruncateLabels(false);
    return axis;
}

} // namespace

DashboardCharts::DashboardCharts(QObject* parent) : QObject(parent) {}

QString DashboardCharts::monthLabel(const QDate& month)
{
    return QLocale().toString(month, tr("MM/yy", "short month label on chart axes (Qt date format)"));
}

QChart* DashboardCharts::newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // axis labels with the user's digit grouping
    return chart;
}

QChart* DashboardCharts::salesTrend(const QVector<MonthTrendPoint>& trend)
{
    QChart* chart = newChart(tr("Member sales and purchases, 13 months"));
    auto* sales = new QBarSet(tr("Member sales (yuan, left)"));
    sales->setColor(ReportCharts::seriesColor(0));
    auto* line = new QLineSeries;
    line->setName(tr("Purchases (right)"));
    line->setColor(ReportCharts::seriesColor(1));
    line->setPointsVisible(true);
    QStringList categories;
    double maxSales = 0, maxCount = 0;
    for (int i = 0; i < trend.size(); ++i) {
        const MonthTrendPoint& p = trend[i];
        sales->append(yuan(p.salesFen));
        line->append(i, double(p.purchases));
        categories << monthLabel(p.month);
        maxSales = qMax(maxSales, yuan(p.salesFen));
        maxCount = qMax(maxCount, double(p.purchases));
    }
    auto* bars = new QBarSeries;
    bars->append(sales);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    chart->addSeries(line);
    auto* x = monthAxis(categories);
    auto* left = valueAxis(maxSales, u"%.0f"_s);
    auto* right = valueAxis(maxCount, u"%.0f"_s);
    right->setLinePenColor(ReportCharts::seriesColor(1));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(left);
    line->attachAxis(x);
    line->attachAxis(right);
    connect(sales, &QBarSet::hovered, this, [trend](bool on, int index) {
        if (index < 0 || index >= trend.size())
            return;
        const MonthTrendPoint& p = trend[index];
        showTip(on,
                tr("%1: member sales %2 in %Ln purchase(s) — click to show this month", "", int(p.purchases))
                    .arg(QLocale().toString(p.month, u"yyyy-MM"_s), money(p.salesFen)));
    });
    connect(sales, &QBarSet::clicked, this, [this, trend](int index) {
        if (index >= 0 && index < trend.size())
            emit monthClicked(trend[index].month);
    });
    connect(line, &QLineSeries::hovered, this, [trend](const QPointF& point, bool on) {
        const int index = int(std::lround(point.x()));
        if (index < 0 || index >= trend.size())
            return;
        const MonthTrendPoint& p = trend[index];
        showTip(
            on,
            tr("%1: %Ln purchase(s)", "", int(p.purchases)).arg(QLocale().toString(p.month, u"yyyy-MM"_s)));
    });
    return chart;
}

QChart* DashboardCharts::newVsReturning(const QVector<MonthTrendPoint>& trend)
{
    QChart* chart = newChart(tr("Active members: new and returning"));
    auto* returning = new QBarSet(tr("Returning"));
    returning->setColor(ReportCharts::seriesColor(0));
    auto* fresh = new QBarSet(tr("New this month"));
    fresh->setColor(ReportCharts::seriesColor(2));
    QStringList categories;
    double max = 0;
    for (const MonthTrendPoint& p : trend) {
        returning->append(double(p.returningActiveMembers));
        fresh->append(double(p.newActiveMembers));
        categories << monthLabel(p.month);
        max = qMax(max, double(p.returningActiveMembers + p.newActiveMembers));
    }
    auto* series = new QStackedBarSeries;
    series->append(returning);
    series->append(fresh);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* x = monthAxis(categories);
    auto* y = valueAxis(max, u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QStackedBarSeries::hovered, this, [trend](bool on, int index, QBarSet*) {
        if (index < 0 || index >= trend.size())
            return;
        const MonthTrendPoint& p = trend[index];
        const QLocale locale;
        showTip(on, tr("%1: %2 active members, %3 new and %4 returning")
                        .arg(locale.toString(p.month, u"yyyy-MM"_s))
                        .arg(locale.toString(p.activeMembers))
                        .arg(locale.toString(p.newActiveMembers))
                        .arg(locale.toString(p.returningActiveMembers)));
    });
    connect(series, &QStackedBarSeries::clicked, this, [this, trend](int index, QBarSet*) {
        if (index >= 0 && index < trend.size())
            emit monthClicked(trend[index].month);
    });
    return chart;
}

QChart* DashboardCharts::tierDonut(const QVector<TierSlice>& tiers)
{
    QChart* chart = newChart(tr("Members by tier at month end"));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.85);
    qint64 total = 0;
    for (const TierSlice& t : tiers)
        total += t.members;
    const QLocale locale;
    for (const TierSlice& t : tiers) {
        auto* slice = series->append(u"%1 (%2)"_s.arg(t.name, locale.toString(t.members)), double(t.members));
        slice->setColor(tierColor(t.tier));
        slice->setBorderColor(Qt::white);
        const double share = total > 0 ? 100.0 * double(t.members) / double(total) : 0;
        const QString tip = tr("%1: %2 members (%3 %)")
                                .arg(t.name, locale.toString(t.members), locale.toString(share, 'f', 1));
        connect(slice, &QPieSlice::hovered, this, [slice, tip](bool on) {
            slice->setExploded(on);
            showTip(on, tip);
        });
    }
    chart->addSeries(series);
    return chart;
}

QChart* DashboardCharts::salesByTier(const QVector<TierSlice>& tiers)
{
    QChart* chart = newChart(tr("Sales of the month by tier"));
    chart->legend()->hide();
    auto* set = new QBarSet(tr("Member sales"));
    set->setColor(ReportCharts::seriesColor(0));
    QStringList categories;
    double max = 0;
    for (const TierSlice& t : tiers) {
        set->append(yuan(t.salesFen));
        categories << t.name;
        max = qMax(max, yuan(t.salesFen));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    auto* x = valueAxis(max, u"%.0f"_s);
    x->setTitleText(tr("yuan"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    connect(set, &QBarSet::hovered, this, [tiers](bool on, int index) {
        if (index < 0 || index >= tiers.size())
            return;
        const TierSlice& t = tiers[index];
        showTip(on, tr("%1: %2 in %Ln purchase(s)", "", int(t.purchases)).arg(t.name, money(t.salesFen)));
    });
    return chart;
}

QChart* DashboardCharts::pareto(const ParetoCurve& curve)
{
    const QLocale locale;
    QChart* chart = newChart(tr("Spend concentration (Pareto)"));
    auto* line = new QLineSeries;
    line->setName(tr("Share of sales by the top members"));
    line->setColor(ReportCharts::seriesColor(0));
    for (int k = 0; k < curve.cumulativeShare.size(); ++k)
        line->append(k, curve.cumulativeShare[k] * 100.0);
    auto* mark = new QLineSeries;
    mark->setName(tr("Top 20 %: %1 members made %2 % of sales")
                      .arg(locale.toString(curve.top20Members))
                      .arg(locale.toString(curve.top20Share * 100.0, 'f', 1)));
    QPen pen(ReportCharts::seriesColor(4));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    mark->setPen(pen);
    mark->append(20, 0);
    mark->append(20, curve.top20Share * 100.0);
    mark->append(0, curve.top20Share * 100.0);
    chart->addSeries(line);
    chart->addSeries(mark);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(u"%.0f"_s);
    x->setTitleText(tr("share of members in %, biggest spenders first"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("share of sales in %"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {line, mark}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // The curve explains itself through the axis titles; the legend names only the 20 % mark.
    for (QLegendMarker* marker : chart->legend()->markers(line))
        marker->setVisible(false);
    const QVector<double> shares = curve.cumulativeShare;
    const qint64 members = curve.members;
    connect(line, &QLineSeries::hovered, this, [shares, members](const QPointF& point, bool on) {
        const int k = int(std::lround(point.x()));
        if (k < 0 || k >= shares.size())
            return;
        const QLocale locale;
        showTip(on, tr("The top %1 % of members (%2) made %3 % of sales")
                        .arg(locale.toString(k))
                        .arg(locale.toString(qint64(std::ceil(members * k / 100.0))))
                        .arg(locale.toString(shares[k] * 100.0, 'f', 1)));
    });
    return chart;
}

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardCharts.h"

#include "common/Formatting.h"
#include "common/LocaleFormat.h"
#include "insight/InsightCharts.h"
#include "reports/ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHash>
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

/// Category axis of 13 months: upright, smaller labels so none is cut short or hidden.
QBarCategoryAxis* monthAxis(const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    // Upright: a slanted label reaches past the plot's end, where QtCharts hides it. The first and the
    // last month went missing that way, even short ones ("10/26") beside a second value axis, and the
    // last is the month shown.
    axis->setLabelsAngle(-90);
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
        showTip(on, tr("%1: member sales %2 in %Ln purchase(s). Click to list them; double-click to show "
                       "this month.",
                       "", int(p.purchases))
                        .arg(QLocale().toString(p.month, u"yyyy-MM"_s), money(p.salesFen)));
    });
    auto listMonth = [this, trend](int index) {
        if (index < 0 || index >= trend.size())
            return;
        DrillDownQuery query;
        query.kind = DrillDownQuery::Kind::MonthPurchases;
        query.month = trend[index].month;
        emit drillDownRequested(query);
    };
    connect(sales, &QBarSet::clicked, this, listMonth);
    connect(line, &QLineSeries::clicked, this,
            [listMonth](const QPointF& point) { listMonth(int(std::lround(point.x()))); });
    connect(sales, &QBarSet::doubleClicked, this, [this, trend](int index) {
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
        showTip(on, tr("%1: %2 active members, %3 new and %4 returning. Click a part to list its members.")
                        .arg(locale.toString(p.month, u"yyyy-MM"_s))
                        .arg(locale.toString(p.activeMembers))
                        .arg(locale.toString(p.newActiveMembers))
                        .arg(locale.toString(p.returningActiveMembers)));
    });
    connect(series, &QStackedBarSeries::clicked, this, [this, trend, fresh](int index, QBarSet* set) {
        if (index < 0 || index >= trend.size())
            return;
        DrillDownQuery query;
        query.kind = set == fresh ? DrillDownQuery::Kind::NewActiveMembers
                                  : DrillDownQuery::Kind::ReturningActiveMembers;
        query.month = trend[index].month;
        emit drillDownRequested(query);
    });
    connect(series, &QStackedBarSeries::doubleClicked, this, [this, trend](int index, QBarSet*) {
        if (index >= 0 && index < trend.size())
            emit monthClicked(trend[index].month);
    });
    return chart;
}

QChart* DashboardCharts::tierDonut(const QDate& month, const QVector<TierSlice>& tiers)
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
        const QString tip = tr("%1: %2 members (%3 %). Click to list them.")
                                .arg(t.name, locale.toString(t.members), locale.toString(share, 'f', 1));
        connect(slice, &QPieSlice::hovered, this, [slice, tip](bool on) {
            slice->setExploded(on);
            showTip(on, tip);
        });
        const int tier = t.tier;
        connect(slice, &QPieSlice::clicked, this, [this, month, tier] {
            DrillDownQuery query;
            query.kind = DrillDownQuery::Kind::TierMembers;
            query.month = month;
            query.tier = tier;
            emit drillDownRequested(query);
        });
    }
    chart->addSeries(series);
    return chart;
}

QChart* DashboardCharts::salesByTier(const QVector<MonthTrendPoint>& trend, const QVector<TierSlice>& tiers)
{
    QChart* chart = newChart(tr("Member sales by tier, 13 months"));
    // The donut's tiers, then any tier only found in the sales (a tier removed from the rules since).
    QVector<int> order;
    QHash<int, QString> names;
    for (const TierSlice& t : tiers) {
        order.append(t.tier);
        names.insert(t.tier, t.name);
    }
    for (const MonthTrendPoint& p : trend)
        for (const TierSales& s : p.tierSales)
            if (!order.contains(s.tier)) {
                order.append(s.tier);
                names.insert(s.tier, tr("Tier %1").arg(s.tier + 1));
            }
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    QHash<QBarSet*, int> tierOf;
    QStringList categories;
    double max = 0;
    for (const MonthTrendPoint& p : trend) {
        categories << monthLabel(p.month);
        max = qMax(max, yuan(p.salesFen));
    }
    for (int tier : order) {
        auto* set = new QBarSet(names.value(tier));
        set->setColor(tierColor(tier));
        set->setBorderColor(Qt::white);
        for (const MonthTrendPoint& p : trend) {
            Fen fen = 0;
            for (const TierSales& s : p.tierSales)
                if (s.tier == tier)
                    fen = s.salesFen;
            set->append(yuan(fen));
        }
        series->append(set);
        tierOf.insert(set, tier);
    }
    chart->addSeries(series);
    auto* x = monthAxis(categories);
    auto* y = valueAxis(max, u"%.0f"_s);
    y->setTitleText(tr("yuan"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto partAt = [trend, tierOf](int index, QBarSet* set, TierSales* part) {
        if (index < 0 || index >= trend.size() || !tierOf.contains(set))
            return false;
        *part = TierSales();
        part->tier = tierOf.value(set);
        for (const TierSales& s : trend[index].tierSales)
            if (s.tier == part->tier)
                *part = s;
        return true;
    };
    connect(
        series, &QStackedBarSeries::hovered, this, [trend, partAt, names](bool on, int index, QBarSet* set) {
            TierSales part;
            if (!partAt(index, set, &part))
                return;
            const MonthTrendPoint& p = trend[index];
            const double share = p.salesFen > 0 ? 100.0 * double(part.salesFen) / double(p.salesFen) : 0;
            const QLocale locale;
            showTip(on, tr("%1, %2: %3 in %Ln purchase(s) (%4 % of the month's %5). Click to list them.", "",
                           int(part.purchases))
                            .arg(locale.toString(p.month, u"yyyy-MM"_s), names.value(part.tier),
                                 money(part.salesFen), locale.toString(share, 'f', 1), money(p.salesFen)));
        });
    connect(series, &QStackedBarSeries::clicked, this, [this, trend, partAt](int index, QBarSet* set) {
        TierSales part;
        if (!partAt(index, set, &part))
            return;
        DrillDownQuery query;
        query.kind = DrillDownQuery::Kind::TierPurchases;
        query.month = trend[index].month;
        query.tier = part.tier;
        emit drillDownRequested(query);
    });
    connect(series, &QStackedBarSeries::doubleClicked, this, [this, trend](int index, QBarSet*) {
        if (index >= 0 && index < trend.size())
            emit monthClicked(trend[index].month);
    });
    return chart;
}

qint64 DashboardCharts::topSpendersAt(int percent, qint64 members)
{
    if (percent <= 0 || members <= 0)
        return 0;
    return qBound<qint64>(1, members * qMin(percent, 100) / 100, members);
}

QChart* DashboardCharts::pareto(const QDate& month, const ParetoCurve& curve)
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
        showTip(on, tr("The top %1 % of members (%2) made %3 % of sales. Click to list them.")
                        .arg(locale.toString(k))
                        .arg(locale.toString(topSpendersAt(k, members)))
                        .arg(locale.toString(shares[k] * 100.0, 'f', 1)));
    });
    auto listTop = [this, month](qint64 count) {
        if (count <= 0)
            return;
        DrillDownQuery query;
        query.kind = DrillDownQuery::Kind::TopSpenders;
        query.month = month;
        query.topCount = count;
        emit drillDownRequested(query);
    };
    connect(line, &QLineSeries::clicked, this, [listTop, members](const QPointF& point) {
        listTop(topSpendersAt(int(std::lround(point.x())), members));
    });
    const qint64 top20 = curve.top20Members;
    connect(mark, &QLineSeries::clicked, this, [listTop, top20](const QPointF&) { listTop(top20); });
    return chart;
}

QChart* DashboardCharts::rfmSegments(const InsightDistribution& insight)
{
    QChart* chart = newChart(tr("RFM segments, as of %1").arg(localDateText(QLocale(), insight.status.asOf)));
    chart->legend()->hide();
    auto* set = new QBarSet(tr("Members"));
    set->setColor(ReportCharts::seriesColor(5));
    QStringList categories;
    double max = 0;
    qint64 total = 0;
    for (int i = 0; i < kRfmSegmentCount; ++i)
        total += insight.segmentMembers[size_t(i)];
    for (int i = 0; i < kRfmSegmentCount; ++i) {
        const int members = insight.segmentMembers[size_t(i)];
        set->append(double(members));
        categories << Rfm::name(RfmSegment(i));
        max = qMax(max, double(members));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false);
    auto* y = valueAxis(max, u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::hovered, this, [insight, total](bool on, int index) {
        if (index < 0 || index >= kRfmSegmentCount)
            return;
        const QLocale locale;
        const int members = insight.segmentMembers[size_t(index)];
        const QString share = locale.toString(total > 0 ? 100.0 * members / double(total) : 0.0, 'f', 1);
        const QString name = Rfm::name(RfmSegment(index));
        showTip(on, insight.moneyVisible
                        ? tr("%1: %2 members (%3 %), who paid %4 in the insight window")
                              .arg(name, locale.toString(members), share,
                                   money(insight.segmentSpendFen[size_t(index)]))
                        : tr("%1: %2 members (%3 %)").arg(name, locale.toString(members), share));
    });
    return chart;
}

QChart* DashboardCharts::loyaltyTypes(const InsightDistribution& insight)
{
    QChart* chart =
        newChart(tr("Four loyalty types, as of %1").arg(localDateText(QLocale(), insight.status.asOf)));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.85);
    qint64 total = 0;
    for (int i = 0; i < kLoyaltyTypeCount; ++i)
        total += insight.typeMembers[size_t(i)];
    const QLocale locale;
    for (int i = 0; i < kLoyaltyTypeCount; ++i) {
        const auto type = LoyaltyType(i);
        const int members = insight.typeMembers[size_t(i)];
        auto* slice = series->append(u"%1 (%2)"_s.arg(LoyaltyTypes::name(type), locale.toString(members)),
                                     double(members));
        slice->setColor(QuadrantChartView::typeColor(type));
        slice->setBorderColor(Qt::white);
        const QString share = locale.toString(total > 0 ? 100.0 * members / double(total) : 0.0, 'f', 1);
        const QString tip =
            insight.moneyVisible
                ? tr("%1: %2 members (%3 %), who paid %4 in the insight window")
                      .arg(LoyaltyTypes::name(type), locale.toString(members), share,
                           money(insight.typeSpendFen[size_t(i)]))
                : tr("%1: %2 members (%3 %)").arg(LoyaltyTypes::name(type), locale.toString(members), share);
        connect(slice, &QPieSlice::hovered, this, [slice, tip](bool on) {
            slice->setExploded(on);
            showTip(on, tip);
        });
    }
    chart->addSeries(series);
    return chart;
}

} // namespace md::ui

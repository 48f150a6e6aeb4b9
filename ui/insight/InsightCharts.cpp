// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QLineSeries* guideLine(const QPointF& from, const QPointF& to, const QColor& color, Qt::PenStyle style)
{
    auto* line = new QLineSeries;
    line->append(from);
    line->append(to);
    QPen pen(color);
    pen.setWidthF(1.5);
    pen.setStyle(style);
    line->setPen(pen);
    return line;
}

// Log axes need positive bounds: a power of ten at or below the smallest positive value.
double lowerDecade(double minPositive)
{
    return std::pow(10.0, std::floor(std::log10(minPositive)));
}
double upperDecade(double maxValue)
{
    return std::pow(10.0, std::ceil(std::log10(maxValue) + 1e-9));
}

} // namespace

// ---------------------------------------------------------------------------------------------- RFM

RfmChartView::RfmChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(u"rfmChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    QChart* c = newChart();
    c->legend()->hide();
    m_set = new QBarSet(tr("Members"));
    m_set->setColor(QColor(0x2f, 0x7c, 0xc4));
    m_set->setLabelColor(QColor(0x20, 0x20, 0x20));
    m_series = new QBarSeries;
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(u"@value"_s);
    m_series->setBarWidth(0.6);
    c->addSeries(m_series);
    auto* categories = new QBarCategoryAxis;
    QStringList names;
    for (RfmSegment s : Rfm::segments())
        names.append(Rfm::name(s));
    categories->append(names);
    c->addAxis(categories, Qt::AlignBottom);
    m_series->attachAxis(categories);
    auto* counts = new QValueAxis;
    counts->setLabelFormat(u"%d"_s);
    counts->setTitleText(tr("Members"));
    c->addAxis(counts, Qt::AlignLeft);
    m_series->attachAxis(counts);
    setChart(c);
    m_set->setSelectedColor(QColor(0x1b, 0x4f, 0x86));
    connect(m_series, &QBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index < 0 || index >= kRfmSegmentCount)
            return;
        setCurrent(index);
        emit segmentClicked(RfmSegment(index));
    });
    connect(m_series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet*) {
        if (index >= 0 && index < kRfmSegmentCount)
            emit segmentHovered(RfmSegment(index), status);
    });
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void RfmChartView::setCurrent(int index)
{
    m_current = index;
    m_set->deselectAllBars();
    m_set->selectBar(index);
}

void RfmChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        setCurrent((m_current + step + kRfmSegmentCount) % kRfmSegmentCount);
        emit segmentHovered(RfmSegment(m_current), true);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit segmentClicked(RfmSegment(m_current));
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void RfmChartView::setResult(const RfmResult& result)
{
    m_set->remove(0, m_set->count());
    int highest = 0;
    for (RfmSegment s : Rfm::segments()) {
        m_set->append(result.counts[size_t(s)]);
        highest = std::max(highest, result.counts[size_t(s)]);
    }
    auto* counts = qobject_cast<QValueAxis*>(chart()->axes(Qt::Vertical).value(0));
    // Room above the tallest bar for its label.
    counts->setRange(0, std::max(1.0, highest * 1.12));
    counts->applyNiceNumbers();
    m_set->deselectAllBars(); // highlighted again once a bar is chosen
}

// ---------------------------------------------------------------------------------------- quadrant

QuadrantChartView::QuadrantChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(u"quadrantChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    setChart(newChart());
    setCursor(Qt::PointingHandCursor);
}

QColor QuadrantChartView::typeColor(LoyaltyType type)
{
    switch (type) {
    case LoyaltyType::Friend:
        return QColor(0x2e, 0x7d, 0x32);
    case LoyaltyType::Butterfly:
        return QColor(0xe6, 0x6a, 0x00);
    case LoyaltyType::Barnacle:
        return QColor(0x15, 0x65, 0xc0);
    case LoyaltyType::Stranger:
        return QColor(0x8a, 0x8a, 0x8a);
    }
    return Qt::black;
}

LoyaltyType QuadrantChartView::typeAt(double profitYuan, double loyalty) const
{
    const bool profitable = profitYuan > m_profitThreshold;
    const bool loyal = loyalty > m_loyaltyThreshold;
    if (profitable)
        return loyal ? LoyaltyType::Friend : LoyaltyType::Butterfly;
    return loyal ? LoyaltyType::Barnacle : LoyaltyType::Stranger;
}

void QuadrantChartView::setResult(const LoyaltyTypesResult& result)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    m_profitThreshold = result.profitThresholdFen / 100.0;
    m_loyaltyThreshold = result.loyaltyThreshold;

    // A systematic sample in member order: the same members every time, spread over the whole population.
    const int n = int(result.members.size());
    const int stride = std::max(1, (n + kMaxPoints - 1) / kMaxPoints);
    double minProfit = std::max(m_profitThreshold, 0.0);
    double maxProfit = minProfit;
    double minLoyalty = m_loyaltyThreshold > 0 ? m_loyaltyThreshold : 1;
    double maxLoyalty = minLoyalty;
    for (int i = 0; i < n; i += stride) {
        const MemberLoyalty& m = result.members[i];
        const double profit = m.profitFen / 100.0;
        if (profit > 0)
            minProfit = minProfit > 0 ? std::min(minProfit, profit) : profit;
        maxProfit = std::max(maxProfit, profit);
        if (m.loyalty > 0)
            minLoyalty = std::min(minLoyalty, m.loyalty);
        maxLoyalty = std::max(maxLoyalty, m.loyalty);
    }
    const double xMin = lowerDecade(minProfit > 0 ? std::max(minProfit, 0.01) : 1.0);
    const double xMax = std::max(upperDecade(std::max(maxProfit, xMin * 10)), xMin * 10);
    const double yMin = lowerDecade(std::max(minLoyalty, 0.01));
    const double yMax = std::max(upperDecade(std::max(maxLoyalty, yMin * 10)), yMin * 10);

    auto* x = new QLogValueAxis;
    x->setBase(10);
    x->setLabelFormat(u"%g"_s); // printf-style: no non-ASCII text (the unit is in the title)
    x->setTitleText(tr("Profit in the window (yuan, log scale)"));
    x->setRange(xMin, xMax);
    x->setMinorTickCount(-1);
    auto* y = new QLogValueAxis;
    y->setBase(10);
    y->setLabelFormat(u"%g"_s);
    y->setTitleText(tr("Loyalty (visits × regularity)"));
    y->setRange(yMin, yMax);
    y->setMinorTickCount(-1);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    QScatterSeries* series[kLoyaltyTypeCount];
    for (LoyaltyType t : LoyaltyTypes::types()) {
        auto* s = new QScatterSeries;
        QColor color = typeColor(t);
        color.setAlpha(150);
        s->setColor(color);
        s->setBorderColor(Qt::transparent);
        s->setMarkerSize(6);
        s->setName(LoyaltyTypes::name(t)); // counts and spend are in the table below: the legend stays short
        series[size_t(t)] = s;
    }
    QVector<QPointF> points[kLoyaltyTypeCount];
    m_plotted = 0;
    for (int i = 0; i < n; i += stride) {
        const MemberLoyalty& m = result.members[i];
        // Members at or below the axis minimum (no profit at all) sit on its edge.
        points[size_t(m.type)].append(
            QPointF(std::max(m.profitFen / 100.0, xMin), std::max(m.loyalty, yMin)));
        ++m_plotted;
    }
    for (int t = 0; t < kLoyaltyTypeCount; ++t) {
        series[t]->replace(points[t]);
        c->addSeries(series[t]);
        series[t]->attachAxis(x);
        series[t]->attachAxis(y);
    }
    const double px = std::clamp(m_profitThreshold, xMin, xMax);
    const double py = std::clamp(m_loyaltyThreshold, yMin, yMax);
    for (QLineSeries* line : {guideLine({px, yMin}, {px, yMax}, QColor(0x30, 0x30, 0x30), Qt::DashLine),
                              guideLine({xMin, py}, {xMax, py}, QColor(0x30, 0x30, 0x30), Qt::DashLine)}) {
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        hideFromLegend(c, line);
    }
}

void QuadrantChartView::mousePressEvent(QMouseEvent* event)
{
    QChartView::mousePressEvent(event);
    // Empty plot area is clickable too: take the press so the release comes here.
    if (event->button() == Qt::LeftButton)
        event->accept();
}

void QuadrantChartView::mouseReleaseEvent(QMouseEvent* event)
{
    QChartView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || chart()->series().isEmpty())
        return;
    const QPointF inChart = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (!chart()->plotArea().contains(inChart))
        return;
    const QPointF value = chart()->mapToValue(inChart, chart()->series().constFirst());
    emit typeClicked(typeAt(value.x(), value.y()));
}

// ------------------------------------------------------------------------------------------ Pareto

ParetoChartView::ParetoChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(u"paretoChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    setChart(newChart());
    chart()->legend()->hide();
    setCursor(Qt::PointingHandCursor);
}

void ParetoChartView::setResult(const ParetoResult& result)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(11);
    x->setLabelFormat(u"%d%%"_s);
    x->setTitleText(tr("Members who bought, biggest spenders first"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(u"%d%%"_s);
    y->setTitleText(tr("Share of sales"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    const double top = result.topShare * 100;
    auto* equal = guideLine({0, 0}, {100, 100}, QColor(0xb0, 0xb0, 0xb0), Qt::DotLine);
    auto* curve = new QLineSeries;
    QPen pen(QColor(0x2f, 0x7c, 0xc4));
    pen.setWidthF(2.5);
    curve->setPen(pen);
    for (const ParetoPoint& p : result.curve)
        curve->append(p.memberShare * 100, p.spendShare * 100);
    auto* mark = guideLine({20, 0}, {20, top}, QColor(0xc6, 0x28, 0x28), Qt::DashLine);
    auto* level = guideLine({0, top}, {20, top}, QColor(0xc6, 0x28, 0x28), Qt::DashLine);
    auto* point = new QScatterSeries;
    point->setColor(QColor(0xc6, 0x28, 0x28));
    point->setMarkerSize(10);
    point->append(20, std::round(top));
    point->setPointLabelsVisible(true);
    point->setPointLabelsFormat(u"@yPoint%"_s);
    point->setPointLabelsClipping(false);
    QFont labelFont = point->pointLabelsFont();
    labelFont.setBold(true);
    labelFont.setPointSizeF(labelFont.pointSizeF() * 1.2);
    point->setPointLabelsFont(labelFont);
    point->setPointLabelsColor(QColor(0xc6, 0x28, 0x28));
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{equal, curve, mark, level, point}) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ParetoChartView::mousePressEvent(QMouseEvent* event)
{
    QChartView::mousePressEvent(event);
    if (event->button() == Qt::LeftButton)
        event->accept();
}

void ParetoChartView::mouseReleaseEvent(QMouseEvent* event)
{
    QChartView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !chart()->series().isEmpty())
        emit clicked();
}

} // namespace md::ui

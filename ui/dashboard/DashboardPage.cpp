// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardPage.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "common/LocaleFormat.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/HeatmapWidget.h"
#include "dashboard/KpiTile.h"
#include "reports/MonthlyReport.h"
#include "storage/Database.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

std::optional<double> opt(const std::optional<Fen>& v)
{
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

/// A figure for comparison; nothing when the month has no data at all.
std::optional<double> when(const MonthKpis& k, double value)
{
    return k.hasData ? std::optional<double>(value) : std::nullopt;
}

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

QTableWidget* memberTable(const QString& objectName, const QStringList& headers, int stretchColumn)
{
    auto* table = new QTableWidget(0, headers.size());
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->setToolTip(QObject::tr("Click a member to open them at the counter"));
    return table;
}

QTableWidgetItem* cell(const QString& text, qint64 memberId, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, memberId);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// Fits the table's height to `rows` rows (at most `maxRows`, scrolling beyond).
void fitRows(QTableWidget* table, int maxRows)
{
    const int rows = qMax(1, qMin(table->rowCount(), maxRows));
    const int rowH = table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(
        table->horizontalHeader()->sizeHint().height() + rows * rowH + 2 * table->frameWidth() +
        (table->horizontalScrollBar()->isVisible() ? table->horizontalScrollBar()->height() : 0) + 4);
}

QChartView* chartView(const QString& objectName)
{
    auto* view = new QChartView;
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    view->setMinimumWidth(420);
    view->setChart(new QChart);
    return view;
}

} // namespace

DashboardPage::DashboardPage(const ServiceContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_watcher(new QFutureWatcher<Result>(this)),
      m_riskWatcher(new QFutureWatcher<AtRiskResult>(this)), m_charts(new DashboardCharts(this))
{
    setObjectName(u"dashboardPage"_s);
    m_month = defaultMonth(m_ctx.clock.today());

    // The month picker, the busy indicator and the report button.
    m_prev = new QToolButton;
    m_prev->setObjectName(u"previousMonthButton"_s);
    m_prev->setText(u"◀"_s);
    m_prev->setToolTip(tr("Previous month"));
    m_next = new QToolButton;
    m_next->setObjectName(u"nextMonthButton"_s);
    m_next->setText(u"▶"_s);
    m_next->setToolTip(tr("Next month"));
    m_monthEdit = new QDateEdit;
    m_monthEdit->setObjectName(u"monthEdit"_s);
    m_monthEdit->setDisplayFormat(u"yyyy-MM"_s);
    m_monthEdit->setMinimumDate(QDate(2000, 1, 1));
    m_monthEdit->setMaximumDate(m_ctx.clock.today());
    m_monthEdit->setDate(m_month);
    m_monthEdit->setCurrentSection(QDateTimeEdit::MonthSection);
    m_title = new QLabel;
    m_title->setObjectName(u"monthTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_busy = new QProgressBar;
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setFixedWidth(120);
    m_busy->setTextVisible(false);
    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    auto* refresh = new QToolButton;
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Compute the month again with the latest purchases (Ctrl+R)"));
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(refresh, &QToolButton::clicked, this, &DashboardPage::refresh);
    // The drill-down lists from the keyboard too (the charts need a mouse).
    m_lists = new QPushButton(tr("&Lists"));
    m_lists->setObjectName(u"listsButton"_s);
    m_lists->setToolTip(tr("The purchases or members behind the month's figures"));
    auto* listsMenu = new QMenu(m_lists);
    const auto addList = [this, listsMenu](const QString& text, DrillDownQuery::Kind kind) {
        QAction* action = listsMenu->addAction(text, this, [this, kind] {
            const auto it = m_cache.constFind(m_shown);
            if (it == m_cache.constEnd())
                return;
            DrillDownQuery query;
            query.kind = kind;
            query.month = m_shown;
            query.topCount = it.value().figures.pareto.top20Members;
            openDrillDown(query);
        });
        action->setObjectName(u"listAction_%1"_s.arg(int(kind)));
    };
    addList(tr("&Purchases of the month"), DrillDownQuery::Kind::MonthPurchases);
    addList(tr("&New members who bought"), DrillDownQuery::Kind::NewActiveMembers);
    addList(tr("&Returning members who bought"), DrillDownQuery::Kind::ReturningActiveMembers);
    addList(tr("&Top 20 % of spenders"), DrillDownQuery::Kind::TopSpenders);
    m_lists->setMenu(listsMenu);
    m_report = new QPushButton(tr("Monthly report…"));
    m_report->setObjectName(u"monthlyReportButton"_s);
    auto* reportMenu = new QMenu(m_report);
    reportMenu->addAction(tr("Print preview…"), this, &DashboardPage::printPreview);
    reportMenu->addAction(tr("Print…"), this, &DashboardPage::print);
    reportMenu->addAction(tr("Save PDF…"), this, &DashboardPage::savePdf);
    m_report->setMenu(reportMenu);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_prev);
    bar->addWidget(m_monthEdit);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_title);
    bar->addSpacing(12);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_lists);
    bar->addWidget(m_report);

    // The message for a month without data (or an error), shown instead of the content.
    m_message = new QLabel;
    m_message->setObjectName(u"emptyMonthLabel"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(200);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.3);
    m_message->setFont(messageFont);
    m_message->setStyleSheet(u"color: #55606e;"_s);
    m_message->hide();

    // KPI tiles, five per row.
    auto* tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QList<QPair<QString, QString>> tileNames = {
        {u"sales"_s, tr("Member sales")},           {u"purchases"_s, tr("Member purchases")},
        {u"averageTicket"_s, tr("Average ticket")}, {u"activeMembers"_s, tr("Active members")},
        {u"newMembers"_s, tr("New members")},       {u"repeatRate"_s, tr("Repeat-purchase rate")},
        {u"pointsIssued"_s, tr("Points issued")},   {u"pointsRedeemed"_s, tr("Points redeemed")},
        {u"pointsExpired"_s, tr("Points expired")}, {u"liability"_s, tr("Points liability")},
    };
    for (int i = 0; i < tileNames.size(); ++i) {
        auto* tile = new KpiTile(tileNames[i].second);
        tile->setObjectName(u"kpi_"_s + tileNames[i].first);
        m_tiles.insert(tileNames[i].first, tile);
        tiles->addWidget(tile, i / 5, i % 5);
    }
    m_tiles[u"repeatRate"_s]->setToolTip(
        tr("Share of the month's active members who bought twice or more in the month"));
    m_tiles[u"liability"_s]->setToolTip(
        tr("Points outstanding at month end, valued at the current redemption rate"));

    m_salesTrend = chartView(u"salesTrendChart"_s);
    m_newReturning = chartView(u"newReturningChart"_s);
    m_tierDonut = chartView(u"tierDonutChart"_s);
    m_tierSales = chartView(u"tierSalesChart"_s);
    m_pareto = chartView(u"paretoChart"_s);
    // The charts show their exact values in tooltips of their own (on hover); the graphics scene would
    // hide them again on the widget's tooltip event, having no item tooltip to show.
    for (QChartView* view : {m_salesTrend, m_newReturning, m_tierDonut, m_tierSales, m_pareto})
        view->viewport()->installEventFilter(this);
    m_heatmap = new HeatmapWidget;
    m_heatmap->setObjectName(u"heatmap"_s);
    m_heatmap->setMinimumHeight(300);
    m_segments = chartView(u"segmentChart"_s);
    m_types = chartView(u"loyaltyTypeChart"_s);
    for (QChartView* view : {m_segments, m_types})
        view->viewport()->installEventFilter(this);
    m_insightNote = new QLabel;
    m_insightNote->setObjectName(u"insightNoteLabel"_s);
    m_insightNote->setWordWrap(true);
    m_insightNote->setStyleSheet(u"color: #55606e;"_s);
    m_insightCharts = new QWidget;
    auto* insightLayout = new QHBoxLayout(m_insightCharts);
    insightLayout->setContentsMargins(0, 0, 0, 0);
    insightLayout->setSpacing(8);
    insightLayout->addWidget(m_segments);
    insightLayout->addWidget(m_types);
    auto* charts = new QGridLayout;
    charts->setSpacing(8);
    charts->addWidget(m_salesTrend, 0, 0);
    charts->addWidget(m_newReturning, 0, 1);
    charts->addWidget(m_tierDonut, 1, 0);
    charts->addWidget(m_tierSales, 1, 1);
    charts->addWidget(m_pareto, 2, 0);
    // Inset like the charts, whose views keep a margin around the chart.
    auto* heatmapBox = new QWidget;
    auto* heatmapLayout = new QVBoxLayout(heatmapBox);
    heatmapLayout->setContentsMargins(9, 9, 9, 9);
    heatmapLayout->addWidget(m_heatmap);
    charts->addWidget(heatmapBox, 2, 1);
    charts->addWidget(m_insightNote, 3, 0, 1, 2);
    charts->addWidget(m_insightCharts, 4, 0, 1, 2);
    connect(m_charts, &DashboardCharts::monthClicked, this, &DashboardPage::setMonth);
    connect(m_charts, &DashboardCharts::drillDownRequested, this, &DashboardPage::openDrillDown);
    connect(m_heatmap, &HeatmapWidget::cellClicked, this, [this](int day, int hour) {
        DrillDownQuery query;
        query.kind = DrillDownQuery::Kind::HourPurchases;
        query.month = m_shown;
        query.weekday = day;
        query.hour = hour;
        openDrillDown(query);
    });

    m_top = memberTable(u"topMembersTable"_s,
                        {tr("#"), tr("Name"), tr("Card"), tr("Tier"), tr("Purchases"), tr("Sales")}, 1);
    m_vips =
        memberTable(u"newVipsTable"_s, {tr("Name"), tr("Card"), tr("Upgraded"), tr("From"), tr("To")}, 0);
    m_risk = memberTable(u"atRiskTable"_s,
                         {tr("Name"), tr("Card"), tr("Tier"), tr("Purchases (180 days)"),
                          tr("Spend (180 days)"), tr("Last purchase")},
                         0);
    m_topNote = new QLabel;
    m_vipNote = new QLabel;
    m_riskNote = new QLabel;
    m_riskNote->setObjectName(u"atRiskNote"_s);
    for (QLabel* note : {m_topNote, m_vipNote, m_riskNote}) {
        note->setWordWrap(true);
        note->setStyleSheet(u"color: #55606e;"_s);
    }
    for (QTableWidget* table : {m_top, m_vips, m_risk}) {
        connect(table, &QTableWidget::cellClicked, this, [this, table](int row, int) {
            const QTableWidgetItem* item = table->item(row, 0);
            if (item && item->data(Qt::UserRole).toLongLong() > 0)
                emit openMemberRequested(item->data(Qt::UserRole).toLongLong());
        });
    }

    m_content = new QWidget;
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(tiles);
    content->addSpacing(6);
    auto* chartsHint =
        new QLabel(tr("Click a bar, a slice, a point of the curve or a heatmap cell to list the "
                      "purchases or members behind it; double-click a month's bar to show that "
                      "month."));
    chartsHint->setObjectName(u"chartsHintLabel"_s);
    chartsHint->setWordWrap(true);
    chartsHint->setStyleSheet(u"color: #55606e;"_s);
    content->addWidget(chartsHint);
    content->addLayout(charts);
    content->addSpacing(6);
    content->addWidget(sectionTitle(tr("Top members of the month")));
    content->addWidget(m_topNote);
    content->addWidget(m_top);
    content->addWidget(sectionTitle(tr("New VIPs (tier upgrades)")));
    content->addWidget(m_vipNote);
    content->addWidget(m_vips);
    content->addWidget(sectionTitle(tr("Members at risk")));
    content->addWidget(m_riskNote);
    content->addWidget(m_risk);

    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(4, 4, 4, 4);
    innerLayout->addWidget(m_message);
    innerLayout->addWidget(m_content);
    innerLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"dashboardScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_prev, &QToolButton::clicked, this, [this] { setMonth(m_month.addMonths(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setMonth(m_month.addMonths(1)); });
    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) { setMonth(date); });
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &DashboardPage::loaded);
    connect(m_riskWatcher, &QFutureWatcher<AtRiskResult>::finished, this, &DashboardPage::atRiskLoaded);

    m_busy->hide();
    m_content->hide();
    updateNavigation();
}

DashboardPage::~DashboardPage()
{
    // The worker has its own connection; wait for it so it never outlives the page's data.
    m_watcher->waitForFinished();
    m_riskWatcher->waitForFinished();
}

QDate DashboardPage::defaultMonth(const QDate& today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

bool DashboardPage::isLoading() const
{
    return m_loading.isValid();
}

bool DashboardPage::isShowingMonth(const QDate& month) const
{
    return m_shown.isValid() && m_shown == QDate(month.year(), month.month(), 1);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        setMonth(m_month);
    }
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ToolTip)
        return true;
    return QWidget::eventFilter(watched, event);
}

QString DashboardPage::tierName(int tier) const
{
    if (tier >= 0 && tier < m_rules.tiers.size())
        return m_rules.tiers[tier].name;
    return QLocale().toString(tier);
}

void DashboardPage::setChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void DashboardPage::display(const Shown& shown)
{
    const MonthlyFigures& f = shown.figures;
    m_shown = f.month;
    updateNavigation();
    const QString title = MonthlyReport::monthTitle(f.month, QLocale());
    if (f.isEmpty()) {
        m_content->hide();
        m_message->setText(tr("No data for %1: no member purchase, registration or points movement was "
                              "recorded in this month.")
                               .arg(title));
        m_message->show();
        emit monthShown(f.month);
        return;
    }
    m_message->hide();

    const QLocale locale;
    const MonthKpis& c = f.current;
    const MonthKpis& p = f.previousMonth;
    const MonthKpis& y = f.sameMonthLastYear;
    auto count = [&](const QString& key, auto member) {
        m_tiles[key]->setFigure(locale.toString(qint64(c.*member)), when(c, double(c.*member)),
                                when(p, double(p.*member)), when(y, double(y.*member)));
    };
    m_tiles[u"sales"_s]->setFigure(money(c.salesFen), when(c, double(c.salesFen)),
                                   when(p, double(p.salesFen)), when(y, double(y.salesFen)));
    count(u"purchases"_s, &MonthKpis::purchases);
    const auto avg = c.averageTicketFen();
    m_tiles[u"averageTicket"_s]->setFigure(avg ? money(*avg) : u"—"_s, opt(avg), opt(p.averageTicketFen()),
                                           opt(y.averageTicketFen()));
    count(u"activeMembers"_s, &MonthKpis::activeMembers);
    count(u"newMembers"_s, &MonthKpis::newMembers);
    const auto rate = c.repeatRate();
    m_tiles[u"repeatRate"_s]->setFigure(rate ? u"%1 %"_s.arg(locale.toString(*rate * 100.0, 'f', 1)) : u"—"_s,
                                        rate, p.repeatRate(), y.repeatRate(), true);
    count(u"pointsIssued"_s, &MonthKpis::pointsIssued);
    count(u"pointsRedeemed"_s, &MonthKpis::pointsRedeemed);
    count(u"pointsExpired"_s, &MonthKpis::pointsExpired);
    m_tiles[u"liability"_s]->setFigure(money(c.liabilityFen), when(c, double(c.liabilityFen)),
                                       when(p, double(p.liabilityFen)), when(y, double(y.liabilityFen)));
    m_tiles[u"liability"_s]->setToolTip(
        tr("%1 points outstanding at month end, valued at the current redemption rate")
            .arg(locale.toString(c.pointsBalanceEnd)));

    setChart(m_salesTrend, m_charts->salesTrend(f.trend));
    setChart(m_newReturning, m_charts->newVsReturning(f.trend));
    setChart(m_tierDonut, m_charts->tierDonut(f.month, f.tiers));
    setChart(m_tierSales, m_charts->salesByTier(f.trend, f.tiers));
    setChart(m_pareto, m_charts->pareto(f.month, f.pareto));
    m_heatmap->setCells(f.heatmap);
    showInsight(m_insight, m_insightError);
    fillTables(f);
    fillAtRisk(shown);
    m_content->show();
    emit monthShown(f.month);
}

void DashboardPage::fillTables(const MonthlyFigures& f)
{
    const QLocale locale;
    m_top->setRowCount(0);
    m_top->setRowCount(f.topMembers.size());
    for (int r = 0; r < f.topMembers.size(); ++r) {
        const RankedMember& m = f.topMembers[r];
        m_top->setItem(r, 0, cell(locale.toString(r + 1), m.memberId, true));
        m_top->setItem(r, 1, cell(m.name, m.memberId));
        m_top->setItem(r, 2, cell(m.card, m.memberId));
        m_top->setItem(r, 3, cell(tierName(m.tier), m.memberId));
        m_top->setItem(r, 4, cell(locale.toString(m.purchases), m.memberId, true));
        m_top->setItem(r, 5, cell(money(m.salesFen), m.memberId, true));
    }
    m_topNote->setText(f.topMembers.isEmpty()
                           ? tr("No member bought anything this month.")
                           : tr("By member sales in the month. Click a member to open them "
                                "at the counter."));
    fitRows(m_top, 20);

    m_vips->setRowCount(0);
    m_vips->setRowCount(f.newVips.size());
    for (int r = 0; r < f.newVips.size(); ++r) {
        const TierUpgrade& u = f.newVips[r];
        m_vips->setItem(r, 0, cell(u.name, u.memberId));
        m_vips->setItem(r, 1, cell(u.card, u.memberId));
        m_vips->setItem(r, 2, cell(dateTimeText(u.time), u.memberId));
        m_vips->setItem(r, 3, cell(tierName(u.fromTier), u.memberId));
        m_vips->setItem(r, 4, cell(tierName(u.toTier), u.memberId));
    }
    m_vipNote->setText(f.newVipCount == 0
                           ? tr("No member moved up a tier this month.")
                           : tr("%1 members moved up a tier this month; %2 shown, highest tier first.")
                                 .arg(locale.toString(f.newVipCount), locale.toString(f.newVips.size())));
    fitRows(m_vips, 10);
}

void DashboardPage::fillAtRisk(const Shown& shown)
{
    const MonthlyFigures& f = shown.figures;
    const QLocale locale;
    if (!shown.atRiskKnown) {
        m_risk->setRowCount(0);
        m_riskNote->setText(tr("Looking for members at risk…"));
        fitRows(m_risk, 10);
        return;
    }
    m_risk->setRowCount(0);
    m_risk->setRowCount(f.atRisk.size());
    for (int r = 0; r < f.atRisk.size(); ++r) {
        const AtRiskMember& m = f.atRisk[r];
        m_risk->setItem(r, 0, cell(m.name, m.memberId));
        m_risk->setItem(r, 1, cell(m.card, m.memberId));
        m_risk->setItem(r, 2, cell(tierName(m.tier), m.memberId));
        m_risk->setItem(r, 3, cell(locale.toString(m.purchases), m.memberId, true));
        m_risk->setItem(r, 4, cell(money(m.salesFen), m.memberId, true));
        m_risk->setItem(r, 5, cell(dateTimeText(m.lastPurchase), m.memberId));
    }
    m_riskNote->setText(
        f.atRiskCount == 0
            ? tr("No member is at risk: nobody with 3 or more purchases in the 180 days before "
                 "month end has stayed away for the last 42 days.")
            : tr("%1 members bought 3 or more times in the 180 days before month end but not in "
                 "its last 42 days; %2 shown, most valuable first.")
                  .arg(locale.toString(f.atRiskCount), locale.toString(f.atRisk.size())));
    fitRows(m_risk, 10);
}

DrillDownDialog* DashboardPage::openDrillDown(const DrillDownQuery& query)
{
    if (!query.month.isValid())
        return nullptr;
    auto* dialog = new DrillDownDialog(m_ctx, query, m_rules, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::openMemberRequested, this, &DashboardPage::openMemberRequested);
    dialog->show();
    return dialog;
}

void DashboardPage::showInsight(const InsightDistribution& insight, const QString& error)
{
    const MemberInsightStatus& s = insight.status;
    const QLocale locale;
    const bool charts = error.isEmpty() && s.exists && s.ok;
    if (!error.isEmpty()) {
        m_insightNote->setText(
            tr("Customer segments: the insight snapshot could not be read: %1").arg(error));
    } else if (!s.exists) {
        m_insightNote->setText(
            tr("Customer segments: no insight has been computed yet. Open Insight (F6) and "
               "compute it, or let the daily refresh run; the RFM segments and the four "
               "loyalty types then show here."));
    } else if (!s.ok) {
        m_insightNote->setText(
            tr("Customer segments: the last insight computation (%1) found no segments: %2")
                .arg(localDateText(locale, s.asOf), s.error));
    } else {
        m_insightNote->setText(tr("Customer segments from the insight snapshot as of %1 (purchases of the "
                                  "%Ln day(s) before; not "
                                  "tied to the month shown).",
                                  "", s.windowDays)
                                   .arg(dateText(s.asOf)));
    }
    m_insightCharts->setVisible(charts);
    if (charts) {
        setChart(m_segments, m_charts->rfmSegments(insight));
        setChart(m_types, m_charts->loyaltyTypes(insight));
    }
}

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/MemberInsightStore.h"
#include "domain/LoyaltyRules.h"
#include "reports/DrillDown.h"
#include "reports/MonthlyFigures.h"
#include "services/ServiceContext.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace md::ui {

class DashboardCharts;
class DrillDownDialog;
class HeatmapWidget;
class KpiTile;

/// The owner's monthly review: KPI tiles with comparisons, charts and member lists for one month.
/// Figures are computed on a worker thread with its own read-only connection and cached per month.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(const ServiceContext& ctx, QWidget* parent = nullptr);
    ~DashboardPage() override;

    /// First day of the month shown (or being loaded).
    QDate month() const { return m_month; }
    /// Shows `month` (any day of it), computing its figures unless cached.
    void setMonth(const QDate& month);
    /// Forgets every cached month and reloads the current one (after purchases were recorded).
    void refresh();
    /// True while a month is being computed.
    bool isLoading() const;
    /// True when the month shown has been loaded and is on screen.
    bool isShowingMonth(const QDate& month) const;

    /// Writes the monthly report of the month shown (its figures must be loaded) as a PDF; *pages gets
    /// the page count. False with *error otherwise. "Save PDF…" asks for the file and calls this.
    bool saveReportPdf(const QString& path, int* pages, QString* error);

    /// Opens the list of the purchases or members behind a chart element (what a click on a bar, a slice,
    /// a point or a heatmap cell does). The dialog is not modal, deletes itself when closed, and sends its
    /// "open at the counter" through openMemberRequested().
    DrillDownDialog* openDrillDown(const DrillDownQuery& query);

    /// The last complete month before the clock's today.
    static QDate defaultMonth(const QDate& today);

signals:
    void openMemberRequested(qint64 memberId);
    /// A month's figures are on screen (or its error is).
    void monthShown(const QDate& month);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Result
    {
        QDate month;
        bool ok = false;
        QString error;
        MonthlyFigures figures;
        /// The last insight snapshot's segments and types (not per month: "as of" its own date).
        InsightDistribution insight;
        QString insightError;
        bool insightRead = false;
    };
    struct Shown
    {
        MonthlyFigures figures;
        InsightDistribution insight;
        QString insightError;
        /// figures.atRisk is filled by a second pass, after the month is drawn (see startAtRisk()).
        bool atRiskKnown = false;
    };
    /// The members at risk of a month: the one slow part of a month (it reads six months of
    /// member-months), so it runs after the rest is on screen.
    struct AtRiskResult
    {
        QDate month;
        int generation = 0;
        bool ok = false;
        QString error;
        QVector<AtRiskMember> atRisk;
        qint64 count = 0;
    };
    static Result computeMonth(const QString& path, const QDate& month, const LoyaltyRules& rules,
                               const Clock* clock, const Actor& actor, bool readInsight);
    static AtRiskResult computeAtRisk(const QString& path, const QDate& month, int generation);
    void startAtRisk();
    void atRiskLoaded();
    void fillAtRisk(const Shown& shown);
    void showInsight(const InsightDistribution& insight, const QString& error);

    void startLoading(const QDate& month);
    void loaded();
    void display(const Shown& shown);
    void showError(const QString& text);
    void setBusy(bool busy);
    void updateNavigation();
    void fillTables(const MonthlyFigures& f);
    void setChart(QChartView* view, QChart* chart);
    void printPreview();
    void print();
    void savePdf();
    bool currentFigures(Shown* figures);
    /// Finds the members at risk of the month shown on this connection when the worker has not yet.
    bool ensureAtRisk(QString* error);
    QString tierName(int tier) const;

    ServiceContext m_ctx;
    LoyaltyRules m_rules;
    QDate m_month;
    QDate m_shown;
    QDate m_loading;
    bool m_started = false;
    QElapsedTimer m_loadTimer; ///< from the start of a computation to its month on screen
    QHash<QDate, Shown> m_cache;
    /// The snapshot is the same for every month: read with the first month and after refresh() only.
    InsightDistribution m_insight;
    QString m_insightError;
    bool m_insightKnown = false;
    QFutureWatcher<Result>* m_watcher;
    QFutureWatcher<AtRiskResult>* m_riskWatcher;
    int m_generation = 0; ///< bumped by refresh(): an at-risk pass started before it is dropped
    DashboardCharts* m_charts;

    QToolButton* m_prev;
    QToolButton* m_next;
    QDateEdit* m_monthEdit;
    QLabel* m_title;
    QProgressBar* m_busy;
    QLabel* m_status;
    QPushButton* m_report;
    QPushButton* m_lists;
    QLabel* m_message;
    QWidget* m_content;
    QHash<QString, KpiTile*> m_tiles;
    QChartView* m_salesTrend;
    QChartView* m_newReturning;
    QChartView* m_tierDonut;
    QChartView* m_tierSales;
    QChartView* m_pareto;
    HeatmapWidget* m_heatmap;
    QWidget* m_insightCharts;
    QChartView* m_segments;
    QChartView* m_types;
    QLabel* m_insightNote;
    QLabel* m_topNote;
    QTableWidget* m_top;
    QLabel* m_vipNote;
    QTableWidget* m_vips;
    QLabel* m_riskNote;
    QTableWidget* m_risk;
};

} // namespace md::ui

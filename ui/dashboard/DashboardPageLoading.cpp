// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: computing a month (and then its members at risk) on a worker thread, and the navigation
// state while it runs. The page itself is in DashboardPage.cpp.
#include "common/WorkerPool.h"
#include "dashboard/DashboardPage.h"

#include "common/Clock.h"
#include "reports/MonthlyReport.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QDateEdit>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace md::ui {

void DashboardPage::refresh()
{
    m_cache.clear();
    ++m_generation;
    m_insightKnown = false;
    m_shown = QDate();
    m_started = true;
    setMonth(m_month);
}

void DashboardPage::setMonth(const QDate& date)
{
    if (!date.isValid())
        return;
    const QDate today = m_ctx.clock.today();
    QDate month(date.year(), date.month(), 1);
    month = qMin(month, QDate(today.year(), today.month(), 1));
    month = qMax(month, QDate(2000, 1, 1));
    m_month = month;
    m_started = true;
    {
        const QSignalBlocker blocker(m_monthEdit);
        m_monthEdit->setDate(month);
    }
    updateNavigation();
    if (m_shown == month)
        return;
    const auto cached = m_cache.constFind(month);
    if (cached != m_cache.constEnd()) {
        display(cached.value());
        startAtRisk();
        return;
    }
    if (isLoading()) {
        m_status->setText(tr("Computing %1…").arg(MonthlyReport::monthTitle(month, QLocale())));
        return; // loaded() starts the month asked for last
    }
    startLoading(month);
}

DashboardPage::Result DashboardPage::computeMonth(const QString& path, const QDate& month,
                                                  const LoyaltyRules& rules, const Clock* clock,
                                                  const Actor& actor, bool readInsight)
{
    Result result;
    result.month = month;
    Database db;
    if (!db.open(path, &result.error, Database::Access::ReadOnly))
        return result;
    MonthlyFigures::Options options;
    options.atRisk = false; // computeAtRisk(), once the month is drawn
    result.ok = MonthlyFigures::compute(db, month, rules, &result.figures, &result.error, options);
    if (result.ok && readInsight) {
        result.insightRead = true;
        // The snapshot is read with the acting role: clerks get no money figures.
        const ServiceContext ctx{db, *clock, actor};
        if (!MemberInsightStore(ctx).distribution(&result.insight, &result.insightError))
            result.insight = InsightDistribution();
    }
    return result;
}

DashboardPage::AtRiskResult DashboardPage::computeAtRisk(const QString& path, const QDate& month,
                                                         int generation)
{
    AtRiskResult result;
    result.month = month;
    result.generation = generation;
    Database db;
    if (!db.open(path, &result.error, Database::Access::ReadOnly))
        return result;
    MonthlyFigures figures;
    figures.month = month;
    result.ok =
        MonthlyFigures::membersAtRisk(db, &figures, &result.error, MonthlyFigures::Options().listLimit);
    result.atRisk = figures.atRisk;
    result.count = figures.atRiskCount;
    return result;
}

void DashboardPage::startAtRisk()
{
    if (m_riskWatcher->isRunning())
        return; // atRiskLoaded() looks again
    const auto it = m_cache.constFind(m_month);
    if (it == m_cache.constEnd() || it->atRiskKnown || it->figures.isEmpty())
        return;
    m_riskWatcher->setFuture(QtConcurrent::run(workerPool(), &DashboardPage::computeAtRisk, m_ctx.db.path(),
                                               m_month, m_generation));
}

void DashboardPage::atRiskLoaded()
{
    const AtRiskResult result = m_riskWatcher->result();
    auto it = m_cache.find(result.month);
    if (result.generation == m_generation && it != m_cache.end() && !it->atRiskKnown) {
        it->atRiskKnown = true;
        if (result.ok) {
            it->figures.atRisk = result.atRisk;
            it->figures.atRiskCount = result.count;
        } else {
            it->figures.atRisk.clear();
            it->figures.atRiskCount = 0;
            it->atRiskKnown = false;
            m_riskNote->setText(tr("The members at risk could not be found: %1").arg(result.error));
        }
        if (result.ok && m_shown == result.month)
            fillAtRisk(it.value());
    }
    if (result.ok || result.month != m_month)
        startAtRisk(); // the month shown now may still lack its list
}

void DashboardPage::startLoading(const QDate& month)
{
    m_rules = RulesService(m_ctx).current();
    m_loading = month;
    m_loadTimer.start();
    setBusy(true);
    m_status->setText(tr("Computing %1…").arg(MonthlyReport::monthTitle(month, QLocale())));
    m_watcher->setFuture(QtConcurrent::run(workerPool(), &DashboardPage::computeMonth, m_ctx.db.path(), month,
                                           m_rules, &m_ctx.clock, m_ctx.actor, !m_insightKnown));
}

void DashboardPage::loaded()
{
    const Result result = m_watcher->result();
    m_loading = QDate();
    if (result.insightRead) {
        m_insight = result.insight;
        m_insightError = result.insightError;
        m_insightKnown = true;
    }
    if (result.ok)
        m_cache.insert(result.month, Shown{result.figures, m_insight, m_insightError});
    if (m_month != result.month && !m_cache.contains(m_month)) {
        startLoading(m_month); // the user moved on while this month was computed
        return;
    }
    setBusy(false);
    if (m_month != result.month) {
        display(m_cache.value(m_month));
        return;
    }
    if (!result.ok) {
        showError(tr("The figures for %1 could not be computed: %2")
                      .arg(MonthlyReport::monthTitle(result.month, QLocale()), result.error));
        return;
    }
    display(m_cache.value(result.month));
    m_status->setText(tr("Computed in %1 ms.").arg(QLocale().toString(m_loadTimer.elapsed())));
    startAtRisk();
}

void DashboardPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (!busy)
        m_status->clear();
    updateNavigation();
}

void DashboardPage::updateNavigation()
{
    const QDate today = m_ctx.clock.today();
    m_next->setEnabled(m_month < QDate(today.year(), today.month(), 1));
    m_prev->setEnabled(m_month > QDate(2000, 1, 1));
    m_title->setText(MonthlyReport::monthTitle(m_month, QLocale()));
    m_report->setEnabled(!isLoading() && m_cache.contains(m_month));
    m_lists->setEnabled(!isLoading() && m_shown.isValid() && m_shown == m_month &&
                        m_cache.contains(m_month) && !m_cache.value(m_month).figures.isEmpty());
}

void DashboardPage::showError(const QString& text)
{
    m_shown = QDate();
    m_content->hide();
    m_message->setText(text);
    m_message->show();
    updateNavigation();
    emit monthShown(m_month);
}

} // namespace md::ui

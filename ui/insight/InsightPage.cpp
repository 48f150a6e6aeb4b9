// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightPage.h"

#include "common/LocaleFormat.h"
#include "common/WorkerPool.h"

// The Insight page itself: the date and window controls, the computation on a worker thread, the summary,
// and the member lists each tab opens. Each tab is its own widget (InsightRfmTab, InsightTypesTab with
// InsightThresholdEditor, InsightParetoTab, InsightWinBackTab) and shows its part of the snapshot.

#include "analytics/MemberInsightStore.h"
#include "common/Clock.h"
#include "common/Formatting.h"
#include "insight/InsightCharts.h"
#include "insight/InsightLabels.h"
#include "insight/InsightMemberList.h"
#include "insight/InsightParetoTab.h"
#include "insight/InsightRfmTab.h"
#include "insight/InsightThresholdEditor.h"
#include "insight/InsightTypesTab.h"
#include "insight/InsightWinBackTab.h"
#include "security/Permissions.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::ui {

using namespace insight;

InsightPage::InsightPage(const ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"insightPage"_s);

    auto* asOfLabel = new QLabel(tr("&As of:"));
    m_asOf = new QDateEdit(m_ctx.clock.today());
    m_asOf->setObjectName(u"asOfDateEdit"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(dateFormat(QLocale()));
    asOfLabel->setBuddy(m_asOf);
    auto* windowLabel = new QLabel(tr("&Window:"));
    m_window = new QComboBox;
    m_window->setObjectName(u"windowComboBox"_s);
    for (int days : {90, 180, 365, 730})
        m_window->addItem(tr("Last %Ln day(s)", "", days), days);
    m_window->setCurrentIndex(2);
    windowLabel->setBuddy(m_window);
    m_compute = new QPushButton(tr("&Compute"));
    m_compute->setObjectName(u"computePushButton"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 0); // busy: the steps take very different times
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_step = new QLabel;
    m_step->setObjectName(u"stepLabel"_s);
    auto* controls = new QHBoxLayout;
    controls->addWidget(asOfLabel);
    controls->addWidget(m_asOf);
    controls->addSpacing(12);
    controls->addWidget(windowLabel);
    controls->addWidget(m_window);
    controls->addSpacing(12);
    controls->addWidget(m_compute);
    controls->addSpacing(12);
    controls->addWidget(m_progress);
    controls->addWidget(m_step, 1);

    m_message = wrappedLabel(u"messageLabel"_s, u"QLabel { font-size: 16px; color: #444; }"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary = wrappedLabel(u"summaryLabel"_s);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"insightTabWidget"_s);
    m_rfmTab = new InsightRfmTab;
    connect(m_rfmTab->chart(), &RfmChartView::segmentClicked, this, &InsightPage::showSegment);
    m_typesTab = new InsightTypesTab(Permissions::allows(m_ctx.actor.role, Permission::OwnerReports));
    connect(m_typesTab, &InsightTypesTab::typeChosen, this, &InsightPage::showType);
    connect(m_typesTab->thresholdEditor(), &InsightThresholdEditor::applyRequested, this,
            &InsightPage::applyThresholds);
    connect(m_typesTab->thresholdEditor(), &InsightThresholdEditor::mediansRequested, this,
            &InsightPage::useMedianThresholds);
    m_paretoTab = new InsightParetoTab;
    connect(m_paretoTab, &InsightParetoTab::topRequested, this, &InsightPage::showParetoTop);
    connect(m_paretoTab, &InsightParetoTab::potentialVipsRequested, this, &InsightPage::showPotentialVips);
    m_winBackTab = new InsightWinBackTab;
    connect(m_winBackTab, &InsightWinBackTab::listRequested, this, &InsightPage::showWinBack);
    m_tabs->addTab(m_rfmTab, tr("&RFM segments"));
    m_tabs->addTab(m_typesTab, tr("Loyalty &types"));
    m_tabs->addTab(m_paretoTab, tr("&20/80"));
    m_tabs->addTab(m_winBackTab, tr("Win &back"));
    m_list = new InsightMemberList(m_ctx);
    connect(m_list, &InsightMemberList::openMemberRequested, this, &InsightPage::openMemberRequested);
    connect(m_list, &InsightMemberList::audienceRequested, this, &InsightPage::eventAudienceRequested);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"insightSplitter"_s);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 620});
    auto* results = new QWidget;
    results->setObjectName(u"resultsWidget"_s);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(splitter, 1);

    m_content = new QStackedWidget;
    m_content->addWidget(m_message);
    m_content->addWidget(results);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_content, 1);

    m_watcher = new QFutureWatcher<Run>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, &InsightPage::onProgress);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &InsightPage::onFinished);
    connect(m_compute, &QPushButton::clicked, this, &InsightPage::compute);
    // Results stay for the date and window they were computed for; say so when the controls change.
    const auto markStale = [this] {
        if (isComputing() || !m_snapshot.ok)
            return;
        const bool same = m_asOf->date() == m_snapshot.window.asOf &&
                          m_window->currentData().toInt() == m_snapshot.window.days;
        m_step->setText(same ? QString()
                             : tr("Press Compute to update the figures for the new date or window."));
    };
    connect(m_asOf, &QDateEdit::dateChanged, this, markStale);
    connect(m_window, &QComboBox::currentIndexChanged, this, markStale);
    showMessage(tr("Press Compute to analyse your members' purchases."));
}

InsightPage::~InsightPage()
{
    // The worker owns nothing of ours, but it should not outlive the window that asked for it.
    if (m_watcher->isRunning()) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

RfmChartView* InsightPage::rfmChart() const
{
    return m_rfmTab->chart();
}

QuadrantChartView* InsightPage::quadrantChart() const
{
    return m_typesTab->chart();
}

ParetoChartView* InsightPage::paretoChart() const
{
    return m_paretoTab->chart();
}

bool InsightPage::isComputing() const
{
    // Until the result is on screen, not merely until the worker is done (its signal comes queued).
    return m_computing;
}

void InsightPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The event audience action only where someone takes the list (MainWindow connects it when events exist).
    m_list->setAudienceAvailable(
        isSignalConnected(QMetaMethod::fromSignal(&InsightPage::eventAudienceRequested)));
    // The first visit computes by itself: the owner opened the page to see the picture.
    if (!m_autoComputed) {
        m_autoComputed = true;
        QTimer::singleShot(0, this, &InsightPage::compute);
    }
}

QString InsightPage::stepText(InsightStep step)
{
    switch (step) {
    case InsightStep::LoadingHistory:
        return tr("Loading the purchase history…");
    case InsightStep::Rfm:
        return tr("Scoring recency, frequency and spend (RFM)…");
    case InsightStep::LoyaltyTypes:
        return tr("Sorting members into the four loyalty types…");
    case InsightStep::Pareto:
        return tr("Ranking members by spend (20/80)…");
    case InsightStep::FittingModels:
        return tr("Fitting the purchase and spend models (BG/NBD, Gamma-Gamma)…");
    case InsightStep::Predicting:
        return tr("Predicting who is slipping away and what they are worth…");
    }
    return {};
}

void InsightPage::compute()
{
    if (isComputing())
        return;
    m_autoComputed = true;
    const LoyaltyRules rules = RulesService(m_ctx).current();
    InsightOptions options;
    options.window.asOf = m_asOf->date();
    options.window.days = m_window->currentData().toInt();
    options.defaultMarginBp = rules.defaultMarginBp;
    options.tierCount = int(rules.tiers.size());
    options.typeOptions = InsightThresholds::load(m_ctx.db);
    m_typeOptions = options.typeOptions;
    const QString path = m_ctx.db.path();
    const Clock* clock = &m_ctx.clock;
    m_computing = true;
    m_elapsed.start();
    m_compute->setEnabled(false);
    m_progress->show();
    onProgress(0);
    if (m_content->currentWidget() == m_message) // earlier results stay on screen until the new ones come
        showMessage(tr("Analysing your members' purchases…"));
    m_watcher->setFuture(QtConcurrent::run(workerPool(), [path, options, clock](QPromise<Run>& promise) {
        promise.setProgressRange(0, kInsightStepCount);
        const auto progress = [&promise](InsightStep step) {
            promise.setProgressValue(int(step));
            return !promise.isCanceled();
        };
        // A connection of the worker's own (a connection stays in its thread): compute, then keep every
        // member's line for the member card in one transaction (WAL: the counter keeps reading meanwhile).
        Run run;
        Database db;
        QString error;
        // A file that cannot be written to still gets its figures, only not kept for the member cards.
        const bool writable = db.open(path, &run.storeError);
        if (!writable && !db.open(path, &error, Database::Access::ReadOnly)) {
            run.snapshot.window = options.window;
            run.snapshot.error = error;
            promise.addResult(std::move(run));
            return;
        }
        run.snapshot = Insight::compute(db, options, progress);
        if (writable && !promise.isCanceled())
            MemberInsightStore(ServiceContext{db, *clock, {}})
                .write(run.snapshot, &run.storeError, &run.stored);
        promise.addResult(std::move(run));
    }));
}

void InsightPage::onProgress(int step)
{
    if (step < 0 || step >= kInsightStepCount)
        return;
    m_step->setText(
        tr("Step %1 of %2: %3").arg(step + 1).arg(kInsightStepCount).arg(stepText(InsightStep(step))));
}

void InsightPage::onFinished()
{
    m_computing = false;
    m_compute->setEnabled(true);
    m_progress->hide();
    m_step->clear();
    if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0) {
        showMessage(tr("The computation was stopped."));
        return;
    }
    const Run run = m_watcher->result();
    m_snapshot = run.snapshot;
    m_storeError = run.storeError;
    if (run.stored)
        emit memberInsightStored();
    if (!m_snapshot.ok) {
        showMessage(m_snapshot.error);
        return;
    }
    showSnapshot();
}

void InsightPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_content->setCurrentWidget(m_message);
}

void InsightPage::showSnapshot()
{
    const InsightSnapshot& s = m_snapshot;
    const QLocale locale;
    const LoyaltyRules rules = RulesService(m_ctx).current();
    m_summary->setText(tr("From %1 to %2, %L3 of your %L4 members bought something.")
                           .arg(dateText(s.window.firstDay()), dateText(s.window.asOf))
                           .arg(s.rfm.members.size())
                           .arg(s.membersTotal) +
                       u" "_s +
                       tr("(Computed in %1 s.)").arg(locale.toString(m_elapsed.elapsed() / 1000.0, 'f', 1)) +
                       (m_storeError.isEmpty()
                            ? QString()
                            : u" "_s + tr("The member cards could not be updated: %1").arg(m_storeError)));

    m_rfmTab->showResult(s.rfm);
    m_typesTab->showResult(s.types, m_typeOptions);
    m_paretoTab->showResult(s, rules);
    m_winBackTab->showResult(s);

    m_content->setCurrentIndex(1);
    if (s.clvOk && !s.winBack.isEmpty())
        showWinBack();
    else
        showSegment(RfmSegment::Champions);
}

void InsightPage::applyThresholds()
{
    if (isComputing())
        return;
    LoyaltyTypeOptions options;
    if (m_typesTab->thresholdEditor()->chosenOptions(m_typeOptions,
                                                     m_snapshot.ok ? &m_snapshot.types : nullptr, &options))
        saveThresholds(options);
}

void InsightPage::useMedianThresholds()
{
    if (!isComputing())
        saveThresholds({});
}

void InsightPage::saveThresholds(const LoyaltyTypeOptions& options)
{
    QString error;
    if (!InsightThresholds::save(m_ctx, options, &error)) {
        m_typesTab->thresholdEditor()->showError(error);
        return;
    }
    m_typesTab->thresholdEditor()->hideError();
    compute();
}

void InsightPage::showSegment(RfmSegment segment)
{
    if (!m_snapshot.ok)
        return;
    QVector<const RfmMember*> members;
    for (const RfmMember& m : m_snapshot.rfm.members)
        if (m.segment == segment)
            members.append(&m);
    std::stable_sort(members.begin(), members.end(),
                     [](const RfmMember* a, const RfmMember* b) { return a->monetaryFen > b->monetaryFen; });
    QVector<qint64> ids;
    QVector<QVector<QVariant>> figures;
    for (const RfmMember* m : members) {
        ids.append(m->memberId);
        figures.append({QVariant::fromValue<qint64>(m->monetaryFen), m->frequency,
                        m_snapshot.window.asOf.addDays(-m->recencyDays)});
    }
    m_list->showList(Rfm::name(segment), Rfm::advice(segment),
                     {{tr("Spent in the window"), InsightFigureColumn::Kind::Money},
                      {tr("Visits in the window"), InsightFigureColumn::Kind::Count},
                      {tr("Last visit"), InsightFigureColumn::Kind::Date}},
                     ids, figures);
    m_rfmTab->showAdvice(segment);
}

void InsightPage::showType(LoyaltyType type)
{
    if (!m_snapshot.ok)
        return;
    QVector<const MemberLoyalty*> members;
    for (const MemberLoyalty& m : m_snapshot.types.members)
        if (m.type == type)
            members.append(&m);
    std::stable_sort(members.begin(), members.end(), [](const MemberLoyalty* a, const MemberLoyalty* b) {
        return a->profitFen > b->profitFen;
    });
    QVector<qint64> ids;
    QVector<QVector<QVariant>> figures;
    for (const MemberLoyalty* m : members) {
        ids.append(m->memberId);
        figures.append(
            {QVariant::fromValue<qint64>(m->profitFen), QVariant::fromValue<qint64>(m->paidFen), m->loyalty});
    }
    m_list->showList(LoyaltyTypes::name(type), LoyaltyTypes::treatment(type),
                     {{tr("Profit in the window"), InsightFigureColumn::Kind::Money},
                      {tr("Spent in the window"), InsightFigureColumn::Kind::Money},
                      {tr("Loyalty"), InsightFigureColumn::Kind::Decimal}},
                     ids, figures);
    m_typesTab->selectType(type);
}

void InsightPage::showParetoTop()
{
    if (!m_snapshot.ok || !m_snapshot.hasSpend)
        return;
    QVector<qint64> ids;
    QVector<QVector<QVariant>> figures;
    for (int i = 0; i < m_snapshot.pareto.topCount && i < m_snapshot.pareto.ranked.size(); ++i) {
        ids.append(m_snapshot.pareto.ranked[i].memberId);
        figures.append({QVariant::fromValue<qint64>(m_snapshot.pareto.ranked[i].spendFen)});
    }
    m_list->showList(tr("Top 20 % by spend"), m_paretoTab->headline(),
                     {{tr("Spent in the window"), InsightFigureColumn::Kind::Money}}, ids, figures);
}

void InsightPage::showPotentialVips()
{
    if (!m_snapshot.ok || !m_snapshot.hasSpend)
        return;
    QVector<qint64> ids;
    QVector<QVector<QVariant>> figures;
    for (const ParetoMember& m : m_snapshot.potentialVips) {
        ids.append(m.memberId);
        figures.append({QVariant::fromValue<qint64>(m.spendFen)});
    }
    m_list->showList(tr("Potential VIPs"), m_paretoTab->vipNote(),
                     {{tr("Spent in the window"), InsightFigureColumn::Kind::Money}}, ids, figures);
}

void InsightPage::showWinBack()
{
    if (!m_snapshot.ok || !m_snapshot.clvOk)
        return;
    QVector<qint64> ids;
    QVector<QVector<QVariant>> figures;
    for (const InsightWinBack& w : m_snapshot.winBack) {
        ids.append(w.memberId);
        figures.append({w.pAlive, QVariant::fromValue<qint64>(w.predictedValueFen),
                        QVariant::fromValue<qint64>(w.valueIfWonBackFen),
                        QVariant::fromValue<qint64>(w.pastSpendFen), w.lastDay});
    }
    const int weeks = m_snapshot.horizonWeeks;
    m_list->showList(
        tr("Win back"), tr("Valuable members who have probably stopped coming: call them or send an offer."),
        {{tr("Still a customer"), InsightFigureColumn::Kind::Probability,
          tr("How likely the member still buys from you, judged from their own rhythm of visits (BG/NBD).")},
         {tr("Predicted value"), InsightFigureColumn::Kind::Money,
          tr("What the member is expected to spend in the next %Ln week(s) if nothing is done: expected "
             "visits "
             "(BG/NBD) × expected spend per visit (Gamma-Gamma).",
             "", weeks)},
         {tr("If won back"), InsightFigureColumn::Kind::Money,
          tr("What the member would spend in the next %Ln week(s) as a customer again.", "", weeks)},
         {tr("Spent so far"), InsightFigureColumn::Kind::Money,
          tr("Everything the member has paid up to the date.")},
         {tr("Last visit"), InsightFigureColumn::Kind::Date}},
        ids, figures);
}

} // namespace md::ui

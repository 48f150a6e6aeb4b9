// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightPage.h"

#include "analytics/MemberInsightStore.h"
#include "common/Clock.h"
#include "common/Formatting.h"
#include "insight/InsightCharts.h"
#include "insight/InsightMemberList.h"
#include "security/Permissions.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

QLabel* wrappedLabel(const QString& objectName, const QString& style = QString())
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    if (!style.isEmpty())
        label->setStyleSheet(style);
    return label;
}

const QString kHeadlineStyle = u"QLabel { font-size: 17px; font-weight: bold; }"_s;
const QString kNoteStyle = u"QLabel { color: #555; }"_s;

} // namespace

InsightPage::InsightPage(const ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"insightPage"_s);

    auto* asOfLabel = new QLabel(tr("&As of:"));
    m_asOf = new QDateEdit(m_ctx.clock.today());
    m_asOf->setObjectName(u"asOfDateEdit"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
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
    m_tabs->addTab(buildRfmTab(), tr("&RFM segments"));
    m_tabs->addTab(buildTypesTab(), tr("Loyalty &types"));
    m_tabs->addTab(buildParetoTab(), tr("&20/80"));
    m_tabs->addTab(buildWinBackTab(), tr("Win &back"));
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

bool InsightPage::isComputing() const
{
    // Until the result is on screen, not merely until the worker is done (its signal comes queued).
    return m_computing;
}

QWidget* InsightPage::buildRfmTab()
{
    m_rfmChart = new RfmChartView;
    m_rfmAdvice = wrappedLabel(u"rfmAdviceLabel"_s);
    m_rfmAdvice->setMinimumHeight(m_rfmAdvice->fontMetrics().height() * 2 + 4);
    auto* hint = wrappedLabel(u"rfmHintLabel"_s, kNoteStyle);
    hint->setText(
        tr("Members who bought in the window, scored 1–5 on how recently (R), how often (F) and how "
           "much (M) they bought. Click a bar (or use the arrow keys and Enter) to list its members."));
    connect(m_rfmChart, &RfmChartView::segmentClicked, this, &InsightPage::showSegment);
    connect(m_rfmChart, &RfmChartView::segmentHovered, this, [this](RfmSegment s, bool entered) {
        if (entered)
            m_rfmAdvice->setText(
                u"<b>%1</b>: %2"_s.arg(Rfm::name(s).toHtmlEscaped(), Rfm::advice(s).toHtmlEscaped()));
    });
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_rfmChart, 1);
    layout->addWidget(m_rfmAdvice);
    layout->addWidget(hint);
    return tab;
}

QWidget* InsightPage::buildTypesTab()
{
    m_quadrantChart = new QuadrantChartView;
    connect(m_quadrantChart, &QuadrantChartView::typeClicked, this, &InsightPage::showType);
    m_thresholds = wrappedLabel(u"thresholdsLabel"_s, kNoteStyle);

    // The owner may move the two lines of the quadrant; unset, they are the window's medians.
    m_thresholdEditor = new QWidget;
    m_thresholdEditor->setObjectName(u"thresholdEditorWidget"_s);
    auto* profitLabel = new QLabel(tr("&Profitable above (¥):"));
    m_profitThreshold = new QLineEdit;
    m_profitThreshold->setObjectName(u"profitThresholdLineEdit"_s);
    m_profitThreshold->setMaximumWidth(100);
    m_profitThreshold->setToolTip(tr("Profit in the window above which a member counts as profitable."));
    profitLabel->setBuddy(m_profitThreshold);
    auto* loyaltyLabel = new QLabel(tr("Loyal abo&ve:"));
    m_loyaltyThreshold = new QDoubleSpinBox;
    m_loyaltyThreshold->setObjectName(u"loyaltyThresholdDoubleSpinBox"_s);
    m_loyaltyThreshold->setDecimals(1);
    m_loyaltyThreshold->setRange(0, 10000);
    m_loyaltyThreshold->setSingleStep(0.5);
    m_loyaltyThreshold->setToolTip(
        tr("Loyalty score (visits in the window × regularity) above which a member counts as loyal."));
    loyaltyLabel->setBuddy(m_loyaltyThreshold);
    m_applyThresholds = new QPushButton(tr("Appl&y"));
    m_applyThresholds->setObjectName(u"applyThresholdsPushButton"_s);
    m_medianThresholds = new QPushButton(tr("Use me&dians"));
    m_medianThresholds->setObjectName(u"medianThresholdsPushButton"_s);
    m_thresholdError = wrappedLabel(u"thresholdErrorLabel"_s, errorLabelStyle());
    m_thresholdError->hide();
    auto* editorRow = new QHBoxLayout;
    editorRow->setContentsMargins(0, 0, 0, 0);
    editorRow->addWidget(profitLabel);
    editorRow->addWidget(m_profitThreshold);
    editorRow->addSpacing(8);
    editorRow->addWidget(loyaltyLabel);
    editorRow->addWidget(m_loyaltyThreshold);
    editorRow->addSpacing(8);
    editorRow->addWidget(m_applyThresholds);
    editorRow->addWidget(m_medianThresholds);
    editorRow->addStretch();
    auto* editorLayout = new QVBoxLayout(m_thresholdEditor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(editorRow);
    editorLayout->addWidget(m_thresholdError);
    // Core refuses anyone else (Permission::OwnerReports); the screen does not offer it.
    m_thresholdEditor->setVisible(Permissions::allows(m_ctx.actor.role, Permission::OwnerReports));
    connect(m_applyThresholds, &QPushButton::clicked, this, &InsightPage::applyThresholds);
    connect(m_profitThreshold, &QLineEdit::returnPressed, this, &InsightPage::applyThresholds);
    connect(m_medianThresholds, &QPushButton::clicked, this, &InsightPage::useMedianThresholds);
    m_typeTable = new QTableWidget(kLoyaltyTypeCount, 4);
    m_typeTable->setObjectName(u"typeTableWidget"_s);
    m_typeTable->setHorizontalHeaderLabels({tr("Type"), tr("Members"), tr("Spent"), tr("What to do")});
    m_typeTable->verticalHeader()->hide();
    m_typeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_typeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_typeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_typeTable->setWordWrap(true);
    m_typeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_typeTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_typeTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_typeTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_typeTable->installEventFilter(this);
    connect(m_typeTable, &QTableWidget::cellClicked, this,
            [this](int row, int) { showType(LoyaltyTypes::types().value(row)); });
    connect(m_typeTable, &QTableWidget::cellActivated, this,
            [this](int row, int) { showType(LoyaltyTypes::types().value(row)); });
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    m_quadrantChart->setMinimumHeight(220);
    layout->addWidget(m_quadrantChart, 1);
    layout->addWidget(m_thresholds);
    layout->addWidget(m_thresholdEditor);
    layout->addWidget(m_typeTable);
    return tab;
}

QWidget* InsightPage::buildParetoTab()
{
    m_paretoLabel = wrappedLabel(u"paretoLabel"_s, kHeadlineStyle);
    m_paretoDetail = wrappedLabel(u"paretoDetailLabel"_s, kNoteStyle);
    m_paretoChart = new ParetoChartView;
    connect(m_paretoChart, &ParetoChartView::clicked, this, &InsightPage::showParetoTop);
    m_topButton = new QPushButton;
    m_topButton->setObjectName(u"topPushButton"_s);
    connect(m_topButton, &QPushButton::clicked, this, &InsightPage::showParetoTop);
    m_vipButton = new QPushButton;
    m_vipButton->setObjectName(u"vipPushButton"_s);
    connect(m_vipButton, &QPushButton::clicked, this, &InsightPage::showPotentialVips);
    m_vipNote = wrappedLabel(u"vipNoteLabel"_s, kNoteStyle);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_topButton);
    buttons->addWidget(m_vipButton);
    buttons->addStretch();
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_paretoLabel);
    layout->addWidget(m_paretoDetail);
    layout->addWidget(m_paretoChart, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_vipNote);
    return tab;
}

QWidget* InsightPage::buildWinBackTab()
{
    m_winBackHeadline = wrappedLabel(u"winBackHeadlineLabel"_s, kHeadlineStyle);
    m_winBackDetail = wrappedLabel(u"winBackDetailLabel"_s);
    m_winBackDetail->setTextFormat(Qt::RichText);
    m_winBackButton = new QPushButton(tr("Show the win-back &list"));
    m_winBackButton->setObjectName(u"winBackPushButton"_s);
    connect(m_winBackButton, &QPushButton::clicked, this, &InsightPage::showWinBack);
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_winBackHeadline);
    layout->addSpacing(8);
    layout->addWidget(m_winBackDetail);
    layout->addSpacing(8);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_winBackButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    return tab;
}

void InsightPage::fitTypeTable()
{
    // As tall as its four rows at the current width (the treatments wrap): the rest goes to the chart.
    m_typeTable->resizeRowsToContents();
    int height = m_typeTable->horizontalHeader()->sizeHint().height() + 2 * m_typeTable->frameWidth();
    for (int row = 0; row < kLoyaltyTypeCount; ++row)
        height += m_typeTable->rowHeight(row);
    if (m_typeTable->height() != height)
        m_typeTable->setFixedHeight(height);
}

bool InsightPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_typeTable && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            QTimer::singleShot(0, this, &InsightPage::fitTypeTable);
    }
    return QWidget::eventFilter(watched, event);
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
    m_watcher->setFuture(QtConcurrent::run([path, options, clock](QPromise<Run>& promise) {
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

    m_rfmChart->setResult(s.rfm);
    m_rfmAdvice->setText(tr("Point at a bar to see what to do about its members."));

    m_quadrantChart->setResult(s.types);
    showThresholds();
    for (LoyaltyType t : LoyaltyTypes::types()) {
        const int row = int(t);
        auto* name = new QTableWidgetItem(LoyaltyTypes::name(t));
        name->setForeground(QuadrantChartView::typeColor(t));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_typeTable->setItem(row, 0, name);
        auto* count = new QTableWidgetItem(locale.toString(s.types.counts[size_t(t)]));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_typeTable->setItem(row, 1, count);
        auto* paid = new QTableWidgetItem(money(s.types.paidFen[size_t(t)]));
        paid->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_typeTable->setItem(row, 2, paid);
        m_typeTable->setItem(row, 3, new QTableWidgetItem(LoyaltyTypes::treatment(t)));
    }
    fitTypeTable();

    m_paretoChart->setVisible(s.hasSpend);
    m_topButton->setEnabled(s.hasSpend);
    m_vipButton->setEnabled(s.hasSpend && !s.potentialVips.isEmpty());
    if (s.hasSpend) {
        m_paretoLabel->setText(tr("The top 20 % of members bring %1 % of sales")
                                   .arg(locale.toString(qRound(s.pareto.topShare * 100))));
        m_paretoDetail->setText(
            tr("%Ln member(s) out of %L2 who paid spent %3 of %4 in the window.", "", s.pareto.topCount)
                .arg(s.pareto.ranked.size())
                .arg(money(s.pareto.topSpendFen), money(s.pareto.totalSpendFen)));
        m_paretoChart->setResult(s.pareto);
        m_topButton->setText(tr("List the top 20 % (%L1)").arg(s.pareto.topCount));
        m_vipButton->setText(tr("Potential VIPs (%L1)").arg(s.potentialVips.size()));
        const int firstTop = Pareto::defaultFirstTopTier(int(rules.tiers.size()));
        m_vipNote->setText(tr("Potential VIPs are among the top 20 % but below %1: invite them to move up.")
                               .arg(rules.tierDisplayName(firstTop)));
    } else {
        m_paretoLabel->setText(s.paretoMessage);
        m_paretoDetail->clear();
        m_topButton->setText(tr("List the top 20 %"));
        m_vipButton->setText(tr("Potential VIPs"));
        m_vipNote->clear();
    }

    if (s.clvOk) {
        m_winBackHeadline->setText(
            tr("%Ln valuable member(s) have probably stopped coming.", "", int(s.winBack.size())));
        const QString detail =
            tr("<p><b>Valuable</b>: they spent at least as much as the top 20 % of customers so far. "
               "<b>Probably stopped</b>: the chance that they are still your customers, judged from each "
               "one's "
               "own rhythm of visits, is below %1.</p>")
                .arg(locale.toString(qRound(s.pAliveThreshold * 100)) + locale.percent()) +
            u"<p>"_s +
            tr("Left alone, they are expected to spend %1 in the next %n week(s) (expected visits × expected "
               "spend per visit); won back, about %2.",
               "", s.horizonWeeks)
                .arg(money(s.winBackValueFen), money(s.winBackIfWonFen)) +
            u"</p><p style=\"color:#555\">"_s +
            tr("Models: BG/NBD on %L1 customers (%L2 came back) and Gamma-Gamma spend, up to %3.")
                .arg(s.purchases.customers)
                .arg(s.purchases.repeatCustomers)
                .arg(dateText(s.window.asOf)) +
            u"</p>"_s;
        m_winBackDetail->setText(detail);
        m_winBackButton->setEnabled(!s.winBack.isEmpty());
    } else {
        m_winBackHeadline->setText(tr("No win-back list yet"));
        m_winBackDetail->setText(s.clvMessage.toHtmlEscaped());
        m_winBackButton->setEnabled(false);
    }

    m_content->setCurrentIndex(1);
    if (s.clvOk && !s.winBack.isEmpty())
        showWinBack();
    else
        showSegment(RfmSegment::Champions);
}

void InsightPage::showThresholds()
{
    const InsightSnapshot& s = m_snapshot;
    const QLocale locale;
    const QString profit = money(s.types.profitThresholdFen);
    const QString loyalty = locale.toString(s.types.loyaltyThreshold, 'f', 1);
    QStringList sentences;
    sentences << (m_typeOptions.profitThresholdFen
                      ? tr("Profitable: more than %1 profit in the window (your threshold).").arg(profit)
                      : tr("Profitable: more than %1 profit in the window (the median).").arg(profit));
    sentences << (m_typeOptions.loyaltyThreshold
                      ? tr("Loyal: a loyalty score above %1 (your threshold).").arg(loyalty)
                      : tr("Loyal: a loyalty score above %1 (the median).").arg(loyalty));
    sentences << tr("Click a quadrant or a row to list its members.");
    m_thresholds->setText(sentences.join(u' '));
    // The editor shows the lines in effect, so "Apply" after changing one keeps the other where it was.
    m_profitThreshold->setText(formatYuanPlain(s.types.profitThresholdFen));
    m_loyaltyThreshold->setValue(s.types.loyaltyThreshold);
    m_medianThresholds->setEnabled(m_typeOptions.profitThresholdFen || m_typeOptions.loyaltyThreshold);
    m_thresholdError->hide();
}

void InsightPage::applyThresholds()
{
    if (isComputing())
        return;
    LoyaltyTypeOptions options;
    Fen profit = 0;
    QString error;
    if (!parseYuan(m_profitThreshold->text().trimmed(), &profit, &error)) {
        m_thresholdError->setText(tr("Profit threshold: %1").arg(error));
        m_thresholdError->show();
        m_profitThreshold->setFocus();
        m_profitThreshold->selectAll();
        return;
    }
    // A line left where the median put it stays the median (it moves with the data); a changed one is kept.
    const bool profitChanged =
        m_typeOptions.profitThresholdFen || !m_snapshot.ok || profit != m_snapshot.types.profitThresholdFen;
    const double loyalty = m_loyaltyThreshold->value();
    const bool loyaltyChanged = m_typeOptions.loyaltyThreshold || !m_snapshot.ok ||
                                qRound64(loyalty * 10) != qRound64(m_snapshot.types.loyaltyThreshold *
                                                                   10); // the box shows one decimal
    if (profitChanged)
        options.profitThresholdFen = profit;
    if (loyaltyChanged)
        options.loyaltyThreshold = loyalty;
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
        m_thresholdError->setText(error);
        m_thresholdError->show();
        return;
    }
    m_thresholdError->hide();
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
    m_rfmAdvice->setText(
        u"<b>%1</b>: %2"_s.arg(Rfm::name(segment).toHtmlEscaped(), Rfm::advice(segment).toHtmlEscaped()));
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
    m_typeTable->selectRow(int(type));
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
    m_list->showList(tr("Top 20 % by spend"), m_paretoLabel->text(),
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
    m_list->showList(tr("Potential VIPs"), m_vipNote->text(),
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
          tr("What the member is expected to spend in the next %n week(s) if nothing is done: expected "
             "visits "
             "(BG/NBD) × expected spend per visit (Gamma-Gamma).",
             "", weeks)},
         {tr("If won back"), InsightFigureColumn::Kind::Money,
          tr("What the member would spend in the next %n week(s) as a customer again.", "", weeks)},
         {tr("Spent so far"), InsightFigureColumn::Kind::Money,
          tr("Everything the member has paid up to the date.")},
         {tr("Last visit"), InsightFigureColumn::Kind::Date}},
        ids, figures);
}

} // namespace md::ui

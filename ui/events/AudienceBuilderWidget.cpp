// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/AudienceBuilderWidget.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "events/AudienceModel.h"
#include "events/EventService.h"
#include "security/Permissions.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

constexpr int kDebounceMs = 250;

QTableView* memberTable(QAbstractItemModel* model, const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QGroupBox* checkGroup(const QString& title, const QStringList& names, QVector<QCheckBox*>* boxes,
                      const QString& objectPrefix, int columns)
{
    auto* group = new QGroupBox(title);
    auto* grid = new QGridLayout(group);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < names.size(); ++i) {
        auto* box = new QCheckBox(names.at(i));
        box->setObjectName(u"%1%2CheckBox"_s.arg(objectPrefix).arg(i));
        grid->addWidget(box, i / columns, i % columns);
        boxes->append(box);
    }
    return group;
}

} // namespace

AudienceBuilderWidget::AudienceBuilderWidget(const ServiceContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_search(ctx.db)
{
    setObjectName(u"audienceBuilderWidget"_s);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AudienceBuilderWidget::startEvaluation);
    m_loader = new QFutureWatcher<Loaded>(this);
    connect(m_loader, &QFutureWatcherBase::finished, this, &AudienceBuilderWidget::onDataLoaded);
    m_evaluator = new QFutureWatcher<Audience>(this);
    connect(m_evaluator, &QFutureWatcherBase::finished, this, &AudienceBuilderWidget::onEvaluated);

    auto* criteria = buildCriteria();
    auto* results = buildResults();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(criteria);
    layout->addWidget(results, 1);
    updateButtons();
}

AudienceBuilderWidget::~AudienceBuilderWidget()
{
    // Neither worker touches this widget, but they should not outlive it either.
    m_loader->waitForFinished();
    m_evaluator->waitForFinished();
}

QWidget* AudienceBuilderWidget::buildCriteria()
{
    const LoyaltyRules rules = RulesService(m_ctx).current();
    QStringList tierNames;
    for (int i = 0; i < int(rules.tiers.size()); ++i)
        tierNames << rules.tierDisplayName(i);
    QStringList typeNames;
    for (LoyaltyType type : LoyaltyTypes::types())
        typeNames << LoyaltyTypes::name(type);
    QStringList segmentNames;
    for (RfmSegment segment : Rfm::segments())
        segmentNames << Rfm::name(segment);

    auto* tiers = checkGroup(tr("Tier"), tierNames, &m_tiers, u"tier"_s, 3);
    auto* types = checkGroup(tr("Loyalty type (last 12 months)"), typeNames, &m_types, u"type"_s, 2);
    auto* segments =
        checkGroup(tr("RFM segment (last 12 months)"), segmentNames, &m_segments, u"segment"_s, 2);

    m_useSpend = new QCheckBox(tr("Spent at &least"));
    m_useSpend->setObjectName(u"spendCheckBox"_s);
    m_minSpend = new QLineEdit;
    m_minSpend->setObjectName(u"minSpendLineEdit"_s);
    m_minSpend->setPlaceholderText(tr("yuan"));
    m_minSpend->setMaximumWidth(m_minSpend->fontMetrics().horizontalAdvance(u"0"_s) * 11);
    m_spendDays = new QSpinBox;
    m_spendDays->setObjectName(u"spendDaysSpinBox"_s);
    m_spendDays->setRange(1, AudienceFilter::kMaxSpendDays);
    m_spendDays->setValue(365);
    m_spendDays->setPrefix(tr("in "));
    m_spendDays->setSuffix(tr(" days"));
    auto* spendRow = new QHBoxLayout;
    spendRow->addWidget(m_useSpend);
    spendRow->addWidget(m_minSpend);
    spendRow->addWidget(m_spendDays);
    spendRow->addStretch();

    m_usePAlive = new QCheckBox(tr("Still a customer, &probability at least"));
    m_usePAlive->setObjectName(u"pAliveCheckBox"_s);
    m_usePAlive->setToolTip(tr("The purchase model's estimate that the member still shops here (P(alive))."));
    m_pAlive = new QSpinBox;
    m_pAlive->setObjectName(u"pAliveSpinBox"_s);
    m_pAlive->setRange(0, 100);
    m_pAlive->setValue(50);
    m_pAlive->setSuffix(u" %"_s);
    auto* pAliveRow = new QHBoxLayout;
    pAliveRow->addWidget(m_usePAlive);
    pAliveRow->addWidget(m_pAlive);
    pAliveRow->addStretch();

    auto* birthdayLabel = new QLabel(tr("&Birthday in"));
    m_birthdayMonth = new QComboBox;
    m_birthdayMonth->setObjectName(u"birthdayMonthComboBox"_s);
    m_birthdayMonth->addItem(tr("any month"), 0);
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_birthdayMonth->addItem(locale.monthName(month), month);
    birthdayLabel->setBuddy(m_birthdayMonth);
    auto* birthdayRow = new QHBoxLayout;
    birthdayRow->addWidget(birthdayLabel);
    birthdayRow->addWidget(m_birthdayMonth);
    birthdayRow->addStretch();

    const QDate today = m_ctx.clock.now().date();
    m_useVisitAfter = new QCheckBox(tr("Last visit &after"));
    m_useVisitAfter->setObjectName(u"visitAfterCheckBox"_s);
    m_visitAfter = new QDateEdit(today.addMonths(-3));
    m_visitAfter->setObjectName(u"visitAfterDateEdit"_s);
    m_visitAfter->setCalendarPopup(true);
    m_useVisitBefore = new QCheckBox(tr("Last visit be&fore"));
    m_useVisitBefore->setObjectName(u"visitBeforeCheckBox"_s);
    m_visitBefore = new QDateEdit(today.addMonths(-6));
    m_visitBefore->setObjectName(u"visitBeforeDateEdit"_s);
    m_visitBefore->setCalendarPopup(true);
    auto* visitGrid = new QGridLayout;
    visitGrid->addWidget(m_useVisitAfter, 0, 0);
    visitGrid->addWidget(m_visitAfter, 0, 1);
    visitGrid->addWidget(m_useVisitBefore, 1, 0);
    visitGrid->addWidget(m_visitBefore, 1, 1);
    visitGrid->setColumnStretch(2, 1);

    m_useReferrals = new QCheckBox(tr("Brought in at least"));
    m_useReferrals->setObjectName(u"referralsCheckBox"_s);
    m_referrals = new QSpinBox;
    m_referrals->setObjectName(u"referralsSpinBox"_s);
    m_referrals->setRange(1, 1000);
    m_referrals->setSuffix(tr(" new member(s)"));
    auto* referralRow = new QHBoxLayout;
    referralRow->addWidget(m_useReferrals);
    referralRow->addWidget(m_referrals);
    referralRow->addStretch();

    auto* more = new QGroupBox(tr("Spend and visits"));
    auto* moreLayout = new QVBoxLayout(more);
    moreLayout->setContentsMargins(8, 4, 8, 4);
    moreLayout->setSpacing(4);
    moreLayout->addLayout(spendRow);
    moreLayout->addLayout(pAliveRow);
    moreLayout->addLayout(visitGrid);
    moreLayout->addLayout(birthdayRow);
    moreLayout->addLayout(referralRow);

    auto* clear = new QPushButton(tr("Clear criteria"));
    clear->setObjectName(u"clearPushButton"_s);
    connect(clear, &QPushButton::clicked, this, [this] {
        AudienceFilter filter;
        filter.addedMemberIds = m_added;
        filter.removedMemberIds = m_removed;
        setFilter(filter);
    });
    auto* hint = new QLabel(tr("No criterion ticked: every member who consented is a guest."));
    hint->setWordWrap(true);
    hint->setStyleSheet(u"QLabel { color: #666; }"_s);

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(tiers);
    layout->addWidget(types);
    layout->addWidget(segments);
    layout->addWidget(more);
    layout->addWidget(hint);
    layout->addWidget(clear, 0, Qt::AlignLeft);
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"criteriaScrollArea"_s);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4);
    scroll->setMaximumWidth(scroll->minimumWidth() + 40);

    // Any change re-counts after a short pause (typing an amount is several changes).
    const auto changed = [this] {
        if (!m_settingFilter)
            scheduleEvaluation();
    };
    for (auto* box : m_tiers + m_types + m_segments)
        connect(box, &QCheckBox::toggled, this, changed);
    for (QCheckBox* box : {m_useSpend, m_usePAlive, m_useVisitAfter, m_useVisitBefore, m_useReferrals})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_minSpend, &QLineEdit::textChanged, this, changed);
    connect(m_minSpend, &QLineEdit::textEdited, m_useSpend, [this] { m_useSpend->setChecked(true); });
    connect(m_spendDays, &QSpinBox::valueChanged, this, changed);
    connect(m_pAlive, &QSpinBox::valueChanged, this, changed);
    connect(m_pAlive, &QSpinBox::valueChanged, m_usePAlive, [this] {
        if (!m_settingFilter)
            m_usePAlive->setChecked(true);
    });
    connect(m_birthdayMonth, &QComboBox::currentIndexChanged, this, changed);
    connect(m_visitAfter, &QDateEdit::dateChanged, this, changed);
    connect(m_visitAfter, &QDateEdit::dateChanged, m_useVisitAfter, [this] {
        if (!m_settingFilter)
            m_useVisitAfter->setChecked(true);
    });
    connect(m_visitBefore, &QDateEdit::dateChanged, this, changed);
    connect(m_visitBefore, &QDateEdit::dateChanged, m_useVisitBefore, [this] {
        if (!m_settingFilter)
            m_useVisitBefore->setChecked(true);
    });
    connect(m_referrals, &QSpinBox::valueChanged, this, changed);
    connect(m_referrals, &QSpinBox::valueChanged, m_useReferrals, [this] {
        if (!m_settingFilter)
            m_useReferrals->setChecked(true);
    });
    return scroll;
}

QWidget* AudienceBuilderWidget::buildResults()
{
    m_count = new QLabel;
    m_count->setObjectName(u"countLabel"_s);
    m_count->setStyleSheet(u"QLabel { font-size: 18px; font-weight: bold; }"_s);
    m_busy = new QProgressBar;
    m_busy->setObjectName(u"busyProgressBar"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_busy);

    m_warnings = new QLabel;
    m_warnings->setObjectName(u"warningsLabel"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(
        u"QLabel { background: #fff6e0; color: #6b4c00; padding: 6px; border-radius: 4px; }"_s);
    m_warnings->hide();
    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* addLabel = new QLabel(tr("A&dd a member:"));
    m_addMember = new QLineEdit;
    m_addMember->setObjectName(u"addMemberLineEdit"_s);
    m_addMember->setPlaceholderText(tr("phone, card number or name, then Enter"));
    addLabel->setBuddy(m_addMember);
    connect(m_addMember, &QLineEdit::returnPressed, this, &AudienceBuilderWidget::submitAddMember);

    m_matchedModel = new AudienceModel(AudienceModel::Kind::Matched, m_ctx.actor.role, this);
    m_excludedModel = new AudienceModel(AudienceModel::Kind::Excluded, m_ctx.actor.role, this);
    m_matchedView = memberTable(m_matchedModel, u"matchedTableView"_s);
    m_excludedView = memberTable(m_excludedModel, u"excludedTableView"_s);
    m_lists = new QTabWidget;
    m_lists->setObjectName(u"listsTabWidget"_s);
    m_lists->addTab(m_matchedView, tr("Guests"));
    m_lists->addTab(m_excludedView, tr("Not invited"));

    m_remove = new QPushButton(tr("&Remove from list"));
    m_remove->setObjectName(u"removePushButton"_s);
    m_remove->setToolTip(tr("Takes the selected guests off the list (Delete)."));
    m_putBack = new QPushButton(tr("&Put back"));
    m_putBack->setObjectName(u"putBackPushButton"_s);
    m_putBack->setToolTip(tr("Puts members removed by hand back on the list."));
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_matchedView->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &AudienceBuilderWidget::removeSelected);
    connect(m_remove, &QPushButton::clicked, this, &AudienceBuilderWidget::removeSelected);
    connect(m_putBack, &QPushButton::clicked, this, &AudienceBuilderWidget::putBackSelected);
    connect(m_lists, &QTabWidget::currentChanged, this, &AudienceBuilderWidget::updateButtons);
    for (QTableView* view : {m_matchedView, m_excludedView}) {
        view->setToolTip(tr("Double-click or Enter opens the member at the counter."));
        connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
            emit openMemberRequested(index.data(AudienceModel::MemberIdRole).toLongLong());
        });
    }
    connect(m_matchedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AudienceBuilderWidget::updateButtons);
    connect(m_excludedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AudienceBuilderWidget::updateButtons);

    m_save = new QPushButton(tr("&Save guest list"));
    m_save->setObjectName(u"savePushButton"_s);
    connect(m_save, &QPushButton::clicked, this, &AudienceBuilderWidget::save);
    if (Permissions::allows(m_ctx.actor.role, Permission::ExportData)) {
        m_export = new QPushButton(tr("E&xport CSV…"));
        m_export->setObjectName(u"exportPushButton"_s);
        connect(m_export, &QPushButton::clicked, this, &AudienceBuilderWidget::chooseExportFile);
    }
    m_invite = new QPushButton(tr("&Invite…"));
    m_invite->setObjectName(u"invitePushButton"_s);
    m_invite->setStyleSheet(u"QPushButton { font-weight: bold; padding: 4px 16px; }"_s);
    connect(m_invite, &QPushButton::clicked, this, &AudienceBuilderWidget::confirmAndInvite);

    // By hand: add one member, take the selected ones off, put removed ones back.
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(addLabel);
    addRow->addWidget(m_addMember, 1);
    addRow->addWidget(m_remove);
    addRow->addWidget(m_putBack);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    if (m_export)
        buttons->addWidget(m_export);
    buttons->addWidget(m_invite);

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(countRow);
    layout->addWidget(m_warnings);
    layout->addWidget(m_message);
    layout->addWidget(m_lists, 1);
    layout->addLayout(addRow);
    layout->addLayout(buttons);
    return panel;
}

void AudienceBuilderWidget::setEvent(const Event& event)
{
    m_event = event;
    m_invited = EventInvitations(m_ctx).invitedMemberIds(event.id);
    m_savedFilter = event.audience;
    m_message->hide();
    setFilter(event.audience);
    if (!m_builder && !m_loading)
        reloadData();
}

void AudienceBuilderWidget::reloadData()
{
    if (m_loading)
        return;
    m_loading = true;
    const QString path = m_ctx.db.path();
    const QDate asOf = m_ctx.clock.now().date();
    m_busy->show();
    if (!m_builder)
        m_count->setText(tr("Loading the members and their figures…"));
    m_loader->setFuture(QtConcurrent::run([path, asOf] {
        Loaded loaded;
        AudienceData data;
        if (AudienceBuilder::loadOnPath(path, asOf, &data, &loaded.error))
            loaded.builder = std::make_shared<const AudienceBuilder>(std::move(data));
        return loaded;
    }));
    updateButtons();
}

void AudienceBuilderWidget::onDataLoaded()
{
    m_loading = false;
    Loaded loaded = m_loader->result();
    if (!loaded.builder) {
        // Earlier figures, if any, stay usable; the failure is said either way.
        m_busy->hide();
        if (!m_builder)
            m_count->clear();
        showMessage(tr("The members and their figures could not be loaded: %1").arg(loaded.error), true);
        updateButtons();
        return;
    }
    m_builder = std::move(loaded.builder);
    startEvaluation();
}

bool AudienceBuilderWidget::isBusy() const
{
    return m_loading || m_evaluating || m_debounce->isActive() || m_evaluationPending;
}

AudienceFilter AudienceBuilderWidget::currentFilter() const
{
    AudienceFilter filter;
    for (int i = 0; i < m_tiers.size(); ++i)
        if (m_tiers.at(i)->isChecked())
            filter.tiers.append(i);
    const QVector<LoyaltyType> types = LoyaltyTypes::types();
    for (int i = 0; i < m_types.size(); ++i)
        if (m_types.at(i)->isChecked())
            filter.loyaltyTypes.append(types.at(i));
    const QVector<RfmSegment> segments = Rfm::segments();
    for (int i = 0; i < m_segments.size(); ++i)
        if (m_segments.at(i)->isChecked())
            filter.rfmSegments.append(segments.at(i));
    if (m_useSpend->isChecked()) {
        Fen fen = 0;
        if (parseYuan(m_minSpend->text().trimmed().isEmpty() ? u"0"_s : m_minSpend->text(), &fen))
            filter.minSpendFen = fen;
        filter.spendDays = m_spendDays->value();
    }
    if (m_usePAlive->isChecked())
        filter.minPAlive = m_pAlive->value() / 100.0;
    if (m_birthdayMonth->currentData().toInt() > 0)
        filter.birthdayMonth = m_birthdayMonth->currentData().toInt();
    if (m_useVisitAfter->isChecked())
        filter.lastVisitAfter = m_visitAfter->date();
    if (m_useVisitBefore->isChecked())
        filter.lastVisitBefore = m_visitBefore->date();
    if (m_useReferrals->isChecked())
        filter.minReferrals = m_referrals->value();
    filter.addedMemberIds = m_added;
    filter.removedMemberIds = m_removed;
    return filter;
}

void AudienceBuilderWidget::setFilter(const AudienceFilter& filter)
{
    m_settingFilter = true;
    for (int i = 0; i < m_tiers.size(); ++i)
        m_tiers.at(i)->setChecked(filter.tiers.contains(i));
    const QVector<LoyaltyType> types = LoyaltyTypes::types();
    for (int i = 0; i < m_types.size(); ++i)
        m_types.at(i)->setChecked(filter.loyaltyTypes.contains(types.at(i)));
    const QVector<RfmSegment> segments = Rfm::segments();
    for (int i = 0; i < m_segments.size(); ++i)
        m_segments.at(i)->setChecked(filter.rfmSegments.contains(segments.at(i)));
    m_useSpend->setChecked(filter.minSpendFen.has_value());
    m_minSpend->setText(filter.minSpendFen ? formatYuanPlain(*filter.minSpendFen) : QString());
    m_spendDays->setValue(filter.spendDays);
    m_usePAlive->setChecked(filter.minPAlive.has_value());
    if (filter.minPAlive)
        m_pAlive->setValue(qRound(*filter.minPAlive * 100));
    m_birthdayMonth->setCurrentIndex(qMax(0, m_birthdayMonth->findData(filter.birthdayMonth.value_or(0))));
    m_useVisitAfter->setChecked(filter.lastVisitAfter.isValid());
    if (filter.lastVisitAfter.isValid())
        m_visitAfter->setDate(filter.lastVisitAfter);
    m_useVisitBefore->setChecked(filter.lastVisitBefore.isValid());
    if (filter.lastVisitBefore.isValid())
        m_visitBefore->setDate(filter.lastVisitBefore);
    m_useReferrals->setChecked(filter.minReferrals.has_value());
    if (filter.minReferrals)
        m_referrals->setValue(*filter.minReferrals);
    m_added = filter.addedMemberIds;
    m_removed = filter.removedMemberIds;
    m_settingFilter = false;
    scheduleEvaluation();
}

bool AudienceBuilderWidget::hasUnsavedChanges() const
{
    return m_event.isValid() && currentFilter() != m_savedFilter;
}

void AudienceBuilderWidget::scheduleEvaluation()
{
    m_debounce->start();
    if (m_builder)
        m_busy->show();
    updateButtons();
}

void AudienceBuilderWidget::startEvaluation()
{
    m_debounce->stop();
    if (!m_builder || !m_event.isValid()) {
        updateButtons();
        return;
    }
    if (m_evaluating) {
        m_evaluationPending = true; // one more pass with the newest filter when this one is done
        return;
    }
    m_evaluationPending = false;
    if (m_useSpend->isChecked() && !m_minSpend->text().trimmed().isEmpty()) {
        Fen fen = 0;
        QString error;
        if (!parseYuan(m_minSpend->text(), &fen, &error)) {
            m_busy->hide();
            showMessage(tr("Minimum spend: %1").arg(error), true);
            updateButtons();
            return;
        }
    }
    const AudienceFilter filter = currentFilter();
    QString error;
    if (!filter.validate(&error)) {
        m_busy->hide();
        showMessage(error, true);
        updateButtons();
        return;
    }
    if (m_message->property("filterError").toBool())
        m_message->hide();
    m_busy->show();
    m_evaluating = true;
    const std::shared_ptr<const AudienceBuilder> builder = m_builder;
    const std::optional<int> capacity = m_event.capacity;
    const QSet<qint64> invited = m_invited;
    m_evaluator->setFuture(QtConcurrent::run(
        [builder, filter, capacity, invited] { return builder->evaluate(filter, capacity, invited); }));
    updateButtons();
}

void AudienceBuilderWidget::onEvaluated()
{
    m_evaluating = false;
    if (m_evaluationPending) {
        startEvaluation();
        return;
    }
    m_busy->hide();
    m_audience = m_evaluator->result();
    m_matchedModel->setAudience(m_audience);
    m_excludedModel->setAudience(m_audience);
    m_matchedView->resizeColumnsToContents();
    m_excludedView->resizeColumnsToContents();
    const int matched = m_audience.count();
    const int excluded = int(m_audience.excluded.size());
    const int newGuests = int(std::count_if(m_audience.matched.cbegin(), m_audience.matched.cend(),
                                            [](const AudienceMember& m) { return !m.alreadyInvited; }));
    QString text = tr("%n guest(s)", "", matched);
    if (!m_invited.isEmpty())
        text += tr(" · %n already invited", "", int(m_invited.size()));
    if (m_event.capacity)
        text += tr(" · %n seat(s)", "", *m_event.capacity);
    m_count->setText(text);
    m_lists->setTabText(0, tr("Guests (%1)").arg(QLocale().toString(matched)));
    m_lists->setTabText(1, tr("Not invited (%1)").arg(QLocale().toString(excluded)));
    QStringList lines = m_audience.warnings;
    const int noConsent = m_audience.excludedCount(ExclusionReason::NoConsent);
    if (noConsent > 0)
        lines << tr("%n member(s) match but did not consent to marketing: they are not invited.", "",
                    noConsent);
    const int overCapacity = m_audience.excludedCount(ExclusionReason::OverCapacity);
    if (overCapacity > 0)
        lines << tr("%n member(s) match but get no seat: the event is full.", "", overCapacity);
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!lines.isEmpty());
    m_invite->setText(newGuests > 0 ? tr("&Invite %n guest(s)…", "", newGuests) : tr("&Invite…"));
    updateButtons();
}

void AudienceBuilderWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? errorLabelStyle() : successLabelStyle());
    m_message->setProperty("filterError", error);
    m_message->setVisible(!text.isEmpty());
}

void AudienceBuilderWidget::updateButtons()
{
    const bool ready = m_builder && m_event.isValid() && !isBusy();
    const bool owner = Permissions::allows(m_ctx.actor.role, Permission::PlanEvents);
    const bool past = m_event.isValid() && m_event.isPast(m_ctx.clock.now());
    const bool matchedTab = m_lists->currentIndex() == 0;
    m_remove->setEnabled(ready && owner && matchedTab && m_matchedView->selectionModel()->hasSelection());
    bool removedSelected = false;
    if (!matchedTab) {
        for (const QModelIndex& index : m_excludedView->selectionModel()->selectedRows())
            removedSelected |= m_excludedModel->reasonAt(index.row()) == ExclusionReason::ManuallyRemoved;
    }
    m_putBack->setEnabled(ready && owner && removedSelected);
    m_save->setEnabled(m_event.isValid() && owner && hasUnsavedChanges());
    if (m_export)
        m_export->setEnabled(ready);
    const bool anyNew = std::any_of(m_audience.matched.cbegin(), m_audience.matched.cend(),
                                    [](const AudienceMember& m) { return !m.alreadyInvited; });
    m_invite->setEnabled(ready && owner && !past && anyNew);
    m_invite->setToolTip(past ? tr("The event is over: no more invitations.") : QString());
    m_addMember->setEnabled(m_event.isValid() && owner);
}

QList<qint64> AudienceBuilderWidget::selectedIds(QTableView* view) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        ids << index.data(AudienceModel::MemberIdRole).toLongLong();
    return ids;
}

void AudienceBuilderWidget::addMemberId(qint64 memberId)
{
    m_removed.remove(memberId);
    m_added.insert(memberId);
    scheduleEvaluation();
}

void AudienceBuilderWidget::submitAddMember()
{
    if (addMember(m_addMember->text()))
        m_addMember->clear();
}

bool AudienceBuilderWidget::addMember(const QString& query)
{
    const QString text = query.trimmed();
    if (text.isEmpty())
        return false;
    const QVector<MemberSearch::Hit> hits = m_search.find(text, 12);
    if (hits.isEmpty()) {
        showMessage(tr("No member matches “%1”.").arg(text), true);
        return false;
    }
    const auto exact = [](const MemberSearch::Hit& hit) {
        return hit.match == MemberSearch::Match::Card || hit.match == MemberSearch::Match::Phone;
    };
    qint64 chosen = 0;
    if (hits.size() == 1 || exact(hits.first())) {
        chosen = hits.first().member.id;
    } else {
        QMenu menu(this);
        for (const MemberSearch::Hit& hit : hits) {
            QAction* action = menu.addAction(
                tr("%1 · %2 · %3")
                    .arg(hit.member.name, hit.member.card, phoneFor(hit.member.phone, m_ctx.actor.role)));
            action->setData(hit.member.id);
        }
        QAction* picked = menu.exec(m_addMember->mapToGlobal(QPoint(0, m_addMember->height())));
        if (!picked)
            return false;
        chosen = picked->data().toLongLong();
    }
    const auto it = std::find_if(hits.cbegin(), hits.cend(),
                                 [chosen](const MemberSearch::Hit& h) { return h.member.id == chosen; });
    addMemberId(chosen);
    showMessage(tr("%1 was added to the list.").arg(it != hits.cend() ? it->member.name : QString()), false);
    return true;
}

void AudienceBuilderWidget::removeMemberIds(const QList<qint64>& memberIds)
{
    for (qint64 id : memberIds) {
        m_added.remove(id);
        m_removed.insert(id);
    }
    scheduleEvaluation();
}

void AudienceBuilderWidget::putBackMemberIds(const QList<qint64>& memberIds)
{
    for (qint64 id : memberIds)
        m_removed.remove(id);
    scheduleEvaluation();
}

void AudienceBuilderWidget::removeSelected()
{
    const QList<qint64> ids = selectedIds(m_matchedView);
    if (ids.isEmpty())
        return;
    QList<qint64> invited;
    for (qint64 id : ids)
        if (m_invited.contains(id))
            invited << id;
    if (!invited.isEmpty()) {
        // A written invitation may already be printed: withdrawing it is a separate, confirmed step.
        const auto answer = QMessageBox::question(
            this, tr("Withdraw invitations"),
            tr("%n of the selected guest(s) already have an invitation. Withdraw it? A printed invitation "
               "is then refused at the door.",
               "", int(invited.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        EventInvitations invitations(m_ctx);
        for (qint64 id : invited) {
            QString error;
            if (!invitations.withdraw(m_event.id, id, &error)) {
                showMessage(error, true);
                m_invited = invitations.invitedMemberIds(m_event.id);
                removeMemberIds(ids);
                emit invitationsChanged(m_event.id);
                return;
            }
        }
        m_invited = invitations.invitedMemberIds(m_event.id);
        emit invitationsChanged(m_event.id);
    }
    removeMemberIds(ids);
}

void AudienceBuilderWidget::putBackSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_excludedView->selectionModel()->selectedRows())
        if (m_excludedModel->reasonAt(index.row()) == ExclusionReason::ManuallyRemoved)
            ids << m_excludedModel->memberIdAt(index.row());
    putBackMemberIds(ids);
}

bool AudienceBuilderWidget::save()
{
    QString error;
    const AudienceFilter filter = currentFilter();
    if (!EventService(m_ctx).setAudience(m_event.id, filter, &error)) {
        showMessage(error, true);
        return false;
    }
    m_savedFilter = filter;
    m_event.audience = filter;
    showMessage(tr("The guest list is saved with the event."), false);
    updateButtons();
    emit saved(m_event.id);
    return true;
}

void AudienceBuilderWidget::chooseExportFile()
{
    const QString suggested = tr("guests-%1.csv").arg(m_event.startsAt.date().toString(u"yyyy-MM-dd"_s));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the guest list"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AudienceBuilderWidget::exportTo(const QString& path)
{
    qint64 rows = 0;
    QString error;
    if (!AudienceBuilder::exportCsv(m_ctx, m_audience, path, &rows, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("%n row(s) written to %1.", "", int(rows)).arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void AudienceBuilderWidget::confirmAndInvite()
{
    const int newGuests = int(std::count_if(m_audience.matched.cbegin(), m_audience.matched.cend(),
                                            [](const AudienceMember& m) { return !m.alreadyInvited; }));
    const auto answer = QMessageBox::question(
        this, tr("Invite guests"),
        tr("Write %n invitation(s) for “%1”? Each gets a personal check-in code; guests invited before keep "
           "theirs. The guest list is saved with the event.",
           "", newGuests)
            .arg(m_event.title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        writeInvitations();
}

bool AudienceBuilderWidget::writeInvitations()
{
    if (!m_builder || isBusy()) {
        showMessage(tr("Wait until the guest list is counted."), true);
        return false;
    }
    const AudienceFilter filter = currentFilter();
    InviteResult result;
    QString error;
    EventInvitations invitations(m_ctx);
    if (!invitations.invite(m_event.id, filter, *m_builder, &result, &error)) {
        showMessage(error, true);
        return false;
    }
    m_savedFilter = filter;
    m_event.audience = filter;
    m_invited = invitations.invitedMemberIds(m_event.id);
    showMessage(tr("%n new invitation(s) written; the event now has %1. Print them on the Invitations tab.",
                   "", result.invited)
                    .arg(QLocale().toString(result.total)),
                false);
    scheduleEvaluation();
    emit invitationsChanged(m_event.id);
    return true;
}

} // namespace md::ui

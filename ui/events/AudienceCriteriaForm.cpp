// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/AudienceCriteriaForm.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "events/AudienceBuilder.h"
#include "services/RulesService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The texts below were written for AudienceBuilderWidget and are translated under its name: they keep
// that context (QCoreApplication::translate) so the shipped translations still apply to them.

namespace md::ui {

namespace {

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

AudienceCriteriaForm::AudienceCriteriaForm(const ServiceContext& ctx, QWidget* parent) : QWidget(parent)
{
    const LoyaltyRules rules = RulesService(ctx).current();
    QStringList tierNames;
    for (int i = 0; i < int(rules.tiers.size()); ++i)
        tierNames << rules.tierDisplayName(i);
    QStringList typeNames;
    for (LoyaltyType type : LoyaltyTypes::types())
        typeNames << LoyaltyTypes::name(type);
    QStringList segmentNames;
    for (RfmSegment segment : Rfm::segments())
        segmentNames << Rfm::name(segment);

    auto* tiers = checkGroup(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Tier"), tierNames,
                             &m_tiers, u"tier"_s, 3);
    auto* types = checkGroup(
        QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Loyalty type (last 12 months)"),
        typeNames, &m_types, u"type"_s, 2);
    auto* segments = checkGroup(
        QCoreApplication::translate("md::ui::AudienceBuilderWidget", "RFM segment (last 12 months)"),
        segmentNames, &m_segments, u"segment"_s, 2);

    m_useSpend =
        new QCheckBox(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Spent at &least"));
    m_useSpend->setObjectName(u"spendCheckBox"_s);
    m_minSpend = new QLineEdit;
    m_minSpend->setObjectName(u"minSpendLineEdit"_s);
    m_minSpend->setPlaceholderText(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "yuan"));
    m_minSpend->setMaximumWidth(m_minSpend->fontMetrics().horizontalAdvance(u"0"_s) * 11);
    m_spendDays = new QSpinBox;
    m_spendDays->setObjectName(u"spendDaysSpinBox"_s);
    m_spendDays->setRange(1, AudienceFilter::kMaxSpendDays);
    m_spendDays->setValue(365);
    m_spendDays->setPrefix(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "in "));
    m_spendDays->setSuffix(QCoreApplication::translate("md::ui::AudienceBuilderWidget", " days"));
    auto* spendRow = new QHBoxLayout;
    spendRow->addWidget(m_useSpend);
    spendRow->addWidget(m_minSpend);
    spendRow->addWidget(m_spendDays);
    spendRow->addStretch();

    m_usePAlive = new QCheckBox(QCoreApplication::translate("md::ui::AudienceBuilderWidget",
                                                            "Still a customer, &probability at least"));
    m_usePAlive->setObjectName(u"pAliveCheckBox"_s);
    m_usePAlive->setToolTip(QCoreApplication::translate(
        "md::ui::AudienceBuilderWidget",
        "The purchase model's estimate that the member still shops here (P(alive))."));
    m_pAlive = new QSpinBox;
    m_pAlive->setObjectName(u"pAliveSpinBox"_s);
    m_pAlive->setRange(0, 100);
    m_pAlive->setValue(50);
    m_pAlive->setSuffix(u" %"_s);
    auto* pAliveRow = new QHBoxLayout;
    pAliveRow->addWidget(m_usePAlive);
    pAliveRow->addWidget(m_pAlive);
    pAliveRow->addStretch();

    auto* birthdayLabel =
        new QLabel(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "&Birthday in"));
    m_birthdayMonth = new QComboBox;
    m_birthdayMonth->setObjectName(u"birthdayMonthComboBox"_s);
    m_birthdayMonth->addItem(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "any month"), 0);
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_birthdayMonth->addItem(locale.monthName(month), month);
    birthdayLabel->setBuddy(m_birthdayMonth);
    auto* birthdayRow = new QHBoxLayout;
    birthdayRow->addWidget(birthdayLabel);
    birthdayRow->addWidget(m_birthdayMonth);
    birthdayRow->addStretch();

    const QDate today = ctx.clock.now().date();
    m_useVisitAfter =
        new QCheckBox(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Last visit &after"));
    m_useVisitAfter->setObjectName(u"visitAfterCheckBox"_s);
    m_visitAfter = new QDateEdit(today.addMonths(-3));
    m_visitAfter->setObjectName(u"visitAfterDateEdit"_s);
    m_visitAfter->setCalendarPopup(true);
    m_useVisitBefore =
        new QCheckBox(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Last visit be&fore"));
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

    m_useReferrals =
        new QCheckBox(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Brought in at least"));
    m_useReferrals->setObjectName(u"referralsCheckBox"_s);
    m_referrals = new QSpinBox;
    m_referrals->setObjectName(u"referralsSpinBox"_s);
    m_referrals->setRange(1, 1000);
    m_referrals->setSuffix(QCoreApplication::translate("md::ui::AudienceBuilderWidget", " new member(s)"));
    auto* referralRow = new QHBoxLayout;
    referralRow->addWidget(m_useReferrals);
    referralRow->addWidget(m_referrals);
    referralRow->addStretch();

    auto* more =
        new QGroupBox(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Spend and visits"));
    auto* moreLayout = new QVBoxLayout(more);
    moreLayout->setContentsMargins(8, 4, 8, 4);
    moreLayout->setSpacing(4);
    moreLayout->addLayout(spendRow);
    moreLayout->addLayout(pAliveRow);
    moreLayout->addLayout(visitGrid);
    moreLayout->addLayout(birthdayRow);
    moreLayout->addLayout(referralRow);

    auto* clear =
        new QPushButton(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Clear criteria"));
    clear->setObjectName(u"clearPushButton"_s);
    connect(clear, &QPushButton::clicked, this, &AudienceCriteriaForm::clearRequested);
    m_noCriteriaHint = new QLabel(QCoreApplication::translate(
        "md::ui::AudienceBuilderWidget", "No criterion ticked: every member who consented is a guest."));
    m_noCriteriaHint->setObjectName(u"noCriteriaLabel"_s);
    m_noCriteriaHint->setWordWrap(true);
    m_noCriteriaHint->setStyleSheet(u"QLabel { color: #666; }"_s);

    // The layout comes last so the controls join the tab order top to bottom as they are laid out.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(tiers);
    layout->addWidget(types);
    layout->addWidget(segments);
    layout->addWidget(more);
    layout->addWidget(m_noCriteriaHint);
    layout->addWidget(clear, 0, Qt::AlignLeft);
    layout->addStretch();

    const auto changed = [this] {
        updateHint();
        if (!m_settingCriteria)
            emit criteriaChanged();
    };
    for (auto* box : m_tiers + m_types + m_segments)
        connect(box, &QCheckBox::toggled, this, changed);
    for (QCheckBox* box : {m_useSpend, m_usePAlive, m_useVisitAfter, m_useVisitBefore, m_useReferrals})
        connect(box, &QCheckBox::toggled, this, changed);
    // Touching a value ticks its criterion: nobody sets an amount they do not mean to use.
    connect(m_minSpend, &QLineEdit::textChanged, this, changed);
    connect(m_minSpend, &QLineEdit::textEdited, m_useSpend, [this] { m_useSpend->setChecked(true); });
    connect(m_spendDays, &QSpinBox::valueChanged, this, changed);
    connect(m_pAlive, &QSpinBox::valueChanged, this, changed);
    connect(m_pAlive, &QSpinBox::valueChanged, m_usePAlive, [this] {
        if (!m_settingCriteria)
            m_usePAlive->setChecked(true);
    });
    connect(m_birthdayMonth, &QComboBox::currentIndexChanged, this, changed);
    connect(m_visitAfter, &QDateEdit::dateChanged, this, changed);
    connect(m_visitAfter, &QDateEdit::dateChanged, m_useVisitAfter, [this] {
        if (!m_settingCriteria)
            m_useVisitAfter->setChecked(true);
    });
    connect(m_visitBefore, &QDateEdit::dateChanged, this, changed);
    connect(m_visitBefore, &QDateEdit::dateChanged, m_useVisitBefore, [this] {
        if (!m_settingCriteria)
            m_useVisitBefore->setChecked(true);
    });
    connect(m_referrals, &QSpinBox::valueChanged, this, changed);
    connect(m_referrals, &QSpinBox::valueChanged, m_useReferrals, [this] {
        if (!m_settingCriteria)
            m_useReferrals->setChecked(true);
    });
    updateHint();
}

void AudienceCriteriaForm::updateHint()
{
    // Only true when nothing is ticked; with criteria it would tell the owner everyone is invited.
    m_noCriteriaHint->setVisible(!criteria().hasCriteria());
}

AudienceFilter AudienceCriteriaForm::criteria() const
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
    return filter;
}

void AudienceCriteriaForm::setCriteria(const AudienceFilter& filter)
{
    m_settingCriteria = true;
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
    m_settingCriteria = false;
    updateHint();
}

bool AudienceCriteriaForm::minSpendReadable(QString* error) const
{
    if (!m_useSpend->isChecked() || m_minSpend->text().trimmed().isEmpty())
        return true;
    Fen fen = 0;
    return parseYuan(m_minSpend->text(), &fen, error);
}

} // namespace md::ui

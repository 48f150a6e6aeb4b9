// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyalty/RulesPage.h"

#include "common/Formatting.h"
#include "loyalty/GiftCatalogEditor.h"
#include "services/RulesService.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

enum TierColumn
{
    NameColumn,
    ThresholdColumn,
    DiscountColumn,
    MultiplierColumn,
    ColumnCount,
};

QSpinBox* spinBox(const QString& objectName, int min, int max, const QString& suffix = QString())
{
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    return spin;
}

QDoubleSpinBox* doubleSpinBox(const QString& objectName, double min, double max, double step,
                              const QString& suffix)
{
    auto* spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setDecimals(2);
    spin->setSingleStep(step);
    spin->setSuffix(suffix);
    spin->setFrame(false);
    return spin;
}

} // namespace

RulesPage::RulesPage(const ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"rulesPage"_s);
    auto* title = new QLabel(tr("Loyalty programme"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* promise = new QLabel(tr("Changing the rules never rewrites history: past purchases keep the points "
                                  "they earned and members keep the tier they reached until their review. "
                                  "Every change is recorded (who, when, before and after)."));
    promise->setObjectName(u"historyPromiseLabel"_s);
    promise->setWordWrap(true);
    promise->setStyleSheet(u"color: #374151;"_s);

    // Tiers
    m_basis = new QComboBox;
    m_basis->setObjectName(u"basisComboBox"_s);
    m_basis->addItem(tr("paid spend in the last 12 months"), int(LoyaltyRules::TierBasis::Paid12Months));
    m_basis->addItem(tr("lifetime paid spend"), int(LoyaltyRules::TierBasis::PaidLifetime));
    m_basisText = new QLabel;
    m_basisText->setObjectName(u"basisLabel"_s);
    m_basisText->setWordWrap(true);
    m_tiers = new QTableWidget(0, ColumnCount);
    m_tiers->setObjectName(u"tiersTableWidget"_s);
    m_tiers->setHorizontalHeaderLabels(
        {tr("Tier name"), tr("Threshold (¥)"), tr("Discount"), tr("Points ×")});
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tiers->verticalHeader()->setDefaultSectionSize(m_tiers->fontMetrics().height() + 14);
    m_tiers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tiers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiers->setMinimumHeight(m_tiers->verticalHeader()->defaultSectionSize() * 9);
    m_addTier = new QPushButton(tr("&Add tier"));
    m_addTier->setObjectName(u"addTierPushButton"_s);
    m_removeTier = new QPushButton(tr("Remove &last tier"));
    m_removeTier->setObjectName(u"removeTierPushButton"_s);
    m_grace = spinBox(u"graceSpinBox"_s, 0, 120);
    auto* basisRow = new QHBoxLayout;
    basisRow->addWidget(new QLabel(tr("Thresholds count the member's")));
    basisRow->addWidget(m_basis, 1);
    auto* tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_addTier);
    tierButtons->addWidget(m_removeTier);
    tierButtons->addStretch();
    auto* graceRow = new QHBoxLayout;
    auto* graceLabel = new QLabel(tr("A tier is kept at least"));
    graceLabel->setBuddy(m_grace);
    graceRow->addWidget(graceLabel);
    graceRow->addWidget(m_grace);
    graceRow->addWidget(new QLabel(tr("months before a review may lower it; upgrades happen at once.")), 1);
    auto* tiersBox = new QGroupBox(tr("Tiers (2 to 8)"));
    auto* tiersLayout = new QVBoxLayout(tiersBox);
    tiersLayout->addLayout(basisRow);
    tiersLayout->addWidget(m_tiers, 1);
    tiersLayout->addWidget(m_basisText);
    tiersLayout->addLayout(tierButtons);
    tiersLayout->addLayout(graceRow);

    // Points
    m_pointsPerYuan = spinBox(u"pointsPerYuanSpinBox"_s, 0, 1000);
    m_earnBasis = new QComboBox;
    m_earnBasis->setObjectName(u"earnBasisComboBox"_s);
    m_earnBasis->addItem(tr("the amount paid"), int(LoyaltyRules::EarnBasis::Paid));
    m_earnBasis->addItem(tr("the gross profit"), int(LoyaltyRules::EarnBasis::Profit));
    m_birthday = doubleSpinBox(u"birthdayMultiplierSpinBox"_s, 1.0, 10.0, 0.5, u" ×"_s);
    m_birthday->setFrame(true);
    m_expiryMode = new QComboBox;
    m_expiryMode->setObjectName(u"expiryModeComboBox"_s);
    m_expiryMode->addItem(tr("at the end of the month, this many months after earning:"),
                          int(LoyaltyRules::ExpiryMode::EndOfMonthAfter));
    m_expiryMode->addItem(tr("never"), int(LoyaltyRules::ExpiryMode::Never));
    m_expiryMonths = spinBox(u"expiryMonthsSpinBox"_s, 1, 120);
    m_redeemRate = spinBox(u"redeemRateSpinBox"_s, 0, 100000);
    m_redeemRate->setSpecialValueText(tr("off"));
    m_redeemCap = spinBox(u"redeemCapSpinBox"_s, 0, 100, u" %"_s);
    m_referral = spinBox(u"referralSpinBox"_s, 0, 1000000);
    auto* expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiryMode, 1);
    expiryRow->addWidget(m_expiryMonths);
    auto* pointsBox = new QGroupBox(tr("Points"));
    auto* pointsForm = new QFormLayout(pointsBox);
    pointsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    pointsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    pointsForm->addRow(tr("Points per ¥1"), m_pointsPerYuan);
    pointsForm->addRow(tr("Earned on"), m_earnBasis);
    pointsForm->addRow(tr("Points × in the birthday month"), m_birthday);
    pointsForm->addRow(tr("Points expire"), expiryRow);
    pointsForm->addRow(tr("Points worth ¥1 at the till"), m_redeemRate);
    pointsForm->addRow(tr("Points pay at most"), m_redeemCap);
    pointsForm->addRow(tr("Referral bonus (points)"), m_referral);

    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto* saveButton = new QPushButton(tr("&Save"));
    saveButton->setObjectName(u"savePushButton"_s);
    auto* revertButton = new QPushButton(tr("Re&vert"));
    revertButton->setObjectName(u"revertPushButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);

    m_history = new QListWidget;
    m_history->setObjectName(u"historyListWidget"_s);
    auto* historyBox = new QGroupBox(tr("Changes to the programme"));
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto* giftsBox = new QGroupBox(tr("Gift catalogue (each gift is saved at once)"));
    giftsBox->setObjectName(u"giftsGroupBox"_s);
    auto* giftsLayout = new QVBoxLayout(giftsBox);
    giftsLayout->addWidget(new GiftCatalogEditor(m_ctx));

    auto* right = new QVBoxLayout;
    right->addWidget(pointsBox);
    right->addWidget(giftsBox, 3);
    right->addWidget(historyBox, 2);
    auto* columns = new QHBoxLayout;
    columns->addWidget(tiersBox, 5);
    columns->addLayout(right, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(promise);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_addTier, &QPushButton::clicked, this, &RulesPage::addTier);
    connect(m_removeTier, &QPushButton::clicked, this, &RulesPage::removeTier);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &RulesPage::updateBasisText);
    connect(m_expiryMode, &QComboBox::currentIndexChanged, this, &RulesPage::updateExpiry);
    connect(saveButton, &QPushButton::clicked, this, &RulesPage::save);
    connect(revertButton, &QPushButton::clicked, this, [this] {
        revert();
        m_message->hide();
    });
    revert();
}

void RulesPage::revert()
{
    m_loaded = RulesService(m_ctx).current();
    setRules(m_loaded);
    loadHistory();
}

void RulesPage::setRules(const LoyaltyRules& rules)
{
    m_tiers->setRowCount(0);
    for (const Tier& tier : rules.tiers)
        addTierRow(tier);
    m_basis->setCurrentIndex(m_basis->findData(int(rules.tierBasis)));
    m_grace->setValue(rules.tierGraceMonths);
    m_pointsPerYuan->setValue(rules.pointsPerYuan);
    m_earnBasis->setCurrentIndex(m_earnBasis->findData(int(rules.earnBasis)));
    m_birthday->setValue(rules.birthdayMultiplierPct / 100.0);
    m_expiryMode->setCurrentIndex(m_expiryMode->findData(int(rules.expiryMode)));
    m_expiryMonths->setValue(rules.expiryMonths);
    m_redeemRate->setValue(rules.redeemPointsPerYuan);
    m_redeemCap->setValue(rules.redeemMaxPercent);
    m_referral->setValue(rules.referralBonusPoints);
    updateBasisText();
    updateExpiry();
}

void RulesPage::addTierRow(const Tier& tier)
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    // The built-in names in the user's language, as every other page shows them; kept as stored unless
    // the owner changes them (see rulesFromForm).
    const QString shown = LoyaltyRules::displayNameOf(tier.name);
    auto* name = new QLineEdit(shown);
    name->setProperty("storedName", tier.name);
    name->setProperty("shownName", shown);
    name->setObjectName(u"tierNameLineEdit"_s);
    name->setMaxLength(20);
    name->setFrame(false);
    auto* threshold = new QLineEdit(formatYuanPlain(tier.thresholdFen));
    threshold->setObjectName(u"thresholdLineEdit"_s);
    threshold->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    threshold->setFrame(false);
    auto* discount = doubleSpinBox(u"discountSpinBox"_s, 0, 99.99, 1, u" %"_s);
    discount->setValue(tier.discountBp / 100.0);
    auto* multiplier = doubleSpinBox(u"multiplierSpinBox"_s, 0, 10, 0.1, u" ×"_s);
    multiplier->setValue(tier.pointsMultiplierPct / 100.0);
    m_tiers->setCellWidget(row, NameColumn, name);
    m_tiers->setCellWidget(row, ThresholdColumn, threshold);
    m_tiers->setCellWidget(row, DiscountColumn, discount);
    m_tiers->setCellWidget(row, MultiplierColumn, multiplier);
    m_tiers->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(row + 1)));
    m_addTier->setEnabled(m_tiers->rowCount() < 8);
    m_removeTier->setEnabled(m_tiers->rowCount() > 2);
}

void RulesPage::addTier()
{
    if (m_tiers->rowCount() >= 8)
        return;
    Tier tier;
    tier.name = tr("Tier %1").arg(m_tiers->rowCount() + 1);
    const int last = m_tiers->rowCount() - 1;
    Fen lastThreshold = 0;
    if (last >= 0)
        parseYuan(static_cast<QLineEdit*>(m_tiers->cellWidget(last, ThresholdColumn))->text(),
                  &lastThreshold);
    tier.thresholdFen = lastThreshold > 0 ? lastThreshold * 2 : 100'000;
    addTierRow(tier);
    auto* name = static_cast<QLineEdit*>(m_tiers->cellWidget(m_tiers->rowCount() - 1, NameColumn));
    name->setFocus();
    name->selectAll();
}

void RulesPage::removeTier()
{
    if (m_tiers->rowCount() <= 2)
        return;
    m_tiers->removeRow(m_tiers->rowCount() - 1);
    m_addTier->setEnabled(m_tiers->rowCount() < 8);
    m_removeTier->setEnabled(m_tiers->rowCount() > 2);
}

void RulesPage::updateBasisText()
{
    const bool lifetime = m_basis->currentData().toInt() == int(LoyaltyRules::TierBasis::PaidLifetime);
    m_basisText->setText(lifetime ? tr("Thresholds are the member's lifetime paid spend (money paid, not "
                                       "points). The first tier starts at ¥0.")
                                  : tr("Thresholds are the member's paid spend in the last 12 months (money "
                                       "paid, not points). The first tier starts at ¥0."));
    m_tiers->horizontalHeaderItem(ThresholdColumn)
        ->setToolTip(lifetime ? tr("lifetime paid spend") : tr("paid spend in the last 12 months"));
}

void RulesPage::updateExpiry()
{
    m_expiryMonths->setEnabled(m_expiryMode->currentData().toInt() ==
                               int(LoyaltyRules::ExpiryMode::EndOfMonthAfter));
}

bool RulesPage::readForm(LoyaltyRules* rules)
{
    *rules = m_loaded; // keeps what the page does not edit (the default margin)
    rules->tiers.clear();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        Tier tier;
        const auto* nameEdit = static_cast<QLineEdit*>(m_tiers->cellWidget(row, NameColumn));
        tier.name = nameEdit->text().trimmed();
        if (tier.name == nameEdit->property("shownName").toString())
            tier.name = nameEdit->property("storedName").toString();
        auto* threshold = static_cast<QLineEdit*>(m_tiers->cellWidget(row, ThresholdColumn));
        QString error;
        if (!parseYuan(threshold->text(), &tier.thresholdFen, &error)) {
            showError(tr("Tier %1, threshold: %2").arg(row + 1).arg(error), threshold);
            return false;
        }
        tier.discountBp = int(
            qRound(static_cast<QDoubleSpinBox*>(m_tiers->cellWidget(row, DiscountColumn))->value() * 100));
        tier.pointsMultiplierPct = int(
            qRound(static_cast<QDoubleSpinBox*>(m_tiers->cellWidget(row, MultiplierColumn))->value() * 100));
        rules->tiers.append(tier);
    }
    rules->tierBasis = LoyaltyRules::TierBasis(m_basis->currentData().toInt());
    rules->tierGraceMonths = m_grace->value();
    rules->pointsPerYuan = m_pointsPerYuan->value();
    rules->earnBasis = LoyaltyRules::EarnBasis(m_earnBasis->currentData().toInt());
    rules->birthdayMultiplierPct = int(qRound(m_birthday->value() * 100));
    rules->expiryMode = LoyaltyRules::ExpiryMode(m_expiryMode->currentData().toInt());
    rules->expiryMonths = m_expiryMonths->value();
    rules->redeemPointsPerYuan = m_redeemRate->value();
    rules->redeemMaxPercent = m_redeemCap->value();
    rules->referralBonusPoints = m_referral->value();
    return true;
}

bool RulesPage::save()
{
    LoyaltyRules rules;
    if (!readForm(&rules))
        return false;
    QString error;
    if (!RulesService(m_ctx).set(rules, &error)) {
        QString label;
        QWidget* field = fieldForError(error, &label);
        showError(label.isEmpty() ? error : tr("%1: %2").arg(label, error), field);
        return false;
    }
    revert();
    m_message->setText(tr("Saved. The new rules apply from now on; past purchases keep their points."));
    m_message->setStyleSheet(successLabelStyle());
    m_message->show();
    emit rulesChanged();
    return true;
}

QWidget* RulesPage::fieldForError(const QString& message, QString* label) const
{
    static const QRegularExpression tierField(u"tiers\\[(\\d+)\\]\\.(\\w+)"_s);
    const QRegularExpressionMatch match = tierField.match(message);
    if (match.hasMatch()) {
        const int row = match.captured(1).toInt();
        const QString field = match.captured(2);
        int column = NameColumn;
        QString what = tr("name");
        if (field == u"threshold_fen"_s) {
            column = ThresholdColumn;
            what = tr("threshold");
        } else if (field == u"discount_bp"_s) {
            column = DiscountColumn;
            what = tr("discount");
        } else if (field == u"points_multiplier_pct"_s) {
            column = MultiplierColumn;
            what = tr("points multiplier");
        }
        *label = tr("Tier %1, %2").arg(row + 1).arg(what);
        return row < m_tiers->rowCount() ? m_tiers->cellWidget(row, column) : m_tiers;
    }
    const struct
    {
        const char16_t* key;
        QWidget* widget;
        const char* label;
    } fields[] = {
        {u"tier_grace_months", m_grace, QT_TR_NOOP("Months a tier is kept")},
        {u"points_per_yuan", m_pointsPerYuan, QT_TR_NOOP("Points per ¥1")},
        {u"birthday_multiplier_pct", m_birthday, QT_TR_NOOP("Birthday month")},
        {u"expiry.months", m_expiryMonths, QT_TR_NOOP("Points expire")},
        {u"redeem_points_per_yuan", m_redeemRate, QT_TR_NOOP("Points worth ¥1 at the till")},
        {u"redeem_max_percent", m_redeemCap, QT_TR_NOOP("Points pay at most")},
        {u"referral_bonus_points", m_referral, QT_TR_NOOP("Referral bonus (points)")},
    };
    for (const auto& f : fields) {
        if (message.startsWith(QString::fromUtf16(f.key))) {
            *label = tr(f.label);
            return f.widget;
        }
    }
    if (message.startsWith(u"tiers"_s)) {
        *label = tr("Tiers");
        return m_tiers;
    }
    return nullptr;
}

void RulesPage::showError(const QString& message, QWidget* field)
{
    m_message->setText(message);
    m_message->setStyleSheet(errorLabelStyle());
    m_message->show();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(field))
            edit->selectAll();
        for (int row = 0; row < m_tiers->rowCount(); ++row) {
            for (int column = 0; column < ColumnCount; ++column) {
                if (m_tiers->cellWidget(row, column) == field)
                    m_tiers->setCurrentCell(row, column);
            }
        }
    }
}

void RulesPage::loadHistory()
{
    m_history->clear();
    const QVector<RulesChange> changes = RulesService(m_ctx).history(50);
    for (const RulesChange& change : changes) {
        const QString who = change.userName.isEmpty() ? tr("the shop") : change.userName;
        m_history->addItem(change.oldDoc.isEmpty()
                               ? tr("%1 — first programme set by %2").arg(dateTimeText(change.time), who)
                               : tr("%1 — changed by %2").arg(dateTimeText(change.time), who));
    }
    if (changes.isEmpty())
        m_history->addItem(tr("No changes yet: the built-in programme is in force."));
}

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightThresholdEditor.h"

#include "common/Formatting.h"
#include "common/Money.h"
#include "insight/InsightLabels.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// Texts here were InsightPage's before the editor became a class of its own; they keep its translation
// context ("md::ui::InsightPage") so the existing translations still apply, hence
// QCoreApplication::translate rather than tr().

namespace md::ui {

using namespace insight;

InsightThresholdEditor::InsightThresholdEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"thresholdEditorWidget"_s);
    auto* profitLabel =
        new QLabel(QCoreApplication::translate("md::ui::InsightPage", "&Profitable above (¥):"));
    m_profit = new QLineEdit;
    m_profit->setObjectName(u"profitThresholdLineEdit"_s);
    // Wide enough for the amounts a shop meets (a median of 44.70 showed as "4.70" when the row was
    // squeezed), and no wider.
    const int amountWidth = m_profit->fontMetrics().horizontalAdvance(u"000,000.00"_s) + 16;
    m_profit->setMinimumWidth(amountWidth);
    m_profit->setMaximumWidth(amountWidth + 40);
    m_profit->setToolTip(QCoreApplication::translate(
        "md::ui::InsightPage", "Profit in the window above which a member counts as profitable."));
    profitLabel->setBuddy(m_profit);
    auto* loyaltyLabel = new QLabel(QCoreApplication::translate("md::ui::InsightPage", "Loyal abo&ve:"));
    m_loyalty = new QDoubleSpinBox;
    m_loyalty->setObjectName(u"loyaltyThresholdDoubleSpinBox"_s);
    m_loyalty->setDecimals(1);
    m_loyalty->setRange(0, 10000);
    m_loyalty->setSingleStep(0.5);
    m_loyalty->setToolTip(QCoreApplication::translate(
        "md::ui::InsightPage",
        "Loyalty score (visits in the window × regularity) above which a member counts as loyal."));
    loyaltyLabel->setBuddy(m_loyalty);
    m_apply = new QPushButton(QCoreApplication::translate("md::ui::InsightPage", "Appl&y"));
    m_apply->setObjectName(u"applyThresholdsPushButton"_s);
    m_medians = new QPushButton(QCoreApplication::translate("md::ui::InsightPage", "Use me&dians"));
    m_medians->setObjectName(u"medianThresholdsPushButton"_s);
    m_error = wrappedLabel(u"thresholdErrorLabel"_s, errorLabelStyle());
    m_error->hide();
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(profitLabel);
    row->addWidget(m_profit);
    row->addSpacing(8);
    row->addWidget(loyaltyLabel);
    row->addWidget(m_loyalty);
    row->addStretch();
    // The buttons on a line of their own: beside the two fields they squeezed them in the narrow
    // half of the page at 1366 × 768.
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_medians);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_apply, &QPushButton::clicked, this, &InsightThresholdEditor::applyRequested);
    connect(m_profit, &QLineEdit::returnPressed, this, &InsightThresholdEditor::applyRequested);
    connect(m_medians, &QPushButton::clicked, this, &InsightThresholdEditor::mediansRequested);
}

void InsightThresholdEditor::showThresholds(const LoyaltyTypesResult& shown, const LoyaltyTypeOptions& chosen)
{
    m_profit->setText(formatYuanPlain(shown.profitThresholdFen));
    m_loyalty->setValue(shown.loyaltyThreshold);
    m_medians->setEnabled(chosen.profitThresholdFen || chosen.loyaltyThreshold);
    m_error->hide();
}

bool InsightThresholdEditor::chosenOptions(const LoyaltyTypeOptions& current, const LoyaltyTypesResult* shown,
                                           LoyaltyTypeOptions* options)
{
    Fen profit = 0;
    QString error;
    if (!parseYuan(m_profit->text().trimmed(), &profit, &error)) {
        showError(QCoreApplication::translate("md::ui::InsightPage", "Profit threshold: %1").arg(error));
        m_profit->setFocus();
        m_profit->selectAll();
        return false;
    }
    const bool profitChanged = current.profitThresholdFen || !shown || profit != shown->profitThresholdFen;
    const double loyalty = m_loyalty->value();
    const bool loyaltyChanged =
        current.loyaltyThreshold || !shown ||
        qRound64(loyalty * 10) != qRound64(shown->loyaltyThreshold * 10); // the box shows one decimal
    if (profitChanged)
        options->profitThresholdFen = profit;
    if (loyaltyChanged)
        options->loyaltyThreshold = loyalty;
    return true;
}

void InsightThresholdEditor::showError(const QString& error)
{
    m_error->setText(error);
    m_error->show();
}

void InsightThresholdEditor::hideError()
{
    m_error->hide();
}

} // namespace md::ui

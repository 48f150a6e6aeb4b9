// SPDX-License-Identifier: GPL-3.0-or-later
#include "counter/PurchasePanel.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "domain/LoyaltyRules.h"
#include "services/RulesService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

PurchasePanel::PurchasePanel(const ServiceContext& ctx, QWidget* parent)
    : QGroupBox(tr("Record a purchase"), parent), m_ctx(ctx)
{
    setObjectName(u"purchasePanel"_s);
    m_amount = new QLineEdit;
    m_amount->setObjectName(u"amountLineEdit"_s);
    m_amount->setPlaceholderText(tr("Shelf total in yuan, e.g. 128.50"));
    QFont big = m_amount->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_amount->setFont(big);
    m_redeem = new QSpinBox;
    m_redeem->setObjectName(u"redeemSpinBox"_s);
    m_redeem->setRange(0, 0);
    m_redeem->setSuffix(tr(" points"));
    m_redeemHint = new QLabel;
    m_redeemHint->setObjectName(u"redeemHintLabel"_s);
    m_note = new QLineEdit;
    m_note->setObjectName(u"noteLineEdit"_s);
    m_note->setPlaceholderText(tr("Optional"));
    m_note->setMaxLength(200);

    m_discount = new QLabel(u"—"_s);
    m_discount->setObjectName(u"quoteDiscountLabel"_s);
    m_redeemed = new QLabel(u"—"_s);
    m_toPay = new QLabel(u"—"_s);
    m_toPay->setObjectName(u"quotePaidLabel"_s);
    m_toPay->setFont(big);
    m_points = new QLabel(u"—"_s);
    m_points->setObjectName(u"quotePointsLabel"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"purchaseMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b42318;"_s);

    m_recordButton = new QPushButton(tr("Record (Enter)"));
    m_recordButton->setObjectName(u"recordPushButton"_s);
    m_recordButton->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount"), m_amount);
    auto* redeemRow = new QHBoxLayout;
    redeemRow->addWidget(m_redeem, 1);
    redeemRow->addWidget(m_redeemHint);
    auto* redeemLabel = new QLabel(tr("Pay with &points"));
    redeemLabel->setBuddy(m_redeem);
    form->addRow(redeemLabel, redeemRow);
    form->addRow(tr("N&ote"), m_note);
    form->addRow(tr("Member discount"), m_discount);
    form->addRow(tr("Paid with points"), m_redeemed);
    form->addRow(tr("To pay"), m_toPay);
    form->addRow(tr("Points earned"), m_points);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_recordButton);
    layout->addLayout(buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &PurchasePanel::updateQuote);
    connect(m_redeem, &QSpinBox::valueChanged, this, &PurchasePanel::updateQuote);
    connect(m_amount, &QLineEdit::returnPressed, this, &PurchasePanel::record);
    connect(m_note, &QLineEdit::returnPressed, this, &PurchasePanel::record);
    connect(m_recordButton, &QPushButton::clicked, this, &PurchasePanel::record);
    setMember(0);
}

void PurchasePanel::setMember(qint64 memberId)
{
    m_memberId = memberId;
    m_amount->clear();
    m_note->clear();
    m_redeem->setRange(0, 0);
    m_message->clear();
    setEnabled(memberId > 0);
    updateQuote();
}

void PurchasePanel::focusAmount()
{
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

bool PurchasePanel::buildRequest(PurchaseRequest* request, QString* error) const
{
    request->memberId = m_memberId;
    if (!parseYuan(m_amount->text(), &request->grossFen, error))
        return false;
    request->redeemPoints = m_redeem->value();
    request->note = m_note->text().trimmed();
    return true;
}

void PurchasePanel::updateQuote()
{
    m_quoteValid = false;
    m_recordButton->setEnabled(false);
    const auto reset = [this] {
        for (QLabel* label : {m_discount, m_redeemed, m_toPay, m_points})
            label->setText(u"—"_s);
    };
    if (m_memberId <= 0 || m_amount->text().trimmed().isEmpty()) {
        reset();
        m_message->clear();
        m_redeemHint->clear();
        return;
    }
    PurchaseRequest request;
    PurchaseQuote quote;
    QString error;
    if (!buildRequest(&request, &error) || !PurchaseService(m_ctx).quote(request, &quote, &error)) {
        reset();
        m_message->setText(error);
        return;
    }
    // The redeemable maximum depends on the amount; clamp without re-entering this slot.
    const QSignalBlocker blocker(m_redeem);
    m_redeem->setRange(0, int(qMin<qint64>(quote.maxRedeemablePoints, INT_MAX)));
    m_redeemHint->setText(quote.maxRedeemablePoints > 0
                              ? tr("up to %1").arg(QLocale().toString(quote.maxRedeemablePoints))
                              : QString());
    if (m_redeem->value() != request.redeemPoints) {
        request.redeemPoints = m_redeem->value();
        if (!PurchaseService(m_ctx).quote(request, &quote, &error)) {
            reset();
            m_message->setText(error);
            return;
        }
    }
    const LoyaltyRules rules = RulesService(m_ctx).current();
    const Tier& tier = rules.tiers.at(quote.tierBefore);
    m_discount->setText(
        quote.discountFen > 0
            ? tr("−%1 (%2, %3 % off)")
                  .arg(money(quote.discountFen), rules.tierDisplayName(quote.tierBefore),
                       QLocale().toString(tier.discountBp / 100.0, 'f', tier.discountBp % 100 ? 1 : 0))
            : tr("none"));
    m_redeemed->setText(
        quote.redeemPoints > 0
            ? tr("−%1 (%Ln point(s))", "", int(quote.redeemPoints)).arg(money(quote.redeemedFen))
            : tr("none"));
    m_toPay->setText(money(quote.paidFen));
    QString points = tr("+%Ln point(s)", "", int(qMin<qint64>(quote.pointsEarned, INT_MAX)));
    if (quote.birthdayBonus)
        points += u"  "_s + tr("(birthday bonus)");
    if (quote.tierAfter > quote.tierBefore)
        points += u"  "_s + tr("→ upgrades to %1").arg(rules.tierDisplayName(quote.tierAfter));
    m_points->setText(points);
    m_message->clear();
    m_quoteValid = true;
    m_recordButton->setEnabled(true);
}

void PurchasePanel::record()
{
    if (!m_quoteValid) {
        if (m_amount->text().trimmed().isEmpty())
            showError(tr("Type the amount first."));
        return;
    }
    PurchaseRequest request;
    PurchaseResult result;
    QString error;
    if (!buildRequest(&request, &error)) {
        showError(error);
        return;
    }
    if (!confirmUnusualAmount(request.grossFen)) {
        focusAmount();
        return;
    }
    if (!PurchaseService(m_ctx).record(request, &result, &error)) {
        showError(error);
        return;
    }
    const qint64 member = m_memberId;
    setMember(member);
    emit recorded(result);
}

bool PurchasePanel::confirmUnusualAmount(Fen grossFen)
{
    const QDate today = m_ctx.clock.today();
    if (m_usualDay != today) {
        m_usual = UsualTicket::of(m_ctx.db, today);
        m_usualDay = today;
    }
    if (!m_usual.isUnusual(grossFen))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Check the amount"),
                    tr("Record a purchase of %1?").arg(money(grossFen)), QMessageBox::NoButton, this);
    box.setObjectName(u"unusualAmountMessageBox"_s);
    box.setInformativeText(
        m_usual.purchases > 0
            ? tr("That is far above this shop's usual purchase (%1 on average over the last %Ln day(s)). A "
                 "phone number or card typed into the amount field looks like this.",
                 "", UsualTicket::kDays)
                  .arg(money(m_usual.averageFen))
            : tr("That is a large amount. A phone number or card typed into the amount field looks like "
                 "this."));
    QPushButton* record = box.addButton(tr("&Record %1").arg(money(grossFen)), QMessageBox::AcceptRole);
    record->setObjectName(u"recordAnywayPushButton"_s);
    QPushButton* change = box.addButton(tr("Change the amount"), QMessageBox::RejectRole);
    // Enter again must not book it: the safe answer is the default.
    box.setDefaultButton(change);
    box.setEscapeButton(change);
    box.exec();
    activateWindow(); // the counter's keys go on where they were, whatever the window manager does
    return box.clickedButton() == record;
}

void PurchasePanel::showError(const QString& message)
{
    m_message->setText(message);
    focusAmount();
}

} // namespace md::ui

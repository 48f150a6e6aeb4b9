// SPDX-License-Identifier: GPL-3.0-or-later
#include "counter/VoidPurchaseDialog.h"

#include "common/Formatting.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

VoidPurchaseDialog::VoidPurchaseDialog(const PurchaseRow& purchase, QWidget* parent) : QDialog(parent)
{
    setObjectName(u"voidPurchaseDialog"_s);
    setWindowTitle(tr("Void purchase"));
    auto* summary =
        new QLabel(tr("Void the purchase of %1 on %2 (paid %3)?")
                       .arg(money(purchase.grossFen), dateTimeText(purchase.time), money(purchase.paidFen)) +
                   u"\n"_s + tr("A reversal is recorded; the purchase stays in the history.") + u"\n"_s +
                   tr("The %Ln point(s) it earned are taken back.", "", int(purchase.pointsEarned)) +
                   (purchase.redeemedPoints > 0 ? u" "_s + tr("The %Ln point(s) it used are given back.", "",
                                                              int(purchase.redeemedPoints))
                                                : QString()));
    summary->setWordWrap(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(u"reasonLineEdit"_s);
    m_reason->setPlaceholderText(tr("Reason (required), e.g. wrong amount, goods returned"));
    m_reason->setMaxLength(200);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* voidButton = m_buttons->addButton(tr("Void purchase"), QDialogButtonBox::AcceptRole);
    voidButton->setObjectName(u"confirmVoidPushButton"_s);
    voidButton->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, voidButton,
            [voidButton](const QString& text) { voidButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());
}

QString VoidPurchaseDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace md::ui

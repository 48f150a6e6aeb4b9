// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyalty/GiftRedeemDialog.h"

#include "common/Formatting.h"
#include "services/GiftCatalog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

GiftRedeemDialog::GiftRedeemDialog(const ServiceContext& ctx, qint64 memberId, qint64 balance,
                                   QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_memberId(memberId)
{
    setObjectName(u"giftRedeemDialog"_s);
    setWindowTitle(tr("Redeem a gift"));
    const QLocale locale;
    auto* intro = new QLabel(tr("The member has %1 points.").arg(locale.toString(balance)));
    m_gifts = new QListWidget;
    m_gifts->setObjectName(u"giftsListWidget"_s);
    m_gifts->setMinimumWidth(m_gifts->fontMetrics().horizontalAdvance(u"M"_s) * 30);
    const QVector<Gift> gifts = GiftCatalog(m_ctx).list(false);
    int firstAvailable = -1;
    for (const Gift& gift : gifts) {
        auto* item = new QListWidgetItem(tr("%1 — %2 points — %Ln in stock", "", gift.stock)
                                             .arg(gift.name, locale.toString(gift.pointsPrice)));
        item->setData(Qt::UserRole, gift.id);
        item->setData(Qt::UserRole + 1, gift.pointsPrice);
        item->setData(Qt::UserRole + 2, gift.name);
        // Shown so the clerk can tell the member why, but not chosen by mistake: Enter on the list used
        // to try an empty shelf first.
        if (gift.stock <= 0 || gift.pointsPrice > balance) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(gift.stock <= 0 ? tr("Out of stock") : tr("Not enough points"));
        } else if (firstAvailable < 0) {
            firstAvailable = m_gifts->count();
        }
        m_gifts->addItem(item);
    }
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorLabelStyle());
    m_error->setVisible(gifts.isEmpty());
    if (gifts.isEmpty())
        m_error->setText(tr("The gift catalogue is empty. The owner adds gifts on the Loyalty programme "
                            "page (F7), under Gift catalogue."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* redeem = buttons->addButton(tr("Redeem"), QDialogButtonBox::AcceptRole);
    redeem->setObjectName(u"redeemPushButton"_s);
    redeem->setEnabled(firstAvailable >= 0);
    if (!gifts.isEmpty() && firstAvailable < 0) {
        m_error->setText(tr("No gift can be given now: each is out of stock or needs more points than the "
                            "member has."));
        m_error->show();
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &GiftRedeemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_gifts, &QListWidget::itemActivated, this, &GiftRedeemDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_gifts, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (firstAvailable >= 0)
        m_gifts->setCurrentRow(firstAvailable);
    m_gifts->setFocus();
}

void GiftRedeemDialog::accept()
{
    QListWidgetItem* item = m_gifts->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    // Points leave the member's balance at once; a slip of the mouse is asked about first.
    const auto answer =
        QMessageBox::question(this, tr("Redeem a gift"),
                              tr("Give “%1” for %Ln point(s)?", "", item->data(Qt::UserRole + 1).toInt())
                                  .arg(item->data(Qt::UserRole + 2).toString()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    GiftRedemption redemption;
    QString error;
    if (!GiftCatalog(m_ctx).redeem(item->data(Qt::UserRole).toLongLong(), m_memberId, &redemption, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    emit redeemed(redemption.giftName, redemption.points);
    QDialog::accept();
}

} // namespace md::ui

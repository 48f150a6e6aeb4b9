// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace md::ui {

/// Hands a gift from the catalogue to the member for points: pick with the arrows, Enter redeems.
/// GiftCatalog refuses out-of-stock gifts and too few points; its message is shown.
class GiftRedeemDialog : public QDialog
{
    Q_OBJECT
public:
    GiftRedeemDialog(const ServiceContext& ctx, qint64 memberId, qint64 balance, QWidget* parent = nullptr);

    void accept() override;

signals:
    void redeemed(const QString& giftName, qint64 points);

private:
    ServiceContext m_ctx;
    qint64 m_memberId;
    QListWidget* m_gifts;
    QLabel* m_error;
};

} // namespace md::ui

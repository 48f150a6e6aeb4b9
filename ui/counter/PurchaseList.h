// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MemberPurchases.h"
#include "services/PurchaseService.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace md::ui {

/// The member's latest purchases under the card, with "Void…" for a mistaken one.
class PurchaseList : public QWidget
{
    Q_OBJECT
public:
    explicit PurchaseList(const ServiceContext& ctx, QWidget* parent = nullptr);

    void setMember(qint64 memberId);
    void reload();

signals:
    /// `purchase` as it was listed before the void (its time and amount name it to the clerk).
    void voided(const md::VoidResult& result, const md::PurchaseRow& purchase);

private:
    void askVoid();
    void updateButtons();

    ServiceContext m_ctx;
    qint64 m_memberId = 0;
    QVector<PurchaseRow> m_rows;
    QTableWidget* m_table;
    QPushButton* m_voidButton;
};

} // namespace md::ui

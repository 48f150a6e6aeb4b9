// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/PurchaseService.h"
#include "services/UsualTicket.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace md::ui {

/// Amount in, discount and points shown as the clerk types, Enter commits.
class PurchasePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit PurchasePanel(const ServiceContext& ctx, QWidget* parent = nullptr);

    void setMember(qint64 memberId);
    qint64 memberId() const { return m_memberId; }
    /// Puts the cursor in the amount field, ready for the next sale.
    void focusAmount();

signals:
    void recorded(const md::PurchaseResult& result);

private:
    void updateQuote();
    void record();
    bool buildRequest(PurchaseRequest* request, QString* error) const;
    void showError(const QString& message);

    ServiceContext m_ctx;
    qint64 m_memberId = 0;
    bool m_quoteValid = false;
    /// Asks before booking an amount far above the shop's usual purchase; false: the clerk corrects it.
    bool confirmUnusualAmount(Fen grossFen);
    UsualTicket m_usual;
    QDate m_usualDay; ///< the day m_usual was read for (read once a day)
    QLineEdit* m_amount;
    QSpinBox* m_redeem;
    QLabel* m_redeemHint;
    QLineEdit* m_note;
    QLabel* m_discount;
    QLabel* m_redeemed;
    QLabel* m_toPay;
    QLabel* m_points;
    QLabel* m_message;
    QPushButton* m_recordButton;
};

} // namespace md::ui

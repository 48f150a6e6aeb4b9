// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MemberPurchases.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace md::ui {

/// Asks why a purchase is voided (required) and confirms what the reversal will do.
class VoidPurchaseDialog : public QDialog
{
    Q_OBJECT
public:
    VoidPurchaseDialog(const PurchaseRow& purchase, QWidget* parent = nullptr);

    QString reason() const;

private:
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace md::ui

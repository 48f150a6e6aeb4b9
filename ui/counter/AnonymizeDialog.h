// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QLineEdit;
class QLabel;
class QPushButton;

namespace md::ui {

/// Anonymises a member at their request (the owner's; PrivacyService). Says what goes and what stays,
/// that it cannot be undone, and asks for the reason the audit log keeps; Enter does not confirm it.
class AnonymizeDialog : public QDialog
{
    Q_OBJECT
public:
    AnonymizeDialog(const ServiceContext& ctx, qint64 memberId, const QString& memberName,
                    QWidget* parent = nullptr);
    void accept() override;

private:
    ServiceContext m_ctx;
    qint64 m_memberId;
    QLineEdit* m_reason;
    QLabel* m_error;
    QPushButton* m_anonymize;
};

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace md::ui {

/// The owner's manual points correction: signed points and a required reason. PointsAdjustment decides
/// (owner only, reason required, never below zero); its message is shown and the dialog stays open.
class AdjustPointsDialog : public QDialog
{
    Q_OBJECT
public:
    AdjustPointsDialog(const ServiceContext& ctx, qint64 memberId, qint64 balance, QWidget* parent = nullptr);

    void accept() override;

signals:
    void saved(qint64 newBalance);

private:
    ServiceContext m_ctx;
    qint64 m_memberId;
    QSpinBox* m_points;
    QLineEdit* m_reason;
    QLabel* m_error;
};

} // namespace md::ui

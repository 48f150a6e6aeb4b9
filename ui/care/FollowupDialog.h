// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace md::ui {

/// Records a follow-up contact (回访) in seconds: the cursor starts in the outcome, Enter saves.
/// Saves through CareRecords itself and stays open with the message when the core refuses.
class FollowupDialog : public QDialog
{
    Q_OBJECT
public:
    FollowupDialog(const ServiceContext& ctx, qint64 memberId, QWidget* parent = nullptr);

    void accept() override;

signals:
    void saved(qint64 followupId);

private:
    ServiceContext m_ctx;
    qint64 m_memberId;
    QDateEdit* m_date;
    QComboBox* m_channel;
    QLineEdit* m_outcome;
    QCheckBox* m_hasNext;
    QDateEdit* m_next;
    QLabel* m_error;
};

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace md::ui {

/// Opens a complaint, or records the first response (handle) or the resolution of an open one.
/// One line of text, Enter saves; the core's refusal is shown and the dialog stays open.
class ComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Open,
        Handle,
        Resolve,
    };
    /// `id` is the member for Mode::Open and the complaint otherwise.
    ComplaintDialog(const ServiceContext& ctx, Mode mode, qint64 id, QWidget* parent = nullptr);

    void accept() override;

signals:
    void saved(qint64 complaintId);

private:
    ServiceContext m_ctx;
    Mode m_mode;
    qint64 m_id;
    QLineEdit* m_text;
    QLabel* m_error;
};

} // namespace md::ui

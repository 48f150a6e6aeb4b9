// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/InvitationRenderer.h"

#include <QWidget>

#include <memory>

namespace md::ui {

/// One invitation as it will print, drawn by the renderer's own paintInvitation() on a grey desk, the
/// card centred and as large as the widget allows.
class InvitationPreview : public QWidget
{
    Q_OBJECT
public:
    explicit InvitationPreview(QWidget* parent = nullptr);

    void setInvitation(const InvitationRenderer::Input& input, const InvitationGuest& guest);
    /// Shown instead of a card (no guest, an invalid template).
    void setMessage(const QString& message);
    QString message() const { return m_message; }
    bool hasInvitation() const { return m_renderer != nullptr; }

    QSize sizeHint() const override { return {420, 560}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::unique_ptr<InvitationRenderer> m_renderer;
    InvitationGuest m_guest;
    QString m_message;
};

} // namespace md::ui

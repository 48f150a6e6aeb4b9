// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/InvitationPreview.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace md::ui {

InvitationPreview::InvitationPreview(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"invitationPreview"_s);
    setMinimumSize(260, 300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void InvitationPreview::setInvitation(const InvitationRenderer::Input& input, const InvitationGuest& guest)
{
    m_renderer = std::make_unique<InvitationRenderer>(input);
    m_guest = guest;
    m_message.clear();
    update();
}

void InvitationPreview::setMessage(const QString& message)
{
    m_renderer.reset();
    m_message = message;
    update();
}

void InvitationPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xd9, 0xdc, 0xe1));
    if (!m_renderer) {
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    const QSizeF mm = InvitationRenderer::cardSizeMm(m_renderer->input().layout);
    const QRectF area = QRectF(rect()).adjusted(16, 16, -16, -16);
    const double scale = qMin(area.width() / mm.width(), area.height() / mm.height());
    const QSizeF size(mm.width() * scale, mm.height() * scale);
    const QRectF card(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2,
                      size.width(), size.height());
    // The paper: white with a soft shadow, so the card's own margins read as paper.
    painter.fillRect(card.translated(3, 4), QColor(0, 0, 0, 40));
    painter.fillRect(card, Qt::white);
    painter.save();
    m_renderer->paintInvitation(&painter, card, m_guest);
    painter.restore();
}

} // namespace md::ui

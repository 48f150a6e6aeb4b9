// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/documents: one invitation card, painted by InvitationRenderer for the preview, the
// print and the PDF alike. Use InvitationRenderer, not this.

#include "documents/Barcode.h"
#include "documents/InvitationRenderer.h"

#include <QString>
#include <QVector>

class QPaintDevice;
class QPainter;
class QRectF;

namespace md {

/// One block of the card's middle part.
struct InvitationBlock
{
    enum Kind
    {
        Paragraph,
        Detail,
    } kind = Paragraph;
    QString text;             ///< paragraph text, or the detail's value
    QString label;            ///< detail label ("日期")
    bool newParagraph = true; ///< preceded by an empty line
};

struct InvitationCardText
{
    QString headline;
    QVector<InvitationBlock> blocks;
};

/// The expanded template split into the card's hierarchy (see InvitationTemplate's layout convention).
InvitationCardText splitInvitationText(const QString& expanded);

/// Paints (or only measures) one card; shared by the preview, the print and the PDF.
class InvitationCard
{
public:
    InvitationCard(const InvitationRenderer::Input& in, const InvitationGuest& guest);

    /// `rect` is the card in painter units; `pageEdge`: the card's edges are the paper's (keep the frame
    /// inside the printer's unprintable margin). Returns the text scale used; *fits false on overflow.
    double paint(QPainter* painter, QPaintDevice* device, const QRectF& rect, double unitPerMm, bool pageEdge,
                 bool draw, bool* fits) const;

private:
    QFont font(bool serif, double pt, bool bold) const;
    double paintHeader(QPainter* p, QPaintDevice* d, double top, bool draw) const;
    double paintFooter(QPainter* p, QPaintDevice* d, double bottom, bool draw) const;
    double paintMiddle(QPainter* p, QPaintDevice* d, double top, double scale, bool draw) const;

    const InvitationRenderer::Input& m_in;
    const InvitationGuest& m_guest;
    InvitationCardText m_text;
    BarcodeSymbol m_qr;
    BarcodeSymbol m_bar;
    // Set by paint():
    mutable double m_u = 1; ///< painter units per reference point
    mutable double m_dpi = 72;
    mutable double m_left = 0; ///< content column, painter units
    mutable double m_width = 0;
};

} // namespace md

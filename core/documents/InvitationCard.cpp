// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/InvitationCard.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;
// The design is drawn for an A6 card (105 mm wide); other cards scale it.
constexpr double kReferenceWidthPt = 105.0 * kPtPerMm;

const QColor kInk(0x22, 0x24, 0x2a);
const QColor kMuted(0x6e, 0x6a, 0x66);
const QColor kAccent(0x8a, 0x1c, 0x2b); // burgundy: headline, tier
const QColor kGold(0xb0, 0x8d, 0x57);   // rules and frame
const QColor kPanel(0xf8, 0xf4, 0xec);  // details panel: warm paper tint

QFont makeFont(bool serif, double px, bool bold)
{
    // Latin letters and digits come first from DejaVu: Qt's PDF writer keeps their text mapping, so names
    // and card numbers can be searched and copied; Chinese falls through to Noto CJK.
    QFont f(serif ? u"DejaVu Serif"_s : u"DejaVu Sans"_s);
    if (serif)
        f.setFamilies({u"DejaVu Serif"_s, u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s,
                       u"Source Han Serif SC"_s, u"WenQuanYi Micro Hei"_s});
    else
        f.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s, u"Source Han Sans SC"_s,
                       u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK JP"_s});
    f.setStyleHint(serif ? QFont::Serif : QFont::SansSerif);
    f.setPointSizeF(px);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the same shapes at every resolution
    return f;
}

/// Chinese reads best justified; Latin text in a narrow column gets rivers, so it stays ragged.
bool mostlyCjk(const QString& text)
{
    int cjk = 0;
    for (QChar c : text)
        cjk += c.unicode() >= 0x2e80 ? 1 : 0;
    return cjk * 2 > text.size();
}

/// Lays `text` out in `width` (painter units) and optionally draws it at `topLeft`; returns the height.
double textBlock(QPainter* painter, QPaintDevice* device, const QString& text, const QFont& font,
                 double width, double lineFactor, Qt::Alignment align, const QPointF& topLeft,
                 const QColor& color, bool draw, double letterSpacing = 0, bool wrap = true)
{
    const QFont& f = font;
    if (letterSpacing > 0) {
        // Tracked (letter-spaced) single lines are set glyph by glyph: QFont's absolute letter spacing is
        // scaled differently at different resolutions (none at 72 dpi, ×3 at 300 dpi), and the preview
        // must match the print. Too wide for one line: set normally, wrapped.
        const QFontMetricsF fm(f, device);
        QStringList glyphs;
        for (int i = 0; i < text.size(); ++i) {
            const int n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            glyphs << text.mid(i, n);
            i += n - 1;
        }
        double natural = letterSpacing * std::max<qsizetype>(0, glyphs.size() - 1);
        for (const QString& g : glyphs)
            natural += fm.horizontalAdvance(g);
        if (natural <= width) {
            const double lineHeight = fm.height() * lineFactor;
            if (draw) {
                double x = topLeft.x();
                if (align & Qt::AlignHCenter)
                    x += (width - natural) / 2;
                else if (align & Qt::AlignRight)
                    x += width - natural;
                const double baseline = topLeft.y() + (lineHeight - fm.height()) / 2 + fm.ascent();
                painter->save();
                painter->setFont(f);
                painter->setPen(color);
                for (const QString& g : glyphs) {
                    painter->drawText(QPointF(x, baseline), g);
                    x += fm.horizontalAdvance(g) + letterSpacing;
                }
                painter->restore();
            }
            return lineHeight;
        }
    }
    QTextLayout layout(text, f, device);
    QTextOption option(align);
    option.setWrapMode(wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(option);
    const QFontMetricsF fm(f, device);
    const double lineHeight = fm.height() * lineFactor;
    double y = 0;
    layout.beginLayout();
    int lines = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        // Extra leading split above and below the line keeps its text centred on the line pitch.
        line.setPosition(QPointF(0, y + (lineHeight - line.height()) / 2));
        y += lineHeight;
        ++lines;
    }
    layout.endLayout();
    if (draw && lines > 0) {
        painter->save();
        painter->setPen(color);
        layout.draw(painter, topLeft);
        painter->restore();
    }
    return y;
}

} // namespace

InvitationCardText splitInvitationText(const QString& expanded)
{
    InvitationCardText out;
    const QStringList lines = expanded.split(u'\n');
    bool gap = false;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            gap = true;
            continue;
        }
        if (out.headline.isEmpty() && out.blocks.isEmpty() && !raw.startsWith(u'>')) {
            out.headline = line;
            gap = false;
            continue;
        }
        InvitationBlock b;
        b.newParagraph = gap;
        gap = false;
        if (raw.startsWith(u"> "_s) || raw.startsWith(u">"_s)) {
            b.kind = InvitationBlock::Detail;
            QString body = raw.mid(1).trimmed();
            int colon = -1;
            for (int i = 0; i < body.size(); ++i) {
                if (body.at(i) == u':' || body.at(i) == u'：') {
                    colon = i;
                    break;
                }
            }
            if (colon > 0 && colon < 24) {
                b.label = body.left(colon).trimmed();
                b.text = body.mid(colon + 1).trimmed();
            } else {
                b.text = body;
            }
        } else {
            b.text = line;
        }
        out.blocks << b;
    }
    return out;
}

InvitationCard::InvitationCard(const InvitationRenderer::Input& in, const InvitationGuest& guest)
    : m_in(in), m_guest(guest)
{
    const InvitationTemplate& t = in.invitationTemplate;
    m_text = splitInvitationText(t.expand(in.event, guest, in.storeName, in.locale));
    if (!guest.token.isEmpty())
        m_qr = Barcode::encodeQr(guest.token, QrErrorCorrection::Q, nullptr);
    if (!guest.card.isEmpty())
        m_bar = Barcode::encodeCode128(guest.card, nullptr);
}

QFont InvitationCard::font(bool serif, double pt, bool bold) const
{
    // pt on the reference card → device-independent size: u painter units per reference point, and
    // a QFont point is dpi/72 painter units.
    return makeFont(serif, pt * m_u * 72.0 / m_dpi, bold);
}

double InvitationCard::paintHeader(QPainter* p, QPaintDevice* d, double top, bool draw) const
{
    const double u = m_u;
    double y = top;
    const double cx = m_left + m_width / 2;
    if (!m_in.logo.isNull()) {
        const QSizeF box(110 * u, 26 * u);
        QSizeF size = QSizeF(m_in.logo.size()).scaled(box, Qt::KeepAspectRatio);
        const QRectF target(cx - size.width() / 2, y, size.width(), size.height());
        if (draw) {
            p->save();
            p->setRenderHint(QPainter::SmoothPixmapTransform);
            p->drawImage(target, m_in.logo);
            p->restore();
        }
        y += size.height() + 5 * u;
        y += textBlock(p, d, m_in.storeName, font(false, 7.5, false), m_width, 1.2, Qt::AlignHCenter,
                       QPointF(m_left, y), kMuted, draw, 2.4 * u);
    } else {
        y += textBlock(p, d, m_in.storeName, font(true, 12, true), m_width, 1.2, Qt::AlignHCenter,
                       QPointF(m_left, y), kInk, draw, 3.0 * u);
    }
    y += 6 * u;
    if (draw) {
        p->save();
        p->setPen(QPen(kGold, 0.8 * u));
        p->drawLine(QPointF(cx - 22 * u, y), QPointF(cx + 22 * u, y));
        p->restore();
    }
    y += 6 * u;
    y += textBlock(
        p, d, InvitationRenderer::tr("INVITATION", "small heading above the invitation's headline"),
        font(false, 7.5, true), m_width, 1.2, Qt::AlignHCenter, QPointF(m_left, y), kGold, draw, 6.0 * u);
    return y - top;
}

double InvitationCard::paintFooter(QPainter* p, QPaintDevice* d, double bottom, bool draw) const
{
    const double u = m_u;
    const double qrSide = 64 * u; // with its quiet zone
    const double captionGap = 2 * u;
    const QFont caption = font(false, 6.5, false);
    const double captionH = QFontMetricsF(caption, d).height();
    const double height = qrSide + captionGap + captionH;
    const double top = bottom - height;
    if (!draw)
        return height;

    // A hairline separates the codes from the letter.
    p->save();
    p->setPen(QPen(kGold, 0.5 * u));
    p->drawLine(QPointF(m_left, top - 8 * u), QPointF(m_left + m_width, top - 8 * u));
    p->restore();

    double right = m_left + m_width;
    if (!m_qr.isNull()) {
        // QR on the right edge of the column: the eye ends there, and the door scanner finds it.
        const QRectF qrRect(right - qrSide, top, qrSide, qrSide);
        const QRectF symbol = Barcode::paint(p, qrRect, m_qr, kInk);
        // Centred under the code when it fits there, otherwise ending at the code's right edge.
        const QString scan = InvitationRenderer::tr("Scan at the door to check in");
        const double scanW = QFontMetricsF(caption, d).horizontalAdvance(scan);
        const double centredW = qrSide + 20 * u;
        const bool centred = scanW <= centredW;
        const double boxW = centred ? centredW : m_width * 0.55;
        const double boxX = centred ? qrRect.center().x() - boxW / 2 : symbol.right() - boxW;
        textBlock(p, d, scan, caption, boxW, 1.0, centred ? Qt::AlignHCenter : Qt::AlignRight,
                  QPointF(boxX, top + qrSide + captionGap), kMuted, true);
        right -= qrSide + 10 * u;
    }

    // Left column: who the card is for, then the member card barcode with its number.
    const double colW = right - m_left;
    double y = top + 4 * u;
    QString who = m_guest.name.trimmed();
    y += textBlock(p, d, who, font(true, 10.5, true), colW, 1.2, Qt::AlignLeft, QPointF(m_left, y), kInk,
                   true);
    if (!m_guest.tierName.trimmed().isEmpty())
        y += textBlock(p, d,
                       InvitationRenderer::tr("%1 member", "tier line on the invitation, e.g. 金卡会员")
                           .arg(m_guest.tierName.trimmed()),
                       font(false, 7.5, true), colW, 1.3, Qt::AlignLeft, QPointF(m_left, y), kAccent, true);
    if (!m_bar.isNull()) {
        const QFont number = makeFont(false, 7.5 * m_u * 72.0 / m_dpi, false);
        const double numberH = QFontMetricsF(number, d).height();
        const double barH = 20 * u;
        const double barBottom = top + qrSide - numberH - 1 * u;
        // Modules of ~0.3 mm on the reference card: an ordinary counter scanner reads them.
        const double module = std::min(0.85 * u, colW / (m_bar.columns() + 2 * m_bar.quietZoneModules()));
        const QSizeF natural = Barcode::naturalSize(m_bar, module, barH);
        // The quiet zone is white space already: pull the bars left so they align with the text.
        const double qzW = module * m_bar.quietZoneModules();
        const QRectF barRect(m_left - qzW, barBottom - barH, natural.width(), barH);
        const QRectF bars = Barcode::paint(p, barRect, m_bar, kInk);
        // The human-readable number, centred under the bars, unspaced so it copies and searches as one word.
        const double advance = QFontMetricsF(number, d).horizontalAdvance(m_guest.card);
        textBlock(p, d, m_guest.card, number, advance + 40 * u, 1.0, Qt::AlignLeft,
                  QPointF(bars.center().x() - advance / 2, bars.bottom() + 1 * u), kInk, true, 0, false);
    }
    return height;
}

double InvitationCard::paintMiddle(QPainter* p, QPaintDevice* d, double top, double s, bool draw) const
{
    const double u = m_u;
    double y = top;
    if (!m_text.headline.isEmpty()) {
        y += textBlock(p, d, m_text.headline, font(true, 14 * s, true), m_width, 1.25, Qt::AlignHCenter,
                       QPointF(m_left, y), kAccent, draw);
        y += 10 * u * s;
    }
    const QFont body = font(false, 8.2 * s, false);
    const QFont label = font(false, 7.2 * s, false);
    const QFont value = font(false, 8.2 * s, true);
    const QFontMetricsF bodyFm(body, d);
    // Detail labels line up in one column as wide as the widest label.
    double labelW = 0;
    for (const InvitationBlock& b : m_text.blocks)
        if (b.kind == InvitationBlock::Detail && !b.label.isEmpty())
            labelW = std::max(labelW, QFontMetricsF(label, d).horizontalAdvance(b.label));
    if (labelW > 0)
        labelW += 8 * u * s;
    const double detailIndent = 10 * u;
    const double panelPad = 5 * u * s;
    auto detailHeight = [&](const InvitationBlock& b, double y0, bool drawIt) {
        const double x = m_left + detailIndent;
        const double w = m_width - 2 * detailIndent;
        if (b.label.isEmpty())
            return textBlock(p, d, b.text, value, w, 1.5, Qt::AlignLeft, QPointF(x, y0), kInk, drawIt);
        // The label sits on the value's first baseline: same line pitch, smaller type.
        const double vh = textBlock(p, d, b.text, value, w - labelW, 1.5, Qt::AlignLeft,
                                    QPointF(x + labelW, y0), kInk, drawIt);
        const QFontMetricsF vfm(value, d), lfm(label, d);
        const double baselineShift = (vfm.ascent() - lfm.ascent()) - (vfm.height() - lfm.height()) / 2;
        textBlock(p, d, b.label, label, labelW, 1.5 * vfm.height() / lfm.height(), Qt::AlignLeft,
                  QPointF(x, y0 + baselineShift), kMuted, drawIt);
        return vh;
    };
    for (int i = 0; i < m_text.blocks.size(); ++i) {
        const InvitationBlock& b = m_text.blocks.at(i);
        if (i > 0) {
            if (b.kind != m_text.blocks.at(i - 1).kind)
                y += bodyFm.height() * 0.9;
            else if (b.newParagraph)
                y += bodyFm.height() * 0.6;
        }
        if (b.kind == InvitationBlock::Paragraph) {
            y += textBlock(p, d, b.text, body, m_width, 1.45,
                           mostlyCjk(b.text) ? Qt::AlignJustify : Qt::AlignLeft, QPointF(m_left, y), kInk,
                           draw);
            continue;
        }
        // A run of details sits on a tinted panel with a gold edge: the facts a guest looks up again.
        int last = i;
        while (last + 1 < m_text.blocks.size() && m_text.blocks.at(last + 1).kind == InvitationBlock::Detail)
            ++last;
        double runH = 0;
        for (int j = i; j <= last; ++j)
            runH += detailHeight(m_text.blocks.at(j), 0, false);
        if (draw) {
            p->save();
            const QRectF panel(m_left, y, m_width, runH + 2 * panelPad);
            p->fillRect(panel, kPanel);
            p->fillRect(QRectF(panel.left(), panel.top(), 1.6 * u, panel.height()), kGold);
            p->restore();
        }
        y += panelPad;
        for (int j = i; j <= last; ++j)
            y += detailHeight(m_text.blocks.at(j), y, draw);
        y += panelPad;
        i = last;
    }
    return y - top;
}

double InvitationCard::paint(QPainter* painter, QPaintDevice* device, const QRectF& rect, double unitPerMm,
                             bool pageEdge, bool draw, bool* fits) const
{
    m_u = rect.width() / kReferenceWidthPt;
    m_dpi = device->logicalDpiY() > 0 ? device->logicalDpiY() : 72;
    const double u = m_u;
    // Inside the printer's unprintable margin (~5 mm) when the card is the page.
    const double frameInset = std::max(pageEdge ? 4.5 * unitPerMm : 0.0, 8.0 * u);
    const QRectF frame = rect.adjusted(frameInset, frameInset, -frameInset, -frameInset);
    const double pad = 13 * u;
    m_left = frame.left() + pad;
    m_width = frame.width() - 2 * pad;

    if (draw) {
        painter->save();
        painter->fillRect(rect, Qt::white);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(kGold, 1.2 * u));
        painter->drawRect(frame);
        painter->setPen(QPen(kGold, 0.4 * u));
        painter->drawRect(frame.adjusted(3 * u, 3 * u, -3 * u, -3 * u));
        painter->restore();
    }

    const double headerTop = frame.top() + pad;
    const double headerH = paintHeader(painter, device, headerTop, draw);
    const double footerH = paintFooter(painter, device, frame.bottom() - pad, draw);
    const double middleTop = headerTop + headerH + 12 * u;
    const double middleBottom = frame.bottom() - pad - footerH - 14 * u;
    const double available = middleBottom - middleTop;

    // Small cards (the four-up sheet) may set short text a little larger when it leaves room.
    double scale = rect.width() < 100 * unitPerMm ? 1.1 : 1.0;
    double height = paintMiddle(painter, device, middleTop, scale, false);
    while (height > available && scale > 0.755) {
        scale -= 0.05;
        height = paintMiddle(painter, device, middleTop, scale, false);
    }
    if (fits)
        *fits = height <= available;
    if (draw) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setClipRect(QRectF(frame.left(), middleTop - 4 * u, frame.width(), available + 8 * u));
        // Short text sits a little above the middle of the free space, like a letter.
        const double slack = std::max(0.0, available - height);
        paintMiddle(painter, device, middleTop + slack * 0.4, scale, true);
        painter->restore();
    }
    return scale;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/InvitationRenderer.h"

#include "documents/Barcode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

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
const QColor kCropMark(0x00, 0x00, 0x00);
const QColor kPanel(0xf8, 0xf4, 0xec); // details panel: warm paper tint

// A4 four-up: cards a little smaller than A6 so the crop marks sit in a margin every printer can print.
constexpr double kFourUpCardW = 92.0;
constexpr double kFourUpCardH = 132.0;

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

/// One block of the card's middle part.
struct Block
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

struct CardText
{
    QString headline;
    QVector<Block> blocks;
};

CardText splitText(const QString& expanded)
{
    CardText out;
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
        Block b;
        b.newParagraph = gap;
        gap = false;
        if (raw.startsWith(u"> "_s) || raw.startsWith(u">"_s)) {
            b.kind = Block::Detail;
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

/// Lays `text` out in `width` (painter units) and optionally draws it at `topLeft`; returns the height.
double textBlock(QPainter* painter, QPaintDevice* device, const QString& text, const QFont& font,
                 double width, double lineFactor, Qt::Alignment align, const QPointF& topLeft,
                 const QColor& color, bool draw, double letterSpacing = 0, bool wrap = true)
{
    QFont f = font;
    if (letterSpacing != 0)
        f.setLetterSpacing(QFont::AbsoluteSpacing, letterSpacing);
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

/// Paints (or only measures) one card; shared by the preview, the print and the PDF.
class InvitationCard
{
public:
    InvitationCard(const InvitationRenderer::Input& in, const InvitationGuest& guest)
        : m_in(in), m_guest(guest)
    {
        const InvitationTemplate& t = in.invitationTemplate;
        m_text = splitText(t.expand(in.event, guest, in.storeName, in.locale));
        if (!guest.token.isEmpty())
            m_qr = Barcode::encodeQr(guest.token, QrErrorCorrection::Q, nullptr);
        if (!guest.card.isEmpty())
            m_bar = Barcode::encodeCode128(guest.card, nullptr);
    }

    /// `rect` is the card in painter units; `pageEdge`: the card's edges are the paper's (keep the frame
    /// inside the printer's unprintable margin). Returns the text scale used; *fits false on overflow.
    double paint(QPainter* painter, QPaintDevice* device, const QRectF& rect, double unitPerMm, bool pageEdge,
                 bool draw, bool* fits) const;

private:
    QFont font(bool serif, double pt, bool bold) const
    {
        // pt on the reference card → device-independent size: u painter units per reference point, and
        // a QFont point is dpi/72 painter units.
        return makeFont(serif, pt * m_u * 72.0 / m_dpi, bold);
    }
    double paintHeader(QPainter* p, QPaintDevice* d, double top, bool draw) const;
    double paintFooter(QPainter* p, QPaintDevice* d, double bottom, bool draw) const;
    double paintMiddle(QPainter* p, QPaintDevice* d, double top, double scale, bool draw) const;

    const InvitationRenderer::Input& m_in;
    const InvitationGuest& m_guest;
    CardText m_text;
    BarcodeSymbol m_qr;
    BarcodeSymbol m_bar;
    // Set by paint():
    mutable double m_u = 1; ///< painter units per reference point
    mutable double m_dpi = 72;
    mutable double m_left = 0; ///< content column, painter units
    mutable double m_width = 0;
};

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
                       QPointF(m_left, y), kMuted, draw, 0.8 * u);
    } else {
        y += textBlock(p, d, m_in.storeName, font(true, 12, true), m_width, 1.2, Qt::AlignHCenter,
                       QPointF(m_left, y), kInk, draw, 1.2 * u);
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
        font(false, 7.5, true), m_width, 1.2, Qt::AlignHCenter, QPointF(m_left, y), kGold, draw, 2.5 * u);
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
    for (const Block& b : m_text.blocks)
        if (b.kind == Block::Detail && !b.label.isEmpty())
            labelW = std::max(labelW, QFontMetricsF(label, d).horizontalAdvance(b.label));
    if (labelW > 0)
        labelW += 8 * u * s;
    const double detailIndent = 10 * u;
    const double panelPad = 5 * u * s;
    auto detailHeight = [&](const Block& b, double y0, bool drawIt) {
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
        const Block& b = m_text.blocks.at(i);
        if (i > 0) {
            if (b.kind != m_text.blocks.at(i - 1).kind)
                y += bodyFm.height() * 0.9;
            else if (b.newParagraph)
                y += bodyFm.height() * 0.6;
        }
        if (b.kind == Block::Paragraph) {
            y += textBlock(p, d, b.text, body, m_width, 1.45,
                           mostlyCjk(b.text) ? Qt::AlignJustify : Qt::AlignLeft, QPointF(m_left, y), kInk,
                           draw);
            continue;
        }
        // A run of details sits on a tinted panel with a gold edge: the facts a guest looks up again.
        int last = i;
        while (last + 1 < m_text.blocks.size() && m_text.blocks.at(last + 1).kind == Block::Detail)
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

InvitationRenderer::InvitationRenderer(Input input) : m_in(std::move(input))
{
    // One logo image for every card: the PDF writer then embeds it once. 1200 px over the logo's
    // ~40 mm is ~760 dpi: crisp at 300 dpi.
    if (!m_in.logo.isNull() && qMax(m_in.logo.width(), m_in.logo.height()) > 1200)
        m_in.logo = m_in.logo.scaled(1200, 1200, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QString InvitationRenderer::layoutKey(InvitationLayout layout)
{
    switch (layout) {
    case InvitationLayout::A4Single:
        return u"a4"_s;
    case InvitationLayout::A4FourUp:
        return u"a4-4up"_s;
    case InvitationLayout::A6:
        return u"a6"_s;
    }
    return u"a4"_s;
}

bool InvitationRenderer::layoutFromKey(const QString& key, InvitationLayout* layout)
{
    for (InvitationLayout l : allLayouts()) {
        if (layoutKey(l) == key.trimmed().toLower()) {
            *layout = l;
            return true;
        }
    }
    return false;
}

QString InvitationRenderer::layoutName(InvitationLayout layout)
{
    switch (layout) {
    case InvitationLayout::A4Single:
        return tr("A4, one per page");
    case InvitationLayout::A4FourUp:
        return tr("A4, four cards per page (with crop marks)");
    case InvitationLayout::A6:
        return tr("A6 postcard");
    }
    return {};
}

QVector<InvitationLayout> InvitationRenderer::allLayouts()
{
    return {InvitationLayout::A4Single, InvitationLayout::A4FourUp, InvitationLayout::A6};
}

QPageSize InvitationRenderer::pageSize(InvitationLayout layout)
{
    return QPageSize(layout == InvitationLayout::A6 ? QPageSize::A6 : QPageSize::A4);
}

QSizeF InvitationRenderer::cardSizeMm(InvitationLayout layout)
{
    switch (layout) {
    case InvitationLayout::A4Single:
        return QSizeF(210, 297);
    case InvitationLayout::A4FourUp:
        return QSizeF(kFourUpCardW, kFourUpCardH);
    case InvitationLayout::A6:
        return QSizeF(105, 148);
    }
    return QSizeF(210, 297);
}

int InvitationRenderer::cardsPerPage(InvitationLayout layout)
{
    return layout == InvitationLayout::A4FourUp ? 4 : 1;
}

int InvitationRenderer::pageCount(InvitationLayout layout, int invitations)
{
    if (invitations <= 0)
        return 0;
    const int per = cardsPerPage(layout);
    return (invitations + per - 1) / per;
}

bool InvitationRenderer::check(QString* error) const
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_in.guests.isEmpty())
        return fail(tr("There are no invitations to print: invite members to the event first."));
    QString problem;
    if (!m_in.invitationTemplate.validate(&problem))
        return fail(tr("The invitation text cannot be used:\n%1").arg(problem));
    for (const InvitationGuest& g : m_in.guests) {
        const QString who = g.name.trimmed().isEmpty() ? g.card : g.name.trimmed();
        if (g.token.trimmed().isEmpty())
            return fail(tr("The invitation for %1 has no check-in code. Invite the member again.").arg(who));
        if (Barcode::encodeQr(g.token, QrErrorCorrection::Q, &problem).isNull())
            return fail(tr("The check-in code for %1 cannot be printed: %2").arg(who, problem));
        if (!g.card.isEmpty() && Barcode::encodeCode128(g.card, &problem).isNull())
            return fail(tr("The card number of %1 cannot be printed: %2").arg(who, problem));
    }
    return true;
}

namespace {
QRectF fitCard(const QRectF& rect, const QSizeF& cardMm)
{
    const double scale = std::min(rect.width() / cardMm.width(), rect.height() / cardMm.height());
    const QSizeF size(cardMm.width() * scale, cardMm.height() * scale);
    return QRectF(rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2, size.width(),
                  size.height());
}
} // namespace

void InvitationRenderer::paintInvitation(QPainter* painter, const QRectF& rect, int guestIndex) const
{
    if (guestIndex < 0 || guestIndex >= m_in.guests.size())
        return;
    paintInvitation(painter, rect, m_in.guests.at(guestIndex));
}

void InvitationRenderer::paintInvitation(QPainter* painter, const QRectF& rect,
                                         const InvitationGuest& guest) const
{
    const QRectF card = fitCard(rect, cardSizeMm(m_in.layout));
    InvitationCard(m_in, guest)
        .paint(painter, painter->device(), card, card.width() / cardSizeMm(m_in.layout).width(),
               m_in.layout != InvitationLayout::A4FourUp, true, nullptr);
}

InvitationGuest InvitationRenderer::sampleGuest(const QString& tierName)
{
    InvitationGuest g;
    g.name = tr("Wang Fang", "a typical member name shown in the invitation preview (王芳)");
    g.gender = Gender::Female;
    g.tierName =
        tierName.isEmpty() ? tr("Gold", "sample tier name in the invitation preview (金卡)") : tierName;
    g.card = u"800000000017"_s;
    g.token = u"MD1.0.0.SAMPLE"_s;
    return g;
}

bool InvitationRenderer::fitsCard(const InvitationGuest& guest, double* scale) const
{
    // Measure on a 300 dpi device the size of the card, as the PDF would.
    const QSizeF mm = cardSizeMm(m_in.layout);
    QImage device(8, 8, QImage::Format_RGB32);
    device.setDotsPerMeterX(int(std::lround(300 / 0.0254)));
    device.setDotsPerMeterY(int(std::lround(300 / 0.0254)));
    const QRectF card(0, 0, mm.width() / 25.4 * 300, mm.height() / 25.4 * 300);
    bool fits = false;
    const double s = InvitationCard(m_in, guest)
                         .paint(nullptr, &device, card, 300 / 25.4, m_in.layout != InvitationLayout::A4FourUp,
                                false, &fits);
    if (scale)
        *scale = s;
    return fits;
}

QImage InvitationRenderer::previewImage(const InvitationGuest& guest, double dpi) const
{
    const QSizeF mm = cardSizeMm(m_in.layout);
    QImage image(int(std::lround(mm.width() / 25.4 * dpi)), int(std::lround(mm.height() / 25.4 * dpi)),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintInvitation(&painter, QRectF(image.rect()), guest);
    painter.end();
    return image;
}

namespace {
void drawCropMarks(QPainter* p, double unitPerMm, const QPointF& origin)
{
    const double x0 = (210 - 2 * kFourUpCardW) / 2;
    const double y0 = (297 - 2 * kFourUpCardH) / 2;
    const double gap = 2.5; // mm between a mark and the card
    const double outer = 4; // mm from the paper's edge
    p->save();
    p->setPen(QPen(kCropMark, 0.3 / kPtPerMm * unitPerMm)); // 0.3 pt
    auto mm = [&](double x, double y) { return origin + QPointF(x * unitPerMm, y * unitPerMm); };
    for (int i = 0; i <= 2; ++i) {
        const double x = x0 + i * kFourUpCardW;
        p->drawLine(mm(x, outer), mm(x, y0 - gap));
        p->drawLine(mm(x, 297 - outer), mm(x, 297 - y0 + gap));
        const double y = y0 + i * kFourUpCardH;
        p->drawLine(mm(outer, y), mm(x0 - gap, y));
        p->drawLine(mm(210 - outer, y), mm(210 - x0 + gap, y));
    }
    p->restore();
}
} // namespace

bool InvitationRenderer::paint(QPagedPaintDevice* device, QString* error, const Progress& progress) const
{
    bool began = false;
    return paintPages(device, error, progress, &began);
}

bool InvitationRenderer::paintPages(QPagedPaintDevice* device, QString* error, const Progress& progress,
                                    bool* began) const
{
    *began = false;
    if (!check(error))
        return false;
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error =
                tr("Cannot write the invitations (is the folder writable and the file not open elsewhere?).");
        return false;
    }
    *began = true;
    const QSizeF pageMm = pageSize(m_in.layout).size(QPageSize::Millimeter);
    // Device units per millimetre: content is scaled to the device's page and centred on it.
    const double unit = std::min(device->width() / pageMm.width(), device->height() / pageMm.height());
    const QPointF origin((device->width() - pageMm.width() * unit) / 2,
                         (device->height() - pageMm.height() * unit) / 2);
    const int pages = pageCount();
    const int per = cardsPerPage(m_in.layout);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            if (error)
                *error = tr("Cannot add a page to the invitations.");
            painter.end();
            return false;
        }
        if (m_in.layout == InvitationLayout::A4FourUp) {
            const double x0 = (210 - 2 * kFourUpCardW) / 2;
            const double y0 = (297 - 2 * kFourUpCardH) / 2;
            for (int slot = 0; slot < per; ++slot) {
                const int index = page * per + slot;
                if (index >= m_in.guests.size())
                    break;
                const QRectF card(origin.x() + (x0 + (slot % 2) * kFourUpCardW) * unit,
                                  origin.y() + (y0 + (slot / 2) * kFourUpCardH) * unit, kFourUpCardW * unit,
                                  kFourUpCardH * unit);
                InvitationCard(m_in, m_in.guests.at(index))
                    .paint(&painter, device, card, unit, false, true, nullptr);
            }
            drawCropMarks(&painter, unit, origin);
        } else {
            const QRectF card(origin, QSizeF(pageMm.width() * unit, pageMm.height() * unit));
            InvitationCard(m_in, m_in.guests.at(page))
                .paint(&painter, device, card, unit, true, true, nullptr);
        }
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            if (error)
                *error = tr("Printing the invitations was cancelled.");
            return false;
        }
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Cannot finish writing the invitations.");
        return false;
    }
    return true;
}

bool InvitationRenderer::writePdf(const QString& path, int* pages, QString* error,
                                  const Progress& progress) const
{
    if (!check(error))
        return false;
    const QFileInfo info(path);
    if (path.trimmed().isEmpty()) {
        if (error)
            *error = tr("Choose a file to save the invitations to.");
        return false;
    }
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.isDir()) {
        if (error)
            *error =
                tr("%1 is a folder: give a file name ending in .pdf.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    {
        // QPdfWriter reports an unwritable file only as a failed begin(); ask the file system first.
        QFile probe(path);
        const bool existed = probe.exists();
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Append)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), probe.errorString());
            return false;
        }
        probe.close();
        if (!existed)
            probe.remove();
    }
    bool ok = false;
    bool began = false;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageSize(pageSize(m_in.layout));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(tr("%1 — invitations").arg(m_in.event.title));
        writer.setCreator(u"MemberDesk"_s);
        ok = paintPages(&writer, error, progress, &began);
    }
    if (!ok) {
        // A half-written PDF is worse than none; a file the writer never opened is left alone.
        if (began)
            QFile::remove(path);
        return false;
    }
    if (pages)
        *pages = pageCount();
    return true;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/InvitationRenderer.h"

#include "documents/Barcode.h"
#include "documents/InvitationCard.h"
#include "documents/PdfCreationDate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;
const QColor kCropMark(0x00, 0x00, 0x00);
// A4 four-up: cards a little smaller than A6 so the crop marks sit in a margin every printer can print.
constexpr double kFourUpCardW = 92.0;
constexpr double kFourUpCardH = 132.0;

} // namespace

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
    stampPdfCreationDate(path, m_in.createdAt);
    if (pages)
        *pages = pageCount();
    return true;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/InvitationTemplate.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace md {

/// How invitations sit on paper.
enum class InvitationLayout
{
    A4Single, ///< one invitation filling an A4 portrait page
    A4FourUp, ///< four cards on an A4 portrait page, with crop marks for the guillotine
    A6,       ///< one postcard per A6 portrait page
};

/// Personalised VIP-event invitations: the store's logo and name, the owner's template expanded for each
/// guest (headline, salutation, details), a QR code with the guest's check-in token and the member card
/// as Code 128 with its number. Text is vector (Noto Sans CJK for Chinese, DejaVu Sans for Latin and
/// digits); barcodes are vector rectangles; the logo is drawn at print resolution.
///
/// Needs a QGuiApplication (fonts). User text goes through tr(): install translators before painting.
/// The same paintInvitation() draws the live preview, the print preview and the PDF.
class InvitationRenderer
{
    Q_DECLARE_TR_FUNCTIONS(InvitationRenderer)
public:
    struct Input
    {
        InvitationEvent event;
        QVector<InvitationGuest> guests;
        InvitationTemplate invitationTemplate;
        QString storeName;
        QImage logo; ///< null: the store name stands alone
        QLocale locale;
        InvitationLayout layout = InvitationLayout::A4Single;
        QDateTime createdAt; ///< the injected clock's now: the PDF's creation date (invalid: the system's)
    };

    /// Called after each page: (pages done, pages total). Return false to cancel: writePdf() then fails
    /// with a "cancelled" error and removes the partial file; paint() on a QPrinter would still send the
    /// pages painted so far, so call QPrinter::abort() in the callback before returning false.
    using Progress = std::function<bool(int done, int total)>;

    explicit InvitationRenderer(Input input);

    const Input& input() const { return m_in; }

    /// "a4", "a4-4up", "a6" (the CLI's --layout values) and back; false for an unknown key.
    static QString layoutKey(InvitationLayout layout);
    static bool layoutFromKey(const QString& key, InvitationLayout* layout);
    /// Translated name for menus ("A4, one per page").
    static QString layoutName(InvitationLayout layout);
    static QVector<InvitationLayout> allLayouts();

    /// The paper the layout prints on (portrait).
    static QPageSize pageSize(InvitationLayout layout);
    /// Size of one invitation in millimetres (a card of the 4-up sheet is smaller than an A6 page).
    static QSizeF cardSizeMm(InvitationLayout layout);
    static int cardsPerPage(InvitationLayout layout);
    /// Pages needed for `invitations` invitations (0 for none).
    static int pageCount(InvitationLayout layout, int invitations);
    int pageCount() const { return pageCount(m_in.layout, int(m_in.guests.size())); }

    /// Problems that stop rendering: no guests, an invalid template, a guest without a token or card
    /// that cannot be encoded. False with a clear *error.
    bool check(QString* error) const;

    /// Paints invitation `guestIndex` into `rect` (painter coordinates; the card keeps its aspect ratio
    /// and is centred). For the editor's live preview, with `guest` overriding the stored guest when given
    /// (e.g. a sample member).
    void paintInvitation(QPainter* painter, const QRectF& rect, int guestIndex) const;
    void paintInvitation(QPainter* painter, const QRectF& rect, const InvitationGuest& guest) const;

    /// A made-up guest for the template editor's preview before anyone is invited: a translated sample
    /// name, female, a generated-format card number and a token no check-in accepts.
    static InvitationGuest sampleGuest(const QString& tierName = {});

    /// Whether `guest`'s text fits its card. Long text is first set smaller (down to 70 %); *scale gets
    /// the factor used. False when even the smallest size overflows (the end is then cut off): the
    /// editor should say "the text is too long for this layout".
    bool fitsCard(const InvitationGuest& guest, double* scale = nullptr) const;

    /// One invitation as an image at `dpi` (white background) — a live preview, or a test.
    QImage previewImage(const InvitationGuest& guest, double dpi = 150) const;

    /// Paints every page on `device` (a QPdfWriter or a QPrinter set to pageSize(); content is scaled to
    /// the device's page and centred). Give a QPrinter setFullPage(true) so cards and crop marks print at
    /// their true size. False with *error on a device error or cancellation.
    bool paint(QPagedPaintDevice* device, QString* error, const Progress& progress = {}) const;

    /// Writes a PDF (pageSize(), 300 dpi, vector text). *pages gets the page count. False with *error for
    /// no guests, an unwritable file, a failing check(), or cancellation (the partial file is removed).
    bool writePdf(const QString& path, int* pages, QString* error, const Progress& progress = {}) const;

private:
    /// paint(); *began tells whether the device was opened (and a file possibly truncated).
    bool paintPages(QPagedPaintDevice* device, QString* error, const Progress& progress, bool* began) const;

    Input m_in;
};

} // namespace md

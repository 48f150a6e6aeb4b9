// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/Barcode.h"

#define ZX_USE_UTF8 1
#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <exception>

using namespace Qt::StringLiterals;

namespace md {

BarcodeSymbol::BarcodeSymbol(BarcodeFormat format, int columns, int rows, QVector<bool> modules)
    : m_format(format), m_columns(columns), m_rows(rows), m_modules(std::move(modules))
{
    if (m_columns <= 0 || m_rows <= 0 || m_modules.size() != qsizetype(m_columns) * m_rows) {
        m_columns = 0;
        m_rows = 0;
        m_modules.clear();
    }
}

namespace {

// zxing-cpp 1.4 maps its 0–8 "eccLevel" onto the QR levels in pairs: 0–1 L, 2–3 M, 4–5 Q, 6–8 H
// (the tests read the level back from a decoded symbol to keep this honest).
int zxingEccLevel(QrErrorCorrection level)
{
    return level == QrErrorCorrection::Q ? 5 : 3;
}

BarcodeSymbol fromMatrix(BarcodeFormat format, const ZXing::BitMatrix& matrix, bool linear)
{
    const int columns = matrix.width();
    const int rows = linear ? 1 : matrix.height();
    QVector<bool> modules(qsizetype(columns) * rows, false);
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x)
            modules[qsizetype(y) * columns + x] = matrix.get(x, y);
    return BarcodeSymbol(format, columns, rows, std::move(modules));
}

} // namespace

BarcodeSymbol Barcode::encodeQr(const QString& text, QrErrorCorrection level, QString* error)
{
    if (text.isEmpty()) {
        if (error)
            *error = tr("There is nothing to put in the QR code.");
        return {};
    }
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0).setEccLevel(zxingEccLevel(level));
        // ASCII needs no ECI header (every reader understands it); anything else is declared UTF-8.
        if (!ascii)
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), 0, 0);
        return fromMatrix(BarcodeFormat::QrCode, matrix, false);
    } catch (const std::exception&) {
        if (error)
            *error = tr("The text is too long for a QR code (%Ln character(s)).", "", int(text.size()));
        return {};
    }
}

BarcodeSymbol Barcode::encodeCode128(const QString& text, QString* error)
{
    if (text.isEmpty()) {
        if (error)
            *error = tr("There is no number to put in the barcode.");
        return {};
    }
    for (QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126) {
            if (error)
                *error = tr("“%1” cannot be printed as a Code 128 barcode: only letters, digits and "
                            "ordinary punctuation can.")
                             .arg(text);
            return {};
        }
    }
    if (text.size() > 80) {
        if (error)
            *error = tr("“%1” is too long for a barcode (at most 80 characters).").arg(text);
        return {};
    }
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
        writer.setMargin(0);
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), 0, 1);
        return fromMatrix(BarcodeFormat::Code128, matrix, true);
    } catch (const std::exception&) {
        if (error)
            *error = tr("“%1” cannot be printed as a Code 128 barcode.").arg(text);
        return {};
    }
}

QSizeF Barcode::naturalSize(const BarcodeSymbol& symbol, double moduleWidth, double barHeight)
{
    if (symbol.isNull())
        return {};
    const int qz = symbol.quietZoneModules();
    if (symbol.isLinear())
        return QSizeF((symbol.columns() + 2 * qz) * moduleWidth, barHeight);
    return QSizeF((symbol.columns() + 2 * qz) * moduleWidth, (symbol.rows() + 2 * qz) * moduleWidth);
}

QRectF Barcode::paint(QPainter* painter, const QRectF& rect, const BarcodeSymbol& symbol, const QColor& ink)
{
    if (symbol.isNull() || rect.isEmpty())
        return {};
    const int qz = symbol.quietZoneModules();
    const int totalColumns = symbol.columns() + 2 * qz;
    const int totalRows = symbol.isLinear() ? 0 : symbol.rows() + 2 * qz;
    double module = symbol.isLinear() ? rect.width() / totalColumns
                                      : qMin(rect.width() / totalColumns, rect.height() / totalRows);

    // Device pixels per painter unit (the painters we use never rotate).
    const double scale = std::abs(painter->deviceTransform().m11());
    if (scale > 0 && module * scale >= 1.0)
        module = std::floor(module * scale) / scale;

    const double fullWidth = module * totalColumns;
    const double fullHeight = symbol.isLinear() ? rect.height() : module * totalRows;
    QPointF origin(rect.center().x() - fullWidth / 2, rect.center().y() - fullHeight / 2);
    if (scale > 0) {
        // Start on a device pixel boundary so every module edge lands on one.
        const QPointF device = painter->deviceTransform().map(origin);
        origin = painter->deviceTransform().inverted().map(
            QPointF(std::round(device.x()), std::round(device.y())));
    }

    painter->save();
    painter->setPen(Qt::NoPen);
    painter->fillRect(QRectF(origin, QSizeF(fullWidth, fullHeight)), Qt::white);

    // One path of horizontal runs: adjacent modules merge, so rasterisers draw no hairline seams.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const QPointF symbolOrigin = origin + QPointF(qz * module, symbol.isLinear() ? 0 : qz * module);
    const double rowHeight = symbol.isLinear() ? fullHeight : module;
    for (int y = 0; y < symbol.rows(); ++y) {
        int x = 0;
        while (x < symbol.columns()) {
            if (!symbol.module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < symbol.columns() && symbol.module(x, y))
                ++x;
            path.addRect(QRectF(symbolOrigin.x() + start * module, symbolOrigin.y() + y * rowHeight,
                                (x - start) * module, rowHeight));
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillPath(path, ink);
    painter->restore();
    return QRectF(symbolOrigin, QSizeF(symbol.columns() * module, symbol.rows() * rowHeight));
}

QVector<DecodedBarcode> Barcode::decode(const QImage& image)
{
    QVector<DecodedBarcode> found;
    if (image.isNull())
        return found;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    // Two passes. zxing-cpp 1.4 (Debian's build keeps its asserts) aborts when the image pyramid finds
    // the same linear code twice (Result::operator== asserts lineCount() == 1), so linear codes are read
    // on the full-size image only; QR codes may use the pyramid, which helps with large, sharp scans.
    const auto pass = [&](ZXing::BarcodeFormat format, bool downscale) {
        ZXing::DecodeHints hints;
        hints.setFormats(format);
        hints.setTryHarder(true);
        hints.setTryRotate(true);
        hints.setTryDownscale(downscale);
        const ZXing::Results results = ZXing::ReadBarcodes(view, hints);
        for (const ZXing::Result& r : results) {
            if (!r.isValid())
                continue;
            DecodedBarcode d;
            d.format =
                r.format() == ZXing::BarcodeFormat::QRCode ? BarcodeFormat::QrCode : BarcodeFormat::Code128;
            d.text = QString::fromStdString(r.text());
            d.ecLevel = QString::fromStdString(r.ecLevel());
            for (const auto& p : r.position())
                d.outline << QPointF(p.x, p.y);
            found << d;
        }
    };
    pass(ZXing::BarcodeFormat::QRCode, true);
    pass(ZXing::BarcodeFormat::Code128, false);
    return found;
}

} // namespace md

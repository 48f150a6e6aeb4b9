// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>

class QImage;
class QPainter;

namespace md {

/// The symbologies MemberDesk prints and reads.
enum class BarcodeFormat
{
    QrCode,  ///< check-in tokens on invitations
    Code128, ///< member card numbers
};

/// QR error correction: M restores ~15 % of damaged modules, Q ~25 % (better on crumpled paper).
enum class QrErrorCorrection
{
    M,
    Q,
};

/// An encoded symbol as a grid of modules (true = dark), without its quiet zone. A QR code has
/// rows == columns; a linear code (Code 128) has one row of bars.
class BarcodeSymbol
{
public:
    BarcodeSymbol() = default;
    BarcodeSymbol(BarcodeFormat format, int columns, int rows, QVector<bool> modules);

    bool isNull() const { return m_columns == 0; }
    BarcodeFormat format() const { return m_format; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    bool isLinear() const { return m_format == BarcodeFormat::Code128; }
    /// True when the module at (column, row) is dark.
    bool module(int column, int row) const { return m_modules.at(row * m_columns + column); }
    /// Light modules the symbology requires on each side: 4 for QR, 10 for Code 128.
    int quietZoneModules() const { return isLinear() ? 10 : 4; }

private:
    BarcodeFormat m_format = BarcodeFormat::QrCode;
    int m_columns = 0;
    int m_rows = 0;
    QVector<bool> m_modules;
};

/// One barcode found in an image.
struct DecodedBarcode
{
    BarcodeFormat format = BarcodeFormat::QrCode;
    QString text;
    QString ecLevel;   ///< QR only: "L", "M", "Q" or "H" as the reader reports it
    QPolygonF outline; ///< where it was found, in image pixels
};

/// Barcodes written and read with zxing-cpp (libzxing-dev 1.4). Symbols are painted as vector filled
/// rectangles (one path), so they stay crisp at any resolution, on a PDF or a printer.
class Barcode
{
    Q_DECLARE_TR_FUNCTIONS(Barcode)
public:
    /// Encodes `text` (UTF-8, up to a few hundred characters) as a QR code. Null symbol with *error when
    /// the text is empty or too long.
    static BarcodeSymbol encodeQr(const QString& text, QrErrorCorrection level, QString* error);
    /// Encodes `text` as Code 128 (printable ASCII only: card numbers are letters and digits). Null
    /// symbol with *error for empty text or characters Code 128 cannot carry.
    static BarcodeSymbol encodeCode128(const QString& text, QString* error);

    /// Paints `symbol` centred in `rect` (painter coordinates) on a white background that includes the
    /// quiet zone, dark modules in `ink`. QR modules are square and the whole code fits the smaller side;
    /// Code 128 bars fill the rect's height. When a module is at least one device pixel wide its width is
    /// snapped to whole device pixels (no blurred edges on a printer or a preview). Returns the rect of
    /// the symbol itself (without its quiet zone); an empty rect for a null symbol or an empty `rect`.
    static QRectF paint(QPainter* painter, const QRectF& rect, const BarcodeSymbol& symbol,
                        const QColor& ink = Qt::black);

    /// The width/height ratio a rect needs to show `symbol` with its quiet zone and no wasted space when
    /// modules are `moduleWidth` and a linear code is `barHeight` tall (same unit).
    static QSizeF naturalSize(const BarcodeSymbol& symbol, double moduleWidth, double barHeight = 0);

    /// Every QR code and Code 128 barcode zxing finds in `image` (any format; converted to grey).
    static QVector<DecodedBarcode> decode(const QImage& image);
};

} // namespace md

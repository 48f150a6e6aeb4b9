// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>

// The page grid and colours every page of the monthly report shares. They live in one header because the
// report's pages are painted in several files (MonthlyReport*.cpp) and must line up with one another.
namespace md::monthlyreport {

// Page geometry in typographic points (A4 portrait).
constexpr double kPageW = 595.3;
constexpr double kPageH = 841.9;
constexpr double kMarginX = 42;
constexpr double kContentTop = 70;
constexpr double kContentBottom = kPageH - 52;
constexpr double kContentW = kPageW - 2 * kMarginX;
constexpr double kRowH = 16;
constexpr double kTitleH = 26;
constexpr double kNoteH = 14;

inline const QColor kInk(0x22, 0x2b, 0x36);
inline const QColor kMuted(0x6b, 0x75, 0x80);
inline const QColor kRule(0xd5, 0xdb, 0xe1);
inline const QColor kBand(0x1f, 0x4e, 0x79);
inline const QColor kZebra(0xf5, 0xf7, 0xf9);
inline const QColor kUp(0x2e, 0x8b, 0x57);
inline const QColor kDown(0xc0, 0x39, 0x2b);

/// A rectangle given in points, in device units (`u` device units per point).
inline QRectF pt(double x, double y, double w, double h, double u)
{
    return QRectF(x * u, y * u, w * u, h * u);
}

} // namespace md::monthlyreport

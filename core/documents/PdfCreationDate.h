// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace md {

/// QPdfWriter dates every PDF from the system clock, with no way to give it another time. This puts the
/// injected clock's time in its place, so a document made with --now is the same file whenever it
/// is made. It rewrites the 14 digits of "/CreationDate (D:yyyyMMddHHmmss…)" in place (the zone as written): the file keeps its
/// length and every offset of its cross-reference table. False when the file has no such entry or cannot
/// be written; the PDF is then left as QPdfWriter wrote it.
bool stampPdfCreationDate(const QString& path, const QDateTime& createdAt);

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCreationDate.h"

#include <QFile>

namespace md {

bool stampPdfCreationDate(const QString& path, const QDateTime& createdAt)
{
    if (!createdAt.isValid())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    // QPdfWriter writes the document information near the start; look at the head, then the tail.
    static const QByteArray key = "/CreationDate (D:";
    constexpr qint64 kWindow = 64 * 1024;
    for (const qint64 from : {qint64(0), qMax<qint64>(0, file.size() - kWindow)}) {
        if (!file.seek(from))
            return false;
        const QByteArray chunk = file.read(kWindow);
        const qsizetype at = chunk.indexOf(key);
        const qsizetype zone = at + key.size() + 14;
        if (at < 0 || zone + 1 > chunk.size())
            continue;
        // The time zone part stays as written: "Z", or the writer's "+08'00'"; the digits become the
        // same instant in that zone.
        int offsetSeconds = 0;
        const char sign = chunk.at(zone);
        if (sign == '+' || sign == '-') {
            if (zone + 7 > chunk.size() || chunk.at(zone + 3) != '\'')
                continue;
            offsetSeconds = (chunk.mid(zone + 1, 2).toInt() * 3600 + chunk.mid(zone + 4, 2).toInt() * 60) *
                            (sign == '-' ? -1 : 1);
        } else if (sign != 'Z') {
            continue;
        }
        const QByteArray digits =
            createdAt.toOffsetFromUtc(offsetSeconds).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
        if (digits.size() != 14)
            return false;
        return file.seek(from + at + key.size()) && file.write(digits) == digits.size() && file.flush();
    }
    return false;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreview.h"

using namespace Qt::StringLiterals;

namespace md {

QString ImportPreview::columnName(int column) const
{
    if (column >= 0 && column < header.size() && !header.at(column).trimmed().isEmpty())
        return QCoreApplication::translate("ColumnMapping", "%1 (column %2)")
            .arg(header.at(column).trimmed())
            .arg(column + 1);
    return QCoreApplication::translate("ColumnMapping", "column %1").arg(column + 1);
}

ImportPreview ImportPreviewReader::read(const QByteArray& data, ImportKind kind, const CsvOptions& csv,
                                        HeaderMode header, int maxRows)
{
    ImportPreview preview;
    CsvTable info;
    bool first = true;
    CsvReader::forEachRecord(data, csv, &info, [&](CsvRecord& record) {
        if (first) {
            first = false;
            ColumnMapping mapping;
            QString ignored; // a missing required field is the dialog's to show, not a reading error
            mapping.build(kind, record.fields, {}, header, &ignored);
            preview.hasHeader = mapping.hasHeader();
            preview.columnCount = int(record.fields.size());
            if (preview.hasHeader) {
                for (const QString& cell : record.fields)
                    preview.header << cell.trimmed();
                return true;
            }
        }
        if (preview.rows.size() >= maxRows) {
            preview.moreRows = true;
            return false;
        }
        for (QString& field : record.fields)
            field = ImportValues::unprotectCell(field.trimmed());
        preview.columnCount = qMax(preview.columnCount, int(record.fields.size()));
        preview.rows.append(std::move(record));
        return true;
    });
    preview.encoding = info.encoding;
    preview.hadBom = info.hadBom;
    preview.delimiter = info.delimiter;
    if (!info.ok) {
        preview.error = info.error;
        preview.errorLine = info.errorLine;
        return preview;
    }
    if (first) {
        preview.error = tr("The file is empty.");
        return preview;
    }
    preview.columnCount = qMin(preview.columnCount, csv.maxFields);
    QStringList padded = preview.header;
    while (padded.size() < preview.columnCount)
        padded << QString();
    preview.guessed =
        preview.hasHeader ? ColumnMapping::guess(kind, padded) : QStringList(preview.columnCount);
    preview.ok = true;
    return preview;
}

} // namespace md

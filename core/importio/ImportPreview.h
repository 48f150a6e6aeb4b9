// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importio/ColumnMapping.h"
#include "importio/CsvReader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace md {

/// The start of an import file as the import dialog shows it before anything is checked or written:
/// the encoding and delimiter (detected or as asked), whether the first record is a header, the
/// automatic mapping of its columns and the first data rows. Reads nothing from the database.
struct ImportPreview
{
    bool ok = false;
    QString error;     ///< why the file cannot be read (encoding, empty file), with its line
    int errorLine = 0; ///< 0 when not tied to a line
    CsvEncoding encoding = CsvEncoding::Auto;
    bool hadBom = false;
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    bool hasHeader = false;  ///< as HeaderMode decided (Auto: see ColumnMapping::build)
    int columnCount = 0;     ///< the widest of the header and the previewed rows
    QStringList header;      ///< the header's cells (empty without a header)
    QStringList guessed;     ///< the automatic field of each column ("" = none), columnCount long
    QVector<CsvRecord> rows; ///< the first data rows, fields trimmed and apostrophe-protection removed
    bool moreRows = false;   ///< the file has data rows beyond `rows`

    /// "手机 (column 2)" or "column 2".
    QString columnName(int column) const;
};

class ImportPreviewReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreviewReader)
public:
    static ImportPreview read(const QByteArray& data, ImportKind kind, const CsvOptions& csv,
                              HeaderMode header, int maxRows);
};

} // namespace md

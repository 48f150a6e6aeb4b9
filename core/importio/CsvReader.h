// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace md {

/// Text encodings a shop's CSV files come in. Excel in mainland China saves "CSV" as GBK, which
/// GB18030 contains; Excel in Taiwan (and Hong Kong) saves it as Big5; Excel's "Unicode text" is UTF-16
/// with a BOM.
enum class CsvEncoding
{
    Auto, ///< BOM, else strict UTF-8, else GB18030 or Big5 (refused when the file mixes UTF-8 and either)
    Utf8,
    Gb18030,
    Utf16,
    Big5,
};

enum class CsvDelimiter
{
    Auto,
    Comma,
    Semicolon,
    Tab,
    Whitespace, ///< runs of spaces/tabs, leading and trailing ones ignored (the CDNOW files)
};

struct CsvOptions
{
    CsvEncoding encoding = CsvEncoding::Auto;
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    int maxFieldChars = 32 * 1024; ///< longer fields are cut and their record flagged
    int maxFields = 1024;          ///< more fields in one record flag it
};

/// One record of the file. `line` is the 1-based physical line it starts on (a quoted field may span
/// lines). `problem` is set when the record is unusable as read (unclosed quote, huge field).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString problem;
};

struct CsvTable
{
    bool ok = false;
    QString error;     ///< why the file as a whole cannot be read (encoding), with its line
    int errorLine = 0; ///< 0 when the error is not tied to a line
    CsvEncoding encoding = CsvEncoding::Auto;
    bool hadBom = false;
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    QVector<CsvRecord> records; ///< empty lines are skipped; line numbers stay those of the file
};

/// Reads CSV as shops produce it: RFC 4180 quoting ("" inside quotes, delimiters and newlines inside
/// quoted fields), CRLF / LF / CR line ends, a UTF-8 BOM, GBK from Excel, comma / semicolon / tab or
/// whitespace-aligned columns (detected from the first lines). Never guesses silently: bytes that are
/// not valid in the file's encoding are an error naming the line.
///
/// The entry point takes bytes, so it can be fuzzed directly.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    /// Files above this size are refused before reading.
    static constexpr qint64 kMaxFileBytes = 1024LL * 1024 * 1024;

    static CsvTable parse(const QByteArray& data, const CsvOptions& options = {});
    /// Streams the records to `sink` instead of keeping them (large imports); `sink` returns false to
    /// stop. *info gets everything but the records.
    static bool forEachRecord(const QByteArray& data, const CsvOptions& options, CsvTable* info,
                              const std::function<bool(CsvRecord& record)>& sink);
    static CsvTable readFile(const QString& path, const CsvOptions& options = {});
    /// Reads a whole file (bounded by kMaxFileBytes); false with a message on failure.
    static bool readBytes(const QString& path, QByteArray* data, QString* error);

    /// Decodes `data` (BOM removed) by the options; false with a message naming the first bad line.
    static bool decode(const QByteArray& data, CsvEncoding requested, QString* text, CsvEncoding* used,
                       bool* hadBom, QString* error, int* errorLine);
    /// Picks the delimiter from the first records of decoded text.
    static CsvDelimiter detectDelimiter(const QString& text);

    /// Which double-byte Chinese encoding `bytes` (not valid UTF-8) are in: Big5 when more of their
    /// character pairs are common traditional characters in Big5 than common simplified characters in
    /// GB2312 (the part of GBK that Excel's simplified Chinese text uses), else GB18030.
    static CsvEncoding guessChineseEncoding(const QByteArray& bytes);

    static QString encodingName(CsvEncoding encoding);
    static QString delimiterName(CsvDelimiter delimiter);
    static bool encodingFromName(const QString& name, CsvEncoding* encoding);
    static bool delimiterFromName(const QString& name, CsvDelimiter* delimiter);
};

} // namespace md

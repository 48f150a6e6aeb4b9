// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "domain/Member.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

namespace md {

enum class ImportKind
{
    Members,
    Purchases,
};

enum class HeaderMode
{
    Auto, ///< a header when a cell names a field, a --map names a column, or the first row has no digits
    Yes,
    No,
};

/// Which file column feeds which field. Columns whose header equals a field name or its usual Chinese
/// label map by themselves (姓名 → name, 手机 → phone, 金额 → amount …); `FIELD=COLUMN` overrides take a
/// header name or a 1-based column number (for files without a header, like CDNOW's).
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    /// Field keys of an import kind, in the order they are documented.
    static QStringList fieldKeys(ImportKind kind);
    /// The labels a header may use for a field (the key itself first).
    static QStringList labelsFor(ImportKind kind, const QString& field);

    /// Fields a file must have a column for. For purchases, `member_ref` may instead be `card` or `phone`.
    static QStringList requiredFields(ImportKind kind);
    /// The automatic mapping of a header: the field each column feeds by its label (simplified or
    /// traditional Chinese, or English), empty for a column no field claims. A field takes the first
    /// column that names it.
    static QStringList guess(ImportKind kind, const QStringList& header);
    /// For a column that is recognised but deliberately not imported (points, tier, totals: rebuilt from
    /// the purchases), a sentence saying why; empty otherwise.
    static QString notImportedReason(ImportKind kind, const QString& header);

    /// Decides the header and the mapping from the file's first record; false with *error when a
    /// required field has no column or an override is wrong. Without `automatic`, only the overrides
    /// map columns (the import dialog's mapping, where "ignore" must stay ignored).
    bool build(ImportKind kind, const QStringList& firstRecord, const QStringList& overrides, HeaderMode mode,
               QString* error, bool automatic = true);

    bool hasHeader() const { return m_hasHeader; }
    /// 0-based column of a field, -1 when the file has none.
    int column(const QString& field) const { return m_columns.value(field, -1); }
    bool has(const QString& field) const { return m_columns.contains(field); }
    /// How many columns a record should have (the header's width, or the first record's).
    int width() const { return m_width; }
    /// "手机 (column 2)" / "column 2": for error messages.
    QString describeColumn(int column) const;
    QMap<QString, int> columns() const { return m_columns; }

private:
    bool m_hasHeader = false;
    int m_width = 0;
    QStringList m_header;
    QMap<QString, int> m_columns;
};

/// Dates as shops write them. Auto understands yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyyMMdd, dd.MM.yyyy and
/// yyyy年M月d日, each optionally followed by a time (H:mm or H:mm:ss, after a space or 'T'). dd/MM/yyyy
/// versus MM/dd/yyyy cannot be told apart and needs an explicit format (Qt's syntax, e.g. "dd/MM/yyyy").
class DateReader
{
    Q_DECLARE_TR_FUNCTIONS(DateReader)
public:
    /// `ambiguousHint`: what the front end offers for dd/MM versus MM/dd (the CLI's --date-format, the
    /// dialog's date box); empty: a general sentence.
    explicit DateReader(const QString& format = {}, const QString& ambiguousHint = {})
        : m_format(format), m_ambiguousHint(ambiguousHint)
    {
    }
    /// *time is invalid when the text has no time of day.
    bool read(const QString& text, QDate* date, QTime* time, QString* error);

private:
    bool readAuto(const QString& text, QDate* date, QTime* time, QString* error) const;
    QString m_format;
    QString m_ambiguousHint;
    QString m_lastText;
    QDate m_lastDate;
    QTime m_lastTime;
};

/// Small value parsers shared by the importers.
namespace ImportValues {
/// parseYuan with a fast path for plain "123" / "123.4" / "123.45".
bool parseAmount(const QString& text, Fen* fen, QString* error);
/// m/f/u, male/female, 男/女, M/F, 1/2 … ; empty = unknown.
bool parseGender(const QString& text, Gender* gender, QString* error);
/// yes/no, y/n, true/false, 1/0, 是/否, 同意/不同意; empty = no.
bool parseBool(const QString& text, bool* value, QString* error);
/// Exports protect text cells from spreadsheet formulas with a leading apostrophe; imports drop it.
QString unprotectCell(const QString& text);
} // namespace ImportValues

} // namespace md

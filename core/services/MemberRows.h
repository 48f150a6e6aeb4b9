// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace md {

class Database;

/// Member lists chosen elsewhere (a segment, a quadrant, the win-back list): their rows by id, and their
/// export to a spreadsheet.
class MemberRows
{
    Q_DECLARE_TR_FUNCTIONS(MemberRows)
public:
    /// Summaries of the members with the given ids, in the order of `ids` (ids without a member are
    /// skipped). Reads in chunks of a few hundred ids per query. Members anonymised on request come without
    /// name and phone.
    static bool load(Database& db, const QVector<qint64>& ids, QVector<MemberSummary>* rows, QString* error);

    /// One exported row: the member and its figures, already as text (one per figure header).
    struct CsvRow
    {
        qint64 memberId = 0;
        QStringList figures;
    };

    /// Owner only. Writes card, name, phone (whole), tier and the figure columns as CSV: UTF-8 with a byte
    /// order mark (so spreadsheet programs read Chinese correctly), CRLF line ends, fields quoted as RFC 4180
    /// asks, and text a spreadsheet would run as a formula (starting with = + - @) prefixed with ' (figures
    /// that are numbers stay numbers). The file is replaced only once completely written. The export is
    /// recorded in the audit log with `listName`.
    static bool writeCsv(const ServiceContext& ctx, const QString& path, const QString& listName,
                         const QStringList& figureHeaders, const QVector<CsvRow>& rows, QString* error);
};

} // namespace md

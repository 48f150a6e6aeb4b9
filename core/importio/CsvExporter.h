// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QString>

#include <functional>

class QIODevice;

namespace md {

/// Exports members and purchases as CSV that Excel opens correctly: UTF-8 with a BOM, CRLF, RFC 4180
/// quoting, and text cells that would start a formula (=, +, -, @) protected with an apostrophe.
/// The headers are the import's field names, so an export imports back. Anonymised members are
/// exported without personal data. Owner only; each export is written to the audit log. The file is
/// written whole or not at all.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    explicit CsvExporter(const ServiceContext& ctx) : m_ctx(ctx) {}

    /// Called from the exporting thread every few thousand rows with the rows written and the total;
    /// returning false cancels the export: no file is written and nothing is audited.
    void setProgress(std::function<bool(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }

    bool exportMembers(const QString& path, qint64* rows, QString* error);
    bool exportPurchases(const QString& path, qint64* rows, QString* error);

    /// One CSV cell: quoted when needed; `text` cells are protected against formula injection.
    static QString cell(const QString& value, bool text = false);

private:
    bool exportTo(const QString& path, bool members, qint64* rows, QString* error);
    ServiceContext m_ctx;
    std::function<bool(qint64 done, qint64 total)> m_progress;
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importio/ImportSupport.h"
#include "services/ServiceContext.h"

namespace md {

/// Imports members from CSV (the way shops migrate from Excel). All rows are checked and written in one
/// transaction: by default the valid rows are kept and the others reported by line; `strict` keeps
/// nothing when any row fails; `dryRun` rolls everything back and reports what would happen. A member
/// that already exists (same phone, else same card, else same external reference) is never doubled:
/// skipped, or updated with the row's non-empty fields (merge). Owner only.
class MemberImporter
{
    Q_DECLARE_TR_FUNCTIONS(MemberImporter)
public:
    explicit MemberImporter(const ServiceContext& ctx) : m_ctx(ctx) {}
    bool run(const QByteArray& data, const ImportOptions& options, ImportReport* report);
    bool runFile(const QString& path, const ImportOptions& options, ImportReport* report);

private:
    ServiceContext m_ctx;
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importio/ImportSupport.h"
#include "services/ServiceContext.h"

namespace md {

/// Imports a purchase history from CSV. Each row names its member by member_ref (external reference,
/// card, phone or member number; see MemberRefKind); `createMembers` creates the unknown ones with the
/// reference as their external reference. Purchases are written with the loyalty arithmetic of
/// BulkPurchaseWriter (source "import", the row's historical time): points, expiry, tiers. Zero-value
/// rows are imported and counted. Everything happens in one transaction (see MemberImporter for
/// strict / dry run). Owner only.
class PurchaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseImporter)
public:
    explicit PurchaseImporter(const ServiceContext& ctx) : m_ctx(ctx) {}
    bool run(const QByteArray& data, const ImportOptions& options, ImportReport* report);
    bool runFile(const QString& path, const ImportOptions& options, ImportReport* report);

private:
    ServiceContext m_ctx;
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QString>

namespace md {

/// Members' personal data on request. Marketing consent is recorded with its date by MemberService (given
/// on registration or edit: consent_at; withdrawn: cleared).
class PrivacyService
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyService)
public:
    explicit PrivacyService(const ServiceContext& ctx) : m_ctx(ctx) {}

    /// Owner only. Removes what identifies the member — name (replaced by placeholderName()), phone,
    /// birthday, gender, note, external reference, consent, the free text of their follow-ups and
    /// complaints, and their note history in the audit log — and sets members.anonymized_at. Card number,
    /// purchases, points and tiers stay, so the shop's totals and the ledger do not change. Audited without
    /// any of the removed data. Irreversible; a second request is refused.
    bool anonymize(qint64 memberId, const QString& reason, QString* error);

    static QString placeholderName(qint64 memberId);

private:
    ServiceContext m_ctx;
};

} // namespace md

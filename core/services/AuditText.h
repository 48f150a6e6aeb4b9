// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LoyaltyRules.h"
#include "services/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace md {

/// The audit log in words an owner reads: "张三 (No. 42)" for the target "member:42", "Silver → Regular
/// at the tier review; paid spend ¥814.67" for a review's "from:1 to:0 review: spend_fen=81467 …". The
/// stored keys stay as they are (the CLI and scripts read them, the browser shows them as tooltips);
/// an entry this does not know is shown as stored.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    /// Reads the names the entries' targets refer to (members, accounts, events, gifts, purchases).
    AuditText(const ServiceContext& ctx, const QVector<AuditEntry>& entries);

    QString target(const AuditEntry& entry) const;
    QString details(const AuditEntry& entry) const;

private:
    QString tierName(int tier) const;

    LoyaltyRules m_rules;
    QHash<QString, QString> m_targets; ///< "member:42" → "张三 (No. 42)"
};

} // namespace md

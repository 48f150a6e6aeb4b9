// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/AuditLog.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace md {

/// What to show of the audit log. Empty/invalid fields do not filter.
struct AuditFilter
{
    QDateTime from;    ///< inclusive
    QDateTime to;      ///< inclusive
    qint64 userId = 0; ///< entries by this user or about this account ("user:ID")
    QString action;    ///< exact key ("signin.failed") or a family ending in '.' ("signin.")
    QString text;      ///< case-insensitive substring of the action, target, details or user name
    int offset = 0;
    int limit = 100; ///< at most kMaxLimit
};

struct AuditPage
{
    QVector<AuditEntry> entries; ///< newest first
    qint64 total = 0;            ///< entries matching the filter, all pages
};

/// Reads the audit log for the owner's browser and `audit list`. Owner only.
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)
public:
    explicit AuditQuery(const ServiceContext& ctx) : m_ctx(ctx) {}
    static constexpr int kMaxLimit = 1000;

    bool find(const AuditFilter& filter, AuditPage* page, QString* error) const;
    /// The action keys present in the log, sorted (for a filter combo box).
    QStringList actions(QString* error) const;

private:
    ServiceContext m_ctx;
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace md {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime time;
    qint64 userId = 0;
    QString userName;
    QString action; ///< stable key, e.g. "purchase.void", "rules.set", "points.adjust"
    QString target; ///< e.g. "member:42"
    QString details;
};

/// Append-only record of sensitive actions (the table refuses updates and deletes).
namespace AuditLog {
/// Writes one entry inside the caller's transaction.
bool record(const ServiceContext& ctx, const QString& action, const QString& target, const QString& details,
            QString* error);
} // namespace AuditLog

} // namespace md

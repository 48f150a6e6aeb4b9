// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md::AuditLog {

bool record(const ServiceContext& ctx, const QString& action, const QString& target, const QString& details,
            QString* error)
{
    QSqlQuery q(ctx.db.sql());
    if (!Sql::prepare(q, u"INSERT INTO audit_log(time, user_id, action, target, details) VALUES(?,?,?,?,?)"_s,
                      error))
        return false;
    q.addBindValue(toStoredTime(ctx.clock.now()));
    q.addBindValue(ctx.actor.userId > 0 ? QVariant(ctx.actor.userId) : QVariant());
    q.addBindValue(action);
    q.addBindValue(Sql::text(target));
    q.addBindValue(Sql::text(details));
    return Sql::exec(q, error);
}

} // namespace md::AuditLog

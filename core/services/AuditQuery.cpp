// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditQuery.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {
QString escapeLike(QString text)
{
    text.replace(u"\\"_s, u"\\\\"_s);
    text.replace(u"%"_s, u"\\%"_s);
    text.replace(u"_"_s, u"\\_"_s);
    return text;
}
} // namespace

bool AuditQuery::find(const AuditFilter& filter, AuditPage* page, QString* error) const
{
    if (!Permissions::require(m_ctx, Permission::ViewAuditLog, error))
        return false;
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from) {
        if (error)
            *error = tr("The end of the time range is before its start.");
        return false;
    }
    if (filter.limit < 1 || filter.limit > kMaxLimit || filter.offset < 0) {
        if (error)
            *error = tr("Show between 1 and %1 entries at a time.").arg(kMaxLimit);
        return false;
    }
    QStringList where;
    QVariantList binds;
    if (filter.from.isValid()) {
        where << u"a.time >= ?"_s;
        binds << toStoredTime(filter.from);
    }
    if (filter.to.isValid()) {
        where << u"a.time <= ?"_s;
        binds << toStoredTime(filter.to);
    }
    if (filter.userId > 0) {
        where << u"(a.user_id = ? OR a.target = ?)"_s;
        binds << filter.userId << u"user:%1"_s.arg(filter.userId);
    }
    const QString action = filter.action.trimmed();
    if (action.endsWith(u'.')) {
        where << u"a.action LIKE ? ESCAPE '\\'"_s;
        binds << escapeLike(action) + u"%"_s;
    } else if (!action.isEmpty()) {
        where << u"a.action = ?"_s;
        binds << action;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // LIKE is case-insensitive for ASCII only; lower() on both sides keeps it simple and Chinese needs no
        // case.
        where << u"(lower(a.action) LIKE ? ESCAPE '\\' OR lower(a.target) LIKE ? ESCAPE '\\' OR "
                 "lower(a.details) LIKE ? ESCAPE '\\' OR lower(COALESCE(u.name, '')) LIKE ? ESCAPE '\\')"_s;
        const QString pattern = u"%"_s + escapeLike(text.toLower()) + u"%"_s;
        binds << pattern << pattern << pattern << pattern;
    }
    const QString from = u" FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"_s +
                         (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s));

    QSqlQuery count(m_ctx.db.sql());
    if (!Sql::prepare(count, u"SELECT count(*)"_s + from, error))
        return false;
    for (const QVariant& v : binds)
        count.addBindValue(v);
    if (!Sql::exec(count, error))
        return false;
    page->total = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();

    QSqlQuery q(m_ctx.db.sql());
    q.setForwardOnly(true);
    if (!Sql::prepare(
            q,
            u"SELECT a.id, a.time, COALESCE(a.user_id, 0), COALESCE(u.name, ''), a.action, a.target, "
            "a.details"_s +
                from + u" ORDER BY a.time DESC, a.id DESC LIMIT ? OFFSET ?"_s,
            error))
        return false;
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    if (!Sql::exec(q, error))
        return false;
    page->entries.clear();
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.time = fromStoredTime(q.value(1).toString());
        e.userId = q.value(2).toLongLong();
        e.userName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.details = q.value(6).toString();
        page->entries << e;
    }
    return true;
}

QStringList AuditQuery::actions(QString* error) const
{
    QStringList result;
    if (!Permissions::require(m_ctx, Permission::ViewAuditLog, error))
        return result;
    QSqlQuery q(m_ctx.db.sql());
    if (q.exec(u"SELECT DISTINCT action FROM audit_log ORDER BY action"_s)) {
        while (q.next())
            result << q.value(0).toString();
    }
    return result;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyService.h"

#include "common/Clock.h"
#include "domain/Member.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "services/MemberService.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

QString PrivacyService::placeholderName(qint64 memberId)
{
    return tr("Anonymised member %1").arg(memberId);
}

bool PrivacyService::anonymize(qint64 memberId, const QString& reason, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::DeleteMember, error))
        return false;
    Member member;
    if (!loadMember(m_ctx.db, memberId, &member)) {
        *error = tr("There is no member with number %1.").arg(memberId);
        return false;
    }
    if (member.anonymized) {
        *error = tr("Member %1 was already anonymised.").arg(memberId);
        return false;
    }
    const QString now = toStoredTime(m_ctx.clock.now());
    const QString name = placeholderName(memberId);
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(
            q,
            u"UPDATE members SET name = ?, name_key = ?, phone = NULL, phone_rev = NULL, gender = 'u', "
            "birthday = NULL, note = '', external_ref = NULL, consent = 0, consent_at = NULL, "
            "anonymized_at = ?, updated_at = ? WHERE id = ?"_s,
            error))
        return false;
    q.addBindValue(name);
    q.addBindValue(name.toLower());
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(memberId);
    if (!Sql::exec(q, error))
        return false;
    // Free text about the member elsewhere: follow-up outcomes, complaints, and the note history kept in the
    // audit log (the audit log's trigger allows blanking exactly those entries, and only now that
    // anonymized_at is set).
    const QStringList freeText = {
        u"UPDATE followups SET outcome = '' WHERE member_id = ?"_s,
        u"UPDATE complaints SET description = '', resolution = '' WHERE member_id = ?"_s,
        u"UPDATE audit_log SET details = '' WHERE action = 'member.note' AND target = 'member:' || ?"_s,
    };
    for (const QString& sql : freeText) {
        QSqlQuery clear(m_ctx.db.sql());
        if (!Sql::prepare(clear, sql, error))
            return false;
        clear.addBindValue(memberId);
        if (!Sql::exec(clear, error))
            return false;
    }
    if (!AuditLog::record(m_ctx, u"member.anonymize"_s, u"member:%1"_s.arg(memberId), reason.trimmed(),
                          error))
        return false;
    return tx.commit(error);
}

} // namespace md

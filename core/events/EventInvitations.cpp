// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventInvitations.h"
#include "common/LocaleFormat.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "events/EventService.h"
#include "events/Honorific.h"
#include "events/InvitationToken.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {

/// The event, when invitations may still be sent to it (it has not ended).
bool openForInvitations(const ServiceContext& ctx, qint64 eventId, Event* event, QString* error)
{
    if (!EventService(ctx).get(eventId, event, error))
        return false;
    if (event->isPast(ctx.clock.now())) {
        *error = EventInvitations::tr("\"%1\" ended on %2; invitations can no longer be sent.")
                     .arg(event->title, localDateTimeText(QLocale(), event->endsAt));
        return false;
    }
    return true;
}

} // namespace

bool EventInvitations::canInvite(qint64 eventId, QString* error) const
{
    Event event;
    return openForInvitations(m_ctx, eventId, &event, error);
}

bool EventInvitations::invite(qint64 eventId, const AudienceFilter& filter, InviteResult* result,
                              QString* error, std::optional<int> limit)
{
    if (!Permissions::require(m_ctx, Permission::PlanEvents, error) || !filter.validate(error))
        return false;
    Event event;
    if (!openForInvitations(m_ctx, eventId, &event, error))
        return false;
    AudienceData data;
    if (!AudienceBuilder::load(m_ctx.db, m_ctx.clock.today(), &data, error))
        return false;
    return invite(eventId, filter, AudienceBuilder(std::move(data)), result, error, limit);
}

bool EventInvitations::invite(qint64 eventId, const AudienceFilter& filter, const AudienceBuilder& builder,
                              InviteResult* result, QString* error, std::optional<int> limit)
{
    if (!Permissions::require(m_ctx, Permission::PlanEvents, error) || !filter.validate(error))
        return false;
    if (limit && *limit < 1) {
        *error = tr("The number of guests to invite must be at least 1.");
        return false;
    }
    if (!builder.isLoaded()) {
        *error = tr("The guest list has not been loaded yet.");
        return false;
    }
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Event event;
    if (!openForInvitations(m_ctx, eventId, &event, error))
        return false;
    QByteArray key;
    if (!InvitationToken::storeKey(m_ctx.db, &key, error))
        return false;
    InviteResult r;
    r.audience = builder.evaluate(filter, event.capacity, invitedMemberIds(eventId));

    // The builder's snapshot may be minutes old: consent and anonymisation are checked again in the INSERT,
    // and OR IGNORE keeps a member from being invited twice.
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(
            q,
            u"INSERT OR IGNORE INTO event_invitations(event_id, member_id, token, invited_at) "
            "SELECT ?, id, ?, ? FROM members WHERE id = ? AND consent = 1 AND anonymized_at IS NULL"_s,
            error))
        return false;
    const QString now = toStoredTime(m_ctx.clock.now());
    for (const AudienceMember& m : r.audience.matched) {
        if (m.alreadyInvited) {
            ++r.alreadyInvited;
            continue;
        }
        if (limit && r.invited >= *limit) {
            ++r.excluded;
            continue;
        }
        q.addBindValue(eventId);
        q.addBindValue(InvitationToken::make(key, eventId, m.id));
        q.addBindValue(now);
        q.addBindValue(m.id);
        if (!Sql::exec(q, error))
            return false;
        if (q.numRowsAffected() == 1)
            ++r.invited;
        else
            ++r.excluded; // consent withdrawn or anonymised since the list was loaded
    }
    r.excluded += int(r.audience.excluded.size());
    r.total = r.alreadyInvited + r.invited;

    const QString json = QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery save(m_ctx.db.sql());
    if (!Sql::prepare(save, u"UPDATE events SET audience = ? WHERE id = ?"_s, error))
        return false;
    save.addBindValue(json);
    save.addBindValue(eventId);
    if (!Sql::exec(save, error) ||
        !AuditLog::record(m_ctx, u"event.invite"_s, u"event:%1"_s.arg(eventId),
                          u"invited:%1 already:%2 excluded:%3 limit:%4 filter:%5"_s.arg(r.invited)
                              .arg(r.alreadyInvited)
                              .arg(r.excluded)
                              .arg(limit ? QString::number(*limit) : u"-"_s, json),
                          error) ||
        !tx.commit(error))
        return false;
    if (result)
        *result = std::move(r);
    return true;
}

QVector<Invitation> EventInvitations::list(qint64 eventId) const
{
    QVector<Invitation> out;
    const LoyaltyRules rules = RulesService(m_ctx).current();
    QSqlQuery q(m_ctx.db.sql());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT i.member_id, i.token, i.invited_at, i.checked_in_at, i.checked_in_by, m.name, m.gender, "
        "m.card, m.tier, m.anonymized_at IS NOT NULL FROM event_invitations i "
        "JOIN members m ON m.id = i.member_id WHERE i.event_id = ? ORDER BY m.name, m.id"_s);
    q.addBindValue(eventId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Invitation inv;
        inv.eventId = eventId;
        inv.memberId = q.value(0).toLongLong();
        inv.token = q.value(1).toString();
        inv.invitedAt = fromStoredTime(q.value(2).toString());
        if (!q.value(3).isNull())
            inv.checkedInAt = fromStoredTime(q.value(3).toString());
        inv.checkedInBy = q.value(4).toLongLong();
        inv.anonymised = q.value(9).toBool();
        const Gender gender = genderFromCode(q.value(6).toString());
        inv.gender = int(gender);
        inv.name = inv.anonymised ? QString() : q.value(5).toString();
        inv.honorificName = Honorific::name(inv.name, gender);
        inv.card = q.value(7).toString();
        inv.tier = q.value(8).toInt();
        inv.tierName = rules.tierDisplayName(inv.tier);
        out.append(std::move(inv));
    }
    return out;
}

QSet<qint64> EventInvitations::invitedMemberIds(qint64 eventId) const
{
    QSet<qint64> ids;
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT member_id FROM event_invitations WHERE event_id = ?"_s);
    q.addBindValue(eventId);
    if (q.exec())
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    return ids;
}

bool EventInvitations::withdraw(qint64 eventId, qint64 memberId, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::PlanEvents, error))
        return false;
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(
            q, u"SELECT checked_in_at FROM event_invitations WHERE event_id = ? AND member_id = ?"_s, error))
        return false;
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!Sql::exec(q, error))
        return false;
    if (!q.next()) {
        *error = tr("Member %1 has no invitation to this event.").arg(memberId);
        return false;
    }
    if (!q.value(0).isNull()) {
        *error = tr("Member %1 has already checked in; the invitation is kept as the record of attendance.")
                     .arg(memberId);
        return false;
    }
    QSqlQuery del(m_ctx.db.sql());
    if (!Sql::prepare(del, u"DELETE FROM event_invitations WHERE event_id = ? AND member_id = ?"_s, error))
        return false;
    del.addBindValue(eventId);
    del.addBindValue(memberId);
    if (!Sql::exec(del, error) || !AuditLog::record(m_ctx, u"event.withdraw"_s, u"member:%1"_s.arg(memberId),
                                                    u"event:%1"_s.arg(eventId), error))
        return false;
    return tx.commit(error);
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventCheckIn.h"
#include "common/LocaleFormat.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "domain/Member.h"
#include "events/EventService.h"
#include "events/Honorific.h"
#include "events/InvitationToken.h"
#include "services/AuditLog.h"
#include "services/MemberService.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {

QString when(const QDateTime& time)
{
    return localDateTimeText(QLocale(), time);
}

CheckInResult refusal(CheckInResult::Status status, const QString& message)
{
    CheckInResult r;
    r.status = status;
    r.message = message;
    return r;
}

} // namespace

QString CheckInResult::statusKey() const
{
    switch (status) {
    case Status::CheckedIn:
        return u"checked_in"_s;
    case Status::AlreadyCheckedIn:
        return u"already_checked_in"_s;
    case Status::OtherEvent:
        return u"other_event"_s;
    case Status::InvalidToken:
        return u"invalid_token"_s;
    case Status::NotInvited:
        return u"not_invited"_s;
    case Status::UnknownMember:
        return u"unknown_member"_s;
    case Status::EventMissing:
        return u"event_missing"_s;
    case Status::Closed:
        return u"closed"_s;
    case Status::Error:
        break;
    }
    return u"error"_s;
}

CheckInResult EventCheckIn::byToken(qint64 eventId, const QString& token)
{
    QByteArray key;
    QString error;
    if (!InvitationToken::storeKey(m_ctx.db, &key, &error))
        return refusal(CheckInResult::Status::Error, error);
    InvitationToken::Parsed parsed;
    if (!InvitationToken::verify(key, token, &parsed, &error))
        return refusal(CheckInResult::Status::InvalidToken, error);
    if (eventId == 0)
        eventId = parsed.eventId;
    EventService events(m_ctx);
    Event event;
    if (!events.get(eventId, &event, &error))
        return refusal(CheckInResult::Status::EventMissing, error);
    if (parsed.eventId != eventId) {
        Event other;
        CheckInResult r;
        r.eventId = eventId;
        r.eventTitle = event.title;
        r.memberId = parsed.memberId;
        r.status = CheckInResult::Status::OtherEvent;
        if (events.get(parsed.eventId, &other, nullptr)) {
            r.otherEventTitle = other.title;
            r.message = tr("This invitation is for \"%1\" on %2, not for \"%3\".")
                            .arg(other.title, when(other.startsAt), event.title);
        } else {
            r.message = tr("This invitation is for another event that no longer exists, not for \"%1\".")
                            .arg(event.title);
        }
        return r;
    }
    // The stored token is the authority: a withdrawn invitation's code no longer works.
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT token FROM event_invitations WHERE event_id = ? AND member_id = ?"_s);
    q.addBindValue(eventId);
    q.addBindValue(parsed.memberId);
    if (!q.exec())
        return refusal(CheckInResult::Status::Error, tr("The invitation could not be read."));
    if (!q.next() || q.value(0).toString() != InvitationToken::make(key, eventId, parsed.memberId)) {
        Member m;
        const bool known = loadMember(m_ctx.db, parsed.memberId, &m);
        CheckInResult r =
            refusal(CheckInResult::Status::NotInvited,
                    known && !m.anonymized ? tr("%1's invitation to \"%2\" was withdrawn.")
                                                 .arg(Honorific::name(m.name, m.gender), event.title)
                                           : tr("This invitation to \"%1\" was withdrawn.").arg(event.title));
        r.eventId = eventId;
        r.eventTitle = event.title;
        r.memberId = parsed.memberId;
        return r;
    }
    return byMember(eventId, parsed.memberId);
}

CheckInResult EventCheckIn::byCardOrPhone(qint64 eventId, const QString& cardOrPhone)
{
    const QString text = cardOrPhone.trimmed();
    if (text.isEmpty())
        return refusal(CheckInResult::Status::UnknownMember,
                       tr("Scan a member card or type a phone number."));
    const MemberService members(m_ctx);
    qint64 memberId = members.idByCard(text);
    if (memberId == 0)
        memberId = members.idByPhone(text);
    if (memberId == 0)
        return refusal(CheckInResult::Status::UnknownMember,
                       tr("No member has the card or phone number \"%1\".").arg(text));
    return byMember(eventId, memberId);
}

CheckInResult EventCheckIn::byMember(qint64 eventId, qint64 memberId)
{
    QString error;
    Event event;
    if (!EventService(m_ctx).get(eventId, &event, &error))
        return refusal(CheckInResult::Status::EventMissing, error);
    CheckInResult r;
    r.eventId = eventId;
    r.eventTitle = event.title;
    r.memberId = memberId;
    Member member;
    if (!loadMember(m_ctx.db, memberId, &member)) {
        r.status = CheckInResult::Status::UnknownMember;
        r.message = tr("There is no member with number %1.").arg(memberId);
        return r;
    }
    const LoyaltyRules rules = RulesService(m_ctx).current();
    r.name = member.anonymized ? QString() : member.name;
    r.honorificName =
        member.anonymized ? tr("(anonymised member)") : Honorific::name(member.name, member.gender);
    r.tier = member.tier;
    r.tierName = rules.tierDisplayName(member.tier);
    r.card = member.card;

    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        r.status = CheckInResult::Status::Error;
        r.message = tx.error();
        return r;
    }
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT i.checked_in_at, u.name FROM event_invitations i LEFT JOIN users u ON u.id = "
              u"i.checked_in_by "
              "WHERE i.event_id = ? AND i.member_id = ?"_s);
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!q.exec()) {
        r.status = CheckInResult::Status::Error;
        r.message = tr("The invitation could not be read.");
        return r;
    }
    if (!q.next()) {
        r.status = CheckInResult::Status::NotInvited;
        r.message = tr("%1 is not invited to \"%2\".").arg(r.honorificName, event.title);
        return r;
    }
    if (!q.value(0).isNull()) {
        r.status = CheckInResult::Status::AlreadyCheckedIn;
        r.firstCheckInAt = fromStoredTime(q.value(0).toString());
        r.firstCheckInBy = q.value(1).toString();
        r.message = r.firstCheckInBy.isEmpty()
                        ? tr("%1 already checked in at %2.").arg(r.honorificName, when(r.firstCheckInAt))
                        : tr("%1 already checked in at %2 (recorded by %3).")
                              .arg(r.honorificName, when(r.firstCheckInAt), r.firstCheckInBy);
        return r;
    }
    const QDateTime now = m_ctx.clock.now();
    const QDateTime opens = event.startsAt.addSecs(-3600 * kOpensHoursBefore);
    const QDateTime closes = event.endsAt.addSecs(3600 * kClosesHoursAfter);
    if (now < opens) {
        r.status = CheckInResult::Status::Closed;
        r.message = tr("Check-in for \"%1\" opens at %2.").arg(event.title, when(opens));
        return r;
    }
    if (now > closes) {
        r.status = CheckInResult::Status::Closed;
        r.message = tr("\"%1\" ended on %2; check-in is closed.").arg(event.title, when(event.endsAt));
        return r;
    }
    QSqlQuery update(m_ctx.db.sql());
    if (!Sql::prepare(update,
                      u"UPDATE event_invitations SET checked_in_at = ?, checked_in_by = ? "
                      "WHERE event_id = ? AND member_id = ? AND checked_in_at IS NULL"_s,
                      &error)) {
        r.status = CheckInResult::Status::Error;
        r.message = error;
        return r;
    }
    update.addBindValue(toStoredTime(now));
    update.addBindValue(m_ctx.actor.userId > 0 ? QVariant(m_ctx.actor.userId) : QVariant());
    update.addBindValue(eventId);
    update.addBindValue(memberId);
    if (!Sql::exec(update, &error) ||
        !AuditLog::record(m_ctx, u"event.checkin"_s, u"member:%1"_s.arg(memberId), u"event:%1"_s.arg(eventId),
                          &error) ||
        !tx.commit(&error)) {
        r.status = CheckInResult::Status::Error;
        r.message = error;
        return r;
    }
    r.status = CheckInResult::Status::CheckedIn;
    r.checkedInAt = now;
    r.message = tr("Welcome, %1 (%2)!").arg(r.honorificName, r.tierName);
    return r;
}

} // namespace md

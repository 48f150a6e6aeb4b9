// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventService.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md {

namespace {

const QString kColumns =
    u"e.id, e.title, e.starts_at, e.ends_at, e.place, e.description, e.offer, e.cost_fen, "
    "e.capacity, e.audience, e.template, e.created_at, "
    "(SELECT COUNT(*) FROM event_invitations i WHERE i.event_id = e.id), "
    "(SELECT COUNT(*) FROM event_invitations i WHERE i.event_id = e.id "
    "AND i.checked_in_at IS NOT NULL)"_s;

Event eventFrom(const QSqlQuery& q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    e.startsAt = fromStoredTime(q.value(2).toString());
    e.endsAt = fromStoredTime(q.value(3).toString());
    e.place = q.value(4).toString();
    e.description = q.value(5).toString();
    e.offer = q.value(6).toString();
    e.costFen = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        e.capacity = q.value(8).toInt();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(9).toString().toUtf8(), &parseError);
    if (!doc.isObject())
        e.audienceError =
            EventService::tr("The saved guest filter could not be read: %1").arg(parseError.errorString());
    else
        AudienceFilter::fromJson(doc.object(), &e.audience, &e.audienceError);
    e.invitationTemplate = q.value(10).toString();
    e.createdAt = fromStoredTime(q.value(11).toString());
    e.invited = q.value(12).toInt();
    e.attended = q.value(13).toInt();
    return e;
}

QString capacityText(const std::optional<int>& capacity)
{
    return capacity ? QString::number(*capacity) : u"-"_s;
}

/// The event's own fields, in the column order INSERT and UPDATE both use: title, starts_at, ends_at, place,
/// description, offer, cost_fen, capacity, template.
void bindEventFields(QSqlQuery& q, const EventInput& input)
{
    q.addBindValue(input.title.simplified());
    q.addBindValue(toStoredTime(input.startsAt));
    q.addBindValue(toStoredTime(input.endsAt));
    q.addBindValue(Sql::text(input.place.simplified()));
    q.addBindValue(Sql::text(input.description));
    q.addBindValue(Sql::text(input.offer));
    q.addBindValue(input.costFen);
    q.addBindValue(input.capacity ? QVariant(*input.capacity) : QVariant());
    q.addBindValue(Sql::text(input.invitationTemplate));
}

} // namespace

bool EventService::validate(const EventInput& input, QString* error) const
{
    const QString title = input.title.simplified();
    if (title.isEmpty()) {
        *error = tr("Give the event a title.");
        return false;
    }
    if (title.size() > kMaxTitleLength) {
        *error = tr("The title is longer than %Ln character(s).", "", kMaxTitleLength);
        return false;
    }
    if (!input.startsAt.isValid()) {
        *error = tr("Choose when the event starts.");
        return false;
    }
    if (!input.endsAt.isValid()) {
        *error = tr("Choose when the event ends.");
        return false;
    }
    if (toStoredTime(input.endsAt) <= toStoredTime(input.startsAt)) {
        *error = tr("The event must end after it starts (it starts %1, ends %2).")
                     .arg(toStoredTime(input.startsAt).replace(u'T', u' '),
                          toStoredTime(input.endsAt).replace(u'T', u' '));
        return false;
    }
    if (input.place.simplified().size() > kMaxPlaceLength) {
        *error = tr("The place is longer than %Ln character(s).", "", kMaxPlaceLength);
        return false;
    }
    if (input.description.size() > kMaxTextLength) {
        *error = tr("The description is longer than %Ln character(s).", "", kMaxTextLength);
        return false;
    }
    if (input.offer.size() > kMaxTextLength) {
        *error = tr("The offer is longer than %Ln character(s).", "", kMaxTextLength);
        return false;
    }
    if (input.invitationTemplate.size() > kMaxTemplateLength) {
        *error = tr("The invitation text is longer than %Ln character(s).", "", kMaxTemplateLength);
        return false;
    }
    if (input.costFen < 0) {
        *error = tr("The cost cannot be negative.");
        return false;
    }
    if (input.costFen > kMaxCostFen) {
        *error = tr("The cost is implausibly high; enter it in yuan (at most ¥100,000,000).");
        return false;
    }
    if (input.capacity && (*input.capacity < 1 || *input.capacity > kMaxCapacity)) {
        *error =
            tr("The capacity must be from 1 to %1 guests, or left empty for no limit.").arg(kMaxCapacity);
        return false;
    }
    return true;
}

bool EventService::create(const EventInput& input, qint64* id, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::PlanEvents, error) || !validate(input, error))
        return false;
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q,
                      u"INSERT INTO events(title, starts_at, ends_at, place, description, offer, cost_fen, "
                      "capacity, audience, template, created_at) VALUES(?,?,?,?,?,?,?,?,'{}',?,?)"_s,
                      error))
        return false;
    bindEventFields(q, input);
    q.addBindValue(toStoredTime(m_ctx.clock.now()));
    if (!Sql::exec(q, error))
        return false;
    const qint64 newId = q.lastInsertId().toLongLong();
    if (!AuditLog::record(
            m_ctx, u"event.create"_s, u"event:%1"_s.arg(newId),
            u"title:%1 starts:%2 ends:%3 cost_fen:%4 capacity:%5"_s
                .arg(input.title.simplified(), toStoredTime(input.startsAt), toStoredTime(input.endsAt))
                .arg(input.costFen)
                .arg(capacityText(input.capacity)),
            error) ||
        !tx.commit(error))
        return false;
    if (id)
        *id = newId;
    return true;
}

bool EventService::update(qint64 id, const EventInput& input, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::PlanEvents, error) || !validate(input, error))
        return false;
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Event old;
    if (!get(id, &old, error))
        return false;
    if (input.capacity && *input.capacity < old.invited) {
        *error =
            tr("%Ln guest(s) are already invited; the capacity cannot be lower than that.", "", old.invited);
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q,
                      u"UPDATE events SET title = ?, starts_at = ?, ends_at = ?, place = ?, description = ?, "
                      "offer = ?, cost_fen = ?, capacity = ?, template = ? WHERE id = ?"_s,
                      error))
        return false;
    bindEventFields(q, input);
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    QStringList changes;
    if (old.title != input.title.simplified())
        changes << u"title:%1→%2"_s.arg(old.title, input.title.simplified());
    if (old.startsAt != input.startsAt || old.endsAt != input.endsAt)
        changes << u"time:%1..%2→%3..%4"_s.arg(toStoredTime(old.startsAt), toStoredTime(old.endsAt),
                                               toStoredTime(input.startsAt), toStoredTime(input.endsAt));
    if (old.place != input.place.simplified())
        changes << u"place:%1→%2"_s.arg(old.place, input.place.simplified());
    if (old.costFen != input.costFen)
        changes << u"cost_fen:%1→%2"_s.arg(old.costFen).arg(input.costFen);
    if (old.capacity != input.capacity)
        changes << u"capacity:%1→%2"_s.arg(capacityText(old.capacity), capacityText(input.capacity));
    if (old.offer != input.offer)
        changes << u"offer"_s;
    if (old.description != input.description)
        changes << u"description"_s;
    if (old.invitationTemplate != input.invitationTemplate)
        changes << u"template"_s;
    if (!AuditLog::record(m_ctx, u"event.edit"_s, u"event:%1"_s.arg(id),
                          changes.isEmpty() ? u"no change"_s : changes.join(u' '), error))
        return false;
    return tx.commit(error);
}

bool EventService::setAudience(qint64 id, const AudienceFilter& filter, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::PlanEvents, error) || !filter.validate(error))
        return false;
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Event event;
    if (!get(id, &event, error))
        return false;
    const QString json = QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q, u"UPDATE events SET audience = ? WHERE id = ?"_s, error))
        return false;
    q.addBindValue(json);
    q.addBindValue(id);
    if (!Sql::exec(q, error) ||
        !AuditLog::record(m_ctx, u"event.audience"_s, u"event:%1"_s.arg(id), json, error))
        return false;
    return tx.commit(error);
}

bool EventService::remove(qint64 id, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::PlanEvents, error))
        return false;
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Event event;
    if (!get(id, &event, error))
        return false;
    if (event.invited > 0) {
        *error =
            tr("\"%1\" has %Ln invitation(s); an event with invitations is kept as the record of what it "
               "cost and brought. Change its date or title instead.",
               "", event.invited)
                .arg(event.title);
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q, u"DELETE FROM events WHERE id = ?"_s, error))
        return false;
    q.addBindValue(id);
    if (!Sql::exec(q, error) ||
        !AuditLog::record(m_ctx, u"event.delete"_s, u"event:%1"_s.arg(id),
                          u"title:%1 starts:%2"_s.arg(event.title, toStoredTime(event.startsAt)), error))
        return false;
    return tx.commit(error);
}

bool EventService::get(qint64 id, Event* event, QString* error) const
{
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT "_s + kColumns + u" FROM events e WHERE e.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("There is no event with number %1.").arg(id);
        return false;
    }
    *event = eventFrom(q);
    return true;
}

QVector<Event> EventService::list(Which which) const
{
    const QString now = toStoredTime(m_ctx.clock.now());
    QVector<Event> upcoming;
    QVector<Event> past;
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT "_s + kColumns + u" FROM events e ORDER BY e.starts_at, e.id"_s);
    if (!q.exec())
        return {};
    while (q.next()) {
        Event e = eventFrom(q);
        if (toStoredTime(e.endsAt) <= now)
            past.append(std::move(e));
        else
            upcoming.append(std::move(e));
    }
    std::reverse(past.begin(), past.end());
    switch (which) {
    case Which::Upcoming:
        return upcoming;
    case Which::Past:
        return past;
    case Which::All:
        break;
    }
    return upcoming + past;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareRecords.h"

#include "common/Clock.h"
#include "services/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {
struct Channel
{
    const char16_t* key;
    const char* name;
};
const Channel kChannels[] = {
    {u"phone", QT_TRANSLATE_NOOP("CareRecords", "Phone call")},
    {u"wechat", QT_TRANSLATE_NOOP("CareRecords", "WeChat")},
    {u"sms", QT_TRANSLATE_NOOP("CareRecords", "Text message")},
    {u"visit", QT_TRANSLATE_NOOP("CareRecords", "In the shop")},
    {u"other", QT_TRANSLATE_NOOP("CareRecords", "Other")},
};

QVariant userOrNull(const ServiceContext& ctx)
{
    return ctx.actor.userId > 0 ? QVariant(ctx.actor.userId) : QVariant();
}
} // namespace

QStringList CareRecords::channels()
{
    QStringList keys;
    for (const Channel& c : kChannels)
        keys << QString::fromUtf16(c.key);
    return keys;
}

QString CareRecords::channelDisplayName(const QString& channel)
{
    for (const Channel& c : kChannels) {
        if (channel == QString::fromUtf16(c.key))
            return tr(c.name);
    }
    return channel;
}

bool CareRecords::memberExists(qint64 memberId, QString* error) const
{
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT anonymized_at FROM members WHERE id = ?"_s);
    q.addBindValue(memberId);
    if (!q.exec() || !q.next()) {
        *error = tr("There is no member with number %1.").arg(memberId);
        return false;
    }
    if (!q.value(0).isNull()) {
        *error = tr("This member was anonymised on request; nothing more is recorded about them.");
        return false;
    }
    return true;
}

bool CareRecords::addFollowup(qint64 memberId, const FollowupInput& input, qint64* id, QString* error)
{
    const QDateTime time = input.time.isValid() ? input.time : m_ctx.clock.now();
    if (!channels().contains(input.channel)) {
        *error = tr("Unknown channel \"%1\": use one of %2.").arg(input.channel, channels().join(u", "_s));
        return false;
    }
    if (input.outcome.size() > kMaxTextLength) {
        *error = tr("The outcome is longer than %Ln character(s).", "", kMaxTextLength);
        return false;
    }
    if (time > m_ctx.clock.now().addSecs(60)) {
        *error = tr("A follow-up cannot be recorded in the future; set the next follow-up date instead.");
        return false;
    }
    if (input.nextDate.isValid() && input.nextDate <= time.date()) {
        *error = tr("The next follow-up date must be after the day of this one.");
        return false;
    }
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!memberExists(memberId, error))
        return false;
    if (input.outcome.trimmed().isEmpty()) {
        // A follow-up with nothing in it reads in the timeline as a call that said nothing.
        *error = tr("Write down the outcome of the follow-up (even \"no answer\").");
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q,
                      u"INSERT INTO followups(member_id, time, channel, outcome, next_date, user_id) "
                      "VALUES(?,?,?,?,?,?)"_s,
                      error))
        return false;
    q.addBindValue(memberId);
    q.addBindValue(toStoredTime(time));
    q.addBindValue(input.channel);
    q.addBindValue(Sql::text(input.outcome.trimmed()));
    q.addBindValue(input.nextDate.isValid() ? QVariant(toStoredDate(input.nextDate)) : QVariant());
    q.addBindValue(userOrNull(m_ctx));
    if (!Sql::exec(q, error))
        return false;
    const qint64 newId = q.lastInsertId().toLongLong();
    if (!tx.commit(error))
        return false;
    if (id)
        *id = newId;
    return true;
}

QVector<Followup> CareRecords::followups(qint64 memberId) const
{
    QVector<Followup> out;
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(
        u"SELECT f.id, f.member_id, f.time, f.channel, f.outcome, f.next_date, f.user_id, "
        "COALESCE(u.name, '') FROM followups f LEFT JOIN users u ON u.id = f.user_id WHERE f.member_id = ? "
        "ORDER BY f.time DESC, f.id DESC"_s);
    q.addBindValue(memberId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), fromStoredTime(q.value(2).toString()),
                    q.value(3).toString(), q.value(4).toString(), fromStoredDate(q.value(5).toString()),
                    q.value(6).toLongLong(), q.value(7).toString()});
    }
    return out;
}

bool CareRecords::openComplaint(qint64 memberId, const QString& description, qint64* id, QString* error)
{
    const QString text = description.trimmed();
    if (text.isEmpty()) {
        *error = tr("Describe the complaint.");
        return false;
    }
    if (text.size() > kMaxTextLength) {
        *error = tr("The description is longer than %Ln character(s).", "", kMaxTextLength);
        return false;
    }
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!memberExists(memberId, error))
        return false;
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(
            q, u"INSERT INTO complaints(member_id, opened_at, opened_by, description) VALUES(?,?,?,?)"_s,
            error))
        return false;
    q.addBindValue(memberId);
    q.addBindValue(toStoredTime(m_ctx.clock.now()));
    q.addBindValue(userOrNull(m_ctx));
    q.addBindValue(text);
    if (!Sql::exec(q, error))
        return false;
    const qint64 newId = q.lastInsertId().toLongLong();
    if (!AuditLog::record(m_ctx, u"complaint.open"_s, u"member:%1"_s.arg(memberId),
                          u"complaint:%1"_s.arg(newId), error) ||
        !tx.commit(error))
        return false;
    if (id)
        *id = newId;
    return true;
}

bool CareRecords::markHandled(qint64 complaintId, const QString& note, QString* error)
{
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Complaint c;
    if (!complaint(complaintId, &c, error))
        return false;
    if (!c.isOpen()) {
        *error = tr("Complaint %1 was already resolved on %2.")
                     .arg(complaintId)
                     .arg(toStoredDate(c.resolvedAt.date()));
        return false;
    }
    if (c.handledAt.isValid()) {
        *error = tr("Complaint %1 was already marked handled on %2.")
                     .arg(complaintId)
                     .arg(toStoredDate(c.handledAt.date()));
        return false;
    }
    if (note.size() > kMaxTextLength) {
        *error = tr("The note is longer than %Ln character(s).", "", kMaxTextLength);
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(
            q, u"UPDATE complaints SET handled_at = ?, handled_by = ?, resolution = ? WHERE id = ?"_s, error))
        return false;
    q.addBindValue(toStoredTime(m_ctx.clock.now()));
    q.addBindValue(userOrNull(m_ctx));
    q.addBindValue(Sql::text(note.trimmed()));
    q.addBindValue(complaintId);
    if (!Sql::exec(q, error))
        return false;
    if (!AuditLog::record(m_ctx, u"complaint.handle"_s, u"member:%1"_s.arg(c.memberId),
                          u"complaint:%1"_s.arg(complaintId), error))
        return false;
    return tx.commit(error);
}

bool CareRecords::resolve(qint64 complaintId, const QString& resolution, QString* error)
{
    const QString text = resolution.trimmed();
    if (text.isEmpty()) {
        *error = tr("Say how the complaint was resolved.");
        return false;
    }
    if (text.size() > kMaxTextLength) {
        *error = tr("The resolution is longer than %Ln character(s).", "", kMaxTextLength);
        return false;
    }
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Complaint c;
    if (!complaint(complaintId, &c, error))
        return false;
    if (!c.isOpen()) {
        *error = tr("Complaint %1 was already resolved on %2.")
                     .arg(complaintId)
                     .arg(toStoredDate(c.resolvedAt.date()));
        return false;
    }
    const QString now = toStoredTime(m_ctx.clock.now());
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q,
                      u"UPDATE complaints SET handled_at = COALESCE(handled_at, ?), "
                      "handled_by = CASE WHEN handled_at IS NULL THEN ? ELSE handled_by END, "
                      "resolution = ?, resolved_at = ?, resolved_by = ? WHERE id = ?"_s,
                      error))
        return false;
    q.addBindValue(now);
    q.addBindValue(userOrNull(m_ctx));
    q.addBindValue(text);
    q.addBindValue(now);
    q.addBindValue(userOrNull(m_ctx));
    q.addBindValue(complaintId);
    if (!Sql::exec(q, error))
        return false;
    if (!AuditLog::record(m_ctx, u"complaint.resolve"_s, u"member:%1"_s.arg(c.memberId),
                          u"complaint:%1"_s.arg(complaintId), error))
        return false;
    return tx.commit(error);
}

QVector<Complaint> CareRecords::loadComplaints(const QString& where, const QVariant& bind,
                                               const QString& order) const
{
    QVector<Complaint> out;
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT c.id, c.member_id, c.opened_at, COALESCE(uo.name, ''), c.description, c.handled_at, "
              "COALESCE(uh.name, ''), c.resolution, c.resolved_at, COALESCE(ur.name, '') FROM complaints c "
              "LEFT JOIN users uo ON uo.id = c.opened_by LEFT JOIN users uh ON uh.id = c.handled_by "
              "LEFT JOIN users ur ON ur.id = c.resolved_by WHERE "_s +
              where + u" ORDER BY "_s + order);
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec())
        return out;
    while (q.next()) {
        Complaint c;
        c.id = q.value(0).toLongLong();
        c.memberId = q.value(1).toLongLong();
        c.openedAt = fromStoredTime(q.value(2).toString());
        c.openedBy = q.value(3).toString();
        c.description = q.value(4).toString();
        c.handledAt = fromStoredTime(q.value(5).toString());
        c.handledBy = q.value(6).toString();
        c.resolution = q.value(7).toString();
        c.resolvedAt = fromStoredTime(q.value(8).toString());
        c.resolvedBy = q.value(9).toString();
        out.append(c);
    }
    return out;
}

bool CareRecords::complaint(qint64 complaintId, Complaint* complaint, QString* error) const
{
    const QVector<Complaint> found = loadComplaints(u"c.id = ?"_s, complaintId, u"c.id"_s);
    if (found.isEmpty()) {
        *error = tr("There is no complaint with number %1.").arg(complaintId);
        return false;
    }
    *complaint = found.first();
    return true;
}

QVector<Complaint> CareRecords::complaints(qint64 memberId) const
{
    return loadComplaints(u"c.member_id = ?"_s, memberId, u"c.opened_at DESC, c.id DESC"_s);
}

QVector<Complaint> CareRecords::openComplaints() const
{
    return loadComplaints(u"c.resolved_at IS NULL"_s, QVariant(), u"c.opened_at, c.id"_s);
}

} // namespace md

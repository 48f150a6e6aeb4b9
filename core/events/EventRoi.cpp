// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventRoi.h"

#include "common/Clock.h"
#include "events/AudienceBuilder.h"
#include "events/EventService.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {

struct MemberPeriods
{
    int eventPurchases = 0;
    Fen eventFen = 0;
    int followPurchases = 0;
    Fen followFen = 0;
};

RoiGroupFigures figuresOf(const QSet<qint64>& members, const QHash<qint64, MemberPeriods>& periods)
{
    RoiGroupFigures g;
    g.members = int(members.size());
    for (qint64 id : members) {
        const auto it = periods.constFind(id);
        if (it == periods.constEnd())
            continue;
        ++g.buyers;
        g.eventPurchases += it->eventPurchases;
        g.eventRevenueFen += it->eventFen;
        g.followPurchases += it->followPurchases;
        g.followRevenueFen += it->followFen;
    }
    return g;
}

} // namespace

Fen EventRoiReport::comparablePerMemberFen() const
{
    if (comparable.members <= 0)
        return 0;
    return (comparable.revenueFen() * 2 + comparable.members) / (2 * Fen(comparable.members));
}

QString EventRoiReport::basisKey(ComparableBasis basis)
{
    switch (basis) {
    case ComparableBasis::SavedAudience:
        return u"saved_audience"_s;
    case ComparableBasis::SameTiers:
        return u"same_tiers"_s;
    case ComparableBasis::None:
        break;
    }
    return u"none"_s;
}

QString EventRoiReport::basisText() const
{
    switch (comparableBasis) {
    case ComparableBasis::SavedAudience:
        return EventRoi::tr(
            "Compared with %Ln consenting member(s) who matched the guest filter but were not "
            "invited.",
            "", comparable.members);
    case ComparableBasis::SameTiers:
        return EventRoi::tr(
            "Compared with %Ln consenting member(s) of the attendees' tiers who were not invited.", "",
            comparable.members);
    case ComparableBasis::None:
        break;
    }
    return EventRoi::tr("There is no comparable group of members who were not invited; the whole revenue of "
                        "the attendees is counted as gained.");
}

void EventRoi::finish(EventRoiReport* r)
{
    // baseline = comparable revenue per member × attendees, rounded half-up in integers.
    if (r->comparable.members > 0)
        r->baselineFen = (r->comparable.revenueFen() * Fen(r->attended) * 2 + r->comparable.members) /
                         (2 * Fen(r->comparable.members));
    else
        r->baselineFen = 0;
    r->incrementalFen = r->attendees.revenueFen() - r->baselineFen;
    if (r->costFen > 0) {
        r->roi = double(r->incrementalFen - r->costFen) / double(r->costFen);
        r->roiMessage.clear();
    } else {
        r->roi.reset();
        r->roiMessage = tr("The event cost nothing, so a return on its cost cannot be computed.");
    }
}

bool EventRoi::compute(const ServiceContext& ctx, qint64 eventId, EventRoiReport* report, QString* error)
{
    if (!Permissions::require(ctx, Permission::PlanEvents, error))
        return false;
    Event event;
    if (!EventService(ctx).get(eventId, &event, error))
        return false;
    EventRoiReport r;
    r.eventId = eventId;
    r.title = event.title;
    r.startsAt = event.startsAt;
    r.endsAt = event.endsAt;
    r.followEndsAt = event.endsAt.addDays(7);
    r.complete = ctx.clock.now() >= r.followEndsAt;
    r.costFen = event.costFen;

    QSet<qint64> invited;
    QSet<qint64> attended;
    QDate firstInvited;
    QSqlQuery q(ctx.db.sql());
    q.setForwardOnly(true);
    if (!Sql::prepare(
            q, u"SELECT member_id, invited_at, checked_in_at FROM event_invitations WHERE event_id = ?"_s,
            error))
        return false;
    q.addBindValue(eventId);
    if (!Sql::exec(q, error))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        invited.insert(id);
        const QDate day = fromStoredTime(q.value(1).toString()).date();
        if (!firstInvited.isValid() || day < firstInvited)
            firstInvited = day;
        if (!q.value(2).isNull())
            attended.insert(id);
    }
    r.invited = int(invited.size());
    r.attended = int(attended.size());

    // Every non-voided purchase in [start, end + 7 days], split by period, per member.
    QHash<qint64, MemberPeriods> periods;
    const QString start = toStoredTime(event.startsAt);
    const QString end = toStoredTime(event.endsAt);
    if (!Sql::prepare(q,
                      u"SELECT member_id, time, paid_fen FROM purchases WHERE voided_by IS NULL "
                      "AND time >= ? AND time <= ?"_s,
                      error))
        return false;
    q.addBindValue(start);
    q.addBindValue(toStoredTime(r.followEndsAt));
    if (!Sql::exec(q, error))
        return false;
    while (q.next()) {
        MemberPeriods& p = periods[q.value(0).toLongLong()];
        if (q.value(1).toString() <= end) {
            ++p.eventPurchases;
            p.eventFen += q.value(2).toLongLong();
        } else {
            ++p.followPurchases;
            p.followFen += q.value(2).toLongLong();
        }
    }
    r.attendees = figuresOf(attended, periods);

    if (!attended.isEmpty()) {
        AudienceData data;
        const QDate asOf = firstInvited.isValid() ? firstInvited : event.startsAt.date().addDays(-1);
        if (!AudienceBuilder::load(ctx.db, asOf, &data, error))
            return false;
        const AudienceBuilder builder(std::move(data));
        AudienceFilter filter = event.audience;
        filter.addedMemberIds.clear();
        filter.removedMemberIds.clear();
        QSet<qint64> comparable;
        for (const AudienceMember& m : builder.evaluate(filter).matched)
            if (!invited.contains(m.id))
                comparable.insert(m.id);
        if (!comparable.isEmpty()) {
            r.comparableBasis = EventRoiReport::ComparableBasis::SavedAudience;
        } else {
            QSet<int> tiers;
            for (const AudienceMember& m : builder.data().members)
                if (attended.contains(m.id))
                    tiers.insert(m.tier);
            for (const AudienceMember& m : builder.data().members)
                if (tiers.contains(m.tier) && m.consent && !m.anonymised && !invited.contains(m.id))
                    comparable.insert(m.id);
            if (!comparable.isEmpty())
                r.comparableBasis = EventRoiReport::ComparableBasis::SameTiers;
        }
        r.comparable = figuresOf(comparable, periods);
    }
    finish(&r);
    *report = std::move(r);
    return true;
}

} // namespace md

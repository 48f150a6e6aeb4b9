// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/AudienceBuilder.h"
#include "events/AudienceFilter.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QSet>
#include <QVector>

#include <optional>

namespace md {

/// One invitation as stored, with what an invitation card and the guest list show.
struct Invitation
{
    qint64 eventId = 0;
    qint64 memberId = 0;
    QString token; ///< InvitationToken, for the QR code
    QDateTime invitedAt;
    QDateTime checkedInAt; ///< invalid: not (yet) checked in
    qint64 checkedInBy = 0;

    QString name;          ///< empty for an anonymised member
    QString honorificName; ///< "王芳女士" (Honorific::name), for the card and the door screen
    int gender = 0;        ///< md::Gender as int
    QString card;
    int tier = 0;
    QString tierName;
    bool anonymised = false;

    bool checkedIn() const { return checkedInAt.isValid(); }
};

struct InviteResult
{
    int invited = 0;        ///< new invitations written now
    int alreadyInvited = 0; ///< matched members who already had one (not written again)
    int excluded = 0;       ///< left out (consent, anonymised, removed, capacity, --limit)
    int total = 0;          ///< invitations of the event after this call
    Audience audience;      ///< the evaluation the invitations were written from
};

/// Writes invitations. Needs Permission::PlanEvents. Idempotent: a member is invited to an event at most
/// once (the primary key) and re-inviting writes only the members not invited yet; the capacity counts the
/// invitations already written; only consenting, not anonymised members are invited. The filter is saved
/// with the event. One transaction, one audit entry ("event.invite").
class EventInvitations
{
    Q_DECLARE_TR_FUNCTIONS(EventInvitations)
public:
    explicit EventInvitations(const ServiceContext& ctx) : m_ctx(ctx) {}

    /// True when invitations may still be sent to the event (it exists and has not ended); what a dry
    /// run checks before it counts the guests a real run would invite.
    bool canInvite(qint64 eventId, QString* error) const;
    /// Evaluates `filter` as of the clock's today and invites the matched members not invited yet,
    /// at most `limit` new ones (none: no limit). Refused for an event that has ended.
    bool invite(qint64 eventId, const AudienceFilter& filter, InviteResult* result, QString* error,
                std::optional<int> limit = {});
    /// The same with an audience the caller already evaluated (the GUI's builder, same as-of date).
    bool invite(qint64 eventId, const AudienceFilter& filter, const AudienceBuilder& builder,
                InviteResult* result, QString* error, std::optional<int> limit = {});

    /// Invitations of the event, by member name then id; empty when none or the event is missing.
    QVector<Invitation> list(qint64 eventId) const;
    QSet<qint64> invitedMemberIds(qint64 eventId) const;

    /// Withdraws an invitation that was not checked in yet. Owner only (PlanEvents), audited.
    bool withdraw(qint64 eventId, qint64 memberId, QString* error);

private:
    ServiceContext m_ctx;
};

} // namespace md

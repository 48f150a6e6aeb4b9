// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDateTime>
#include <QString>

namespace md {

/// What the door screen shows after a scan or a look-up.
struct CheckInResult
{
    enum class Status
    {
        CheckedIn,        ///< welcome: attendance recorded now
        AlreadyCheckedIn, ///< refused: checked in before, at firstCheckInAt
        OtherEvent,       ///< refused: the invitation is for another event (otherEventTitle)
        InvalidToken,     ///< refused: garbled or forged token
        NotInvited,       ///< refused: the member has no invitation to this event
        UnknownMember,    ///< refused: no member with that card or phone
        EventMissing,     ///< refused: no such event
        Closed,           ///< refused: check-in is not open (before the door opens / long after the end)
        Error,            ///< a database error (message says which)
    };

    Status status = Status::Error;
    QString message; ///< one sentence for the door screen, in the user's language

    qint64 eventId = 0;
    QString eventTitle;
    qint64 memberId = 0;
    QString name;          ///< plain name
    QString honorificName; ///< "王芳女士"
    int tier = 0;
    QString tierName;
    QString card;
    QDateTime checkedInAt;    ///< when this check-in was recorded (CheckedIn)
    QDateTime firstCheckInAt; ///< the earlier check-in (AlreadyCheckedIn)
    QString firstCheckInBy;   ///< who recorded it, when known
    QString otherEventTitle;  ///< OtherEvent

    bool ok() const { return status == Status::CheckedIn; }
    bool alreadyCheckedIn() const { return status == Status::AlreadyCheckedIn; }
    /// Stable key for the CLI/JSON: checked_in, already_checked_in, other_event, invalid_token,
    /// not_invited, unknown_member, event_missing, closed, error.
    QString statusKey() const;
};

/// Marks attendance at the door. Any user may check guests in (clerks run the door). A check-in sets
/// event_invitations.checked_in_at / checked_in_by once and writes "event.checkin" to the audit log;
/// refusals change nothing. Check-in opens kOpensHoursBefore hours before the start and closes
/// kClosesHoursAfter hours after the end (late entries by the owner the next day still work).
class EventCheckIn
{
    Q_DECLARE_TR_FUNCTIONS(EventCheckIn)
public:
    explicit EventCheckIn(const ServiceContext& ctx) : m_ctx(ctx) {}

    static constexpr int kOpensHoursBefore = 6;
    static constexpr int kClosesHoursAfter = 48;

    /// By the token of an invitation's QR code. `eventId` is the event being checked in at the door;
    /// 0 takes the event the token names (the CLI's `event checkin TOKEN`).
    CheckInResult byToken(qint64 eventId, const QString& token);
    /// By member card number or phone number (full or as typed) for the selected event; invited members only.
    CheckInResult byCardOrPhone(qint64 eventId, const QString& cardOrPhone);
    /// By member id (a row picked on the guest list).
    CheckInResult byMember(qint64 eventId, qint64 memberId);

private:
    ServiceContext m_ctx;
};

} // namespace md

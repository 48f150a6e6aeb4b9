// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "events/AudienceFilter.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

/// What the owner types when planning a VIP event (VIP专场). Times are local shop time.
struct EventInput
{
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    QString description;
    QString offer;               ///< what invitees get ("满300减50", a gift, early access …)
    Fen costFen = 0;             ///< the whole budget spent on the event (gifts, food, printing …)
    std::optional<int> capacity; ///< seats; none: unlimited
    QString invitationTemplate;  ///< the invitation text with placeholders (core/documents renders it)
};

/// A stored event: the input plus its id, saved audience and bookkeeping.
struct Event
{
    qint64 id = 0;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    QString description;
    QString offer;
    Fen costFen = 0;
    std::optional<int> capacity;
    QString invitationTemplate;
    AudienceFilter audience; ///< the guest filter saved with the event (events.audience)
    QString audienceError;   ///< set when the saved filter could not be read (audience is then empty)
    QDateTime createdAt;

    int invited = 0;  ///< invitations written
    int attended = 0; ///< invitations checked in

    bool isValid() const { return id > 0; }
    /// Upcoming until it has ended: an event running right now is still "upcoming" (the door is open).
    bool isPast(const QDateTime& now) const { return endsAt <= now; }
    EventInput toInput() const;
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Event.h"

namespace md {

EventInput Event::toInput() const
{
    EventInput in;
    in.title = title;
    in.startsAt = startsAt;
    in.endsAt = endsAt;
    in.place = place;
    in.description = description;
    in.offer = offer;
    in.costFen = costFen;
    in.capacity = capacity;
    in.invitationTemplate = invitationTemplate;
    return in;
}

} // namespace md

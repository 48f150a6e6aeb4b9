// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/LoyaltyTypes.h"
#include "analytics/Rfm.h"

#include <QCoreApplication>

namespace md {

/// One thing to do with a member, from both readings of their history: the RFM segment says where they
/// stand now (recent, frequent, big; or gone), the loyalty type what they are worth to the shop over the
/// window (profit × loyalty). Each has its own advice, and the two disagree for some members: "contact
/// them with a personal win-back offer" (at risk) beside "spend no marketing money on them" (a stranger).
/// The owner gets one sentence instead, which says which reading wins and why.
class MemberAdvice
{
    Q_DECLARE_TR_FUNCTIONS(MemberAdvice)

public:
    /// What to do with a member of this segment and type (one sentence, ending with a full stop).
    static QString forMember(RfmSegment segment, LoyaltyType type);
    /// True when the segment's advice and the type's treatment would say different things, so that
    /// forMember() has a sentence of its own rather than one of the two.
    static bool reconciles(RfmSegment segment, LoyaltyType type);
    /// What to say instead of the model's chance that the member is still a customer, when that chance
    /// means nothing yet; empty otherwise. BG/NBD counts a one-visit customer as still a customer for
    /// certain (no repeat, so no sign of leaving): "100 %" a year after their only visit reads as nonsense.
    static QString outlookTooEarly(int visits);
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/MemberAdvice.h"

namespace md {

namespace {

// The combinations whose two readings agree: the type's treatment says it all (a loyal friend, a regular
// small spender to grow, a butterfly to catch while here). A new member's type rests on one visit and says
// little yet: the welcome wins. A hibernating member who was never worth much gets general promotions,
// which every type's treatment allows.
enum class Source
{
    Type,
    Segment,
    Own,
};

Source sourceFor(RfmSegment segment, LoyaltyType type)
{
    switch (segment) {
    case RfmSegment::Champions:
    case RfmSegment::Loyal:
        return type == LoyaltyType::Friend || (segment == RfmSegment::Loyal && type == LoyaltyType::Barnacle)
                   ? Source::Type
                   : Source::Own;
    case RfmSegment::New:
        return Source::Segment;
    case RfmSegment::Potential:
        return type == LoyaltyType::Stranger ? Source::Own : Source::Type;
    case RfmSegment::AtRisk:
        return Source::Own;
    case RfmSegment::Hibernating:
        return type == LoyaltyType::Friend ? Source::Own : Source::Segment;
    }
    return Source::Type;
}

} // namespace

bool MemberAdvice::reconciles(RfmSegment segment, LoyaltyType type)
{
    return sourceFor(segment, type) == Source::Own;
}

QString MemberAdvice::forMember(RfmSegment segment, LoyaltyType type)
{
    switch (sourceFor(segment, type)) {
    case Source::Type:
        return LoyaltyTypes::treatment(type);
    case Source::Segment:
        return Rfm::advice(segment);
    case Source::Own:
        break;
    }
    switch (segment) {
    case RfmSegment::Champions:
        switch (type) {
        case LoyaltyType::Butterfly:
            return tr("Among your best customers lately, but not regular: thank them and make a well-timed "
                      "offer when they visit; do not spend much on keeping them.");
        case LoyaltyType::Barnacle:
            return tr(
                "They come often and spend a lot, on thin margins: thank them personally and steer them "
                "to higher-margin goods rather than deeper discounts.");
        default:
            return tr("Buying a lot lately, on thin margins and without a habit yet: thank them at the "
                      "counter, without extra discounts.");
        }
    case RfmSegment::Loyal:
        if (type == LoyaltyType::Butterfly)
            return tr("Coming often lately, which is new for them: welcome it with a well-timed offer rather "
                      "than a lasting discount.");
        return tr("They come often but spend little: serve them well and suggest add-ons; spend no marketing "
                  "money on them.");
    case RfmSegment::Potential:
        return tr(
            "Recent, but small and occasional: serve them well at the counter; general promotions only, "
            "no offer of their own.");
    case RfmSegment::AtRisk:
        switch (type) {
        case LoyaltyType::Friend:
            return tr(
                "A valued regular who has not come lately: contact them personally; a win-back offer is "
                "worth it.");
        case LoyaltyType::Butterfly:
            return tr(
                "A good spender who comes and goes has not come lately: one well-timed offer at most; do "
                "not chase them.");
        case LoyaltyType::Barnacle:
            return tr("A loyal small spender who has not come lately: a friendly reminder is enough, not a "
                      "deep discount.");
        case LoyaltyType::Stranger:
            return tr("Not seen lately, and never worth much marketing: include them in general promotions "
                      "only.");
        }
        break;
    case RfmSegment::Hibernating:
        return tr("A good customer who has gone quiet: a personal call may bring them back.");
    case RfmSegment::New:
        break;
    }
    return LoyaltyTypes::treatment(type);
}

QString MemberAdvice::outlookTooEarly(int visits)
{
    return visits == 1 ? tr("One visit so far: too early to tell whether they come back.") : QString();
}

} // namespace md

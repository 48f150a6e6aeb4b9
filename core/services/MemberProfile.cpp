// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberProfile.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "services/MemberService.h"
#include "services/PointsLedger.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"

namespace md {

bool birthdayWithin(const QDate& birthday, const QDate& from, int days)
{
    if (!birthday.isValid())
        return false;
    for (int i = 0; i < days; ++i) {
        const QDate d = from.addDays(i);
        int day = birthday.day();
        if (birthday.month() == 2 && day == 29 && !QDate::isLeapYear(d.year()))
            day = 28;
        if (d.month() == birthday.month() && d.day() == day)
            return true;
    }
    return false;
}

bool MemberProfile::load(const ServiceContext& ctx, qint64 memberId, MemberProfile* p, QString* error)
{
    MemberProfile out;
    if (!MemberService(ctx).get(memberId, &out.member, error))
        return false;
    const LoyaltyRules rules = RulesService(ctx).current();
    const int tier = qBound(0, out.member.tier, int(rules.tiers.size()) - 1);
    out.tierName = rules.tiers.at(tier).name;
    out.tierDisplay = rules.tierDisplayName(tier);
    out.discountBp = rules.tiers.at(tier).discountBp;
    out.tierSpendFen = PurchaseService(ctx).tierSpend(memberId, ctx.clock.now(), rules);
    if (tier + 1 < rules.tiers.size()) {
        out.nextTier = tier + 1;
        out.nextTierName = rules.tiers.at(tier + 1).name;
        out.nextTierDisplay = rules.tierDisplayName(tier + 1);
        const Fen from = rules.tiers.at(tier).thresholdFen;
        const Fen to = rules.tiers.at(tier + 1).thresholdFen;
        out.toNextTierFen = qMax<Fen>(0, to - out.tierSpendFen);
        out.progressPermille = int(qBound<Fen>(Fen(0), (out.tierSpendFen - from) * 1000 / qMax<Fen>(1, to - from), Fen(1000)));
    }
    out.pointsAvailable = PointsLedger(ctx).available(memberId, ctx.clock.today());
    const QDate today = ctx.clock.today();
    out.birthdayToday = birthdayWithin(out.member.birthday, today, 1);
    out.birthdayThisWeek = birthdayWithin(out.member.birthday, today, 7);
    out.birthdayThisMonth = out.member.birthday.isValid() && out.member.birthday.month() == today.month();
    if (out.member.referrerId > 0) {
        Member referrer;
        if (loadMember(ctx.db, out.member.referrerId, &referrer))
            out.referrerName = referrer.name;
    }
    *p = out;
    return true;
}

} // namespace md

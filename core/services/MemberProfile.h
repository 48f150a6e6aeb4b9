// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"
#include "services/ServiceContext.h"

namespace md {

/// Everything the member card shows at a glance, computed as of the clock's now.
struct MemberProfile
{
    Member member;
    QString tierName;     ///< stored name (data)
    QString tierDisplay;  ///< name for the user's language
    int nextTier = -1;    ///< -1 at the top tier
    QString nextTierName; ///< stored name
    QString nextTierDisplay;
    Fen tierSpendFen = 0; ///< by the programme's basis
    Fen toNextTierFen = 0;
    int progressPermille = 1000; ///< 0..1000 from this tier's threshold to the next
    int discountBp = 0;
    qint64 pointsAvailable = 0;
    bool birthdayToday = false;
    bool birthdayThisWeek = false; ///< within the next 7 days, today included
    bool birthdayThisMonth = false;
    QString referrerName;

    /// Loads the profile; false with *error when there is no such member.
    static bool load(const ServiceContext& ctx, qint64 memberId, MemberProfile* profile, QString* error);
};

/// True when the birthday (month/day) falls on `from` or within the following `days`-1 days; 29 Feb
/// counts as 28 Feb in other years.
bool birthdayWithin(const QDate& birthday, const QDate& from, int days);

} // namespace md

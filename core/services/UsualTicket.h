// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QDate>

namespace md {

class Database;

/// How large a purchase this shop usually records, so the counter can ask before booking one far above
/// it: a clerk who types the next customer's last four digits into the amount field would otherwise book
/// a ¥9,996 sale, its points and a tier upgrade on one Enter.
struct UsualTicket
{
    static constexpr int kDays = 90;
    /// Never ask below this (¥2,000: a new shop has no average yet, and one whose tickets are all small still
    /// sells a hamper).
    static constexpr Fen kFloorFen = 200000;
    static constexpr int kTimesAverage = 20;

    Fen averageFen = 0;   ///< paid per purchase over the last kDays days (0: no purchases yet)
    qint64 purchases = 0; ///< how many that average is over
    Fen confirmAboveFen = kFloorFen;

    /// From the purchase summaries of the kDays days before `today` (one small read).
    static UsualTicket of(Database& db, const QDate& today);
    bool isUnusual(Fen grossFen) const { return grossFen > confirmAboveFen; }
};

} // namespace md

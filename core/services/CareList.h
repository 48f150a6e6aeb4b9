// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QVector>

namespace md {

/// One row of today's care list: whom to contact and why.
struct CareRow
{
    enum class Kind
    {
        BirthdayToday,
        BirthdayThisWeek, ///< the next six days
        NearNextTier,
        PointsExpiring,
        FollowupDue,
        ComplaintOpen,
        Lapsed, ///< a valuable member who stopped coming
    };
    Kind kind = Kind::BirthdayToday;
    QString kindKey; ///< stable: birthday_today, birthday_week, near_tier, points_expiring, followup_due,
                     ///< complaint_open, lapsed
    qint64 memberId = 0;
    QString memberName;
    QString detail; ///< translated, e.g. "¥85.00 more to Gold"
    QDate refDate;  ///< the occasion: birthday, expiry date, due date, oldest open complaint, last visit;
                    ///< today for near_tier
    QString key;    ///< "kind:member:refDate", stable for markDone()
    bool done = false;
    Fen amountFen = 0; ///< near_tier: the gap; lapsed: paid in the last 180 days
    qint64 points = 0; ///< points_expiring: the points
};

/// Today's care list as of the clock, and its badge count.
///
/// Rules (constants below):
/// - birthdays today, and in the next six days;
/// - near the next tier: the spend by the programme's basis is below the next tier's threshold by at most
///   max(¥100, 10 % of that threshold), e.g. "¥85.00 more to Gold";
/// - points expiring in the next 30 days (unexpired credits with points left, lapsing by today + 30);
/// - follow-ups due: the member's latest follow-up has a next date on or before today;
/// - open complaints;
/// - valuable members who stopped coming: ≥ 3 purchases in the last 180 days and none in the last 42.
/// A row marked done (care_done) stays done for its occasion: the same birthday, expiry date, due date or
/// lapse (last visit); near-tier rows are per day.
class CareList
{
    Q_DECLARE_TR_FUNCTIONS(CareList)
public:
    explicit CareList(const ServiceContext& ctx) : m_ctx(ctx) {}

    static constexpr Fen kNearTierMinFen = 10'000;
    static constexpr int kNearTierPercent = 10;
    static constexpr int kBirthdayDays = 7;
    static constexpr int kExpiringDays = 30;
    static constexpr int kLapsedWindowDays = 180;
    static constexpr int kLapsedQuietDays = 42;
    static constexpr int kLapsedMinPurchases = 3;

    /// How close counts as near a tier whose threshold is `thresholdFen`.
    static Fen nearTierMargin(Fen thresholdFen);

    static constexpr int kKindCount = int(CareRow::Kind::Lapsed) + 1;

    struct Result
    {
        QVector<CareRow> rows; ///< by kind (in enum order), then by date (lapsed: by value), then member
        int count = 0;         ///< rows not done: the badge
        QVector<int> kindCounts = QVector<int>(kKindCount, 0); ///< rows not done, per kind (all of them,
                                                               ///< however many `rows` holds)
    };
    /// `includeDone`: also rows already marked done (with done = true).
    /// `perKindLimit`: at most this many rows of each kind (indexed by Kind) are kept in `rows`, the first by
    /// the list's order; a missing or non-positive entry means all. The counts always cover every row, so a
    /// page can show the first rows of a long group while its heading and the badge stay exact; memory is
    /// bounded by the limits, not by the size of the list.
    bool load(Result* result, QString* error, bool includeDone = false,
              const QVector<int>& perKindLimit = {}) const;
    /// Just the badge number.
    int badgeCount() const;
    bool markDone(const QString& key, QString* error);
    bool undoDone(const QString& key, QString* error);

private:
    ServiceContext m_ctx;
};

} // namespace md

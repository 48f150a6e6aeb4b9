// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

/// Purchases and revenue of a group of members in the two periods the ROI looks at.
struct RoiGroupFigures
{
    int members = 0;
    int buyers = 0;          ///< members with at least one purchase in either period
    int eventPurchases = 0;  ///< purchases during the event window [start, end]
    Fen eventRevenueFen = 0; ///< paid, voids excluded
    int followPurchases = 0; ///< purchases in the following 7 days (end, end + 7 days]
    Fen followRevenueFen = 0;

    int purchases() const { return eventPurchases + followPurchases; }
    Fen revenueFen() const { return eventRevenueFen + followRevenueFen; }
};

/// The return of an event.
///
/// Periods: the event window [starts_at, ends_at] and the 7 days after it (ends_at, ends_at + 7 days].
/// Revenue is paid fen of purchases that are not voided.
///
/// Comparable group (the baseline: what attendees would have spent anyway): members who were NOT invited,
/// have marketing consent and are not anonymised, and who match the event's saved audience filter as of
/// the day of the first invitation (the filter's manual additions and removals ignored) — typically those
/// left out by the capacity or a limit. When that leaves nobody, the same non-invited consenting members
/// restricted to the tiers the attendees held instead (`comparableBasis` says which).
///
/// baselineFen = comparable revenue per member × attendees (rounded half-up, integer arithmetic);
/// incrementalFen = attendee revenue − baselineFen;
/// roi = (incrementalFen − costFen) / costFen — none when the cost is 0 ("not computable"); −1 means the
/// event brought nothing beyond its cost back. Revenue-based, as the shop reads it; profit is not used
/// because most purchases carry no recorded profit.
struct EventRoiReport
{
    qint64 eventId = 0;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime followEndsAt;
    bool complete = false; ///< the follow-up week is over (before that the figures are provisional)

    int invited = 0;
    int attended = 0;
    RoiGroupFigures attendees;
    RoiGroupFigures comparable;
    enum class ComparableBasis
    {
        None,          ///< nobody comparable: baseline 0
        SavedAudience, ///< matched the saved filter, not invited
        SameTiers,     ///< not invited, in the attendees' tiers
    };
    ComparableBasis comparableBasis = ComparableBasis::None;

    Fen costFen = 0;
    Fen baselineFen = 0;
    Fen incrementalFen = 0;
    std::optional<double> roi;
    QString roiMessage; ///< why roi is missing ("the event cost nothing …")

    /// comparable revenue per member in fen (rounded), 0 without a group.
    Fen comparablePerMemberFen() const;
    static QString basisKey(ComparableBasis basis); ///< none, saved_audience, same_tiers
    QString basisText() const;                      ///< the sentence for the owner
};

class EventRoi
{
    Q_DECLARE_TR_FUNCTIONS(EventRoi)
public:
    /// Needs Permission::PlanEvents (money figures are the owner's).
    static bool compute(const ServiceContext& ctx, qint64 eventId, EventRoiReport* report, QString* error);

    /// The arithmetic alone (tests and the page's explanation): fills baseline, incremental and roi
    /// from attended, the two groups' figures and the cost.
    static void finish(EventRoiReport* report);
};

} // namespace md

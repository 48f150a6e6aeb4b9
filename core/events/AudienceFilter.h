// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/LoyaltyTypes.h"
#include "analytics/Rfm.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QVector>

#include <optional>

namespace md {

/// Who should be invited to an event: a conjunction of optional criteria (an empty list / unset value does
/// not restrict), plus members added or removed by hand. Saved as JSON in events.audience.
///
/// Every criterion is evaluated as of the builder's date (AudienceBuilder, normally the clock's today):
/// - tiers: the member's tier index as stored now is one of these (0 = the entry tier);
/// - loyaltyTypes / rfmSegments: the member's type / segment over the 365 days ending on that date
///   (members without a purchase in that window have neither and do not match these criteria);
/// - minSpendFen: paid (voids excluded) in the `spendDays` days ending on that date is at least this;
/// - minPAlive: BG/NBD probability of still being a customer is at least this (members who never bought
///   have none and do not match; when the model cannot be fitted the builder says so, see Audience);
/// - birthdayMonth: 1..12;
/// - lastVisitBefore / lastVisitAfter: the member's last visit day (last non-voided purchase up to the
///   as-of date) is strictly before / after the date (members who never visited match "before", never
///   "after");
/// - minReferrals: at least this many members name the member as their referrer.
/// Manually added members skip the criteria (not the consent); manually removed members are always out.
struct AudienceFilter
{
    Q_DECLARE_TR_FUNCTIONS(AudienceFilter)
public:
    QVector<int> tiers;
    QVector<LoyaltyType> loyaltyTypes;
    QVector<RfmSegment> rfmSegments;
    std::optional<Fen> minSpendFen;
    int spendDays = 365;             ///< the period of minSpendFen, ending on the as-of date
    std::optional<double> minPAlive; ///< 0..1
    std::optional<int> birthdayMonth;
    QDate lastVisitBefore;
    QDate lastVisitAfter;
    std::optional<int> minReferrals;
    QSet<qint64> addedMemberIds;
    QSet<qint64> removedMemberIds;

    static constexpr int kMaxSpendDays = 3650;

    /// True when no criterion is set (then every consenting member matches, like "all members").
    bool hasCriteria() const;
    /// Range checks with a sentence naming the criterion (month 1..12, P(alive) 0..1, spend ≥ 0 …).
    bool validate(QString* error) const;

    /// Keys: tiers [int], types ["friends",…], segments ["champions",…], min_spend_fen, spend_days,
    /// min_p_alive, birthday_month, last_visit_before / last_visit_after ("yyyy-MM-dd"), min_referrals,
    /// added [id], removed [id]. Unset criteria are left out.
    QJsonObject toJson() const;
    /// Parses what toJson() wrote; "{}" is the empty filter. Unknown keys are ignored (newer versions),
    /// wrong types and unknown type/segment names refused with a message.
    static bool fromJson(const QJsonObject& json, AudienceFilter* filter, QString* error);

    /// What withAdded() did with the ids it was given.
    struct Addition
    {
        int added = 0;        ///< newly on the hand-added list (restored ones included)
        int alreadyAdded = 0; ///< were on the hand-added list before (not duplicated)
        int restored = 0;     ///< had been removed by hand; the explicit addition wins and they are back
        int ignored = 0;      ///< not member numbers (< 1)
    };
    /// This filter with `ids` added by hand (another list, e.g. an insight segment, feeding the guests):
    /// the criteria and the other additions are kept, ids already added are not duplicated, and ids removed
    /// by hand earlier are taken off the removed list (adding them now is the newer decision). Consent is
    /// still the builder's to check. Repeated ids in `ids` count once.
    AudienceFilter withAdded(const QVector<qint64>& ids, Addition* addition = nullptr) const;

    bool operator==(const AudienceFilter& other) const;
    bool operator!=(const AudienceFilter& other) const { return !(*this == other); }
};

} // namespace md

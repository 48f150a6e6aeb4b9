// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/LoyaltyTypes.h"
#include "analytics/Rfm.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace md {

class Database;

/// One member's analytic figures as of a date.
struct MemberInsightFigures
{
    std::optional<RfmSegment> segment; ///< none: no purchase in the 365-day window
    std::optional<LoyaltyType> type;   ///< none: no purchase in the 365-day window
    std::optional<double> pAlive;      ///< none: never bought, or the model could not be fitted
};

/// The per-member figures the audience builder filters on, for every member with purchase history,
/// plus each member's paid amounts per day (for "minimum spend in a period").
struct AudienceInsight
{
    QDate asOf;
    QHash<qint64, MemberInsightFigures> figures;
    /// Paid per transaction day (julian day → fen), voids excluded, days up to asOf, by member.
    QHash<qint64, QVector<QPair<qint32, Fen>>> paidDays;

    bool segmentsOk = false;
    QString segmentsMessage; ///< why there are no segments/types (segmentsOk false), e.g. no purchases
    bool pAliveOk = false;
    QString pAliveMessage; ///< why there is no P(alive) (pAliveOk false), e.g. too little repeat history

    /// Paid by the member in the `days` days ending on asOf.
    Fen paidInLastDays(qint64 memberId, int days) const;
};

/// The ONE place the events module reads analytic figures from. Today it computes them from the purchase
/// history (RFM and loyalty types over the 365 days ending on `asOf`, BG/NBD P(alive) fitted in weeks on
/// the whole history up to `asOf`, the fit cached by ClvModels); when a per-member insight table exists
/// this is the function to switch to it.
class MemberInsightSource
{
    Q_DECLARE_TR_FUNCTIONS(MemberInsightSource)
public:
    /// Fails only on a database error; too little history is reported in the flags and messages.
    static bool load(Database& db, const QDate& asOf, AudienceInsight* insight, QString* error);
};

} // namespace md

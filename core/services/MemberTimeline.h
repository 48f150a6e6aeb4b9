// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QDateTime>
#include <QVector>

namespace md {

/// One line of a member's history, ready to show: the GUI needs no further look-ups.
struct TimelineItem
{
    enum class Kind
    {
        Purchase,
        Void,
        Points,
        Tier,
        Followup,
        Complaint,
        Note,
        Joined,
    };
    Kind kind = Kind::Purchase;
    QString kindKey; ///< stable: purchase, void, points, tier, followup, complaint, note, joined
    QDateTime time;
    QString title;  ///< translated, short ("Purchase 1234", "Points expired")
    QString detail; ///< translated, one line
    bool hasAmount = false;
    Fen amountFen = 0; ///< money paid (negative for a void)
    bool hasPoints = false;
    qint64 points = 0; ///< signed points movement
    QDate expiresOn;   ///< points credits: when they lapse (invalid: never, or not a credit)
    QString subKind; ///< points: the ledger kind (earn, redeem, expire…); complaint: opened/handled/resolved
    /// purchase, ledger entry, tier_history, follow-up, complaint or audit row id; joined: the member's
    qint64 refId = 0;
    bool voided = false; ///< purchases that were later voided
};

/// The whole relationship with one member in one chronological list, newest first: purchases (voided
/// ones marked, and the void itself), points movements with their expiry dates, tier changes with their
/// reason, follow-ups, complaints (opened, handled, resolved, by whom), note changes and, last, the day the
/// member joined (registration: the card number and who referred them).
class MemberTimeline
{
    Q_DECLARE_TR_FUNCTIONS(MemberTimeline)
public:
    explicit MemberTimeline(const ServiceContext& ctx) : m_ctx(ctx) {}

    struct Page
    {
        QVector<TimelineItem> items;
        bool hasMore = false;
    };
    /// Items [offset, offset + limit) of the newest-first list.
    bool load(qint64 memberId, int offset, int limit, Page* page, QString* error) const;

private:
    ServiceContext m_ctx;
};

} // namespace md

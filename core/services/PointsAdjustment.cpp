// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsAdjustment.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "domain/Member.h"
#include "services/AuditLog.h"
#include "services/MemberService.h"
#include "services/PointsLedger.h"
#include "services/RulesService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace md {

bool PointsAdjustment::adjust(qint64 memberId, qint64 points, const QString& reason, Result* result,
                              QString* error)
{
    if (!requireOwner(m_ctx, error))
        return false;
    const QString why = reason.simplified();
    if (why.isEmpty()) {
        *error = tr("Give a reason for the adjustment; it is shown in the member's history.");
        return false;
    }
    if (why.size() > kMaxReasonLength) {
        *error = tr("The reason is longer than %Ln character(s).", "", kMaxReasonLength);
        return false;
    }
    if (points == 0) {
        *error = tr("An adjustment of 0 points changes nothing.");
        return false;
    }
    if (points > kMaxAdjustment || points < -kMaxAdjustment) {
        *error = tr("An adjustment is at most %1 points either way.").arg(kMaxAdjustment);
        return false;
    }
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Member member;
    if (!loadMember(m_ctx.db, memberId, &member)) {
        *error = tr("There is no member with number %1.").arg(memberId);
        return false;
    }
    if (member.anonymized) {
        *error = tr("This member was anonymised on request; their points cannot be changed.");
        return false;
    }
    PointsLedger ledger(m_ctx);
    const QDate today = m_ctx.clock.today();
    PointsLedger::Entry e;
    e.memberId = memberId;
    e.kind = u"adjust"_s;
    e.reason = why;
    qint64 ledgerId = 0;
    if (points > 0) {
        e.points = points;
        e.expiresOn = RulesService(m_ctx).current().expiryFor(today);
        if (!ledger.credit(e, &ledgerId, error))
            return false;
    } else {
        const qint64 available = ledger.available(memberId, today);
        if (-points > available) {
            // (A void may leave a debt — points already spent are taken back — but an adjustment never
            // takes more than the member can use.)
            *error = tr("Cannot take %1 points: %2 has only %Ln point(s) available, and an adjustment cannot "
                        "take more than that.",
                        "", int(qMin<qint64>(available, std::numeric_limits<int>::max())))
                         .arg(-points)
                         .arg(member.name);
            return false;
        }
        e.points = -points;
        if (!ledger.debit(e, &ledgerId, error))
            return false;
    }
    if (!AuditLog::record(m_ctx, u"points.adjust"_s, u"member:%1"_s.arg(memberId),
                          u"points:%1 ledger:%2 reason:%3"_s.arg(points).arg(ledgerId).arg(why), error))
        return false;
    if (!tx.commit(error))
        return false;
    if (result)
        *result = {ledgerId, ledger.balance(memberId)};
    return true;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TierReviewService.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "services/AuditLog.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <QVariant>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace md {

QDate TierReviewService::reviewableFrom(const QDate& since, int graceMonths)
{
    return since.addMonths(graceMonths);
}

bool TierReviewService::run(TierReviewResult* result, QString* error)
{
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!runInTransaction(result, error))
        return false;
    return tx.commit(error);
}

bool TierReviewService::runInTransaction(TierReviewResult* result, QString* error)
{
    const LoyaltyRules rules = RulesService(m_ctx).current();
    const QDateTime now = m_ctx.clock.now();
    const QDate today = now.date();
    const int top = int(rules.tiers.size()) - 1;
    const bool lifetime = rules.tierBasis == LoyaltyRules::TierBasis::PaidLifetime;
    const QString basisKey = lifetime ? u"paid_lifetime"_s : u"paid_12m"_s;
    TierReviewResult out;
    out.day = today;

    // Candidates: past the grace period (a few days of slack; the exact month arithmetic is done below)
    // or in a tier the programme no longer has. They are read from members_tier alone, which holds
    // tier_since (schema 11): the members' rows are not read. Their spend is then summed in member order,
    // which walks purchases_member from front to back: on a cold start of the day that is the difference
    // between reading the index's pages in the order they lie and at random.
    const QDate sinceCutoff = today.addMonths(-rules.tierGraceMonths).addDays(3);
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q,
                      u"SELECT id, tier, tier_since FROM members INDEXED BY members_tier "
                      "WHERE tier > 0 AND (tier_since IS NULL OR tier_since <= ? OR tier > ?)"_s,
                      error))
        return false;
    q.addBindValue(toStoredDate(sinceCutoff));
    q.addBindValue(top);
    if (!Sql::exec(q, error))
        return false;
    struct Candidate
    {
        qint64 memberId;
        int tier;
        bool pastGrace;
    };
    std::vector<Candidate> candidates;
    while (q.next()) {
        const int tier = q.value(1).toInt();
        const QDate since = fromStoredDate(q.value(2).toString());
        const bool pastGrace = !since.isValid() || reviewableFrom(since, rules.tierGraceMonths) <= today;
        if (pastGrace || tier > top)
            candidates.push_back({q.value(0).toLongLong(), tier, pastGrace});
    }
    q.finish();
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.memberId < b.memberId; });

    QSqlQuery spendQuery(m_ctx.db.sql());
    if (!Sql::prepare(spendQuery,
                      u"SELECT COALESCE(SUM(paid_fen), 0) FROM purchases INDEXED BY purchases_member "
                      "WHERE member_id = ? AND voided_by IS NULL AND time > ? AND time <= ?"_s,
                      error))
        return false;
    const QString windowStart = lifetime ? u"0000"_s : toStoredTime(now.addMonths(-12));
    const QString windowEnd = toStoredTime(now);
    struct Pending
    {
        TierChange change;
        bool review;
    };
    QVector<Pending> pending;
    for (const Candidate& candidate : candidates) {
        spendQuery.addBindValue(candidate.memberId);
        spendQuery.addBindValue(windowStart);
        spendQuery.addBindValue(windowEnd);
        if (!Sql::exec(spendQuery, error))
            return false;
        const Fen spend = spendQuery.next() ? spendQuery.value(0).toLongLong() : 0; // a SUM has one row
        spendQuery.finish();
        ++out.reviewed;
        const int effective = qMin(candidate.tier, top);
        int target = effective;
        if (candidate.pastGrace)
            target = qMin(effective, rules.tierForSpend(spend));
        if (target != candidate.tier)
            pending.append({{candidate.memberId, candidate.tier, target, spend}, target < effective});
    }

    const QString nowText = toStoredTime(now);
    QSqlQuery history(m_ctx.db.sql());
    QSqlQuery update(m_ctx.db.sql());
    if (!Sql::prepare(
            history,
            u"INSERT INTO tier_history(member_id, time, from_tier, to_tier, from_name, to_name, reason) "
            "VALUES(?,?,?,?,?,?,?)"_s,
            error) ||
        !Sql::prepare(update,
                      u"UPDATE members SET tier = ?, tier_since = CASE WHEN ? THEN ? ELSE tier_since END, "
                      "updated_at = ? WHERE id = ?"_s,
                      error))
        return false;
    for (const Pending& p : pending) {
        const TierChange& c = p.change;
        const QString reason =
            p.review ? u"review: spend_fen=%1 basis=%2"_s.arg(c.spendFen).arg(basisKey) : u"rules"_s;
        history.addBindValue(c.memberId);
        history.addBindValue(nowText);
        history.addBindValue(c.fromTier);
        history.addBindValue(c.toTier);
        // A tier removed by a rules change has no name any more; keep the row readable.
        history.addBindValue(c.fromTier <= top ? rules.tiers.at(c.fromTier).name
                                               : u"#%1"_s.arg(c.fromTier + 1));
        history.addBindValue(rules.tiers.at(c.toTier).name);
        history.addBindValue(reason);
        if (!Sql::exec(history, error))
            return false;
        update.addBindValue(c.toTier);
        update.addBindValue(p.review ? 1 : 0);
        update.addBindValue(toStoredDate(today));
        update.addBindValue(nowText);
        update.addBindValue(c.memberId);
        if (!Sql::exec(update, error))
            return false;
        if (!AuditLog::record(m_ctx, u"tier.review"_s, u"member:%1"_s.arg(c.memberId),
                              u"from:%1 to:%2 %3"_s.arg(c.fromTier).arg(c.toTier).arg(reason), error))
            return false;
        out.changes.append(c);
    }
    if (result)
        *result = out;
    return true;
}

} // namespace md

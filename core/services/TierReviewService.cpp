// SPDX-License-Identifier: GPL-3.0-or-later
#include "TierReviewService.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "services/AuditLog.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QSqlQuery>
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
    TierReviewPlan planned;
    return plan(&planned, error) && apply(planned, result, error);
}

namespace {
struct Basis
{
    LoyaltyRules rules;
    int top = 0;
    QString key;
    QString windowStart;
    QString windowEnd;
};

Basis basisOf(const ServiceContext& ctx)
{
    Basis b;
    b.rules = RulesService(ctx).current();
    b.top = int(b.rules.tiers.size()) - 1;
    const bool lifetime = b.rules.tierBasis == LoyaltyRules::TierBasis::PaidLifetime;
    b.key = lifetime ? u"paid_lifetime"_s : u"paid_12m"_s;
    const QDateTime now = ctx.clock.now();
    b.windowStart = lifetime ? u"0000"_s : toStoredTime(now.addMonths(-12));
    b.windowEnd = toStoredTime(now);
    return b;
}

// The member's spend by the programme's basis, through purchases_member alone.
bool spendOf(QSqlQuery& query, const Basis& basis, qint64 memberId, Fen* spend, QString* error)
{
    query.addBindValue(memberId);
    query.addBindValue(basis.windowStart);
    query.addBindValue(basis.windowEnd);
    if (!Sql::exec(query, error))
        return false;
    *spend = query.next() ? query.value(0).toLongLong() : 0; // a SUM has one row
    query.finish();
    return true;
}

bool prepareSpend(QSqlQuery& query, QString* error)
{
    return Sql::prepare(query,
                        u"SELECT COALESCE(SUM(paid_fen), 0) FROM purchases INDEXED BY purchases_member "
                        "WHERE member_id = ? AND voided_by IS NULL AND time > ? AND time <= ?"_s,
                        error);
}

// A member's tier may be lowered once its grace period is over; one in a tier the programme no longer has
// moves at once.
bool isPastGrace(const Basis& basis, const QString& storedSince, const QDate& today)
{
    const QDate since = fromStoredDate(storedSince);
    return !since.isValid() || TierReviewService::reviewableFrom(since, basis.rules.tierGraceMonths) <= today;
}

// Where the member's tier goes today: nowhere (target == tier), down by the review, or to the new top.
int targetTier(const Basis& basis, int tier, bool pastGrace, Fen spend)
{
    const int effective = qMin(tier, basis.top);
    return pastGrace ? qMin(effective, basis.rules.tierForSpend(spend)) : effective;
}
} // namespace

bool TierReviewService::plan(TierReviewPlan* plan, QString* error) const
{
    const Basis basis = basisOf(m_ctx);
    const QDate today = m_ctx.clock.today();
    plan->day = today;
    plan->reviewed = 0;
    plan->changing.clear();

    // Candidates: past the grace period (a few days of slack; the exact month arithmetic is done below)
    // or in a tier the programme no longer has. They are read from members_tier alone, which holds
    // tier_since (schema 11): the members' rows are not read. Their spend is then summed in member order,
    // which walks purchases_member from front to back: on a cold start of the day that is the difference
    // between reading the index's pages in the order they lie and at random.
    const QDate sinceCutoff = today.addMonths(-basis.rules.tierGraceMonths).addDays(3);
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q,
                      u"SELECT id, tier, tier_since FROM members INDEXED BY members_tier "
                      "WHERE tier > 0 AND (tier_since IS NULL OR tier_since <= ? OR tier > ?)"_s,
                      error))
        return false;
    q.addBindValue(toStoredDate(sinceCutoff));
    q.addBindValue(basis.top);
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
        const bool pastGrace = isPastGrace(basis, q.value(2).toString(), today);
        if (pastGrace || tier > basis.top)
            candidates.push_back({q.value(0).toLongLong(), tier, pastGrace});
    }
    q.finish();
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.memberId < b.memberId; });

    QSqlQuery spendQuery(m_ctx.db.sql());
    if (!prepareSpend(spendQuery, error))
        return false;
    for (const Candidate& candidate : candidates) {
        Fen spend = 0;
        if (!spendOf(spendQuery, basis, candidate.memberId, &spend, error))
            return false;
        ++plan->reviewed;
        if (targetTier(basis, candidate.tier, candidate.pastGrace, spend) != candidate.tier)
            plan->changing.append(candidate.memberId);
    }
    return true;
}

bool TierReviewService::apply(const TierReviewPlan& plan, TierReviewResult* result, QString* error)
{
    const Basis basis = basisOf(m_ctx);
    const QDateTime now = m_ctx.clock.now();
    const QDate today = now.date();
    TierReviewResult out;
    out.day = today;
    out.reviewed = plan.reviewed;

    // Each planned member again, inside the transaction: a sale or a void since the plan was read may
    // have moved the tier or the spend.
    QSqlQuery member(m_ctx.db.sql());
    QSqlQuery spendQuery(m_ctx.db.sql());
    if (!Sql::prepare(member, u"SELECT tier, tier_since FROM members WHERE id = ?"_s, error) ||
        !prepareSpend(spendQuery, error))
        return false;
    struct Pending
    {
        TierChange change;
        bool review;
    };
    QVector<Pending> pending;
    for (const qint64 memberId : plan.changing) {
        member.addBindValue(memberId);
        if (!Sql::exec(member, error))
            return false;
        if (!member.next())
            continue; // erased since
        const int tier = member.value(0).toInt();
        const bool pastGrace = isPastGrace(basis, member.value(1).toString(), today);
        member.finish();
        if (tier <= 0 || (!pastGrace && tier <= basis.top))
            continue;
        Fen spend = 0;
        if (!spendOf(spendQuery, basis, memberId, &spend, error))
            return false;
        const int target = targetTier(basis, tier, pastGrace, spend);
        if (target != tier)
            pending.append({{memberId, tier, target, spend}, target < qMin(tier, basis.top)});
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
            p.review ? u"review: spend_fen=%1 basis=%2"_s.arg(c.spendFen).arg(basis.key) : u"rules"_s;
        history.addBindValue(c.memberId);
        history.addBindValue(nowText);
        history.addBindValue(c.fromTier);
        history.addBindValue(c.toTier);
        // A tier removed by a rules change has no name any more; keep the row readable.
        history.addBindValue(c.fromTier <= basis.top ? basis.rules.tiers.at(c.fromTier).name
                                                     : u"#%1"_s.arg(c.fromTier + 1));
        history.addBindValue(basis.rules.tiers.at(c.toTier).name);
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

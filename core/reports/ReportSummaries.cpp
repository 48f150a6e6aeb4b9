// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSummaries.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md {

namespace {

// The same computations as the fill of schema step 2 (Migrations.cpp); the triggers keep them since.
QString freshHourly()
{
    return u"SELECT substr(time, 1, 10) AS day, CAST(substr(time, 12, 2) AS INTEGER) AS hour, tier, "
           "count(*) AS purchases, sum(paid_fen) AS paid_fen FROM purchases WHERE voided_by IS NULL "
           "GROUP BY 1, 2, 3"_s;
}

QString freshMemberMonth()
{
    return u"SELECT substr(p.time, 1, 7) AS month, p.member_id, count(*) AS purchases, sum(p.paid_fen) AS "
           u"paid_fen, "
           "min(p.time) AS first_time, max(p.time) AS last_time, "
           "coalesce((SELECT substr(created_at, 1, 7) FROM members WHERE id = p.member_id) = substr(p.time, "
           "1, 7), 0) "
           "AS new_member FROM purchases p WHERE p.voided_by IS NULL GROUP BY 1, 2"_s;
}

QString freshMonthly()
{
    return u"SELECT month, count(*) AS active_members, sum(new_member) AS new_active, "
           "sum(purchases >= 2) AS repeat_members FROM report_member_month GROUP BY month"_s;
}

QString freshPointsDaily()
{
    return u"SELECT substr(time, 1, 10) AS day, kind, sum(max(delta, 0)) AS credit, sum(max(-delta, 0)) AS "
           u"debit "
           "FROM points_ledger GROUP BY 1, 2"_s;
}

// Schema step 7: each month's member-months bucketed by spend (the first three digits of the spend kept,
// the rest zeroed), and the members holding each tier now.
QString freshMonthSpend()
{
    return u"SELECT month, CAST(substr(paid_fen, 1, 3) || substr('0000000000000000000', 1, "
           u"max(length(paid_fen) - 3, 0)) AS INTEGER) AS floor_fen, count(*) AS members, sum(paid_fen) AS "
           u"paid_fen FROM report_member_month GROUP BY 1, 2"_s;
}

QString freshTierMembers()
{
    return u"SELECT tier, count(*) AS members FROM members GROUP BY tier"_s;
}

qint64 scalar(Database& db, const QString& sql, bool* ok, QString* error)
{
    QSqlQuery q(db.sql());
    if (!Sql::prepare(q, sql, error) || !Sql::exec(q, error)) {
        *ok = false;
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

bool ReportSummaries::fill(Database& db, QString* error)
{
    const QStringList statements{
        u"DELETE FROM report_hourly"_s,
        u"DELETE FROM report_member_month"_s,
        u"DELETE FROM report_points_daily"_s,
        u"INSERT INTO report_hourly(day, hour, tier, purchases, paid_fen) "_s + freshHourly(),
        u"INSERT INTO report_member_month(month, member_id, purchases, paid_fen, first_time, last_time, "
        "new_member) "_s +
            freshMemberMonth(),
        u"INSERT INTO report_points_daily(day, kind, credit, debit) "_s + freshPointsDaily(),
        // The triggers of report_member_month kept report_monthly along; recompute it all the same.
        u"DELETE FROM report_monthly"_s,
        u"INSERT INTO report_monthly(month, active_members, new_active, repeat_members) "_s + freshMonthly(),
        u"DELETE FROM report_month_spend"_s,
        u"INSERT INTO report_month_spend(month, floor_fen, members, paid_fen) "_s + freshMonthSpend(),
        u"DELETE FROM report_tier_members"_s,
        u"INSERT INTO report_tier_members(tier, members) "_s + freshTierMembers(),
    };
    for (const QString& sql : statements) {
        if (!Sql::run(db, sql, error))
            return false;
    }
    return true;
}

bool ReportSummaries::rebuild(Database& db, Counts* counts, QString* error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!fill(db, error))
        return false;
    Counts c;
    bool ok = true;
    c.hourlyRows = scalar(db, u"SELECT count(*) FROM report_hourly"_s, &ok, error);
    c.memberMonthRows = scalar(db, u"SELECT count(*) FROM report_member_month"_s, &ok, error);
    c.monthlyRows = scalar(db, u"SELECT count(*) FROM report_monthly"_s, &ok, error);
    c.pointsDailyRows = scalar(db, u"SELECT count(*) FROM report_points_daily"_s, &ok, error);
    if (!ok || !tx.commit(error))
        return false;
    if (counts)
        *counts = c;
    return true;
}

qint64 ReportSummaries::differences(Database& db, QString* error)
{
    const QStringList pairs{
        u"SELECT day, hour, tier, purchases, paid_fen FROM report_hourly"_s,
        freshHourly(),
        u"SELECT month, member_id, purchases, paid_fen, first_time, last_time, new_member FROM report_member_month"_s,
        freshMemberMonth(),
        u"SELECT day, kind, credit, debit FROM report_points_daily"_s,
        freshPointsDaily(),
        u"SELECT month, active_members, new_active, repeat_members FROM report_monthly"_s,
        freshMonthly(),
        u"SELECT month, floor_fen, members, paid_fen FROM report_month_spend"_s,
        freshMonthSpend(),
        u"SELECT tier, members FROM report_tier_members"_s,
        freshTierMembers(),
    };
    qint64 total = 0;
    bool ok = true;
    for (int i = 0; i < pairs.size(); i += 2) {
        const QString stored = pairs[i], fresh = pairs[i + 1];
        total +=
            scalar(db, u"SELECT count(*) FROM ("_s + stored + u" EXCEPT "_s + fresh + u")"_s, &ok, error);
        total +=
            scalar(db, u"SELECT count(*) FROM ("_s + fresh + u" EXCEPT "_s + stored + u")"_s, &ok, error);
    }
    return ok ? total : -1;
}

} // namespace md

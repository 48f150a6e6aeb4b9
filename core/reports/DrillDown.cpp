// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/DrillDown.h"

#include "common/Clock.h"
#include "reports/MonthlyReport.h"
#include "security/Permissions.h"
#include "services/MemberRows.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace md {

namespace {

/// The FROM/WHERE part of a list, its ORDER BY and its bound values (in order).
struct ListSql
{
    QString from;
    QString order;
    QVariantList values;
};

QString purchaseColumns()
{
    return u"p.member_id, m.name, m.card, p.tier, p.id, p.time, p.paid_fen, 1, m.created_at"_s;
}

QString memberColumns()
{
    return u"m.id, m.name, m.card, m.tier, 0, r.last_time, coalesce(r.paid_fen, 0), coalesce(r.purchases, "
           u"0), "
           "m.created_at"_s;
}

bool buildSql(const DrillDownQuery& query, ListSql* sql, QString* error)
{
    const QDate month(query.month.year(), query.month.month(), 1);
    const QString start = toStoredDate(month);
    const QString next = toStoredDate(month.addMonths(1));
    const QString monthKey = month.toString(u"yyyy-MM"_s);
    // Purchases of the month: a range on the indexed text time (local ISO, so the month is a prefix range).
    const QString purchases = u"FROM purchases p JOIN members m ON m.id = p.member_id "
                              "WHERE p.time >= ? AND p.time < ? AND p.voided_by IS NULL"_s;
    const QString members =
        u"FROM report_member_month r JOIN members m ON m.id = r.member_id WHERE r.month = ?"_s;
    const QString purchaseOrder = u"ORDER BY p.time, p.id"_s;
    const QString memberOrder = u"ORDER BY r.paid_fen DESC, r.member_id"_s;
    switch (query.kind) {
    case DrillDownQuery::Kind::MonthPurchases:
        *sql = {purchases, purchaseOrder, {start, next}};
        return true;
    case DrillDownQuery::Kind::TierPurchases:
        *sql = {purchases + u" AND p.tier = ?"_s, purchaseOrder, {start, next, query.tier}};
        return true;
    case DrillDownQuery::Kind::HourPurchases: {
        if (query.weekday < 0 || query.weekday > 6 || query.hour < 0 || query.hour > 23) {
            *error = DrillDown::tr("A weekday runs from Monday to Sunday and an hour from 0 to 23.");
            return false;
        }
        // SQLite counts weekdays from Sunday = 0; the dashboard from Monday = 0.
        *sql = {purchases + u" AND CAST(strftime('%w', substr(p.time, 1, 10)) AS INTEGER) = ? "
                            "AND CAST(substr(p.time, 12, 2) AS INTEGER) = ?"_s,
                purchaseOrder,
                {start, next, (query.weekday + 1) % 7, query.hour}};
        return true;
    }
    case DrillDownQuery::Kind::NewActiveMembers:
        *sql = {members + u" AND r.new_member = 1"_s, memberOrder, {monthKey}};
        return true;
    case DrillDownQuery::Kind::ReturningActiveMembers:
        *sql = {members + u" AND r.new_member = 0"_s, memberOrder, {monthKey}};
        return true;
    case DrillDownQuery::Kind::TopSpenders:
        if (query.topCount < 0) {
            *error = DrillDown::tr("The number of top spenders cannot be negative.");
            return false;
        }
        // The head of the month's ranking: the ranking's own order, cut at topCount.
        *sql = {u"FROM (SELECT * FROM report_member_month WHERE month = ? ORDER BY paid_fen DESC, member_id "
                "LIMIT ?) r JOIN members m ON m.id = r.member_id"_s,
                memberOrder,
                {monthKey, query.topCount}};
        return true;
    case DrillDownQuery::Kind::TierMembers:
        // The tier at month end: today's tier, unless it changed after month end; then the tier the first
        // of those changes started from (as MonthlyFigures reconstructs the donut).
        *sql = {
            u"FROM members m LEFT JOIN report_member_month r ON r.month = ? AND r.member_id = m.id "
            "WHERE m.created_at < ? "
            "AND (m.tier = ? OR m.id IN (SELECT member_id FROM tier_history WHERE time >= ?)) "
            "AND (CASE WHEN EXISTS (SELECT 1 FROM tier_history t WHERE t.member_id = m.id AND t.time >= ?) "
            "THEN (SELECT t.from_tier FROM tier_history t WHERE t.member_id = m.id AND t.time >= ? "
            "ORDER BY t.time, t.id LIMIT 1) ELSE m.tier END) = ?"_s,
            u"ORDER BY coalesce(r.paid_fen, 0) DESC, m.id"_s,
            {monthKey, next, query.tier, next, next, next, query.tier}};
        return true;
    }
    *error = DrillDown::tr("Unknown kind of list.");
    return false;
}

bool prepareAndRun(QSqlQuery& q, const QString& sql, const QVariantList& values, QString* error)
{
    q.setForwardOnly(true);
    if (!Sql::prepare(q, sql, error))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return Sql::exec(q, error);
}

} // namespace

bool DrillDownQuery::listsPurchases() const
{
    return kind == Kind::MonthPurchases || kind == Kind::TierPurchases || kind == Kind::HourPurchases;
}

bool DrillDown::fetch(Database& db, const DrillDownQuery& query, qint64 offset, int limit,
                      DrillDownPage* page, QString* error)
{
    if (!query.month.isValid()) {
        *error = tr("No month was given.");
        return false;
    }
    if (offset < 0 || limit < 0) {
        *error = tr("A list starts at row 0 and shows zero or more rows.");
        return false;
    }
    ListSql sql;
    if (!buildSql(query, &sql, error))
        return false;
    const bool purchases = query.listsPurchases();
    DrillDownPage result;
    result.offset = offset;
    QSqlQuery q(db.sql());
    const QString paid = purchases ? u"p.paid_fen"_s : u"coalesce(r.paid_fen, 0)"_s;
    if (!prepareAndRun(q, u"SELECT count(*), coalesce(sum(%1), 0) "_s.arg(paid) + sql.from, sql.values,
                       error))
        return false;
    if (q.next()) {
        result.totalRows = q.value(0).toLongLong();
        result.totalFen = q.value(1).toLongLong();
    }
    if (limit > 0 && offset < result.totalRows) {
        const QString columns = purchases ? purchaseColumns() : memberColumns();
        if (!prepareAndRun(
                q, u"SELECT "_s + columns + u" "_s + sql.from + u" "_s + sql.order + u" LIMIT ? OFFSET ?"_s,
                sql.values + QVariantList{limit, offset}, error))
            return false;
        while (q.next()) {
            DrillDownRow row;
            row.memberId = q.value(0).toLongLong();
            row.name = q.value(1).toString();
            row.card = q.value(2).toString();
            row.tier = q.value(3).toInt();
            row.purchaseId = q.value(4).toLongLong();
            if (!q.value(5).isNull())
                row.time = fromStoredTime(q.value(5).toString());
            row.paidFen = q.value(6).toLongLong();
            row.purchases = q.value(7).toLongLong();
            if (!purchases)
                row.registered = fromStoredTime(q.value(8).toString()).date();
            result.rows.append(row);
        }
    }
    *page = std::move(result);
    return true;
}

QString DrillDown::title(const DrillDownQuery& query, const LoyaltyRules& rules, const QLocale& locale)
{
    const QString month = MonthlyReport::monthTitle(query.month, locale);
    switch (query.kind) {
    case DrillDownQuery::Kind::MonthPurchases:
        return tr("Member purchases of %1").arg(month);
    case DrillDownQuery::Kind::NewActiveMembers:
        return tr("New members who bought in %1").arg(month);
    case DrillDownQuery::Kind::ReturningActiveMembers:
        return tr("Returning members who bought in %1").arg(month);
    case DrillDownQuery::Kind::TierMembers:
        return tr("Members at %1 at the end of %2").arg(rules.tierDisplayName(query.tier), month);
    case DrillDownQuery::Kind::TierPurchases:
        return tr("Purchases at %1 in %2").arg(rules.tierDisplayName(query.tier), month);
    case DrillDownQuery::Kind::TopSpenders:
        return tr("The %Ln biggest spender(s) of %1", "", int(query.topCount)).arg(month);
    case DrillDownQuery::Kind::HourPurchases:
        return tr("%1 purchases, %2:00–%3:00, %4", "weekday, hour range, month")
            .arg(locale.dayName(query.weekday + 1, QLocale::LongFormat))
            .arg(query.hour, 2, 10, QLatin1Char('0'))
            .arg(query.hour + 1, 2, 10, QLatin1Char('0'))
            .arg(month);
    }
    return month;
}

bool DrillDown::exportCsv(const ServiceContext& ctx, const DrillDownQuery& query, const QString& listName,
                          const QString& path, qint64* rows, QString* error)
{
    // Refuse before reading anything: MemberRows::writeCsv checks again.
    if (!Permissions::require(ctx, Permission::ExportData, error))
        return false;
    DrillDownPage page;
    if (!fetch(ctx.db, query, 0, std::numeric_limits<int>::max(), &page, error))
        return false;
    const bool purchases = query.listsPurchases();
    const LoyaltyRules rules = RulesService(ctx).current();
    QStringList headers;
    if (purchases)
        headers = {tr("Purchase time"), tr("Tier at purchase"), tr("Paid (yuan)"), tr("Purchase number")};
    else
        headers = {tr("Purchases in the month"), tr("Sales in the month (yuan)"), tr("Registered"),
                   tr("Last purchase in the month")};
    QVector<MemberRows::CsvRow> csv;
    csv.reserve(page.rows.size());
    for (const DrillDownRow& r : page.rows) {
        MemberRows::CsvRow row{r.memberId, {}};
        if (purchases)
            row.figures = {r.time.toString(u"yyyy-MM-dd HH:mm:ss"_s), rules.tierDisplayName(r.tier),
                           formatYuanPlain(r.paidFen), QString::number(r.purchaseId)};
        else
            row.figures = {QString::number(r.purchases), formatYuanPlain(r.paidFen),
                           r.registered.toString(u"yyyy-MM-dd"_s),
                           r.time.isValid() ? r.time.toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString()};
        csv.append(row);
    }
    if (!MemberRows::writeCsv(ctx, path, listName, headers, csv, error))
        return false;
    if (rows)
        *rows = csv.size();
    return true;
}

} // namespace md

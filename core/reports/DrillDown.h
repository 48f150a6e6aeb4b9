// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "domain/LoyaltyRules.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace md {

class Database;

/// What a click on a chart of the monthly review asks to see: the purchases or the members behind a bar,
/// a slice, a point or a heatmap cell. Every kind belongs to one calendar month of local shop time.
struct DrillDownQuery
{
    enum class Kind
    {
        MonthPurchases,         ///< the month's purchases (a bar of the 13-month sales)
        NewActiveMembers,       ///< members who bought in the month and registered in it
        ReturningActiveMembers, ///< members who bought in the month and registered before it
        TierMembers,            ///< members holding `tier` at month end (the tier donut)
        TierPurchases,          ///< the month's purchases made at `tier` (sales by tier)
        TopSpenders,            ///< the month's `topCount` biggest spenders (Pareto / spend distribution)
        HourPurchases,          ///< the month's purchases on `weekday` in `hour` (a heatmap cell)
    };
    Kind kind = Kind::MonthPurchases;
    QDate month; ///< any day of the month
    int tier = 0;
    qint64 topCount = 0;
    int weekday = 0; ///< 0 = Monday … 6 = Sunday
    int hour = 0;    ///< 0..23

    /// True for kinds that list purchases (one row per purchase), false for kinds that list members.
    bool listsPurchases() const;
};

/// One row of a drill-down list: a purchase, or a member with the month's figures.
struct DrillDownRow
{
    qint64 memberId = 0;
    QString name;
    QString card;
    /// Purchases: the tier the member held when buying. Members: the member's tier now.
    int tier = 0;
    qint64 purchaseId = 0; ///< purchases only
    /// Purchases: the purchase time. Members: their last purchase in the month (null when none).
    QDateTime time;
    /// Purchases: paid. Members: their sales (paid) in the month.
    Fen paidFen = 0;
    qint64 purchases = 0; ///< members only: their purchases in the month
    QDate registered;     ///< members only
};

/// A page of a drill-down list with the figures of the whole list.
struct DrillDownPage
{
    qint64 totalRows = 0; ///< every row the query matches
    Fen totalFen = 0;     ///< Σ paidFen over every row the query matches
    qint64 offset = 0;    ///< the position of rows.first() in the whole list
    QVector<DrillDownRow> rows;
};

/// The lists behind the dashboard's charts. Reads only (the summary tables of schema v2 and indexed look-ups
/// of purchases); voided purchases never appear. Purchases come oldest first; members by their sales in the
/// month, biggest first (ties by member id), which also makes TopSpenders the head of that ranking.
class DrillDown
{
    Q_DECLARE_TR_FUNCTIONS(DrillDown)
public:
    /// Rows the dashboard loads at a time.
    static constexpr int kPageSize = 500;

    /// Fills *page with up to `limit` rows of the list from `offset`, and the totals of the whole list.
    /// False with *error on a bad query (no month, hour out of range…) or a database error.
    static bool fetch(Database& db, const DrillDownQuery& query, qint64 offset, int limit,
                      DrillDownPage* page, QString* error);

    /// What the list shows, as a title: "Purchases of January 2026 at Silver".
    static QString title(const DrillDownQuery& query, const LoyaltyRules& rules, const QLocale& locale);

    /// Owner only. Writes the whole list (not only the rows on screen) as CSV through MemberRows::writeCsv
    /// (card, name, phone, tier, then the list's own columns; audit-logged under `listName`). *rows gets
    /// the rows written.
    static bool exportCsv(const ServiceContext& ctx, const DrillDownQuery& query, const QString& listName,
                          const QString& path, qint64* rows, QString* error);
};

} // namespace md

Q_DECLARE_METATYPE(md::DrillDownPage)

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberPurchases.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

QVector<PurchaseRow> MemberPurchases::recent(qint64 memberId, int limit, QString* error) const
{
    QVector<PurchaseRow> rows;
    QSqlQuery query(m_db.sql());
    if (!Sql::prepare(query,
                      uR"(SELECT p.id, p.time, p.gross_fen, p.discount_fen, p.redeemed_points, p.redeemed_fen,
                                 p.paid_fen, p.points_earned, p.note, v.reason, v.time
                          FROM purchases p LEFT JOIN purchase_voids v ON v.id = p.voided_by
                          WHERE p.member_id = ? ORDER BY p.time DESC, p.id DESC LIMIT ?)"_s,
                      error))
        return rows;
    query.addBindValue(memberId);
    query.addBindValue(qMax(1, limit));
    if (!Sql::exec(query, error))
        return rows;
    while (query.next()) {
        PurchaseRow row;
        row.id = query.value(0).toLongLong();
        row.time = fromStoredTime(query.value(1).toString());
        row.grossFen = query.value(2).toLongLong();
        row.discountFen = query.value(3).toLongLong();
        row.redeemedPoints = query.value(4).toLongLong();
        row.redeemedFen = query.value(5).toLongLong();
        row.paidFen = query.value(6).toLongLong();
        row.pointsEarned = query.value(7).toLongLong();
        row.note = query.value(8).toString();
        row.voided = !query.value(9).isNull();
        row.voidReason = query.value(9).toString();
        row.voidTime = fromStoredTime(query.value(10).toString());
        rows.append(row);
    }
    return rows;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/UsualTicket.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

UsualTicket UsualTicket::of(Database& db, const QDate& today)
{
    UsualTicket usual;
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT coalesce(sum(purchases), 0), coalesce(sum(paid_fen), 0) FROM report_hourly "
              "WHERE day >= ? AND day <= ?"_s);
    q.addBindValue(toStoredDate(today.addDays(-kDays)));
    q.addBindValue(toStoredDate(today));
    if (q.exec() && q.next()) {
        usual.purchases = q.value(0).toLongLong();
        if (usual.purchases > 0)
            usual.averageFen = q.value(1).toLongLong() / usual.purchases;
    }
    usual.confirmAboveFen = qMax(kFloorFen, usual.averageFen * kTimesAverage);
    return usual;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"

#include <QSqlQuery>

namespace md::test {

qint64 DatabaseFixture::count(const QString& table)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace md::test

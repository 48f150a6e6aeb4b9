// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyHelpers.h"

#include "services/MemberService.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"

#include <QSqlQuery>

namespace md::test {

qint64 addMember(DatabaseFixture& f, const QString& name, const QDate& birthday, qint64 referrer)
{
    MemberInput in;
    in.name = name;
    in.birthday = birthday;
    in.referrerId = referrer;
    Member m;
    MemberSaveError error;
    if (!MemberService(f.context()).add(in, &m, &error))
        qFatal("cannot add member: %s", qPrintable(error.message));
    return m.id;
}

qint64 buy(DatabaseFixture& f, qint64 member, Fen gross, qint64 redeemPoints)
{
    PurchaseRequest r;
    r.memberId = member;
    r.grossFen = gross;
    r.redeemPoints = redeemPoints;
    PurchaseResult result;
    QString error;
    if (!PurchaseService(f.context()).record(r, &result, &error))
        qFatal("purchase failed: %s", qPrintable(error));
    return result.purchaseId;
}

void setRules(DatabaseFixture& f, const LoyaltyRules& rules)
{
    QString error;
    if (!RulesService(f.context()).set(rules, &error))
        qFatal("rules refused: %s", qPrintable(error));
}

static qint64 scalar(DatabaseFixture& f, const QString& sql, qint64 member)
{
    QSqlQuery q(f.db.sql());
    q.prepare(sql);
    q.addBindValue(member);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 pointsOf(DatabaseFixture& f, qint64 member)
{
    return scalar(f, QStringLiteral("SELECT points FROM members WHERE id = ?"), member);
}

int tierOf(DatabaseFixture& f, qint64 member)
{
    return int(scalar(f, QStringLiteral("SELECT tier FROM members WHERE id = ?"), member));
}

qint64 ledgerSum(DatabaseFixture& f, qint64 member)
{
    return scalar(f, QStringLiteral("SELECT COALESCE(SUM(delta), 0) FROM points_ledger WHERE member_id = ?"),
                  member);
}

void moveTo(DatabaseFixture& f, const QDate& day)
{
    f.clock.setNow(QDateTime(day, QTime(10, 0)));
}

} // namespace md::test

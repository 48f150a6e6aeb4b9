// SPDX-License-Identifier: GPL-3.0-or-later
#include "GiftCatalog.h"

#include "common/Clock.h"
#include "domain/Member.h"
#include "services/AuditLog.h"
#include "services/MemberService.h"
#include "services/PointsLedger.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {
Gift giftFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
            q.value(4).toInt() != 0};
}
} // namespace

bool GiftCatalog::validate(const GiftInput& input, QString* error) const
{
    const QString name = input.name.simplified();
    if (name.isEmpty()) {
        *error = tr("Give the gift a name.");
        return false;
    }
    if (name.size() > kMaxNameLength) {
        *error = tr("The gift's name is longer than %Ln character(s).", "", kMaxNameLength);
        return false;
    }
    if (input.pointsPrice <= 0 || input.pointsPrice > kMaxPointsPrice) {
        *error = tr("The points price must be from 1 to %1.").arg(kMaxPointsPrice);
        return false;
    }
    if (input.stock < 0 || input.stock > kMaxStock) {
        *error = tr("The stock must be from 0 to %1.").arg(kMaxStock);
        return false;
    }
    return true;
}

bool GiftCatalog::add(const GiftInput& input, qint64* id, QString* error)
{
    if (!requireOwner(m_ctx, error) || !validate(input, error))
        return false;
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q, u"INSERT INTO gifts(name, points_price, stock, active) VALUES(?,?,?,?)"_s, error))
        return false;
    q.addBindValue(input.name.simplified());
    q.addBindValue(input.pointsPrice);
    q.addBindValue(input.stock);
    q.addBindValue(input.active ? 1 : 0);
    if (!Sql::exec(q, error))
        return false;
    const qint64 newId = q.lastInsertId().toLongLong();
    if (!AuditLog::record(m_ctx, u"gift.add"_s, u"gift:%1"_s.arg(newId),
                          u"name:%1 price:%2 stock:%3"_s.arg(input.name.simplified())
                              .arg(input.pointsPrice)
                              .arg(input.stock),
                          error) ||
        !tx.commit(error))
        return false;
    if (id)
        *id = newId;
    return true;
}

bool GiftCatalog::update(qint64 id, const GiftInput& input, QString* error)
{
    if (!requireOwner(m_ctx, error) || !validate(input, error))
        return false;
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Gift old;
    if (!get(id, &old, error))
        return false;
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q, u"UPDATE gifts SET name = ?, points_price = ?, stock = ?, active = ? WHERE id = ?"_s,
                      error))
        return false;
    q.addBindValue(input.name.simplified());
    q.addBindValue(input.pointsPrice);
    q.addBindValue(input.stock);
    q.addBindValue(input.active ? 1 : 0);
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    if (!AuditLog::record(m_ctx, u"gift.edit"_s, u"gift:%1"_s.arg(id),
                          u"name:%1 price:%2→%3 stock:%4→%5 active:%6"_s.arg(input.name.simplified())
                              .arg(old.pointsPrice)
                              .arg(input.pointsPrice)
                              .arg(old.stock)
                              .arg(input.stock)
                              .arg(input.active ? 1 : 0),
                          error))
        return false;
    return tx.commit(error);
}

bool GiftCatalog::get(qint64 id, Gift* gift, QString* error) const
{
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT id, name, points_price, stock, active FROM gifts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("There is no gift with number %1.").arg(id);
        return false;
    }
    *gift = giftFrom(q);
    return true;
}

QVector<Gift> GiftCatalog::list(bool includeInactive) const
{
    QVector<Gift> gifts;
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT id, name, points_price, stock, active FROM gifts "_s +
              (includeInactive ? QString() : u"WHERE active = 1 "_s) + u"ORDER BY name, id"_s);
    if (!q.exec())
        return gifts;
    while (q.next())
        gifts.append(giftFrom(q));
    return gifts;
}

bool GiftCatalog::redeem(qint64 giftId, qint64 memberId, GiftRedemption* redemption, QString* error)
{
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    Gift gift;
    if (!get(giftId, &gift, error))
        return false;
    Member member;
    if (!loadMember(m_ctx.db, memberId, &member)) {
        *error = tr("There is no member with number %1.").arg(memberId);
        return false;
    }
    if (member.anonymized) {
        *error = tr("This member was anonymised on request; their points cannot be used.");
        return false;
    }
    if (!gift.active) {
        *error = tr("\"%1\" is no longer offered.").arg(gift.name);
        return false;
    }
    if (gift.stock <= 0) {
        *error = tr("\"%1\" is out of stock.").arg(gift.name);
        return false;
    }
    PointsLedger ledger(m_ctx);
    const qint64 available = ledger.available(memberId, m_ctx.clock.today());
    if (available < gift.pointsPrice) {
        *error = tr("\"%1\" costs %2 points; %3 has only %Ln point(s) available.", "",
                    int(qMin<qint64>(available, std::numeric_limits<int>::max())))
                     .arg(gift.name)
                     .arg(gift.pointsPrice)
                     .arg(member.name);
        return false;
    }
    const QString now = toStoredTime(m_ctx.clock.now());
    PointsLedger::Entry e;
    e.memberId = memberId;
    e.points = gift.pointsPrice;
    e.kind = u"gift"_s;
    e.reason = gift.name;
    e.time = now;
    qint64 ledgerId = 0;
    if (!ledger.debit(e, &ledgerId, error))
        return false;
    // The stock condition is repeated in the UPDATE so two counters cannot hand out the last one twice.
    QSqlQuery stock(m_ctx.db.sql());
    if (!Sql::prepare(stock, u"UPDATE gifts SET stock = stock - 1 WHERE id = ? AND stock > 0"_s, error))
        return false;
    stock.addBindValue(giftId);
    if (!Sql::exec(stock, error))
        return false;
    if (stock.numRowsAffected() != 1) {
        *error = tr("\"%1\" is out of stock.").arg(gift.name);
        return false;
    }
    QSqlQuery row(m_ctx.db.sql());
    if (!Sql::prepare(row,
                      u"INSERT INTO gift_redemptions(gift_id, member_id, ledger_id, time, user_id) "
                      "VALUES(?,?,?,?,?)"_s,
                      error))
        return false;
    row.addBindValue(giftId);
    row.addBindValue(memberId);
    row.addBindValue(ledgerId);
    row.addBindValue(now);
    row.addBindValue(m_ctx.actor.userId > 0 ? QVariant(m_ctx.actor.userId) : QVariant());
    if (!Sql::exec(row, error))
        return false;
    const qint64 redemptionId = row.lastInsertId().toLongLong();
    if (!AuditLog::record(
            m_ctx, u"gift.redeem"_s, u"member:%1"_s.arg(memberId),
            u"gift:%1 points:%2 redemption:%3"_s.arg(giftId).arg(gift.pointsPrice).arg(redemptionId),
            error) ||
        !tx.commit(error))
        return false;
    if (redemption)
        *redemption = {redemptionId, giftId,           gift.name,          memberId,
                       ledgerId,     gift.pointsPrice, fromStoredTime(now)};
    return true;
}

QVector<GiftRedemption> GiftCatalog::redemptionsOf(qint64 memberId) const
{
    QVector<GiftRedemption> out;
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(
        u"SELECT r.id, r.gift_id, g.name, r.member_id, r.ledger_id, -l.delta, r.time FROM gift_redemptions r "
        "JOIN gifts g ON g.id = r.gift_id JOIN points_ledger l ON l.id = r.ledger_id WHERE r.member_id = ? "
        "ORDER BY r.time DESC, r.id DESC"_s);
    q.addBindValue(memberId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                    fromStoredTime(q.value(6).toString())});
    return out;
}

} // namespace md

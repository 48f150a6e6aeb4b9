// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsLedger.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqliteStatement.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kRemainingSql = u"l.delta - COALESCE((SELECT SUM(a.points) FROM points_allocations a "
                              "WHERE a.credit_id = l.id), 0)"_s;
const QString kUnallocatedDebitSql = u"-l.delta - COALESCE((SELECT SUM(a.points) FROM points_allocations a "
                                     "WHERE a.debit_id = l.id), 0)"_s;
const QString kSweptThroughKey = u"points_expiry_swept_before"_s;
const QString kSweptMaxIdKey = u"points_expiry_swept_max_id"_s;
} // namespace

namespace {
bool run(SqliteStatement* statement, QString* error)
{
    if (statement->run())
        return true;
    if (error)
        *error = Database::describeSqlError(statement->errorText());
    return false;
}
} // namespace

bool PointsLedger::insertEntry(const Entry& e, qint64 delta, qint64* ledgerId, QString* error)
{
    // Every sale writes one or two entries: straight on the sqlite3 handle, prepared once per connection.
    SqliteStatement* q = m_ctx.db.sqliteStatement(
        "INSERT INTO points_ledger(member_id, time, delta, kind, purchase_id, expires_on, reason, user_id) "
        "VALUES(?,?,?,?,?,?,?,?)",
        error);
    if (!q)
        return false;
    q->bind(1, e.memberId);
    q->bind(2, (e.time.isEmpty() ? toStoredTime(m_ctx.clock.now()) : e.time).toUtf8());
    q->bind(3, delta);
    q->bind(4, e.kind.toUtf8());
    if (e.purchaseId > 0)
        q->bind(5, e.purchaseId);
    else
        q->bindNull(5);
    if (delta > 0 && e.expiresOn.isValid())
        q->bind(6, toStoredDate(e.expiresOn).toUtf8());
    else
        q->bindNull(6);
    q->bind(7, e.reason.toUtf8()); // never NULL: a null QString binds ""
    if (m_ctx.actor.userId > 0)
        q->bind(8, m_ctx.actor.userId);
    else
        q->bindNull(8);
    if (!run(q, error))
        return false;
    *ledgerId = sqlite3_last_insert_rowid(sqliteHandle(m_ctx.db));
    if (m_pendingBalance && e.memberId == m_deferredMember) {
        *m_pendingBalance += delta;
        return true;
    }
    return addToBalance(e.memberId, delta, error);
}

bool PointsLedger::addToBalance(qint64 memberId, qint64 delta, QString* error)
{
    SqliteStatement* q =
        m_ctx.db.sqliteStatement("UPDATE members SET points = points + ? WHERE id = ?", error);
    if (!q)
        return false;
    q->bind(1, delta).bind(2, memberId);
    return run(q, error);
}

bool PointsLedger::allocate(qint64 debitId, qint64 creditId, qint64 points, QString* error)
{
    SqliteStatement* q = m_ctx.db.sqliteStatement(
        "INSERT INTO points_allocations(debit_id, credit_id, points) VALUES(?,?,?) "
        "ON CONFLICT(debit_id, credit_id) DO UPDATE SET points = points + excluded.points",
        error);
    if (!q)
        return false;
    q->bind(1, debitId).bind(2, creditId).bind(3, points);
    return run(q, error);
}

bool PointsLedger::openDebts(qint64 memberId, QVector<Debt>* debts, QString* error) const
{
    SqliteStatement* q = m_ctx.db.sqliteStatement(
        "SELECT l.id, -l.delta - COALESCE((SELECT SUM(a.points) FROM points_allocations a "
        "WHERE a.debit_id = l.id), 0) AS open FROM points_ledger l WHERE l.member_id = ? AND l.delta < 0 "
        "AND l.kind <> 'expire' AND open > 0 ORDER BY l.id",
        error);
    if (!q)
        return false;
    q->bind(1, memberId);
    while (q->next())
        debts->append({q->integer(0), q->integer(1)});
    const bool failed = q->failed();
    if (failed && error)
        *error = Database::describeSqlError(q->errorText());
    q->done();
    return !failed;
}

bool PointsLedger::standing(qint64 memberId, const QDate& today, qint64 balance, Standing* standing,
                            QString* error) const
{
    // One pass over the member's entries instead of two (open credits, then debts): each entry is a
    // row of its own in the file, so reading them is most of the cost.
    SqliteStatement* q = m_ctx.db.sqliteStatement(
        "SELECT l.id, l.delta, CASE WHEN l.delta > 0 "
        "THEN COALESCE((SELECT SUM(a.points) FROM points_allocations a WHERE a.credit_id = l.id), 0) "
        "ELSE COALESCE((SELECT SUM(a.points) FROM points_allocations a WHERE a.debit_id = l.id), 0) END "
        "FROM points_ledger l WHERE l.member_id = ? AND ((l.delta > 0 AND (l.expires_on IS NULL OR "
        "l.expires_on >= ?)) OR (l.delta < 0 AND l.kind <> 'expire'))",
        error);
    if (!q)
        return false;
    q->bind(1, memberId).bind(2, toStoredDate(today).toUtf8());
    Standing out;
    qint64 open = 0;
    while (q->next()) {
        const qint64 delta = q->integer(1);
        const qint64 allocated = q->integer(2);
        if (delta > 0 && delta - allocated > 0)
            open += delta - allocated;
        else if (delta < 0 && -delta - allocated > 0)
            out.debts.append({q->integer(0), -delta - allocated});
    }
    const bool failed = q->failed();
    if (failed && error)
        *error = Database::describeSqlError(q->errorText());
    q->done();
    if (failed)
        return false;
    // Read in the index's order (by time); debts are repaid oldest entry first.
    std::sort(out.debts.begin(), out.debts.end(),
              [](const Debt& a, const Debt& b) { return a.debitId < b.debitId; });
    out.available = qMax<qint64>(0, qMin(open, balance));
    *standing = out;
    return true;
}

bool PointsLedger::credit(const Entry& entry, qint64* ledgerId, QString* error)
{
    if (entry.points <= 0) {
        *error = tr("A points credit must be positive.");
        return false;
    }
    // Repay any debt (debits that found too few points) from this credit, oldest debt first.
    QVector<Debt> debts;
    if (!openDebts(entry.memberId, &debts, error))
        return false;
    return credit(entry, debts, ledgerId, error);
}

bool PointsLedger::credit(const Entry& entry, const QVector<Debt>& debts, qint64* ledgerId, QString* error)
{
    if (entry.points <= 0) {
        *error = tr("A points credit must be positive.");
        return false;
    }
    qint64 id = 0;
    if (!insertEntry(entry, entry.points, &id, error))
        return false;
    if (ledgerId)
        *ledgerId = id;
    qint64 left = entry.points;
    for (const Debt& debt : debts) {
        if (left <= 0)
            break;
        const qint64 take = qMin(left, debt.points);
        if (!allocate(debt.debitId, id, take, error))
            return false;
        left -= take;
    }
    return true;
}

QVector<PointsLedger::CreditPart> PointsLedger::openCredits(qint64 memberId, const QDate& today) const
{
    QVector<CreditPart> parts;
    QSqlQuery* q =
        Sql::cached(m_ctx.db,
                    u"SELECT l.id, "_s + kRemainingSql +
                        u" AS remaining, l.expires_on FROM points_ledger l WHERE l.member_id = ? "
                        "AND l.delta > 0 AND (l.expires_on IS NULL OR l.expires_on >= ?) AND remaining > 0 "
                        "ORDER BY l.expires_on IS NULL, l.expires_on, l.id"_s,
                    {memberId, toStoredDate(today)});
    if (!q)
        return parts;
    while (q->next())
        parts.append(
            {q->value(0).toLongLong(), q->value(1).toLongLong(), fromStoredDate(q->value(2).toString())});
    q->finish();
    return parts;
}

bool PointsLedger::debit(const Entry& entry, qint64* ledgerId, QString* error, qint64 preferCreditId)
{
    if (entry.points <= 0) {
        *error = tr("A points debit must be positive.");
        return false;
    }
    QVector<CreditPart> credits = openCredits(entry.memberId, m_ctx.clock.today());
    if (preferCreditId > 0) {
        for (int i = 0; i < credits.size(); ++i) {
            if (credits[i].creditId == preferCreditId) {
                credits.move(i, 0);
                break;
            }
        }
    }
    qint64 id = 0;
    if (!insertEntry(entry, -entry.points, &id, error))
        return false;
    if (ledgerId)
        *ledgerId = id;
    qint64 left = entry.points;
    for (const CreditPart& c : credits) {
        if (left <= 0)
            break;
        const qint64 take = qMin(left, c.points);
        if (!allocate(id, c.creditId, take, error))
            return false;
        left -= take;
    }
    return true;
}

qint64 PointsLedger::balance(qint64 memberId) const
{
    SqliteStatement* q = m_ctx.db.sqliteStatement("SELECT points FROM members WHERE id = ?");
    if (!q)
        return 0;
    q->bind(1, memberId);
    const qint64 points = q->next() ? q->integer(0) : 0;
    q->done();
    return points;
}

qint64 PointsLedger::available(qint64 memberId, const QDate& today) const
{
    qint64 open = 0;
    for (const CreditPart& c : openCredits(memberId, today))
        open += c.points;
    return qMax<qint64>(0, qMin(open, balance(memberId)));
}

QVector<PointsLedger::CreditPart> PointsLedger::allocationsOf(qint64 debitId) const
{
    QVector<CreditPart> parts;
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT a.credit_id, a.points, l.expires_on FROM points_allocations a "
              "JOIN points_ledger l ON l.id = a.credit_id WHERE a.debit_id = ? ORDER BY a.credit_id"_s);
    q.addBindValue(debitId);
    if (!q.exec())
        return parts;
    while (q.next())
        parts.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), fromStoredDate(q.value(2).toString())});
    return parts;
}

qint64 PointsLedger::expiredFrom(qint64 creditId) const
{
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT COALESCE(SUM(a.points), 0) FROM points_allocations a JOIN points_ledger d "
              "ON d.id = a.debit_id WHERE a.credit_id = ? AND d.kind = 'expire'"_s);
    q.addBindValue(creditId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool PointsLedger::newestEntryId(qint64* id, QString* error) const
{
    QSqlQuery maxId(m_ctx.db.sql());
    if (!maxId.exec(u"SELECT COALESCE(MAX(id), 0) FROM points_ledger"_s)) {
        if (error)
            *error = Database::describeSqlError(maxId.lastError().text());
        return false;
    }
    *id = maxId.next() ? maxId.value(0).toLongLong() : 0;
    return true;
}

bool PointsLedger::markSweptBefore(const QDate& today, QString* error)
{
    ExpiryPlan swept;
    swept.today = today;
    return newestEntryId(&swept.newestId, error) && finishExpiry(swept, error);
}

int PointsLedger::expireDue(const QDate& today, QString* error)
{
    ExpiryPlan plan;
    if (!planExpiry(today, &plan, error))
        return -1;
    const int expired = expire(plan, 0, plan.due.size(), error);
    if (expired < 0 || !finishExpiry(plan, error))
        return -1;
    return expired;
}

bool PointsLedger::planExpiry(const QDate& today, ExpiryPlan* plan, QString* error) const
{
    // Only credits that lapsed since the last sweep can still hold points; remember how far we got.
    SettingsRepository settings(m_ctx.db);
    const QString sweptBefore = settings.value(kSweptThroughKey, u"0000-00-00"_s);
    const qint64 lastSeenId = settings.value(kSweptMaxIdKey, u"0"_s).toLongLong();
    plan->today = today;
    plan->due.clear();
    QSet<qint64> seen;
    // Credits that lapsed since the last sweep, and credits written since then with a date already past
    // (points given back by a void keep the expiry they had).
    const QString where[] = {u"l.expires_on >= ? AND l.expires_on < ?"_s, u"l.id > ? AND l.expires_on < ?"_s};
    const QVariant from[] = {sweptBefore, lastSeenId};
    for (int pass = 0; pass < 2; ++pass) {
        QSqlQuery q(m_ctx.db.sql());
        q.prepare(
            u"SELECT l.id, l.member_id, l.expires_on, "_s + kRemainingSql +
            u" AS remaining FROM points_ledger l WHERE l.delta > 0 AND l.expires_on IS NOT NULL AND "_s +
            where[pass] + u" AND remaining > 0 ORDER BY l.id"_s);
        q.addBindValue(from[pass]);
        q.addBindValue(toStoredDate(today));
        if (!Sql::exec(q, error))
            return false;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            plan->due.append({id, q.value(1).toLongLong(), q.value(2).toString()});
        }
    }
    return newestEntryId(&plan->newestId, error);
}

int PointsLedger::expire(const ExpiryPlan& plan, qsizetype from, qsizetype to, QString* error)
{
    SqliteStatement* remaining =
        m_ctx.db.sqliteStatement("SELECT l.delta - COALESCE((SELECT SUM(a.points) FROM points_allocations a "
                                 "WHERE a.credit_id = l.id), 0) FROM points_ledger l "
                                 "WHERE l.id = ? AND l.member_id = ? AND l.delta > 0 AND l.expires_on < ?",
                                 error);
    if (!remaining)
        return -1;
    // Month ends lapse a credit of most active members at once (a million members: 200,000 entries): the
    // statements a sale's ledger entry uses, on the sqlite3 handle.
    const QString nowText = toStoredTime(m_ctx.clock.now());
    const QByteArray today = toStoredDate(plan.today).toUtf8();
    int written = 0;
    for (qsizetype i = qMax<qsizetype>(0, from); i < qMin(to, plan.due.size()); ++i) {
        const DueCredit& d = plan.due.at(i);
        // Still this member's lapsed credit: a plan outlives its part's transaction (a restore between two
        // parts replaces the file).
        remaining->bind(1, d.creditId).bind(2, d.memberId).bind(3, today);
        const qint64 points = remaining->next() ? remaining->integer(0) : 0;
        const bool failed = remaining->failed();
        if (failed && error)
            *error = Database::describeSqlError(remaining->errorText());
        remaining->done();
        if (failed)
            return -1;
        if (points <= 0)
            continue;
        Entry expiry;
        expiry.memberId = d.memberId;
        expiry.kind = u"expire"_s;
        expiry.reason = u"expired %1"_s.arg(d.expiresOn);
        expiry.time = nowText;
        qint64 id = 0;
        if (!insertEntry(expiry, -points, &id, error) || !allocate(id, d.creditId, points, error))
            return -1;
        ++written;
    }
    return written;
}

bool PointsLedger::finishExpiry(const ExpiryPlan& plan, QString* error)
{
    SettingsRepository settings(m_ctx.db);
    return settings.setValue(kSweptThroughKey, toStoredDate(plan.today), error) &&
           settings.setValue(kSweptMaxIdKey, QString::number(plan.newestId), error);
}

} // namespace md

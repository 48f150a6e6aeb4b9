// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareList.h"

#include "common/Clock.h"
#include "common/LocaleFormat.h"
#include "domain/LoyaltyRules.h"
#include "services/CareRecords.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const char16_t* const kKindKeys[] = {u"birthday_today", u"birthday_week",  u"near_tier", u"points_expiring",
                                     u"followup_due",   u"complaint_open", u"lapsed"};

QString kindKey(CareRow::Kind kind)
{
    return QString::fromUtf16(kKindKeys[int(kind)]);
}

QString makeKey(const QString& kind, qint64 memberId, const QDate& ref)
{
    return u"%1:%2:%3"_s.arg(kind).arg(memberId).arg(toStoredDate(ref));
}

bool parseKey(const QString& key, QString* kind, qint64* memberId, QDate* ref)
{
    const QStringList parts = key.split(u':');
    if (parts.size() != 3)
        return false;
    bool known = false;
    for (const char16_t* k : kKindKeys)
        known = known || parts.at(0) == QString::fromUtf16(k);
    bool ok = false;
    *kind = parts.at(0);
    *memberId = parts.at(1).toLongLong(&ok);
    *ref = fromStoredDate(parts.at(2));
    return known && ok && *memberId > 0 && ref->isValid() && toStoredDate(*ref) == parts.at(2);
}
} // namespace

Fen CareList::nearTierMargin(Fen thresholdFen)
{
    return qMax(kNearTierMinFen, thresholdFen * kNearTierPercent / 100);
}

namespace {
bool listOrder(const CareRow& a, const CareRow& b)
{
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    if (a.kind == CareRow::Kind::Lapsed && a.amountFen != b.amountFen)
        return a.amountFen > b.amountFen; // the most valuable first
    if (a.refDate != b.refDate)
        return a.refDate < b.refDate;
    return a.memberId < b.memberId;
}
} // namespace

bool CareList::load(Result* result, QString* error, bool includeDone, const QVector<int>& perKindLimit) const
{
    const QDateTime now = m_ctx.clock.now();
    const QDate today = now.date();
    const QLocale locale;
    const LoyaltyRules rules = RulesService(m_ctx).current();
    auto query = [&](QSqlQuery& q, const QString& sql, const QVariantList& binds) {
        q.setForwardOnly(true);
        if (!Sql::prepare(q, sql, error))
            return false;
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return Sql::exec(q, error);
    };
    // What the counter already marked done.
    QSet<QString> done;
    {
        QSqlQuery q(m_ctx.db.sql());
        if (!query(q, u"SELECT kind, member_id, ref_date FROM care_done"_s, {}))
            return false;
        while (q.next())
            done.insert(
                u"%1:%2:%3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    }
    Result out;
    QVector<QVector<CareRow>> kept(kKindCount);
    auto limitOf = [&](int kind) { return kind < perKindLimit.size() ? perKindLimit.at(kind) : 0; };
    // Keeps the first `limit` rows of a kind by the list's order; trimmed in batches so a long kind costs
    // O(n log limit) and never more than twice its limit in memory.
    auto trim = [&](int kind) {
        const int limit = limitOf(kind);
        QVector<CareRow>& rows = kept[kind];
        if (limit <= 0 || rows.size() <= limit)
            return;
        std::nth_element(rows.begin(), rows.begin() + (limit - 1), rows.end(), listOrder);
        rows.resize(limit);
    };
    auto add = [&](CareRow::Kind kind, qint64 memberId, const QString& name, const QDate& ref,
                   const QString& detail, Fen amount = 0, qint64 points = 0) {
        const QString key = makeKey(kindKey(kind), memberId, ref);
        const bool isDone = done.contains(key);
        if (!isDone) {
            ++out.count;
            ++out.kindCounts[int(kind)];
        }
        if (isDone && !includeDone)
            return;
        CareRow row;
        row.done = isDone;
        row.kind = kind;
        row.kindKey = kindKey(kind);
        row.memberId = memberId;
        row.memberName = name;
        row.refDate = ref;
        row.detail = detail;
        row.key = key;
        row.amountFen = amount;
        row.points = points;
        QVector<CareRow>& rows = kept[int(kind)];
        rows.append(row);
        const int limit = limitOf(int(kind));
        if (limit > 0 && rows.size() >= 2 * limit)
            trim(int(kind));
    };

    // Birthdays: today and the next six days (29 February is celebrated on the 28th in common years).
    {
        QHash<QString, QDate> days; // "MM-dd" → this year's date
        for (int i = 0; i < kBirthdayDays; ++i) {
            const QDate d = today.addDays(i);
            days.insert(d.toString(u"MM-dd"_s), d);
            if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
                days.insert(u"02-29"_s, d);
        }
        QStringList marks;
        QVariantList binds;
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            marks << u"?"_s;
            binds << it.key();
        }
        QSqlQuery q(m_ctx.db.sql());
        if (!query(q,
                   u"SELECT id, name, birthday FROM members WHERE birthday IS NOT NULL AND anonymized_at IS "
                   u"NULL "
                   "AND substr(birthday, 6, 5) IN ("_s +
                       marks.join(u',') + u")"_s,
                   binds))
            return false;
        while (q.next()) {
            const QDate birthday = fromStoredDate(q.value(2).toString());
            const QDate on = days.value(q.value(2).toString().mid(5, 5));
            const int age = birthday.isValid() ? on.year() - birthday.year() : 0;
            if (on == today)
                add(CareRow::Kind::BirthdayToday, q.value(0).toLongLong(), q.value(1).toString(), on,
                    age > 0 ? tr("Birthday today (%Ln year(s) old)", "", age) : tr("Birthday today"));
            else
                add(CareRow::Kind::BirthdayThisWeek, q.value(0).toLongLong(), q.value(1).toString(), on,
                    tr("Birthday on %1").arg(localDateText(locale, on)));
        }
    }

    // Near the next tier. Spend in a 12-month window is never more than lifetime spend
    // (members.paid_total_fen), so only members whose lifetime spend is already near or past their next
    // threshold are summed exactly.
    if (rules.tiers.size() >= 2) {
        const int top = int(rules.tiers.size()) - 1;
        const bool lifetime = rules.tierBasis == LoyaltyRules::TierBasis::PaidLifetime;
        QStringList conditions;
        QVariantList binds;
        for (int t = 0; t < top; ++t) {
            const Fen next = rules.tiers.at(t + 1).thresholdFen;
            conditions
                << u"(+m.tier = ? AND m.paid_total_fen >= ?)"_s; // "+": a table scan beats 100k index hops
            binds << t << qMax<Fen>(0, next - nearTierMargin(next));
        }
        QString spendSql = u"m.paid_total_fen"_s;
        QVariantList spendBinds;
        if (!lifetime) {
            spendSql = u"(SELECT COALESCE(SUM(p.paid_fen), 0) FROM purchases p WHERE p.member_id = m.id AND "
                       "p.voided_by IS NULL AND p.time > ? AND p.time <= ?)"_s;
            spendBinds << toStoredTime(now.addMonths(-12)) << toStoredTime(now);
        }
        QSqlQuery q(m_ctx.db.sql());
        if (!query(q,
                   u"SELECT m.id, m.name, m.tier, "_s + spendSql +
                       u" FROM members m WHERE m.anonymized_at IS NULL AND ("_s + conditions.join(u" OR "_s) +
                       u")"_s,
                   spendBinds + binds))
            return false;
        while (q.next()) {
            const int tier = q.value(2).toInt();
            const Fen spend = q.value(3).toLongLong();
            const Fen next = rules.tiers.at(tier + 1).thresholdFen;
            const Fen gap = next - spend;
            if (gap <= 0 || gap > nearTierMargin(next))
                continue;
            add(CareRow::Kind::NearNextTier, q.value(0).toLongLong(), q.value(1).toString(), today,
                tr("%1 more to %2").arg(formatYuan(gap, locale), rules.tierDisplayName(tier + 1)), gap);
        }
    }

    // Points expiring within 30 days: unexpired credits with points left.
    {
        QSqlQuery q(m_ctx.db.sql());
        if (!query(q,
                   u"SELECT m.id, m.name, m.points, x.left_points, x.first_day FROM (SELECT member_id, "
                   "SUM(remaining) AS left_points, MIN(expires_on) AS first_day FROM (SELECT l.member_id, "
                   "l.expires_on, l.delta - COALESCE((SELECT SUM(a.points) FROM points_allocations a WHERE "
                   "a.credit_id = l.id), 0) AS remaining FROM points_ledger l WHERE l.delta > 0 AND "
                   "l.expires_on >= ? AND l.expires_on <= ?) WHERE remaining > 0 GROUP BY member_id) x "
                   "JOIN members m ON m.id = x.member_id WHERE m.points > 0 AND m.anonymized_at IS NULL"_s,
                   {toStoredDate(today), toStoredDate(today.addDays(kExpiringDays))}))
            return false;
        while (q.next()) {
            // A debt left by a void is paid first, so never more than the balance lapses.
            const qint64 points = qMin(q.value(2).toLongLong(), q.value(3).toLongLong());
            const QDate first = fromStoredDate(q.value(4).toString());
            add(CareRow::Kind::PointsExpiring, q.value(0).toLongLong(), q.value(1).toString(), first,
                tr("%Ln point(s) expire after %1", "",
                   int(qMin<qint64>(points, std::numeric_limits<int>::max())))
                    .arg(localDateText(locale, first)),
                0, points);
        }
    }

    // Follow-ups due: the latest follow-up of the member asks for another by today.
    {
        QSqlQuery q(m_ctx.db.sql());
        if (!query(q,
                   u"SELECT m.id, m.name, f.next_date, f.channel, f.outcome FROM followups f JOIN members m "
                   u"ON m.id = "
                   "f.member_id WHERE f.next_date <= ? AND m.anonymized_at IS NULL AND NOT EXISTS (SELECT 1 "
                   "FROM "
                   "followups g WHERE g.member_id = f.member_id AND (g.time > f.time OR (g.time = f.time AND "
                   "g.id > f.id)))"_s,
                   {toStoredDate(today)}))
            return false;
        while (q.next()) {
            const QDate due = fromStoredDate(q.value(2).toString());
            QString detail = due == today ? tr("Follow-up due today")
                                          : tr("Follow-up due since %1").arg(localDateText(locale, due));
            const QString outcome = q.value(4).toString();
            detail += u" · "_s + (outcome.isEmpty() ? CareRecords::channelDisplayName(q.value(3).toString())
                                                    : tr("last time: %1").arg(outcome));
            add(CareRow::Kind::FollowupDue, q.value(0).toLongLong(), q.value(1).toString(), due, detail);
        }
    }

    // Open complaints, one row per member.
    {
        QSqlQuery q(m_ctx.db.sql());
        if (!query(
                q,
                u"SELECT m.id, m.name, x.n, x.first FROM (SELECT member_id, count(*) AS n, MIN(opened_at) AS "
                "first FROM complaints WHERE resolved_at IS NULL GROUP BY member_id) x JOIN members m ON "
                "m.id = x.member_id WHERE m.anonymized_at IS NULL"_s,
                {}))
            return false;
        while (q.next()) {
            const QDate opened = fromStoredTime(q.value(3).toString()).date();
            add(CareRow::Kind::ComplaintOpen, q.value(0).toLongLong(), q.value(1).toString(), opened,
                tr("%Ln open complaint(s), the oldest from %1", "", q.value(2).toInt())
                    .arg(localDateText(locale, opened)));
        }
    }

    // Regulars not seen lately (three purchases in six months, none for six weeks): a rule on the
    // purchases, unlike the insight page's model-based "have probably stopped coming".
    {
        const QString windowStart = toStoredDate(today.addDays(-kLapsedWindowDays));
        QSqlQuery q(m_ctx.db.sql());
        // The candidates' numbers come from the last-visit index, sorted; their purchases are then read and
        // summed in member order from purchases_member, and their rows in id order. Walking the candidates
        // in last-visit order instead read a random member page and purchase page for each of them and
        // sorted every purchase for the grouping: 1.9 s against 1.3 s for 267,000 candidates at a million
        // members.
        const QString quietFrom = toStoredDate(today.addDays(-kLapsedQuietDays));
        if (!query(q,
                   u"SELECT m.id, m.name, m.last_visit, x.n, x.paid FROM (SELECT p.member_id, count(*) AS n, "
                   "SUM(p.paid_fen) AS paid FROM purchases p WHERE p.voided_by IS NULL AND p.time >= ? AND "
                   "p.member_id IN (SELECT id FROM members WHERE last_visit >= ? AND last_visit < ?) "
                   "GROUP BY p.member_id) x JOIN members m ON m.id = x.member_id WHERE x.n >= ? AND "
                   "m.visits >= ? AND m.anonymized_at IS NULL"_s,
                   // visits (all purchases ever) is a cheap first filter: fewer than 3 can never qualify.
                   {windowStart, windowStart, quietFrom, kLapsedMinPurchases, kLapsedMinPurchases}))
            return false;
        while (q.next()) {
            const QDate last = fromStoredTime(q.value(2).toString()).date();
            add(CareRow::Kind::Lapsed, q.value(0).toLongLong(), q.value(1).toString(), last,
                tr("%Ln purchase(s) in 6 months, none for %1 days", "", q.value(3).toInt())
                    .arg(last.daysTo(today)),
                q.value(4).toLongLong());
        }
    }

    for (int kind = 0; kind < kKindCount; ++kind) {
        trim(kind);
        std::sort(kept[kind].begin(), kept[kind].end(), listOrder);
        out.rows += kept.at(kind);
        kept[kind] = {};
    }
    *result = out;
    return true;
}

int CareList::badgeCount() const
{
    Result r;
    QString error;
    return load(&r, &error) ? r.count : 0;
}

bool CareList::markDone(const QString& key, QString* error)
{
    QString kind;
    qint64 memberId = 0;
    QDate ref;
    if (!parseKey(key, &kind, &memberId, &ref)) {
        *error = tr("\"%1\" is not a care list row.").arg(key);
        return false;
    }
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery exists(m_ctx.db.sql());
    exists.prepare(u"SELECT 1 FROM members WHERE id = ?"_s);
    exists.addBindValue(memberId);
    if (!exists.exec() || !exists.next()) {
        *error = tr("There is no member with number %1.").arg(memberId);
        return false;
    }
    exists.finish();
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q,
                      u"INSERT INTO care_done(kind, member_id, ref_date, done_at, user_id) VALUES(?,?,?,?,?) "
                      "ON CONFLICT(kind, member_id, ref_date) DO NOTHING"_s,
                      error))
        return false;
    q.addBindValue(kind);
    q.addBindValue(memberId);
    q.addBindValue(toStoredDate(ref));
    q.addBindValue(toStoredTime(m_ctx.clock.now()));
    q.addBindValue(m_ctx.actor.userId > 0 ? QVariant(m_ctx.actor.userId) : QVariant());
    if (!Sql::exec(q, error))
        return false;
    return tx.commit(error);
}

bool CareList::undoDone(const QString& key, QString* error)
{
    QString kind;
    qint64 memberId = 0;
    QDate ref;
    if (!parseKey(key, &kind, &memberId, &ref)) {
        *error = tr("\"%1\" is not a care list row.").arg(key);
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q, u"DELETE FROM care_done WHERE kind = ? AND member_id = ? AND ref_date = ?"_s, error))
        return false;
    q.addBindValue(kind);
    q.addBindValue(memberId);
    q.addBindValue(toStoredDate(ref));
    return Sql::exec(q, error);
}

} // namespace md

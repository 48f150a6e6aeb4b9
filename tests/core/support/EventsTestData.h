// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small fixed shop for the events tests. Clock: 2026-03-15 10:00 (the fixture's default).
//
// | id | name  | g | tier | consent | birthday   | referrer | purchases (paid, days before 2026-03-15) |
// |----|-------|---|------|---------|------------|----------|-------------------------------------------------|
// | 1  | Alice | f | 2    | yes     | 1990-03-05 | -        | ¥300 every 7 days from 196 to 0 days ago (29) |
// | 2  | Bob   | m | 1    | yes     | 1985-07-10 | -        | ¥100 every 30 days from 300 to 0 days ago (11)
// | | 3  | Carol | f | 2    | no      | 1979-03-20 | -        | ¥200 every 10 days from 200 to 10 days ago
// (20) | | 4  | Dan   | m | 0    | yes     | -          | 1        | ¥50 at 300 and 290 days ago | | 5  | Eve
// | f | 1    | yes     | 1992-03-01 | -        | ¥150 every 20 days from 200 to 20 days ago; anonymised | | 6
// | Frank | u | 0    | yes     | -          | 1        | none                                            | |
// 7  | Gina  | f | 2    | yes     | 1995-11-11 | 2        | ¥80 5 days ago                                  |
// Referrals: Alice 2 (Dan, Frank), Bob 1 (Gina).

#include "TestDatabaseFixture.h"
#include "common/Clock.h"
#include "services/MemberService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace md::test {

inline qint64 eventsAddMember(DatabaseFixture& f, const QString& name, Gender gender, int tier, bool consent,
                              const QDate& birthday = {}, qint64 referrer = 0, const QString& phone = {})
{
    MemberInput in;
    in.name = name;
    in.gender = gender;
    in.birthday = birthday;
    in.referrerId = referrer;
    in.consent = consent;
    in.phone = phone;
    Member m;
    MemberSaveError error;
    if (!MemberService(f.context()).add(in, &m, &error))
        qFatal("cannot add member: %s", qPrintable(error.message));
    QSqlQuery q(f.db.sql());
    q.prepare(QStringLiteral("UPDATE members SET tier = ? WHERE id = ?"));
    q.addBindValue(tier);
    q.addBindValue(m.id);
    if (!q.exec())
        qFatal("cannot set tier: %s", qPrintable(q.lastError().text()));
    return m.id;
}

/// A purchase written directly (exact times and amounts; no points or tier logic), optionally voided.
inline qint64 eventsPurchase(DatabaseFixture& f, qint64 member, const QDateTime& time, Fen paid,
                             bool voided = false)
{
    QSqlQuery q(f.db.sql());
    q.prepare(QStringLiteral("INSERT INTO purchases(member_id, time, gross_fen, paid_fen) VALUES(?,?,?,?)"));
    q.addBindValue(member);
    q.addBindValue(toStoredTime(time));
    q.addBindValue(paid);
    q.addBindValue(paid);
    if (!q.exec())
        qFatal("cannot insert purchase: %s", qPrintable(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (voided) {
        QSqlQuery v(f.db.sql());
        v.prepare(QStringLiteral("INSERT INTO purchase_voids(purchase_id, time, reason) VALUES(?,?,'test')"));
        v.addBindValue(id);
        v.addBindValue(toStoredTime(time));
        if (!v.exec())
            qFatal("cannot void: %s", qPrintable(v.lastError().text()));
        QSqlQuery u(f.db.sql());
        u.prepare(QStringLiteral("UPDATE purchases SET voided_by = ? WHERE id = ?"));
        u.addBindValue(v.lastInsertId());
        u.addBindValue(id);
        if (!u.exec())
            qFatal("cannot void: %s", qPrintable(u.lastError().text()));
    }
    return id;
}

inline void eventsRefreshLastVisits(DatabaseFixture& f)
{
    QSqlQuery q(f.db.sql());
    if (!q.exec(QStringLiteral("UPDATE members SET last_visit = (SELECT MAX(time) FROM purchases p "
                               "WHERE p.member_id = members.id AND p.voided_by IS NULL)")))
        qFatal("cannot refresh last visits: %s", qPrintable(q.lastError().text()));
}

inline void eventsSeries(DatabaseFixture& f, qint64 member, int fromDaysAgo, int toDaysAgo, int step,
                         Fen paid)
{
    const QDate today = f.clock.today();
    for (int d = fromDaysAgo; d >= toDaysAgo; d -= step)
        eventsPurchase(f, member, localDateTime(today.addDays(-d), QTime(15, 0)), paid);
}

/// Builds the table above; returns nothing (ids are 1..7 in a fresh fixture).
inline void eventsShop(DatabaseFixture& f)
{
    eventsAddMember(f, QStringLiteral("Alice"), Gender::Female, 2, true, QDate(1990, 3, 5), 0,
                    QStringLiteral("13800000001"));
    eventsAddMember(f, QStringLiteral("Bob"), Gender::Male, 1, true, QDate(1985, 7, 10), 0,
                    QStringLiteral("13800000002"));
    eventsAddMember(f, QStringLiteral("Carol"), Gender::Female, 2, false, QDate(1979, 3, 20));
    eventsAddMember(f, QStringLiteral("Dan"), Gender::Male, 0, true, {}, 1);
    eventsAddMember(f, QStringLiteral("Eve"), Gender::Female, 1, true, QDate(1992, 3, 1));
    eventsAddMember(f, QStringLiteral("Frank"), Gender::Unknown, 0, true, {}, 1);
    eventsAddMember(f, QStringLiteral("Gina"), Gender::Female, 2, true, QDate(1995, 11, 11), 2);
    eventsSeries(f, 1, 196, 0, 7, 30000);
    eventsSeries(f, 2, 300, 0, 30, 10000);
    eventsSeries(f, 3, 200, 10, 10, 20000);
    eventsSeries(f, 4, 300, 290, 10, 5000);
    eventsSeries(f, 5, 200, 20, 20, 15000);
    eventsSeries(f, 7, 5, 5, 1, 8000);
    eventsRefreshLastVisits(f);
    QSqlQuery q(f.db.sql());
    if (!q.exec(QStringLiteral(
            "UPDATE members SET anonymized_at = '2026-03-01T09:00:00', name = '' WHERE id = 5")))
        qFatal("cannot anonymise: %s", qPrintable(q.lastError().text()));
}

} // namespace md::test

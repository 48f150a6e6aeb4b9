// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityChecker.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

void IntegrityChecker::checkQuery(const QString& sql, const char* message, QStringList* problems)
{
    // Each query returns offending rows as (id, detail); at most a few are listed.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *problems << tr("Check could not run: %1").arg(q.lastError().text());
        return;
    }
    int shown = 0;
    while (q.next()) {
        if (++shown > 20) {
            *problems << tr("… and more of the same.");
            break;
        }
        *problems << tr(message).arg(q.value(0).toString(), q.value(1).toString());
    }
}

QStringList IntegrityChecker::problems(bool full)
{
    QStringList problems = m_db.integrityProblems(full);
    if (!problems.isEmpty())
        return problems; // the file itself is damaged; the invariants below would mislead
    QSqlQuery fk(m_db.sql());
    if (fk.exec(u"PRAGMA foreign_key_check"_s)) {
        while (fk.next())
            problems << tr("Broken reference in table %1 (row %2) to %3.")
                            .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    }
    fk.finish();
    checkQuery(u"SELECT m.id, m.points || ' ≠ ' || COALESCE(s.total, 0) FROM members m LEFT JOIN "
               "(SELECT member_id, SUM(delta) AS total FROM points_ledger GROUP BY member_id) s ON "
               "s.member_id = m.id "
               "WHERE m.points <> COALESCE(s.total, 0)"_s,
               QT_TR_NOOP("Member %1: points balance does not equal the ledger (%2)."), &problems);
    checkQuery(
        u"SELECT l.id, l.delta || ' < ' || SUM(a.points) FROM points_ledger l JOIN points_allocations a "
        "ON a.credit_id = l.id GROUP BY l.id HAVING SUM(a.points) > l.delta"_s,
        QT_TR_NOOP("Ledger entry %1: more points were consumed than it granted (%2)."), &problems);
    checkQuery(
        u"SELECT l.id, -l.delta || ' < ' || SUM(a.points) FROM points_ledger l JOIN points_allocations a "
        "ON a.debit_id = l.id GROUP BY l.id HAVING SUM(a.points) > -l.delta"_s,
        QT_TR_NOOP("Ledger entry %1: allocated beyond its amount (%2)."), &problems);
    checkQuery(u"SELECT m.id, m.visits || '/' || m.paid_total_fen || ' ≠ ' || COALESCE(s.n, 0) || '/' || "
               "COALESCE(s.paid, 0) FROM members m LEFT JOIN (SELECT member_id, count(*) AS n, SUM(paid_fen) "
               "AS paid "
               "FROM purchases WHERE voided_by IS NULL GROUP BY member_id) s ON s.member_id = m.id "
               "WHERE m.visits <> COALESCE(s.n, 0) OR m.paid_total_fen <> COALESCE(s.paid, 0)"_s,
               QT_TR_NOOP("Member %1: cached visits/spend do not match the purchases (%2)."), &problems);
    checkQuery(u"SELECT id, gross_fen || '-' || discount_fen || '-' || redeemed_fen || '≠' || paid_fen "
               "FROM purchases WHERE gross_fen - discount_fen - redeemed_fen <> paid_fen"_s,
               QT_TR_NOOP("Purchase %1 does not add up (%2)."), &problems);
    checkQuery(u"SELECT p.id, p.voided_by FROM purchases p LEFT JOIN purchase_voids v ON v.id = p.voided_by "
               "WHERE p.voided_by IS NOT NULL AND (v.id IS NULL OR v.purchase_id <> p.id)"_s,
               QT_TR_NOOP("Purchase %1 points at a void (%2) that is not its own."), &problems);
    checkQuery(
        u"SELECT v.purchase_id, v.id FROM purchase_voids v LEFT JOIN purchases p ON p.id = v.purchase_id "
        "WHERE p.id IS NULL OR p.voided_by IS NOT v.id"_s,
        QT_TR_NOOP("Void of purchase %1 (%2) is not recorded on the purchase."), &problems);
    checkQuery(
        u"SELECT p.id, p.points_earned || ' ≠ ' || COALESCE(SUM(l.delta), 0) FROM purchases p "
        "LEFT JOIN points_ledger l ON l.purchase_id = p.id AND l.kind = 'earn' AND l.member_id = p.member_id "
        "GROUP BY p.id HAVING p.points_earned <> COALESCE(SUM(l.delta), 0)"_s,
        QT_TR_NOOP("Purchase %1: points earned do not match the ledger (%2)."), &problems);
    checkQuery(u"SELECT r.id, COALESCE(l.kind, 'missing') FROM gift_redemptions r LEFT JOIN points_ledger l "
               "ON l.id = r.ledger_id WHERE l.id IS NULL OR l.kind <> 'gift' OR l.member_id <> r.member_id"_s,
               QT_TR_NOOP("Gift redemption %1 does not match its points entry (%2)."), &problems);
    // The dashboard's kept summaries of schema step 7 against a recount (skipped in a file not upgraded yet).
    QSqlQuery kept(m_db.sql());
    const bool hasKept = kept.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                   "('report_tier_members', 'report_month_spend')"_s) &&
                         kept.next() && kept.value(0).toInt() == 2;
    kept.finish();
    if (hasKept) {
        checkQuery(
            u"SELECT tier, kept || ' ≠ ' || counted FROM (SELECT tier, sum(kept) AS kept, sum(counted) AS "
            "counted FROM (SELECT tier, members AS kept, 0 AS counted FROM report_tier_members UNION ALL "
            "SELECT tier, 0, count(*) FROM members GROUP BY tier) GROUP BY tier) WHERE kept <> counted"_s,
            QT_TR_NOOP("Tier %1: the kept member count does not match a recount (%2)."), &problems);
        checkQuery(
            u"SELECT month || ' ' || floor_fen, sum(km) || '/' || sum(kp) || ' ≠ ' || sum(cm) || '/' || "
            u"sum(cp) "
            "FROM (SELECT month, floor_fen, members AS km, paid_fen AS kp, 0 AS cm, 0 AS cp FROM "
            "report_month_spend "
            "UNION ALL SELECT month, CAST(substr(paid_fen, 1, 3) || substr('0000000000000000000', 1, "
            "max(length(paid_fen) - 3, 0)) AS INTEGER), 0, 0, count(*), sum(paid_fen) FROM "
            "report_member_month "
            "GROUP BY 1, 2) GROUP BY month, floor_fen HAVING sum(km) <> sum(cm) OR sum(kp) <> sum(cp)"_s,
            QT_TR_NOOP(
                "Spend bucket %1 (month, lowest fen): the kept members/spend do not match a recount of "
                "the month's member summaries (%2)."),
            &problems);
    }
    return problems;
}

} // namespace md

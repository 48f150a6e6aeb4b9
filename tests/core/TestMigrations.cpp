// SPDX-License-Identifier: GPL-3.0-or-later
// Databases made by earlier releases (tests/data/schema-v*.db) open, upgrade and keep every row.
#include "TestDatabaseFixture.h"

#include "analytics/CustomerSummary.h"
#include "analytics/MemberInsightStore.h"
#include "common/Clock.h"
#include "reports/ReportSummaries.h"
#include "services/IntegrityChecker.h"
#include "services/MemberSearch.h"
#include "services/PurchaseService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

namespace {
qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.sql());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void everyReleasedSchemaUpgrades_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir data(QStringLiteral(MEMBERDESK_TEST_DATA));
        const QStringList fixtures = data.entryList({u"schema-v*.db"_s}, QDir::Files, QDir::Name);
        QVERIFY2(!fixtures.isEmpty(), "no schema fixtures in tests/data");
        for (const QString& name : fixtures)
            QTest::newRow(qPrintable(name)) << data.filePath(name);
    }

    void everyReleasedSchemaUpgrades()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        // The fixture's content, as its release wrote it (see tests/data/README.md).
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM members"_s), 3);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM purchases"_s), 3);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM purchases WHERE voided_by IS NOT NULL"_s), 1);
        QCOMPARE(scalar(db, u"SELECT SUM(paid_fen) FROM purchases WHERE voided_by IS NULL"_s), 124700);
        // 1200 − 200 redeemed + 47; the referral bonus for 李四 went back with the void of his first
        // purchase.
        QCOMPARE(scalar(db, u"SELECT points FROM members WHERE id = 1"_s), 1047);
        QCOMPARE(scalar(db, u"SELECT SUM(delta) FROM points_ledger WHERE member_id = 1"_s), 1047);
        QCOMPARE(scalar(db, u"SELECT tier FROM members WHERE id = 1"_s), 1);

        // What later releases added on top of the first one's rows (see tests/data/README.md).
        const int fixtureVersion = QFileInfo(fixture).baseName().section(u'v', -1).toInt();
        if (fixtureVersion >= 3) {
            QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM members WHERE id = 3 AND anonymized_at IS NOT NULL "
                                u"AND phone IS NULL AND note = '' AND name NOT LIKE '%Wang%'"_s),
                     1);
            QCOMPARE(scalar(db, u"SELECT points_price FROM gifts WHERE name = '保温杯'"_s), 500);
            QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM complaints WHERE resolved_at IS NOT NULL"_s), 1);
            QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM followups WHERE member_id = 2"_s), 1);
            // The monthly summaries (schema 2) carried over and still agree with the purchases.
            QCOMPARE(scalar(db, u"SELECT SUM(paid_fen) FROM report_hourly"_s), 124700);
        }

        FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0)));
        const ServiceContext ctx{db, clock, {}};
        const QStringList problems = IntegrityChecker(db).problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));

        // Version 7: the members per tier and the spend buckets are filled from the rows already there
        // (two members at tier 0, one at tier 1; each member-month in its bucket), equal to a recount.
        QCOMPARE(ReportSummaries::differences(db, &error), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM report_tier_members"_s), 2);
        QCOMPARE(scalar(db, u"SELECT members FROM report_tier_members WHERE tier = 0"_s), 2);
        QCOMPARE(scalar(db, u"SELECT members FROM report_tier_members WHERE tier = 1"_s), 1);
        QCOMPARE(scalar(db, u"SELECT sum(members) FROM report_month_spend"_s),
                 scalar(db, u"SELECT count(*) FROM report_member_month"_s));
        QCOMPARE(scalar(db, u"SELECT sum(paid_fen) FROM report_month_spend"_s), 124700);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                            u"AND name = 'tier_history_changes'"_s),
                 1);
        // Version 9: the member-months' covering index, and the at-risk pass reads it.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                            u"AND name = 'report_member_month_counts'"_s),
                 1);
        QSqlQuery plan(db.sql());
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT month, member_id, purchases, paid_fen FROM "
                          u"report_member_month WHERE month > '2025-01' AND month < '2025-06'"_s));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + u"\n"_s;
        QVERIFY2(steps.contains(u"COVERING INDEX report_member_month_counts"_s), qPrintable(steps));

        // The name index (schema 5) covers the names already there: "contains" finds them, in any case.
        QSet<QPair<QString, qint64>> expectedGrams;
        QSqlQuery names(db.sql());
        QVERIFY(names.exec(u"SELECT id, name_key FROM members"_s));
        while (names.next()) {
            const QString key = names.value(1).toString();
            for (int at = 0; at < key.size(); ++at) {
                expectedGrams.insert({key.mid(at, 1), names.value(0).toLongLong()});
                if (at + 1 < key.size())
                    expectedGrams.insert({key.mid(at, 2), names.value(0).toLongLong()});
            }
        }
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM member_name_grams"_s), expectedGrams.size());
        QCOMPARE(MemberSearch(db).find(u"三"_s).size(), 1);
        const QVector<MemberSearch::Hit> hits = MemberSearch(db).find(u"G W"_s);
        if (fixtureVersion < 3) {
            QCOMPARE(expectedGrams.size(), 3 + 3 + 6 + 6); // 张三, 李四, "wang wu"
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.front().member.id, 3);
            QCOMPARE(hits.front().match, MemberSearch::Match::NameContains);
        } else {
            QVERIFY(hits.isEmpty()); // Wang Wu was anonymised: his name is gone from the index too
        }

        // And it keeps working: a sale on the upgraded file.
        PurchaseRequest request;
        request.memberId = 1;
        request.grossFen = 10000;
        PurchaseResult result;
        QVERIFY2(PurchaseService(ctx).record(request, &result, &error), qPrintable(error));
        QCOMPARE(result.quote.discountFen, 200); // silver, 2 %

        // Version 4: the per-member insight snapshot, empty after the upgrade, then written and read back.
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM member_insight"_s), 0);
        const InsightSnapshot snapshot =
            Insight::compute(db, MemberInsightStore::currentOptions(db, clock.today()));
        QVERIFY2(snapshot.ok, qPrintable(snapshot.error));
        MemberInsightStore store(ctx);
        QVERIFY2(store.write(snapshot, &error), qPrintable(error));
        MemberInsight insight;
        QVERIFY2(store.get(1, &insight, &error), qPrintable(error));
        QVERIFY(insight.found);
        QVERIFY(insight.inWindow);
        QCOMPARE(insight.asOf, clock.today());
        QVERIFY(IntegrityChecker(db).problems().isEmpty());

        // Version 10 (a partial index since 6): one index of each member's purchases, every purchase in it
        // (the voided one of the fixture too, the sale just made), the two it replaces gone; the history
        // and the member's figures read it without the table.
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                            u"('purchases_member_time', 'purchases_history')"_s),
                 0);
        QCOMPARE(
            scalar(db, u"SELECT COUNT(*) FROM purchases INDEXED BY purchases_member WHERE member_id > 0"_s),
            scalar(db, u"SELECT COUNT(*) FROM purchases"_s));
        const auto planOf = [&](const QString& sql) {
            QSqlQuery plan(db.sql());
            QString steps;
            if (plan.exec(u"EXPLAIN QUERY PLAN "_s + sql))
                while (plan.next())
                    steps += plan.value(3).toString() + u'\n';
            return steps;
        };
        const QString timeline = planOf(
            u"SELECT id, time, paid_fen FROM purchases WHERE member_id = 1 ORDER BY time DESC, id DESC LIMIT 20"_s);
        // Newest first, ties by id, straight from the index: no sort.
        QVERIFY2(timeline.contains(u"INDEX purchases_member"_s) && !timeline.contains(u"TEMP B-TREE"_s),
                 qPrintable(timeline));
        const QString tierSum =
            planOf(u"SELECT COALESCE(SUM(paid_fen), 0) FROM purchases WHERE member_id = 1 "
                   u"AND voided_by IS NULL AND time >= '2025-01-01'"_s);
        QVERIFY2(tierSum.contains(u"COVERING INDEX purchases_member"_s), qPrintable(tierSum));
        const QString lastVisit =
            planOf(u"SELECT MAX(time) FROM purchases WHERE member_id = 1 AND voided_by IS NULL"_s);
        QVERIFY2(lastVisit.contains(u"COVERING INDEX purchases_member"_s), qPrintable(lastVisit));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM purchases INDEXED BY purchases_member "
                            u"WHERE voided_by IS NULL"_s),
                 scalar(db, u"SELECT COUNT(*) FROM purchases WHERE voided_by IS NULL"_s));
        QCOMPARE(scalar(db, u"SELECT SUM(paid_fen) FROM purchases INDEXED BY purchases_member "
                            u"WHERE voided_by IS NULL"_s),
                 124700 + 9800);
        // Version 11: the tier index holds the day each member entered the tier, so the day's review finds
        // its candidates without reading the members' rows; 张三's 银卡 is there with its day.
        const auto textOf = [&](const QString& sql) {
            QSqlQuery q(db.sql());
            return q.exec(sql) && q.next() ? q.value(0).toString() : u"(failed: %1)"_s.arg(sql);
        };
        QCOMPARE(textOf(u"SELECT group_concat(name, ',') FROM pragma_index_info('members_tier')"_s),
                 u"tier,tier_since"_s);
        const QString candidates =
            planOf(u"SELECT id, tier, tier_since FROM members WHERE tier > 0 "
                   u"AND (tier_since IS NULL OR tier_since <= '2026-01-01' OR tier > 3)"_s);
        QVERIFY2(candidates.contains(u"COVERING INDEX members_tier"_s), qPrintable(candidates));
        QCOMPARE(textOf(u"SELECT group_concat(id || ':' || tier || ':' || tier_since) FROM members "
                        u"INDEXED BY members_tier WHERE tier > 0"_s),
                 textOf(u"SELECT group_concat(id || ':' || tier || ':' || tier_since) FROM members "
                        u"NOT INDEXED WHERE tier > 0"_s));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM members INDEXED BY members_tier WHERE tier > 0"_s), 1);
        PurchaseHistory history;
        QVERIFY2(PurchaseHistory::load(db, QDate(), 0, &history, &error), qPrintable(error));
        QCOMPARE(history.totalPurchases(), 3);

        // Version 7, kept since: the sale above moved its member-month up a bucket.
        QCOMPARE(ReportSummaries::differences(db, &error), 0);
        QCOMPARE(scalar(db, u"SELECT sum(paid_fen) FROM report_month_spend"_s), 124700 + 9800);
        QVERIFY(IntegrityChecker(db).problems().isEmpty());

        // Version 8: the debts index holds exactly the debits a credit may repay (the fixture's redeem and
        // the void's reversals; no expiries), and the debt look-up of every credit reads it.
        const qint64 debits =
            scalar(db, u"SELECT COUNT(*) FROM points_ledger WHERE delta < 0 AND kind <> 'expire'"_s);
        QVERIFY(debits >= 2);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM points_ledger INDEXED BY points_ledger_debts "
                            u"WHERE member_id > 0 AND delta < 0 AND kind <> 'expire'"_s),
                 debits);
        QSqlQuery debtsPlan(db.sql());
        QVERIFY(debtsPlan.exec(u"EXPLAIN QUERY PLAN SELECT l.id FROM points_ledger l WHERE l.member_id = 1 "
                               u"AND l.delta < 0 AND l.kind <> 'expire' ORDER BY l.id"_s));
        QString detail;
        while (debtsPlan.next())
            detail += debtsPlan.value(3).toString() + u'\n';
        QVERIFY2(detail.contains(u"points_ledger_debts"_s), qPrintable(detail));
        // … and the referral index exactly the referral bonuses (the fixture's, for 李四, and its reversal
        // is not one).
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM points_ledger INDEXED BY points_ledger_referrals "
                            u"WHERE purchase_id > 0 AND kind = 'referral'"_s),
                 scalar(db, u"SELECT COUNT(*) FROM points_ledger WHERE kind = 'referral'"_s));
        QVERIFY(scalar(db, u"SELECT COUNT(*) FROM points_ledger WHERE kind = 'referral'"_s) >= 1);
    }

    // Version 12: every database, upgraded or new, has an identity of its own that its backups carry.
    void everyDatabaseGetsAnIdentityOfItsOwn()
    {
        QTemporaryDir dir;
        const QDir data(QStringLiteral(MEMBERDESK_TEST_DATA));
        QStringList ids;
        for (const QString& name : {u"first.db"_s, u"second.db"_s, u"new.db"_s}) {
            const QString path = dir.filePath(name);
            if (name != u"new.db"_s) {
                QVERIFY(QFile::copy(data.filePath(u"schema-v11.db"_s), path));
                QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            }
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery q(db.sql());
            QVERIFY(q.exec(u"SELECT value FROM settings WHERE key = 'database.id'"_s) && q.next());
            ids << q.value(0).toString();
            QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(ids.last()).hasMatch(),
                     qPrintable(ids.last()));
            db.close();
            // Opening again keeps it.
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery again(db.sql());
            QVERIFY(again.exec(u"SELECT value FROM settings WHERE key = 'database.id'"_s) && again.next());
            QCOMPARE(again.value(0).toString(), ids.last());
        }
        // Two copies of one old file upgraded apart are two databases.
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"

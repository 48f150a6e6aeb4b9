// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyHelpers.h"
#include "TestDatabaseFixture.h"
#include "services/DailyMaintenance.h"
#include "services/IntegrityChecker.h"
#include "services/PurchaseService.h"
#include "services/TierReviewService.h"
#include "storage/SettingsRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

// Default programme: ¥0 / ¥1,000 / ¥3,000 / ¥8,000 paid in the last 12 months, 0/2/5/8 % off.
// The fixture's clock starts on 2026-03-15 10:00.
class TestTierReview : public QObject
{
    Q_OBJECT

    static QString tierSince(DatabaseFixture& f, qint64 member)
    {
        QSqlQuery q(f.db.sql());
        q.prepare(u"SELECT tier_since FROM members WHERE id = ?"_s);
        q.addBindValue(member);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    static void verifyIntegrity(DatabaseFixture& f)
    {
        const QStringList problems = IntegrityChecker(f.db).problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private slots:
    void upgradeOnTheCrossingPurchase_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<int>("tierAfterFirst");
        QTest::addColumn<int>("tierAfterSecond");
        QTest::newRow("second crosses silver") << 60000LL << 40000LL << 0 << 1;
        QTest::newRow("second one fen short") << 60000LL << 39999LL << 0 << 0;
        QTest::newRow("first already silver, second crosses gold") << 100000LL << 204100LL << 1 << 2;
        QTest::newRow("straight to diamond") << 10000LL << 800000LL << 0 << 3;
    }
    void upgradeOnTheCrossingPurchase()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        QFETCH(int, tierAfterFirst);
        QFETCH(int, tierAfterSecond);
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        moveTo(f, QDate(2026, 1, 5));
        buy(f, m, first);
        QCOMPARE(tierOf(f, m), tierAfterFirst);
        moveTo(f, QDate(2026, 3, 15));
        const qint64 p = buy(f, m, second);
        QCOMPARE(tierOf(f, m), tierAfterSecond);
        QSqlQuery q(f.db.sql());
        q.prepare(
            u"SELECT count(*) FROM tier_history WHERE member_id = ? AND purchase_id = ? AND reason = 'purchase'"_s);
        q.addBindValue(m);
        q.addBindValue(p);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), tierAfterSecond > tierAfterFirst ? 1 : 0);
        if (tierAfterSecond > tierAfterFirst)
            QCOMPARE(tierSince(f, m), u"2026-03-15"_s);
    }

    void review_data()
    {
        QTest::addColumn<int>("graceMonths");
        QTest::addColumn<bool>("lifetime");
        QTest::addColumn<qint64>("firstGross"); // on 2026-03-15
        QTest::addColumn<QDate>("laterDay");    // a later purchase, if valid
        QTest::addColumn<qint64>("laterGross");
        QTest::addColumn<QDate>("reviewDay");
        QTest::addColumn<int>("tierBefore");
        QTest::addColumn<int>("tierAfter");
        const QDate none;
        // Spend leaves the 12-month window on 2027-03-15, but an 18-month grace keeps silver until
        // 2027-09-15.
        QTest::newRow("inside grace, spend gone")
            << 18 << false << 100000LL << none << 0LL << QDate(2027, 6, 1) << 1 << 1;
        QTest::newRow("last day of grace")
            << 18 << false << 100000LL << none << 0LL << QDate(2027, 9, 14) << 1 << 1;
        QTest::newRow("grace over") << 18 << false << 100000LL << none << 0LL << QDate(2027, 9, 15) << 1 << 0;
        QTest::newRow("inside the grace year")
            << 12 << false << 100000LL << QDate(2026, 4, 1) << 0LL << QDate(2027, 3, 14) << 1 << 1;
        QTest::newRow("after the grace year, no spend")
            << 12 << false << 100000LL << none << 0LL << QDate(2027, 3, 15) << 1 << 0;
        // ¥1,100 at 2 % off = ¥1,078 paid in the window: silver is deserved again.
        QTest::newRow("after the grace year, still spending")
            << 12 << false << 100000LL << QDate(2026, 12, 1) << 110000LL << QDate(2027, 3, 15) << 1 << 1;
        QTest::newRow("gold down to nothing in one step")
            << 12 << false << 300000LL << none << 0LL << QDate(2027, 4, 1) << 2 << 0;
        // ¥1,200 at 5 % off = ¥1,140 paid: silver, not gold.
        QTest::newRow("gold down to silver")
            << 12 << false << 300000LL << QDate(2026, 12, 1) << 120000LL << QDate(2027, 3, 20) << 2 << 1;
        QTest::newRow("lifetime basis keeps the tier")
            << 12 << true << 100000LL << none << 0LL << QDate(2028, 1, 1) << 1 << 1;
        QTest::newRow("no grace") << 0 << false << 100000LL << none << 0LL << QDate(2027, 3, 16) << 1 << 0;
    }
    void review()
    {
        QFETCH(int, graceMonths);
        QFETCH(bool, lifetime);
        QFETCH(qint64, firstGross);
        QFETCH(QDate, laterDay);
        QFETCH(qint64, laterGross);
        QFETCH(QDate, reviewDay);
        QFETCH(int, tierBefore);
        QFETCH(int, tierAfter);
        DatabaseFixture f;
        LoyaltyRules rules = LoyaltyRules::defaults();
        rules.tierGraceMonths = graceMonths;
        rules.tierBasis =
            lifetime ? LoyaltyRules::TierBasis::PaidLifetime : LoyaltyRules::TierBasis::Paid12Months;
        setRules(f, rules);
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, firstGross);
        QCOMPARE(tierOf(f, m), tierBefore);
        if (laterDay.isValid()) {
            moveTo(f, laterDay);
            if (laterGross > 0)
                buy(f, m, laterGross);
        }
        moveTo(f, reviewDay);
        TierReviewResult result;
        QString error;
        QVERIFY2(TierReviewService(f.context()).run(&result, &error), qPrintable(error));
        QCOMPARE(tierOf(f, m), tierAfter);
        QCOMPARE(result.changes.size(), tierAfter == tierBefore ? 0 : 1);
        if (tierAfter != tierBefore) {
            QCOMPARE(result.changes.first().fromTier, tierBefore);
            QCOMPARE(result.changes.first().toTier, tierAfter);
            QCOMPARE(tierSince(f, m), toStoredDate(reviewDay));
            QSqlQuery q(f.db.sql());
            q.prepare(
                u"SELECT from_tier, to_tier, reason FROM tier_history WHERE member_id = ? ORDER BY id DESC "
                "LIMIT 1"_s);
            q.addBindValue(m);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), tierBefore);
            QCOMPARE(q.value(1).toInt(), tierAfter);
            QVERIFY2(q.value(2).toString().startsWith(u"review: spend_fen="_s),
                     qPrintable(q.value(2).toString()));
            q.finish();
            QCOMPARE(f.count(u"audit_log WHERE action = 'tier.review'"_s), 1);
        }
        verifyIntegrity(f);
    }

    void reviewIsIdempotent()
    {
        DatabaseFixture f;
        const qint64 a = addMember(f, u"A"_s);
        const qint64 b = addMember(f, u"B"_s);
        const qint64 c = addMember(f, u"C"_s);
        buy(f, a, 300000); // gold
        buy(f, b, 100000); // silver
        buy(f, c, 800000); // diamond
        moveTo(f, QDate(2027, 2, 1));
        buy(f, c, 900000); // diamond again in the window
        moveTo(f, QDate(2027, 4, 1));
        TierReviewService review(f.context());
        TierReviewResult first, second;
        QString error;
        QVERIFY(review.run(&first, &error));
        QCOMPARE(first.changes.size(), 2);
        const qint64 history = f.count(u"tier_history"_s);
        const qint64 audit = f.count(u"audit_log"_s);
        QVERIFY(review.run(&second, &error));
        QCOMPARE(second.changes.size(), 0);
        QCOMPARE(f.count(u"tier_history"_s), history);
        QCOMPARE(f.count(u"audit_log"_s), audit);
        QCOMPARE(tierOf(f, a), 0);
        QCOMPARE(tierOf(f, b), 0);
        QCOMPARE(tierOf(f, c), 3);
        // The next day nothing changes either: lowered members start a new grace period.
        moveTo(f, QDate(2027, 4, 2));
        QVERIFY(review.run(&second, &error));
        QCOMPARE(second.changes.size(), 0);
    }

    void aSaleBetweenThePlanAndItsApplyIsCounted()
    {
        // The day's maintenance plans the review outside its write transaction; what the counter writes
        // meanwhile must not be undone by the plan's older read.
        DatabaseFixture f;
        const qint64 a = addMember(f, u"A"_s);
        const qint64 b = addMember(f, u"B"_s);
        buy(f, a, 300000); // gold
        buy(f, b, 300000); // gold
        moveTo(f, QDate(2027, 4, 1));
        TierReviewService review(f.context());
        TierReviewPlan plan;
        QString error;
        QVERIFY2(review.plan(&plan, &error), qPrintable(error));
        QCOMPARE(plan.reviewed, 2);
        QCOMPARE(plan.changing, (QVector<qint64>{a, b}));
        buy(f, b, 400000); // b is gold again by this year's spend (¥3,800 paid), after the plan was read
        TierReviewResult result;
        QVERIFY2(review.apply(plan, &result, &error), qPrintable(error));
        QCOMPARE(result.reviewed, 2);
        QCOMPARE(result.changes.size(), 1);
        QCOMPARE(result.changes.first().memberId, a);
        QCOMPARE(tierOf(f, a), 0);
        QCOMPARE(tierOf(f, b), 2);
        verifyIntegrity(f);
    }

    void removedTierMovesToTheNewTopAtOnce()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, 800000);
        QCOMPARE(tierOf(f, m), 3);
        LoyaltyRules rules = LoyaltyRules::defaults();
        rules.tiers.removeLast();
        setRules(f, rules);
        TierReviewResult result;
        QString error;
        QVERIFY(TierReviewService(f.context()).run(&result, &error));
        QCOMPARE(tierOf(f, m), 2);
        QCOMPARE(tierSince(f, m), u"2026-03-15"_s);
        QCOMPARE(f.count(u"tier_history WHERE reason = 'rules'"_s), 1);
    }

    void voidAfterTheTierWasRemoved()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, 300000);                  // gold
        const qint64 p = buy(f, m, 600000); // diamond
        QCOMPARE(tierOf(f, m), 3);
        LoyaltyRules rules = LoyaltyRules::defaults();
        rules.tiers.resize(2); // only regular and silver remain
        setRules(f, rules);
        VoidResult v;
        QString error;
        QVERIFY2(PurchaseService(f.context()).voidPurchase(p, u"returned"_s, &v, &error), qPrintable(error));
        QCOMPARE(v.tier, 1);
        verifyIntegrity(f);
    }

    void purchaseAfterTheTierWasRemovedRecordsTheMove()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, 800000); // diamond
        LoyaltyRules rules = LoyaltyRules::defaults();
        rules.tiers.removeLast();
        setRules(f, rules);
        buy(f, m, 1000);
        QCOMPARE(tierOf(f, m), 2);
        QCOMPARE(
            f.count(
                u"tier_history WHERE member_id = %1 AND reason = 'rules' AND from_tier = 3 AND to_tier = 2"_s
                    .arg(m)),
            1);
    }

    void voidRestoresTheEarlierTierSince()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        moveTo(f, QDate(2025, 12, 10));
        buy(f, m, 100000);
        QCOMPARE(tierSince(f, m), u"2025-12-10"_s);
        moveTo(f, QDate(2026, 3, 15));
        const qint64 p = buy(f, m, 220000); // ¥2,156 paid + ¥1,000 → gold
        QCOMPARE(tierOf(f, m), 2);
        QCOMPARE(tierSince(f, m), u"2026-03-15"_s);
        VoidResult v;
        QString error;
        QVERIFY(PurchaseService(f.context()).voidPurchase(p, u"returned"_s, &v, &error));
        QCOMPARE(tierOf(f, m), 1);
        // Silver is held since December, so its grace year ends in December, not a year after the void.
        QCOMPARE(tierSince(f, m), u"2025-12-10"_s);
    }

    void maintenanceRunsOncePerDay()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, 100000); // silver, 1,000 points expiring 2027-03-31
        DailyMaintenance maintenance(f.context());
        MaintenanceResult r;
        QString error;
        QVERIFY(maintenance.run(false, &r, &error));
        QVERIFY(r.ran);
        QCOMPARE(maintenance.lastRunDay(), QDate(2026, 3, 15));
        QVERIFY(maintenance.runIfDue(&r, &error));
        QVERIFY(!r.ran);
        moveTo(f, QDate(2027, 4, 1));
        QVERIFY(maintenance.runIfDue(&r, &error));
        QVERIFY(r.ran);
        QCOMPARE(r.expiredEntries, 1);
        QCOMPARE(r.review.changes.size(), 1);
        QCOMPARE(pointsOf(f, m), 0);
        QCOMPARE(tierOf(f, m), 0);
        // Forced again on the same day: both steps are idempotent.
        const qint64 ledger = f.count(u"points_ledger"_s);
        QVERIFY(maintenance.run(true, &r, &error));
        QVERIFY(r.ran);
        QCOMPARE(r.expiredEntries, 0);
        QCOMPARE(r.review.changes.size(), 0);
        QCOMPARE(f.count(u"points_ledger"_s), ledger);
        QCOMPARE(f.count(u"audit_log WHERE action = 'maintenance.run'"_s), 3);
        verifyIntegrity(f);
    }
};

QTEST_GUILESS_MAIN(TestTierReview)
#include "TestTierReview.moc"

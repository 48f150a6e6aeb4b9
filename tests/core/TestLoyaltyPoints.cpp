// SPDX-License-Identifier: GPL-3.0-or-later
// The points rules end to end with a fixed clock: expiry, FIFO, voids, birthdays, referrals, rules changes.
#include "LoyaltyHelpers.h"
#include "TestDatabaseFixture.h"
#include "services/IntegrityChecker.h"
#include "services/MemberService.h"
#include "services/PointsAdjustment.h"
#include "services/PointsLedger.h"
#include "services/PurchaseService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

class TestLoyaltyPoints : public QObject
{
    Q_OBJECT

    static void verifyIntegrity(DatabaseFixture& f)
    {
        const QStringList problems = IntegrityChecker(f.db).problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    static int sweep(DatabaseFixture& f, const QDate& day)
    {
        moveTo(f, day);
        QString error;
        Transaction tx(f.db);
        const int n = PointsLedger(f.context()).expireDue(day, &error);
        if (n < 0 || !tx.commit(&error))
            qFatal("sweep failed: %s", qPrintable(error));
        return n;
    }

private slots:
    // Awards of 100 (Jan), 200 (Feb) and 300 (Mar 2026) points expire at the end of the 12th month after;
    // a redemption of 250 in April takes the January award and 150 of February's.
    void expiryFifoAcrossSeveralAwards_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<int>("entries");
        QTest::newRow("last valid day of January's points") << QDate(2027, 1, 31) << 357LL << 0;
        QTest::newRow("January's were all spent") << QDate(2027, 2, 1) << 357LL << 0;
        QTest::newRow("February's last 50 lapse") << QDate(2027, 3, 1) << 307LL << 1;
        QTest::newRow("March's 300 lapse") << QDate(2027, 4, 1) << 7LL << 1;
        QTest::newRow("April's 7 lapse") << QDate(2027, 5, 1) << 0LL << 1;
    }
    void expiryFifoAcrossSeveralAwards()
    {
        QFETCH(QDate, day);
        QFETCH(qint64, balance);
        QFETCH(int, entries);
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        moveTo(f, QDate(2026, 1, 10));
        buy(f, m, 10000);
        moveTo(f, QDate(2026, 2, 10));
        buy(f, m, 20000);
        moveTo(f, QDate(2026, 3, 10));
        buy(f, m, 30000);
        moveTo(f, QDate(2026, 4, 10));
        buy(f, m, 1000, 250); // ¥10: ¥2.50 in points, ¥7.50 paid → 7 points expiring 2027-04-30
        QCOMPARE(pointsOf(f, m), 357);
        const auto open = PointsLedger(f.context()).openCredits(m, f.clock.today());
        QCOMPARE(open.size(), 3);
        QCOMPARE(open.at(0).points, 50);
        QCOMPARE(open.at(0).expiresOn, QDate(2027, 2, 28));
        // Sweep every day from the first possible one up to `day`, as the daily maintenance would.
        int written = 0;
        for (QDate d(2027, 1, 31); d <= day; d = d.addDays(1)) {
            const int n = sweep(f, d);
            if (d == day)
                written = n;
        }
        QCOMPARE(written, entries);
        QCOMPARE(pointsOf(f, m), balance);
        QCOMPARE(ledgerSum(f, m), balance);
        QCOMPARE(sweep(f, day), 0); // idempotent
        QCOMPARE(pointsOf(f, m), balance);
        verifyIntegrity(f);
    }

    void voidAfterPartialExpiry()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        moveTo(f, QDate(2026, 1, 10));
        const qint64 p1 = buy(f, m, 10000); // 100 points, expire 2027-01-31
        moveTo(f, QDate(2026, 6, 10));
        buy(f, m, 20000); // 200 points, expire 2027-06-30
        QString error;
        PointsAdjustment::Result adj;
        QVERIFY(
            PointsAdjustment(f.context()).adjust(m, -40, u"test spend"_s, &adj, &error)); // from p1's award
        QCOMPARE(adj.pointsBalance, 260);
        QCOMPARE(sweep(f, QDate(2027, 2, 1)), 1); // p1's last 60 lapse
        QCOMPARE(pointsOf(f, m), 200);
        moveTo(f, QDate(2027, 2, 5));
        VoidResult v;
        QVERIFY2(PurchaseService(f.context()).voidPurchase(p1, u"returned"_s, &v, &error), qPrintable(error));
        // 60 of its points already lapsed; the 40 that were spent are taken back from the June award.
        QCOMPARE(v.pointsReversed, 40);
        QCOMPARE(v.pointsBalance, 160);
        QCOMPARE(ledgerSum(f, m), 160);
        verifyIntegrity(f);
    }

    void redemptionAndVoid()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        moveTo(f, QDate(2026, 1, 10));
        buy(f, m, 50000); // 500 points, expire 2027-01-31
        moveTo(f, QDate(2026, 3, 15));
        buy(f, m, 40000);                      // 400 points, expire 2027-03-31
        const qint64 p = buy(f, m, 2000, 600); // ¥20: ¥6 in points (cap ¥10), ¥14 paid → 14 points
        QCOMPARE(pointsOf(f, m), 900 - 600 + 14);
        VoidResult v;
        QString error;
        QVERIFY(PurchaseService(f.context()).voidPurchase(p, u"wrong member"_s, &v, &error));
        QCOMPARE(v.pointsReturned, 600);
        QCOMPARE(v.pointsReversed, 14);
        QCOMPARE(v.pointsBalance, 900);
        // The points came back with the expiry they had: 500 in January 2027, 100 in March 2027.
        const auto open = PointsLedger(f.context()).openCredits(m, f.clock.today());
        qint64 jan = 0, mar = 0;
        for (const auto& c : open)
            (c.expiresOn == QDate(2027, 1, 31) ? jan : mar) += c.points;
        QCOMPARE(jan, 500);
        QCOMPARE(mar, 400);
        QVERIFY(!PurchaseService(f.context()).voidPurchase(p, u"again"_s, &v, &error)); // never twice
        QVERIFY(error.contains(u"already voided"_s));
        verifyIntegrity(f);
    }

    void pointsWorthNothingAreNotSpent()
    {
        DatabaseFixture f;
        LoyaltyRules rules = LoyaltyRules::defaults();
        rules.redeemPointsPerYuan = 1000; // 1 point = 0.1 fen
        setRules(f, rules);
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, 50000);
        PurchaseRequest r;
        r.memberId = m;
        r.grossFen = 10000;
        r.redeemPoints = 9; // 0.9 fen
        QString error;
        QVERIFY(!PurchaseService(f.context()).record(r, nullptr, &error));
        QVERIFY2(error.contains(u"less than"_s), qPrintable(error));
        QCOMPARE(pointsOf(f, m), 500);
        r.redeemPoints = 10; // 1 fen
        PurchaseResult result;
        QVERIFY(PurchaseService(f.context()).record(r, &result, &error));
        QCOMPARE(result.quote.redeemedFen, 1);
    }

    void birthdayMultiplierOnlyInTheBirthdayMonth_data()
    {
        QTest::addColumn<QDate>("birthday");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<qint64>("points");
        QTest::newRow("birthday month") << QDate(1990, 3, 28) << QDate(2026, 3, 1) << 200LL;
        QTest::newRow("birthday itself") << QDate(1990, 3, 15) << QDate(2026, 3, 15) << 200LL;
        QTest::newRow("month before") << QDate(1990, 3, 1) << QDate(2026, 2, 28) << 100LL;
        QTest::newRow("month after") << QDate(1990, 3, 31) << QDate(2026, 4, 1) << 100LL;
        QTest::newRow("29 February in a common year") << QDate(1992, 2, 29) << QDate(2027, 2, 10) << 200LL;
        QTest::newRow("no birthday known") << QDate() << QDate(2026, 3, 15) << 100LL;
    }
    void birthdayMultiplierOnlyInTheBirthdayMonth()
    {
        QFETCH(QDate, birthday);
        QFETCH(QDate, day);
        QFETCH(qint64, points);
        DatabaseFixture f;
        LoyaltyRules rules = LoyaltyRules::defaults();
        rules.birthdayMultiplierPct = 200;
        setRules(f, rules);
        const qint64 m = addMember(f, u"A"_s, birthday);
        moveTo(f, day);
        buy(f, m, 10000);
        QCOMPARE(pointsOf(f, m), points);
    }

    void referralBonusOnce()
    {
        DatabaseFixture f;
        const qint64 referrer = addMember(f, u"Referrer"_s);
        const qint64 friend1 = addMember(f, u"Friend"_s, {}, referrer);
        QCOMPARE(pointsOf(f, referrer), 0); // nothing for registering
        buy(f, friend1, 5000);
        QCOMPARE(pointsOf(f, referrer), 100);
        buy(f, friend1, 5000);
        moveTo(f, QDate(2026, 5, 1));
        buy(f, friend1, 5000);
        QCOMPARE(pointsOf(f, referrer), 100);
        QCOMPARE(f.count(u"points_ledger WHERE kind = 'referral'"_s), 1);
        verifyIntegrity(f);
    }

    void selfReferralAndCycleRefused_data()
    {
        QTest::addColumn<int>("whom"); // 0: A refers itself; 1: A's referrer becomes C (C ← B ← A)
        QTest::newRow("self") << 0;
        QTest::newRow("cycle of three") << 1;
    }
    void selfReferralAndCycleRefused()
    {
        QFETCH(int, whom);
        DatabaseFixture f;
        const qint64 a = addMember(f, u"A"_s);
        const qint64 b = addMember(f, u"B"_s, {}, a);
        const qint64 c = addMember(f, u"C"_s, {}, b);
        MemberInput in;
        in.name = u"A"_s;
        in.referrerId = whom == 0 ? a : c;
        MemberSaveError error;
        QVERIFY(!MemberService(f.context()).update(a, in, &error));
        QCOMPARE(error.field, u"referrer"_s);
        Member stored;
        QVERIFY(MemberService(f.context()).get(a, &stored));
        QCOMPARE(stored.referrerId, 0);
    }

    void rulesChangeLeavesPastPointsUnchanged()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        const qint64 p = buy(f, m, 50000); // 500 points, expiring 2027-03-31
        LoyaltyRules rules = LoyaltyRules::defaults();
        rules.pointsPerYuan = 5;
        rules.expiryMode = LoyaltyRules::ExpiryMode::Never;
        setRules(f, rules);
        QCOMPARE(pointsOf(f, m), 500);
        QSqlQuery q(f.db.sql());
        q.prepare(u"SELECT points_earned FROM purchases WHERE id = ?"_s);
        q.addBindValue(p);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), 500);
        q.finish();
        buy(f, m, 10000); // 500 points under the new rules, never expiring
        QCOMPARE(pointsOf(f, m), 1000);
        // The old award still lapses on its own date; the new one does not.
        QCOMPARE(sweep(f, QDate(2027, 4, 1)), 1);
        QCOMPARE(pointsOf(f, m), 500);
        QCOMPARE(f.count(u"rules_history"_s), 1);
        verifyIntegrity(f);
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyPoints)
#include "TestLoyaltyPoints.moc"

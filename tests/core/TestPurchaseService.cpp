// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"
#include "services/IntegrityChecker.h"
#include "services/MemberProfile.h"
#include "services/MemberService.h"
#include "services/PurchaseService.h"
#include "services/UsualTicket.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestPurchaseService : public QObject
{
    Q_OBJECT

    static qint64 addMember(test::DatabaseFixture& f, const QString& name, qint64 referrer = 0)
    {
        MemberInput in;
        in.name = name;
        in.referrerId = referrer;
        Member m;
        MemberSaveError error;
        if (!MemberService(f.context()).add(in, &m, &error))
            qFatal("%s", qPrintable(error.message));
        return m.id;
    }
    static PurchaseResult buy(test::DatabaseFixture& f, qint64 member, Fen gross, qint64 redeem = 0,
                              const QDateTime& at = {})
    {
        PurchaseRequest r;
        r.memberId = member;
        r.grossFen = gross;
        r.redeemPoints = redeem;
        r.time = at;
        PurchaseResult result;
        QString error;
        if (!PurchaseService(f.context()).record(r, &result, &error))
            qFatal("purchase failed: %s", qPrintable(error));
        return result;
    }
    static void verifyIntegrity(test::DatabaseFixture& f)
    {
        const QStringList problems = IntegrityChecker(f.db).problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private slots:
    // Default programme: tiers at ¥0 / ¥1,000 / ¥3,000 / ¥8,000 paid in 12 months, 0/2/5/8 % off,
    // 1 point per whole yuan paid.
    void arithmetic_data()
    {
        QTest::addColumn<qint64>("priorSpend"); // paid 30 days earlier, fen
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("points");
        QTest::addColumn<int>("tierAfter");
        QTest::addColumn<bool>("changed");
        QTest::newRow("new member ¥100") << 0LL << 10000LL << 0LL << 10000LL << 100LL << 0 << false;
        QTest::newRow("points on whole yuan only") << 0LL << 9999LL << 0LL << 9999LL << 99LL << 0 << false;
        QTest::newRow("below one yuan earns nothing") << 0LL << 99LL << 0LL << 99LL << 0LL << 0 << false;
        QTest::newRow("crossing ¥1,000 upgrades at once")
            << 95000LL << 6000LL << 0LL << 6000LL << 60LL << 1 << true;
        QTest::newRow("exactly the threshold") << 95000LL << 5000LL << 0LL << 5000LL << 50LL << 1 << true;
        QTest::newRow("one fen short") << 95000LL << 4999LL << 0LL << 4999LL << 49LL << 0 << false;
        QTest::newRow("silver 2 % of ¥19.99 rounds half up")
            << 100000LL << 1999LL << 40LL << 1959LL << 19LL << 1 << false;
        QTest::newRow("gold 5 % of ¥1,234.56")
            << 300000LL << 123456LL << 6173LL << 117283LL << 1172LL << 2 << false;
        QTest::newRow("diamond 8 % of 6 fen is 0") << 800000LL << 6LL << 0LL << 6LL << 0LL << 3 << false;
        QTest::newRow("skip a tier in one purchase")
            << 0LL << 400000LL << 0LL << 400000LL << 4000LL << 2 << true;
    }
    void arithmetic()
    {
        QFETCH(qint64, priorSpend);
        QFETCH(qint64, gross);
        QFETCH(qint64, discount);
        QFETCH(qint64, paid);
        QFETCH(qint64, points);
        QFETCH(int, tierAfter);
        QFETCH(bool, changed);
        test::DatabaseFixture f;
        const qint64 id = addMember(f, u"A"_s);
        qint64 balance = 0;
        if (priorSpend > 0)
            balance = buy(f, id, priorSpend, 0, f.clock.now().addDays(-30)).pointsBalance;
        PurchaseRequest request;
        request.memberId = id;
        request.grossFen = gross;
        PurchaseQuote quote;
        QString error;
        QVERIFY(PurchaseService(f.context()).quote(request, &quote, &error));
        const PurchaseResult r = buy(f, id, gross);
        QCOMPARE(r.quote.discountFen, discount);
        QCOMPARE(r.quote.paidFen, paid);
        QCOMPARE(r.quote.grossFen - r.quote.discountFen - r.quote.redeemedFen, r.quote.paidFen);
        QCOMPARE(r.quote.pointsEarned, points);
        QCOMPARE(r.quote.tierAfter, tierAfter);
        QCOMPARE(r.tierChanged, changed);
        QCOMPARE(r.pointsBalance, balance + points);
        // The quote shown before Enter is exactly what was recorded.
        QCOMPARE(quote.paidFen, r.quote.paidFen);
        QCOMPARE(quote.pointsEarned, r.quote.pointsEarned);
        QCOMPARE(quote.tierAfter, r.quote.tierAfter);
        verifyIntegrity(f);
    }

    void theUsualTicketIsTheLastNinetyDaysAverage()
    {
        test::DatabaseFixture f;
        // No history: only the floor.
        UsualTicket usual = UsualTicket::of(f.db, f.clock.today());
        QCOMPARE(usual.purchases, 0);
        QCOMPARE(usual.confirmAboveFen, UsualTicket::kFloorFen);
        QVERIFY(!usual.isUnusual(UsualTicket::kFloorFen));
        QVERIFY(usual.isUnusual(UsualTicket::kFloorFen + 1));
        const qint64 id = addMember(f, u"A"_s);
        buy(f, id, 99999900, 0, f.clock.now().addDays(-91)); // outside the window
        const qint64 regular = addMember(f, u"R"_s);
        for (int i = 0; i < 10; ++i)
            buy(f, regular, 5000, 0, f.clock.now().addDays(-i)); // paid ¥50.00 each (no discount)
        usual = UsualTicket::of(f.db, f.clock.today());
        QCOMPARE(usual.purchases, 10);
        QCOMPARE(usual.averageFen, 5000);
        QCOMPARE(usual.confirmAboveFen, UsualTicket::kFloorFen); // 20 × ¥50 is below the floor
        // A shop of large tickets: 20 × its average.
        const qint64 big = addMember(f, u"B"_s);
        for (int i = 0; i < 10; ++i)
            buy(f, big, 50000000, 0, f.clock.now().addDays(-i));
        usual = UsualTicket::of(f.db, f.clock.today());
        QCOMPARE(usual.purchases, 20);
        QVERIFY(usual.averageFen > 5000);
        QCOMPARE(usual.confirmAboveFen, usual.averageFen * UsualTicket::kTimesAverage);
    }

    void spendOlderThanTwelveMonthsDoesNotCount()
    {
        test::DatabaseFixture f;
        const qint64 id = addMember(f, u"A"_s);
        buy(f, id, 90000, 0, f.clock.now().addMonths(-13));
        // Two months later the window holds both purchases: ¥1,100 → silver.
        QVERIFY(buy(f, id, 20000, 0, f.clock.now().addMonths(-11)).tierChanged);
        const PurchaseResult r = buy(f, id, 1000);        // 2 % off → ¥9.80 paid
        QCOMPARE(r.quote.tierSpendAfterFen, 20000 + 980); // today the ¥900 is out of the window
        QCOMPARE(r.quote.tierAfter, 1);                   // but a purchase never lowers the tier
        MemberProfile p;
        QString error;
        QVERIFY(MemberProfile::load(f.context(), id, &p, &error));
        QCOMPARE(p.tierSpendFen, 20980);
        QCOMPARE(p.toNextTierFen, 300000 - 20980);
        QCOMPARE(p.nextTier, 2);
        QCOMPARE(p.progressPermille, 0); // below silver's own threshold: no progress to gold yet
    }

    void refusesBadAmounts_data()
    {
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<qint64>("redeem");
        QTest::newRow("zero") << 0LL << 0LL;
        QTest::newRow("negative") << -100LL << 0LL;
        QTest::newRow("absurd") << kMaxPurchaseFen + 1 << 0LL;
        QTest::newRow("more points than the balance") << 10000LL << 500LL;
        QTest::newRow("negative points") << 10000LL << -5LL;
    }
    void refusesBadAmounts()
    {
        QFETCH(qint64, gross);
        QFETCH(qint64, redeem);
        test::DatabaseFixture f;
        const qint64 id = addMember(f, u"A"_s);
        buy(f, id, 30000); // 300 points
        const qint64 before = f.count(u"purchases"_s);
        PurchaseRequest r;
        r.memberId = id;
        r.grossFen = gross;
        r.redeemPoints = redeem;
        QString error;
        QVERIFY(!PurchaseService(f.context()).record(r, nullptr, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(f.count(u"purchases"_s), before);
        QCOMPARE(f.count(u"points_ledger"_s), 1);
        verifyIntegrity(f);
    }

    void unknownMemberRefused()
    {
        test::DatabaseFixture f;
        PurchaseRequest r;
        r.memberId = 42;
        r.grossFen = 100;
        QString error;
        QVERIFY(!PurchaseService(f.context()).record(r, nullptr, &error));
        QVERIFY(error.contains(u"42"_s));
    }

    void redeemPointsAsCashWithinTheCap()
    {
        test::DatabaseFixture f;
        const qint64 id = addMember(f, u"A"_s);
        buy(f, id, 80000); // 800 points
        // ¥10 purchase: at most 50 % may be paid with points = ¥5 = 500 points.
        PurchaseRequest r;
        r.memberId = id;
        r.grossFen = 1000;
        r.redeemPoints = 501;
        QString error;
        QVERIFY(!PurchaseService(f.context()).record(r, nullptr, &error));
        const PurchaseResult ok = buy(f, id, 1000, 500);
        QCOMPARE(ok.quote.redeemedFen, 500);
        QCOMPARE(ok.quote.paidFen, 500);
        QCOMPARE(ok.quote.pointsEarned, 5); // no points on the part paid with points
        QCOMPARE(ok.pointsBalance, 800 - 500 + 5);
        verifyIntegrity(f);
    }

    void voidReversesPointsTierAndIsFinal()
    {
        test::DatabaseFixture f;
        const qint64 id = addMember(f, u"A"_s);
        buy(f, id, 50000);
        const PurchaseResult big = buy(f, id, 60000); // crosses ¥1,000 → silver
        QVERIFY(big.tierChanged);
        const PurchaseResult small = buy(f, id, 2000, 200); // silver discount, uses points
        PurchaseService service(f.context());
        VoidResult v;
        QString error;
        QVERIFY(!service.voidPurchase(big.purchaseId, u"  "_s, &v, &error)); // reason required
        QVERIFY2(service.voidPurchase(big.purchaseId, u"customer returned the goods"_s, &v, &error),
                 qPrintable(error));
        QCOMPARE(v.pointsReversed, 600);
        QCOMPARE(v.tier, 0); // the tier this purchase bought is taken back
        QVERIFY(v.tierChanged);
        QVERIFY(!service.voidPurchase(big.purchaseId, u"again"_s, &v, &error));
        QVERIFY2(error.contains(u"already voided"_s), qPrintable(error));
        QCOMPARE(service.state(big.purchaseId), PurchaseService::State::Voided);
        QVERIFY(!service.voidPurchase(9999, u"x"_s, &v, &error));
        QCOMPARE(service.state(9999), PurchaseService::State::Missing);
        // The redeeming purchase: points come back exactly.
        QVERIFY(service.voidPurchase(small.purchaseId, u"mistake"_s, &v, &error));
        QCOMPARE(v.pointsReturned, 200);
        Member m;
        QVERIFY(MemberService(f.context()).get(id, &m));
        QCOMPARE(m.points, 500);
        QCOMPARE(m.visits, 1);
        QCOMPARE(m.paidTotalFen, 50000);
        QCOMPARE(f.count(u"purchases"_s), 3); // nothing deleted
        QCOMPARE(f.count(u"audit_log"_s), 2);
        verifyIntegrity(f);
    }

    void buyEarnRefundCannotBeRepeatedForProfit()
    {
        test::DatabaseFixture f;
        const qint64 id = addMember(f, u"A"_s);
        buy(f, id, 100000); // 1,000 points
        PurchaseService service(f.context());
        for (int round = 0; round < 5; ++round) {
            const PurchaseResult r = buy(f, id, 1000, 400); // spend 400 points (silver: ¥9.80 payable)
            VoidResult v;
            QString error;
            QVERIFY(service.voidPurchase(r.purchaseId, u"refund"_s, &v, &error));
        }
        Member m;
        QVERIFY(MemberService(f.context()).get(id, &m));
        QCOMPARE(m.points, 1000);
        verifyIntegrity(f);
    }

    void referralBonusOnceOnFirstPurchase()
    {
        test::DatabaseFixture f;
        const qint64 referrer = addMember(f, u"Referrer"_s);
        const qint64 friendId = addMember(f, u"Friend"_s, referrer);
        const PurchaseResult first = buy(f, friendId, 1000);
        buy(f, friendId, 1000);
        Member r;
        QVERIFY(MemberService(f.context()).get(referrer, &r));
        QCOMPARE(r.points, 100);
        VoidResult v;
        QString error;
        QVERIFY(PurchaseService(f.context()).voidPurchase(first.purchaseId, u"x"_s, &v, &error));
        QVERIFY(MemberService(f.context()).get(referrer, &r));
        QCOMPARE(r.points, 0); // the bonus went with the purchase that earned it…
        buy(f, friendId, 1000);
        QVERIFY(MemberService(f.context()).get(referrer, &r));
        QCOMPARE(r.points, 100); // …and came back once, not twice
        verifyIntegrity(f);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseService)
#include "TestPurchaseService.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyHelpers.h"
#include "TestDatabaseFixture.h"
#include "services/GiftCatalog.h"
#include "services/IntegrityChecker.h"
#include "services/PointsLedger.h"
#include "storage/Database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

class TestGiftCatalog : public QObject
{
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("stock");
        QTest::addColumn<bool>("ok");
        QTest::newRow("fine") << u"保温杯"_s << 500LL << 10 << true;
        QTest::newRow("no stock yet") << u"Umbrella"_s << 800LL << 0 << true;
        QTest::newRow("empty name") << u"  "_s << 500LL << 1 << false;
        QTest::newRow("long name") << QString(41, u'x') << 500LL << 1 << false;
        QTest::newRow("free") << u"Pen"_s << 0LL << 1 << false;
        QTest::newRow("negative stock") << u"Pen"_s << 10LL << -1 << false;
    }
    void validation()
    {
        QFETCH(QString, name);
        QFETCH(qint64, price);
        QFETCH(int, stock);
        QFETCH(bool, ok);
        DatabaseFixture f;
        qint64 id = 0;
        QString error;
        QCOMPARE(GiftCatalog(f.context()).add({name, price, stock, true}, &id, &error), ok);
        QCOMPARE(f.count(u"gifts"_s), ok ? 1 : 0);
        if (!ok)
            QVERIFY(!error.isEmpty());
    }

    void onlyTheOwnerEditsTheCatalogue()
    {
        DatabaseFixture f;
        GiftCatalog owner(f.context());
        GiftCatalog clerk(f.context(Role::Clerk));
        qint64 id = 0;
        QString error;
        QVERIFY(!clerk.add({u"Pen"_s, 100, 5, true}, &id, &error));
        QVERIFY(owner.add({u"Pen"_s, 100, 5, true}, &id, &error));
        QVERIFY(!clerk.update(id, {u"Pen"_s, 1, 5, true}, &error));
        QVERIFY(owner.update(id, {u"Blue pen"_s, 120, 7, false}, &error));
        Gift g;
        QVERIFY(owner.get(id, &g, &error));
        QCOMPARE(g.name, u"Blue pen"_s);
        QCOMPARE(g.pointsPrice, 120);
        QCOMPARE(g.stock, 7);
        QVERIFY(!g.active);
        QCOMPARE(owner.list(false).size(), 0);
        QCOMPARE(owner.list(true).size(), 1);
        QVERIFY(!owner.update(4242, {u"X"_s, 1, 1, true}, &error));
    }

    void redeem_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("stock");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorPart");
        // The member has 500 points.
        QTest::newRow("exactly affordable") << 500LL << 1 << true << true << QString();
        QTest::newRow("over-redeem") << 501LL << 3 << true << false << u"only 500"_s;
        QTest::newRow("out of stock") << 100LL << 0 << true << false << u"out of stock"_s;
        QTest::newRow("withdrawn") << 100LL << 3 << false << false << u"no longer offered"_s;
    }
    void redeem()
    {
        QFETCH(qint64, price);
        QFETCH(int, stock);
        QFETCH(bool, active);
        QFETCH(bool, ok);
        QFETCH(QString, errorPart);
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, 50000);
        GiftCatalog clerk(f.context(Role::Clerk)); // a clerk may hand out gifts
        qint64 id = 0;
        QString error;
        QVERIFY(GiftCatalog(f.context()).add({u"Mug"_s, price, stock, active}, &id, &error));
        GiftRedemption r;
        QCOMPARE(clerk.redeem(id, m, &r, &error), ok);
        Gift g;
        QVERIFY(clerk.get(id, &g, &error));
        if (ok) {
            QCOMPARE(g.stock, stock - 1);
            QCOMPARE(pointsOf(f, m), 500 - price);
            QCOMPARE(r.points, price);
            QCOMPARE(f.count(u"gift_redemptions"_s), 1);
            QCOMPARE(f.count(u"points_ledger WHERE kind = 'gift'"_s), 1);
            QCOMPARE(clerk.redemptionsOf(m).size(), 1);
        } else {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QCOMPARE(g.stock, stock);
            QCOMPARE(pointsOf(f, m), 500);
            QCOMPARE(f.count(u"gift_redemptions"_s), 0);
        }
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    }

    void lastOneGoesOnce()
    {
        DatabaseFixture f;
        const qint64 a = addMember(f, u"A"_s);
        buy(f, a, 100000);
        qint64 id = 0;
        QString error;
        QVERIFY(GiftCatalog(f.context()).add({u"Mug"_s, 100, 1, true}, &id, &error));
        QVERIFY(GiftCatalog(f.context()).redeem(id, a, nullptr, &error));
        QVERIFY(!GiftCatalog(f.context()).redeem(id, a, nullptr, &error));
        QVERIFY(error.contains(u"out of stock"_s));
        QCOMPARE(pointsOf(f, a), 900);
    }

    void checkFindsARedemptionWithoutItsPoints()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, 10000);
        qint64 id = 0;
        QString error;
        QVERIFY(GiftCatalog(f.context()).add({u"Mug"_s, 10, 2, true}, &id, &error));
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
        // A row written behind the service's back, pointing at the purchase's earn entry.
        QVERIFY(
            Sql::run(f.db,
                     u"INSERT INTO gift_redemptions(gift_id, member_id, ledger_id, time) SELECT %1, %2, id, "
                     "'2026-03-15T10:00:00' FROM points_ledger WHERE kind = 'earn'"_s.arg(id)
                         .arg(m),
                     &error));
        const QStringList problems = IntegrityChecker(f.db).problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"Gift redemption"_s), qPrintable(problems.first()));
    }

    void giftUsesTheSoonestExpiringPoints()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        moveTo(f, QDate(2026, 1, 10));
        buy(f, m, 10000); // 100, expire 2027-01-31
        moveTo(f, QDate(2026, 3, 10));
        buy(f, m, 30000); // 300, expire 2027-03-31
        qint64 id = 0;
        QString error;
        QVERIFY(GiftCatalog(f.context()).add({u"Mug"_s, 150, 2, true}, &id, &error));
        QVERIFY(GiftCatalog(f.context()).redeem(id, m, nullptr, &error));
        const auto open = PointsLedger(f.context()).openCredits(m, f.clock.today());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().points, 250);
        QCOMPARE(open.first().expiresOn, QDate(2027, 3, 31));
    }
};

QTEST_GUILESS_MAIN(TestGiftCatalog)
#include "TestGiftCatalog.moc"

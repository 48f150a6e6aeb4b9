// SPDX-License-Identifier: GPL-3.0-or-later
// The demo shop can be signed into with the accounts the README lists, and it has a store name of its own
// (reports and invitations print it) without overwriting one the owner chose. A purchase target gives
// exactly that many purchases in a shop that still looks like one (tiers, points, referrals, regulars and
// one-off visitors) and passes the integrity check; the same seed gives the same shop.
#include "TestDatabaseFixture.h"

#include "demo/DemoGenerator.h"
#include "reports/MonthlyReport.h"
#include "services/IntegrityChecker.h"
#include "services/UserService.h"
#include "storage/SettingsRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

/// Everything the generator writes about the shop's members and their history, row by row in id order.
QByteArray shopDigest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables{u"members"_s, u"purchases"_s, u"points_ledger"_s, u"points_allocations"_s,
                             u"tier_history"_s};
    for (const QString& table : tables) {
        QSqlQuery q(db.sql());
        if (!q.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table)))
            qFatal("cannot read %s", qPrintable(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void demoAccountsSignIn()
    {
        test::DatabaseFixture shop;
        QString error;
        QVERIFY2(DemoGenerator(shop.context()).generate({50, 2, 3}, nullptr, &error), qPrintable(error));
        UserService users(shop.context());
        QVERIFY(!users.needsOwnerSetup());
        const SignInResult owner = users.signIn(QString::fromUtf8(DemoGenerator::kDemoOwnerName),
                                                QString::fromUtf8(DemoGenerator::kDemoOwnerPassword));
        QVERIFY2(owner.ok(), qPrintable(owner.message));
        QCOMPARE(owner.actor.role, Role::Owner);
        const SignInResult clerk = users.signIn(QString::fromUtf8(DemoGenerator::kDemoClerkName),
                                                QString::fromUtf8(DemoGenerator::kDemoClerkPin));
        QVERIFY2(clerk.ok(), qPrintable(clerk.message));
        QCOMPARE(clerk.actor.role, Role::Clerk);
        QVERIFY(!users.signIn(QString::fromUtf8(DemoGenerator::kDemoClerkName), u"0000"_s).ok());

        QCOMPARE(SettingsRepository(shop.db).value(MonthlyReport::storeNameSettingsKey()),
                 QString::fromUtf8(DemoGenerator::kDemoStoreName));
    }

    void ownersStoreNameIsKept()
    {
        test::DatabaseFixture shop;
        QString error;
        QVERIFY(SettingsRepository(shop.db).setValue(MonthlyReport::storeNameSettingsKey(), u"老街杂货"_s,
                                                     &error));
        QVERIFY2(DemoGenerator(shop.context()).generate({20, 1, 4}, nullptr, &error), qPrintable(error));
        QCOMPARE(SettingsRepository(shop.db).value(MonthlyReport::storeNameSettingsKey()), u"老街杂货"_s);
    }

    void purchaseTargetIsExact_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("months"); // 0: chosen by the generator
        QTest::addColumn<qint64>("purchases");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("2,000 / 30,000, months chosen") << 2000 << 0 << qint64(30000) << quint64(1);
        QTest::newRow("2,000 / 30,000 over 24 months") << 2000 << 24 << qint64(30000) << quint64(1);
        QTest::newRow("2,000 / 12,000 over 36 months (rates down)")
            << 2000 << 36 << qint64(12000) << quint64(5);
        QTest::newRow("500 / 8,000 over 12 months (rates up)") << 500 << 12 << qint64(8000) << quint64(9);
        QTest::newRow("300 / 4,001, months chosen") << 300 << 0 << qint64(4001) << quint64(2);
    }

    void purchaseTargetIsExact()
    {
        QFETCH(int, members);
        QFETCH(int, months);
        QFETCH(qint64, purchases);
        QFETCH(quint64, seed);
        test::DatabaseFixture shop;
        shop.clock.setNow(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        DemoOptions options;
        options.members = members;
        options.months = months;
        options.purchases = purchases;
        options.seed = seed;
        DemoStats stats;
        QString error;
        QVERIFY2(DemoGenerator(shop.context()).generate(options, &stats, &error), qPrintable(error));
        QCOMPARE(stats.purchases, purchases);
        QCOMPARE(scalar(shop.db, u"SELECT count(*) FROM purchases"_s), purchases);
        QCOMPARE(scalar(shop.db, u"SELECT count(*) FROM members"_s), qint64(members));
        QCOMPARE(scalar(shop.db, u"SELECT sum(visits) FROM members"_s), purchases);
        if (months > 0)
            QCOMPARE(stats.months, months);
        else
            QVERIFY(stats.months >= 1 && stats.months <= 120);
        QVERIFY(stats.visitRateScale >= DemoGenerator::kMinVisitRateScale &&
                stats.visitRateScale <= DemoGenerator::kMaxVisitRateScale);
        // Nothing after the clock, nothing before the history's start.
        QVERIFY(scalar(shop.db, u"SELECT count(*) FROM purchases WHERE time > '2026-11-20T10:00:00'"_s) == 0);
        const QString start = QDate(2026, 11, 20).addMonths(-stats.months).toString(Qt::ISODate);
        QCOMPARE(scalar(shop.db, u"SELECT count(*) FROM members WHERE created_at < '%1'"_s.arg(start)), 0);

        // Still a shop: regulars and one-off visitors, tiers reached, points earned, redeemed and (in a
        // history longer than the rules' 12 months of validity) expired, referrals paid.
        const qint64 oneOff = scalar(shop.db, u"SELECT count(*) FROM members WHERE visits = 1"_s);
        const qint64 regulars = scalar(shop.db, u"SELECT count(*) FROM members WHERE visits >= 20"_s);
        QVERIFY2(oneOff * 10 >= members, qPrintable(u"one-off visitors: %1"_s.arg(oneOff)));
        QVERIFY2(regulars * 50 >= members, qPrintable(u"regulars: %1"_s.arg(regulars)));
        QVERIFY(scalar(shop.db, u"SELECT count(*) FROM members WHERE tier > 0"_s) > 0);
        QVERIFY(scalar(shop.db, u"SELECT count(*) FROM tier_history"_s) > 0);
        QStringList kinds{u"earn"_s, u"redeem"_s, u"referral"_s};
        if (stats.months > 13)
            kinds << u"expire"_s;
        for (const QString& kind : kinds)
            QVERIFY2(scalar(shop.db, u"SELECT count(*) FROM points_ledger WHERE kind = '%1'"_s.arg(kind)) > 0,
                     qPrintable(kind));
        QCOMPARE(scalar(shop.db, u"SELECT count(*) FROM points_ledger WHERE kind = 'earn'"_s), purchases);
        const QStringList problems = IntegrityChecker(shop.db).problems(true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }

    void sameSeedSameShop()
    {
        DemoOptions options;
        options.members = 400;
        options.purchases = 5000;
        options.seed = 11;
        QByteArray digests[3];
        for (int i = 0; i < 3; ++i) {
            test::DatabaseFixture shop;
            options.seed = i < 2 ? 11 : 12;
            DemoStats stats;
            QString error;
            QVERIFY2(DemoGenerator(shop.context()).generate(options, &stats, &error), qPrintable(error));
            QCOMPARE(stats.purchases, qint64(5000));
            digests[i] = shopDigest(shop.db);
        }
        QCOMPARE(digests[0], digests[1]);
        QVERIFY(digests[0] != digests[2]);
    }

    void noTargetKeepsTheMembersHabits()
    {
        // Without a target the rates are the members' own and the months the ones asked for.
        test::DatabaseFixture shop;
        DemoStats stats;
        QString error;
        QVERIFY2(DemoGenerator(shop.context()).generate({300, 6, 3}, &stats, &error), qPrintable(error));
        QCOMPARE(stats.months, 6);
        QCOMPARE(stats.visitRateScale, 1.0);
        QVERIFY(stats.purchases > 300);
        // The same shop with its own count as the target: the factor stays 1.
        test::DatabaseFixture again;
        DemoOptions options{300, 6, 3, stats.purchases};
        DemoStats targeted;
        QVERIFY2(DemoGenerator(again.context()).generate(options, &targeted, &error), qPrintable(error));
        QCOMPARE(targeted.visitRateScale, 1.0);
        QCOMPARE(shopDigest(again.db), shopDigest(shop.db));
    }

    void badTargetsAreRefused_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("months");
        QTest::addColumn<qint64>("purchases");
        QTest::addColumn<QString>("message");
        QTest::newRow("fewer purchases than members can make")
            << 1000 << 24 << qint64(10) << u"cannot make 10 purchases over 24 month"_s;
        QTest::newRow("more than the visit rates can reach")
            << 50 << 1 << qint64(100000) << u"cannot make 100,000 purchases over 1 month"_s;
        QTest::newRow("months chosen, still out of reach")
            << 20 << 0 << qint64(5000000) << u"over 120 month"_s;
        QTest::newRow("negative target") << 100 << 24 << qint64(-5) << u"purchase target must be from 1"_s;
        QTest::newRow("above the limit")
            << 100 << 24 << DemoGenerator::kMaxPurchases + 1 << u"purchase target must be from 1"_s;
        QTest::newRow("months chosen without a target") << 100 << 0 << qint64(0) << u"from 1 to 120 months"_s;
    }

    void badTargetsAreRefused()
    {
        QFETCH(int, members);
        QFETCH(int, months);
        QFETCH(qint64, purchases);
        QFETCH(QString, message);
        test::DatabaseFixture shop;
        DemoOptions options{members, months, 1, purchases};
        QString error;
        QVERIFY(!DemoGenerator(shop.context()).generate(options, nullptr, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(shop.count(u"members"_s), 0);
        QCOMPARE(shop.count(u"purchases"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"

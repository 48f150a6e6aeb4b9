// SPDX-License-Identifier: GPL-3.0-or-later
// Both CLV models fitted from the database, and the fit cache that keeps the member card fast.
#include "TestDatabaseFixture.h"
#include "analytics/ClvModel.h"
#include "demo/DemoGenerator.h"
#include "services/PurchaseService.h"
#include "storage/SettingsRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestClvModel : public QObject
{
    Q_OBJECT

private slots:
    void fitsAndCaches()
    {
        test::DatabaseFixture f;
        DemoOptions options;
        options.members = 300;
        options.months = 12;
        DemoStats stats;
        QString error;
        QVERIFY2(DemoGenerator(f.context()).generate(options, &stats, &error), qPrintable(error));

        ClvModel first;
        QVERIFY2(ClvModels::fit(f.db, f.clock.today(), TimeUnit::Week, &first, &error), qPrintable(error));
        QVERIFY(!first.fromCache);
        QVERIFY(first.purchases.ok && first.spend.ok);
        QCOMPARE(first.purchases.customers, int(first.customers.size()));
        QVERIFY(first.customers.size() > 100);

        ClvModel second;
        QVERIFY(ClvModels::fit(f.db, f.clock.today(), TimeUnit::Week, &second, &error));
        QVERIFY(second.fromCache);
        QCOMPARE(second.purchases.params.r, first.purchases.params.r);
        QCOMPARE(second.purchases.params.b, first.purchases.params.b);
        QCOMPARE(second.spend.params.v, first.spend.params.v);
        QCOMPARE(second.purchases.logLikelihood, first.purchases.logLikelihood);

        // Another unit or calibration end is another fit.
        ClvModel days;
        QVERIFY(ClvModels::fit(f.db, f.clock.today(), TimeUnit::Day, &days, &error));
        QVERIFY(!days.fromCache);
        QVERIFY(qAbs(days.purchases.params.alpha / first.purchases.params.alpha - 7) < 0.01);

        // A voided purchase changes the summaries: the cache is not used.
        QVERIFY(ClvModels::fit(f.db, f.clock.today(), TimeUnit::Week, &second, &error));
        QVERIFY(!second.fromCache); // the day-unit fit replaced the entry
        QVERIFY(ClvModels::fit(f.db, f.clock.today(), TimeUnit::Week, &second, &error));
        QVERIFY(second.fromCache);
        QSqlQuery q(f.db.sql());
        QVERIFY(q.exec(u"SELECT id FROM purchases WHERE voided_by IS NULL ORDER BY time DESC LIMIT 1"_s) &&
                q.next());
        VoidResult vr;
        QVERIFY2(PurchaseService(f.context()).voidPurchase(q.value(0).toLongLong(), u"test"_s, &vr, &error),
                 qPrintable(error));
        q.finish();
        QVERIFY(ClvModels::fit(f.db, f.clock.today(), TimeUnit::Week, &second, &error));
        QVERIFY(!second.fromCache);

        // A damaged cache entry is ignored.
        QVERIFY(SettingsRepository(f.db).setValue(QString::fromUtf16(ClvModels::kCacheKey), u"{nonsense"_s,
                                                  &error));
        QVERIFY(ClvModels::fit(f.db, f.clock.today(), TimeUnit::Week, &second, &error));
        QVERIFY(!second.fromCache);
        QVERIFY(second.purchases.ok);
    }

    void clearErrors()
    {
        test::DatabaseFixture f;
        ClvModel m;
        QString error;
        QVERIFY(!ClvModels::fit(f.db, f.clock.today(), TimeUnit::Week, &m, &error));
        QVERIFY2(error.contains(u"no purchases"_s), qPrintable(error));
        QVERIFY(!ClvModels::fit(f.db, QDate(), TimeUnit::Week, &m, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClvModel)
#include "TestClvModel.moc"

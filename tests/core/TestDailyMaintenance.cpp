// SPDX-License-Identifier: GPL-3.0-or-later
// The day's maintenance commits its points expiry in parts: the parts write exactly what one transaction
// wrote, a run stopped part-way is finished by the next, and the write lock is free between parts.
#include "TestDatabaseFixture.h"

#include "demo/DemoGenerator.h"
#include "services/DailyMaintenance.h"
#include "services/PurchaseService.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace md;
using namespace Qt::StringLiterals;

namespace {
// A shop with a year of purchases whose points lapse by the thousand when the clock moves on.
void makeShop(test::DatabaseFixture& f)
{
    QString error;
    DemoOptions options;
    options.members = 300;
    options.months = 12;
    options.seed = 11;
    if (!DemoGenerator(f.context()).generate(options, nullptr, &error))
        qFatal("demo: %s", qPrintable(error));
    // Fourteen months on: every credit of the first year has lapsed.
    f.clock.setNow(QDateTime(QDate(2027, 5, 2), QTime(8, 0)));
}

// Everything the sweep and the review write, ids included.
QByteArray fingerprint(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        u"SELECT id, member_id, time, delta, kind, purchase_id, expires_on, reason FROM points_ledger ORDER BY id"_s,
        u"SELECT debit_id, credit_id, points FROM points_allocations ORDER BY debit_id, credit_id"_s,
        u"SELECT id, points, tier, tier_since FROM members ORDER BY id"_s,
        u"SELECT member_id, time, from_tier, to_tier, reason FROM tier_history ORDER BY id"_s,
        u"SELECT day, kind, credit, debit FROM report_points_daily ORDER BY day, kind"_s,
        // The sweep's newest ledger id is left out: a stopped run's own entries come before it.
        u"SELECT key, value FROM settings WHERE key IN ('points_expiry_swept_before', "
        u"'maintenance_last_day') "
        u"ORDER BY key"_s,
    };
    for (const QString& sql : queries) {
        QSqlQuery q(db.sql());
        if (!q.exec(sql))
            qFatal("%s", qPrintable(sql));
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '|');
    }
    return hash.result().toHex();
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestDailyMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void partsWriteWhatOneTransactionWrites()
    {
        test::DatabaseFixture whole;
        test::DatabaseFixture parts;
        makeShop(whole);
        makeShop(parts);
        QCOMPARE(fingerprint(whole.db), fingerprint(parts.db));

        QString error;
        MaintenanceResult one;
        DailyMaintenance::Options all;
        all.expiryChunk = 1000000;
        QVERIFY2(DailyMaintenance(whole.context()).run(all, &one, &error), qPrintable(error));
        QVERIFY(one.ran);
        QVERIFY2(one.expiredEntries > 300, qPrintable(QString::number(one.expiredEntries)));

        MaintenanceResult split;
        DailyMaintenance::Options small;
        small.expiryChunk = 7;
        QList<qsizetype> reported;
        small.progress = [&](qsizetype done, qsizetype total) {
            reported.append(done);
            return done <= total;
        };
        QVERIFY2(DailyMaintenance(parts.context()).run(small, &split, &error), qPrintable(error));
        QCOMPARE(split.expiredEntries, one.expiredEntries);
        QCOMPARE(split.review.reviewed, one.review.reviewed);
        QCOMPARE(split.review.changes.size(), one.review.changes.size());
        QCOMPARE(fingerprint(parts.db), fingerprint(whole.db));
        // Told before each part and once at the end.
        QCOMPARE(reported.first(), 0);
        QCOMPARE(reported.size(), int((one.expiredEntries + 6) / 7) + 1);
        QCOMPARE(reported.last(), qsizetype(one.expiredEntries));
    }

    void aStoppedRunIsFinishedByTheNext()
    {
        test::DatabaseFixture whole;
        test::DatabaseFixture stopped;
        makeShop(whole);
        makeShop(stopped);
        QString error;
        MaintenanceResult one;
        QVERIFY2(DailyMaintenance(whole.context()).runIfDue(&one, &error), qPrintable(error));

        // Stopped before its third part: two parts are committed, the day is not marked done.
        DailyMaintenance::Options options;
        options.expiryChunk = 50;
        options.progress = [](qsizetype done, qsizetype) { return done < 100; };
        MaintenanceResult partial;
        QVERIFY(!DailyMaintenance(stopped.context()).run(options, &partial, &error));
        QVERIFY2(error.contains(u"100"_s) && error.contains(u"next run"_s), qPrintable(error));
        QCOMPARE(scalar(stopped.db, u"SELECT COUNT(*) FROM points_ledger WHERE kind = 'expire'"_s), 100);
        QVERIFY(DailyMaintenance(stopped.context()).lastRunDay() != stopped.clock.today());
        QCOMPARE(scalar(stopped.db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'maintenance.run'"_s),
                 scalar(whole.db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'maintenance.run'"_s) - 1);

        // The next run writes the rest, and the shop ends as if the first had not been stopped.
        MaintenanceResult rest;
        error.clear();
        QVERIFY2(DailyMaintenance(stopped.context()).runIfDue(&rest, &error), qPrintable(error));
        QVERIFY(rest.ran);
        QCOMPARE(rest.expiredEntries, one.expiredEntries - 100);
        QCOMPARE(fingerprint(stopped.db), fingerprint(whole.db));
        const QString newestSwept = u"SELECT value FROM settings WHERE key = 'points_expiry_swept_max_id'"_s;
        QCOMPARE(scalar(stopped.db, newestSwept), scalar(whole.db, newestSwept) + 100);
        // … and a run on the same day changes nothing.
        MaintenanceResult again;
        QVERIFY2(DailyMaintenance(stopped.context()).run(true, &again, &error), qPrintable(error));
        QCOMPARE(again.expiredEntries, 0);
        QVERIFY(again.review.changes.isEmpty());
    }

    void theCounterSellsBetweenParts()
    {
        test::DatabaseFixture shop;
        makeShop(shop);
        // The counter: a second connection to the same file, which would wait at most 200 ms for the lock.
        const int busyBefore = Database::busyTimeoutMs();
        Database::setBusyTimeoutMs(200);
        Database counter;
        QString error;
        QVERIFY2(counter.open(shop.path, &error), qPrintable(error));
        const ServiceContext counterCtx{counter, shop.clock, Actor{0, Role::Clerk, {}}};

        DailyMaintenance::Options options;
        options.expiryChunk = 40;
        int sales = 0;
        options.progress = [&](qsizetype done, qsizetype total) {
            if (done == 0 || done >= total)
                return true;
            PurchaseRequest sale;
            sale.memberId = 1 + sales % 300;
            sale.grossFen = 1000;
            PurchaseResult result;
            QString saleError;
            if (PurchaseService(counterCtx).record(sale, &result, &saleError))
                ++sales;
            else
                qWarning("sale between parts failed: %s", qPrintable(saleError));
            return true;
        };
        MaintenanceResult result;
        const bool ran = DailyMaintenance(shop.context()).run(options, &result, &error);
        Database::setBusyTimeoutMs(busyBefore);
        QVERIFY2(ran, qPrintable(error));
        QVERIFY(result.expiredEntries > 80);
        const int parts = int((result.expiredEntries + 39) / 40);
        QCOMPARE(sales, parts - 1);
        QCOMPARE(scalar(shop.db, u"SELECT COUNT(*) FROM purchases WHERE time >= '2027-05-02'"_s),
                 qint64(sales));
        // Each sale's points are open and none of the lapsed credits still holds any.
        QCOMPARE(
            scalar(shop.db,
                   u"SELECT COUNT(*) FROM points_ledger l WHERE l.delta > 0 AND l.expires_on < '2027-05-02' "
                   u"AND l.delta > COALESCE((SELECT SUM(points) FROM points_allocations a "
                   u"WHERE a.credit_id = l.id), 0)"_s),
            0);
    }

    void aSaleWaitingForTheLockGoesFirst()
    {
        test::DatabaseFixture shop;
        makeShop(shop);
        QSqlQuery fast(shop.db.sql());
        QVERIFY(fast.exec(u"PRAGMA synchronous = OFF"_s)); // many small parts, quickly

        // The counter on a thread of its own, selling once the maintenance has begun, with a busy timeout of
        // 300 ms (the app's is 5 s). Between two parts the lock is free only for a moment.
        std::atomic<bool> begun{false};
        std::atomic<bool> sold{false};
        QString saleError;
        const int busyBefore = Database::busyTimeoutMs();
        std::thread counter([&] {
            while (!begun)
                QThread::msleep(1);
            Database::setBusyTimeoutMs(300);
            Database db;
            QString error;
            if (!db.open(shop.path, &error)) {
                saleError = error;
                return;
            }
            PurchaseRequest sale;
            sale.memberId = 7;
            sale.grossFen = 2500;
            PurchaseResult result;
            if (PurchaseService({db, shop.clock, Actor{0, Role::Clerk, {}}}).record(sale, &result, &error))
                sold = true;
            else
                saleError = error;
        });
        DailyMaintenance::Options options;
        options.expiryChunk = 1;
        qsizetype partsAfterTheSale = 0;
        options.progress = [&](qsizetype done, qsizetype) {
            if (done > 0)
                begun = true;
            if (sold)
                ++partsAfterTheSale;
            return true;
        };
        MaintenanceResult result;
        QString error;
        const bool ran = DailyMaintenance(shop.context()).run(options, &result, &error);
        counter.join();
        Database::setBusyTimeoutMs(busyBefore);
        QVERIFY2(ran, qPrintable(error));
        QVERIFY2(sold, qPrintable(saleError));
        // It went in while the maintenance still had parts to write, not after the last.
        QVERIFY2(partsAfterTheSale > 10, qPrintable(QString::number(partsAfterTheSale)));
        QCOMPARE(scalar(shop.db, u"SELECT COUNT(*) FROM purchases WHERE time >= '2027-05-02'"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestDailyMaintenance)
#include "TestDailyMaintenance.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Both CLV models fitted from the database, and the fit cache that keeps the member card fast.
#include "CdnowSample.h"
#include "TestDatabaseFixture.h"
#include "analytics/ClvModel.h"
#include "demo/DemoGenerator.h"
#include "services/PurchaseService.h"
#include "storage/SettingsRepository.h"

#include <QSqlError>
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

    void parallelFitsAreTheSequentialFits()
    {
        // The Gamma-Gamma fit on a second thread gives the sequential fits bit for bit (== on doubles, not
        // QCOMPARE's fuzzy comparison), day and week units alike.
        test::DatabaseFixture f;
        DemoOptions options;
        options.members = 400;
        options.months = 12;
        DemoStats stats;
        QString error;
        QVERIFY2(DemoGenerator(f.context()).generate(options, &stats, &error), qPrintable(error));
        for (const TimeUnit unit : {TimeUnit::Week, TimeUnit::Day}) {
            ClvModel parallel;
            ClvModel sequential;
            QVERIFY2(ClvModels::fit(f.db, f.clock.today(), unit, &parallel, &error, false,
                                    ClvModels::Threads::Parallel),
                     qPrintable(error));
            QVERIFY2(ClvModels::fit(f.db, f.clock.today(), unit, &sequential, &error, false,
                                    ClvModels::Threads::Sequential),
                     qPrintable(error));
            QVERIFY(!parallel.fromCache && !sequential.fromCache);
            QVERIFY(parallel.purchases.ok && parallel.spend.ok);
            const BgNbdParams& p = parallel.purchases.params;
            const BgNbdParams& s = sequential.purchases.params;
            QVERIFY(p.r == s.r && p.alpha == s.alpha && p.a == s.a && p.b == s.b);
            QVERIFY(parallel.purchases.logLikelihood == sequential.purchases.logLikelihood);
            QCOMPARE(parallel.purchases.evaluations, sequential.purchases.evaluations);
            QCOMPARE(parallel.purchases.customers, sequential.purchases.customers);
            QCOMPARE(parallel.purchases.repeatCustomers, sequential.purchases.repeatCustomers);
            const GammaGammaParams& g = parallel.spend.params;
            const GammaGammaParams& h = sequential.spend.params;
            QVERIFY(g.p == h.p && g.q == h.q && g.v == h.v);
            QVERIFY(parallel.spend.logLikelihood == sequential.spend.logLikelihood);
            QCOMPARE(parallel.spend.evaluations, sequential.spend.evaluations);
            QCOMPARE(parallel.spend.customers, sequential.spend.customers);
        }
    }

    void parallelFitsReportTheSequentialError()
    {
        // One member who came back once: both models refuse; the owner reads BG/NBD's message either way.
        test::DatabaseFixture f;
        QSqlQuery q(f.db.sql());
        QVERIFY2(
            q.exec(u"INSERT INTO members(id, card, name, name_key, created_at, updated_at) VALUES(1, 'C1', "
                   "'Li', 'li', '2026-01-01T00:00:00', '2026-01-01T00:00:00')"_s),
            qPrintable(q.lastError().text()));
        for (const QString& time : {u"2026-03-01T12:00:00"_s, u"2026-05-01T12:00:00"_s})
            QVERIFY2(q.exec(u"INSERT INTO purchases(member_id, time, gross_fen, paid_fen, source) "
                            "VALUES(1, '%1', 1000, 1000, 'import')"_s.arg(time)),
                     qPrintable(q.lastError().text()));
        ClvModel m;
        QString parallelError;
        QString sequentialError;
        QVERIFY(!ClvModels::fit(f.db, f.clock.today(), TimeUnit::Week, &m, &parallelError, false,
                                ClvModels::Threads::Parallel));
        QVERIFY(!ClvModels::fit(f.db, f.clock.today(), TimeUnit::Week, &m, &sequentialError, false,
                                ClvModels::Threads::Sequential));
        QVERIFY2(parallelError.contains(u"second purchase day"_s), qPrintable(parallelError));
        QCOMPARE(parallelError, sequentialError);
    }

    void cdnowThroughTheDatabase()
    {
        // The CDNOW sample stored as members and purchases (as the import would store it): the fit from the
        // database gives the published estimates and keeps all 2,357 customers, $0 visits included.
        QVector<PurchaseHistory::Row> rows;
        QVERIFY(test::loadCdnowSample(&rows));
        test::DatabaseFixture f;
        {
            Transaction tx(f.db);
            QVERIFY(tx.isActive());
            QSqlQuery m(f.db.sql());
            QVERIFY(m.prepare(
                u"INSERT OR IGNORE INTO members(id, card, name, name_key, external_ref, created_at, "
                "updated_at) VALUES(?, ?, ?, ?, ?, '1997-01-01T00:00:00', '1997-01-01T00:00:00')"_s));
            QSqlQuery p(f.db.sql());
            QVERIFY(p.prepare(u"INSERT INTO purchases(member_id, time, gross_fen, paid_fen, source) "
                              "VALUES(?, ?, ?, ?, 'import')"_s));
            for (const PurchaseHistory::Row& r : rows) {
                const QString id = QString::number(r.memberId);
                m.addBindValue(r.memberId);
                m.addBindValue(u"C"_s + id);
                m.addBindValue(id);
                m.addBindValue(id);
                m.addBindValue(u"cdnow-"_s + id);
                QVERIFY2(m.exec(), qPrintable(m.lastError().text()));
                p.addBindValue(r.memberId);
                p.addBindValue(r.day.toString(u"yyyy-MM-dd"_s) + u"T12:00:00"_s);
                p.addBindValue(r.paidFen);
                p.addBindValue(r.paidFen);
                QVERIFY2(p.exec(), qPrintable(p.lastError().text()));
            }
            QString error;
            QVERIFY2(tx.commit(&error), qPrintable(error));
        }
        ClvModel model;
        QString error;
        QVERIFY2(ClvModels::fit(f.db, QDate(1997, 9, 30), TimeUnit::Week, &model, &error, false),
                 qPrintable(error));
        QCOMPARE(model.purchases.customers, 2357);
        const BgNbdParams& p = model.purchases.params;
        QVERIFY(qAbs(p.r / 0.243 - 1) < 0.005 && qAbs(p.alpha / 4.414 - 1) < 0.005);
        QVERIFY(qAbs(p.a / 0.793 - 1) < 0.005 && qAbs(p.b / 2.426 - 1) < 0.005);
        QVERIFY(qAbs(model.purchases.logLikelihood - -9582.4) < 0.05);
        const GammaGammaParams& g = model.spend.params;
        QCOMPARE(model.spend.customers, 946);
        QVERIFY(qAbs(g.p / 6.25 - 1) < 0.005 && qAbs(g.q / 3.74 - 1) < 0.005 &&
                qAbs(g.v / 15.44 - 1) < 0.005);
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Purchase history from the database: voids left out, local-day merging at midnight boundaries, profit
// fallback to the default margin, and the BG/NBD summaries built on it.
#include "TestDatabaseFixture.h"
#include "analytics/CustomerSummary.h"
#include "services/MemberService.h"
#include "services/PurchaseService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestCustomerSummary : public QObject
{
    Q_OBJECT

    static qint64 addMember(test::DatabaseFixture& f, const QString& name)
    {
        MemberInput in;
        in.name = name;
        Member m;
        MemberSaveError error;
        if (!MemberService(f.context()).add(in, &m, &error))
            qFatal("%s", qPrintable(error.message));
        return m.id;
    }
    static qint64 buy(test::DatabaseFixture& f, qint64 member, Fen gross, const QString& at, Fen profit = -1)
    {
        PurchaseRequest r;
        r.memberId = member;
        r.grossFen = gross;
        r.time = QDateTime::fromString(at, Qt::ISODate);
        r.hasProfit = profit >= 0;
        r.profitFen = std::max<Fen>(profit, 0);
        PurchaseResult result;
        QString error;
        if (!PurchaseService(f.context()).record(r, &result, &error))
            qFatal("purchase failed: %s", qPrintable(error));
        return result.purchaseId;
    }

private slots:
    void loadsDaysWithoutVoids()
    {
        test::DatabaseFixture f;
        const qint64 a = addMember(f, u"甲"_s);
        addMember(f, u"乙"_s); // never buys
        const qint64 c = addMember(f, u"丙"_s);
        buy(f, a, 1000, u"2026-01-31T23:59:59"_s);
        buy(f, a, 2000, u"2026-02-01T00:00:00"_s);
        buy(f, a, 500, u"2026-02-01T18:00:00"_s);
        const qint64 voided = buy(f, a, 3000, u"2026-02-10T12:00:00"_s);
        buy(f, a, 4000, u"2026-03-01T09:00:00"_s, 800);
        {
            // A visit worth nothing is still a visit (imports keep such rows; the counter refuses them).
            QSqlQuery q(f.db.sql());
            q.prepare(u"INSERT INTO purchases(member_id, time, gross_fen, paid_fen, source) "
                      "VALUES(?, '2026-02-20T10:00:00', 0, 0, 'import')"_s);
            q.addBindValue(c);
            QVERIFY(q.exec());
        }
        VoidResult vr;
        QString error;
        QVERIFY2(PurchaseService(f.context()).voidPurchase(voided, u"wrong member"_s, &vr, &error),
                 qPrintable(error));

        PurchaseHistory h;
        QVERIFY2(PurchaseHistory::load(f.db, QDate(2026, 2, 28), 2000, &h, &error), qPrintable(error));
        QCOMPARE(h.memberCount(), 2);
        QCOMPARE(h.memberId(0), a);
        QCOMPARE(h.dayCount(0), 2); // Jan 31 and Feb 1; the void and March are not there
        QCOMPARE(h.totalPurchases(), 4);
        const PurchaseDay* d = h.daysBegin(0);
        QCOMPARE(QDate::fromJulianDay(d[0].julianDay), QDate(2026, 1, 31));
        QCOMPARE(d[0].paidFen, 1000);
        QCOMPARE(d[0].profitFen, 200); // 20 % default margin
        QCOMPARE(QDate::fromJulianDay(d[1].julianDay), QDate(2026, 2, 1));
        QCOMPARE(d[1].paidFen, 2500);
        QCOMPARE(d[1].purchases, 2);
        QCOMPARE(d[1].profitFen, 500);
        QCOMPARE(h.memberId(1), c);
        QCOMPARE(h.daysBegin(1)->paidFen, 0);

        // 23:59:59 belongs to its own day.
        QVERIFY(PurchaseHistory::load(f.db, QDate(2026, 1, 31), 2000, &h, &error));
        QCOMPARE(h.memberCount(), 1);
        QCOMPARE(h.dayCount(0), 1);

        // Recorded profit wins over the default margin.
        QVERIFY(PurchaseHistory::load(f.db, QDate(), 2000, &h, &error));
        QCOMPARE((h.daysEnd(0) - 1)->profitFen, 800);

        QVector<CustomerSummary> s;
        QVERIFY2(CustomerSummaries::build(h, QDate(2026, 3, 1), TimeUnit::Day, &s, &error),
                 qPrintable(error));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].memberId, a);
        QCOMPARE(s[0].x, 2); // Feb 1 and Mar 1 are repeats of Jan 31
        QCOMPARE(s[0].tx, 29.0);
        QCOMPARE(s[0].T, 29.0);
        QCOMPARE(s[0].meanRepeatSpend, 32.5); // (25 + 40) / 2 yuan
        QCOMPARE(s[0].totalPaidFen, 7500);
        QCOMPARE(s[1].x, 0);
        QCOMPARE(s[1].T, 9.0);
        QCOMPARE(s[1].meanRepeatSpend, 0.0);

        QVERIFY(CustomerSummaries::build(h, QDate(2026, 3, 1), TimeUnit::Week, &s, &error));
        QCOMPARE(s[0].T, 29.0 / 7);

        // The calibration end before the first purchase is refused with both dates.
        QVERIFY(!CustomerSummaries::build(h, QDate(2026, 1, 30), TimeUnit::Day, &s, &error));
        QVERIFY(error.contains(u"2026-01-30"_s) && error.contains(u"2026-01-31"_s));
    }

    void indexAndTableScanGiveTheSameHistory()
    {
        // Rows inserted out of member and time order, a void, two purchases in one day: the history read
        // from purchases_member (schema 10, in member and time order) equals the one read by scanning the
        // table and sorting (the fallback when the index is missing).
        test::DatabaseFixture f;
        const qint64 a = addMember(f, u"甲"_s);
        const qint64 b = addMember(f, u"乙"_s);
        const qint64 c = addMember(f, u"丙"_s);
        buy(f, c, 700, u"2026-03-02T09:00:00"_s);
        buy(f, a, 1000, u"2026-03-05T10:00:00"_s, 300);
        buy(f, b, 1500, u"2026-01-09T11:00:00"_s);
        buy(f, a, 2000, u"2026-01-04T12:00:00"_s);
        buy(f, c, 900, u"2026-03-02T19:30:00"_s);
        const qint64 voided = buy(f, b, 2500, u"2026-02-01T08:00:00"_s);
        buy(f, a, 400, u"2026-02-14T23:59:59"_s);
        buy(f, b, 100, u"2025-12-31T23:00:00"_s);
        VoidResult vr;
        QString error;
        QVERIFY2(PurchaseService(f.context()).voidPurchase(voided, u"wrong member"_s, &vr, &error),
                 qPrintable(error));

        const auto flatten = [](const PurchaseHistory& h) {
            QStringList rows;
            for (int i = 0; i < h.memberCount(); ++i)
                for (const PurchaseDay* d = h.daysBegin(i); d != h.daysEnd(i); ++d)
                    rows << u"%1 %2 %3 %4 %5"_s.arg(h.memberId(i))
                                .arg(QDate::fromJulianDay(d->julianDay).toString(Qt::ISODate))
                                .arg(d->paidFen)
                                .arg(d->profitFen)
                                .arg(d->purchases);
            return rows;
        };
        PurchaseHistory indexed, scanned, indexedUpTo, scannedUpTo;
        QVERIFY2(PurchaseHistory::load(f.db, QDate(), 2000, &indexed, &error), qPrintable(error));
        QVERIFY2(PurchaseHistory::load(f.db, QDate(2026, 3, 1), 2000, &indexedUpTo, &error),
                 qPrintable(error));
        QSqlQuery q(f.db.sql());
        QVERIFY(q.exec(u"DROP INDEX purchases_member"_s));
        QVERIFY2(PurchaseHistory::load(f.db, QDate(), 2000, &scanned, &error), qPrintable(error));
        QVERIFY2(PurchaseHistory::load(f.db, QDate(2026, 3, 1), 2000, &scannedUpTo, &error),
                 qPrintable(error));

        // (Tier discounts make some paid amounts differ from the gross: the two reads are compared.)
        QCOMPARE(flatten(indexed), flatten(scanned));
        QCOMPARE(indexed.memberCount(), 3);
        QCOMPARE(indexed.memberId(0), a);
        QCOMPARE(indexed.memberId(1), b);
        QCOMPARE(indexed.memberId(2), c);
        QCOMPARE(indexed.dayCount(0), 3);
        QCOMPARE(indexed.dayCount(1), 2); // the voided purchase left out
        QCOMPARE(indexed.dayCount(2), 1);
        QCOMPARE(indexed.daysBegin(2)->purchases, 2);
        QCOMPARE(QDate::fromJulianDay(indexed.daysBegin(1)->julianDay), QDate(2025, 12, 31));
        QCOMPARE(indexed.totalPurchases(), 7);
        QCOMPARE(scanned.totalPurchases(), 7);
        QCOMPARE(flatten(indexedUpTo), flatten(scannedUpTo));
        QCOMPARE(indexedUpTo.memberCount(), 2); // c bought in March only
    }

    void emptyDatabase()
    {
        test::DatabaseFixture f;
        PurchaseHistory h;
        QString error;
        QVERIFY(PurchaseHistory::load(f.db, QDate(2026, 3, 1), 2000, &h, &error));
        QVERIFY(h.isEmpty());
        QVector<CustomerSummary> s;
        QVERIFY(!CustomerSummaries::build(h, QDate(2026, 3, 1), TimeUnit::Day, &s, &error));
        QVERIFY(!error.isEmpty());
    }

    void timeUnits()
    {
        TimeUnit u = TimeUnit::Day;
        QVERIFY(parseTimeUnit(u"Week"_s, &u) && u == TimeUnit::Week);
        QVERIFY(parseTimeUnit(u"days"_s, &u) && u == TimeUnit::Day);
        QVERIFY(!parseTimeUnit(u"month"_s, &u));
        QCOMPARE(unitDays(TimeUnit::Week), 7.0);
    }
};

QTEST_GUILESS_MAIN(TestCustomerSummary)
#include "TestCustomerSummary.moc"

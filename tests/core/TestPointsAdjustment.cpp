// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyHelpers.h"
#include "TestDatabaseFixture.h"
#include "services/IntegrityChecker.h"
#include "services/PointsAdjustment.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

class TestPointsAdjustment : public QObject
{
    Q_OBJECT

private slots:
    void adjust_data()
    {
        QTest::addColumn<bool>("clerk");
        QTest::addColumn<qint64>("points");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<QString>("errorPart");
        // The member starts with 300 points.
        QTest::newRow("add") << false << 200LL << u"goodwill"_s << true << 500LL << QString();
        QTest::newRow("take some") << false << -120LL << u"correction"_s << true << 180LL << QString();
        QTest::newRow("take all") << false << -300LL << u"card merged"_s << true << 0LL << QString();
        QTest::newRow("below zero refused")
            << false << -301LL << u"oops"_s << false << 300LL << u"cannot take more than that"_s;
        QTest::newRow("reason required") << false << 50LL << u"   "_s << false << 300LL << u"reason"_s;
        QTest::newRow("zero refused") << false << 0LL << u"nothing"_s << false << 300LL << u"0 points"_s;
        QTest::newRow("too large") << false << 10000001LL << u"typo"_s << false << 300LL << u"at most"_s;
        QTest::newRow("clerk refused") << true << 50LL << u"friend"_s << false << 300LL << u"owner"_s;
        QTest::newRow("clerk refused, negative")
            << true << -50LL << u"friend"_s << false << 300LL << u"owner"_s;
    }
    void adjust()
    {
        QFETCH(bool, clerk);
        QFETCH(qint64, points);
        QFETCH(QString, reason);
        QFETCH(bool, ok);
        QFETCH(qint64, balance);
        QFETCH(QString, errorPart);
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, 30000);
        const qint64 auditBefore = f.count(u"audit_log"_s);
        PointsAdjustment service(f.context(clerk ? Role::Clerk : Role::Owner));
        PointsAdjustment::Result result;
        QString error;
        QCOMPARE(service.adjust(m, points, reason, &result, &error), ok);
        QCOMPARE(pointsOf(f, m), balance);
        QCOMPARE(ledgerSum(f, m), balance);
        if (ok) {
            QCOMPARE(result.pointsBalance, balance);
            QSqlQuery q(f.db.sql());
            q.prepare(u"SELECT delta, kind, reason, expires_on FROM points_ledger WHERE id = ?"_s);
            q.addBindValue(result.ledgerId);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toLongLong(), points);
            QCOMPARE(q.value(1).toString(), u"adjust"_s);
            QCOMPARE(q.value(2).toString(), reason);
            if (points > 0)
                QCOMPARE(q.value(3).toString(), u"2027-03-31"_s);
            QCOMPARE(f.count(u"audit_log"_s), auditBefore + 1);
        } else {
            QVERIFY2(error.contains(errorPart, Qt::CaseInsensitive), qPrintable(error));
            QCOMPARE(f.count(u"points_ledger WHERE kind = 'adjust'"_s), 0);
            QCOMPARE(f.count(u"audit_log"_s), auditBefore);
        }
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    }

    void expiredPointsCannotBeTaken()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        buy(f, m, 30000);             // expires 2027-03-31
        moveTo(f, QDate(2027, 4, 2)); // lapsed but not yet swept: the balance still shows 300
        QString error;
        QVERIFY(!PointsAdjustment(f.context()).adjust(m, -10, u"x"_s, nullptr, &error));
        QVERIFY(!PointsAdjustment(f.context()).adjust(999, 10, u"x"_s, nullptr, &error));
        QVERIFY(error.contains(u"999"_s));
    }
};

QTEST_GUILESS_MAIN(TestPointsAdjustment)
#include "TestPointsAdjustment.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The sale's fast path: statements prepared on the sqlite3 handle and kept per connection
// (Database::sqliteStatement), the member's ledger read in one pass (PointsLedger::standing), the stored
// date and time formats written and read by hand.
#include "LoyaltyHelpers.h"
#include "TestDatabaseFixture.h"
#include "common/Clock.h"
#include "services/IntegrityChecker.h"
#include "services/PointsLedger.h"
#include "services/PurchaseService.h"
#include "storage/SqliteStatement.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {
qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

qint64 countMembers(Database& db)
{
    SqliteStatement* q = db.sqliteStatement("SELECT count(*) FROM members");
    if (!q)
        return -1;
    const qint64 n = q->next() ? q->integer(0) : -1;
    q->done();
    return n;
}
} // namespace

class TestSaleStatements : public QObject
{
    Q_OBJECT

private slots:
    void cachedStatementIsPreparedOnce()
    {
        DatabaseFixture f;
        static const char* const kCount = "SELECT count(*) FROM members";
        SqliteStatement* first = f.db.sqliteStatement(kCount);
        QVERIFY(first);
        QCOMPARE(f.db.sqliteStatement(kCount), first);
        QVERIFY(f.db.sqliteStatement("SELECT count(*) FROM purchases") != first);
        addMember(f, u"Wang Fang"_s);
        QCOMPARE(countMembers(f.db), 1);
    }

    // close() finalizes the statements before the connection goes (Qt would warn and leave the file
    // open otherwise); the same Database reopened — here on another file — prepares them again.
    void cachedStatementsSurviveCloseAndReopen()
    {
        // Qt warns when a connection is removed while something still uses it.
        QTest::failOnWarning(QRegularExpression(u"still in use"_s));
        DatabaseFixture f;
        addMember(f, u"Wang Fang"_s);
        addMember(f, u"Li Lei"_s);
        QCOMPARE(countMembers(f.db), 2);
        const QString path = f.path;
        f.db.close();
        QString error;
        QVERIFY(!f.db.sqliteStatement("SELECT count(*) FROM members", &error));
        QVERIFY2(error.contains(u"not open"_s), qPrintable(error));

        const QString other = f.dir.filePath(u"other.db"_s);
        QVERIFY2(f.db.open(other, &error), qPrintable(error));
        QCOMPARE(countMembers(f.db), 0); // the new file, not the old connection's
        addMember(f, u"Zhang Wei"_s);
        QCOMPARE(countMembers(f.db), 1);

        QVERIFY2(f.db.open(path, &error), qPrintable(error)); // open() closes the other file first
        QCOMPARE(countMembers(f.db), 2);
        const qint64 id = addMember(f, u"Chen Jing"_s);
        QVERIFY(buy(f, id, 12'345) > 0); // the sale's own statements, prepared again
        QCOMPARE(pointsOf(f, id), 123);
    }

    void statementThatDoesNotPrepareSaysWhy()
    {
        DatabaseFixture f;
        QString error;
        QVERIFY(!f.db.sqliteStatement("SELECT id FROM no_such_table", &error));
        QVERIFY2(error.contains(u"no_such_table"_s), qPrintable(error));
        // Not cached: asking again gives the same answer.
        error.clear();
        QVERIFY(!f.db.sqliteStatement("SELECT id FROM no_such_table", &error));
        QVERIFY(!error.isEmpty());
    }

    // BEGIN and COMMIT run on the handle: a rolled-back transaction leaves nothing, a committed one
    // is there for another connection, and a second writer waits, then says the database is busy.
    void transactionsOnTheHandle()
    {
        DatabaseFixture f;
        const qint64 member = addMember(f, u"Wang Fang"_s);
        {
            Transaction tx(f.db);
            QVERIFY(tx.isActive());
            QString error;
            PointsLedger::Entry e{member, 50, u"adjust"_s, 0, {}, u"test"_s, {}};
            QVERIFY2(PointsLedger(f.context()).credit(e, nullptr, &error), qPrintable(error));
        } // rolled back
        QCOMPARE(pointsOf(f, member), 0);

        Database::setBusyTimeoutMs(50);
        Database other;
        QString error;
        QVERIFY2(other.open(f.path, &error), qPrintable(error));
        Transaction holder(f.db);
        QVERIFY(holder.isActive());
        {
            Transaction waiting(other);
            QVERIFY(!waiting.isActive());
            QVERIFY2(waiting.error().startsWith(u"Cannot start writing: the database is busy"_s),
                     qPrintable(waiting.error()));
        }
        PointsLedger::Entry e{member, 70, u"adjust"_s, 0, {}, u"test"_s, {}};
        QVERIFY2(PointsLedger(f.context()).credit(e, nullptr, &error), qPrintable(error));
        QVERIFY2(holder.commit(&error), qPrintable(error));
        QVERIFY(!holder.commit(&error)); // once
        QCOMPARE(scalar(other, u"SELECT points FROM members WHERE id = %1"_s.arg(member)), 70);
        Database::setBusyTimeoutMs(5000);
    }

    // standing() reads in one pass what available() and a credit's debt search read in two.
    void standingMatchesAvailableAndDebts()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"Wang Fang"_s);
        moveTo(f, QDate(2026, 1, 10));
        buy(f, m, 10'000); // 100 points, expiring 2027-01-31
        moveTo(f, QDate(2026, 3, 15));
        buy(f, m, 20'000); // 200 points
        QString error;
        qint64 debitId = 0;
        {
            // An adjustment larger than what is there: 300 points spent, 200 owed.
            Transaction tx(f.db);
            PointsLedger::Entry e{m, 500, u"adjust"_s, 0, {}, u"correction"_s, {}};
            QVERIFY2(PointsLedger(f.context()).debit(e, &debitId, &error), qPrintable(error));
            QVERIFY2(tx.commit(&error), qPrintable(error));
        }
        PointsLedger ledger(f.context());
        PointsLedger::Standing s;
        QVERIFY2(ledger.standing(m, f.clock.today(), pointsOf(f, m), &s, &error), qPrintable(error));
        QCOMPARE(s.available, 0);
        QCOMPARE(s.available, ledger.available(m, f.clock.today()));
        QCOMPARE(s.debts.size(), 1);
        QCOMPARE(s.debts.first().debitId, debitId);
        QCOMPARE(s.debts.first().points, 200);

        // The next sale's 150 points repay 150 of the debt first; the sale reports the stored balance.
        PurchaseRequest r;
        r.memberId = m;
        r.grossFen = 15'000;
        PurchaseResult result;
        QVERIFY2(PurchaseService(f.context()).record(r, &result, &error), qPrintable(error));
        QCOMPARE(result.quote.pointsEarned, 150);
        QCOMPARE(result.pointsBalance, pointsOf(f, m));
        QCOMPARE(result.pointsBalance, -50);
        QCOMPARE(scalar(f.db, u"SELECT points FROM points_allocations WHERE debit_id = %1 AND credit_id = "
                              "(SELECT MAX(id) FROM points_ledger)"_s.arg(debitId)),
                 150);
        QVERIFY2(ledger.standing(m, f.clock.today(), pointsOf(f, m), &s, &error), qPrintable(error));
        QCOMPARE(s.debts.size(), 1);
        QCOMPARE(s.debts.first().points, 50);
        QCOMPARE(s.available, ledger.available(m, f.clock.today()));

        // Paid back in full: the one after is spendable again, and the quote in the result says how much.
        buy(f, m, 10'000);
        QVERIFY2(ledger.standing(m, f.clock.today(), pointsOf(f, m), &s, &error), qPrintable(error));
        QVERIFY(s.debts.isEmpty());
        QCOMPARE(s.available, 50);
        QCOMPARE(s.available, ledger.available(m, f.clock.today()));
        r.grossFen = 10'000;
        QVERIFY2(PurchaseService(f.context()).record(r, &result, &error), qPrintable(error));
        QCOMPARE(result.quote.maxRedeemablePoints, 50);
        QCOMPARE(result.pointsBalance, 150);
        const QStringList problems = IntegrityChecker(f.db).problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Expired credits do not count as available; the standing is taken as of the sale's day.
    void standingLeavesOutLapsedCredits()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"Wang Fang"_s);
        moveTo(f, QDate(2026, 1, 10));
        buy(f, m, 10'000); // expires 2027-01-31
        moveTo(f, QDate(2026, 6, 10));
        buy(f, m, 5'000); // expires 2027-06-30
        PointsLedger ledger(f.context());
        PointsLedger::Standing s;
        QString error;
        for (const QDate& day : {QDate(2027, 1, 31), QDate(2027, 2, 1), QDate(2027, 7, 1)}) {
            QVERIFY2(ledger.standing(m, day, pointsOf(f, m), &s, &error), qPrintable(error));
            QCOMPARE(s.available, ledger.available(m, day));
            QVERIFY(s.debts.isEmpty());
        }
        QVERIFY2(ledger.standing(m, QDate(2027, 2, 1), pointsOf(f, m), &s, &error), qPrintable(error));
        QCOMPARE(s.available, 50);
    }

    void storedTimeFormatsAreQtsFormats()
    {
        const QList<QDateTime> times = {
            QDateTime(QDate(2026, 11, 20), QTime(10, 0)),      QDateTime(QDate(2026, 1, 1), QTime(0, 0, 1)),
            QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59)), QDateTime(QDate(1, 2, 3), QTime(4, 5, 6)),
            QDateTime(QDate(9999, 12, 31), QTime(12, 0)),      QDateTime(QDate(12345, 1, 1), QTime(1, 2, 3)),
            QDateTime(QDate(-44, 3, 15), QTime(12, 0)),        QDateTime(),
        };
        for (const QDateTime& t : times) {
            QCOMPARE(toStoredTime(t), t.toString(u"yyyy-MM-ddTHH:mm:ss"_s));
            QCOMPARE(toStoredDate(t.date()), t.date().toString(u"yyyy-MM-dd"_s));
        }
        const QStringList texts = {
            u"2026-11-20"_s, u"2024-02-29"_s, u"2026-02-29"_s, u"2026-02-30"_s,
            u"2026-13-01"_s, u"2026-00-10"_s, u"2026-01-00"_s, u"0000-01-01"_s,
            u"0001-01-01"_s, u"2026-1-05"_s,  u"2026/01/05"_s, u"２０２６-01-05"_s,
            u"abcd-ef-gh"_s, u""_s,           QString(),       u"2026-01-05T10:00:00"_s};
        for (const QString& text : texts)
            QCOMPARE(fromStoredDate(text), QDate::fromString(text, u"yyyy-MM-dd"_s));
    }
};

QTEST_GUILESS_MAIN(TestSaleStatements)
#include "TestSaleStatements.moc"

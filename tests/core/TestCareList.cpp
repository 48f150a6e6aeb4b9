// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyHelpers.h"
#include "TestDatabaseFixture.h"
#include "services/CareList.h"
#include "services/CareRecords.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

// The fixture's clock: Sunday 2026-03-15 10:00.
class TestCareList : public QObject
{
    Q_OBJECT

    static QVector<CareRow> rowsOf(DatabaseFixture& f, qint64 member, bool includeDone = false)
    {
        CareList::Result r;
        QString error;
        if (!CareList(f.context()).load(&r, &error, includeDone))
            qFatal("care list: %s", qPrintable(error));
        QVector<CareRow> out;
        for (const CareRow& row : r.rows) {
            if (row.memberId == member)
                out.append(row);
        }
        return out;
    }
    static QStringList kindsOf(DatabaseFixture& f, qint64 member)
    {
        QStringList kinds;
        for (const CareRow& r : rowsOf(f, member))
            kinds << r.kindKey;
        return kinds;
    }

private slots:
    void birthdays_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("birthday");
        QTest::addColumn<QString>("kind"); // empty: not on the list
        QTest::addColumn<QDate>("refDate");
        QTest::newRow("today") << QDate(2026, 3, 15) << QDate(1990, 3, 15) << u"birthday_today"_s
                               << QDate(2026, 3, 15);
        QTest::newRow("in three days")
            << QDate(2026, 3, 15) << QDate(1985, 3, 18) << u"birthday_week"_s << QDate(2026, 3, 18);
        QTest::newRow("sixth day ahead")
            << QDate(2026, 3, 15) << QDate(1985, 3, 21) << u"birthday_week"_s << QDate(2026, 3, 21);
        QTest::newRow("a week ahead is too far")
            << QDate(2026, 3, 15) << QDate(1985, 3, 22) << QString() << QDate();
        QTest::newRow("yesterday is past")
            << QDate(2026, 3, 15) << QDate(1985, 3, 14) << QString() << QDate();
        QTest::newRow("across the new year")
            << QDate(2026, 12, 29) << QDate(2000, 1, 2) << u"birthday_week"_s << QDate(2027, 1, 2);
        QTest::newRow("29 Feb on the 28th in a common year")
            << QDate(2027, 2, 28) << QDate(1992, 2, 29) << u"birthday_today"_s << QDate(2027, 2, 28);
        QTest::newRow("29 Feb in a leap year")
            << QDate(2028, 2, 27) << QDate(1992, 2, 29) << u"birthday_week"_s << QDate(2028, 2, 29);
    }
    void birthdays()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, birthday);
        QFETCH(QString, kind);
        QFETCH(QDate, refDate);
        DatabaseFixture f;
        moveTo(f, today);
        const qint64 m = addMember(f, u"A"_s, birthday);
        const QVector<CareRow> rows = rowsOf(f, m);
        if (kind.isEmpty()) {
            QVERIFY(rows.isEmpty());
            return;
        }
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().kindKey, kind);
        QCOMPARE(rows.first().refDate, refDate);
        QCOMPARE(rows.first().key, u"%1:%2:%3"_s.arg(kind).arg(m).arg(refDate.toString(Qt::ISODate)));
    }

    // Default tiers: silver ¥1,000 (near within ¥100), gold ¥3,000 (near within ¥300), diamond ¥8,000 (¥800).
    void nearNextTier_data()
    {
        QTest::addColumn<qint64>("first");  // gross, 40 days ago
        QTest::addColumn<qint64>("second"); // gross, today (0: none)
        QTest::addColumn<qint64>("gap");    // -1: not on the list
        QTest::addColumn<QString>("next");
        QTest::newRow("¥85 to silver") << 91500LL << 0LL << 8500LL << u"Silver"_s;
        QTest::newRow("exactly ¥100 to silver") << 90000LL << 0LL << 10000LL << u"Silver"_s;
        QTest::newRow("¥110 to silver is not near") << 89000LL << 0LL << -1LL << QString();
        // Silver after ¥1,000; then ¥1,800 at 2 % off = ¥1,764 → ¥2,764, ¥236 to gold (within 10 % = ¥300).
        QTest::newRow("¥236 to gold") << 100000LL << 180000LL << 23600LL << u"Gold"_s;
        QTest::newRow("far from gold") << 100000LL << 100000LL << -1LL << QString();
    }
    void nearNextTier()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        QFETCH(qint64, gap);
        QFETCH(QString, next);
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        moveTo(f, QDate(2026, 2, 3));
        buy(f, m, first);
        moveTo(f, QDate(2026, 3, 15));
        if (second > 0)
            buy(f, m, second);
        const QVector<CareRow> rows = rowsOf(f, m);
        if (gap < 0) {
            QVERIFY(!kindsOf(f, m).contains(u"near_tier"_s));
            return;
        }
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().kindKey, u"near_tier"_s);
        QCOMPARE(rows.first().amountFen, gap);
        QVERIFY2(rows.first().detail.contains(u"more to "_s + next), qPrintable(rows.first().detail));
        QVERIFY2(rows.first().detail.contains(QString::number(gap / 100)), qPrintable(rows.first().detail));
    }

    void theOtherKindsAndDoneMarks()
    {
        DatabaseFixture f;
        // Points: earned 2025-03-10 → lapse 2026-03-31 (within 30 days); 2025-05-01 → 2026-05-31 (not yet).
        const qint64 expiring = addMember(f, u"Expiring"_s);
        const qint64 notYet = addMember(f, u"NotYet"_s);
        moveTo(f, QDate(2025, 3, 10));
        buy(f, expiring, 30000);
        moveTo(f, QDate(2025, 5, 1));
        buy(f, notYet, 30000);
        // Lapsed: three purchases in the last 180 days, the last 50 days ago; a regular seen 10 days ago;
        // someone with only two purchases.
        const qint64 lapsed = addMember(f, u"Lapsed"_s);
        const qint64 regular = addMember(f, u"Regular"_s);
        const qint64 occasional = addMember(f, u"Occasional"_s);
        for (int days : {150, 90, 50}) {
            moveTo(f, QDate(2026, 3, 15).addDays(-days));
            buy(f, lapsed, 5000);
            buy(f, regular, 5000);
        }
        moveTo(f, QDate(2026, 3, 5));
        buy(f, regular, 5000);
        moveTo(f, QDate(2026, 1, 10));
        buy(f, occasional, 5000);
        buy(f, occasional, 5000);
        // Follow-ups: due, not yet due, due but superseded by a later one.
        const qint64 due = addMember(f, u"Due"_s);
        const qint64 later = addMember(f, u"Later"_s);
        const qint64 superseded = addMember(f, u"Superseded"_s);
        CareRecords care(f.context());
        QString error;
        moveTo(f, QDate(2026, 3, 1));
        QVERIFY(
            care.addFollowup(due, {{}, u"phone"_s, u"liked the tea"_s, QDate(2026, 3, 10)}, nullptr, &error));
        QVERIFY(care.addFollowup(later, {{}, u"wechat"_s, u"will come at the weekend"_s, QDate(2026, 3, 20)},
                                 nullptr, &error));
        QVERIFY(care.addFollowup(superseded, {{}, u"phone"_s, u"no answer"_s, QDate(2026, 3, 5)}, nullptr,
                                 &error));
        moveTo(f, QDate(2026, 3, 6));
        QVERIFY(care.addFollowup(superseded, {{}, u"visit"_s, u"came in"_s, {}}, nullptr, &error));
        // Complaints: one open, one resolved.
        const qint64 unhappy = addMember(f, u"Unhappy"_s);
        const qint64 reconciled = addMember(f, u"Reconciled"_s);
        qint64 c1 = 0, c2 = 0;
        QVERIFY(care.openComplaint(unhappy, u"cold coffee"_s, &c1, &error));
        QVERIFY(care.openComplaint(reconciled, u"rude"_s, &c2, &error));
        QVERIFY(care.resolve(c2, u"apologised"_s, &error));
        moveTo(f, QDate(2026, 3, 15));

        QCOMPARE(kindsOf(f, expiring), QStringList{u"points_expiring"_s});
        QCOMPARE(rowsOf(f, expiring).first().points, 300);
        QCOMPARE(rowsOf(f, expiring).first().refDate, QDate(2026, 3, 31));
        QVERIFY(kindsOf(f, notYet).isEmpty());
        QCOMPARE(kindsOf(f, lapsed), QStringList{u"lapsed"_s});
        QCOMPARE(rowsOf(f, lapsed).first().amountFen, 15000);
        QVERIFY(kindsOf(f, regular).isEmpty());
        QVERIFY(kindsOf(f, occasional).isEmpty());
        QCOMPARE(kindsOf(f, due), QStringList{u"followup_due"_s});
        QVERIFY(rowsOf(f, due).first().detail.contains(u"liked the tea"_s));
        QVERIFY(kindsOf(f, later).isEmpty());
        QVERIFY(kindsOf(f, superseded).isEmpty());
        QCOMPARE(kindsOf(f, unhappy), QStringList{u"complaint_open"_s});
        QVERIFY(kindsOf(f, reconciled).isEmpty());

        CareList list(f.context());
        const int badge = list.badgeCount();
        QCOMPARE(badge, 4);
        const QString key = rowsOf(f, due).first().key;
        QVERIFY(list.markDone(key, &error));
        QVERIFY(list.markDone(key, &error)); // twice is harmless
        QCOMPARE(list.badgeCount(), badge - 1);
        QVERIFY(rowsOf(f, due).isEmpty());
        QCOMPARE(rowsOf(f, due, true).size(), 1);
        QVERIFY(rowsOf(f, due, true).first().done);
        // Done stays done for that occasion the next day…
        moveTo(f, QDate(2026, 3, 16));
        QVERIFY(rowsOf(f, due).isEmpty());
        QVERIFY(list.undoDone(key, &error));
        QCOMPARE(rowsOf(f, due).size(), 1);
        // …and a resolved complaint leaves the list.
        QVERIFY(care.resolve(c1, u"new coffee"_s, &error));
        QVERIFY(kindsOf(f, unhappy).isEmpty());

        QVERIFY(!list.markDone(u"nonsense"_s, &error));
        QVERIFY(!list.markDone(u"lapsed:999:2026-03-01"_s, &error));
        QVERIFY(!list.markDone(u"unknown_kind:1:2026-03-01"_s, &error));
        QVERIFY(!list.markDone(u"lapsed:1:2026-02-30"_s, &error));
    }

    // A page of each kind is kept, the first by the list's order; the counts cover every row, done or not.
    void perKindLimitKeepsTheFirstRowsAndExactCounts()
    {
        DatabaseFixture f; // Sunday 2026-03-15
        QVector<qint64> today;
        for (int i = 0; i < 7; ++i)
            today << addMember(f, u"Today %1"_s.arg(i), QDate(1990, 3, 15));
        QVector<qint64> week; // one each day from the 16th to the 20th: the 16th first
        for (int d = 20; d >= 16; --d)
            week << addMember(f, u"Week %1"_s.arg(d), QDate(1985, 3, d));
        QString error;
        CareList list(f.context());
        QVERIFY2(list.markDone(u"birthday_today:%1:2026-03-15"_s.arg(today.at(1)), &error),
                 qPrintable(error));

        CareList::Result all;
        QVERIFY2(list.load(&all, &error), qPrintable(error));
        CareList::Result paged;
        QVector<int> limits(CareList::kKindCount, 0);
        limits[int(CareRow::Kind::BirthdayToday)] = 3;
        limits[int(CareRow::Kind::BirthdayThisWeek)] = 2;
        QVERIFY2(list.load(&paged, &error, false, limits), qPrintable(error));

        QCOMPARE(all.count, 11);
        QCOMPARE(paged.count, 11);
        QCOMPARE(paged.kindCounts.at(int(CareRow::Kind::BirthdayToday)), 6);
        QCOMPARE(paged.kindCounts.at(int(CareRow::Kind::BirthdayThisWeek)), 5);
        QCOMPARE(paged.kindCounts, all.kindCounts);
        QCOMPARE(paged.rows.size(), 5);
        // The same first rows as the full list: by date, then member; the done row is skipped.
        QStringList expected;
        expected << all.rows.at(0).key << all.rows.at(1).key << all.rows.at(2).key;
        expected << all.rows.at(6).key << all.rows.at(7).key;
        QStringList got;
        for (const CareRow& row : paged.rows)
            got << row.key;
        QCOMPARE(got, expected);
        QCOMPARE(paged.rows.at(0).memberId, today.at(0));
        QCOMPARE(paged.rows.at(1).memberId, today.at(2));
        QCOMPARE(paged.rows.at(3).refDate, QDate(2026, 3, 16));
        QCOMPARE(paged.rows.at(4).refDate, QDate(2026, 3, 17));

        // includeDone keeps the done row in its page but does not count it.
        CareList::Result withDone;
        QVERIFY2(list.load(&withDone, &error, true, limits), qPrintable(error));
        QCOMPARE(withDone.count, 11);
        QCOMPARE(withDone.rows.at(1).memberId, today.at(1));
        QVERIFY(withDone.rows.at(1).done);
    }
};

QTEST_GUILESS_MAIN(TestCareList)
#include "TestCareList.moc"

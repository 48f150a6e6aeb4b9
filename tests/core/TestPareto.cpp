// SPDX-License-Identifier: GPL-3.0-or-later
// The 20/80 split on hand-computed spend: ceil(20 %), shares, the curve, potential VIPs.
#include "TestDatabaseFixture.h"
#include "analytics/Pareto.h"
#include "services/MemberService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestPareto : public QObject
{
    Q_OBJECT

    static QVector<PurchaseHistory::Row> spenders(int n)
    {
        // Member i spends i × ¥100 in March 2026.
        QVector<PurchaseHistory::Row> rows;
        for (int i = 1; i <= n; ++i)
            rows.append({i, QDate(2026, 3, 1 + i % 28), Fen(i) * 10000, 0});
        return rows;
    }

private slots:
    void topFifthOfTen()
    {
        ParetoResult r;
        QString error;
        QVERIFY(
            Pareto::compute(PurchaseHistory::fromRows(spenders(10)), {QDate(2026, 3, 31), 31}, &r, &error));
        QCOMPARE(r.ranked.size(), 10);
        QCOMPARE(r.ranked.first().memberId, 10);
        QCOMPARE(r.topCount, 2);
        QCOMPARE(r.topSpendFen, Fen(190000));
        QCOMPARE(r.totalSpendFen, Fen(550000));
        QVERIFY(qAbs(r.topShare - 19.0 / 55.0) < 1e-12);
        // Curve: 101 points from (0,0) to (1,1), non-decreasing, concave; the point at 20 % is the top share.
        QCOMPARE(r.curve.size(), 101);
        QCOMPARE(r.curve.first().memberShare, 0.0);
        QCOMPARE(r.curve.first().spendShare, 0.0);
        QCOMPARE(r.curve.last().memberShare, 1.0);
        QCOMPARE(r.curve.last().spendShare, 1.0);
        for (int i = 1; i < r.curve.size(); ++i)
            QVERIFY(r.curve[i].spendShare >= r.curve[i - 1].spendShare);
        QVERIFY(qAbs(r.curve[20].memberShare - 0.2) < 1e-12);
        QVERIFY(qAbs(r.curve[20].spendShare - r.topShare) < 1e-12);
    }

    void ceilOfTwentyPercent()
    {
        ParetoResult r;
        QString error;
        // 11 spenders: ceil(2.2) = 3 members at the top: (11 + 10 + 9) / 66.
        QVERIFY(
            Pareto::compute(PurchaseHistory::fromRows(spenders(11)), {QDate(2026, 3, 31), 31}, &r, &error));
        QCOMPARE(r.topCount, 3);
        QVERIFY(qAbs(r.topShare - 30.0 / 66.0) < 1e-12);
        // One spender is its own top fifth.
        QVERIFY(
            Pareto::compute(PurchaseHistory::fromRows(spenders(1)), {QDate(2026, 3, 31), 31}, &r, &error));
        QCOMPARE(r.topCount, 1);
        QCOMPARE(r.topShare, 1.0);
    }

    void onlyWindowSpendCounts()
    {
        QVector<PurchaseHistory::Row> rows = spenders(5);
        rows.append({6, QDate(2026, 3, 5), 0, 0});       // a visit worth nothing: not a spender
        rows.append({7, QDate(2026, 2, 28), 900000, 0}); // before the window
        rows.append({1, QDate(2026, 2, 28), 900000, 0}); // member 1's older spend does not count
        ParetoResult r;
        QString error;
        QVERIFY(Pareto::compute(PurchaseHistory::fromRows(rows), {QDate(2026, 3, 31), 31}, &r, &error));
        QCOMPARE(r.ranked.size(), 5);
        QCOMPARE(r.totalSpendFen, Fen(150000));
        QCOMPARE(r.topCount, 1);
        QCOMPARE(r.ranked.first().memberId, 5);
        // A window with nothing paid is an error, not a 0 % share.
        QVERIFY(!Pareto::compute(PurchaseHistory::fromRows(rows), {QDate(2026, 1, 31), 31}, &r, &error));
        QVERIFY(error.contains(u"2026-01-01"_s));
    }

    void potentialVips()
    {
        ParetoResult r;
        QString error;
        QVERIFY(
            Pareto::compute(PurchaseHistory::fromRows(spenders(20)), {QDate(2026, 3, 31), 31}, &r, &error));
        QCOMPARE(r.topCount, 4);                                            // members 20, 19, 18, 17
        const QHash<qint64, int> tiers{{20, 3}, {19, 2}, {18, 1}, {16, 0}}; // 17 unknown → tier 0
        const int firstTop = Pareto::defaultFirstTopTier(4);
        QCOMPARE(firstTop, 2);
        const QVector<ParetoMember> vips = Pareto::potentialVips(r, tiers, firstTop);
        QCOMPARE(vips.size(), 2);
        QCOMPARE(vips[0].memberId, 18);
        QCOMPARE(vips[1].memberId, 17);
        QCOMPARE(Pareto::defaultFirstTopTier(2), 1);
    }

    void tiersFromDatabase()
    {
        test::DatabaseFixture f;
        MemberInput in;
        in.name = u"王芳"_s;
        Member m;
        MemberSaveError saveError;
        QVERIFY(MemberService(f.context()).add(in, &m, &saveError));
        QHash<qint64, int> tiers;
        QString error;
        QVERIFY(Pareto::loadTiers(f.db, &tiers, &error));
        QCOMPARE(tiers.size(), 1);
        QCOMPARE(tiers.value(m.id, -1), 0);
    }
};

QTEST_GUILESS_MAIN(TestPareto)
#include "TestPareto.moc"

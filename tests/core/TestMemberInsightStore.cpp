// SPDX-License-Identifier: GPL-3.0-or-later
// The per-member insight snapshot: what is written is what is read, per role, and failures say why.
#include "TestDatabaseFixture.h"
#include "analytics/MemberInsightStore.h"
#include "demo/DemoGenerator.h"
#include "services/MemberService.h"
#include "services/PurchaseService.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.sql());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 addMember(test::DatabaseFixture& f, const QString& name, const QString& phone)
{
    MemberInput in;
    in.name = name;
    in.phone = phone;
    Member m;
    MemberSaveError error;
    if (!MemberService(f.context()).add(in, &m, &error))
        qFatal("cannot add member");
    return m.id;
}

void buy(test::DatabaseFixture& f, qint64 memberId, const QDate& day, Fen grossFen)
{
    PurchaseRequest request;
    request.memberId = memberId;
    request.grossFen = grossFen;
    request.time = QDateTime(day, QTime(11, 0));
    request.source = u"import"_s;
    PurchaseResult result;
    QString error;
    if (!PurchaseService(f.context()).record(request, &result, &error))
        qFatal("cannot record purchase: %s", qPrintable(error));
}

void demo(test::DatabaseFixture& f, int members)
{
    DemoOptions options;
    options.members = members;
    options.months = 12;
    options.seed = 3;
    DemoStats stats;
    QString error;
    if (!DemoGenerator(f.context()).generate(options, &stats, &error))
        qFatal("demo: %s", qPrintable(error));
}

} // namespace

class TestMemberInsightStore : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReadsEveryMember()
    {
        test::DatabaseFixture f;
        demo(f, 300);
        const InsightSnapshot s =
            Insight::compute(f.db, MemberInsightStore::currentOptions(f.db, f.clock.today()));
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY2(s.clvOk, qPrintable(s.clvMessage));
        QVERIFY(!s.predictions.isEmpty());

        MemberInsightStore store(f.context());
        QString error;
        bool written = false;
        QVERIFY2(store.write(s, &error, &written), qPrintable(error));
        QVERIFY(written);
        const MemberInsightStatus status = store.status();
        QVERIFY(status.exists);
        QVERIFY(status.ok);
        QVERIFY(status.error.isEmpty());
        QVERIFY(status.clvMessage.isEmpty());
        QCOMPARE(status.asOf, f.clock.today());
        QCOMPARE(status.windowDays, 365);
        QCOMPARE(status.horizonWeeks, 52);
        QCOMPARE(status.computedAt, f.clock.now());
        QCOMPARE(status.members, scalar(f.db, u"SELECT COUNT(*) FROM member_insight"_s));
        QCOMPARE(status.members, qint64(s.predictions.size())); // everyone with history up to today
        QCOMPARE(store.lastRefreshDay(), f.clock.today());

        QHash<qint64, const MemberLoyalty*> types;
        for (const MemberLoyalty& m : s.types.members)
            types.insert(m.memberId, &m);
        for (const RfmMember& m : s.rfm.members) {
            MemberInsight in;
            QVERIFY2(store.get(m.memberId, &in, &error), qPrintable(error));
            QVERIFY(in.found);
            QVERIFY(in.inWindow);
            QCOMPARE(in.segment, m.segment);
            QCOMPARE(in.r, m.r);
            QCOMPARE(in.f, m.f);
            QCOMPARE(in.m, m.m);
            QCOMPARE(in.type, types.value(m.memberId)->type);
            QCOMPARE(in.windowPaidFen, m.monetaryFen);
            QCOMPARE(in.asOf, f.clock.today());
        }
        int outOfWindow = 0;
        for (const InsightPrediction& p : s.predictions) {
            MemberInsight in;
            QVERIFY(store.get(p.memberId, &in, &error));
            QVERIFY(in.hasPrediction);
            QVERIFY(in.moneyVisible);
            QCOMPARE(in.pAlive, p.pAlive);
            QCOMPARE(in.expectedPurchases, p.expectedPurchases);
            QCOMPARE(in.predictedValueFen, p.predictedValueFen);
            QCOMPARE(in.horizonWeeks, 52);
            QVERIFY(in.pAlive >= 0 && in.pAlive <= 1);
            outOfWindow += in.inWindow ? 0 : 1;
        }
        QCOMPARE(outOfWindow, s.predictions.size() - s.rfm.members.size());

        // A member who never bought anything has no line.
        const qint64 newcomer = addMember(f, u"新来的"_s, u"13700007777"_s);
        MemberInsight none;
        QVERIFY(store.get(newcomer, &none, &error));
        QVERIFY(!none.found);
        QVERIFY(!none.hasPrediction);
        QCOMPARE(none.predictedValueFen, 0);
    }

    void distributionOnAFixedShop()
    {
        test::DatabaseFixture f; // today 2026-03-15
        const qint64 regular = addMember(f, u"老顾客"_s, u"13800000001"_s);
        const qint64 big = addMember(f, u"大客户"_s, u"13800000002"_s);
        const qint64 once = addMember(f, u"一次"_s, u"13800000003"_s);
        const qint64 gone = addMember(f, u"走了"_s, u"13800000004"_s);
        addMember(f, u"没买过"_s, u"13800000005"_s);
        // Enough ordinary repeat customers for both models to fit.
        for (int i = 0; i < 16; ++i) {
            const qint64 id = addMember(f, u"顾客%1"_s.arg(i), u"1360000%1"_s.arg(1000 + i));
            for (int k = 0; k <= i % 5 + 1; ++k)
                buy(f, id, QDate(2025, 4, 1).addDays(13 * i + 29 * k), 800 + 350 * ((i * 7 + k * 3) % 11));
        }
        for (int week = 0; week < 20; ++week)
            buy(f, regular, QDate(2025, 10, 1).addDays(7 * week), 2000);
        buy(f, big, QDate(2025, 6, 1), 50000);
        buy(f, big, QDate(2026, 3, 1), 80000);
        buy(f, once, QDate(2026, 3, 10), 1500);
        buy(f, gone, QDate(2023, 1, 5), 3000); // before the window: history, no segment
        buy(f, gone, QDate(2023, 2, 5), 3000);

        QString error;
        const InsightSnapshot s =
            Insight::compute(f.db, MemberInsightStore::currentOptions(f.db, f.clock.today()));
        QVERIFY2(s.ok, qPrintable(s.error));
        MemberInsightStore store(f.context());
        QVERIFY2(store.write(s, &error), qPrintable(error));

        InsightDistribution d;
        QVERIFY2(store.distribution(&d, &error), qPrintable(error));
        QVERIFY(d.moneyVisible);
        QVERIFY(d.status.ok);
        int segmentMembers = 0;
        Fen segmentSpend = 0;
        for (int i = 0; i < kRfmSegmentCount; ++i) {
            QCOMPARE(d.segmentMembers[size_t(i)], s.rfm.counts[size_t(i)]);
            segmentMembers += d.segmentMembers[size_t(i)];
            segmentSpend += d.segmentSpendFen[size_t(i)];
        }
        int typeMembers = 0;
        Fen typeSpend = 0;
        for (int i = 0; i < kLoyaltyTypeCount; ++i) {
            QCOMPARE(d.typeMembers[size_t(i)], s.types.counts[size_t(i)]);
            QCOMPARE(d.typeSpendFen[size_t(i)], s.types.paidFen[size_t(i)]);
            typeMembers += d.typeMembers[size_t(i)];
            typeSpend += d.typeSpendFen[size_t(i)];
        }
        // The numbers of this shop (a change here is a change of the RFM or type rules: say so).
        const std::array<int, kRfmSegmentCount> segments{4, 2, 1, 4, 3, 5};
        const std::array<Fen, kRfmSegmentCount> segmentSpendFen{80900, 30150, 1500, 154000, 31400, 28500};
        const std::array<int, kLoyaltyTypeCount> typeCounts{8, 1, 1, 9};
        const std::array<Fen, kLoyaltyTypeCount> typeSpendFen{135400, 130000, 8800, 52250};
        QCOMPARE(d.segmentMembers, segments);
        QCOMPARE(d.segmentSpendFen, segmentSpendFen);
        QCOMPARE(d.typeMembers, typeCounts);
        QCOMPARE(d.typeSpendFen, typeSpendFen);
        QCOMPARE(segmentMembers, 19); // all but gone and the one who never bought
        QCOMPARE(typeMembers, 19);
        const Fen windowPaid = scalar(f.db, u"SELECT SUM(paid_fen) FROM purchases WHERE member_id <> %1 AND "
                                            "time >= '2025-03-16'"_s.arg(gone));
        QVERIFY(windowPaid > 0);
        QCOMPARE(segmentSpend, windowPaid);
        QCOMPARE(typeSpend, windowPaid);
        QVERIFY2(s.clvOk, qPrintable(s.clvMessage));
        QCOMPARE(d.status.members, 20); // gone has a line too: history without a segment
        QCOMPARE(d.predicted, 20);

        // Fixed shop, fixed answers: the one-off visitor of five days ago is new, the weekly regular who
        // stopped in February is loyal by frequency; the regular is loyal, the big spender profitable.
        MemberInsight in;
        QVERIFY(store.get(once, &in, &error));
        QCOMPARE(in.segment, RfmSegment::New);
        QVERIFY(store.get(regular, &in, &error));
        QCOMPARE(in.f, 5);
        QVERIFY(in.type == LoyaltyType::Barnacle || in.type == LoyaltyType::Friend);
        QVERIFY(store.get(big, &in, &error));
        QCOMPARE(in.m, 5);
        QVERIFY(store.get(gone, &in, &error));
        QVERIFY(in.found);
        QVERIFY(!in.inWindow);
    }

    void clerksSeeNoMoney()
    {
        test::DatabaseFixture f;
        demo(f, 120);
        QString error;
        InsightSnapshot s;
        QVERIFY2(MemberInsightStore::refreshOnPath(f.path, f.clock, &s, &error), qPrintable(error));
        QVERIFY(s.clvOk);
        const InsightPrediction& p = s.predictions.constFirst();

        MemberInsight owner;
        QVERIFY(MemberInsightStore(f.context(Role::Owner)).get(p.memberId, &owner, &error));
        MemberInsight clerk;
        QVERIFY(MemberInsightStore(f.context(Role::Clerk)).get(p.memberId, &clerk, &error));
        QVERIFY(owner.moneyVisible);
        QVERIFY(!clerk.moneyVisible);
        QCOMPARE(owner.predictedValueFen, p.predictedValueFen);
        QCOMPARE(clerk.predictedValueFen, 0);
        QCOMPARE(clerk.windowPaidFen, 0);
        // Segment, type and P(alive) are not money: the clerk at the counter sees them.
        QCOMPARE(clerk.inWindow, owner.inWindow);
        QCOMPARE(clerk.segment, owner.segment);
        QCOMPARE(clerk.type, owner.type);
        QCOMPARE(clerk.pAlive, owner.pAlive);

        InsightDistribution od;
        InsightDistribution cd;
        QVERIFY(MemberInsightStore(f.context(Role::Owner)).distribution(&od, &error));
        QVERIFY(MemberInsightStore(f.context(Role::Clerk)).distribution(&cd, &error));
        QVERIFY(!cd.moneyVisible);
        QCOMPARE(cd.segmentMembers, od.segmentMembers);
        QCOMPARE(cd.typeMembers, od.typeMembers);
        Fen ownerSpend = 0;
        for (Fen v : od.segmentSpendFen)
            ownerSpend += v;
        QVERIFY(ownerSpend > 0);
        for (Fen v : cd.segmentSpendFen)
            QCOMPARE(v, 0);
        for (Fen v : cd.typeSpendFen)
            QCOMPARE(v, 0);
    }

    void anEarlierDateNeverReplacesALaterSnapshot()
    {
        test::DatabaseFixture f;
        demo(f, 80);
        QString error;
        MemberInsightStore store(f.context());
        const InsightSnapshot today =
            Insight::compute(f.db, MemberInsightStore::currentOptions(f.db, f.clock.today()));
        QVERIFY(store.write(today, &error));
        const qint64 rows = scalar(f.db, u"SELECT COUNT(*) FROM member_insight"_s);

        const InsightSnapshot earlier =
            Insight::compute(f.db, MemberInsightStore::currentOptions(f.db, f.clock.today().addDays(-60)));
        QVERIFY(earlier.ok);
        bool written = true;
        QVERIFY(store.write(earlier, &error, &written));
        QVERIFY(!written);
        QCOMPARE(store.status().asOf, f.clock.today());
        QCOMPARE(scalar(f.db, u"SELECT COUNT(*) FROM member_insight"_s), rows);

        // Nor does a date after today (it would block the daily refresh until then).
        const InsightSnapshot future =
            Insight::compute(f.db, MemberInsightStore::currentOptions(f.db, f.clock.today().addDays(3)));
        QVERIFY(future.ok);
        QVERIFY(store.write(future, &error, &written));
        QVERIFY(!written);
        QCOMPARE(store.status().asOf, f.clock.today());

        // A stopped computation changes nothing either.
        const InsightSnapshot stopped =
            Insight::compute(f.db, MemberInsightStore::currentOptions(f.db, f.clock.today()),
                             [](InsightStep) { return false; });
        QVERIFY(stopped.stopped);
        QVERIFY(store.write(stopped, &error, &written));
        QVERIFY(!written);
        QCOMPARE(scalar(f.db, u"SELECT COUNT(*) FROM member_insight"_s), rows);
        QVERIFY(store.status().ok);
    }

    void badInputLeavesAReasonAndNoNumbers()
    {
        test::DatabaseFixture f;
        QString error;
        MemberInsightStore store(f.context());
        QVERIFY(!store.status().exists);

        // No purchases at all: the refresh fails with the window's message, which the store keeps.
        InsightSnapshot s;
        QVERIFY(!MemberInsightStore::refreshOnPath(f.path, f.clock, &s, &error));
        const QString empty = MemberInsightStore::currentOptions(f.db, f.clock.today()).window.emptyMessage();
        QCOMPARE(error, empty);
        MemberInsightStatus status = store.status();
        QVERIFY(status.exists);
        QVERIFY(!status.ok);
        QCOMPARE(status.error, empty);
        QCOMPARE(status.members, 0);

        // One purchase: a segment, but too little history to fit — the reason instead of a P(alive).
        const qint64 id = addMember(f, u"王五"_s, u"13900001111"_s);
        buy(f, id, QDate(2026, 3, 1), 1000);
        QVERIFY2(MemberInsightStore::refreshOnPath(f.path, f.clock, &s, &error), qPrintable(error));
        QVERIFY(!s.clvOk);
        status = store.status();
        QVERIFY(status.ok);
        QCOMPARE(status.clvMessage, s.clvMessage);
        QVERIFY(!status.clvMessage.isEmpty());
        MemberInsight in;
        QVERIFY(store.get(id, &in, &error));
        QVERIFY(in.found);
        QVERIFY(in.inWindow);
        QVERIFY(!in.hasPrediction);
        QCOMPARE(in.pAlive, 0.0);
        QCOMPARE(in.predictedValueFen, 0);
        QCOMPARE(scalar(f.db, u"SELECT COUNT(*) FROM member_insight WHERE p_alive IS NOT NULL"_s), 0);

        // An optimiser that does not converge reaches the store the same way: its message, no numbers.
        InsightSnapshot failedFit = s;
        failedFit.clvOk = false;
        failedFit.clvMessage = u"The purchase model did not converge."_s;
        failedFit.predictions.append({id, 0.7, 1.5, 12345});
        QVERIFY(store.write(failedFit, &error));
        QCOMPARE(store.status().clvMessage, failedFit.clvMessage);
        QVERIFY(store.get(id, &in, &error));
        QVERIFY(!in.hasPrediction);
        QCOMPARE(in.predictedValueFen, 0);

        // A calibration end (as-of) before the first purchase: an empty window, said so.
        FixedClock early(QDateTime(QDate(2020, 1, 1), QTime(9, 0)));
        MemberInsightStore earlyStore(ServiceContext{f.db, early, {}});
        const InsightSnapshot before =
            Insight::compute(f.db, MemberInsightStore::currentOptions(f.db, early.today()));
        QVERIFY(!before.ok);
        QVERIFY(!before.error.isEmpty());
        bool written = true;
        QVERIFY(earlyStore.write(before, &error, &written));
        QVERIFY(!written); // the later snapshot stays
        QVERIFY(store.status().ok);
    }

    void thresholdsArePersistedAndUsed()
    {
        test::DatabaseFixture f;
        demo(f, 150);
        QString error;
        QVERIFY(!InsightThresholds::load(f.db).profitThresholdFen);
        QVERIFY(!InsightThresholds::load(f.db).loyaltyThreshold);

        LoyaltyTypeOptions options;
        options.profitThresholdFen = 0;
        options.loyaltyThreshold = 0.5;
        QVERIFY(!InsightThresholds::save(f.context(Role::Clerk), options, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!InsightThresholds::load(f.db).profitThresholdFen);

        LoyaltyTypeOptions negative;
        negative.profitThresholdFen = -1;
        QVERIFY(!InsightThresholds::save(f.context(), negative, &error));

        const qint64 audits =
            scalar(f.db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'insight.thresholds'"_s);
        QVERIFY2(InsightThresholds::save(f.context(), options, &error), qPrintable(error));
        QCOMPARE(scalar(f.db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'insight.thresholds'"_s),
                 audits + 1);
        const LoyaltyTypeOptions loaded = InsightThresholds::load(f.db);
        QCOMPARE(loaded.profitThresholdFen.value_or(-1), 0);
        QCOMPARE(loaded.loyaltyThreshold.value_or(-1), 0.5);

        // With every profit above 0 and every loyalty index above 0.5 there are only friends.
        const InsightSnapshot s =
            Insight::compute(f.db, MemberInsightStore::currentOptions(f.db, f.clock.today()));
        QVERIFY(s.ok);
        QCOMPARE(s.types.profitThresholdFen, 0);
        QCOMPARE(s.types.loyaltyThreshold, 0.5);

        QVERIFY(InsightThresholds::save(f.context(), {}, &error));
        QVERIFY(!InsightThresholds::load(f.db).profitThresholdFen);
        QVERIFY(!InsightThresholds::load(f.db).loyaltyThreshold);
    }
};

QTEST_GUILESS_MAIN(TestMemberInsightStore)
#include "TestMemberInsightStore.moc"

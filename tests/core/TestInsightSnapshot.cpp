// SPDX-License-Identifier: GPL-3.0-or-later
// The insight page's one-pass computation: the same figures as each model on its own, clear failures.
#include "TestDatabaseFixture.h"
#include "analytics/ClvModel.h"
#include "analytics/InsightSnapshot.h"
#include "analytics/WinBack.h"
#include "demo/DemoGenerator.h"
#include "services/MemberService.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace md;

class TestInsightSnapshot : public QObject
{
    Q_OBJECT

private:
    static InsightOptions options(test::DatabaseFixture& f, int days = 365)
    {
        const LoyaltyRules rules = RulesService(f.context()).current();
        InsightOptions o;
        o.window.asOf = f.clock.today();
        o.window.days = days;
        o.defaultMarginBp = rules.defaultMarginBp;
        o.tierCount = int(rules.tiers.size());
        return o;
    }

private slots:
    void matchesTheModelsOnTheirOwn()
    {
        test::DatabaseFixture f;
        DemoOptions demo;
        demo.members = 300;
        demo.months = 12;
        demo.seed = 3;
        DemoStats stats;
        QString error;
        QVERIFY2(DemoGenerator(f.context()).generate(demo, &stats, &error), qPrintable(error));

        QVector<InsightStep> steps;
        const InsightOptions o = options(f);
        const InsightSnapshot s = Insight::computeOnPath(f.path, o, [&](InsightStep step) {
            steps.append(step);
            return true;
        });
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(steps.size(), kInsightStepCount);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(int(steps[i]), i);
        QCOMPARE(s.membersTotal, stats.members);

        PurchaseHistory history;
        QVERIFY(PurchaseHistory::load(f.db, o.window.asOf, o.defaultMarginBp, &history, &error));
        RfmResult rfm;
        QVERIFY(Rfm::compute(history, o.window, &rfm, &error));
        QCOMPARE(s.rfm.counts, rfm.counts);
        LoyaltyTypesResult types;
        QVERIFY(LoyaltyTypes::compute(history, o.window, {}, &types, &error));
        QCOMPARE(s.types.counts, types.counts);
        QCOMPARE(s.types.paidFen, types.paidFen);
        ParetoResult pareto;
        QVERIFY(Pareto::compute(history, o.window, &pareto, &error));
        QVERIFY(s.hasSpend);
        QCOMPARE(s.pareto.topShare, pareto.topShare);

        // The fit is the one ClvModels makes (weeks, calibrated at the as-of date, the whole history).
        ClvModel model;
        QVERIFY2(ClvModels::fit(f.db, o.window.asOf, TimeUnit::Week, &model, &error, false),
                 qPrintable(error));
        QVERIFY2(s.clvOk, qPrintable(s.clvMessage));
        QCOMPARE(s.purchases.customers, model.purchases.customers);
        QVERIFY(std::abs(s.purchases.params.r / model.purchases.params.r - 1) < 1e-9);
        QVector<WinBackEntry> entries;
        QVERIFY(WinBack::list(BgNbd(model.purchases.params), model.customers, {}, &entries, &error));
        QCOMPARE(s.winBack.size(), entries.size());
        QVERIFY(!s.winBack.isEmpty());
        Fen total = 0;
        for (int i = 0; i < entries.size(); ++i) {
            const InsightWinBack& w = s.winBack[i];
            QCOMPARE(w.memberId, entries[i].memberId);
            // Predicted value = P(alive) × the value if won back (up to rounding to fen).
            QVERIFY(w.valueIfWonBackFen >= w.predictedValueFen);
            QVERIFY(std::abs(w.valueIfWonBackFen * w.pAlive - w.predictedValueFen) <=
                    1 + 1e-6 * w.valueIfWonBackFen);
            total += w.predictedValueFen;
        }
        QCOMPARE(s.winBackValueFen, total);
    }

    void failsClearly()
    {
        test::DatabaseFixture f;
        InsightSnapshot s = Insight::compute(f.db, options(f));
        QVERIFY(!s.ok);
        QCOMPARE(s.error, options(f).window.emptyMessage());

        InsightOptions bad = options(f);
        bad.window.days = 0;
        s = Insight::compute(f.db, bad);
        QVERIFY(!s.ok);
        QVERIFY(s.error.contains(u"36500"_s));

        s = Insight::computeOnPath(f.dir.filePath(u"missing.db"_s), options(f));
        QVERIFY(!s.ok);
        QVERIFY(s.error.contains(u"does not exist"_s));

        // One purchase: segments, but no fit, and the reason instead of numbers.
        MemberInput in;
        in.name = u"王五"_s;
        in.phone = u"13900001111"_s;
        Member m;
        MemberSaveError saveError;
        QVERIFY(MemberService(f.context()).add(in, &m, &saveError));
        PurchaseRequest request;
        request.memberId = m.id;
        request.grossFen = 1000;
        PurchaseResult result;
        QString error;
        QVERIFY2(PurchaseService(f.context()).record(request, &result, &error), qPrintable(error));
        s = Insight::compute(f.db, options(f));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.rfm.members.size(), 1);
        QVERIFY(!s.clvOk);
        QVERIFY(!s.clvMessage.isEmpty());
        QVERIFY(s.winBack.isEmpty());

        // A window before any purchase is empty; stopping is reported as such.
        InsightOptions early = options(f);
        early.window.asOf = QDate(2020, 1, 1);
        s = Insight::compute(f.db, early);
        QVERIFY(!s.ok);
        QCOMPARE(s.error, early.window.emptyMessage());
        s = Insight::compute(f.db, options(f), [](InsightStep step) { return step != InsightStep::Pareto; });
        QVERIFY(!s.ok);
        QVERIFY(!s.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInsightSnapshot)
#include "TestInsightSnapshot.moc"

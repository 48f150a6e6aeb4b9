// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewShop.h"
#include "TestDatabaseFixture.h"
#include "reports/MonthlyFigures.h"
#include "reports/ReportSummaries.h"
#include "services/IntegrityChecker.h"
#include "services/MemberService.h"
#include "services/PointsLedger.h"
#include "services/PrivacyService.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

// The small fixed shop of tests/core/support/ReviewShop.h (its table lists every purchase), with A's 70
// points of December 2024 lapsing after 2025-12-31 and swept on 2026-01-02. No discount at tier 0, points
// lapse at the end of the 12th month after the month earned. Every expected value below is worked out by
// hand in the comments.
class TestMonthlyFigures : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DatabaseFixture> m_f;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_e = 0, m_fMember = 0, m_g = 0;

    MonthlyFigures figures(int year, int month)
    {
        MonthlyFigures f;
        QString error;
        const LoyaltyRules rules = RulesService(m_f->context()).current();
        if (!MonthlyFigures::compute(m_f->db, QDate(year, month, 1), rules, &f, &error))
            qFatal("compute failed: %s", qPrintable(error));
        return f;
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<test::DatabaseFixture>();
        test::ReviewShopOptions options;
        options.sweepExpiryOnJanuary2 = true;
        const test::ReviewShop shop = test::buildReviewShop(*m_f, options);
        m_a = shop.a;
        m_b = shop.b;
        m_c = shop.c;
        m_d = shop.d;
        m_e = shop.e;
        m_fMember = shop.f;
        m_g = shop.g;
        const QStringList problems = IntegrityChecker(m_f->db).problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void monthKpisWithBoundariesAndVoids()
    {
        const MonthlyFigures f = figures(2026, 1);
        const MonthKpis& k = f.current;
        QVERIFY(k.hasData);
        QVERIFY(!f.isEmpty());
        // B 30 (00:00:00 on the 1st) + A 200 + E 1,200 + A 119 + C 80 (23:59:59 on the 31st); B's ¥500
        // voided.
        QCOMPARE(k.salesFen, 3000 + 20000 + 120000 + 11900 + 8000);
        QCOMPARE(k.purchases, 5);
        QCOMPARE(*k.averageTicketFen(), 162900 / 5);
        QCOMPARE(k.activeMembers, 4); // A, B, C, E
        QCOMPARE(k.repeatMembers, 1); // A bought twice
        QCOMPARE(*k.repeatRate(), 0.25);
        QCOMPARE(k.newMembers, 2); // C and D (D never bought)
    }

    void previousMonthAndLastYear()
    {
        const MonthlyFigures f = figures(2026, 1);
        // December 2025: only A's ¥50 at 23:59:59 on the 31st; B registered.
        QCOMPARE(f.previousMonth.month, QDate(2025, 12, 1));
        QCOMPARE(f.previousMonth.salesFen, 5000);
        QCOMPARE(f.previousMonth.purchases, 1);
        QCOMPARE(f.previousMonth.activeMembers, 1);
        QCOMPARE(f.previousMonth.newMembers, 1);
        QCOMPARE(*f.previousMonth.repeatRate(), 0.0);
        // January 2025: A's ¥100.
        QCOMPARE(f.sameMonthLastYear.month, QDate(2025, 1, 1));
        QCOMPARE(f.sameMonthLastYear.salesFen, 10000);
        QCOMPARE(f.sameMonthLastYear.newMembers, 0);
        // February 2026: the purchase at 00:00:00 on the 1st belongs here.
        const MonthlyFigures feb = figures(2026, 2);
        QCOMPARE(feb.current.salesFen, 1000);
        QCOMPARE(feb.current.purchases, 1);
    }

    void points()
    {
        const MonthlyFigures f = figures(2026, 1);
        const MonthKpis& k = f.current;
        // earned 30 + 200 + 1,200 + 500 (B, voided) + 119 + 80 = 2,129; the void takes back 500.
        QCOMPARE(k.pointsIssued, 1629);
        QCOMPARE(k.pointsRedeemed, 100);
        QCOMPARE(k.pointsExpired, 70);
        QCOMPARE(k.pointsAdjustedOut, 0);
        // End of December: A 70 + 100 + 50, F 40, G 30 = 290.
        QCOMPARE(f.previousMonth.pointsBalanceEnd, 290);
        QCOMPARE(f.previousMonth.pointsIssued, 50);
        // End of January: 290 + 1,629 − 100 − 70 = 1,749 points; 100 points = ¥1, so 1,749 fen.
        QCOMPARE(k.pointsBalanceEnd, 1749);
        QCOMPARE(k.liabilityFen, 1749);
        // The same identity month over month.
        QCOMPARE(f.previousMonth.pointsBalanceEnd + k.pointsIssued - k.pointsRedeemed - k.pointsExpired -
                     k.pointsAdjustedOut,
                 k.pointsBalanceEnd);
        // The liability follows the redemption rate of the rules.
        LoyaltyRules rules = RulesService(m_f->context()).current();
        rules.redeemPointsPerYuan = 50; // 50 points = ¥1: each point is worth 2 fen
        MonthlyFigures doubled;
        QString error;
        QVERIFY(MonthlyFigures::compute(m_f->db, QDate(2026, 1, 1), rules, &doubled, &error));
        QCOMPARE(doubled.current.liabilityFen, 3498);
    }

    void emptyMonth()
    {
        const MonthlyFigures f = figures(2023, 6);
        QVERIFY(f.isEmpty());
        QVERIFY(!f.current.hasData);
        QVERIFY(!f.current.averageTicketFen().has_value());
        QVERIFY(!f.current.repeatRate().has_value());
        QCOMPARE(f.pareto.members, 0);
        QVERIFY(f.pareto.cumulativeShare.isEmpty());
        QVERIFY(f.topMembers.isEmpty());
        QCOMPARE(f.trend.size(), 13);
        for (const MonthTrendPoint& p : f.trend)
            QCOMPARE(p.purchases, 0);
        const QJsonObject json = f.kpiJson();
        QCOMPARE(json.value(u"has_data"_s).toBool(true), false);
        QVERIFY(!json.contains(u"sales_fen"_s));
        // A month with a registration only is not empty: D joined in January, C bought on the 31st.
        QVERIFY(!figures(2026, 1).isEmpty());
        // A month with points movements only has data too (none here: March 2026 is empty).
        QVERIFY(figures(2026, 3).isEmpty());
    }

    void trendAndNewVsReturning()
    {
        const MonthlyFigures f = figures(2026, 1);
        QCOMPARE(f.trend.size(), 13);
        QCOMPARE(f.trend.first().month, QDate(2025, 1, 1));
        QCOMPARE(f.trend.last().month, QDate(2026, 1, 1));
        QCOMPARE(f.trend.first().salesFen, 10000);
        QCOMPARE(f.trend.last().salesFen, 162900);
        QCOMPARE(f.trend.last().purchases, 5);
        // January: C is new and active; A, B, E are returning (B joined in December).
        QCOMPARE(f.trend.last().newActiveMembers, 1);
        QCOMPARE(f.trend.last().returningActiveMembers, 3);
        // August 2025: F and G joined that month and bought.
        QCOMPARE(f.trend[7].month, QDate(2025, 8, 1));
        QCOMPARE(f.trend[7].newActiveMembers, 2);
        QCOMPARE(f.trend[7].returningActiveMembers, 0);
        QCOMPARE(f.trend[7].purchases, 2);
    }

    void tiersAtMonthEnd()
    {
        // End of January: A, B, C, D, F, G at tier 0; E at tier 1. Sales by tier at purchase time: all at 0.
        const MonthlyFigures jan = figures(2026, 1);
        QVERIFY(jan.tiers.size() >= 2);
        QCOMPARE(jan.tiers[0].members, 6);
        QCOMPARE(jan.tiers[1].members, 1);
        QCOMPARE(jan.tiers[0].salesFen, 162900);
        QCOMPARE(jan.tiers[1].salesFen, 0);
        // End of December: A, B, E, F, G (C and D not yet registered), E still at tier 0.
        const MonthlyFigures dec = figures(2025, 12);
        QCOMPARE(dec.tiers[0].members, 5);
        QCOMPARE(dec.tiers[1].members, 0);
        // New VIPs of January: E's upgrade.
        QCOMPARE(jan.newVipCount, 1);
        QCOMPARE(jan.newVips.size(), 1);
        QCOMPARE(jan.newVips[0].memberId, m_e);
        QCOMPARE(jan.newVips[0].fromTier, 0);
        QCOMPARE(jan.newVips[0].toTier, 1);
        QCOMPARE(dec.newVipCount, 0);
    }

    void paretoTopAndHeatmap()
    {
        const MonthlyFigures f = figures(2026, 1);
        // Spend: E 120,000; A 31,900; C 8,000; B 3,000 (total 162,900).
        QCOMPARE(f.topMembers.size(), 4);
        QCOMPARE(f.topMembers[0].memberId, m_e);
        QCOMPARE(f.topMembers[1].memberId, m_a);
        QCOMPARE(f.topMembers[1].purchases, 2);
        QCOMPARE(f.topMembers[1].salesFen, 31900);
        QCOMPARE(f.topMembers[3].memberId, m_b);
        QCOMPARE(f.pareto.members, 4);
        QCOMPARE(f.pareto.top20Members, 1); // ceil(0.8)
        QCOMPARE(f.pareto.top20Share, 120000.0 / 162900.0);
        QCOMPARE(f.pareto.cumulativeShare.size(), 101);
        QCOMPARE(f.pareto.cumulativeShare[0], 0.0);
        QCOMPARE(f.pareto.cumulativeShare[25], 120000.0 / 162900.0);
        QCOMPARE(f.pareto.cumulativeShare[49], 120000.0 / 162900.0);
        QCOMPARE(f.pareto.cumulativeShare[50], 151900.0 / 162900.0);
        QCOMPARE(f.pareto.cumulativeShare[100], 1.0);
        // Heatmap: 2026-01-01 is a Thursday (row 3), B at 00h; 2026-01-12 a Monday, E at 18h;
        // 2026-01-31 a Saturday (row 5), C at 23h; the voided purchase (Thursday 15th, 10h) is not counted.
        QCOMPARE(f.heatmap[3][0], 1);
        QCOMPARE(f.heatmap[0][18], 1);
        QCOMPARE(f.heatmap[5][23], 1);
        QCOMPARE(f.heatmap[3][10], 0);
        qint64 total = 0;
        for (const auto& row : f.heatmap)
            for (qint64 n : row)
                total += n;
        QCOMPARE(total, 5);
    }

    void membersAtRisk()
    {
        // End of January 2026: the 180 days start on 2025-08-05, the quiet 42 days on 2025-12-21.
        // F: 3 purchases inside the window (the 4th, on 08-04, is one day before) and none since 11-10.
        // G: only 2 inside the window. A bought in January.
        const MonthlyFigures f = figures(2026, 1);
        QCOMPARE(f.atRiskCount, 1);
        QCOMPARE(f.atRisk.size(), 1);
        QCOMPARE(f.atRisk[0].memberId, m_fMember);
        QCOMPARE(f.atRisk[0].purchases, 3);
        QCOMPARE(f.atRisk[0].salesFen, 3000);
        QCOMPARE(f.atRisk[0].lastPurchase, test::shopTime(2025, 11, 10, 15));
        // End of November: F and G bought in November: not at risk.
        QCOMPARE(figures(2025, 11).atRiskCount, 0);
    }

    void summariesStayConsistent()
    {
        QString error;
        QCOMPARE(ReportSummaries::differences(m_f->db, &error), 0);
        // Damage a summary: the comparison sees it, and a rebuild repairs it.
        QVERIFY(QSqlQuery(m_f->db.sql()).exec(u"UPDATE report_hourly SET paid_fen = paid_fen + 1"_s));
        QVERIFY(ReportSummaries::differences(m_f->db, &error) > 0);
        ReportSummaries::Counts counts;
        QVERIFY2(ReportSummaries::rebuild(m_f->db, &counts, &error), qPrintable(error));
        QCOMPARE(ReportSummaries::differences(m_f->db, &error), 0);
        QVERIFY(counts.hourlyRows > 0);
        QCOMPARE(counts.memberMonthRows, m_f->count(u"report_member_month"_s));
        QCOMPARE(figures(2026, 1).current.salesFen, 162900);
    }

    void membersAtRiskAcrossTheWindowsFirstDay()
    {
        // A shop of its own, every case of the window's boundary month (see computeAtRisk). End of March
        // 2026: the 180 days start on 2025-10-03 (boundary month October), the quiet 42 days on 2026-02-18.
        // End of January 2026 (a past month once the clock is in March): 2025-08-05 and 2025-12-21.
        auto shop = std::make_unique<test::DatabaseFixture>();
        std::swap(shop, m_f);
        const QDateTime joined = test::shopTime(2025, 9, 1);
        const qint64 k = test::addMemberAt(*m_f, u"Kai"_s, joined);
        const qint64 u = test::addMemberAt(*m_f, u"Una"_s, joined);
        const qint64 l = test::addMemberAt(*m_f, u"Lan"_s, joined);
        const qint64 n = test::addMemberAt(*m_f, u"Nie"_s, joined);
        const qint64 p = test::addMemberAt(*m_f, u"Pei"_s, joined);
        const qint64 r = test::addMemberAt(*m_f, u"Rui"_s, joined);
        const qint64 t = test::addMemberAt(*m_f, u"Tao"_s, joined);
        const qint64 v = test::addMemberAt(*m_f, u"Vic"_s, joined);
        const qint64 s = test::addMemberAt(*m_f, u"Shu"_s, joined);
        const qint64 q = test::addMemberAt(*m_f, u"Qin"_s, joined);
        struct Buy
        {
            qint64 member;
            Fen fen;
            QDateTime at;
        };
        const auto day = [](int y, int m, int d) { return test::shopTime(y, m, d); };
        QVector<Buy> buys{
            // K straddles the first day with 2 purchases after October: at risk whatever the split.
            {k, 5000, day(2025, 10, 1)},
            {k, 2000, day(2025, 10, 10)},
            {k, 3000, day(2025, 11, 5)},
            {k, 4000, day(2025, 12, 5)},
            // U: three purchases well inside.
            {u, 3000, day(2025, 11, 15)},
            {u, 2500, day(2025, 12, 10)},
            {u, 2500, day(2025, 12, 15)},
            // L straddles with one purchase after October: two of its three October ones count.
            {l, 1000, day(2025, 10, 2)},
            {l, 1100, day(2025, 10, 4)},
            {l, 1200, day(2025, 10, 20)},
            {l, 1300, day(2026, 1, 10)},
            // N straddles the same way, but only one October purchase counts.
            {n, 1000, day(2025, 10, 1)},
            {n, 1000, day(2025, 10, 2)},
            {n, 1000, day(2025, 10, 5)},
            {n, 1000, day(2026, 1, 10)},
            // P's October purchases all fall before the first day.
            {p, 10000, day(2025, 10, 1)},
            {p, 10000, day(2025, 10, 2)},
            {p, 1000, day(2025, 11, 1)},
            {p, 1000, day(2025, 12, 1)},
            // R: its purchase in the quiet days is voided (below).
            {r, 1000, day(2025, 11, 2)},
            {r, 1000, day(2025, 12, 2)},
            {r, 1000, day(2026, 1, 2)},
            {r, 5000, day(2026, 3, 1)},
            // T is anonymised (below).
            {t, 500, day(2025, 11, 3)},
            {t, 500, day(2025, 12, 3)},
            {t, 500, day(2026, 1, 3)},
            // V straddles, with little spend.
            {v, 100, day(2025, 10, 1)},
            {v, 100, day(2025, 10, 10)},
            {v, 100, day(2025, 11, 1)},
            {v, 100, day(2025, 12, 1)},
            // S bought again in the quiet days of March's window (2026-02-20).
            {s, 1000, day(2025, 11, 10)},
            {s, 1000, day(2025, 11, 20)},
            {s, 1000, day(2025, 12, 10)},
            {s, 1000, day(2026, 2, 20)},
            // Q: one of three is voided (the one at 11:00).
            {q, 1000, day(2025, 10, 15)},
            {q, 1000, day(2025, 11, 1)},
            {q, 1000, test::shopTime(2025, 12, 1, 11)},
        };
        std::stable_sort(buys.begin(), buys.end(), [](const Buy& a, const Buy& b) { return a.at < b.at; });
        QHash<QPair<qint64, QDateTime>, qint64> ids;
        for (const Buy& b : buys)
            ids.insert({b.member, b.at}, test::buyAt(*m_f, b.member, b.fen, b.at));
        m_f->clock.setNow(test::shopTime(2026, 3, 20));
        QString error;
        VoidResult vr;
        bool ok = PurchaseService(m_f->context())
                      .voidPurchase(ids.value({r, day(2026, 3, 1)}), u"wrong member"_s, &vr, &error) &&
                  PurchaseService(m_f->context())
                      .voidPurchase(ids.value({q, test::shopTime(2025, 12, 1, 11)}), u"wrong member"_s, &vr,
                                    &error) &&
                  PrivacyService(m_f->context()).anonymize(t, u"asked to be forgotten"_s, &error);
        QSqlQuery nameOfT(m_f->db.sql());
        nameOfT.exec(u"SELECT name FROM members WHERE id = %1"_s.arg(t));
        const QString anonymisedName = nameOfT.next() ? nameOfT.value(0).toString() : u"?"_s;
        nameOfT.finish();
        auto atRisk = [&](int year, int month, int limit) {
            MonthlyFigures f;
            f.month = QDate(year, month, 1);
            ok = ok && MonthlyFigures::membersAtRisk(m_f->db, &f, &error, limit);
            return f;
        };
        const MonthlyFigures march = atRisk(2026, 3, 30), marchTop = atRisk(2026, 3, 1),
                             marchTwo = atRisk(2026, 3, 2), marchNone = atRisk(2026, 3, 0),
                             january = atRisk(2026, 1, 30), januaryTop = atRisk(2026, 1, 1);
        std::swap(shop, m_f);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(anonymisedName != u"Tao"_s);

        struct Expected
        {
            qint64 member;
            qint64 purchases;
            Fen sales;
            QDateTime last;
        };
        auto verify = [](const MonthlyFigures& f, const QVector<Expected>& expected) {
            QCOMPARE(f.atRisk.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                QCOMPARE(f.atRisk[i].memberId, expected[i].member);
                QCOMPARE(f.atRisk[i].purchases, expected[i].purchases);
                QCOMPARE(f.atRisk[i].salesFen, expected[i].sales);
                QCOMPARE(f.atRisk[i].lastPurchase, expected[i].last);
            }
        };
        // March (the clock's month): K 3 of 4 (¥90), U ¥80, L 3 of 4 (¥36), R without its voided purchase,
        // T anonymised, V ¥3; not N (2 count), P (2), S (bought on 02-20), Q (2 once voided).
        const QVector<Expected> marchList{{k, 3, 9000, day(2025, 12, 5)}, {u, 3, 8000, day(2025, 12, 15)},
                                          {l, 3, 3600, day(2026, 1, 10)}, {r, 3, 3000, day(2026, 1, 2)},
                                          {t, 3, 1500, day(2026, 1, 3)},  {v, 3, 300, day(2025, 12, 1)}};
        QCOMPARE(march.atRiskCount, 6);
        verify(march, marchList);
        QCOMPARE(march.atRisk[4].name, anonymisedName);
        // Shorter lists: the same first members (K's spend is only bounded until it is looked up).
        QCOMPARE(marchTop.atRiskCount, 6);
        verify(marchTop, marchList.mid(0, 1));
        QCOMPARE(marchTwo.atRiskCount, 6);
        verify(marchTwo, marchList.mid(0, 2));
        QCOMPARE(marchNone.atRiskCount, 6);
        QVERIFY(marchNone.atRisk.isEmpty());
        // January, a past month: P, K and V count all four; S is at risk then; L, N, R and T bought in
        // January.
        const QVector<Expected> januaryList{{p, 4, 22000, day(2025, 12, 1)},
                                            {k, 4, 14000, day(2025, 12, 5)},
                                            {u, 3, 8000, day(2025, 12, 15)},
                                            {s, 3, 3000, day(2025, 12, 10)},
                                            {v, 4, 400, day(2025, 12, 1)}};
        QCOMPARE(january.atRiskCount, 5);
        verify(january, januaryList);
        QCOMPARE(januaryTop.atRiskCount, 5);
        verify(januaryTop, januaryList.mid(0, 1));
    }

    void newVipsLeaveOutVoidedUpgradesAndKeepTheirOrder()
    {
        // A shop of its own: H reaches tier 1 with ¥1,200 but the purchase is voided; I reaches tier 2 with
        // ¥3,500; J reaches tier 1 with ¥1,100 (all in March 2026).
        auto shop = std::make_unique<test::DatabaseFixture>();
        std::swap(shop, m_f);
        const qint64 h = test::addMemberAt(*m_f, u"Hua"_s, test::shopTime(2026, 2, 1));
        const qint64 i = test::addMemberAt(*m_f, u"Ivo"_s, test::shopTime(2026, 2, 1));
        const qint64 j = test::addMemberAt(*m_f, u"Jia"_s, test::shopTime(2026, 2, 1));
        const qint64 voided = test::buyAt(*m_f, h, 120000, test::shopTime(2026, 3, 2));
        test::buyAt(*m_f, j, 110000, test::shopTime(2026, 3, 3));
        test::buyAt(*m_f, i, 350000, test::shopTime(2026, 3, 4));
        m_f->clock.setNow(test::shopTime(2026, 3, 5));
        VoidResult vr;
        QString error;
        QVERIFY2(PurchaseService(m_f->context()).voidPurchase(voided, u"wrong member"_s, &vr, &error),
                 qPrintable(error));
        m_f->clock.setNow(test::shopTime(2026, 4, 2));
        const LoyaltyRules rules = RulesService(m_f->context()).current();
        MonthlyFigures f;
        const bool ok = MonthlyFigures::compute(m_f->db, QDate(2026, 3, 1), rules, &f, &error);
        MonthlyFigures::Options one;
        one.listLimit = 1;
        MonthlyFigures firstOnly;
        const bool okOne =
            MonthlyFigures::compute(m_f->db, QDate(2026, 3, 1), rules, &firstOnly, &error, one);
        QSqlQuery q(m_f->db.sql());
        q.exec(u"SELECT count(*) FROM tier_history WHERE purchase_id = %1 AND to_tier > from_tier"_s.arg(
            voided));
        const qint64 upgradesOfVoided = q.next() ? q.value(0).toLongLong() : -1;
        std::swap(shop, m_f);
        QVERIFY2(ok && okOne, qPrintable(error));
        QCOMPARE(upgradesOfVoided, 1); // the void leaves the upgrade's history row; the figures skip it
        QCOMPARE(f.newVipCount, 2);
        QCOMPARE(f.newVips.size(), 2);
        QCOMPARE(f.newVips[0].memberId, i); // highest tier first
        QCOMPARE(f.newVips[0].toTier, 2);
        QCOMPARE(f.newVips[0].name, u"Ivo"_s);
        QCOMPARE(f.newVips[1].memberId, j);
        QCOMPARE(f.newVips[1].name, u"Jia"_s);
        QCOMPARE(f.newVips[1].time, test::shopTime(2026, 3, 3));
        QCOMPARE(firstOnly.newVipCount, 2);
        QCOMPARE(firstOnly.newVips.size(), 1);
        QCOMPARE(firstOnly.newVips[0].memberId, i);
    }

    void tiersAtMonthEndUndoOnlyTheChangesOfMembersWhoWereThere()
    {
        // A shop of its own. P joins in February and reaches tier 1 in March; Q joins in March and climbs
        // to tier 2 in two steps; R joins in February and stays. At the end of February P and R are at
        // tier 0 and Q is not a member yet: his two steps must not be undone into February's counts.
        auto shop = std::make_unique<test::DatabaseFixture>();
        std::swap(shop, m_f);
        const qint64 p = test::addMemberAt(*m_f, u"Pei"_s, test::shopTime(2026, 2, 1));
        test::addMemberAt(*m_f, u"Ren"_s, test::shopTime(2026, 2, 2));
        const qint64 q = test::addMemberAt(*m_f, u"Qin"_s, test::shopTime(2026, 3, 5));
        test::buyAt(*m_f, p, 110000, test::shopTime(2026, 3, 4));
        test::buyAt(*m_f, q, 110000, test::shopTime(2026, 3, 6));
        test::buyAt(*m_f, q, 250000, test::shopTime(2026, 3, 7));
        m_f->clock.setNow(test::shopTime(2026, 4, 2));
        const LoyaltyRules rules = RulesService(m_f->context()).current();
        QSqlQuery tiers(m_f->db.sql());
        tiers.exec(u"SELECT member_id, count(*), max(to_tier) FROM tier_history GROUP BY member_id"_s);
        QHash<qint64, QPair<int, int>> changes;
        while (tiers.next())
            changes.insert(tiers.value(0).toLongLong(), {tiers.value(1).toInt(), tiers.value(2).toInt()});
        MonthlyFigures feb, mar;
        QString error;
        const bool ok = MonthlyFigures::compute(m_f->db, QDate(2026, 2, 1), rules, &feb, &error) &&
                        MonthlyFigures::compute(m_f->db, QDate(2026, 3, 1), rules, &mar, &error);
        std::swap(shop, m_f);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(changes.value(p), qMakePair(1, 1));
        QCOMPARE(changes.value(q), qMakePair(2, 2)); // the shop's history has both of Q's steps
        QVERIFY(feb.tiers.size() >= 3);
        QCOMPARE(feb.tiers[0].members, 2);
        QCOMPARE(feb.tiers[1].members, 0);
        QCOMPARE(feb.tiers[2].members, 0);
        QCOMPARE(mar.tiers[0].members, 1);
        QCOMPARE(mar.tiers[1].members, 1);
        QCOMPARE(mar.tiers[2].members, 1);
        QCOMPARE(mar.newVipCount, 3);
        QCOMPARE(mar.newVips.size(), 3);
        QCOMPARE(mar.newVips[0].memberId, q); // tier 2 first, then the tier-1 steps by time
        QCOMPARE(mar.newVips[1].memberId, p);
        QCOMPARE(mar.newVips[2].memberId, q);
        QCOMPARE(mar.newVips[2].time, test::shopTime(2026, 3, 6));
    }

    void parseMonth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("plain") << u"2026-04"_s << QDate(2026, 4, 1);
        QTest::newRow("spaces") << u" 2025-12 "_s << QDate(2025, 12, 1);
        QTest::newRow("month 13") << u"2026-13"_s << QDate();
        QTest::newRow("day given") << u"2026-04-01"_s << QDate();
        QTest::newRow("no zero") << u"2026-4"_s << QDate();
        QTest::newRow("words") << u"April"_s << QDate();
    }
    void parseMonth()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QDate month;
        QString error;
        QCOMPARE(MonthlyFigures::parseMonth(text, &month, &error), expected.isValid());
        if (expected.isValid())
            QCOMPARE(month, expected);
        else
            QVERIFY(error.contains(text));
    }
};

QTEST_GUILESS_MAIN(TestMonthlyFigures)
#include "TestMonthlyFigures.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewShop.h"
#include "TestDatabaseFixture.h"
#include "reports/MonthlyFigures.h"
#include "reports/ReportSummaries.h"
#include "services/IntegrityChecker.h"
#include "services/MemberService.h"
#include "services/PointsLedger.h"
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

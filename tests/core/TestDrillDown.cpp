// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewShop.h"
#include "TestDatabaseFixture.h"
#include "reports/DrillDown.h"
#include "reports/MonthlyFigures.h"
#include "services/MemberService.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

// The shop of tests/core/support/ReviewShop.h with E's ¥100 in February (at tier 1: paid ¥98), member ids
// 1–7 in the order A, E, F, G, B, C, D. Days of the week that matter: 2026-01-01 Thu, 2026-01-10 Sat,
// 2026-01-12 Mon, 2026-01-20 Tue, 2026-01-31 Sat. Expected values worked out by hand.
class TestDrillDown : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DatabaseFixture> m_f;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_e = 0, m_fMember = 0, m_g = 0;

    DrillDownPage fetch(const DrillDownQuery& query, qint64 offset = 0, int limit = 100)
    {
        DrillDownPage page;
        QString error;
        if (!DrillDown::fetch(m_f->db, query, offset, limit, &page, &error))
            qFatal("fetch failed: %s", qPrintable(error));
        return page;
    }
    static DrillDownQuery query(DrillDownQuery::Kind kind, int year, int month)
    {
        DrillDownQuery q;
        q.kind = kind;
        q.month = QDate(year, month, 1);
        return q;
    }
    static QVector<qint64> members(const DrillDownPage& page)
    {
        QVector<qint64> ids;
        for (const DrillDownRow& r : page.rows)
            ids.append(r.memberId);
        return ids;
    }
    static QVector<Fen> paid(const DrillDownPage& page)
    {
        QVector<Fen> fen;
        for (const DrillDownRow& r : page.rows)
            fen.append(r.paidFen);
        return fen;
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<test::DatabaseFixture>();
        test::ReviewShopOptions options;
        options.emilBuysInFebruary = true;
        const test::ReviewShop shop = test::buildReviewShop(*m_f, options);
        m_a = shop.a;
        m_b = shop.b;
        m_c = shop.c;
        m_d = shop.d;
        m_e = shop.e;
        m_fMember = shop.f;
        m_g = shop.g;
        QCOMPARE(QVector<qint64>({m_a, m_e, m_fMember, m_g, m_b, m_c, m_d}),
                 QVector<qint64>({1, 2, 3, 4, 5, 6, 7}));
    }

    void monthPurchasesOldestFirstWithoutVoids()
    {
        const DrillDownPage p = fetch(query(DrillDownQuery::Kind::MonthPurchases, 2026, 1));
        QCOMPARE(p.totalRows, 5);
        QCOMPARE(p.totalFen, 162900); // the bar of January: 30 + 200 + 1,200 + 119 + 80
        QCOMPARE(members(p), QVector<qint64>({m_b, m_a, m_e, m_a, m_c}));
        QCOMPARE(paid(p), QVector<Fen>({3000, 20000, 120000, 11900, 8000}));
        QCOMPARE(p.rows[0].time, test::shopTime(2026, 1, 1, 0, 0, 0));
        QCOMPARE(p.rows[4].time, test::shopTime(2026, 1, 31, 23, 59, 59));
        QCOMPARE(p.rows[2].name, u"Emil"_s);
        QVERIFY(p.rows[2].purchaseId > 0);
        QCOMPARE(p.rows[2].tier, 0); // bought at tier 0, upgraded by the purchase
        // December: only A's ¥50 at 23:59:59 on the 31st.
        const DrillDownPage dec = fetch(query(DrillDownQuery::Kind::MonthPurchases, 2025, 12));
        QCOMPARE(dec.totalRows, 1);
        QCOMPARE(dec.totalFen, 5000);
        QCOMPARE(dec.rows[0].time, test::shopTime(2025, 12, 31, 23, 59, 59));
    }

    void pagesKeepTheWholeListsTotals()
    {
        const DrillDownPage p = fetch(query(DrillDownQuery::Kind::MonthPurchases, 2026, 1), 2, 2);
        QCOMPARE(p.offset, 2);
        QCOMPARE(p.totalRows, 5);
        QCOMPARE(p.totalFen, 162900);
        QCOMPARE(paid(p), QVector<Fen>({120000, 11900}));
        const DrillDownPage beyond = fetch(query(DrillDownQuery::Kind::MonthPurchases, 2026, 1), 5, 2);
        QCOMPARE(beyond.totalRows, 5);
        QVERIFY(beyond.rows.isEmpty());
        const DrillDownPage countOnly = fetch(query(DrillDownQuery::Kind::MonthPurchases, 2026, 1), 0, 0);
        QCOMPARE(countOnly.totalRows, 5);
        QVERIFY(countOnly.rows.isEmpty());
    }

    void newAndReturningMembers()
    {
        const DrillDownPage fresh = fetch(query(DrillDownQuery::Kind::NewActiveMembers, 2026, 1));
        QCOMPARE(members(fresh), QVector<qint64>({m_c})); // D registered in January but never bought
        QCOMPARE(fresh.totalFen, 8000);
        QCOMPARE(fresh.rows[0].purchases, 1);
        QCOMPARE(fresh.rows[0].registered, QDate(2026, 1, 5));
        const DrillDownPage back = fetch(query(DrillDownQuery::Kind::ReturningActiveMembers, 2026, 1));
        // By the month's sales: E 1,200, A 319 (two purchases), B 30 (B's voided ¥500 gone).
        QCOMPARE(members(back), QVector<qint64>({m_e, m_a, m_b}));
        QCOMPARE(paid(back), QVector<Fen>({120000, 31900, 3000}));
        QCOMPARE(back.totalRows, 3);
        QCOMPARE(back.totalFen, 154900);
        QCOMPARE(back.rows[1].purchases, 2);
        QCOMPARE(back.rows[1].time, test::shopTime(2026, 1, 20)); // A's last purchase of the month
        QCOMPARE(back.rows[0].tier, 1);                           // E's tier now
    }

    void tierMembersAtMonthEnd()
    {
        // End of January: A, B, C, D, F, G at tier 0; E at tier 1 (as the donut counts).
        const DrillDownPage jan0 = fetch(query(DrillDownQuery::Kind::TierMembers, 2026, 1));
        QCOMPARE(jan0.totalRows, 6);
        // January sales first (A 319, C 80, B 30), then the rest by id (F, G, D).
        QCOMPARE(members(jan0), QVector<qint64>({m_a, m_c, m_b, m_fMember, m_g, m_d}));
        QCOMPARE(jan0.totalFen, 31900 + 8000 + 3000);
        DrillDownQuery jan1 = query(DrillDownQuery::Kind::TierMembers, 2026, 1);
        jan1.tier = 1;
        QCOMPARE(members(fetch(jan1)), QVector<qint64>({m_e}));
        // End of December: E's upgrade in January undone, C and D not registered yet.
        const DrillDownPage dec0 = fetch(query(DrillDownQuery::Kind::TierMembers, 2025, 12));
        QCOMPARE(members(dec0), QVector<qint64>({m_a, m_e, m_fMember, m_g, m_b}));
        QCOMPARE(dec0.totalFen, 5000);
        DrillDownQuery dec1 = query(DrillDownQuery::Kind::TierMembers, 2025, 12);
        dec1.tier = 1;
        QCOMPARE(fetch(dec1).totalRows, 0);
        // The lists agree with the donut of MonthlyFigures.
        MonthlyFigures f;
        QString error;
        QVERIFY(MonthlyFigures::compute(m_f->db, QDate(2026, 1, 1), RulesService(m_f->context()).current(),
                                        &f, &error));
        QCOMPARE(f.tiers[0].members, jan0.totalRows);
        QCOMPARE(f.tiers[1].members, 1);
    }

    void tierPurchasesAndTheTrendByTier()
    {
        DrillDownQuery feb0 = query(DrillDownQuery::Kind::TierPurchases, 2026, 2);
        DrillDownQuery feb1 = feb0;
        feb1.tier = 1;
        QCOMPARE(paid(fetch(feb0)), QVector<Fen>({1000}));
        const DrillDownPage e = fetch(feb1);
        QCOMPARE(members(e), QVector<qint64>({m_e}));
        QCOMPARE(e.totalFen, 9800); // ¥100 less tier 1's 2 %
        QCOMPARE(e.rows[0].tier, 1);

        // The stacked bars of sales by tier: February split 10 + 98, January all at tier 0.
        MonthlyFigures f;
        QString error;
        QVERIFY(MonthlyFigures::compute(m_f->db, QDate(2026, 2, 1), RulesService(m_f->context()).current(),
                                        &f, &error));
        QCOMPARE(f.trend.size(), 13);
        const MonthTrendPoint& febPoint = f.trend[12];
        QCOMPARE(febPoint.tierSales.size(), 2);
        QCOMPARE(febPoint.tierSales[0].tier, 0);
        QCOMPARE(febPoint.tierSales[0].salesFen, 1000);
        QCOMPARE(febPoint.tierSales[1].tier, 1);
        QCOMPARE(febPoint.tierSales[1].salesFen, 9800);
        QCOMPARE(febPoint.tierSales[1].purchases, 1);
        QCOMPARE(febPoint.salesFen, 10800);
        const MonthTrendPoint& janPoint = f.trend[11];
        QCOMPARE(janPoint.tierSales.size(), 1);
        QCOMPARE(janPoint.tierSales[0].salesFen, 162900);
        QCOMPARE(janPoint.tierSales[0].purchases, 5);
        QVERIFY(f.trend[0].tierSales.isEmpty()); // February 2025: nothing
        // Each drill-down list adds up to its bar segment.
        QCOMPARE(fetch(feb1).totalFen, febPoint.tierSales[1].salesFen);
    }

    void topSpendersAreTheHeadOfTheRanking()
    {
        DrillDownQuery q = query(DrillDownQuery::Kind::TopSpenders, 2026, 1);
        q.topCount = 1; // the top 20 % of 4 spenders, rounded up
        DrillDownPage p = fetch(q);
        QCOMPARE(members(p), QVector<qint64>({m_e}));
        QCOMPARE(p.totalFen, 120000);
        q.topCount = 2;
        p = fetch(q);
        QCOMPARE(members(p), QVector<qint64>({m_e, m_a}));
        QCOMPARE(p.totalFen, 151900); // the curve's 50 % point
        q.topCount = 10;
        p = fetch(q);
        QCOMPARE(p.totalRows, 4);
        QCOMPARE(p.totalFen, 162900);
        q.topCount = 0;
        QCOMPARE(fetch(q).totalRows, 0);
        // Paging inside the head of the ranking.
        q.topCount = 3;
        p = fetch(q, 1, 5);
        QCOMPARE(members(p), QVector<qint64>({m_a, m_c}));
        QCOMPARE(p.totalRows, 3);
    }

    void heatmapCells()
    {
        struct Cell
        {
            int weekday, hour;
            QVector<Fen> paid;
        };
        const QVector<Cell> cells = {
            {3, 0, {3000}},                                       // Thursday 1 January, 00:00:00
            {5, 10, {20000}},                                     // Saturday 10 January, 10:00
            {0, 18, {120000}}, {1, 10, {11900}}, {5, 23, {8000}}, // Saturday 31 January, 23:59:59
            {3, 10, {}},                                          // B's voided Thursday purchase is not there
            {6, 12, {}},
        };
        for (const Cell& c : cells) {
            DrillDownQuery q = query(DrillDownQuery::Kind::HourPurchases, 2026, 1);
            q.weekday = c.weekday;
            q.hour = c.hour;
            const DrillDownPage p = fetch(q);
            QCOMPARE(paid(p), c.paid);
            QCOMPARE(p.totalRows, qint64(c.paid.size()));
        }
    }

    void emptyMonthAndBadQueries()
    {
        const DrillDownPage none = fetch(query(DrillDownQuery::Kind::MonthPurchases, 2026, 3));
        QCOMPARE(none.totalRows, 0);
        QCOMPARE(none.totalFen, 0);
        QVERIFY(fetch(query(DrillDownQuery::Kind::ReturningActiveMembers, 2026, 3)).rows.isEmpty());

        DrillDownPage page;
        QString error;
        QVERIFY(!DrillDown::fetch(m_f->db, DrillDownQuery(), 0, 10, &page, &error));
        QVERIFY(!error.isEmpty());
        DrillDownQuery q = query(DrillDownQuery::Kind::HourPurchases, 2026, 1);
        q.hour = 24;
        error.clear();
        QVERIFY(!DrillDown::fetch(m_f->db, q, 0, 10, &page, &error));
        QVERIFY(error.contains(u"23"_s));
        q.hour = 0;
        q.weekday = 7;
        QVERIFY(!DrillDown::fetch(m_f->db, q, 0, 10, &page, &error));
        error.clear();
        QVERIFY(!DrillDown::fetch(m_f->db, query(DrillDownQuery::Kind::MonthPurchases, 2026, 1), -1, 10,
                                  &page, &error));
        QVERIFY(!error.isEmpty());
    }

    void titles()
    {
        const LoyaltyRules rules = RulesService(m_f->context()).current();
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(DrillDown::title(query(DrillDownQuery::Kind::MonthPurchases, 2026, 1), rules, en),
                 u"Member purchases of January 2026"_s);
        DrillDownQuery cell = query(DrillDownQuery::Kind::HourPurchases, 2026, 1);
        cell.weekday = 0;
        cell.hour = 9;
        QCOMPARE(DrillDown::title(cell, rules, en), u"Monday purchases, 09:00–10:00, January 2026"_s);
        DrillDownQuery top = query(DrillDownQuery::Kind::TopSpenders, 2026, 1);
        top.topCount = 1;
        QCOMPARE(DrillDown::title(top, rules, en),
                 u"The 1 biggest spender(s) of January 2026"_s); // no translator loaded: the source text
    }

    void exportWritesTheWholeListForOwnersOnly()
    {
        const QString path = m_f->dir.filePath(u"january.csv"_s);
        qint64 rows = 0;
        QString error;
        QVERIFY(!DrillDown::exportCsv(m_f->context(Role::Clerk),
                                      query(DrillDownQuery::Kind::MonthPurchases, 2026, 1), u"January"_s,
                                      path, &rows, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        error.clear();
        QVERIFY2(DrillDown::exportCsv(m_f->context(), query(DrillDownQuery::Kind::MonthPurchases, 2026, 1),
                                      u"January"_s, path, &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows, 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].contains(u"Paid (yuan)"_s));
        QVERIFY(lines[1].contains(u"Bo"_s));
        QVERIFY(lines[1].contains(u"2026-01-01 00:00:00"_s));
        QVERIFY(lines[1].contains(u"30.00"_s));
        QVERIFY(lines[3].contains(u"Emil"_s));
        QVERIFY(lines[3].contains(u"1200.00"_s));
        QSqlQuery audit(m_f->db.sql());
        QVERIFY(audit.exec(u"SELECT count(*) FROM audit_log WHERE action = 'export.member_list'"_s));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDrillDown)
#include "TestDrillDown.moc"

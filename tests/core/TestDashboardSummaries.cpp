// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 7's kept summaries (report_tier_members, report_month_spend) stay equal to a recount through
// every writer, `check` notices when they do not, and the Pareto curve drawn from the spend buckets stays
// within its stated 1 % of the exact one.
#include "ReviewShop.h"
#include "TestDatabaseFixture.h"
#include "demo/DemoGenerator.h"
#include "importio/PurchaseImporter.h"
#include "reports/MonthlyFigures.h"
#include "reports/ReportSummaries.h"
#include "services/IntegrityChecker.h"
#include "services/PrivacyService.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"
#include "services/TierReviewService.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

/// Fails the calling test when a kept summary differs from a recount (ReportSummaries compares every
/// summary row by row; IntegrityChecker is what `check` runs).
#define VERIFY_KEPT_MATCH_RECOUNT(db)                                                                        \
    do {                                                                                                     \
        QString error_;                                                                                      \
        QCOMPARE(ReportSummaries::differences(db, &error_), 0);                                              \
        const QStringList problems_ = IntegrityChecker(db).problems(false);                                  \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(u'\n')));                                    \
        QCOMPARE(scalar(db, u"SELECT coalesce(sum(members), 0) FROM report_tier_members"_s),                 \
                 scalar(db, u"SELECT count(*) FROM members"_s));                                             \
        QCOMPARE(scalar(db, u"SELECT coalesce(sum(members), 0) FROM report_month_spend"_s),                  \
                 scalar(db, u"SELECT count(*) FROM report_member_month"_s));                                 \
    } while (false)

MonthlyFigures figuresOf(Database& db, const LoyaltyRules& rules, const QDate& month, qint64 exactUpTo)
{
    MonthlyFigures f;
    QString error;
    MonthlyFigures::Options options;
    options.atRisk = false;
    options.paretoExactUpTo = exactUpTo;
    if (!MonthlyFigures::compute(db, month, rules, &f, &error, options))
        qFatal("compute failed: %s", qPrintable(error));
    return f;
}

} // namespace

class TestDashboardSummaries : public QObject
{
    Q_OBJECT

private slots:
    void bucketsAndTierCountsFollowEveryWriter()
    {
        test::DatabaseFixture f;
        VERIFY_KEPT_MATCH_RECOUNT(f.db);
        // New members, purchases in two months, a purchase that crosses into tier 1 (¥1,000 in 12 months).
        const qint64 a = test::addMemberAt(f, u"甲"_s, test::shopTime(2025, 1, 2));
        const qint64 b = test::addMemberAt(f, u"乙"_s, test::shopTime(2025, 1, 3));
        test::addMemberAt(f, u"丙"_s, test::shopTime(2025, 1, 4));
        test::buyAt(f, a, 9999, test::shopTime(2025, 1, 5));
        test::buyAt(f, a, 1, test::shopTime(2025, 1, 6)); // 9,999 → 10,000: another bucket
        test::buyAt(f, b, 50000, test::shopTime(2025, 1, 7));
        const qint64 upgrade = test::buyAt(f, b, 60000, test::shopTime(2025, 2, 1));
        QCOMPARE(scalar(f.db, u"SELECT tier FROM members WHERE id = "_s + QString::number(b)), 1);
        QCOMPARE(scalar(f.db, u"SELECT members FROM report_tier_members WHERE tier = 1"_s), 1);
        QCOMPARE(scalar(f.db, u"SELECT floor_fen FROM report_month_spend WHERE month = '2025-01' "
                              "ORDER BY floor_fen DESC LIMIT 1"_s),
                 50000);
        QCOMPARE(scalar(f.db, u"SELECT members FROM report_month_spend WHERE month = '2025-01' "
                              "AND floor_fen = 10000"_s),
                 1);
        VERIFY_KEPT_MATCH_RECOUNT(f.db);

        // A void moves the member-month down a bucket (or out) and the tier back.
        f.clock.setNow(test::shopTime(2025, 2, 2));
        VoidResult voided;
        QString error;
        QVERIFY2(PurchaseService(f.context()).voidPurchase(upgrade, u"wrong member"_s, &voided, &error),
                 qPrintable(error));
        QCOMPARE(scalar(f.db, u"SELECT tier FROM members WHERE id = "_s + QString::number(b)), 0);
        QCOMPARE(scalar(f.db, u"SELECT count(*) FROM report_month_spend WHERE month = '2025-02'"_s), 0);
        VERIFY_KEPT_MATCH_RECOUNT(f.db);

        // Upgrade again, then a tier review lowers the tier a year later.
        test::buyAt(f, a, 120000, test::shopTime(2025, 3, 1));
        QCOMPARE(scalar(f.db, u"SELECT members FROM report_tier_members WHERE tier = 1"_s), 1);
        f.clock.setNow(test::shopTime(2027, 6, 1));
        TierReviewResult review;
        QVERIFY2(TierReviewService(f.context()).run(&review, &error), qPrintable(error));
        QVERIFY(!review.changes.isEmpty());
        QCOMPARE(scalar(f.db, u"SELECT count(*) FROM report_tier_members WHERE tier = 1"_s), 0);
        VERIFY_KEPT_MATCH_RECOUNT(f.db);

        // Anonymising keeps the member (and the tier) counted.
        QVERIFY2(PrivacyService(f.context()).anonymize(a, u"asked to be forgotten"_s, &error),
                 qPrintable(error));
        VERIFY_KEPT_MATCH_RECOUNT(f.db);

        // A purchase import: its own summed summary writes and members it creates, some reaching tier 1.
        QByteArray csv = "member_ref,date,amount\n";
        for (int i = 0; i < 60; ++i) {
            csv += "N" + QByteArray::number(i % 12) + ",2027-0" + QByteArray::number(1 + i % 5) + "-1" +
                   QByteArray::number(i % 10) + "," + QByteArray::number(37 + i * 41) + "." +
                   QByteArray::number(10 + i % 90) + "\n";
        }
        csv += QByteArray::number(b) + ",2027-05-20,2000\n";
        ImportOptions options;
        options.createMembers = true;
        ImportReport report;
        QVERIFY2(PurchaseImporter(f.context()).run(csv, options, &report), qPrintable(report.error));
        QCOMPARE(report.imported, 61);
        QVERIFY(scalar(f.db, u"SELECT count(*) FROM members WHERE tier > 0"_s) > 0);
        VERIFY_KEPT_MATCH_RECOUNT(f.db);

        // A rebuild (`report rebuild-summaries`) recomputes both as well.
        ReportSummaries::Counts counts;
        QVERIFY2(ReportSummaries::rebuild(f.db, &counts, &error), qPrintable(error));
        VERIFY_KEPT_MATCH_RECOUNT(f.db);
    }

    void bigImportSetsIndexesAsideAndKeepsThem()
    {
        // 20,000 rows and more: the import also drops the purchases' and tier history's indexes (among them
        // step 7's tier_history_changes) and builds them again at the end.
        test::DatabaseFixture f;
        f.clock.setNow(test::shopTime(2026, 1, 1));
        QByteArray csv = "member_ref,date,amount\n";
        for (int i = 0; i < 20400; ++i) {
            csv += "M" + QByteArray::number(i % 300) + ",2025-" +
                   QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-" +
                   QByteArray::number(1 + i % 28).rightJustified(2, '0') + "," +
                   QByteArray::number(3 + (i * 7919) % 4000) + "." + QByteArray::number(10 + i % 90) + "\n";
        }
        ImportOptions options;
        options.createMembers = true;
        ImportReport report;
        QVERIFY2(PurchaseImporter(f.context()).run(csv, options, &report), qPrintable(report.error));
        QCOMPARE(report.imported, 20400);
        QVERIFY(scalar(f.db, u"SELECT count(*) FROM members WHERE tier > 0"_s) > 0);
        QCOMPARE(scalar(f.db, u"SELECT count(*) FROM sqlite_master WHERE name = 'tier_history_changes'"_s),
                 1);
        QVERIFY(scalar(f.db, u"SELECT count(*) FROM report_month_spend WHERE month = '2025-06'"_s) > 0);
        VERIFY_KEPT_MATCH_RECOUNT(f.db);
    }

    void checkFindsADriftedCountAndARebuildRepairsIt()
    {
        test::DatabaseFixture f;
        const qint64 a = test::addMemberAt(f, u"甲"_s, test::shopTime(2025, 1, 2));
        test::buyAt(f, a, 12345, test::shopTime(2025, 1, 5));
        VERIFY_KEPT_MATCH_RECOUNT(f.db);
        QSqlQuery q(f.db.sql());
        QVERIFY(q.exec(u"UPDATE report_tier_members SET members = members + 1 WHERE tier = 0"_s));
        QVERIFY(q.exec(u"UPDATE report_month_spend SET paid_fen = paid_fen - 1"_s));
        QString error;
        QVERIFY(ReportSummaries::differences(f.db, &error) > 0);
        const QStringList problems = IntegrityChecker(f.db).problems(false);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].contains(u"Tier 0"_s) && problems[0].contains(u"2 ≠ 1"_s),
                 qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(u"2025-01 12300"_s) && problems[1].contains(u"1/12344 ≠ 1/12345"_s),
                 qPrintable(problems[1]));
        ReportSummaries::Counts counts;
        QVERIFY2(ReportSummaries::rebuild(f.db, &counts, &error), qPrintable(error));
        VERIFY_KEPT_MATCH_RECOUNT(f.db);
    }

    void demoShopParetoFromBucketsWithinOnePercent()
    {
        test::DatabaseFixture f;
        f.clock.setNow(test::shopTime(2026, 11, 20));
        DemoOptions demo;
        demo.members = 6000;
        demo.months = 12;
        demo.seed = 8;
        DemoStats stats;
        QString error;
        QVERIFY2(DemoGenerator(f.context()).generate(demo, &stats, &error), qPrintable(error));
        // The demo fills the summaries once at the end (its bulk insert sets the triggers aside).
        VERIFY_KEPT_MATCH_RECOUNT(f.db);
        const LoyaltyRules rules = RulesService(f.context()).current();
        int bucketedMonths = 0, inexactPoints = 0;
        double worst = 0;
        for (QDate month(2025, 12, 1); month <= QDate(2026, 11, 1); month = month.addMonths(1)) {
            const MonthlyFigures exact = figuresOf(f.db, rules, month, std::numeric_limits<qint64>::max());
            const MonthlyFigures bucketed = figuresOf(f.db, rules, month, 0);
            QVERIFY(!exact.pareto.bucketed);
            if (exact.pareto.members == 0)
                continue;
            QVERIFY(bucketed.pareto.bucketed);
            ++bucketedMonths;
            QCOMPARE(bucketed.pareto.members, exact.pareto.members);
            QCOMPARE(bucketed.pareto.top20Members, exact.pareto.top20Members);
            // "The top 20 % make X %" is exact either way (its cut bucket is read member by member).
            QCOMPARE(bucketed.pareto.top20Share, exact.pareto.top20Share);
            QCOMPARE(bucketed.pareto.cumulativeShare.size(), 101);
            QCOMPARE(bucketed.pareto.cumulativeShare[0], 0.0);
            QCOMPARE(bucketed.pareto.cumulativeShare[100], 1.0);
            for (int b = 1; b <= 100; ++b) {
                const double e = exact.pareto.cumulativeShare[b], a = bucketed.pareto.cumulativeShare[b];
                const double relative = std::abs(a - e) / e;
                QVERIFY2(relative <= 0.01 + 1e-12,
                         qPrintable(u"%1 point %2: %3 vs exact %4"_s.arg(month.toString(u"yyyy-MM"_s))
                                        .arg(b)
                                        .arg(a, 0, 'g', 12)
                                        .arg(e, 0, 'g', 12)));
                if (a != e)
                    ++inexactPoints;
                worst = std::max(worst, relative);
            }
            // Everything else on the page is the same.
            QCOMPARE(bucketed.tiers.size(), exact.tiers.size());
            for (int i = 0; i < exact.tiers.size(); ++i)
                QCOMPARE(bucketed.tiers[i].members, exact.tiers[i].members);
        }
        QCOMPARE(bucketedMonths, 12);
        QVERIFY(inexactPoints > 0); // the comparison did compare interpolated points
        qInfo("largest relative difference of a Pareto point over 12 months: %.5f %%", worst * 100);
    }
};

QTEST_GUILESS_MAIN(TestDashboardSummaries)
#include "TestDashboardSummaries.moc"

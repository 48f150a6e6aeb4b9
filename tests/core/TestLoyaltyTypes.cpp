// SPDX-License-Identifier: GPL-3.0-or-later
// The four loyalty types on hand-computed histories: regularity, median thresholds, overrides.
#include "analytics/LoyaltyTypes.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace md;

class TestLoyaltyTypes : public QObject
{
    Q_OBJECT

    // Window: 2026-01-01 .. 2026-03-31 (90 days).
    const AnalysisWindow m_window{QDate(2026, 3, 31), 90};

    static void weekly(QVector<PurchaseHistory::Row>& rows, qint64 member, Fen profit)
    {
        for (int w = 0; w < 12; ++w)
            rows.append({member, QDate(2026, 1, 5).addDays(7 * w), profit * 5, profit});
    }

private slots:
    void fourTypes()
    {
        QCOMPARE(m_window.firstDay(), QDate(2026, 1, 1));
        QVector<PurchaseHistory::Row> rows;
        weekly(rows, 1, 10000);                                // friend: weekly, ¥1,200 profit
        rows.append({2, QDate(2026, 2, 14), 500000, 100000});  // butterfly: once, ¥1,000 profit
        weekly(rows, 3, 100);                                  // barnacle: weekly, ¥12 profit
        rows.append({4, QDate(2026, 3, 1), 2000, 400});        // stranger: once, ¥4
        rows.append({5, QDate(2025, 12, 31), 900000, 900000}); // before the window: not typed
        LoyaltyTypesResult r;
        QString error;
        QVERIFY2(LoyaltyTypes::compute(PurchaseHistory::fromRows(rows), m_window, {}, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.members.size(), 4);
        QCOMPARE(r.members[0].type, LoyaltyType::Friend);
        QCOMPARE(r.members[1].type, LoyaltyType::Butterfly);
        QCOMPARE(r.members[2].type, LoyaltyType::Barnacle);
        QCOMPARE(r.members[3].type, LoyaltyType::Stranger);
        // Median profit of 120000, 100000, 1200, 400 = (100000 + 1200) / 2.
        QCOMPARE(r.profitThresholdFen, Fen(50600));
        // Weekly from Jan 5: last visit Mar 23, the open gap of 8 days exceeds the mean of 7 and counts.
        const double mean = (11 * 7 + 8) / 12.0;
        const double sd = std::sqrt((11 * std::pow(7 - mean, 2) + std::pow(8 - mean, 2)) / 12);
        QVERIFY(qAbs(r.members[0].regularity - 1 / (1 + sd / mean)) < 1e-12);
        QCOMPARE(r.members[1].loyalty, 1.0);
        QVERIFY(qAbs(r.loyaltyThreshold - (1 + r.members[0].loyalty) / 2) < 1e-12);
        QCOMPARE(r.counts, (std::array<int, 4>{1, 1, 1, 1}));
        QCOMPARE(r.profitFen[size_t(LoyaltyType::Friend)], Fen(120000));
        QCOMPARE(r.paidFen[size_t(LoyaltyType::Stranger)], Fen(2000));
    }

    void regularityByHand()
    {
        // Visits on Mar 1, Mar 11, Mar 31 (the reference day): gaps 10 and 20, no open gap.
        // cv = 5 / 15, regularity = 0.75, loyalty = 3 × 0.75.
        const QVector<PurchaseHistory::Row> rows{{1, QDate(2026, 3, 1), 100, 20},
                                                 {1, QDate(2026, 3, 11), 100, 20},
                                                 {1, QDate(2026, 3, 31), 100, 20},
                                                 {2, QDate(2026, 3, 1), 100, 20},
                                                 {2, QDate(2026, 3, 2), 100, 20}};
        LoyaltyTypesResult r;
        QString error;
        QVERIFY(LoyaltyTypes::compute(PurchaseHistory::fromRows(rows), m_window, {}, &r, &error));
        QVERIFY(qAbs(r.members[0].regularity - 0.75) < 1e-12);
        QVERIFY(qAbs(r.members[0].loyalty - 2.25) < 1e-12);
        // Member 2: one gap of 1 day, then 29 days of silence (longer than the mean gap): cv = 14/15.
        QVERIFY(qAbs(r.members[1].regularity - 1 / (1 + 14.0 / 15.0)) < 1e-12);
    }

    void thresholdsCanBeSet()
    {
        QVector<PurchaseHistory::Row> rows;
        weekly(rows, 1, 10000);
        rows.append({2, QDate(2026, 2, 14), 500000, 100000});
        LoyaltyTypeOptions options;
        options.profitThresholdFen = 10'000'000; // nobody is profitable enough
        options.loyaltyThreshold = 0.5;          // everybody is loyal
        LoyaltyTypesResult r;
        QString error;
        QVERIFY(LoyaltyTypes::compute(PurchaseHistory::fromRows(rows), m_window, options, &r, &error));
        QCOMPARE(r.profitThresholdFen, Fen(10'000'000));
        QCOMPARE(r.counts[size_t(LoyaltyType::Barnacle)], 2);
        options.loyaltyThreshold = std::nan("");
        QVERIFY(!LoyaltyTypes::compute(PurchaseHistory::fromRows(rows), m_window, options, &r, &error));
    }

    void emptyWindow()
    {
        LoyaltyTypesResult r;
        QString error;
        const PurchaseHistory h = PurchaseHistory::fromRows({{1, QDate(2025, 6, 1), 100, 20}});
        QVERIFY(!LoyaltyTypes::compute(h, m_window, {}, &r, &error));
        QVERIFY(error.contains(u"2026-01-01"_s));
        QVERIFY(!LoyaltyTypes::compute(h, {QDate(2026, 3, 31), -5}, {}, &r, &error));
    }

    void namesAndTreatments()
    {
        QStringList keys;
        for (LoyaltyType t : LoyaltyTypes::types()) {
            keys << LoyaltyTypes::key(t);
            QVERIFY(!LoyaltyTypes::name(t).isEmpty());
            QVERIFY(LoyaltyTypes::treatment(t).endsWith(u'.'));
        }
        QCOMPARE(keys, (QStringList{u"friends"_s, u"butterflies"_s, u"barnacles"_s, u"strangers"_s}));
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyTypes)
#include "TestLoyaltyTypes.moc"

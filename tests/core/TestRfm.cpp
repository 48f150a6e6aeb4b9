// SPDX-License-Identifier: GPL-3.0-or-later
// RFM scores and segments on hand-computed histories: window boundaries at month ends, ties, empty windows.
#include "analytics/Rfm.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

PurchaseHistory::Row row(qint64 member, const QDate& day, Fen paid)
{
    return {member, day, paid, paid / 5};
}

} // namespace

class TestRfm : public QObject
{
    Q_OBJECT

private slots:
    void quintileScores()
    {
        QCOMPARE(Rfm::quintileScores({1, 2, 3, 4, 5}, true), (QVector<int>{1, 2, 3, 4, 5}));
        QCOMPARE(Rfm::quintileScores({0, 10, 20, 30, 40}, false), (QVector<int>{5, 4, 3, 2, 1}));
        // Ties share the score of the lowest place they occupy.
        QCOMPARE(Rfm::quintileScores({1, 1, 1, 1, 5}, true), (QVector<int>{1, 1, 1, 1, 5}));
        QCOMPARE(Rfm::quintileScores({7, 7, 7}, true), (QVector<int>{1, 1, 1}));
        QCOMPARE(Rfm::quintileScores({7}, true), (QVector<int>{3}));
        QCOMPARE(Rfm::quintileScores({3, 1, 2}, true), (QVector<int>{5, 1, 3}));
        // Ten values: two per fifth.
        QCOMPARE(Rfm::quintileScores({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, true),
                 (QVector<int>{5, 5, 4, 4, 3, 3, 2, 2, 1, 1}));
        QCOMPARE(Rfm::quintileScores({}, true), QVector<int>{});
    }

    void segmentMapping_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("frequency");
        QTest::addColumn<int>("segment");
        QTest::newRow("champion") << 5 << 4 << 4 << 9 << int(RfmSegment::Champions);
        QTest::newRow("loyal, small baskets") << 3 << 5 << 2 << 12 << int(RfmSegment::Loyal);
        QTest::newRow("new") << 5 << 1 << 3 << 1 << int(RfmSegment::New);
        QTest::newRow("recent twice") << 4 << 2 << 3 << 2 << int(RfmSegment::Potential);
        QTest::newRow("R3 once") << 3 << 1 << 1 << 1 << int(RfmSegment::Potential);
        QTest::newRow("lapsed regular") << 1 << 4 << 2 << 8 << int(RfmSegment::AtRisk);
        QTest::newRow("lapsed big spender") << 2 << 1 << 5 << 1 << int(RfmSegment::AtRisk);
        QTest::newRow("hibernating") << 1 << 1 << 1 << 1 << int(RfmSegment::Hibernating);
    }

    void segmentMapping()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(int, frequency);
        QFETCH(int, segment);
        QCOMPARE(int(Rfm::segmentFor(r, f, m, frequency)), segment);
    }

    void windowBoundariesAndScores()
    {
        // Window: the 31 days 2026-03-01 .. 2026-03-31.
        const AnalysisWindow w{QDate(2026, 3, 31), 31};
        QCOMPARE(w.firstDay(), QDate(2026, 3, 1));
        QVector<PurchaseHistory::Row> rows{
            row(1, QDate(2026, 2, 28), 99900), // the day before the window: ignored
            row(1, QDate(2026, 3, 1), 1000),   // first day of the window
            row(1, QDate(2026, 3, 1), 500),    // same day: one visit
            row(1, QDate(2026, 3, 31), 2000),  // last day
            row(2, QDate(2026, 3, 10), 3000),
            row(3, QDate(2026, 2, 1), 5000), // only before the window: not scored
            row(4, QDate(2026, 4, 1), 7000), // after the reference date: not scored
            row(5, QDate(2026, 3, 20), 100),
            row(5, QDate(2026, 3, 25), 100),
            row(5, QDate(2026, 3, 30), 100),
        };
        RfmResult result;
        QString error;
        QVERIFY2(Rfm::compute(PurchaseHistory::fromRows(rows), w, &result, &error), qPrintable(error));
        QCOMPARE(result.members.size(), 3);
        const RfmMember& m1 = result.members[0];
        QCOMPARE(m1.memberId, 1);
        QCOMPARE(m1.recencyDays, 0);
        QCOMPARE(m1.frequency, 2);
        QCOMPARE(m1.monetaryFen, 3500);
        const RfmMember& m2 = result.members[1];
        QCOMPARE(m2.memberId, 2);
        QCOMPARE(m2.recencyDays, 21);
        QCOMPARE(m2.frequency, 1);
        const RfmMember& m5 = result.members[2];
        QCOMPARE(m5.memberId, 5);
        QCOMPARE(m5.recencyDays, 1);
        QCOMPARE(m5.frequency, 3);
        QCOMPARE(m5.monetaryFen, 300);
        // n = 3: R 0 < 1 < 21 days → 5, 3, 1 (1 + min(4, ⌊5·k/2⌋) for k = 2, 1, 0 worse members).
        QCOMPARE(m1.r, 5);
        QCOMPARE(m5.r, 3);
        QCOMPARE(m2.r, 1);
        QCOMPARE(m1.f, 3);
        QCOMPARE(m5.f, 5);
        QCOMPARE(m2.f, 1);
        QCOMPARE(m2.m, 3);
        QCOMPARE(m1.m, 5);
        QCOMPARE(m5.m, 1);
        QCOMPARE(m1.segment, RfmSegment::Potential);
        QCOMPARE(m5.segment, RfmSegment::Loyal);
        QCOMPARE(m2.segment, RfmSegment::Hibernating);
        int total = 0;
        for (int c : result.counts)
            total += c;
        QCOMPARE(total, 3);
        QCOMPARE(result.counts[size_t(RfmSegment::Loyal)], 1);
    }

    void emptyOrInvalidWindow()
    {
        const PurchaseHistory h = PurchaseHistory::fromRows({row(1, QDate(2026, 1, 15), 1000)});
        RfmResult result;
        QString error;
        QVERIFY(!Rfm::compute(h, {QDate(2026, 3, 31), 30}, &result, &error));
        QVERIFY2(error.contains(u"2026-03-02"_s) && error.contains(u"2026-03-31"_s), qPrintable(error));
        QVERIFY(!Rfm::compute(h, {QDate(2026, 3, 31), 0}, &result, &error));
        QVERIFY(!Rfm::compute(h, {QDate(), 30}, &result, &error));
        QVERIFY(!Rfm::compute(PurchaseHistory::fromRows({}), {QDate(2026, 3, 31), 30}, &result, &error));
        // A leap day at the window's edge.
        QVERIFY(Rfm::compute(PurchaseHistory::fromRows({row(1, QDate(2024, 2, 29), 1000)}),
                             {QDate(2024, 3, 30), 31}, &result, &error));
        QCOMPARE(result.members.size(), 1);
        QCOMPARE(result.members[0].recencyDays, 30);
    }

    void namesAndKeys()
    {
        QStringList keys;
        for (RfmSegment s : Rfm::segments()) {
            keys << Rfm::key(s);
            QVERIFY(!Rfm::name(s).isEmpty());
            QVERIFY(!Rfm::advice(s).isEmpty());
        }
        QCOMPARE(keys, (QStringList{u"champions"_s, u"loyal"_s, u"new"_s, u"potential"_s, u"at_risk"_s,
                                    u"hibernating"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRfm)
#include "TestRfm.moc"

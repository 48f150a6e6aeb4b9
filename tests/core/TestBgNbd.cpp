// SPDX-License-Identifier: GPL-3.0-or-later
// BG/NBD against the published CDNOW results (Fader, Hardie & Lee 2005; BTYD 2.4.3 vignette; lifetimes and
// pymc-marketing tests; see ../shared/refdata/README.md), from summaries built from the raw transaction log.
#include "CdnowSample.h"
#include "analytics/BgNbd.h"
#include "analytics/WinBack.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace md;

namespace {

bool closeRel(double actual, double expected, double relTol)
{
    return std::abs(actual - expected) <= relTol * std::abs(expected);
}

// Agreement to 4 significant digits.
bool sig4(double actual, double expected)
{
    return closeRel(actual, expected, 5e-4);
}

} // namespace

class TestBgNbd : public QObject
{
    Q_OBJECT

    QVector<CustomerSummary> m_cdnow;
    BgNbdFit m_fit;

    const CustomerSummary* customer(qint64 id) const
    {
        for (const CustomerSummary& c : m_cdnow)
            if (c.memberId == id)
                return &c;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::cdnowCalibrationSummaries(&m_cdnow));
        m_fit = BgNbd::fit(m_cdnow);
        QVERIFY2(m_fit.ok, qPrintable(m_fit.error));
        qInfo("r=%.7f alpha=%.7f a=%.7f b=%.7f LL=%.5f evaluations=%d", m_fit.params.r, m_fit.params.alpha,
              m_fit.params.a, m_fit.params.b, m_fit.logLikelihood, m_fit.evaluations);
    }

    void summaryMatchesPaper()
    {
        // 2,357 customers (8 of them made only a $0 purchase), Σx = 2,457 repeat days, 946 repeaters.
        QCOMPARE(m_cdnow.size(), 2357);
        qint64 sumX = 0;
        int repeaters = 0;
        for (const CustomerSummary& c : m_cdnow) {
            sumX += c.x;
            repeaters += c.x > 0 ? 1 : 0;
        }
        QCOMPARE(sumX, 2457);
        QCOMPARE(repeaters, 946);
        const CustomerSummary* c1516 = customer(1516);
        QVERIFY(c1516);
        QCOMPARE(c1516->x, 26);
        QVERIFY(std::abs(c1516->tx - 30.85714) < 1e-5);
        QCOMPARE(c1516->T, 31.0);
    }

    void fitMatchesPublishedEstimates()
    {
        const BgNbdParams& p = m_fit.params;
        QCOMPARE(m_fit.customers, 2357);
        QVERIFY2(closeRel(p.r, 0.243, 0.005), qPrintable(QString::number(p.r)));
        QVERIFY2(closeRel(p.alpha, 4.414, 0.005), qPrintable(QString::number(p.alpha)));
        QVERIFY2(closeRel(p.a, 0.793, 0.005), qPrintable(QString::number(p.a)));
        QVERIFY2(closeRel(p.b, 2.426, 0.005), qPrintable(QString::number(p.b)));
        QVERIFY2(std::abs(m_fit.logLikelihood - -9582.4) < 0.05,
                 qPrintable(QString::number(m_fit.logLikelihood)));
        // It is the maximum: the BTYD estimates are not better.
        QVERIFY(m_fit.logLikelihood >=
                BgNbd::logLikelihood({0.2425982, 4.4136842, 0.7929899, 2.4261667}, m_cdnow));
        // The grouped likelihood of the fit equals the plain per-customer sum.
        QVERIFY(std::abs(BgNbd::logLikelihood(m_fit.params, m_cdnow) - m_fit.logLikelihood) < 1e-6);
        // The MLE computed independently: (0.2426, 4.4135, 0.7929, 2.4257).
        QVERIFY(std::abs(p.r - 0.2426) < 1e-4 && std::abs(p.alpha - 4.4135) < 2e-3);
        QVERIFY(std::abs(p.a - 0.7929) < 2e-4 && std::abs(p.b - 2.4257) < 2e-3);
    }

    void sampleFirstFitReachesTheSameMaximum()
    {
        // Large shops start from a fit on a systematic sample; force that path on CDNOW.
        const BgNbdFit fit = BgNbd::fit(m_cdnow, 1000);
        QVERIFY2(fit.ok, qPrintable(fit.error));
        QVERIFY(closeRel(fit.params.r, m_fit.params.r, 1e-3));
        QVERIFY(closeRel(fit.params.alpha, m_fit.params.alpha, 1e-3));
        QVERIFY(closeRel(fit.params.a, m_fit.params.a, 1e-3));
        QVERIFY(closeRel(fit.params.b, m_fit.params.b, 1e-3));
        QVERIFY(std::abs(fit.logLikelihood - m_fit.logLikelihood) < 1e-3);
    }

    void individualFiguresMatchBtyd()
    {
        const BgNbd model(m_fit.params);
        const CustomerSummary* c = customer(1516);
        QVERIFY(c);
        double ey = 0;
        QString error;
        QVERIFY(model.conditionalExpectedPurchases(52, c->x, c->tx, c->T, &ey, &error));
        QVERIFY2(sig4(ey, 25.75659), qPrintable(QString::number(ey, 'g', 10)));
        QVERIFY2(sig4(model.probabilityAlive(c->x, c->tx, c->T), 0.9688523),
                 qPrintable(QString::number(model.probabilityAlive(c->x, c->tx, c->T), 'g', 10)));
        double ex = 0;
        QVERIFY(model.expectedPurchases(52, &ex, &error));
        QVERIFY2(sig4(ex, 1.444004), qPrintable(QString::number(ex, 'g', 10)));
    }

    void increasingFrequencyParadox_data()
    {
        QTest::addColumn<int>("x");
        QTest::addColumn<double>("expected");
        QTest::newRow("10") << 10 << 0.3474606;
        QTest::newRow("15") << 15 << 0.04283391;
        QTest::newRow("20") << 20 << 0.004158973;
        QTest::newRow("25") << 25 << 0.0003583685;
    }

    void increasingFrequencyParadox()
    {
        QFETCH(int, x);
        QFETCH(double, expected);
        double ey = 0;
        QString error;
        QVERIFY(BgNbd(m_fit.params).conditionalExpectedPurchases(52, x, 20, 39, &ey, &error));
        QVERIFY2(sig4(ey, expected), qPrintable(QString::number(ey, 'g', 10)));
    }

    void unconditionalExpectationsMatchLifetimes_data()
    {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("expected");
        QTest::newRow("1 day") << 0.1429 << 0.0078;
        QTest::newRow("1 week") << 1.0 << 0.0532;
        QTest::newRow("3") << 3.0 << 0.1506;
        QTest::newRow("31.86") << 31.8571 << 1.0405;
        QTest::newRow("32") << 32.0 << 1.0437;
        QTest::newRow("78") << 78.0 << 1.8576;
    }

    void unconditionalExpectationsMatchLifetimes()
    {
        QFETCH(double, t);
        QFETCH(double, expected);
        double ex = 0;
        QString error;
        QVERIFY(BgNbd(m_fit.params).expectedPurchases(t, &ex, &error));
        // The published figures have 4 decimals; at t = 78 they are sensitive to the 5th digit of the MLE.
        QVERIFY2(std::abs(ex - expected) <= 0.00005 + 1e-9 || sig4(ex, expected),
                 qPrintable(QString::number(ex, 'g', 10)));
    }

    void hardieSpreadsheetCustomer()
    {
        // x=2, t_x=30.43, T=38.86: E[Y(39)] = 1.226, P(alive) = 0.7266.
        const BgNbd model(m_fit.params);
        double ey = 0;
        QString error;
        QVERIFY(model.conditionalExpectedPurchases(39, 2, 30.43, 38.86, &ey, &error));
        QVERIFY2(std::abs(ey - 1.226) < 0.0005, qPrintable(QString::number(ey, 'g', 10)));
        QVERIFY(std::abs(model.probabilityAlive(2, 30.43, 38.86) - 0.7266) < 0.00005);
        QCOMPARE(model.probabilityAlive(0, 0, 38.86), 1.0);
    }

    void numericallyStableLikelihood()
    {
        // pymc-marketing test_numerically_stable_logp (Hardie's note 027).
        const BgNbdParams p{0.25, 4, 0.8, 2.5};
        QVERIFY(std::abs(BgNbd::logLikelihood(p, 0, 0, 40) - -0.59947382) < 1e-7);
        QVERIFY(std::abs(BgNbd::logLikelihood(p, 200, 38, 40) - 100.7957) < 1e-4);
        // Very long silences do not turn P(alive) into NaN.
        const double alive = BgNbd(p).probabilityAlive(5000, 1, 1e6);
        QVERIFY(std::isfinite(alive) && alive >= 0 && alive < 1e-100);
    }

    void longHorizonsStayFinite()
    {
        // z = t/(α+T+t) close to 1: days as the unit, a new customer, a ten-year horizon.
        const BgNbd model(m_fit.params);
        double ey = 0;
        double shorter = 0;
        QString error;
        QVERIFY(model.conditionalExpectedPurchases(5200, 3, 1, 2, &ey, &error));
        QVERIFY(model.conditionalExpectedPurchases(520, 3, 1, 2, &shorter, &error));
        QVERIFY(std::isfinite(ey) && ey > shorter && shorter > 0);
        QVERIFY(model.conditionalExpectedPurchases(0, 3, 1, 2, &ey, &error));
        QCOMPARE(ey, 0.0);
        QVERIFY(!model.conditionalExpectedPurchases(-1, 3, 1, 2, &ey, &error));
        QVERIFY(!error.isEmpty());
    }

    void winBackListsValuableLapsedCustomers()
    {
        const BgNbd model(m_fit.params);
        QVector<WinBackEntry> list;
        QString error;
        QVERIFY2(WinBack::list(model, m_cdnow, {}, &list, &error), qPrintable(error));
        QVERIFY(!list.isEmpty());
        // The default value bar: the least that any of the top ceil(20 %) spenders paid.
        std::vector<Fen> spend;
        for (const CustomerSummary& c : m_cdnow)
            spend.push_back(c.totalPaidFen);
        std::sort(spend.rbegin(), spend.rend());
        const Fen bar = spend[(spend.size() * 20 + 99) / 100 - 1];
        int expected = 0;
        for (const CustomerSummary& c : m_cdnow)
            if (c.totalPaidFen >= bar && model.probabilityAlive(c.x, c.tx, c.T) < 0.5)
                ++expected;
        QCOMPARE(list.size(), expected);
        for (int i = 0; i < list.size(); ++i) {
            QVERIFY(list[i].pAlive < 0.5);
            QVERIFY(list[i].pastSpendFen >= bar);
            QVERIFY(i == 0 || list[i - 1].pastSpendFen >= list[i].pastSpendFen);
        }
        // Customers without repeat purchases are never listed: P(alive) = 1.
        WinBackOptions all;
        all.minPastSpendFen = 0;
        all.pAliveThreshold = 1.0;
        QVERIFY(WinBack::list(model, m_cdnow, all, &list, &error));
        QCOMPARE(list.size(),
                 946 - int(std::count_if(m_cdnow.begin(), m_cdnow.end(), [&](const CustomerSummary& c) {
                     return c.x > 0 && model.probabilityAlive(c.x, c.tx, c.T) >= 1.0;
                 })));
        all.pAliveThreshold = 0;
        QVERIFY(!WinBack::list(model, m_cdnow, all, &list, &error));
    }

    void refusesTooLittleHistory()
    {
        QVector<CustomerSummary> few;
        BgNbdFit fit = BgNbd::fit(few);
        QVERIFY(!fit.ok);
        QVERIFY(!fit.error.isEmpty());
        // All-zero frequencies.
        for (int i = 0; i < 50; ++i)
            few.append({i + 1, 0, 0, double(10 + i), 0, 100, {}, {}});
        fit = BgNbd::fit(few);
        QVERIFY(!fit.ok);
        QVERIFY(fit.error.contains(QStringLiteral("at least 2")));
        // One repeat customer is still not enough.
        few[0].x = 2;
        few[0].tx = 5;
        fit = BgNbd::fit(few);
        QVERIFY(!fit.ok);
        // Inconsistent summaries are refused, not fitted.
        few[1].x = 1;
        few[1].tx = 500;
        fit = BgNbd::fit(few);
        QVERIFY(!fit.ok);
        QVERIFY(fit.error.contains(QStringLiteral("inconsistent")));
    }

    void smallOrOddHistoriesGiveNumbersOrAMessage()
    {
        // Whatever the data, a fit either converges to finite, positive parameters or says why not.
        quint32 seed = 12345;
        const auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return seed >> 8;
        };
        for (int trial = 0; trial < 40; ++trial) {
            QVector<CustomerSummary> data;
            const int n = 2 + int(next() % 60);
            for (int i = 0; i < n; ++i) {
                CustomerSummary c;
                c.memberId = i + 1;
                c.T = double(next() % 200);
                c.x = trial % 5 == 0 ? int(next() % 2) : int(next() % 30);
                c.tx = c.x > 0 ? double(next() % (int(c.T) + 1)) : 0.0;
                if (c.x > 0 && c.tx == 0)
                    c.tx = std::min(1.0, c.T);
                if (c.T == 0)
                    c.x = 0, c.tx = 0;
                data.append(c);
            }
            const BgNbdFit fit = BgNbd::fit(data);
            if (!fit.ok) {
                QVERIFY(!fit.error.isEmpty());
                continue;
            }
            const BgNbdParams& p = fit.params;
            QVERIFY(std::isfinite(fit.logLikelihood));
            QVERIFY(p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0);
            double ey = 0;
            QString error;
            if (BgNbd(p).conditionalExpectedPurchases(52, data[0].x, data[0].tx, data[0].T, &ey, &error))
                QVERIFY(std::isfinite(ey) && ey >= 0);
            else
                QVERIFY(!error.isEmpty());
        }
    }

    void calibrationEndBeforeFirstPurchase()
    {
        QVector<PurchaseHistory::Row> rows;
        QVERIFY(test::loadCdnowSample(&rows));
        QVector<CustomerSummary> s;
        QString error;
        QVERIFY(!CustomerSummaries::build(PurchaseHistory::fromRows(rows), QDate(1996, 12, 31),
                                          TimeUnit::Week, &s, &error));
        QVERIFY(error.contains(QStringLiteral("1997-01-01")));
        QVERIFY(!CustomerSummaries::build(PurchaseHistory::fromRows({}), QDate(1997, 9, 30), TimeUnit::Week,
                                          &s, &error));
    }

    void dayUnitGivesTheSameModelInDays()
    {
        // Counting in days scales α by 7 and leaves r, a, b alone.
        QVector<PurchaseHistory::Row> rows;
        QVERIFY(test::loadCdnowSample(&rows));
        QVector<CustomerSummary> days;
        QString error;
        QVERIFY(CustomerSummaries::build(PurchaseHistory::fromRows(rows), QDate(1997, 9, 30), TimeUnit::Day,
                                         &days, &error));
        const BgNbdFit fit = BgNbd::fit(days);
        QVERIFY2(fit.ok, qPrintable(fit.error));
        QVERIFY(closeRel(fit.params.r, m_fit.params.r, 1e-3));
        QVERIFY(closeRel(fit.params.alpha, m_fit.params.alpha * 7, 1e-3));
        QVERIFY(closeRel(fit.params.a, m_fit.params.a, 1e-3));
        QVERIFY(closeRel(fit.params.b, m_fit.params.b, 1e-3));
    }
};

QTEST_GUILESS_MAIN(TestBgNbd)
#include "TestBgNbd.moc"

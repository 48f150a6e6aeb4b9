// SPDX-License-Identifier: GPL-3.0-or-later
// Gamma-Gamma spend model against the published CDNOW results (Fader & Hardie note 025; lifetimes tests
// and Quickstart; see ../shared/refdata/README.md), and the CLV built on it.
#include "CdnowSample.h"
#include "analytics/GammaGamma.h"

#include <QTest>

#include <cmath>

using namespace md;

namespace {

bool closeRel(double actual, double expected, double relTol)
{
    return std::abs(actual - expected) <= relTol * std::abs(expected);
}

} // namespace

class TestGammaGamma : public QObject
{
    Q_OBJECT

    QVector<CustomerSummary> m_cdnow;
    GammaGammaFit m_fit;

private slots:
    void initTestCase()
    {
        QVERIFY(test::cdnowCalibrationSummaries(&m_cdnow));
        m_fit = GammaGamma::fit(m_cdnow);
        QVERIFY2(m_fit.ok, qPrintable(m_fit.error));
        qInfo("p=%.6f q=%.6f v=%.6f LL=%.4f n=%d evaluations=%d", m_fit.params.p, m_fit.params.q,
              m_fit.params.v, m_fit.logLikelihood, m_fit.customers, m_fit.evaluations);
    }

    void fitMatchesPublishedEstimates()
    {
        QCOMPARE(m_fit.customers, 946);
        QVERIFY2(closeRel(m_fit.params.p, 6.25, 0.005), qPrintable(QString::number(m_fit.params.p)));
        QVERIFY2(closeRel(m_fit.params.q, 3.74, 0.005), qPrintable(QString::number(m_fit.params.q)));
        QVERIFY2(closeRel(m_fit.params.v, 15.44, 0.005), qPrintable(QString::number(m_fit.params.v)));
        // Computed independently: MLE (6.2488, 3.7446, 15.4478), LL −4055.92.
        QVERIFY2(std::abs(m_fit.logLikelihood - -4055.92) < 0.01,
                 qPrintable(QString::number(m_fit.logLikelihood)));
        double sum = 0;
        for (const CustomerSummary& c : m_cdnow)
            if (c.x > 0)
                sum += GammaGamma::logLikelihood(m_fit.params, c.x, c.meanRepeatSpend);
        QVERIFY(std::abs(sum - m_fit.logLikelihood) < 1e-6);
    }

    void conditionalSpendMatchesHardieSpreadsheet()
    {
        // IDs 1–10 (lifetimes test, "from Hardie spreadsheet").
        const double expected[] = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        const GammaGamma model(m_fit.params);
        for (int id = 1; id <= 10; ++id) {
            const CustomerSummary& c = m_cdnow.at(id - 1);
            QCOMPARE(c.memberId, qint64(id));
            double spend = 0;
            QString error;
            QVERIFY(model.expectedAverageSpend(c.x, c.meanRepeatSpend, &spend, &error));
            QVERIFY2(std::abs(spend - expected[id - 1]) < 0.01,
                     qPrintable(QStringLiteral("id %1: %2").arg(id).arg(spend)));
        }
        // Quickstart: the mean conditional spend over all 2,357 customers is 35.2529588256.
        double sum = 0;
        for (const CustomerSummary& c : m_cdnow) {
            double spend = 0;
            QString error;
            QVERIFY(model.expectedAverageSpend(c.x, c.meanRepeatSpend, &spend, &error));
            sum += spend;
        }
        QVERIFY2(std::abs(sum / m_cdnow.size() - 35.2529588256) < 0.005,
                 qPrintable(QString::number(sum / m_cdnow.size(), 'g', 10)));
    }

    void customerValueIsPurchasesTimesSpend()
    {
        const BgNbdFit bg = BgNbd::fit(m_cdnow);
        QVERIFY(bg.ok);
        const BgNbd purchases(bg.params);
        const GammaGamma spend(m_fit.params);
        const CustomerSummary& c = m_cdnow.at(1515); // customer 1516
        QCOMPARE(c.memberId, qint64(1516));
        double ey = 0;
        double avg = 0;
        QString error;
        QVERIFY(purchases.conditionalExpectedPurchases(52, c.x, c.tx, c.T, &ey, &error));
        QVERIFY(spend.expectedAverageSpend(c.x, c.meanRepeatSpend, &avg, &error));
        Fen fen = 0;
        QVERIFY(spend.customerValueFen(purchases, c, 52, 0, &fen, &error));
        QCOMPARE(fen, Fen(std::llround(ey * avg * 100)));
        // Discounting lowers the value, a zero horizon is worth nothing.
        Fen discounted = 0;
        QVERIFY(spend.customerValueFen(purchases, c, 52, 0.01, &discounted, &error));
        QVERIFY(discounted < fen && discounted > fen / 2);
        Fen none = -1;
        QVERIFY(spend.customerValueFen(purchases, c, 0, 0, &none, &error));
        QCOMPARE(none, Fen(0));
        QVERIFY(!spend.customerValueFen(purchases, c, 52, -0.1, &none, &error));
    }

    void roundingIsExplicit()
    {
        Fen fen = 0;
        // Half a fen rounds away from zero (0.125 is exact in binary).
        QVERIFY(yuanToFenRounded(0.125, &fen) && fen == 13);
        QVERIFY(yuanToFenRounded(-0.125, &fen) && fen == -13);
        QVERIFY(yuanToFenRounded(0.004, &fen) && fen == 0);
        QVERIFY(yuanToFenRounded(1234.5678, &fen) && fen == 123457);
        QVERIFY(!yuanToFenRounded(std::nan(""), &fen));
        QVERIFY(!yuanToFenRounded(1e300, &fen));
    }

    void refusesTooLittleOrDegenerateHistory()
    {
        QVector<CustomerSummary> few;
        few.append({1, 3, 5, 10, 12.5, 5000, {}, {}});
        QVERIFY(!GammaGamma::fit(few).ok);
        // Repeat visits worth nothing carry no spend information.
        few.append({2, 2, 5, 10, 0.0, 0, {}, {}});
        const GammaGammaFit fit = GammaGamma::fit(few);
        QVERIFY(!fit.ok);
        QVERIFY(!fit.error.isEmpty());
        // No finite mean when q ≤ 1.
        double v = 0;
        QString error;
        QVERIFY(!GammaGamma({6, 0.9, 15}).expectedAverageSpend(0, 0, &v, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGammaGamma)
#include "TestGammaGamma.moc"

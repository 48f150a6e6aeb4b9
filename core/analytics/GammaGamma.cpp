// SPDX-License-Identifier: GPL-3.0-or-later
#include "GammaGamma.h"

#include "analytics/LogParamOptimizer.h"

#include <cmath>
#include <map>
#include <math.h>
#include <vector>

namespace md {

namespace {

// ln Γ(v). lgamma_r is glibc's std::lgamma (the same __ieee754_lgamma_r, the same bits) without its write
// to the global signgam, so two fits can run on two threads (ClvModels::fitHistory).
inline double lnGamma(double v)
{
    int sign = 0;
    return ::lgamma_r(v, &sign);
}

} // namespace

double GammaGamma::logLikelihood(const GammaGammaParams& p, double x, double m)
{
    const double px = p.p * x;
    return lnGamma(px + p.q) - lnGamma(px) - lnGamma(p.q) + p.q * std::log(p.v) + (px - 1) * std::log(m) +
           px * std::log(x) - (px + p.q) * std::log(p.v + x * m);
}

GammaGammaFit GammaGamma::fit(const QVector<CustomerSummary>& customers)
{
    GammaGammaFit result;
    std::vector<int> xs;
    std::vector<int> xIndex;
    std::vector<double> x;
    std::vector<double> logM;
    std::vector<double> xm;
    std::map<int, int> distinct;
    double sumMean = 0;
    for (const CustomerSummary& c : customers) {
        if (c.x <= 0 || !(c.meanRepeatSpend > 0) || !std::isfinite(c.meanRepeatSpend))
            continue;
        distinct.emplace(c.x, 0);
        x.push_back(c.x);
        logM.push_back(std::log(c.meanRepeatSpend));
        xm.push_back(c.x * c.meanRepeatSpend);
        sumMean += c.meanRepeatSpend;
    }
    result.customers = int(x.size());
    if (result.customers < 2) {
        result.error = tr("Too little history to model spend: %Ln customer(s) have repeat purchases with a "
                          "value; at least 2 are needed.",
                          nullptr, result.customers);
        return result;
    }
    for (auto& [value, index] : distinct) {
        index = int(xs.size());
        xs.push_back(value);
    }
    for (double v : x)
        xIndex.push_back(distinct.at(int(v)));
    std::vector<double> gx(xs.size());
    const double n = double(x.size());
    const auto logLik = [&](const GammaGammaParams& p) {
        const double lgq = lnGamma(p.q);
        const double qLogV = p.q * std::log(p.v);
        for (size_t k = 0; k < xs.size(); ++k) {
            const double px = p.p * xs[k];
            gx[k] = lnGamma(px + p.q) - lnGamma(px) - lgq + qLogV + px * std::log(double(xs[k]));
        }
        double sum = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            const double px = p.p * x[i];
            sum += gx[size_t(xIndex[i])] + (px - 1) * logM[i] - (px + p.q) * std::log(p.v + xm[i]);
        }
        return sum;
    };
    const auto objective = [&](const double* theta) {
        return -logLik({std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2])}) / n;
    };
    // Start: q = 2, p = 1, and γ so that the population mean p·γ/(q−1) equals the observed mean spend.
    const double meanSpend = sumMean / n;
    const analytics_detail::OptimizerResult opt =
        analytics_detail::minimizeLogParameters(objective, {0.0, std::log(2.0), std::log(meanSpend)});
    result.evaluations = opt.evaluations;
    if (!opt.ok || opt.atBound) {
        result.error = tr("The spend model did not converge on this history (the optimiser stopped without a "
                          "best fit); no values are predicted.");
        return result;
    }
    result.params = {std::exp(opt.theta[0]), std::exp(opt.theta[1]), std::exp(opt.theta[2])};
    result.logLikelihood = logLik(result.params);
    if (!std::isfinite(result.logLikelihood)) {
        result.error = tr("The spend model did not converge on this history; no values are predicted.");
        return result;
    }
    result.ok = true;
    return result;
}

bool GammaGamma::expectedAverageSpend(double x, double meanSpend, double* value, QString* error) const
{
    const double denominator = m_p.p * x + m_p.q - 1;
    if (!(denominator > 0)) {
        *error = tr("The spend model has no finite mean (q ≤ 1); average spend cannot be predicted.");
        return false;
    }
    *value = m_p.p * (m_p.v + (x > 0 ? x * meanSpend : 0.0)) / denominator;
    return std::isfinite(*value);
}

bool GammaGamma::customerValueFen(const BgNbd& purchases, const CustomerSummary& c, double horizon,
                                  double discountPerUnit, Fen* value, QString* error) const
{
    if (!(discountPerUnit >= 0) || !std::isfinite(discountPerUnit)) {
        *error = tr("The discount rate must be zero or more.");
        return false;
    }
    double spend = 0;
    if (!expectedAverageSpend(c.x, c.meanRepeatSpend, &spend, error))
        return false;
    double expected = 0;
    if (discountPerUnit == 0) {
        if (!purchases.conditionalExpectedPurchases(horizon, c.x, c.tx, c.T, &expected, error))
            return false;
    } else {
        // Purchases expected in unit k, discounted to today; the last step may be a fraction of a unit.
        double previous = 0;
        for (double k = 1; k - 1 < horizon; k += 1) {
            const double upTo = std::min(k, horizon);
            double cumulative = 0;
            if (!purchases.conditionalExpectedPurchases(upTo, c.x, c.tx, c.T, &cumulative, error))
                return false;
            expected += (cumulative - previous) / std::pow(1 + discountPerUnit, upTo);
            previous = cumulative;
        }
    }
    if (!yuanToFenRounded(expected * spend, value)) {
        *error = tr("The predicted value is out of range.");
        return false;
    }
    return true;
}

bool yuanToFenRounded(double yuan, Fen* fen)
{
    const double f = yuan * 100.0;
    if (!std::isfinite(f) || std::abs(f) > 9.0e15)
        return false;
    *fen = Fen(std::llround(f));
    return true;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "BgNbd.h"

#include "analytics/LogParamOptimizer.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_hyperg.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <math.h>
#include <tuple>
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

double logBeta(double p, double q)
{
    return lnGamma(p) + lnGamma(q) - lnGamma(p + q);
}

// log(e^u + e^v) without overflow.
double logSumExp(double u, double v)
{
    const double hi = std::max(u, v);
    const double lo = std::min(u, v);
    return hi + std::log1p(std::exp(lo - hi));
}

// GSL reports domain errors through a handler that aborts by default; the models check statuses instead.
void quietGsl()
{
    static const bool once = [] {
        gsl_set_error_handler_off();
        return true;
    }();
    Q_UNUSED(once);
}

bool hyp2f1(double a, double b, double c, double z, double* value)
{
    quietGsl();
    gsl_sf_result r;
    const int status = gsl_sf_hyperg_2F1_e(a, b, c, z, &r);
    if (status != GSL_SUCCESS || !std::isfinite(r.val))
        return false;
    *value = r.val;
    return true;
}

// The data of one fit, compressed: customers with identical (x, t_x, T) share a row with a weight, the
// Γ/B terms that depend only on x are computed once per distinct x, and ln(α + t) once per distinct time
// per evaluation (times are whole days, so there are few of them).
struct FitData
{
    std::vector<int> xs;       // distinct x
    std::vector<double> times; // distinct T and t_x values
    std::vector<int> xIndex, tIndex, txIndex;
    std::vector<double> x, weight;
    double customers = 0;
    int repeatCustomers = 0;
    // scratch, per evaluation
    std::vector<double> gx, lx, logTime;
};

// Every `stride`-th customer (1: all).
FitData makeFitData(const QVector<CustomerSummary>& customers, int stride)
{
    struct Key
    {
        int x;
        double tx;
        double T;
        bool operator<(const Key& o) const { return std::tie(x, tx, T) < std::tie(o.x, o.tx, o.T); }
        bool operator==(const Key& o) const { return x == o.x && tx == o.tx && T == o.T; }
    };
    std::vector<Key> keys;
    keys.reserve(size_t(customers.size() / stride + 1));
    FitData d;
    for (qsizetype i = 0; i < customers.size(); i += stride) {
        const CustomerSummary& c = customers[i];
        keys.push_back({c.x, c.tx, c.T});
        d.customers += 1;
        d.repeatCustomers += c.x > 0 ? 1 : 0;
        d.times.push_back(c.T);
        d.times.push_back(c.tx);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::pair<Key, int>> rows;
    for (const Key& k : keys) {
        if (!rows.empty() && rows.back().first == k)
            ++rows.back().second;
        else
            rows.push_back({k, 1});
    }
    std::sort(d.times.begin(), d.times.end());
    d.times.erase(std::unique(d.times.begin(), d.times.end()), d.times.end());
    const auto timeIndex = [&](double t) {
        return int(std::lower_bound(d.times.begin(), d.times.end(), t) - d.times.begin());
    };
    for (const auto& [key, count] : rows) {
        if (d.xs.empty() || d.xs.back() != key.x)
            d.xs.push_back(key.x); // rows are ordered by x first
        d.xIndex.push_back(int(d.xs.size()) - 1);
        d.x.push_back(key.x);
        d.txIndex.push_back(timeIndex(key.tx));
        d.tIndex.push_back(timeIndex(key.T));
        d.weight.push_back(count);
    }
    d.gx.resize(d.xs.size());
    d.lx.resize(d.xs.size());
    d.logTime.resize(d.times.size());
    return d;
}

double groupedLogLikelihood(const BgNbdParams& p, FitData& d)
{
    const double lgr = lnGamma(p.r);
    const double lbAB = logBeta(p.a, p.b);
    const double rLogAlpha = p.r * std::log(p.alpha);
    const double logA = std::log(p.a);
    for (size_t k = 0; k < d.xs.size(); ++k) {
        const int x = d.xs[k];
        d.gx[k] = lnGamma(p.r + x) - lgr + rLogAlpha + logBeta(p.a, p.b + x) - lbAB;
        d.lx[k] = x > 0 ? logA - std::log(p.b + x - 1) : 0.0;
    }
    for (size_t k = 0; k < d.times.size(); ++k)
        d.logTime[k] = std::log(p.alpha + d.times[k]);
    double sum = 0;
    for (size_t i = 0; i < d.x.size(); ++i) {
        const size_t k = size_t(d.xIndex[i]);
        const double rx = p.r + d.x[i];
        const double tail = -rx * d.logTime[size_t(d.tIndex[i])];
        const double ll = d.x[i] > 0 ? logSumExp(tail, d.lx[k] - rx * d.logTime[size_t(d.txIndex[i])]) : tail;
        sum += d.weight[i] * (d.gx[k] + ll);
    }
    return sum;
}

analytics_detail::OptimizerResult maximise(FitData& d, const std::vector<double>& start, double step)
{
    const auto objective = [&](const double* theta) {
        const BgNbdParams p{std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
        return -groupedLogLikelihood(p, d) / d.customers;
    };
    return analytics_detail::minimizeLogParameters(objective, start, step);
}

} // namespace

double BgNbd::logLikelihood(const BgNbdParams& p, double x, double tx, double T)
{
    const double rx = p.r + x;
    const double head =
        lnGamma(rx) - lnGamma(p.r) + p.r * std::log(p.alpha) + logBeta(p.a, p.b + x) - logBeta(p.a, p.b);
    const double tail = -rx * std::log(p.alpha + T);
    if (x <= 0)
        return head + tail;
    return head + logSumExp(tail, std::log(p.a) - std::log(p.b + x - 1) - rx * std::log(p.alpha + tx));
}

double BgNbd::logLikelihood(const BgNbdParams& p, const QVector<CustomerSummary>& customers)
{
    double sum = 0;
    for (const CustomerSummary& c : customers)
        sum += logLikelihood(p, c.x, c.tx, c.T);
    return sum;
}

BgNbdFit BgNbd::fit(const QVector<CustomerSummary>& customers, int subsampleAbove)
{
    BgNbdFit result;
    result.customers = int(customers.size());
    if (customers.isEmpty()) {
        result.error = tr("There are no customers with purchases to fit the model on.");
        return result;
    }
    double sumT = 0;
    qint64 sumX = 0;
    for (const CustomerSummary& c : customers) {
        if (c.x < 0 || !std::isfinite(c.tx) || !std::isfinite(c.T) || c.tx < 0 || c.T < c.tx ||
            (c.x == 0 && c.tx != 0)) {
            result.error = tr("The purchase summary of member %1 is inconsistent (x=%2, t_x=%3, T=%4).")
                               .arg(c.memberId)
                               .arg(c.x)
                               .arg(c.tx)
                               .arg(c.T);
            return result;
        }
        if (c.x > 0)
            ++result.repeatCustomers;
        sumT += c.T;
        sumX += c.x;
    }
    if (result.repeatCustomers < 2) {
        result.error =
            tr("Too little history to predict: %Ln customer(s) came back for a second purchase day; "
               "at least 2 are needed.",
               nullptr, result.repeatCustomers);
        return result;
    }
    if (sumT <= 0) {
        result.error = tr("Too little history to predict: all purchases fall on the calibration end.");
        return result;
    }
    // Start: r = 1 and α from the observed repeat rate (so λ's mean is about right in any unit), and a
    // mild dropout process. Large shops: first fit a systematic sample of about 5,000 customers, then
    // polish on everyone from there (the sample's optimum is close, so the full data needs far fewer
    // likelihood evaluations).
    const double rate = std::max(double(sumX) / sumT, 1e-6);
    std::vector<double> start{0.0, std::log(1.0 / rate), 0.0, 0.0};
    double step = 0.5;
    int evaluations = 0;
    if (subsampleAbove > 0 && customers.size() > subsampleAbove) {
        FitData sample = makeFitData(customers, std::max(2, int(customers.size() / 5000)));
        if (sample.repeatCustomers >= 2) {
            const analytics_detail::OptimizerResult first = maximise(sample, start, step);
            evaluations += first.evaluations;
            if (first.ok && !first.atBound) {
                start = first.theta;
                step = 0.05;
            }
        }
    }
    FitData d = makeFitData(customers, 1);
    analytics_detail::OptimizerResult opt = maximise(d, start, step);
    opt.evaluations += evaluations;
    result.evaluations = opt.evaluations;
    if (!opt.ok || opt.atBound) {
        result.error =
            tr("The BG/NBD model did not converge on this history (the optimiser stopped without a "
               "best fit); no predictions are made. More purchase history usually helps.");
        return result;
    }
    result.params = {std::exp(opt.theta[0]), std::exp(opt.theta[1]), std::exp(opt.theta[2]),
                     std::exp(opt.theta[3])};
    result.logLikelihood = groupedLogLikelihood(result.params, d);
    if (!std::isfinite(result.logLikelihood)) {
        result.error = tr("The BG/NBD model did not converge on this history; no predictions are made.");
        return result;
    }
    result.ok = true;
    return result;
}

double BgNbd::probabilityAlive(double x, double tx, double T) const
{
    if (x <= 0)
        return 1.0;
    const double logOdds = std::log(m_p.a) - std::log(m_p.b + x - 1) +
                           (m_p.r + x) * (std::log(m_p.alpha + T) - std::log(m_p.alpha + tx));
    // 1 / (1 + e^logOdds), without overflow for very long silences.
    return logOdds > 0 ? std::exp(-logOdds) / (1.0 + std::exp(-logOdds)) : 1.0 / (1.0 + std::exp(logOdds));
}

bool BgNbd::aliveExpectation(double t, double x, double T, double* value, QString* error) const
{
    if (!(t >= 0) || !std::isfinite(t)) {
        *error = tr("The prediction horizon must be zero or more.");
        return false;
    }
    if (t == 0) {
        *value = 0;
        return true;
    }
    const double r = m_p.r;
    const double alpha = m_p.alpha;
    const double b = m_p.b;
    const double z = t / (alpha + T + t);
    const double oneMinusZ = (alpha + T) / (alpha + T + t);
    const auto evaluate = [&](double a, double* out) {
        const double c = a + b + x - 1;
        // Euler: ₂F₁(r+x, b+x; c; z) = (1−z)^(a−1−r−x) ₂F₁(a+b−1−r, a−1; c; z). The transformed upper
        // parameters stay small whatever x is, and (1−z)^(r+x) cancels into (1−z)^(a−1).
        double f = 0;
        double scaled = 0;
        if (hyp2f1(a + b - 1 - r, a - 1, c, z, &f)) {
            scaled = std::pow(oneMinusZ, a - 1) * f;
        } else if (hyp2f1(r + x, b + x, c, z, &f)) {
            scaled = std::pow(oneMinusZ, r + x) * f;
        } else {
            return false;
        }
        *out = c / (a - 1) * (1 - scaled);
        return std::isfinite(*out);
    };
    double v = 0;
    bool ok = false;
    if (std::abs(m_p.a - 1) < 1e-7) {
        // a = 1 is a removable singularity: average the two sides.
        double lo = 0;
        double hi = 0;
        ok = evaluate(1 - 1e-6, &lo) && evaluate(1 + 1e-6, &hi);
        v = (lo + hi) / 2;
    } else {
        ok = evaluate(m_p.a, &v);
    }
    if (!ok || v < -1e-9) {
        *error = tr("Expected purchases cannot be computed for these model parameters (the hypergeometric "
                    "function is out of range).");
        return false;
    }
    *value = std::max(v, 0.0);
    return true;
}

bool BgNbd::expectedPurchases(double t, double* value, QString* error) const
{
    return aliveExpectation(t, 0, 0, value, error);
}

bool BgNbd::conditionalExpectedPurchases(double t, double x, double tx, double T, double* value,
                                         QString* error) const
{
    double alive = 0;
    if (!aliveExpectation(t, x, T, &alive, error))
        return false;
    *value = alive * probabilityAlive(x, tx, T);
    return true;
}

bool BgNbd::conditionalExpectedPurchases(double t, const QVector<CustomerSummary>& customers,
                                         QVector<double>* values, QString* error) const
{
    std::map<std::pair<int, double>, double> cache;
    QVector<double> out;
    out.reserve(customers.size());
    for (const CustomerSummary& c : customers) {
        const auto key = std::make_pair(c.x, c.T);
        auto it = cache.find(key);
        if (it == cache.end()) {
            double alive = 0;
            if (!aliveExpectation(t, c.x, c.T, &alive, error))
                return false;
            it = cache.emplace(key, alive).first;
        }
        out.append(it->second * probabilityAlive(c.x, c.tx, c.T));
    }
    *values = std::move(out);
    return true;
}

} // namespace md

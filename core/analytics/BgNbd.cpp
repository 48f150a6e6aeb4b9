// SPDX-License-Identifier: GPL-3.0-or-later
#include "BgNbd.h"

#include "analytics/LogParamOptimizer.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_hyperg.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <vector>

namespace md {

namespace {

double logBeta(double p, double q)
{
    return std::lgamma(p) + std::lgamma(q) - std::lgamma(p + q);
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

// The data of one fit, compressed: customers with identical (x, t_x, T) share a row with a weight, and the
// Γ/B terms that depend only on x are computed once per distinct x per evaluation.
struct FitData
{
    std::vector<int> xs;     // distinct x
    std::vector<int> xIndex; // per row
    std::vector<double> x, tx, T, weight;
};

double groupedLogLikelihood(const BgNbdParams& p, const FitData& d, std::vector<double>& gx,
                            std::vector<double>& lx)
{
    const double lgr = std::lgamma(p.r);
    const double lbAB = logBeta(p.a, p.b);
    const double rLogAlpha = p.r * std::log(p.alpha);
    const double logA = std::log(p.a);
    for (size_t k = 0; k < d.xs.size(); ++k) {
        const int x = d.xs[k];
        gx[k] = std::lgamma(p.r + x) - lgr + rLogAlpha + logBeta(p.a, p.b + x) - lbAB;
        lx[k] = x > 0 ? logA - std::log(p.b + x - 1) : 0.0;
    }
    double sum = 0;
    for (size_t i = 0; i < d.x.size(); ++i) {
        const size_t k = size_t(d.xIndex[i]);
        const double rx = p.r + d.x[i];
        const double tail = -rx * std::log(p.alpha + d.T[i]);
        const double ll = d.x[i] > 0 ? logSumExp(tail, lx[k] - rx * std::log(p.alpha + d.tx[i])) : tail;
        sum += d.weight[i] * (gx[k] + ll);
    }
    return sum;
}

} // namespace

double BgNbd::logLikelihood(const BgNbdParams& p, double x, double tx, double T)
{
    const double rx = p.r + x;
    const double head = std::lgamma(rx) - std::lgamma(p.r) + p.r * std::log(p.alpha) + logBeta(p.a, p.b + x) -
                        logBeta(p.a, p.b);
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

BgNbdFit BgNbd::fit(const QVector<CustomerSummary>& customers)
{
    BgNbdFit result;
    result.customers = int(customers.size());
    if (customers.isEmpty()) {
        result.error = tr("There are no customers with purchases to fit the model on.");
        return result;
    }
    std::map<std::tuple<int, double, double>, int> rows;
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
        ++rows[{c.x, c.tx, c.T}];
    }
    if (result.repeatCustomers < 2) {
        result.error =
            tr("Too little history to predict: %n customer(s) came back for a second purchase day; "
               "at least 2 are needed.",
               nullptr, result.repeatCustomers);
        return result;
    }
    if (sumT <= 0) {
        result.error = tr("Too little history to predict: all purchases fall on the calibration end.");
        return result;
    }
    FitData d;
    for (const auto& [key, count] : rows) {
        const int x = std::get<0>(key);
        if (d.xs.empty() || d.xs.back() != x)
            d.xs.push_back(x); // the map is ordered by x first
        d.xIndex.push_back(int(d.xs.size()) - 1);
        d.x.push_back(x);
        d.tx.push_back(std::get<1>(key));
        d.T.push_back(std::get<2>(key));
        d.weight.push_back(count);
    }
    std::vector<double> gx(d.xs.size());
    std::vector<double> lx(d.xs.size());
    const double n = customers.size();
    const auto objective = [&](const double* theta) {
        const BgNbdParams p{std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
        return -groupedLogLikelihood(p, d, gx, lx) / n;
    };
    // Start: r = 1 and α from the observed repeat rate (so λ's mean is about right in any unit), and a
    // mild dropout process.
    const double rate = std::max(double(sumX) / sumT, 1e-6);
    const analytics_detail::OptimizerResult opt =
        analytics_detail::minimizeLogParameters(objective, {0.0, std::log(1.0 / rate), 0.0, 0.0});
    result.evaluations = opt.evaluations;
    if (!opt.ok || opt.atBound) {
        result.error =
            tr("The BG/NBD model did not converge on this history (the optimiser stopped without a "
               "best fit); no predictions are made. More purchase history usually helps.");
        return result;
    }
    result.params = {std::exp(opt.theta[0]), std::exp(opt.theta[1]), std::exp(opt.theta[2]),
                     std::exp(opt.theta[3])};
    result.logLikelihood = groupedLogLikelihood(result.params, d, gx, lx);
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

} // namespace md

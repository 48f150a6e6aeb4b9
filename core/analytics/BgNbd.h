// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/CustomerSummary.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace md {

/// BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rates λ ~ Gamma(r, α) per time unit, and after
/// each repeat purchase a customer drops out with probability p ~ Beta(a, b).
struct BgNbdParams
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

struct BgNbdFit
{
    bool ok = false;
    QString error;
    BgNbdParams params;
    double logLikelihood = 0;
    int customers = 0;
    int repeatCustomers = 0;
    int evaluations = 0;
};

/// The BG/NBD "buy till you die" model of repeat purchases, on per-customer (x, t_x, T) summaries.
/// The likelihood is evaluated in log space with log-sum-exp (Hardie's note 027), so customers with
/// hundreds of repeat days neither overflow nor underflow; the fit maximises it with NLopt (derivative
/// free, on the logarithms of the four parameters). Expected purchases use the Gauss hypergeometric
/// function ₂F₁ from GSL after Euler's transformation, which keeps its arguments small and its series
/// convergent for horizons far longer than the history.
class BgNbd
{
    Q_DECLARE_TR_FUNCTIONS(BgNbd)
public:
    explicit BgNbd(const BgNbdParams& params) : m_p(params) {}
    const BgNbdParams& params() const { return m_p; }

    /// ln L(r, α, a, b | x, t_x, T) of one customer.
    static double logLikelihood(const BgNbdParams& p, double x, double tx, double T);
    /// Σ ln L over the customers.
    static double logLikelihood(const BgNbdParams& p, const QVector<CustomerSummary>& customers);

    /// Maximum-likelihood fit. Refuses too little history (fewer than 2 repeat customers), inconsistent
    /// summaries and an optimiser that does not converge, each with a message for the owner.
    /// Above `subsampleAbove` customers (0: never) the optimiser starts from a fit on a systematic sample.
    static BgNbdFit fit(const QVector<CustomerSummary>& customers, int subsampleAbove = 20000);

    /// P(alive | x, t_x, T): 1 for a customer without repeat purchases.
    double probabilityAlive(double x, double tx, double T) const;
    /// E[X(t)]: purchases a new customer makes in (0, t].
    bool expectedPurchases(double t, double* value, QString* error) const;
    /// E[Y(t) | x, t_x, T]: purchases this customer makes in the next t.
    bool conditionalExpectedPurchases(double t, double x, double tx, double T, double* value,
                                      QString* error) const;

    /// E[Y(t) | alive at T, x, T]: purchases this customer makes in the next t if still a customer (what
    /// winning them back is worth in visits); conditionalExpectedPurchases is this × P(alive).
    bool expectedPurchasesIfAlive(double t, double x, double T, double* value, QString* error) const
    {
        return aliveExpectation(t, x, T, value, error);
    }

    /// E[Y(t) | x, t_x, T] for every customer, in order. Customers sharing (x, T) share the ₂F₁ evaluation.
    bool conditionalExpectedPurchases(double t, const QVector<CustomerSummary>& customers,
                                      QVector<double>* values, QString* error) const;

private:
    /// (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))], the expected
    /// purchases of a customer known to be alive. T = 0, x = 0 gives E[X(t)].
    bool aliveExpectation(double t, double x, double T, double* value, QString* error) const;

    BgNbdParams m_p;
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/BgNbd.h"
#include "analytics/CustomerSummary.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace md {

/// Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV"; Hardie's note 025): each
/// transaction's value is Gamma(p, ν), and ν ~ Gamma(q, γ) across customers. γ (reported as v) is in
/// the currency of the summaries' meanRepeatSpend: yuan.
struct GammaGammaParams
{
    double p = 0;
    double q = 0;
    double v = 0;
};

struct GammaGammaFit
{
    bool ok = false;
    QString error;
    GammaGammaParams params;
    double logLikelihood = 0;
    int customers = 0; ///< customers the model was fitted on (x > 0 and repeat spend > 0)
    int evaluations = 0;
};

class GammaGamma
{
    Q_DECLARE_TR_FUNCTIONS(GammaGamma)
public:
    explicit GammaGamma(const GammaGammaParams& params) : m_p(params) {}
    const GammaGammaParams& params() const { return m_p; }

    /// ln L of one customer with x repeat transactions of mean value m (x > 0, m > 0).
    static double logLikelihood(const GammaGammaParams& p, double x, double m);

    /// Maximum-likelihood fit on the customers with repeat transactions of positive mean value (the
    /// model has no room for a zero mean; such customers are left out of the fit and still predicted).
    static GammaGammaFit fit(const QVector<CustomerSummary>& customers);

    /// E[M | x, m̄_x] = p(γ + x·m̄_x) / (p·x + q − 1), in yuan: the customer's expected average transaction
    /// value; the population mean pγ/(q−1) when x = 0. False when q ≤ 1 (the mean does not exist).
    bool expectedAverageSpend(double x, double meanSpend, double* value, QString* error) const;

    /// Customer lifetime value over `horizon` units: E[Y(horizon)] × expected average spend. With a
    /// positive `discountPerUnit` the expected purchases of each unit k are discounted by (1+d)^−k.
    /// Rounded half away from zero to whole fen.
    bool customerValueFen(const BgNbd& purchases, const CustomerSummary& customer, double horizon,
                          double discountPerUnit, Fen* value, QString* error) const;

private:
    GammaGammaParams m_p;
};

/// Yuan as a model computes it → fen, rounded half away from zero (explicit, and refusing non-finite
/// or out-of-range values).
bool yuanToFenRounded(double yuan, Fen* fen);

} // namespace md

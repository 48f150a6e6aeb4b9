// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace md::analytics_detail {

struct OptimizerResult
{
    bool ok = false;
    bool atBound = false;      ///< a parameter ran to the edge of the search box: no interior optimum
    std::vector<double> theta; ///< logarithms of the parameters at the optimum
    double value = 0;          ///< objective at the optimum
    int evaluations = 0;
};

/// Minimises `objective` over the logarithms of positive parameters with NLopt's derivative-free BOBYQA
/// (Nelder-Mead when BOBYQA fails), restarted from its own result until a restart no longer improves the
/// value: one run can stop early on a ridge, a fresh start around the same point does not.
/// The objective sees θ = ln(parameters); non-finite values are treated as +∞.
OptimizerResult minimizeLogParameters(const std::function<double(const double* theta)>& objective,
                                      std::vector<double> start, double initialStep = 0.5);

} // namespace md::analytics_detail

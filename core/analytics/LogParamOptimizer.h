// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
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

/// Runs body(begin, end) over [0, n): in two halves, the second on a thread of its own, when `parallel`
/// and n reaches `minParallel` (and a thread can be had); else in one call. Each index is computed by the
/// same code either way, so what the body writes per index is the same bit for bit: callers that sum
/// store the terms and add them afterwards, in index order, on one thread.
void forEachHalf(std::size_t n, bool parallel, const std::function<void(std::size_t, std::size_t)>& body,
                 std::size_t minParallel = 20000);

} // namespace md::analytics_detail

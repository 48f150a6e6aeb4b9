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

/// Splits [0, n) at the returned index s: `inOrder(0, s)` runs on the calling thread while `aside(s, n)`
/// runs on a thread of its own. When not `parallel`, when n is below `minParallel` or when no thread can
/// be had, s = n: everything runs in order on the calling thread. A likelihood sums its terms in index
/// order in `inOrder`, stores the second half's terms in `aside`, and then continues the same sum over
/// the stored terms: every term is the same code and the additions are in the same order, so the total
/// is the sequential one bit for bit.
std::size_t splitInTwo(std::size_t n, bool parallel,
                       const std::function<void(std::size_t, std::size_t)>& inOrder,
                       const std::function<void(std::size_t, std::size_t)>& aside,
                       std::size_t minParallel = 20000);

} // namespace md::analytics_detail

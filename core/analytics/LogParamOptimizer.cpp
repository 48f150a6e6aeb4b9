// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogParamOptimizer.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace md::analytics_detail {

namespace {

// e^±18 spans 1.5e-8 .. 6.6e7: wide enough for rates per day or per week, narrow enough that
// Γ and B never overflow at the edges of the box.
constexpr double kBound = 18.0;

struct Context
{
    const std::function<double(const double*)>* objective;
    int evaluations = 0;
};

double callObjective(unsigned, const double* theta, double*, void* data)
{
    auto* ctx = static_cast<Context*>(data);
    ++ctx->evaluations;
    const double v = (*ctx->objective)(theta);
    return std::isfinite(v) ? v : std::numeric_limits<double>::max();
}

} // namespace

OptimizerResult minimizeLogParameters(const std::function<double(const double* theta)>& objective,
                                      std::vector<double> start, double initialStep)
{
    OptimizerResult result;
    const unsigned n = unsigned(start.size());
    Context ctx{&objective};
    std::vector<double> lower(n, -kBound);
    std::vector<double> upper(n, kBound);
    std::vector<double> theta = start;
    double best = std::numeric_limits<double>::max();
    for (unsigned i = 0; i < n; ++i)
        theta[i] = std::clamp(theta[i], -kBound + 1, kBound - 1);
    bool anySuccess = false;
    // BOBYQA (Powell's quadratic-model method) needs a fraction of the simplex's evaluations near an
    // optimum; Nelder-Mead takes over when it fails outright.
    nlopt_algorithm algorithm = NLOPT_LN_BOBYQA;
    for (int round = 0; round < 6; ++round) {
        nlopt_opt opt = nlopt_create(algorithm, n);
        nlopt_set_min_objective(opt, callObjective, &ctx);
        nlopt_set_lower_bounds(opt, lower.data());
        nlopt_set_upper_bounds(opt, upper.data());
        nlopt_set_xtol_rel(opt, 1e-8);
        nlopt_set_ftol_rel(opt, 1e-12);
        nlopt_set_maxeval(opt, 4000);
        std::vector<double> step(n, round == 0 ? initialStep : std::min(initialStep, 0.02));
        nlopt_set_initial_step(opt, step.data());
        std::vector<double> trial = theta;
        double value = 0;
        const nlopt_result rc = nlopt_optimize(opt, trial.data(), &value);
        nlopt_destroy(opt);
        if (rc < 0 && rc != NLOPT_ROUNDOFF_LIMITED) {
            if (algorithm == NLOPT_LN_NELDERMEAD)
                break;
            algorithm = NLOPT_LN_NELDERMEAD;
            continue;
        }
        anySuccess = anySuccess || rc != NLOPT_MAXEVAL_REACHED;
        const double improvement = best - value;
        if (value < best) {
            best = value;
            theta = trial;
        }
        // A restart from the result verifies it: stop once it no longer improves.
        if (round > 0 && improvement <= 1e-9 * std::max(1.0, std::abs(value)))
            break;
    }
    result.evaluations = ctx.evaluations;
    result.theta = theta;
    result.value = best;
    result.ok = anySuccess && best < std::numeric_limits<double>::max() && std::isfinite(best);
    for (unsigned i = 0; i < n; ++i)
        result.atBound = result.atBound || std::abs(theta[i]) > kBound - 1e-3;
    return result;
}

} // namespace md::analytics_detail

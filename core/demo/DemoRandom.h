// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace md {

/// Distributions written out here rather than taken from <random>: the standard fixes mt19937_64's
/// output but not how std::gamma_distribution & co. use it, and a demo must be the same for a seed on
/// every platform.
class DemoRandom
{
public:
    explicit DemoRandom(uint64_t seed) : m_engine(seed) {}

    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    int uniformInt(int lo, int hiInclusive) { return lo + int(uniform() * (hiInclusive - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        // Box–Muller; avoid log(0).
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
    double exponential(double rate) { return -std::log(1.0 - uniform()) / rate; }
    /// Marsaglia–Tsang; shape < 1 via the boost u^(1/shape).
    double gamma(double shape, double scale)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0, scale) * std::pow(uniform() + 1e-300, 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v * scale;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a, 1.0);
        return x / (x + gamma(b, 1.0));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace md

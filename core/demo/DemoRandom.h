// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>

namespace md {

/// Engine and distributions written out here rather than taken from <random>: the standard does not fix
/// how std::gamma_distribution & co. use an engine, and a demo must be the same for a seed on every
/// platform. The engine is xoshiro256** (Blackman & Vigna) seeded through SplitMix64: its state is four
/// words, so a stream of its own per member costs nothing to start (the purchase target's planning
/// replays every member's visits many times).
class DemoRandom
{
public:
    explicit DemoRandom(uint64_t seed)
    {
        for (uint64_t& word : m_state)
            word = splitMix(seed);
    }
    /// A seed for stream `stream` of `seed` (a member's visits: stream = the member's id + an offset).
    static uint64_t streamSeed(uint64_t seed, uint64_t stream)
    {
        uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        return splitMix(x);
    }

    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
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
    static uint64_t splitMix(uint64_t& x)
    {
        uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t next()
    {
        const uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    uint64_t m_state[4];
};

} // namespace md

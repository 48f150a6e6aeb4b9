// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <functional>
#include <vector>

namespace md::bench {

/// Median and 95th percentile of repeated timings, in microseconds.
struct Timing
{
    double medianUs = 0;
    double p95Us = 0;
    int samples = 0;
};

/// Runs `step(i)` for i = 0..count-1 after `warmup` untimed calls and times each call on its own.
inline Timing measure(int count, int warmup, const std::function<void(int)>& step)
{
    for (int i = 0; i < warmup; ++i)
        step(i);
    std::vector<double> us;
    us.reserve(size_t(count));
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        step(i);
        us.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(us.begin(), us.end());
    Timing t;
    t.samples = count;
    if (!us.empty()) {
        t.medianUs = us[us.size() / 2];
        t.p95Us = us[std::min(us.size() - 1, size_t(double(us.size()) * 0.95))];
    }
    return t;
}

/// Like measure() for two ways of doing the same call, interleaved (a(i), b(i), b(i+1), a(i+1), …) so that
/// both meet the same machine: the load of a shared machine and the disk's flushes change by the second.
inline std::pair<Timing, Timing> measurePair(int count, int warmup, const std::function<void(int)>& a,
                                             const std::function<void(int)>& b)
{
    for (int i = 0; i < warmup; ++i) {
        a(i);
        b(i);
    }
    std::vector<double> usA, usB;
    usA.reserve(size_t(count));
    usB.reserve(size_t(count));
    QElapsedTimer timer;
    // Which goes first alternates: the first one brings the sample's pages into the cache for the second.
    auto time = [&timer](const std::function<void(int)>& step, int i, std::vector<double>* us) {
        timer.start();
        step(i);
        us->push_back(double(timer.nsecsElapsed()) / 1000.0);
    };
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0) {
            time(a, i, &usA);
            time(b, i, &usB);
        } else {
            time(b, i, &usB);
            time(a, i, &usA);
        }
    }
    auto summarize = [count](std::vector<double>& us) {
        std::sort(us.begin(), us.end());
        Timing t;
        t.samples = count;
        if (!us.empty()) {
            t.medianUs = us[us.size() / 2];
            t.p95Us = us[std::min(us.size() - 1, size_t(double(us.size()) * 0.95))];
        }
        return t;
    };
    return {summarize(usA), summarize(usB)};
}

inline double rounded(double value, int decimals = 1)
{
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return double(qRound64(value * scale)) / scale;
}

/// Adds `<name>` (median), `<name>_p95` and, with a baseline, `<name>_raw`, `<name>_vs_raw`.
inline void report(QJsonObject* json, const QString& name, const Timing& ours, const Timing* raw = nullptr)
{
    json->insert(name, rounded(ours.medianUs));
    json->insert(name + QStringLiteral("_p95"), rounded(ours.p95Us));
    if (raw) {
        json->insert(name + QStringLiteral("_raw"), rounded(raw->medianUs));
        json->insert(name + QStringLiteral("_vs_raw"),
                     rounded(ours.medianUs / std::max(raw->medianUs, 0.001), 2));
    }
}

} // namespace md::bench

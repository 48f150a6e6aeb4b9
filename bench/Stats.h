// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace md::bench {

/// Median and 95th percentile of repeated timings, in microseconds.
struct Timing
{
    double medianUs = 0;
    double p95Us = 0;
    double cpuMedianUs = 0; ///< the same calls in CPU time of the calling thread (user + system)
    int samples = 0;
};

/// CPU time of the calling thread, in microseconds: what a call cost without the time it waited (for
/// the disk's flush, for a core on a loaded machine).
inline double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1000.0;
}

/// CPU time of the process, in seconds (every thread: SQLite's sorter threads too): on a loaded machine
/// the wall clock also counts the time spent waiting for a core; this does not (nor the time waiting
/// for the disk).
inline double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

inline double medianOf(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

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
    std::vector<double> usA, usB, cpuA, cpuB;
    usA.reserve(size_t(count));
    usB.reserve(size_t(count));
    QElapsedTimer timer;
    // Which goes first alternates: the first one brings the sample's pages into the cache for the second.
    auto time = [&timer](const std::function<void(int)>& step, int i, std::vector<double>* us,
                         std::vector<double>* cpu) {
        const double cpuStart = threadCpuUs();
        timer.start();
        step(i);
        us->push_back(double(timer.nsecsElapsed()) / 1000.0);
        cpu->push_back(threadCpuUs() - cpuStart);
    };
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0) {
            time(a, i, &usA, &cpuA);
            time(b, i, &usB, &cpuB);
        } else {
            time(b, i, &usB, &cpuB);
            time(a, i, &usA, &cpuA);
        }
    }
    auto summarize = [count](std::vector<double>& us, const std::vector<double>& cpu) {
        std::sort(us.begin(), us.end());
        Timing t;
        t.samples = count;
        if (!us.empty()) {
            t.medianUs = us[us.size() / 2];
            t.p95Us = us[std::min(us.size() - 1, size_t(double(us.size()) * 0.95))];
        }
        t.cpuMedianUs = medianOf(cpu);
        return t;
    };
    return {summarize(usA, cpuA), summarize(usB, cpuB)};
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
    // CPU time per call (pairs only): on a shared machine or a disk with slow flushes, the wall-clock
    // ratio hides what the code costs; this one does not.
    if (raw && ours.cpuMedianUs > 0 && raw->cpuMedianUs > 0) {
        json->insert(name + QStringLiteral("_cpu"), rounded(ours.cpuMedianUs));
        json->insert(name + QStringLiteral("_raw_cpu"), rounded(raw->cpuMedianUs));
        json->insert(name + QStringLiteral("_cpu_vs_raw"), rounded(ours.cpuMedianUs / raw->cpuMedianUs, 2));
    }
}

} // namespace md::bench

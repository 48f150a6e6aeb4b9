// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPlan.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace md::demo {

namespace {

// The purchases the shop makes over `months` with the visit rates times `scale`: every member's visits
// replayed, nothing else drawn. `perMember` (optional) gets each member's count.
qint64 countPurchases(const DemoOptions& options, const DemoTime& now, int months, double scale,
                      std::vector<int>* perMember = nullptr)
{
    const Span span(now, months);
    DemoRandom habitsRng(DemoRandom::streamSeed(options.seed, kHabitsStream));
    if (perMember)
        perMember->assign(size_t(options.members), 0);
    qint64 total = 0;
    for (qint64 id = 1; id <= options.members; ++id) {
        VisitWalk walk(options.seed, id, drawHabits(habitsRng), span, scale);
        int visits = 0;
        while (walk.next())
            ++visits;
        total += visits;
        if (perMember)
            (*perMember)[size_t(id - 1)] = visits;
    }
    return total;
}

} // namespace

bool planDemo(const DemoOptions& options, const QDateTime& clockNow, DemoPlan* out, QString* error)
{
    const DemoTime now{clockNow.date(), clockNow.time().msecsSinceStartOfDay() / 1000};
    const qint64 target = options.purchases;
    out->months = options.months;
    out->scale = 1.0;
    if (target == 0)
        return true;
    if (out->months == 0) {
        // The fewest months in which the members' own habits make the target (the count grows with months).
        int lo = 1, hi = 120;
        if (countPurchases(options, now, hi, 1.0) < target) {
            lo = hi;
        } else {
            while (lo < hi) {
                const int mid = (lo + hi) / 2;
                if (countPurchases(options, now, mid, 1.0) >= target)
                    hi = mid;
                else
                    lo = mid + 1;
            }
        }
        out->months = lo;
    }
    const int months = out->months;
    const auto count = [&](double scale) { return countPurchases(options, now, months, scale); };
    const auto outOfReach = [&]() {
        const QLocale locale;
        *error =
            DemoGenerator::tr("The demo's %1 members cannot make %2 purchases over %Ln month(s): from %3 "
                              "to %4 can be made. Choose another number of purchases, members or months.",
                              nullptr, months)
                .arg(locale.toString(options.members), locale.toString(target),
                     locale.toString(count(DemoGenerator::kMinVisitRateScale)),
                     locale.toString(count(DemoGenerator::kMaxVisitRateScale)));
        return false;
    };
    // A bracket lo < hi with count(lo) < target <= count(hi), found by doubling or halving from 1.
    double lo = 1.0, hi = 1.0;
    qint64 atLo = 0, atHi = count(1.0);
    if (atHi == target)
        return true;
    if (atHi < target) {
        atLo = atHi;
        while (atHi < target) {
            if (hi >= DemoGenerator::kMaxVisitRateScale)
                return outOfReach();
            lo = hi;
            atLo = atHi;
            hi = qMin(hi * 2.0, DemoGenerator::kMaxVisitRateScale);
            atHi = count(hi);
        }
    } else {
        atLo = atHi;
        while (atLo >= target) {
            if (atLo == target) {
                out->scale = lo;
                return true;
            }
            if (lo <= DemoGenerator::kMinVisitRateScale)
                return outOfReach();
            hi = lo;
            atHi = atLo;
            lo = qMax(lo / 2.0, DemoGenerator::kMinVisitRateScale);
            atLo = count(lo);
        }
    }
    // Narrow it: interpolation (the count is close to linear in the factor over a short range) alternating
    // with bisection, so the bracket at least halves every second replay.
    for (int step = 0; step < 80 && atHi != target; ++step) {
        double s = step % 2 == 0 ? lo + (hi - lo) * double(target - atLo) / double(atHi - atLo)
                                 : lo + (hi - lo) / 2.0;
        if (!(s > lo && s < hi))
            s = lo + (hi - lo) / 2.0;
        if (!(s > lo && s < hi))
            break; // no double between them: the count jumps by more than one there
        const qint64 c = count(s);
        if (c >= target) {
            hi = s;
            atHi = c;
        } else {
            lo = s;
            atLo = c;
        }
    }
    out->scale = hi;
    if (atHi == target)
        return true;
    // A few members' visits cross the clock at the same factor: the first members with two visits or more
    // stop one visit earlier (as if they had dropped out one visit sooner).
    std::vector<int> perMember;
    qint64 excess = countPurchases(options, now, months, hi, &perMember) - target;
    for (size_t i = 0; i < perMember.size() && excess > 0; ++i) {
        if (perMember[i] >= 2) {
            out->stopEarlier.push_back(qint64(i) + 1);
            --excess;
        }
    }
    if (excess > 0) {
        *error = DemoGenerator::tr("The demo could not reach exactly %1 purchases.")
                     .arg(QLocale().toString(target));
        return false;
    }
    return true;
}

} // namespace md::demo

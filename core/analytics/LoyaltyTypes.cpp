// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyTypes.h"

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace md {

namespace {

template <typename T> double median(std::vector<T> values)
{
    const size_t n = values.size();
    std::sort(values.begin(), values.end());
    return n % 2 == 1 ? double(values[n / 2]) : (double(values[n / 2 - 1]) + double(values[n / 2])) / 2.0;
}

double regularityOf(const std::vector<qint32>& days, qint32 asOf)
{
    std::vector<double> gaps;
    for (size_t i = 1; i < days.size(); ++i)
        gaps.push_back(days[i] - days[i - 1]);
    if (!gaps.empty()) {
        double mean = 0;
        for (double g : gaps)
            mean += g;
        mean /= double(gaps.size());
        const double open = asOf - days.back();
        if (open > mean)
            gaps.push_back(open);
    }
    if (gaps.size() < 2)
        return 1.0;
    double mean = 0;
    for (double g : gaps)
        mean += g;
    mean /= double(gaps.size());
    double var = 0;
    for (double g : gaps)
        var += (g - mean) * (g - mean);
    var /= double(gaps.size());
    const double cv = mean > 0 ? std::sqrt(var) / mean : 0.0;
    return 1.0 / (1.0 + cv);
}

} // namespace

bool LoyaltyTypes::compute(const PurchaseHistory& history, const AnalysisWindow& window,
                           const LoyaltyTypeOptions& options, LoyaltyTypesResult* result, QString* error)
{
    if (!window.validate(error))
        return false;
    if (options.loyaltyThreshold && !std::isfinite(*options.loyaltyThreshold)) {
        *error = tr("The loyalty threshold must be a number.");
        return false;
    }
    const qint32 first = window.firstJulian();
    const qint32 last = window.lastJulian();
    LoyaltyTypesResult out;
    out.window = window;
    std::vector<qint32> days;
    for (int i = 0; i < history.memberCount(); ++i) {
        days.clear();
        MemberLoyalty m;
        for (const PurchaseDay* d = history.daysBegin(i); d != history.daysEnd(i); ++d) {
            if (d->julianDay < first || d->julianDay > last)
                continue;
            days.push_back(d->julianDay);
            m.profitFen += d->profitFen;
            m.paidFen += d->paidFen;
        }
        if (days.empty())
            continue;
        m.memberId = history.memberId(i);
        m.visits = int(days.size());
        m.regularity = regularityOf(days, last);
        m.loyalty = m.visits * m.regularity;
        out.members.append(m);
    }
    if (out.members.isEmpty()) {
        *error = window.emptyMessage();
        return false;
    }
    if (options.profitThresholdFen) {
        out.profitThresholdFen = *options.profitThresholdFen;
    } else {
        std::vector<Fen> profits;
        profits.reserve(size_t(out.members.size()));
        for (const MemberLoyalty& m : out.members)
            profits.push_back(m.profitFen);
        out.profitThresholdFen = Fen(std::llround(median(profits)));
    }
    if (options.loyaltyThreshold) {
        out.loyaltyThreshold = *options.loyaltyThreshold;
    } else {
        std::vector<double> loyalty;
        loyalty.reserve(size_t(out.members.size()));
        for (const MemberLoyalty& m : out.members)
            loyalty.push_back(m.loyalty);
        out.loyaltyThreshold = median(loyalty);
    }
    for (MemberLoyalty& m : out.members) {
        const bool profitable = m.profitFen > out.profitThresholdFen;
        const bool loyal = m.loyalty > out.loyaltyThreshold + 1e-12;
        m.type = profitable ? (loyal ? LoyaltyType::Friend : LoyaltyType::Butterfly)
                            : (loyal ? LoyaltyType::Barnacle : LoyaltyType::Stranger);
        const size_t t = size_t(m.type);
        ++out.counts[t];
        out.profitFen[t] += m.profitFen;
        out.paidFen[t] += m.paidFen;
    }
    *result = std::move(out);
    return true;
}

QVector<LoyaltyType> LoyaltyTypes::types()
{
    return {LoyaltyType::Friend, LoyaltyType::Butterfly, LoyaltyType::Barnacle, LoyaltyType::Stranger};
}

QString LoyaltyTypes::key(LoyaltyType type)
{
    switch (type) {
    case LoyaltyType::Friend:
        return u"friends"_s;
    case LoyaltyType::Butterfly:
        return u"butterflies"_s;
    case LoyaltyType::Barnacle:
        return u"barnacles"_s;
    case LoyaltyType::Stranger:
        return u"strangers"_s;
    }
    return {};
}

QString LoyaltyTypes::name(LoyaltyType type)
{
    switch (type) {
    case LoyaltyType::Friend:
        return tr("Friends");
    case LoyaltyType::Butterfly:
        return tr("Butterflies");
    case LoyaltyType::Barnacle:
        return tr("Barnacles");
    case LoyaltyType::Stranger:
        return tr("Strangers");
    }
    return {};
}

QString LoyaltyTypes::treatment(LoyaltyType type)
{
    switch (type) {
    case LoyaltyType::Friend:
        return tr("Keep them close: thank them personally, reward their loyalty and invite them to member "
                  "events.");
    case LoyaltyType::Butterfly:
        return tr(
            "Enjoy them while they are here: make well-timed offers when they visit, but do not spend much "
            "on keeping them.");
    case LoyaltyType::Barnacle:
        return tr("Grow their basket: suggest add-ons and higher-margin goods rather than deeper discounts.");
    case LoyaltyType::Stranger:
        return tr("Serve them well at the counter but spend no marketing money on them.");
    }
    return {};
}

} // namespace md

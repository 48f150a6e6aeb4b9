// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rfm.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace md {

QVector<int> Rfm::quintileScores(const QVector<double>& values, bool higherIsBetter)
{
    const int n = int(values.size());
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    // Worst first.
    std::sort(order.begin(), order.end(),
              [&](int l, int r) { return higherIsBetter ? values[l] < values[r] : values[l] > values[r]; });
    QVector<int> scores(n);
    int worse = 0;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && values[order[i]] != values[order[i - 1]])
            worse = i;
        scores[order[i]] = n == 1 ? 3 : 1 + std::min(4, int(qint64(5) * worse / (n - 1)));
    }
    return scores;
}

RfmSegment Rfm::segmentFor(int r, int f, int m, int frequency)
{
    if (r >= 4 && f >= 4 && m >= 4)
        return RfmSegment::Champions;
    if (r >= 3 && f >= 4)
        return RfmSegment::Loyal;
    if (r >= 4 && frequency <= 1)
        return RfmSegment::New;
    if (r >= 3)
        return RfmSegment::Potential;
    if (f >= 3 || m >= 4)
        return RfmSegment::AtRisk;
    return RfmSegment::Hibernating;
}

bool Rfm::compute(const PurchaseHistory& history, const AnalysisWindow& window, RfmResult* result,
                  QString* error)
{
    if (!window.validate(error))
        return false;
    const qint32 first = window.firstJulian();
    const qint32 last = window.lastJulian();
    RfmResult out;
    out.window = window;
    QVector<double> recency;
    QVector<double> frequency;
    QVector<double> monetary;
    for (int i = 0; i < history.memberCount(); ++i) {
        RfmMember m;
        qint32 lastDay = 0;
        for (const PurchaseDay* d = history.daysBegin(i); d != history.daysEnd(i); ++d) {
            if (d->julianDay < first || d->julianDay > last)
                continue;
            ++m.frequency;
            m.monetaryFen += d->paidFen;
            lastDay = d->julianDay;
        }
        if (m.frequency == 0)
            continue;
        m.memberId = history.memberId(i);
        m.recencyDays = last - lastDay;
        out.members.append(m);
        recency.append(m.recencyDays);
        frequency.append(m.frequency);
        monetary.append(double(m.monetaryFen));
    }
    if (out.members.isEmpty()) {
        *error = window.emptyMessage();
        return false;
    }
    const QVector<int> r = quintileScores(recency, false);
    const QVector<int> f = quintileScores(frequency, true);
    const QVector<int> mo = quintileScores(monetary, true);
    for (int i = 0; i < out.members.size(); ++i) {
        RfmMember& m = out.members[i];
        m.r = r[i];
        m.f = f[i];
        m.m = mo[i];
        m.segment = segmentFor(m.r, m.f, m.m, m.frequency);
        ++out.counts[size_t(m.segment)];
    }
    *result = std::move(out);
    return true;
}

QVector<RfmSegment> Rfm::segments()
{
    return {RfmSegment::Champions, RfmSegment::Loyal,  RfmSegment::New,
            RfmSegment::Potential, RfmSegment::AtRisk, RfmSegment::Hibernating};
}

QString Rfm::key(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return u"champions"_s;
    case RfmSegment::Loyal:
        return u"loyal"_s;
    case RfmSegment::New:
        return u"new"_s;
    case RfmSegment::Potential:
        return u"potential"_s;
    case RfmSegment::AtRisk:
        return u"at_risk"_s;
    case RfmSegment::Hibernating:
        return u"hibernating"_s;
    }
    return {};
}

QString Rfm::name(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return tr("Champions");
    case RfmSegment::Loyal:
        return tr("Loyal");
    case RfmSegment::New:
        return tr("New");
    case RfmSegment::Potential:
        return tr("Potential");
    case RfmSegment::AtRisk:
        return tr("At risk");
    case RfmSegment::Hibernating:
        return tr("Hibernating");
    }
    return {};
}

QString Rfm::advice(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return tr("Your best customers: thank them personally and give them early access to new goods.");
    case RfmSegment::Loyal:
        return tr("Regulars: reward their loyalty and suggest the next tier or a bigger basket.");
    case RfmSegment::New:
        return tr("First visit recently: welcome them and give a reason to come back within a month.");
    case RfmSegment::Potential:
        return tr("Recent but occasional: a timely offer can turn them into regulars.");
    case RfmSegment::AtRisk:
        return tr("Good customers who have not come lately: contact them with a personal win-back offer.");
    case RfmSegment::Hibernating:
        return tr("Long gone and small: include them in general promotions only.");
    }
    return {};
}

} // namespace md

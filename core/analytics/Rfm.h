// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/CustomerSummary.h"

#include <QCoreApplication>
#include <QVector>

#include <array>

namespace md {

/// Named RFM segments. The mapping from the three quintile scores (1 = worst fifth, 5 = best fifth) is
/// checked in this order, the first match wins:
///
/// | segment     | rule                                   | meaning                                   |
/// |-------------|----------------------------------------|-------------------------------------------|
/// | Champions   | R ≥ 4, F ≥ 4, M ≥ 4                    | recent, frequent, big spenders            |
/// | Loyal       | R ≥ 3, F ≥ 4                           | come often and still come                 |
/// | New         | R ≥ 4, one purchase day in the window  | first (or only) visit, recently           |
/// | Potential   | R ≥ 3                                  | recent, not yet frequent                  |
/// | At risk     | R ≤ 2, F ≥ 3 or M ≥ 4                  | used to buy often or much, not lately     |
/// | Hibernating | R ≤ 2 otherwise                        | few, small and long-ago purchases         |
enum class RfmSegment
{
    Champions,
    Loyal,
    New,
    Potential,
    AtRisk,
    Hibernating,
};
constexpr int kRfmSegmentCount = 6;

struct RfmMember
{
    qint64 memberId = 0;
    int recencyDays = 0; ///< days from the last purchase day in the window to the reference date
    int frequency = 0;   ///< purchase days in the window
    Fen monetaryFen = 0; ///< paid in the window
    int r = 0;
    int f = 0;
    int m = 0;
    RfmSegment segment = RfmSegment::Hibernating;
};

struct RfmResult
{
    AnalysisWindow window;
    QVector<RfmMember> members; ///< members with a purchase day in the window, by member id
    std::array<int, kRfmSegmentCount> counts{};
};

class Rfm
{
    Q_DECLARE_TR_FUNCTIONS(Rfm)
public:
    /// Scores every member with a purchase day in the window (voided purchases are not in a history).
    /// Fails on an invalid window or an empty one.
    static bool compute(const PurchaseHistory& history, const AnalysisWindow& window, RfmResult* result,
                        QString* error);

    /// Quintile scores 1..5 from the percentile rank p = (members with a strictly worse value) / (n − 1):
    /// score = 1 + min(4, ⌊5p⌋). Equal values share a score, the worst scores 1 and the best 5 (a lone
    /// member scores 3). `higherIsBetter` false for recency.
    static QVector<int> quintileScores(const QVector<double>& values, bool higherIsBetter);
    static RfmSegment segmentFor(int r, int f, int m, int frequency);

    static QVector<RfmSegment> segments();
    /// Stable key for files and JSON: champions, loyal, new, potential, at_risk, hibernating.
    static QString key(RfmSegment segment);
    /// The name shown to the owner.
    static QString name(RfmSegment segment);
    /// What to do about the segment, in one sentence.
    static QString advice(RfmSegment segment);
};

} // namespace md

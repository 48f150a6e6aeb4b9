// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/CustomerSummary.h"

#include <QCoreApplication>
#include <QVector>

#include <array>
#include <optional>

namespace md {

/// Reinartz & Kumar's four loyalty types: profitability × loyalty.
enum class LoyaltyType
{
    Friend,    ///< high profit, loyal
    Butterfly, ///< high profit, not loyal
    Barnacle,  ///< low profit, loyal
    Stranger,  ///< low profit, not loyal
};
constexpr int kLoyaltyTypeCount = 4;

struct LoyaltyTypeOptions
{
    /// A member is profitable when the window's profit is strictly above this; default: the median.
    std::optional<Fen> profitThresholdFen;
    /// A member is loyal when the loyalty index is strictly above this; default: the median.
    std::optional<double> loyaltyThreshold;
};

struct MemberLoyalty
{
    qint64 memberId = 0;
    Fen profitFen = 0; ///< recorded gross profit, or paid × the default margin, in the window
    Fen paidFen = 0;
    int visits = 0;        ///< purchase days in the window
    double regularity = 1; ///< 1 / (1 + coefficient of variation of the gaps between visits)
    double loyalty = 0;    ///< visits × regularity
    LoyaltyType type = LoyaltyType::Stranger;
};

struct LoyaltyTypesResult
{
    AnalysisWindow window;
    QVector<MemberLoyalty> members; ///< members with a purchase day in the window
    Fen profitThresholdFen = 0;
    double loyaltyThreshold = 0;
    std::array<int, kLoyaltyTypeCount> counts{};
    std::array<Fen, kLoyaltyTypeCount> profitFen{};
    std::array<Fen, kLoyaltyTypeCount> paidFen{};
};

/// Loyalty is purchase frequency weighted by regularity: the gaps between consecutive purchase days in the
/// window, plus the open gap from the last one to the reference date when it is longer than their mean
/// (a lapse counts against regularity), give a coefficient of variation cv; regularity = 1 / (1 + cv)
/// (1 with fewer than two gaps), loyalty = visits × regularity. Profit comes from the history (recorded or
/// paid × the rules' default margin).
class LoyaltyTypes
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyTypes)
public:
    static bool compute(const PurchaseHistory& history, const AnalysisWindow& window,
                        const LoyaltyTypeOptions& options, LoyaltyTypesResult* result, QString* error);

    static QVector<LoyaltyType> types();
    /// friends, butterflies, barnacles, strangers.
    static QString key(LoyaltyType type);
    static QString name(LoyaltyType type);
    /// The recommended treatment, one sentence.
    static QString treatment(LoyaltyType type);
};

} // namespace md

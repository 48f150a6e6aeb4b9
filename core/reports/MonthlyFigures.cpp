// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyFigures.h"
#include "MonthlyFiguresDetail.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md {

using namespace monthly_figures_detail;

namespace {

QJsonValue optionalNumber(bool has, double value)
{
    return has ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<Fen> MonthKpis::averageTicketFen() const
{
    if (purchases <= 0)
        return std::nullopt;
    return (salesFen * 2 + purchases) / (purchases * 2);
}

std::optional<double> MonthKpis::repeatRate() const
{
    if (activeMembers <= 0)
        return std::nullopt;
    return double(repeatMembers) / double(activeMembers);
}

bool MonthlyFigures::parseMonth(const QString& text, QDate* month, QString* error)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const auto match = pattern.match(text.trimmed());
    const QDate parsed =
        match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    if (!parsed.isValid() || parsed.year() < 1900) {
        if (error)
            *error = tr("The month must look like 2026-04, not \"%1\".").arg(text);
        return false;
    }
    *month = parsed;
    return true;
}

bool MonthlyFigures::compute(Database& db, const QDate& month, const LoyaltyRules& rules,
                             MonthlyFigures* figures, QString* error, const Options& options)
{
    if (!month.isValid()) {
        *error = tr("No month was given.");
        return false;
    }
    MonthlyFigures f;
    f.month = QDate(month.year(), month.month(), 1);
    if (!computeKpis(db, f.month, rules, &f.current, error) ||
        !computeKpis(db, f.month.addMonths(-1), rules, &f.previousMonth, error) ||
        !computeKpis(db, f.month.addYears(-1), rules, &f.sameMonthLastYear, error) ||
        !computeTrend(db, f.month, &f.trend, error) || !computeTiers(db, f.month, rules, &f.tiers, error) ||
        !computePareto(db, f.current, options.paretoExactUpTo, &f.pareto, error) ||
        !computeHeatmap(db, f.month, &f.heatmap, error) ||
        !computeTopMembers(db, f.month, options.topMembers, &f.topMembers, error) ||
        !computeNewVips(db, f.month, options.listLimit, &f, error) ||
        (options.atRisk && !computeAtRisk(db, f.month, options.listLimit, &f, error)))
        return false;
    *figures = std::move(f);
    return true;
}

bool MonthlyFigures::membersAtRisk(Database& db, MonthlyFigures* figures, QString* error, int limit)
{
    return computeAtRisk(db, figures->month, limit, figures, error);
}

QJsonObject MonthlyFigures::kpiJson(const MonthKpis& k)
{
    QJsonObject o{{u"month"_s, monthKey(k.month)}, {u"has_data"_s, k.hasData}};
    if (!k.hasData)
        return o;
    const auto avg = k.averageTicketFen();
    const auto rate = k.repeatRate();
    o.insert(u"sales_fen"_s, k.salesFen);
    o.insert(u"purchases"_s, k.purchases);
    o.insert(u"average_ticket_fen"_s, avg ? QJsonValue(*avg) : QJsonValue(QJsonValue::Null));
    o.insert(u"active_members"_s, k.activeMembers);
    o.insert(u"repeat_members"_s, k.repeatMembers);
    o.insert(u"repeat_rate"_s, optionalNumber(rate.has_value(), rate.value_or(0)));
    o.insert(u"new_members"_s, k.newMembers);
    o.insert(u"points_issued"_s, k.pointsIssued);
    o.insert(u"points_redeemed"_s, k.pointsRedeemed);
    o.insert(u"points_expired"_s, k.pointsExpired);
    o.insert(u"points_adjusted_out"_s, k.pointsAdjustedOut);
    o.insert(u"points_balance_end"_s, k.pointsBalanceEnd);
    o.insert(u"liability_fen"_s, k.liabilityFen);
    return o;
}

QJsonObject MonthlyFigures::kpiJson() const
{
    QJsonObject o = kpiJson(current);
    o.insert(u"previous_month"_s, kpiJson(previousMonth));
    o.insert(u"last_year"_s, kpiJson(sameMonthLastYear));
    o.insert(u"new_vips"_s, newVipCount);
    o.insert(u"at_risk"_s, atRiskCount);
    if (current.hasData) {
        o.insert(u"top20_share"_s, optionalNumber(pareto.members > 0, pareto.top20Share));
    }
    return o;
}

} // namespace md

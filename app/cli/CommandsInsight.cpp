// SPDX-License-Identifier: GPL-3.0-or-later
// Customer insight: segments (RFM, loyalty types, 20/80) and lifetime value (BG/NBD + Gamma-Gamma).
#include "Command.h"

#include "analytics/BgNbd.h"
#include "analytics/ClvModel.h"
#include "analytics/CustomerSummary.h"
#include "analytics/GammaGamma.h"
#include "analytics/LoyaltyTypes.h"
#include "analytics/MemberAdvice.h"
#include "analytics/MemberInsightStore.h"
#include "analytics/Pareto.h"
#include "analytics/Rfm.h"
#include "analytics/WinBack.h"
#include "domain/LoyaltyRules.h"
#include "services/MemberService.h"
#include "services/RulesService.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {

/// A date the analysis looks back from: `today` when not given, and never after it (days still to come
/// would count as days without purchases: every customer would look lapsed).
bool parseDateOption(const CliArgs& args, const QString& option, const QDate& today, QDate* date,
                     Outcome* outcome)
{
    if (!args.has(option)) {
        *date = today;
        return true;
    }
    *date = QDate::fromString(args.value(option), u"yyyy-MM-dd"_s);
    if (date->isValid() && *date > today) {
        *outcome =
            usageError(Cli::tr("--%1 cannot be after today (%2): only what has happened can be analysed.")
                           .arg(option, today.toString(Qt::ISODate)));
        return false;
    }
    if (date->isValid())
        return true;
    *outcome = usageError(
        Cli::tr("--%1 must be a date like 2026-05-01, not \"%2\".").arg(option, args.value(option)));
    return false;
}

bool parsePositiveInt(const CliArgs& args, const QString& option, int fallback, int* value, Outcome* outcome)
{
    if (!args.has(option)) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = args.value(option).toInt(&ok);
    if (ok && *value > 0)
        return true;
    *outcome = usageError(Cli::tr("--%1 must be a whole number above 0.").arg(option));
    return false;
}

bool parseUnit(const CliArgs& args, TimeUnit* unit, Outcome* outcome)
{
    *unit = TimeUnit::Week;
    if (!args.has(u"unit"_s) || parseTimeUnit(args.value(u"unit"_s), unit))
        return true;
    *outcome = usageError(Cli::tr("--unit must be day or week."));
    return false;
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + u"%"_s;
}

Outcome segments(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"as-of"_s, u"window-days"_s, u"profit-threshold"_s, u"loyalty-threshold"_s}, {},
                   &args, &outcome))
        return outcome;
    AnalysisWindow window;
    if (!parseDateOption(args, u"as-of"_s, env.clock->today(), &window.asOf, &outcome) ||
        !parsePositiveInt(args, u"window-days"_s, 365, &window.days, &outcome))
        return outcome;
    LoyaltyTypeOptions typeOptions;
    if (args.has(u"profit-threshold"_s)) {
        Fen fen = 0;
        QString error;
        if (!parseYuan(args.value(u"profit-threshold"_s), &fen, &error))
            return usageError(u"--profit-threshold: "_s + error);
        typeOptions.profitThresholdFen = fen;
    }
    if (args.has(u"loyalty-threshold"_s)) {
        bool ok = false;
        const double v = args.value(u"loyalty-threshold"_s).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0)
            return usageError(Cli::tr("--loyalty-threshold must be a number of 0 or more."));
        typeOptions.loyaltyThreshold = v;
    }
    QString error;
    if (!window.validate(&error))
        return usageError(error);
    if (!openOrFail(env, &outcome))
        return outcome;
    const LoyaltyRules rules = RulesService(env.context()).current();
    PurchaseHistory history;
    if (!PurchaseHistory::load(env.db(), window.asOf, rules.defaultMarginBp, &history, &error))
        return Outcome::failure(error, u"database"_s);
    RfmResult rfm;
    LoyaltyTypesResult types;
    ParetoResult pareto;
    bool hasSpend = false;
    // A quiet window is an answer, not an error: a monthly script on a shop closed for the holidays gets
    // zero counts (and the note on stderr), not a failure.
    if (!Rfm::compute(history, window, &rfm, &error)) {
        if (error != window.emptyMessage())
            return Outcome::failure(error, u"invalid_input"_s);
        QTextStream(stderr) << error << Qt::endl;
    } else {
        if (!LoyaltyTypes::compute(history, window, typeOptions, &types, &error))
            return Outcome::failure(error, u"invalid_input"_s);
        hasSpend = Pareto::compute(history, window, &pareto, &error, 11);
    }
    // Visits worth nothing still count for RFM and the types; the 20/80 split then simply has no spend.
    QHash<qint64, int> tiers;
    if (!Pareto::loadTiers(env.db(), &tiers, &error))
        return Outcome::failure(error, u"database"_s);
    const QVector<ParetoMember> vips =
        hasSpend ? Pareto::potentialVips(pareto, tiers, Pareto::defaultFirstTopTier(int(rules.tiers.size())))
                 : QVector<ParetoMember>{};

    QJsonObject rfmJson;
    QString text = Cli::tr("Members who bought between %1 and %2: %3")
                       .arg(window.firstDay().toString(Qt::ISODate), window.asOf.toString(Qt::ISODate))
                       .arg(rfm.members.size()) +
                   u"\n\n"_s + Cli::tr("RFM segments:") + u"\n"_s;
    for (RfmSegment s : Rfm::segments()) {
        rfmJson.insert(Rfm::key(s), rfm.counts[size_t(s)]);
        text += u"  %1: %2\n"_s.arg(Rfm::name(s)).arg(rfm.counts[size_t(s)]);
    }
    QJsonObject typesJson;
    QJsonObject typesDetail;
    text += u"\n"_s + Cli::tr("Loyalty types:") + u"\n"_s;
    for (LoyaltyType t : LoyaltyTypes::types()) {
        const size_t i = size_t(t);
        typesJson.insert(LoyaltyTypes::key(t), types.counts[i]);
        typesDetail.insert(LoyaltyTypes::key(t), QJsonObject{{u"members"_s, types.counts[i]},
                                                             {u"profit_fen"_s, types.profitFen[i]},
                                                             {u"paid_fen"_s, types.paidFen[i]}});
        text += u"  %1: %2 — %3\n"_s.arg(LoyaltyTypes::name(t))
                    .arg(types.counts[i])
                    .arg(LoyaltyTypes::treatment(t));
    }
    QJsonObject paretoJson;
    if (hasSpend) {
        QJsonArray curve;
        for (const ParetoPoint& p : pareto.curve)
            curve.append(QJsonArray{p.memberShare, p.spendShare});
        paretoJson = {{u"top20_share"_s, pareto.topShare},
                      {u"top_count"_s, pareto.topCount},
                      {u"spenders"_s, pareto.ranked.size()},
                      {u"top_spend_fen"_s, pareto.topSpendFen},
                      {u"total_spend_fen"_s, pareto.totalSpendFen},
                      {u"potential_vips"_s, vips.size()},
                      {u"curve"_s, curve}};
        text += u"\n"_s +
                Cli::tr("20/80: the top %Ln member(s) brought %1 of the spend; %2 of them could become VIPs.",
                        nullptr, pareto.topCount)
                    .arg(percent(pareto.topShare))
                    .arg(vips.size());
    } else {
        paretoJson = {{u"top20_share"_s, 0.0}, {u"top_count"_s, 0}, {u"spenders"_s, 0}};
        text += u"\n"_s + Cli::tr("20/80: nobody paid anything in this window.");
    }
    const QJsonObject json{
        {u"as_of"_s, window.asOf.toString(Qt::ISODate)},
        {u"window_days"_s, window.days},
        {u"members"_s, rfm.members.size()},
        {u"members_total"_s, tiers.size()},
        {u"rfm"_s, rfmJson},
        {u"types"_s, typesJson},
        {u"types_detail"_s, typesDetail},
        {u"thresholds"_s,
         QJsonObject{{u"profit_fen"_s, types.profitThresholdFen}, {u"loyalty"_s, types.loyaltyThreshold}}},
        {u"pareto"_s, paretoJson},
    };
    return Outcome::success(json, text);
}

bool fitModels(CliEnv& env, const CliArgs& args, ClvModel* model, Outcome* outcome)
{
    QDate calibrationEnd;
    TimeUnit unit = TimeUnit::Week;
    if (!parseDateOption(args, u"calibration-end"_s, env.clock->today(), &calibrationEnd, outcome) ||
        !parseUnit(args, &unit, outcome) || !openOrFail(env, outcome))
        return false;
    QString error;
    if (ClvModels::fit(env.db(), calibrationEnd, unit, model, &error))
        return true;
    *outcome = Outcome::failure(error, u"invalid_input"_s);
    return false;
}

Outcome clvFit(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"calibration-end"_s, u"unit"_s}, {}, &args, &outcome))
        return outcome;
    ClvModel m;
    if (!fitModels(env, args, &m, &outcome))
        return outcome;
    const BgNbdParams& p = m.purchases.params;
    const GammaGammaParams& g = m.spend.params;
    const QJsonObject json{
        {u"calibration_end"_s, m.calibrationEnd.toString(Qt::ISODate)},
        {u"unit"_s, timeUnitKey(m.unit)},
        {u"r"_s, p.r},
        {u"alpha"_s, p.alpha},
        {u"a"_s, p.a},
        {u"b"_s, p.b},
        {u"loglik"_s, m.purchases.logLikelihood},
        {u"customers"_s, m.purchases.customers},
        {u"repeat_customers"_s, m.purchases.repeatCustomers},
        {u"evaluations"_s, m.purchases.evaluations},
        {u"from_cache"_s, m.fromCache},
        {u"gamma_gamma"_s, QJsonObject{{u"p"_s, g.p},
                                       {u"evaluations"_s, m.spend.evaluations},
                                       {u"q"_s, g.q},
                                       {u"v"_s, g.v},
                                       {u"loglik"_s, m.spend.logLikelihood},
                                       {u"customers"_s, m.spend.customers}}},
    };
    const QString bgText =
        m.unit == TimeUnit::Week
            ? Cli::tr("BG/NBD on %1 customers (%2 came back) up to %3, in weeks: r = %4, alpha = %5, a = %6, "
                      "b = %7, log-likelihood %8.")
            : Cli::tr("BG/NBD on %1 customers (%2 came back) up to %3, in days: r = %4, alpha = %5, a = %6, "
                      "b = %7, log-likelihood %8.");
    const QString text = bgText.arg(m.purchases.customers)
                             .arg(m.purchases.repeatCustomers)
                             .arg(m.calibrationEnd.toString(Qt::ISODate))
                             .arg(p.r, 0, 'f', 4)
                             .arg(p.alpha, 0, 'f', 4)
                             .arg(p.a, 0, 'f', 4)
                             .arg(p.b, 0, 'f', 4)
                             .arg(m.purchases.logLikelihood, 0, 'f', 2) +
                         u"\n"_s +
                         Cli::tr("Gamma-Gamma spend on %1 customers: p = %2, q = %3, v = %4.")
                             .arg(m.spend.customers)
                             .arg(g.p, 0, 'f', 4)
                             .arg(g.q, 0, 'f', 4)
                             .arg(g.v, 0, 'f', 4);
    return Outcome::success(json, text);
}

Outcome clvPredict(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"horizon"_s, u"unit"_s, u"calibration-end"_s, u"member"_s}, {}, &args, &outcome))
        return outcome;
    if (!args.has(u"horizon"_s))
        return usageError(Cli::tr("--horizon is required (the number of days or weeks to predict)."));
    bool ok = false;
    const int horizon = args.value(u"horizon"_s).toInt(&ok);
    if (!ok || horizon <= 0 || horizon > 100000)
        return usageError(Cli::tr("--horizon must be a whole number of days or weeks above 0."));
    qint64 memberId = 0;
    if (args.has(u"member"_s)) {
        memberId = args.value(u"member"_s).toLongLong(&ok);
        if (!ok || memberId <= 0)
            return usageError(Cli::tr("--member must be a member number."));
    }
    ClvModel m;
    if (!fitModels(env, args, &m, &outcome))
        return outcome;
    const BgNbd purchases(m.purchases.params);
    const GammaGamma spend(m.spend.params);
    QVector<double> expected;
    QString error;
    if (!purchases.conditionalExpectedPurchases(horizon, m.customers, &expected, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    double total = 0;
    double totalValue = 0;
    for (int i = 0; i < m.customers.size(); ++i) {
        double avg = 0;
        if (!spend.expectedAverageSpend(m.customers[i].x, m.customers[i].meanRepeatSpend, &avg, &error))
            return Outcome::failure(error, u"invalid_input"_s);
        total += expected[i];
        totalValue += expected[i] * avg;
    }
    Fen totalValueFen = 0;
    if (!yuanToFenRounded(totalValue, &totalValueFen))
        return Outcome::failure(Cli::tr("The predicted value is out of range."), u"invalid_input"_s);
    QJsonObject json{
        {u"calibration_end"_s, m.calibrationEnd.toString(Qt::ISODate)},
        {u"unit"_s, timeUnitKey(m.unit)},
        {u"horizon"_s, horizon},
        {u"customers"_s, m.customers.size()},
        {u"expected_repeat_total"_s, total},
        {u"expected_value_total_fen"_s, totalValueFen},
    };
    const QLocale locale;
    const bool weeks = m.unit == TimeUnit::Week;
    QString text =
        (weeks ? Cli::tr("Expected repeat purchase days of all %1 customers in the next %Ln week(s): %2 "
                         "(worth about %3).",
                         nullptr, horizon)
               : Cli::tr("Expected repeat purchase days of all %1 customers in the next %Ln day(s): %2 "
                         "(worth about %3).",
                         nullptr, horizon))
            .arg(m.customers.size())
            .arg(locale.toString(total, 'f', 1), formatYuan(totalValueFen, locale));
    if (memberId > 0) {
        QSqlQuery q(env.db().sql());
        if (!Sql::prepare(q, u"SELECT 1 FROM members WHERE id = ?"_s, &error))
            return Outcome::failure(error, u"database"_s);
        q.addBindValue(memberId);
        if (!Sql::exec(q, &error))
            return Outcome::failure(error, u"database"_s);
        if (!q.next())
            return Outcome::failure(Cli::tr("There is no member %1.").arg(memberId), u"not_found"_s);
        int index = -1;
        for (int i = 0; i < m.customers.size() && index < 0; ++i)
            if (m.customers[i].memberId == memberId)
                index = i;
        if (index < 0)
            return Outcome::failure(
                Cli::tr("Member %1 has no purchases on or before %2: there is nothing to predict "
                        "from.")
                    .arg(memberId)
                    .arg(m.calibrationEnd.toString(Qt::ISODate)),
                u"invalid_input"_s);
        const CustomerSummary& c = m.customers[index];
        Fen valueFen = 0;
        double avg = 0;
        if (!spend.customerValueFen(purchases, c, horizon, 0, &valueFen, &error) ||
            !spend.expectedAverageSpend(c.x, c.meanRepeatSpend, &avg, &error))
            return Outcome::failure(error, u"invalid_input"_s);
        Fen avgFen = 0;
        yuanToFenRounded(avg, &avgFen);
        const double alive = purchases.probabilityAlive(c.x, c.tx, c.T);
        json.insert(u"member_id"_s, memberId);
        json.insert(u"p_alive"_s, alive);
        json.insert(u"expected_purchases"_s, expected[index]);
        json.insert(u"expected_average_spend_fen"_s, avgFen);
        json.insert(u"expected_value_fen"_s, valueFen);
        json.insert(u"repeat_days"_s, c.x);
        json.insert(u"last_purchase"_s, c.lastDay.toString(Qt::ISODate));
        const QString memberText =
            weeks ? Cli::tr(
                        "Member %1: still a customer with probability %2; expected %3 purchase day(s) in the "
                        "next %Ln week(s), worth about %4.",
                        nullptr, horizon)
                  : Cli::tr(
                        "Member %1: still a customer with probability %2; expected %3 purchase day(s) in the "
                        "next %Ln day(s), worth about %4.",
                        nullptr, horizon);
        text +=
            u"\n"_s + memberText.arg(memberId).arg(percent(alive), locale.toString(expected[index], 'f', 2),
                                                   formatYuan(valueFen, locale));
    }
    return Outcome::success(json, text);
}

Outcome clvWinBack(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"threshold"_s, u"unit"_s, u"calibration-end"_s, u"min-spend"_s, u"limit"_s}, {},
                   &args, &outcome))
        return outcome;
    WinBackOptions options;
    bool ok = true;
    if (args.has(u"threshold"_s))
        options.pAliveThreshold = args.value(u"threshold"_s).toDouble(&ok);
    if (!ok || !(options.pAliveThreshold > 0 && options.pAliveThreshold <= 1))
        return usageError(Cli::tr("--threshold must be a probability above 0 and at most 1, e.g. 0.3."));
    if (args.has(u"min-spend"_s)) {
        Fen fen = 0;
        QString error;
        if (!parseYuan(args.value(u"min-spend"_s), &fen, &error))
            return usageError(u"--min-spend: "_s + error);
        options.minPastSpendFen = fen;
    }
    int limit = 0;
    if (!parsePositiveInt(args, u"limit"_s, 50, &limit, &outcome))
        return outcome;
    ClvModel m;
    if (!fitModels(env, args, &m, &outcome))
        return outcome;
    QVector<WinBackEntry> entries;
    QString error;
    if (!WinBack::list(BgNbd(m.purchases.params), m.customers, options, &entries, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    QJsonArray list;
    QString text =
        Cli::tr("%Ln valuable member(s) have probably stopped coming:", nullptr, int(entries.size()));
    const QLocale locale;
    for (int i = 0; i < entries.size() && i < limit; ++i) {
        const WinBackEntry& e = entries[i];
        list.append(QJsonObject{{u"member_id"_s, e.memberId},
                                {u"p_alive"_s, e.pAlive},
                                {u"past_spend_fen"_s, e.pastSpendFen},
                                {u"last_purchase"_s, e.lastDay.toString(Qt::ISODate)}});
        text +=
            u"\n  "_s +
            Cli::tr("Member %1: spent %2, last came %3, still a customer with probability %4.")
                .arg(e.memberId)
                .arg(formatYuan(e.pastSpendFen, locale), e.lastDay.toString(Qt::ISODate), percent(e.pAlive));
    }
    return Outcome::success({{u"count"_s, entries.size()}, {u"members"_s, list}}, text);
}

QJsonObject distributionJson(const InsightDistribution& d)
{
    QJsonObject segments;
    QJsonObject segmentSpend;
    for (RfmSegment segment : Rfm::segments()) {
        segments.insert(Rfm::key(segment), d.segmentMembers[size_t(segment)]);
        segmentSpend.insert(Rfm::key(segment), d.segmentSpendFen[size_t(segment)]);
    }
    QJsonObject types;
    QJsonObject typeSpend;
    for (LoyaltyType type : LoyaltyTypes::types()) {
        types.insert(LoyaltyTypes::key(type), d.typeMembers[size_t(type)]);
        typeSpend.insert(LoyaltyTypes::key(type), d.typeSpendFen[size_t(type)]);
    }
    return {{u"as_of"_s, d.status.asOf.toString(Qt::ISODate)},
            {u"window_days"_s, d.status.windowDays},
            {u"horizon_weeks"_s, d.status.horizonWeeks},
            {u"computed_at"_s, d.status.computedAt.toString(Qt::ISODate)},
            {u"members"_s, d.status.members},
            {u"predicted"_s, d.predicted},
            {u"rfm"_s, segments},
            {u"rfm_spend_fen"_s, segmentSpend},
            {u"types"_s, types},
            {u"types_spend_fen"_s, typeSpend},
            {u"clv_message"_s, d.status.clvMessage}};
}

QString distributionText(const InsightDistribution& d)
{
    const QLocale locale;
    QString text =
        Cli::tr("Member insight as of %1 (%Ln member(s), computed %2):", nullptr, int(d.status.members))
            .arg(d.status.asOf.toString(Qt::ISODate), d.status.computedAt.toString(Qt::ISODate));
    for (RfmSegment segment : Rfm::segments())
        text +=
            u"\n  "_s + Cli::tr("%1: %Ln member(s), %2", nullptr, d.segmentMembers[size_t(segment)])
                            .arg(Rfm::name(segment), formatYuan(d.segmentSpendFen[size_t(segment)], locale));
    for (LoyaltyType type : LoyaltyTypes::types())
        text +=
            u"\n  "_s + Cli::tr("%1: %Ln member(s), %2", nullptr, d.typeMembers[size_t(type)])
                            .arg(LoyaltyTypes::name(type), formatYuan(d.typeSpendFen[size_t(type)], locale));
    if (!d.status.clvMessage.isEmpty())
        text += u"\n"_s + Cli::tr("No predictions: %1").arg(d.status.clvMessage);
    return text;
}

Outcome insightRefresh(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {}, &args, &outcome) || !openOrFail(env, &outcome))
        return outcome;
    const InsightSnapshot snapshot =
        Insight::compute(env.db(), MemberInsightStore::currentOptions(env.db(), env.clock->today()));
    MemberInsightStore store(env.context());
    QString error;
    bool written = false;
    if (!store.write(snapshot, &error, &written))
        return Outcome::failure(error, u"database"_s);
    if (!snapshot.ok)
        return Outcome::failure(snapshot.error, u"invalid_input"_s);
    if (!written)
        return Outcome::failure(Cli::tr("The stored insight is for a later date (%1); it was kept.")
                                    .arg(store.status().asOf.toString(Qt::ISODate)),
                                u"conflict"_s);
    InsightDistribution d;
    if (!store.distribution(&d, &error))
        return Outcome::failure(error, u"database"_s);
    return Outcome::success(distributionJson(d), distributionText(d));
}

Outcome insightShow(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"member"_s}, {}, &args, &outcome) || !openOrFail(env, &outcome))
        return outcome;
    const MemberInsightStore store(env.context());
    const MemberInsightStatus status = store.status();
    if (!status.exists)
        return Outcome::failure(Cli::tr("No member insight has been computed yet; run `insight refresh`."),
                                u"not_found"_s);
    if (!status.ok)
        return Outcome::failure(Cli::tr("The last insight computation (%1) failed: %2")
                                    .arg(status.asOf.toString(Qt::ISODate), status.error),
                                u"invalid_input"_s);
    QString error;
    if (!args.has(u"member"_s)) {
        InsightDistribution d;
        if (!store.distribution(&d, &error))
            return Outcome::failure(error, u"database"_s);
        return Outcome::success(distributionJson(d), distributionText(d));
    }
    bool ok = false;
    const qint64 id = args.value(u"member"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(Cli::tr("--member must be a member id."));
    MemberInsight in;
    if (!store.get(id, &in, &error))
        return Outcome::failure(error, u"database"_s);
    const QJsonValue null(QJsonValue::Null);
    QJsonObject json{
        {u"member_id"_s, id},
        {u"found"_s, in.found},
        {u"as_of"_s, status.asOf.toString(Qt::ISODate)},
        {u"segment"_s, in.inWindow ? QJsonValue(Rfm::key(in.segment)) : null},
        {u"r"_s, in.inWindow ? QJsonValue(in.r) : null},
        {u"f"_s, in.inWindow ? QJsonValue(in.f) : null},
        {u"m"_s, in.inWindow ? QJsonValue(in.m) : null},
        {u"type"_s, in.inWindow ? QJsonValue(LoyaltyTypes::key(in.type)) : null},
        {u"advice"_s, in.inWindow ? QJsonValue(MemberAdvice::forMember(in.segment, in.type)) : null},
        {u"p_alive"_s, in.hasPrediction ? QJsonValue(in.pAlive) : null},
        {u"expected_purchases"_s, in.hasPrediction ? QJsonValue(in.expectedPurchases) : null},
        {u"horizon_weeks"_s, in.hasPrediction ? QJsonValue(in.horizonWeeks) : null},
        {u"expected_value_fen"_s, in.hasPrediction ? QJsonValue(in.predictedValueFen) : null}};
    QString text;
    if (!in.found)
        text = Cli::tr("Member %1 has no purchases in the %Ln day(s) up to %2.", nullptr, status.windowDays)
                   .arg(id)
                   .arg(status.asOf.toString(Qt::ISODate));
    else {
        text = in.inWindow ? Cli::tr("Member %1: %2, %3 (R %4, F %5, M %6).")
                                     .arg(id)
                                     .arg(Rfm::name(in.segment), LoyaltyTypes::name(in.type))
                                     .arg(in.r)
                                     .arg(in.f)
                                     .arg(in.m) +
                                 u"\n"_s + MemberAdvice::forMember(in.segment, in.type)
                           : Cli::tr("Member %1 has no purchases in the %Ln day(s) up to %2.", nullptr,
                                     status.windowDays)
                                 .arg(id)
                                 .arg(status.asOf.toString(Qt::ISODate));
        // The JSON keeps the model's figures; the sentence does not print a chance that means nothing yet.
        Member member;
        const QString tooEarly = MemberService(env.context()).get(id, &member)
                                     ? MemberAdvice::outlookTooEarly(member.visits)
                                     : QString();
        text += u"\n"_s +
                (in.hasPrediction && !tooEarly.isEmpty() ? tooEarly
                 : in.hasPrediction
                     ? Cli::tr("Still a customer with probability %1; %2 expected in the next %Ln week(s).",
                               nullptr, in.horizonWeeks)
                           .arg(percent(in.pAlive), formatYuan(in.predictedValueFen, QLocale()))
                     : Cli::tr("No prediction: %1").arg(status.clvMessage));
    }
    return Outcome::success(json, text);
}

} // namespace

QVector<CommandSpec> insightCommands()
{
    return {
        {u"segments"_s,
         u"segments [--as-of DATE] [--window-days N] [--profit-threshold YUAN] [--loyalty-threshold X]"_s,
         segments},
        {u"clv fit"_s, u"clv fit [--calibration-end DATE] [--unit day|week]"_s, clvFit},
        {u"clv predict"_s,
         u"clv predict --horizon N [--unit day|week] [--calibration-end DATE] [--member ID]"_s, clvPredict},
        {u"clv winback"_s,
         u"clv winback [--threshold P] [--min-spend YUAN] [--limit N] [--unit day|week] [--calibration-end DATE]"_s,
         clvWinBack},
        {u"insight refresh"_s, u"insight refresh"_s, insightRefresh},
        {u"insight show"_s, u"insight show [--member ID]"_s, insightShow},
    };
}

} // namespace md::cli

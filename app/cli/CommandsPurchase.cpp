// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "domain/LoyaltyRules.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace md::cli {

bool resolveMemberForPurchase(CliEnv& env, const CliArgs& args, qint64* id, Outcome* outcome);

namespace {

bool parseMoneyOption(const CliArgs& args, const QString& option, Fen* fen, Outcome* outcome)
{
    QString error;
    if (parseYuan(args.value(option), fen, &error))
        return true;
    *outcome = Outcome::failure(u"--%1: "_s.arg(option) + error, u"invalid_input"_s);
    return false;
}

Outcome purchaseAdd(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(
            argv,
            {u"member"_s, u"card"_s, u"phone"_s, u"amount"_s, u"profit"_s, u"redeem-points"_s, u"note"_s}, {},
            &args, &outcome))
        return outcome;
    if (!args.has(u"amount"_s))
        return usageError(Cli::tr("--amount is required (the shelf total in yuan, e.g. 128.50)."));
    PurchaseRequest request;
    if (!parseMoneyOption(args, u"amount"_s, &request.grossFen, &outcome))
        return outcome;
    if (args.has(u"profit"_s)) {
        request.hasProfit = true;
        if (!parseMoneyOption(args, u"profit"_s, &request.profitFen, &outcome))
            return outcome;
    }
    if (args.has(u"redeem-points"_s)) {
        bool ok = false;
        request.redeemPoints = args.value(u"redeem-points"_s).toLongLong(&ok);
        if (!ok || request.redeemPoints < 0)
            return Outcome::failure(Cli::tr("--redeem-points must be a whole number of points."),
                                    u"invalid_input"_s);
    }
    request.note = args.value(u"note"_s);
    if (!openForMembers(env, &outcome))
        return outcome;
    if (!resolveMemberForPurchase(env, args, &request.memberId, &outcome))
        return outcome;
    PurchaseResult result;
    QString error;
    if (!PurchaseService(env.context()).record(request, &result, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    const LoyaltyRules rules = RulesService(env.context()).current();
    const PurchaseQuote& q = result.quote;
    QJsonObject json{
        {u"purchase_id"_s, result.purchaseId},
        {u"gross_fen"_s, q.grossFen},
        {u"discount_fen"_s, q.discountFen},
        {u"redeemed_fen"_s, q.redeemedFen},
        {u"redeemed_points"_s, q.redeemPoints},
        {u"paid_fen"_s, q.paidFen},
        {u"points_earned"_s, q.pointsEarned},
        {u"points_balance"_s, result.pointsBalance},
        {u"tier"_s, rules.tiers.value(q.tierAfter).name},
        {u"tier_changed"_s, result.tierChanged},
    };
    const QLocale locale;
    QString text = Cli::tr("Purchase %1: %2, discount %3, paid %4, +%5 points (balance %6).")
                       .arg(result.purchaseId)
                       .arg(formatYuan(q.grossFen, locale), formatYuan(q.discountFen, locale),
                            formatYuan(q.paidFen, locale))
                       .arg(q.pointsEarned)
                       .arg(result.pointsBalance);
    if (result.tierChanged)
        text += u"\n"_s + Cli::tr("Upgraded to %1!").arg(rules.tierDisplayName(q.tierAfter));
    return Outcome::success(json, text);
}

Outcome purchaseVoid(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"reason"_s}, {}, &args, &outcome))
        return outcome;
    bool ok = false;
    const qint64 id = args.positional().value(0).toLongLong(&ok);
    if (!ok || id <= 0 || args.positional().size() != 1)
        return usageError(Cli::tr("Give the number of the purchase to void."));
    if (args.value(u"reason"_s).trimmed().isEmpty())
        return usageError(Cli::tr("--reason is required: say why the purchase is voided."));
    if (!openForMembers(env, &outcome))
        return outcome;
    VoidResult result;
    QString error;
    PurchaseService purchases(env.context());
    if (!purchases.voidPurchase(id, args.value(u"reason"_s), &result, &error)) {
        const auto state = purchases.state(id);
        const QString code = state == PurchaseService::State::Missing  ? u"not_found"_s
                             : state == PurchaseService::State::Voided ? u"conflict"_s
                                                                       : u"database"_s;
        return Outcome::failure(error, code);
    }
    const LoyaltyRules rules = RulesService(env.context()).current();
    return Outcome::success({{u"purchase_id"_s, result.purchaseId},
                             {u"points_reversed"_s, result.pointsReversed},
                             {u"points_returned"_s, result.pointsReturned},
                             {u"points_balance"_s, result.pointsBalance},
                             {u"tier"_s, rules.tiers.value(result.tier).name},
                             {u"tier_changed"_s, result.tierChanged}},
                            Cli::tr("Purchase %1 voided: %2 points taken back, %3 returned, balance %4.")
                                .arg(result.purchaseId)
                                .arg(result.pointsReversed)
                                .arg(result.pointsReturned)
                                .arg(result.pointsBalance));
}

} // namespace

QVector<CommandSpec> purchaseCommands()
{
    return {
        {u"purchase add"_s,
         u"purchase add (--member ID | --card C | --phone P) --amount YUAN [--profit YUAN] [--redeem-points "
         u"N] "
         "[--note T]"_s,
         purchaseAdd},
        {u"purchase void"_s, u"purchase void PURCHASE_ID --reason TEXT"_s, purchaseVoid},
    };
}

} // namespace md::cli

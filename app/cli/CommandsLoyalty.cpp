// SPDX-License-Identifier: GPL-3.0-or-later
// Loyalty upkeep from the command line: daily maintenance, manual points adjustments, the gift catalogue.
#include "Command.h"

#include "services/DailyMaintenance.h"
#include "services/GiftCatalog.h"
#include "services/PointsAdjustment.h"
#include "services/PointsLedger.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace md::cli {

bool resolveMemberForPurchase(CliEnv& env, const CliArgs& args, qint64* id, Outcome* outcome);

namespace {

bool parseWhole(const CliArgs& args, const QString& option, qint64* value, Outcome* outcome)
{
    bool ok = false;
    *value = args.value(option).trimmed().toLongLong(&ok);
    if (!ok) {
        *outcome =
            usageError(Cli::tr("--%1 takes a whole number, not \"%2\".").arg(option, args.value(option)));
        return false;
    }
    return true;
}

bool requireMemberOption(CliEnv& env, const CliArgs& args, qint64* memberId, Outcome* outcome)
{
    if (!args.has(u"member"_s) && !args.has(u"card"_s) && !args.has(u"phone"_s)) {
        *outcome = usageError(Cli::tr("Name the member with --member ID, --card C or --phone P."));
        return false;
    }
    return resolveMemberForPurchase(env, args, memberId, outcome);
}

Outcome maintenanceRun(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {u"force"_s}, &args, &outcome) || !openOrFail(env, &outcome))
        return outcome;
    MaintenanceResult result;
    QString error;
    if (!DailyMaintenance(env.context()).run(args.has(u"force"_s), &result, &error))
        return Outcome::failure(error, u"database"_s);
    QJsonArray changes;
    for (const TierChange& c : result.review.changes)
        changes.append(QJsonObject{{u"member_id"_s, c.memberId},
                                   {u"from_tier"_s, c.fromTier},
                                   {u"to_tier"_s, c.toTier},
                                   {u"spend_fen"_s, c.spendFen}});
    const QJsonObject json{{u"ran"_s, result.ran},
                           {u"day"_s, result.day.toString(Qt::ISODate)},
                           {u"expired_entries"_s, result.expiredEntries},
                           {u"reviewed"_s, result.review.reviewed},
                           {u"tier_changes"_s, changes}};
    if (!result.ran)
        return Outcome::success(json, Cli::tr("Maintenance already ran on %1 (use --force to run it again).")
                                          .arg(result.day.toString(Qt::ISODate)));
    return Outcome::success(json,
                            Cli::tr("Maintenance for %1: %2 expiry entries, %3 members reviewed, %4 tiers "
                                    "lowered.")
                                .arg(result.day.toString(Qt::ISODate))
                                .arg(result.expiredEntries)
                                .arg(result.review.reviewed)
                                .arg(result.review.changes.size()));
}

Outcome pointsAdjust(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"member"_s, u"card"_s, u"phone"_s, u"points"_s, u"reason"_s}, {}, &args, &outcome))
        return outcome;
    if (!args.has(u"points"_s))
        return usageError(Cli::tr("--points is required (e.g. 200 or -50)."));
    if (args.value(u"reason"_s).trimmed().isEmpty())
        return usageError(Cli::tr("--reason is required: say why the points are adjusted."));
    qint64 points = 0;
    if (!parseWhole(args, u"points"_s, &points, &outcome) || !openForMembers(env, &outcome))
        return outcome;
    qint64 memberId = 0;
    if (!requireMemberOption(env, args, &memberId, &outcome))
        return outcome;
    PointsAdjustment::Result result;
    QString error;
    if (!PointsAdjustment(env.context()).adjust(memberId, points, args.value(u"reason"_s), &result, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    return Outcome::success({{u"member_id"_s, memberId},
                             {u"points"_s, points},
                             {u"ledger_id"_s, result.ledgerId},
                             {u"points_balance"_s, result.pointsBalance}},
                            Cli::tr("Points of member %1 adjusted by %2: balance %3.")
                                .arg(memberId)
                                .arg(points)
                                .arg(result.pointsBalance));
}

QJsonObject giftJson(const Gift& g)
{
    return {{u"id"_s, g.id},
            {u"name"_s, g.name},
            {u"points_price"_s, g.pointsPrice},
            {u"stock"_s, g.stock},
            {u"active"_s, g.active}};
}

bool giftInputFrom(const CliArgs& args, GiftInput* input, Outcome* outcome)
{
    if (args.has(u"name"_s))
        input->name = args.value(u"name"_s);
    qint64 value = 0;
    if (args.has(u"points"_s)) {
        if (!parseWhole(args, u"points"_s, &value, outcome))
            return false;
        input->pointsPrice = value;
    }
    if (args.has(u"stock"_s)) {
        if (!parseWhole(args, u"stock"_s, &value, outcome))
            return false;
        if (value < 0 || value > GiftCatalog::kMaxStock) {
            *outcome = Outcome::failure(Cli::tr("--stock must be from 0 to %1.").arg(GiftCatalog::kMaxStock),
                                        u"invalid_input"_s);
            return false;
        }
        input->stock = int(value);
    }
    if (args.has(u"active"_s)) {
        const QString a = args.value(u"active"_s);
        if (a != u"yes"_s && a != u"no"_s) {
            *outcome = usageError(Cli::tr("--active takes yes or no."));
            return false;
        }
        input->active = a == u"yes"_s;
    }
    return true;
}

Outcome giftAdd(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"name"_s, u"points"_s, u"stock"_s, u"active"_s}, {}, &args, &outcome))
        return outcome;
    if (!args.has(u"name"_s) || !args.has(u"points"_s))
        return usageError(Cli::tr("--name and --points (the price in points) are required."));
    GiftInput input;
    if (!giftInputFrom(args, &input, &outcome) || !openOrFail(env, &outcome))
        return outcome;
    GiftCatalog catalog(env.context());
    qint64 id = 0;
    QString error;
    if (!catalog.add(input, &id, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    Gift gift;
    catalog.get(id, &gift, &error);
    return Outcome::success(giftJson(gift), Cli::tr("Gift %1 added: %2 for %3 points, %4 in stock.")
                                                .arg(id)
                                                .arg(gift.name)
                                                .arg(gift.pointsPrice)
                                                .arg(gift.stock));
}

Outcome giftEdit(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"name"_s, u"points"_s, u"stock"_s, u"active"_s}, {}, &args, &outcome))
        return outcome;
    bool ok = false;
    const qint64 id = args.positional().value(0).toLongLong(&ok);
    if (!ok || id <= 0 || args.positional().size() != 1)
        return usageError(Cli::tr("Give the number of the gift to edit."));
    if (!openOrFail(env, &outcome))
        return outcome;
    GiftCatalog catalog(env.context());
    Gift gift;
    QString error;
    if (!catalog.get(id, &gift, &error))
        return Outcome::failure(error, u"not_found"_s);
    GiftInput input{gift.name, gift.pointsPrice, gift.stock, gift.active};
    if (!giftInputFrom(args, &input, &outcome))
        return outcome;
    if (!catalog.update(id, input, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    catalog.get(id, &gift, &error);
    return Outcome::success(giftJson(gift), Cli::tr("Gift %1 saved.").arg(id));
}

Outcome giftList(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {u"active-only"_s}, &args, &outcome) || !openOrFail(env, &outcome))
        return outcome;
    QJsonArray gifts;
    QString text;
    for (const Gift& g : GiftCatalog(env.context()).list(!args.has(u"active-only"_s))) {
        gifts.append(giftJson(g));
        text += Cli::tr("%1  %2  %3 points  stock %4%5\n")
                    .arg(g.id)
                    .arg(g.name)
                    .arg(g.pointsPrice)
                    .arg(g.stock)
                    .arg(g.active ? QString() : Cli::tr("  (not offered)"));
    }
    if (gifts.isEmpty())
        text = Cli::tr("The gift catalogue is empty.");
    return Outcome::success({{u"gifts"_s, gifts}}, text);
}

Outcome giftRedeem(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"member"_s, u"card"_s, u"phone"_s}, {}, &args, &outcome))
        return outcome;
    bool ok = false;
    const qint64 giftId = args.positional().value(0).toLongLong(&ok);
    if (!ok || giftId <= 0 || args.positional().size() != 1)
        return usageError(Cli::tr("Give the number of the gift to hand out."));
    if (!openForMembers(env, &outcome))
        return outcome;
    qint64 memberId = 0;
    if (!requireMemberOption(env, args, &memberId, &outcome))
        return outcome;
    GiftCatalog catalog(env.context());
    Gift gift;
    QString error;
    if (!catalog.get(giftId, &gift, &error))
        return Outcome::failure(error, u"not_found"_s);
    GiftRedemption r;
    if (!catalog.redeem(giftId, memberId, &r, &error))
        return Outcome::failure(error, u"conflict"_s);
    catalog.get(giftId, &gift, &error);
    const qint64 balance = PointsLedger(env.context()).balance(memberId);
    return Outcome::success({{u"redemption_id"_s, r.id},
                             {u"gift_id"_s, giftId},
                             {u"member_id"_s, memberId},
                             {u"points"_s, r.points},
                             {u"points_balance"_s, balance},
                             {u"stock"_s, gift.stock}},
                            Cli::tr("%1 handed out for %2 points: balance %3, %4 left in stock.")
                                .arg(gift.name)
                                .arg(r.points)
                                .arg(balance)
                                .arg(gift.stock));
}

} // namespace

QVector<CommandSpec> loyaltyCommands()
{
    return {
        {u"maintenance run"_s, u"maintenance run [--force]"_s, maintenanceRun},
        {u"points adjust"_s, u"points adjust (--member ID | --card C | --phone P) --points N --reason TEXT"_s,
         pointsAdjust},
        {u"gift add"_s, u"gift add --name NAME --points N [--stock N] [--active yes|no]"_s, giftAdd},
        {u"gift edit"_s, u"gift edit GIFT_ID [--name NAME] [--points N] [--stock N] [--active yes|no]"_s,
         giftEdit},
        {u"gift list"_s, u"gift list [--active-only]"_s, giftList},
        {u"gift redeem"_s, u"gift redeem GIFT_ID (--member ID | --card C | --phone P)"_s, giftRedeem},
    };
}

} // namespace md::cli

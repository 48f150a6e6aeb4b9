// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "common/LocaleFormat.h"
#include "domain/LoyaltyRules.h"
#include "domain/PhoneNumber.h"
#include "services/MemberProfile.h"
#include "services/MemberSearch.h"
#include "services/MemberService.h"
#include "services/RulesService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {

Outcome saveErrorOutcome(const MemberSaveError& error)
{
    Outcome o = Outcome::failure(error.message, error.existingMemberId ? u"duplicate"_s : u"invalid_input"_s);
    return o;
}

/// Resolves "ID | --card C | --phone P" to a member id. `positionalNamesMember`: the first positional
/// argument is the member's number (member show), not something else (gift redeem's gift).
bool resolveMember(CliEnv& env, const CliArgs& args, qint64* id, Outcome* outcome, bool positionalNamesMember)
{
    // Two ways of naming the member could name two members: the sale must not go to the wrong one.
    const int ways = int(args.has(u"card"_s)) + int(args.has(u"phone"_s)) + int(args.has(u"member"_s)) +
                     int(positionalNamesMember && !args.positional().isEmpty());
    if (ways > 1) {
        *outcome = usageError(Cli::tr("Name the member one way only: by number, --card or --phone."));
        return false;
    }
    MemberService members(env.context());
    if (args.has(u"card"_s)) {
        *id = members.idByCard(args.value(u"card"_s));
        if (*id == 0) {
            *outcome = Outcome::failure(Cli::tr("No member has the card %1.").arg(args.value(u"card"_s)),
                                        u"not_found"_s);
            return false;
        }
        return true;
    }
    if (args.has(u"phone"_s)) {
        *id = members.idByPhone(args.value(u"phone"_s));
        if (*id == 0) {
            *outcome = Outcome::failure(
                Cli::tr("No member has the phone number %1.").arg(args.value(u"phone"_s)), u"not_found"_s);
            return false;
        }
        return true;
    }
    const QString idText = args.has(u"member"_s) ? args.value(u"member"_s) : args.positional().value(0);
    bool ok = false;
    *id = idText.toLongLong(&ok);
    if (!ok || *id <= 0) {
        *outcome = usageError(Cli::tr("Name the member by number, --card or --phone."));
        return false;
    }
    Member m;
    if (!MemberService(env.context()).get(*id, &m)) {
        *outcome = Outcome::failure(Cli::tr("There is no member with number %1.").arg(*id), u"not_found"_s);
        return false;
    }
    return true;
}

Outcome memberAdd(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv,
                   {u"name"_s, u"phone"_s, u"gender"_s, u"birthday"_s, u"card"_s, u"referrer"_s, u"consent"_s,
                    u"external-ref"_s, u"note"_s},
                   {}, &args, &outcome))
        return outcome;
    if (!args.positional().isEmpty())
        return usageError(Cli::tr("Unexpected argument \"%1\".").arg(args.positional().first()));
    MemberInput input;
    input.name = args.value(u"name"_s);
    input.phone = args.value(u"phone"_s);
    const QString gender = args.value(u"gender"_s, u"u"_s);
    if (gender != u"m"_s && gender != u"f"_s && gender != u"u"_s)
        return usageError(Cli::tr("--gender must be m, f or u."));
    input.gender = genderFromCode(gender);
    if (args.has(u"birthday"_s)) {
        input.birthday = QDate::fromString(args.value(u"birthday"_s), u"yyyy-MM-dd"_s);
        if (!input.birthday.isValid())
            return Outcome::failure(Cli::tr("--birthday must be a date like 1990-05-17."),
                                    u"invalid_input"_s);
    }
    input.card = args.value(u"card"_s);
    if (args.has(u"referrer"_s)) {
        bool ok = false;
        input.referrerId = args.value(u"referrer"_s).toLongLong(&ok);
        if (!ok || input.referrerId <= 0)
            return Outcome::failure(Cli::tr("--referrer must be a member number."), u"invalid_input"_s);
    }
    const QString consent = args.value(u"consent"_s, u"no"_s);
    if (consent != u"yes"_s && consent != u"no"_s)
        return usageError(Cli::tr("--consent must be yes or no."));
    input.consent = consent == u"yes"_s;
    input.externalRef = args.value(u"external-ref"_s);
    input.note = args.value(u"note"_s);
    if (!openOrFail(env, &outcome))
        return outcome;
    Member created;
    MemberSaveError error;
    if (!MemberService(env.context()).add(input, &created, &error))
        return saveErrorOutcome(error);
    return Outcome::success(
        {{u"id"_s, created.id}, {u"card"_s, created.card}},
        Cli::tr("Registered %1: member %2, card %3.").arg(created.name).arg(created.id).arg(created.card));
}

Outcome memberFind(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"limit"_s}, {}, &args, &outcome))
        return outcome;
    const QString query = args.positional().join(u' ');
    if (query.trimmed().isEmpty())
        return usageError(
            Cli::tr("Give a phone number, its last 4 digits, a card number or a name to find."));
    bool ok = true;
    const int limit = args.value(u"limit"_s, u"20"_s).toInt(&ok);
    if (!ok || limit <= 0 || limit > 1000)
        return usageError(Cli::tr("--limit must be a number from 1 to 1000."));
    if (!openForMembers(env, &outcome))
        return outcome;
    const LoyaltyRules rules = RulesService(env.context()).current();
    QJsonArray results;
    QString text;
    const MemberSearch search(env.db());
    const QVector<MemberSearch::Hit> hits = search.find(query, limit);
    // Hits found before a failure are not the answer either: an owner's script must not act on half of it.
    if (!search.lastError().isEmpty())
        return Outcome::failure(Cli::tr("The search failed: %1").arg(search.lastError()), u"database"_s);
    for (const MemberSearch::Hit& hit : hits) {
        const MemberSummary& m = hit.member;
        results.append(QJsonObject{{u"id"_s, m.id},
                                   {u"name"_s, m.name},
                                   {u"phone_masked"_s, PhoneNumber::mask(m.phone)},
                                   {u"card"_s, m.card},
                                   {u"tier"_s, rules.tiers.value(m.tier).name},
                                   {u"points"_s, m.points}});
        text += u"%1\t%2\t%3\t%4\t%5\t%6\n"_s.arg(m.id)
                    .arg(m.name, PhoneNumber::mask(m.phone), m.card, rules.tierDisplayName(m.tier))
                    .arg(m.points);
    }
    if (results.isEmpty())
        text = Cli::tr("No member matches \"%1\".").arg(query);
    return Outcome::success({{u"results"_s, results}}, text);
}

Outcome memberShow(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"card"_s, u"phone"_s}, {}, &args, &outcome))
        return outcome;
    if (!openForMembers(env, &outcome))
        return outcome;
    qint64 id = 0;
    if (!resolveMember(env, args, &id, &outcome, true))
        return outcome;
    MemberProfile p;
    QString error;
    if (!MemberProfile::load(env.context(), id, &p, &error))
        return Outcome::failure(error, u"not_found"_s);
    const Member& m = p.member;
    QJsonObject json{
        {u"id"_s, m.id},
        {u"name"_s, m.name},
        {u"phone"_s, m.phone},
        {u"card"_s, m.card},
        {u"gender"_s, genderCode(m.gender)},
        {u"tier"_s, p.tierName},
        {u"points"_s, m.points},
        {u"points_available"_s, p.pointsAvailable},
        {u"spend_12m_fen"_s, p.tierSpendFen},
        {u"next_tier"_s, p.nextTier >= 0 ? QJsonValue(p.nextTierName) : QJsonValue()},
        {u"to_next_tier_fen"_s, p.nextTier >= 0 ? QJsonValue(p.toNextTierFen) : QJsonValue()},
        {u"birthday"_s, m.birthday.isValid() ? QJsonValue(m.birthday.toString(Qt::ISODate)) : QJsonValue()},
        {u"referrer"_s, m.referrerId > 0 ? QJsonValue(m.referrerId) : QJsonValue()},
        {u"consent"_s, m.consent},
        {u"visits"_s, m.visits},
        {u"paid_total_fen"_s, m.paidTotalFen},
        {u"member_since"_s, m.createdAt.date().toString(Qt::ISODate)},
        {u"last_visit"_s,
         m.lastVisit.isValid() ? QJsonValue(m.lastVisit.toString(Qt::ISODate)) : QJsonValue()},
        {u"external_ref"_s, m.externalRef.isEmpty() ? QJsonValue() : QJsonValue(m.externalRef)},
        {u"note"_s, m.note},
    };
    const QLocale locale;
    QString text = Cli::tr("%1 (member %2, card %3)").arg(m.name).arg(m.id).arg(m.card) + u"\n"_s;
    text += Cli::tr("Phone: %1").arg(m.phone.isEmpty() ? u"-"_s : PhoneNumber::mask(m.phone)) + u"\n"_s;
    text += Cli::tr("Tier: %1, points: %2").arg(p.tierDisplay).arg(m.points) + u"\n"_s;
    if (p.nextTier >= 0)
        text +=
            Cli::tr("%1 more to %2").arg(formatYuan(p.toNextTierFen, locale), p.nextTierDisplay) + u"\n"_s;
    if (m.birthday.isValid())
        text += Cli::tr("Birthday: %1").arg(localDateText(locale, m.birthday)) + u"\n"_s;
    return Outcome::success(json, text);
}

} // namespace

QVector<CommandSpec> memberCommands()
{
    return {
        {u"member add"_s,
         u"member add --name NAME [--phone P] [--gender m|f|u] [--birthday YYYY-MM-DD] [--card C] "
         u"[--referrer ID] "
         "[--consent yes|no] [--external-ref R] [--note T]"_s,
         memberAdd},
        {u"member find"_s, u"member find QUERY [--limit N]"_s, memberFind},
        {u"member show"_s, u"member show (ID | --card C | --phone P)"_s, memberShow},
    };
}

bool resolveMemberForPurchase(CliEnv& env, const CliArgs& args, qint64* id, Outcome* outcome)
{
    return resolveMember(env, args, id, outcome, false);
}

} // namespace md::cli

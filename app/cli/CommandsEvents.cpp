// SPDX-License-Identifier: GPL-3.0-or-later
// VIP events: plan, choose the guests, check in at the door, measure the return.
#include "Command.h"
#include "common/LocaleFormat.h"

#include "domain/LoyaltyRules.h"
#include "events/AudienceBuilder.h"
#include "events/EventCheckIn.h"
#include "events/EventInvitations.h"
#include "events/EventRoi.h"
#include "events/EventService.h"
#include "services/RulesService.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {

bool parseTime(const CliArgs& args, const QString& option, QDateTime* time, Outcome* outcome)
{
    const QString text = args.value(option).trimmed();
    for (const QString& format :
         {u"yyyy-MM-ddTHH:mm:ss"_s, u"yyyy-MM-ddTHH:mm"_s, u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s}) {
        const QDateTime t = QDateTime::fromString(text, format);
        if (t.isValid()) {
            *time = asShopTime(t);
            return true;
        }
    }
    *outcome =
        usageError(Cli::tr("--%1 must be a local time like 2026-12-05T18:30, not \"%2\".").arg(option, text));
    return false;
}

bool parseEventId(const CliArgs& args, qint64* id, Outcome* outcome)
{
    bool ok = false;
    *id = args.positional().value(0).toLongLong(&ok);
    if (ok && *id > 0 && args.positional().size() == 1)
        return true;
    *outcome = usageError(Cli::tr("Give the number of the event (see event list)."));
    return false;
}

bool parseCount(const CliArgs& args, const QString& option, int min, int max, std::optional<int>* value,
                Outcome* outcome)
{
    if (!args.has(option))
        return true;
    bool ok = false;
    const int v = args.value(option).toInt(&ok);
    if (ok && v >= min && v <= max) {
        *value = v;
        return true;
    }
    *outcome =
        usageError(Cli::tr("--%1 must be a whole number from %2 to %3.").arg(option).arg(min).arg(max));
    return false;
}

bool parseIds(const CliArgs& args, const QString& option, QSet<qint64>* ids, Outcome* outcome)
{
    for (const QString& v : args.values(option)) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0) {
            *outcome = usageError(Cli::tr("--%1 takes a member number, not \"%2\".").arg(option, v));
            return false;
        }
        ids->insert(id);
    }
    return true;
}

const QSet<QString> kFilterOptions = {
    u"tier"_s,        u"type"_s,           u"segment"_s,           u"min-spend"_s,        u"spend-days"_s,
    u"min-p-alive"_s, u"birthday-month"_s, u"last-visit-before"_s, u"last-visit-after"_s, u"min-referrals"_s,
    u"add"_s,         u"remove"_s};

bool hasFilterOptions(const CliArgs& args)
{
    for (const QString& o : kFilterOptions)
        if (args.has(o))
            return true;
    return false;
}

/// The guest filter from the command line; tier names are looked up in the rules (needs the database).
bool parseFilter(CliEnv& env, const CliArgs& args, AudienceFilter* filter, Outcome* outcome)
{
    AudienceFilter f;
    const LoyaltyRules rules = RulesService(env.context()).current();
    for (const QString& name : args.values(u"tier"_s)) {
        int found = -1;
        for (int t = 0; t < rules.tiers.size(); ++t)
            if (name.compare(rules.tiers.at(t).name, Qt::CaseInsensitive) == 0 ||
                name.compare(rules.tierDisplayName(t), Qt::CaseInsensitive) == 0 ||
                name == QString::number(t))
                found = t;
        if (found < 0) {
            QStringList names;
            for (int t = 0; t < rules.tiers.size(); ++t)
                names << rules.tierDisplayName(t);
            *outcome = Outcome::failure(
                Cli::tr("There is no tier \"%1\". The tiers are: %2.").arg(name, names.join(u", "_s)),
                u"invalid_input"_s);
            return false;
        }
        f.tiers.append(found);
    }
    for (const QString& name : args.values(u"type"_s)) {
        bool found = false;
        for (LoyaltyType t : LoyaltyTypes::types())
            if (name.compare(LoyaltyTypes::key(t), Qt::CaseInsensitive) == 0 ||
                name.compare(LoyaltyTypes::name(t), Qt::CaseInsensitive) == 0) {
                f.loyaltyTypes.append(t);
                found = true;
            }
        if (!found) {
            *outcome =
                usageError(Cli::tr("--type must be friends, butterflies, barnacles or strangers, not \"%1\".")
                               .arg(name));
            return false;
        }
    }
    for (const QString& name : args.values(u"segment"_s)) {
        bool found = false;
        for (RfmSegment s : Rfm::segments())
            if (name.compare(Rfm::key(s), Qt::CaseInsensitive) == 0 ||
                name.compare(Rfm::name(s), Qt::CaseInsensitive) == 0) {
                f.rfmSegments.append(s);
                found = true;
            }
        if (!found) {
            *outcome = usageError(Cli::tr("--segment must be champions, loyal, new, potential, at_risk or "
                                          "hibernating, not \"%1\".")
                                      .arg(name));
            return false;
        }
    }
    if (args.has(u"min-spend"_s)) {
        Fen fen = 0;
        QString error;
        if (!parseYuan(args.value(u"min-spend"_s), &fen, &error)) {
            *outcome = usageError(u"--min-spend: "_s + error);
            return false;
        }
        f.minSpendFen = fen;
    }
    std::optional<int> number;
    if (!parseCount(args, u"spend-days"_s, 1, AudienceFilter::kMaxSpendDays, &number, outcome))
        return false;
    if (number)
        f.spendDays = *number;
    if (args.has(u"min-p-alive"_s)) {
        bool ok = false;
        const double p = args.value(u"min-p-alive"_s).toDouble(&ok);
        if (!ok || !std::isfinite(p) || p < 0 || p > 1) {
            *outcome = usageError(Cli::tr("--min-p-alive must be a number from 0 to 1, e.g. 0.6."));
            return false;
        }
        f.minPAlive = p;
    }
    if (!parseCount(args, u"birthday-month"_s, 1, 12, &f.birthdayMonth, outcome) ||
        !parseCount(args, u"min-referrals"_s, 0, 1'000'000, &f.minReferrals, outcome))
        return false;
    for (const QString& option : {u"last-visit-before"_s, u"last-visit-after"_s}) {
        if (!args.has(option))
            continue;
        const QDate d = QDate::fromString(args.value(option), u"yyyy-MM-dd"_s);
        if (!d.isValid()) {
            *outcome = usageError(
                Cli::tr("--%1 must be a date like 2026-05-01, not \"%2\".").arg(option, args.value(option)));
            return false;
        }
        (option == u"last-visit-before"_s ? f.lastVisitBefore : f.lastVisitAfter) = d;
    }
    if (!parseIds(args, u"add"_s, &f.addedMemberIds, outcome) ||
        !parseIds(args, u"remove"_s, &f.removedMemberIds, outcome))
        return false;
    QString error;
    if (!f.validate(&error)) {
        *outcome = Outcome::failure(error, u"invalid_input"_s);
        return false;
    }
    *filter = std::move(f);
    return true;
}

QJsonObject excludedJson(const Audience& audience)
{
    QJsonObject o;
    for (ExclusionReason r : {ExclusionReason::NoConsent, ExclusionReason::Anonymised,
                              ExclusionReason::ManuallyRemoved, ExclusionReason::OverCapacity})
        o.insert(AudienceBuilder::reasonKey(r), audience.excludedCount(r));
    return o;
}

QString excludedText(const Audience& audience)
{
    QStringList parts;
    for (ExclusionReason r : {ExclusionReason::NoConsent, ExclusionReason::Anonymised,
                              ExclusionReason::ManuallyRemoved, ExclusionReason::OverCapacity})
        if (const int n = audience.excludedCount(r))
            parts << u"  %1: %2"_s.arg(AudienceBuilder::reasonText(r)).arg(n);
    return parts.join(u'\n');
}

QJsonObject eventJson(const Event& e, const QDateTime& now)
{
    return {{u"id"_s, e.id},
            {u"title"_s, e.title},
            {u"starts_at"_s, toStoredTime(e.startsAt)},
            {u"ends_at"_s, toStoredTime(e.endsAt)},
            {u"place"_s, e.place},
            {u"offer"_s, e.offer},
            {u"cost_fen"_s, e.costFen},
            {u"capacity"_s, e.capacity ? QJsonValue(*e.capacity) : QJsonValue()},
            {u"invited"_s, e.invited},
            {u"attended"_s, e.attended},
            {u"past"_s, e.isPast(now)},
            {u"audience"_s, e.audience.toJson()}};
}

Outcome eventCreate(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv,
                   {u"title"_s, u"start"_s, u"end"_s, u"place"_s, u"cost"_s, u"offer"_s, u"capacity"_s,
                    u"description"_s},
                   {}, &args, &outcome))
        return outcome;
    for (const QString& required : {u"title"_s, u"start"_s, u"end"_s, u"place"_s})
        if (!args.has(required))
            return usageError(Cli::tr("--%1 is required.").arg(required));
    EventInput in;
    in.title = args.value(u"title"_s);
    in.place = args.value(u"place"_s);
    in.offer = args.value(u"offer"_s);
    in.description = args.value(u"description"_s);
    if (!parseTime(args, u"start"_s, &in.startsAt, &outcome) ||
        !parseTime(args, u"end"_s, &in.endsAt, &outcome) ||
        !parseCount(args, u"capacity"_s, 1, EventService::kMaxCapacity, &in.capacity, &outcome))
        return outcome;
    if (args.has(u"cost"_s)) {
        QString error;
        if (!parseYuan(args.value(u"cost"_s), &in.costFen, &error))
            return usageError(u"--cost: "_s + error);
    }
    if (!openOrFail(env, &outcome))
        return outcome;
    EventService events(env.context());
    qint64 id = 0;
    QString error;
    if (!events.create(in, &id, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    Event e;
    events.get(id, &e, nullptr);
    return Outcome::success(
        eventJson(e, env.clock->now()),
        Cli::tr("Event %1 planned: \"%2\", %3 to %4.")
            .arg(id)
            .arg(e.title, localDateTimeText(QLocale(), e.startsAt), localDateTimeText(QLocale(), e.endsAt)));
}

Outcome eventList(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {u"upcoming"_s, u"past"_s}, &args, &outcome))
        return outcome;
    if (args.has(u"upcoming"_s) && args.has(u"past"_s))
        return usageError(Cli::tr("Choose --upcoming or --past, not both."));
    if (!args.positional().isEmpty())
        return usageError(Cli::tr("event list takes no arguments besides --upcoming or --past."));
    if (!openOrFail(env, &outcome))
        return outcome;
    const auto which = args.has(u"upcoming"_s) ? EventService::Which::Upcoming
                       : args.has(u"past"_s)   ? EventService::Which::Past
                                               : EventService::Which::All;
    const QVector<Event> events = EventService(env.context()).list(which);
    QJsonArray list;
    QString text;
    const QDateTime now = env.clock->now();
    for (const Event& e : events) {
        list.append(eventJson(e, now));
        text += Cli::tr("%1  %2  %3  invited %4, attended %5%6")
                    .arg(e.id)
                    .arg(localDateTimeText(QLocale(), e.startsAt), e.title)
                    .arg(e.invited)
                    .arg(e.attended)
                    .arg(e.isPast(now) ? u"  "_s + Cli::tr("(past)") : QString()) +
                u"\n"_s;
    }
    if (events.isEmpty())
        text = Cli::tr("No events.");
    return Outcome::success({{u"events"_s, list}}, text);
}

Outcome eventInvite(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    QSet<QString> options = kFilterOptions;
    options.insert(u"limit"_s);
    options.insert(u"out"_s);
    if (!parseArgs(argv, options, {u"dry-run"_s}, &args, &outcome))
        return outcome;
    qint64 eventId = 0;
    std::optional<int> limit;
    if (!parseEventId(args, &eventId, &outcome) ||
        !parseCount(args, u"limit"_s, 1, EventService::kMaxCapacity, &limit, &outcome) ||
        !openOrFail(env, &outcome))
        return outcome;
    const ServiceContext ctx = env.context();
    Event event;
    QString error;
    if (!EventService(ctx).get(eventId, &event, &error))
        return Outcome::failure(error, u"not_found"_s);
    AudienceFilter filter = event.audience;
    if (hasFilterOptions(args) && !parseFilter(env, args, &filter, &outcome))
        return outcome;
    AudienceData data;
    if (!AudienceBuilder::load(env.db(), env.clock->today(), &data, &error))
        return Outcome::failure(error, u"database"_s);
    const AudienceBuilder builder(std::move(data));
    EventInvitations invitations(ctx);
    const Audience preview = builder.evaluate(filter, event.capacity, invitations.invitedMemberIds(eventId));
    if (!preview.warnings.isEmpty())
        return Outcome::failure(preview.warnings.join(u' '), u"invalid_input"_s);
    if (args.has(u"out"_s)) {
        qint64 rows = 0;
        if (!AudienceBuilder::exportCsv(ctx, preview, args.value(u"out"_s), &rows, &error))
            return Outcome::failure(error, u"io"_s);
    }
    InviteResult r;
    const bool dryRun = args.has(u"dry-run"_s);
    if (dryRun) {
        // The same answer a real run would give for an event that has ended.
        if (!invitations.canInvite(eventId, &error))
            return Outcome::failure(error, u"invalid_input"_s);
        r.audience = preview;
        for (const AudienceMember& m : preview.matched) {
            if (m.alreadyInvited)
                ++r.alreadyInvited;
            else if (!limit || r.invited < *limit)
                ++r.invited;
            else
                ++r.excluded;
        }
        r.excluded += int(preview.excluded.size());
        r.total = r.invited + r.alreadyInvited;
    } else if (!invitations.invite(eventId, filter, builder, &r, &error, limit)) {
        return Outcome::failure(error, u"invalid_input"_s);
    }
    // Members the builder matched but --limit left out are excluded too; say so next to the reasons.
    QJsonObject byReason = excludedJson(r.audience);
    int withReason = 0;
    for (const QJsonValue& count : byReason)
        withReason += count.toInt();
    byReason.insert(u"over_limit"_s, qMax(0, r.excluded - withReason));
    const QJsonObject json{{u"event_id"_s, eventId},
                           {u"invited"_s, r.invited},
                           {u"already_invited"_s, r.alreadyInvited},
                           {u"excluded"_s, r.excluded},
                           {u"excluded_by_reason"_s, byReason},
                           {u"total"_s, r.total},
                           {u"dry_run"_s, dryRun},
                           {u"filter"_s, filter.toJson()}};
    QString text = (dryRun ? Cli::tr("Would invite %Ln member(s) to \"%1\".", "", r.invited)
                           : Cli::tr("Invited %Ln member(s) to \"%1\".", "", r.invited))
                       .arg(event.title);
    text += u"\n"_s +
            Cli::tr("Guests in total: %1 (already invited before: %2).").arg(r.total).arg(r.alreadyInvited);
    QString excluded = excludedText(r.audience);
    if (const int overLimit = byReason.value(u"over_limit"_s).toInt())
        excluded += (excluded.isEmpty() ? QString() : u"\n"_s) + u"  "_s +
                    Cli::tr("beyond --limit: %Ln member(s)", "", overLimit);
    if (!excluded.isEmpty())
        text += u"\n"_s + Cli::tr("Left out:") + u"\n"_s + excluded;
    return Outcome::success(json, text);
}

Outcome eventCheckin(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"event"_s, u"card"_s, u"phone"_s}, {}, &args, &outcome))
        return outcome;
    const bool byMember = args.has(u"card"_s) || args.has(u"phone"_s);
    if (args.has(u"card"_s) && args.has(u"phone"_s))
        return usageError(Cli::tr("Give --card or --phone, not both."));
    if (byMember ? !args.positional().isEmpty() : args.positional().size() != 1)
        return usageError(
            Cli::tr("Give the code of the invitation's QR code (MD1.…), or --card / --phone with "
                    "--event."));
    qint64 eventId = 0;
    if (args.has(u"event"_s)) {
        bool ok = false;
        eventId = args.value(u"event"_s).toLongLong(&ok);
        if (!ok || eventId <= 0)
            return usageError(Cli::tr("--event takes the number of the event being checked in."));
    }
    if (byMember && eventId == 0)
        return usageError(Cli::tr("--card and --phone need --event: the event being checked in."));
    if (!openOrFail(env, &outcome))
        return outcome;
    EventCheckIn door(env.context());
    const CheckInResult c = byMember
                                ? door.byCardOrPhone(eventId, args.has(u"card"_s) ? args.value(u"card"_s)
                                                                                  : args.value(u"phone"_s))
                                : door.byToken(eventId, args.positional().first());
    using S = CheckInResult::Status;
    // A repeated scan is answered, not failed: nothing changes, and already_checked_in says so.
    if (c.status != S::CheckedIn && c.status != S::AlreadyCheckedIn) {
        const QString code =
            c.status == S::InvalidToken ? u"invalid_input"_s
            : c.status == S::NotInvited || c.status == S::EventMissing || c.status == S::UnknownMember
                ? u"not_found"_s
            : c.status == S::OtherEvent || c.status == S::Closed ? u"conflict"_s
                                                                 : u"database"_s;
        return Outcome::failure(c.message, code);
    }
    const QDateTime when = c.alreadyCheckedIn() ? c.firstCheckInAt : c.checkedInAt;
    return Outcome::success({{u"event_id"_s, c.eventId},
                             {u"member_id"_s, c.memberId},
                             {u"already_checked_in"_s, c.alreadyCheckedIn()},
                             {u"checked_in_at"_s, toStoredTime(when)},
                             {u"name"_s, c.honorificName},
                             {u"tier"_s, c.tierName},
                             {u"event"_s, c.eventTitle},
                             {u"status"_s, c.statusKey()}},
                            c.message);
}

Outcome eventRoi(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    qint64 eventId = 0;
    if (!parseArgs(argv, {}, {}, &args, &outcome) || !parseEventId(args, &eventId, &outcome) ||
        !openOrFail(env, &outcome))
        return outcome;
    EventRoiReport r;
    QString error;
    if (!EventRoi::compute(env.context(), eventId, &r, &error)) {
        Event event;
        return Outcome::failure(error, EventService(env.context()).get(eventId, &event, nullptr)
                                           ? u"database"_s
                                           : u"not_found"_s);
    }
    auto group = [](const RoiGroupFigures& g) {
        return QJsonObject{{u"members"_s, g.members},
                           {u"buyers"_s, g.buyers},
                           {u"event_purchases"_s, g.eventPurchases},
                           {u"event_revenue_fen"_s, g.eventRevenueFen},
                           {u"follow_purchases"_s, g.followPurchases},
                           {u"follow_revenue_fen"_s, g.followRevenueFen},
                           {u"revenue_fen"_s, g.revenueFen()}};
    };
    QJsonObject comparable = group(r.comparable);
    comparable.insert(u"basis"_s, EventRoiReport::basisKey(r.comparableBasis));
    comparable.insert(u"per_member_fen"_s, r.comparablePerMemberFen());
    const QJsonObject json{{u"event_id"_s, r.eventId},
                           {u"invited"_s, r.invited},
                           {u"attended"_s, r.attended},
                           {u"purchases"_s, r.attendees.purchases()},
                           {u"revenue_fen"_s, r.attendees.revenueFen()},
                           {u"event_revenue_fen"_s, r.attendees.eventRevenueFen},
                           {u"follow_revenue_fen"_s, r.attendees.followRevenueFen},
                           {u"attendees"_s, group(r.attendees)},
                           {u"comparable"_s, comparable},
                           {u"cost_fen"_s, r.costFen},
                           {u"baseline_fen"_s, r.baselineFen},
                           {u"incremental_fen"_s, r.incrementalFen},
                           {u"roi"_s, r.roi ? QJsonValue(*r.roi) : QJsonValue()},
                           {u"roi_message"_s, r.roiMessage},
                           {u"complete"_s, r.complete},
                           {u"follow_ends_at"_s, toStoredTime(r.followEndsAt)}};
    const QLocale locale;
    QString text =
        Cli::tr("\"%1\": invited %2, attended %3.").arg(r.title).arg(r.invited).arg(r.attended) + u"\n"_s;
    text += Cli::tr("Attendees bought %Ln time(s) for %1 during the event and %2 in the following 7 days.",
                    "", r.attendees.purchases())
                .arg(formatYuan(r.attendees.eventRevenueFen, locale),
                     formatYuan(r.attendees.followRevenueFen, locale)) +
            u"\n"_s;
    text += r.basisText() + u" "_s +
            Cli::tr("They spent %1 per member: %2 expected from the attendees anyway.")
                .arg(formatYuan(r.comparablePerMemberFen(), locale), formatYuan(r.baselineFen, locale)) +
            u"\n"_s;
    text += Cli::tr("Cost %1, extra revenue %2.")
                .arg(formatYuan(r.costFen, locale), formatYuan(r.incrementalFen, locale)) +
            u"\n"_s;
    text += r.roi ? Cli::tr("Return on cost: %1%").arg(locale.toString(*r.roi * 100, 'f', 1)) : r.roiMessage;
    if (!r.complete)
        text += u"\n"_s + Cli::tr("Provisional: the week after the event ends on %1.")
                              .arg(localDateTimeText(locale, r.followEndsAt));
    return Outcome::success(json, text);
}

Outcome eventGuests(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    qint64 eventId = 0;
    if (!parseArgs(argv, {}, {}, &args, &outcome) || !parseEventId(args, &eventId, &outcome) ||
        !openOrFail(env, &outcome))
        return outcome;
    Event event;
    QString error;
    if (!EventService(env.context()).get(eventId, &event, &error))
        return Outcome::failure(error, u"not_found"_s);
    QJsonArray guests;
    QString text = Cli::tr("\"%1\": %Ln guest(s) invited, %2 checked in.", "", event.invited)
                       .arg(event.title)
                       .arg(event.attended) +
                   u"\n"_s;
    for (const Invitation& i : EventInvitations(env.context()).list(eventId)) {
        guests.append(QJsonObject{
            {u"member_id"_s, i.memberId},
            {u"name"_s, i.honorificName},
            {u"card"_s, i.card},
            {u"tier"_s, i.tierName},
            {u"invited_at"_s, toStoredTime(i.invitedAt)},
            {u"checked_in_at"_s, i.checkedIn() ? QJsonValue(toStoredTime(i.checkedInAt)) : QJsonValue()},
            {u"token"_s, i.token}});
        text += u"%1  %2  %3  %4\n"_s.arg(i.memberId)
                    .arg(i.honorificName, i.tierName,
                         i.checkedIn() ? localDateTimeText(QLocale(), i.checkedInAt) : u"-"_s);
    }
    return Outcome::success({{u"event_id"_s, eventId}, {u"guests"_s, guests}}, text);
}

} // namespace

QVector<CommandSpec> eventCommands()
{
    return {
        {u"event create"_s,
         u"event create --title T --start ISO --end ISO --place P [--cost YUAN] [--offer T] [--capacity N] "
         "[--description T]"_s,
         eventCreate},
        {u"event list"_s, u"event list [--upcoming | --past]"_s, eventList},
        {u"event invite"_s,
         u"event invite EVENT_ID [--tier NAME]... [--type NAME]... [--segment NAME]... [--min-spend YUAN] "
         "[--spend-days N] [--min-p-alive X] [--birthday-month M] [--last-visit-before DATE] "
         "[--last-visit-after DATE] [--min-referrals N] [--add ID]... [--remove ID]... [--limit N] "
         "[--out FILE.csv] [--dry-run] — only members who consented; without filter options the event's saved filter"_s,
         eventInvite},
        {u"event checkin"_s,
         u"event checkin (TOKEN [--event ID] | --event ID (--card C | --phone P)) — a repeated scan answers "
         "already_checked_in (exit 0)"_s,
         eventCheckin},
        {u"event guests"_s, u"event guests EVENT_ID — the invitations, their check-in and their codes"_s,
         eventGuests},
        {u"event roi"_s, u"event roi EVENT_ID"_s, eventRoi},
    };
}

} // namespace md::cli

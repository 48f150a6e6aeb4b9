// SPDX-License-Identifier: GPL-3.0-or-later
// Member care from the command line: today's care list, follow-ups, complaints and a member's timeline.
#include "Command.h"

#include "services/CareList.h"
#include "services/CareRecords.h"
#include "services/MemberTimeline.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <ctime>

using namespace Qt::StringLiterals;

namespace md::cli {

bool resolveMemberForPurchase(CliEnv& env, const CliArgs& args, qint64* id, Outcome* outcome);

namespace {

bool memberFromOptions(CliEnv& env, const CliArgs& args, qint64* memberId, Outcome* outcome)
{
    if (!args.has(u"member"_s) && !args.has(u"card"_s) && !args.has(u"phone"_s)) {
        *outcome = usageError(Cli::tr("Name the member with --member ID, --card C or --phone P."));
        return false;
    }
    return resolveMemberForPurchase(env, args, memberId, outcome);
}

bool positionalId(const CliArgs& args, qint64* id, const QString& message, Outcome* outcome)
{
    bool ok = false;
    *id = args.positional().value(0).toLongLong(&ok);
    if (!ok || *id <= 0 || args.positional().size() != 1) {
        *outcome = usageError(message);
        return false;
    }
    return true;
}

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toString(u"yyyy-MM-ddTHH:mm:ss"_s) : QString();
}

QJsonValue isoDateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

Outcome careList(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"kind"_s}, {u"all"_s}, &args, &outcome) || !openOrFail(env, &outcome))
        return outcome;
    CareList::Result result;
    QString error;
    // Wall time and CPU time of the load: on a busy machine the two differ a lot.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    if (!CareList(env.context()).load(&result, &error, args.has(u"all"_s)))
        return Outcome::failure(error, u"database"_s);
    const qint64 ms = timer.elapsed();
    const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    QJsonArray rows;
    QString text;
    for (const CareRow& r : result.rows) {
        if (args.has(u"kind"_s) && r.kindKey != args.value(u"kind"_s))
            continue;
        QJsonObject row{
            {u"key"_s, r.key},         {u"kind"_s, r.kindKey},  {u"member_id"_s, r.memberId},
            {u"name"_s, r.memberName}, {u"detail"_s, r.detail}, {u"ref_date"_s, isoDateOrNull(r.refDate)},
            {u"done"_s, r.done}};
        if (r.kind == CareRow::Kind::NearNextTier)
            row.insert(u"to_next_tier_fen"_s, r.amountFen);
        if (r.kind == CareRow::Kind::Lapsed)
            row.insert(u"paid_180d_fen"_s, r.amountFen);
        if (r.kind == CareRow::Kind::PointsExpiring)
            row.insert(u"points"_s, r.points);
        rows.append(row);
        text += u"%1  %2 (%3)  %4%5\n"_s.arg(r.key, r.memberName)
                    .arg(r.memberId)
                    .arg(r.detail, r.done ? Cli::tr("  [done]") : QString());
    }
    text += Cli::tr("%Ln to do today.", "", result.count);
    return Outcome::success(
        {{u"rows"_s, rows}, {u"count"_s, result.count}, {u"ms"_s, ms}, {u"cpu_ms"_s, cpuMs}}, text);
}

Outcome careDone(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {u"undo"_s}, &args, &outcome))
        return outcome;
    if (args.positional().size() != 1)
        return usageError(Cli::tr("Give the key of the care list row (as care list shows it)."));
    if (!openOrFail(env, &outcome))
        return outcome;
    const QString key = args.positional().first();
    QString error;
    CareList list(env.context());
    const bool ok = args.has(u"undo"_s) ? list.undoDone(key, &error) : list.markDone(key, &error);
    if (!ok)
        return Outcome::failure(error, u"invalid_input"_s);
    return Outcome::success(
        {{u"key"_s, key}, {u"done"_s, !args.has(u"undo"_s)}, {u"count"_s, list.badgeCount()}},
        args.has(u"undo"_s) ? Cli::tr("%1 is on the list again.").arg(key)
                            : Cli::tr("%1 marked done.").arg(key));
}

Outcome followupAdd(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv,
                   {u"member"_s, u"card"_s, u"phone"_s, u"channel"_s, u"outcome"_s, u"next"_s, u"time"_s}, {},
                   &args, &outcome))
        return outcome;
    FollowupInput input;
    input.channel = args.value(u"channel"_s, u"phone"_s);
    input.outcome = args.value(u"outcome"_s);
    if (args.has(u"next"_s)) {
        input.nextDate = QDate::fromString(args.value(u"next"_s), Qt::ISODate);
        if (!input.nextDate.isValid())
            return usageError(Cli::tr("--next must be a date like 2026-05-01."));
    }
    if (args.has(u"time"_s)) {
        input.time = asShopTime(QDateTime::fromString(args.value(u"time"_s), u"yyyy-MM-ddTHH:mm:ss"_s));
        if (!input.time.isValid())
            return usageError(Cli::tr("--time must look like 2026-05-01T14:30:00."));
    }
    if (!openOrFail(env, &outcome))
        return outcome;
    qint64 memberId = 0;
    if (!memberFromOptions(env, args, &memberId, &outcome))
        return outcome;
    qint64 id = 0;
    QString error;
    if (!CareRecords(env.context()).addFollowup(memberId, input, &id, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    return Outcome::success(
        {{u"id"_s, id}, {u"member_id"_s, memberId}, {u"next_date"_s, isoDateOrNull(input.nextDate)}},
        Cli::tr("Follow-up %1 recorded.").arg(id));
}

Outcome followupList(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"member"_s, u"card"_s, u"phone"_s}, {}, &args, &outcome) ||
        !openOrFail(env, &outcome))
        return outcome;
    qint64 memberId = 0;
    if (!memberFromOptions(env, args, &memberId, &outcome))
        return outcome;
    QJsonArray list;
    QString text;
    for (const Followup& f : CareRecords(env.context()).followups(memberId)) {
        list.append(QJsonObject{{u"id"_s, f.id},
                                {u"time"_s, isoTime(f.time)},
                                {u"channel"_s, f.channel},
                                {u"outcome"_s, f.outcome},
                                {u"next_date"_s, isoDateOrNull(f.nextDate)},
                                {u"by"_s, f.userName}});
        text += u"%1  %2  %3  %4\n"_s.arg(isoTime(f.time), CareRecords::channelDisplayName(f.channel),
                                          f.outcome, f.nextDate.toString(Qt::ISODate));
    }
    return Outcome::success({{u"followups"_s, list}}, text.isEmpty() ? Cli::tr("No follow-ups yet.") : text);
}

QJsonObject complaintJson(const Complaint& c)
{
    return {{u"id"_s, c.id},
            {u"member_id"_s, c.memberId},
            {u"opened_at"_s, isoTime(c.openedAt)},
            {u"opened_by"_s, c.openedBy},
            {u"description"_s, c.description},
            {u"handled_at"_s, c.handledAt.isValid() ? QJsonValue(isoTime(c.handledAt)) : QJsonValue()},
            {u"handled_by"_s, c.handledBy},
            {u"resolution"_s, c.resolution},
            {u"resolved_at"_s, c.resolvedAt.isValid() ? QJsonValue(isoTime(c.resolvedAt)) : QJsonValue()},
            {u"resolved_by"_s, c.resolvedBy},
            {u"open"_s, c.isOpen()}};
}

Outcome complaintAdd(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"member"_s, u"card"_s, u"phone"_s, u"text"_s}, {}, &args, &outcome))
        return outcome;
    if (args.value(u"text"_s).trimmed().isEmpty())
        return usageError(Cli::tr("--text is required: what is the complaint about?"));
    if (!openOrFail(env, &outcome))
        return outcome;
    qint64 memberId = 0;
    if (!memberFromOptions(env, args, &memberId, &outcome))
        return outcome;
    CareRecords care(env.context());
    qint64 id = 0;
    QString error;
    if (!care.openComplaint(memberId, args.value(u"text"_s), &id, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    Complaint c;
    care.complaint(id, &c, &error);
    return Outcome::success(complaintJson(c), Cli::tr("Complaint %1 opened.").arg(id));
}

Outcome complaintStep(CliEnv& env, const QStringList& argv, bool resolve)
{
    CliArgs args;
    Outcome outcome;
    const QString option = resolve ? u"resolution"_s : u"note"_s;
    if (!parseArgs(argv, {option}, {}, &args, &outcome))
        return outcome;
    qint64 id = 0;
    if (!positionalId(args, &id, Cli::tr("Give the number of the complaint."), &outcome))
        return outcome;
    if (resolve && args.value(option).trimmed().isEmpty())
        return usageError(Cli::tr("--resolution is required: how was it resolved?"));
    if (!openOrFail(env, &outcome))
        return outcome;
    CareRecords care(env.context());
    Complaint c;
    QString error;
    if (!care.complaint(id, &c, &error))
        return Outcome::failure(error, u"not_found"_s);
    const bool ok = resolve ? care.resolve(id, args.value(option), &error)
                            : care.markHandled(id, args.value(option), &error);
    if (!ok)
        return Outcome::failure(error, u"conflict"_s);
    care.complaint(id, &c, &error);
    return Outcome::success(complaintJson(c), resolve ? Cli::tr("Complaint %1 resolved.").arg(id)
                                                      : Cli::tr("Complaint %1 marked handled.").arg(id));
}

Outcome complaintHandle(CliEnv& env, const QStringList& argv)
{
    return complaintStep(env, argv, false);
}

Outcome complaintResolve(CliEnv& env, const QStringList& argv)
{
    return complaintStep(env, argv, true);
}

Outcome complaintList(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"member"_s, u"card"_s, u"phone"_s}, {u"open"_s}, &args, &outcome) ||
        !openOrFail(env, &outcome))
        return outcome;
    CareRecords care(env.context());
    QVector<Complaint> found;
    if (args.has(u"member"_s) || args.has(u"card"_s) || args.has(u"phone"_s)) {
        qint64 memberId = 0;
        if (!memberFromOptions(env, args, &memberId, &outcome))
            return outcome;
        found = care.complaints(memberId);
        if (args.has(u"open"_s))
            found.erase(
                std::remove_if(found.begin(), found.end(), [](const Complaint& c) { return !c.isOpen(); }),
                found.end());
    } else {
        found = care.openComplaints();
    }
    QJsonArray list;
    QString text;
    for (const Complaint& c : found) {
        list.append(complaintJson(c));
        text += u"%1  %2  %3  %4\n"_s.arg(c.id).arg(isoTime(c.openedAt), c.description,
                                                    c.isOpen() ? Cli::tr("open") : Cli::tr("resolved"));
    }
    return Outcome::success({{u"complaints"_s, list}}, text.isEmpty() ? Cli::tr("No complaints.") : text);
}

Outcome timeline(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"member"_s, u"card"_s, u"phone"_s, u"offset"_s, u"limit"_s}, {}, &args,
                   &outcome) ||
        !openOrFail(env, &outcome))
        return outcome;
    qint64 memberId = 0;
    if (!memberFromOptions(env, args, &memberId, &outcome))
        return outcome;
    bool ok1 = true, ok2 = true;
    const int offset = args.value(u"offset"_s, u"0"_s).toInt(&ok1);
    const int limit = args.value(u"limit"_s, u"50"_s).toInt(&ok2);
    if (!ok1 || !ok2)
        return usageError(Cli::tr("--offset and --limit take whole numbers."));
    MemberTimeline::Page page;
    QString error;
    if (!MemberTimeline(env.context()).load(memberId, offset, limit, &page, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    QJsonArray items;
    QString text;
    for (const TimelineItem& it : page.items) {
        QJsonObject o{{u"kind"_s, it.kindKey},
                      {u"time"_s, isoTime(it.time)},
                      {u"title"_s, it.title},
                      {u"detail"_s, it.detail},
                      {u"ref_id"_s, it.refId}};
        if (!it.subKind.isEmpty())
            o.insert(u"sub_kind"_s, it.subKind);
        if (it.hasAmount)
            o.insert(u"amount_fen"_s, it.amountFen);
        if (it.hasPoints)
            o.insert(u"points"_s, it.points);
        if (it.expiresOn.isValid())
            o.insert(u"expires_on"_s, it.expiresOn.toString(Qt::ISODate));
        items.append(o);
        text += u"%1  %2  %3\n"_s.arg(isoTime(it.time), it.title, it.detail);
    }
    return Outcome::success({{u"items"_s, items}, {u"has_more"_s, page.hasMore}}, text);
}

} // namespace

QVector<CommandSpec> careCommands()
{
    return {
        {u"care list"_s, u"care list [--all] [--kind KIND]"_s, careList},
        {u"care done"_s, u"care done KEY [--undo]"_s, careDone},
        {u"followup add"_s,
         u"followup add (--member ID | --card C | --phone P) [--channel phone|wechat|sms|visit|other] "
         u"[--outcome T] "
         "[--next YYYY-MM-DD] [--time ISO]"_s,
         followupAdd},
        {u"followup list"_s, u"followup list (--member ID | --card C | --phone P)"_s, followupList},
        {u"complaint add"_s, u"complaint add (--member ID | --card C | --phone P) --text T"_s, complaintAdd},
        {u"complaint handle"_s, u"complaint handle COMPLAINT_ID [--note T]"_s, complaintHandle},
        {u"complaint resolve"_s, u"complaint resolve COMPLAINT_ID --resolution T"_s, complaintResolve},
        {u"complaint list"_s, u"complaint list [(--member ID | --card C | --phone P) [--open]]"_s,
         complaintList},
        {u"timeline"_s, u"timeline (--member ID | --card C | --phone P) [--offset N] [--limit N]"_s,
         timeline},
    };
}

} // namespace md::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Backups, restore, the audit log and privacy requests from the command line. The CLI acts as the shop
// itself (owner rights), like a scheduled backup job.
#include "Command.h"

#include "services/AuditQuery.h"
#include "services/MemberService.h"
#include "services/PrivacyService.h"
#include "storage/BackupService.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {

Outcome backup(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {}, &args, &outcome))
        return outcome;
    if (args.positional().size() != 1)
        return usageError(Cli::tr("Give the backup file: backup FILE"));
    if (!openOrFail(env, &outcome))
        return outcome;
    BackupResult result;
    QString error;
    if (!BackupService(env.context()).backupTo(args.positional().first(), &result, &error))
        return Outcome::failure(error, u"io"_s);
    return Outcome::success({{u"bytes"_s, result.bytes}, {u"path"_s, result.path}},
                            Cli::tr("Backup written and verified: %1 (%2 bytes).")
                                .arg(QDir::toNativeSeparators(result.path))
                                .arg(result.bytes));
}

Outcome backupAuto(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"dir"_s}, {u"if-due"_s}, &args, &outcome))
        return outcome;
    if (!args.positional().isEmpty())
        return usageError(Cli::tr("Unexpected argument \"%1\".").arg(args.positional().first()));
    if (!openOrFail(env, &outcome))
        return outcome;
    BackupService backups(env.context());
    const QString dir = args.value(u"dir"_s);
    const QString folder = dir.isEmpty() ? backups.folder() : QDir(dir).absolutePath();
    if (args.has(u"if-due"_s) && !backups.automaticBackupDue(folder))
        return Outcome::success(
            {{u"done"_s, false}, {u"folder"_s, folder}},
            Cli::tr("Today's backup is already in %1.").arg(QDir::toNativeSeparators(folder)));
    BackupResult result;
    QString error;
    if (!backups.runAutomatic(folder, &result, &error))
        return Outcome::failure(error, u"io"_s);
    return Outcome::success({{u"done"_s, true},
                             {u"path"_s, result.path},
                             {u"bytes"_s, result.bytes},
                             {u"removed"_s, QJsonArray::fromStringList(result.removed)}},
                            Cli::tr("Backup written and verified: %1 (%2 bytes); %Ln old backup(s) removed.",
                                    "", int(result.removed.size()))
                                .arg(QDir::toNativeSeparators(result.path))
                                .arg(result.bytes));
}

Outcome restore(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {}, &args, &outcome))
        return outcome;
    if (args.positional().size() != 1)
        return usageError(Cli::tr("Give the backup file: restore FILE"));
    env.checkBeforeOpening = false; // a damaged database is what a restore replaces
    if (!openOrFail(env, &outcome))
        return outcome;
    RestoreResult result;
    QString error;
    if (!BackupService(env.context()).restoreFrom(args.positional().first(), &result, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    return Outcome::success(
        {{u"schema_version"_s, result.schemaVersion}, {u"safety_copy"_s, result.safetyCopy}},
        Cli::tr("Restored from %1. The previous database was kept as %2.")
            .arg(QDir::toNativeSeparators(args.positional().first()),
                 QDir::toNativeSeparators(result.safetyCopy)));
}

bool parseTimeOption(const CliArgs& args, const QString& option, bool endOfDay, QDateTime* time,
                     Outcome* outcome)
{
    if (!args.has(option))
        return true;
    const QString text = args.value(option);
    *time = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm:ss"_s);
    if (!time->isValid()) {
        const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (day.isValid())
            *time = QDateTime(day, endOfDay ? QTime(23, 59, 59) : QTime(0, 0));
    }
    if (time->isValid())
        return true;
    *outcome =
        usageError(Cli::tr("--%1 must be a date like 2026-05-01 or a time like 2026-05-01T14:30:00, not "
                           "\"%2\".")
                       .arg(option, text));
    return false;
}

Outcome auditList(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"from"_s, u"to"_s, u"action"_s, u"user"_s, u"text"_s, u"limit"_s, u"offset"_s}, {},
                   &args, &outcome))
        return outcome;
    if (!args.positional().isEmpty())
        return usageError(Cli::tr("Unexpected argument \"%1\".").arg(args.positional().first()));
    AuditFilter filter;
    if (!parseTimeOption(args, u"from"_s, false, &filter.from, &outcome) ||
        !parseTimeOption(args, u"to"_s, true, &filter.to, &outcome))
        return outcome;
    bool ok1 = true, ok2 = true, ok3 = true;
    filter.limit = args.value(u"limit"_s, u"100"_s).toInt(&ok1);
    filter.offset = args.value(u"offset"_s, u"0"_s).toInt(&ok2);
    filter.userId = args.value(u"user"_s, u"0"_s).toLongLong(&ok3);
    if (!ok1 || !ok2 || !ok3)
        return usageError(Cli::tr("--limit, --offset and --user take whole numbers."));
    filter.action = args.value(u"action"_s);
    filter.text = args.value(u"text"_s);
    if (!openOrFail(env, &outcome))
        return outcome;
    AuditPage page;
    QString error;
    if (!AuditQuery(env.context()).find(filter, &page, &error))
        return usageError(error);
    QJsonArray entries;
    QString text;
    const QLocale locale;
    for (const AuditEntry& e : std::as_const(page.entries)) {
        entries.append(QJsonObject{{u"id"_s, e.id},
                                   {u"time"_s, e.time.toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
                                   {u"user_id"_s, e.userId},
                                   {u"user"_s, e.userName},
                                   {u"action"_s, e.action},
                                   {u"target"_s, e.target},
                                   {u"details"_s, e.details}});
        text += u"%1  %2  %3  %4  %5\n"_s.arg(e.time.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                              e.userName.isEmpty() ? u"-"_s : e.userName, e.action, e.target,
                                              e.details.left(80));
    }
    text += Cli::tr("%1 of %2 entries.").arg(page.entries.size()).arg(page.total);
    return Outcome::success({{u"total"_s, page.total}, {u"entries"_s, entries}}, text);
}

Outcome memberAnonymize(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"reason"_s}, {}, &args, &outcome))
        return outcome;
    bool ok = false;
    const qint64 id = args.positional().value(0).toLongLong(&ok);
    if (!ok || id <= 0 || args.positional().size() != 1)
        return usageError(Cli::tr("Give the number of the member to anonymise."));
    if (!openOrFail(env, &outcome))
        return outcome;
    Member member;
    QString error;
    if (!MemberService(env.context()).get(id, &member, &error))
        return Outcome::failure(error, u"not_found"_s);
    if (!PrivacyService(env.context()).anonymize(id, args.value(u"reason"_s), &error))
        return Outcome::failure(error, member.anonymized ? u"conflict"_s : u"database"_s);
    MemberService(env.context()).get(id, &member);
    return Outcome::success({{u"id"_s, id}, {u"name"_s, member.name}, {u"anonymized"_s, true}},
                            Cli::tr("Member %1 was anonymised; their purchases stay in the totals.").arg(id));
}

} // namespace

QVector<CommandSpec> trustCommands()
{
    return {
        {u"backup"_s, u"backup FILE"_s, backup},
        {u"backup auto"_s, u"backup auto [--dir DIR] [--if-due]"_s, backupAuto},
        {u"restore"_s, u"restore FILE"_s, restore},
        {u"audit list"_s,
         u"audit list [--from DATE] [--to DATE] [--action A] [--user ID] [--text T] [--limit N] [--offset N]"_s,
         auditList},
        {u"member anonymize"_s, u"member anonymize ID [--reason TEXT]"_s, memberAnonymize},
    };
}

} // namespace md::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "importio/CsvExporter.h"
#include "importio/MemberImporter.h"
#include "importio/PurchaseImporter.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {

QString issueLine(const ImportIssue& issue)
{
    const QString where = issue.column.isEmpty() ? Cli::tr("line %1").arg(issue.line)
                                                 : Cli::tr("line %1, %2").arg(issue.line).arg(issue.column);
    return where + u": "_s + issue.message;
}

Outcome runImport(CliEnv& env, const QStringList& argv, ImportKind kind)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv,
                   {u"encoding"_s, u"map"_s, u"date-format"_s, u"duplicates"_s, u"delimiter"_s, u"header"_s,
                    u"member-ref"_s},
                   {u"create-members"_s, u"dry-run"_s, u"strict"_s}, &args, &outcome))
        return outcome;
    if (args.positional().size() != 1)
        return usageError(Cli::tr("Give exactly one file to import."));
    const QString file = args.positional().first();
    ImportOptions options;
    if (!CsvReader::encodingFromName(args.value(u"encoding"_s, u"auto"_s), &options.csv.encoding))
        return usageError(Cli::tr("--encoding must be auto, utf-8, gbk, big5 or utf-16."));
    if (!CsvReader::delimiterFromName(args.value(u"delimiter"_s, u"auto"_s), &options.csv.delimiter))
        return usageError(Cli::tr("--delimiter must be auto, comma, semicolon, tab or whitespace."));
    const QString header = args.value(u"header"_s, u"auto"_s);
    if (header == u"auto"_s)
        options.header = HeaderMode::Auto;
    else if (header == u"yes"_s)
        options.header = HeaderMode::Yes;
    else if (header == u"no"_s)
        options.header = HeaderMode::No;
    else
        return usageError(Cli::tr("--header must be auto, yes or no."));
    const QString duplicates = args.value(u"duplicates"_s, u"skip"_s);
    if (duplicates == u"skip"_s)
        options.duplicates = DuplicatePolicy::Skip;
    else if (duplicates == u"merge"_s)
        options.duplicates = DuplicatePolicy::Merge;
    else
        return usageError(Cli::tr("--duplicates must be skip or merge."));
    const QString ref = args.value(u"member-ref"_s, u"auto"_s);
    if (ref == u"auto"_s)
        options.memberRef = MemberRefKind::Auto;
    else if (ref == u"id"_s)
        options.memberRef = MemberRefKind::Id;
    else if (ref == u"card"_s)
        options.memberRef = MemberRefKind::Card;
    else if (ref == u"phone"_s)
        options.memberRef = MemberRefKind::Phone;
    else if (ref == u"external"_s)
        options.memberRef = MemberRefKind::External;
    else
        return usageError(Cli::tr("--member-ref must be auto, id, card, phone or external."));
    if (kind == ImportKind::Members && (args.has(u"create-members"_s) || args.has(u"member-ref"_s)))
        return usageError(Cli::tr("--create-members and --member-ref apply to purchase imports only."));
    if (kind == ImportKind::Purchases && args.has(u"duplicates"_s))
        return usageError(Cli::tr("--duplicates applies to member imports only."));
    options.mappings = args.values(u"map"_s);
    options.dateFormat = args.value(u"date-format"_s);
    options.createMembers = args.has(u"create-members"_s);
    options.createMembersHint = Cli::tr("Use --create-members to create unknown members.");
    options.dateFormatHint =
        Cli::tr("Give the format, e.g. --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.");
    options.dryRun = args.has(u"dry-run"_s);
    options.strict = args.has(u"strict"_s);
    if (!openOrFail(env, &outcome))
        return outcome;

    ImportReport report;
    const bool ok = kind == ImportKind::Members
                        ? MemberImporter(env.context()).runFile(file, options, &report)
                        : PurchaseImporter(env.context()).runFile(file, options, &report);
    if (!ok) {
        QString message = report.error;
        const int shown = int(qMin<qsizetype>(report.issues.size(), 20));
        for (int i = 0; i < shown; ++i)
            message += u"\n"_s + issueLine(report.issues.at(i));
        if (report.errorCount > shown)
            message += u"\n"_s + Cli::tr("… and %Ln more.", "", int(report.errorCount - shown));
        return Outcome::failure(message, report.errorCount > 0 ? u"invalid_input"_s : u"io"_s);
    }
    QJsonArray errors;
    for (const ImportIssue& issue : report.issues)
        errors.append(
            QJsonObject{{u"line"_s, issue.line}, {u"column"_s, issue.column}, {u"message"_s, issue.message}});
    // The rows left out on purpose, line by line (the first ImportOptions::maxIssues; `skipped` counts all).
    QJsonArray skippedRows;
    for (const ImportSkippedRow& row : report.skippedRows)
        skippedRows.append(QJsonObject{
            {u"line"_s, row.line}, {u"kind"_s, importSkipKindName(row.kind)}, {u"message"_s, row.message}});
    const double seconds = double(report.elapsedMs) / 1000.0;
    QJsonObject json{
        {u"imported"_s, report.imported},
        {u"skipped"_s, report.skipped},
        {u"skipped_rows"_s, skippedRows},
        {u"errors"_s, errors},
        {u"error_count"_s, report.errorCount},
        {u"failed_rows"_s, report.failedRows},
        {u"rows"_s, report.rows},
        {u"dry_run"_s, report.dryRun},
        {u"committed"_s, report.committed},
        {u"encoding"_s, CsvReader::encodingName(report.encoding)},
        {u"delimiter"_s, CsvReader::delimiterName(report.delimiter)},
        {u"header"_s, report.hasHeader},
        {u"seconds"_s, seconds},
    };
    if (kind == ImportKind::Members) {
        json.insert(u"merged"_s, report.merged);
    } else {
        json.insert(u"zero_value"_s, report.zeroValue);
        json.insert(u"already_recorded"_s, report.alreadyRecorded);
        json.insert(u"created_members"_s, report.createdMembers);
        if (seconds > 0)
            json.insert(u"rows_per_second"_s, qRound64(double(report.rows) / seconds));
        const ImportTimings& t = report.timings;
        json.insert(u"phases_ms"_s, QJsonObject{{u"read"_s, t.read},
                                                {u"preload"_s, t.preload},
                                                {u"decide"_s, t.decide},
                                                {u"rows"_s, t.rows},
                                                {u"members"_s, t.members},
                                                {u"summaries"_s, t.summaries},
                                                {u"indexes"_s, t.indexes},
                                                {u"commit"_s, t.commit}});
    }
    const QLocale locale;
    QString text = report.dryRun ? Cli::tr("Dry run, nothing was written.") + u"\n"_s : QString();
    if (kind == ImportKind::Members)
        text += Cli::tr("%1 member(s) imported, %2 merged, %3 skipped, %4 row(s) with errors.")
                    .arg(locale.toString(report.imported), locale.toString(report.merged),
                         locale.toString(report.skipped), locale.toString(report.failedRows));
    else
        text +=
            Cli::tr("%1 purchase(s) imported (%2 of zero value), %3 member(s) created, %4 skipped, %5 row(s) "
                    "with errors.")
                .arg(locale.toString(report.imported), locale.toString(report.zeroValue),
                     locale.toString(report.createdMembers), locale.toString(report.skipped),
                     locale.toString(report.failedRows));
    if (report.alreadyRecorded > 0)
        text += u"\n"_s + Cli::tr("%Ln purchase(s) were already recorded (same member, time and amount) "
                                  "and were skipped.",
                                  "", int(report.alreadyRecorded));
    const int shown = int(qMin<qsizetype>(report.issues.size(), 20));
    for (int i = 0; i < shown; ++i)
        text += u"\n"_s + issueLine(report.issues.at(i));
    if (report.errorCount > shown)
        text += u"\n"_s + Cli::tr("… and %Ln more.", "", int(report.errorCount - shown));
    if (!report.skippedRows.isEmpty()) {
        text += u"\n"_s + Cli::tr("Skipped:");
        const int shownSkipped = int(qMin<qsizetype>(report.skippedRows.size(), 20));
        for (int i = 0; i < shownSkipped; ++i) {
            const ImportSkippedRow& row = report.skippedRows.at(i);
            text += u"\n"_s + Cli::tr("line %1").arg(row.line) + u": "_s + row.message;
        }
        if (report.skipped > shownSkipped)
            text += u"\n"_s + Cli::tr("… and %Ln more.", "", int(report.skipped - shownSkipped));
    }
    return Outcome::success(json, text);
}

Outcome runExport(CliEnv& env, const QStringList& argv, ImportKind kind)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {}, &args, &outcome))
        return outcome;
    if (args.positional().size() != 1)
        return usageError(Cli::tr("Give exactly one file to write."));
    if (!openOrFail(env, &outcome))
        return outcome;
    CsvExporter exporter(env.context());
    qint64 rows = 0;
    QString error;
    const bool ok = kind == ImportKind::Members
                        ? exporter.exportMembers(args.positional().first(), &rows, &error)
                        : exporter.exportPurchases(args.positional().first(), &rows, &error);
    if (!ok)
        return Outcome::failure(error,
                                error.contains(u"owner"_s, Qt::CaseInsensitive) ? u"forbidden"_s : u"io"_s);
    return Outcome::success(
        {{u"exported"_s, rows}},
        Cli::tr("%1 row(s) written to %2.").arg(QLocale().toString(rows), args.positional().first()));
}

} // namespace

QVector<CommandSpec> importCommands()
{
    const QString importOptions =
        u"[--encoding auto|utf-8|gbk|big5|utf-16] [--delimiter auto|comma|semicolon|tab|whitespace] "
        "[--header auto|yes|no] [--map FIELD=COLUMN]... [--date-format FMT] [--dry-run] "
        "[--strict]"_s;
    return {
        {u"import members"_s, u"import members FILE "_s + importOptions + u" [--duplicates skip|merge]"_s,
         [](CliEnv& env, const QStringList& args) { return runImport(env, args, ImportKind::Members); }},
        {u"import purchases"_s,
         u"import purchases FILE "_s + importOptions +
             u" [--create-members] [--member-ref auto|id|card|phone|external]"_s,
         [](CliEnv& env, const QStringList& args) { return runImport(env, args, ImportKind::Purchases); }},
        {u"export members"_s, u"export members FILE"_s,
         [](CliEnv& env, const QStringList& args) { return runExport(env, args, ImportKind::Members); }},
        {u"export purchases"_s, u"export purchases FILE"_s,
         [](CliEnv& env, const QStringList& args) { return runExport(env, args, ImportKind::Purchases); }},
    };
}

} // namespace md::cli

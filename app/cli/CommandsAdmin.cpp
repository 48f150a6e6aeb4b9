// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "demo/DemoGenerator.h"
#include "services/IntegrityChecker.h"
#include "services/RulesService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {

Outcome init(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {}, &args, &outcome) || !openOrFail(env, &outcome))
        return outcome;
    const int version = env.db().schemaVersion();
    return Outcome::success({{u"schema_version"_s, version}, {u"path"_s, env.dbPath}},
                            Cli::tr("Database %1 is ready (schema %2).").arg(env.dbPath).arg(version));
}

Outcome check(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {u"quick"_s}, &args, &outcome))
        return outcome;
    env.checkBeforeOpening = false; // the damage is what it reports
    if (!openOrFail(env, &outcome))
        return outcome;
    const QStringList problems = IntegrityChecker(env.db()).problems(!args.has(u"quick"_s));
    QJsonObject json{{u"ok"_s, problems.isEmpty()}, {u"problems"_s, QJsonArray::fromStringList(problems)}};
    if (problems.isEmpty())
        return Outcome::success(json, Cli::tr("The database is sound: no problems found."));
    // A failed check is still a complete answer: the JSON lists the problems, the exit status says "not ok".
    Outcome o = Outcome::success(json, Cli::tr("Problems found:") + u"\n  "_s + problems.join(u"\n  "_s));
    o.exitCode = 1;
    return o;
}

Outcome demo(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"members"_s, u"months"_s, u"purchases"_s, u"seed"_s}, {}, &args, &outcome))
        return outcome;
    DemoOptions options;
    bool ok1 = true, ok2 = true, ok3 = true, ok4 = true;
    options.members = args.value(u"members"_s, u"2000"_s).toInt(&ok1);
    // With a purchase target and no --months, the generator chooses the months.
    const bool targeted = args.has(u"purchases"_s);
    options.months = args.value(u"months"_s, targeted ? u"0"_s : u"24"_s).toInt(&ok2);
    options.seed = args.value(u"seed"_s, u"1"_s).toULongLong(&ok3);
    options.purchases = targeted ? args.value(u"purchases"_s).toLongLong(&ok4) : 0;
    if (!ok1 || !ok2 || !ok3 || !ok4)
        return usageError(Cli::tr("--members, --months, --purchases and --seed take whole numbers."));
    if (targeted && options.purchases < 1)
        return usageError(Cli::tr("--purchases takes a number of purchases from 1."));
    if (args.has(u"months"_s) && options.months < 1)
        return usageError(Cli::tr("--months takes a number of months from 1 to 120."));
    if (!openOrFail(env, &outcome))
        return outcome;
    DemoStats stats;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!DemoGenerator(env.context()).generate(options, &stats, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    const QString text =
        targeted
            ? Cli::tr("Demo shop created: %1 members, %2 purchases over %Ln month(s) (visit rates × %3).",
                      nullptr, stats.months)
                  .arg(stats.members)
                  .arg(stats.purchases)
                  .arg(stats.visitRateScale, 0, 'f', 3)
            : Cli::tr("Demo shop created: %1 members, %2 purchases.").arg(stats.members).arg(stats.purchases);
    return Outcome::success({{u"members"_s, stats.members},
                             {u"purchases"_s, stats.purchases},
                             {u"months"_s, stats.months},
                             {u"visit_rate_scale"_s, stats.visitRateScale},
                             {u"ledger_entries"_s, stats.ledgerEntries},
                             {u"tier_changes"_s, stats.tierChanges},
                             {u"seconds"_s, double(timer.elapsed()) / 1000.0}},
                            text);
}

Outcome rulesShow(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {}, &args, &outcome) || !openOrFail(env, &outcome))
        return outcome;
    const QJsonObject doc = RulesService(env.context()).current().toJson();
    return Outcome::success(doc, QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
}

Outcome rulesSet(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {}, &args, &outcome))
        return outcome;
    if (args.positional().size() != 1)
        return usageError(Cli::tr("Give the rules file: rules set FILE.json"));
    QFile file(args.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(Cli::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()),
                                u"io"_s);
    const QByteArray json = file.readAll();
    if (!openOrFail(env, &outcome))
        return outcome;
    RulesService rules(env.context());
    QString error;
    if (!rules.setFromJson(json, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    const QJsonObject doc = rules.current().toJson();
    return Outcome::success(
        doc, Cli::tr("The new rules are in force from now on; past purchases keep their points."));
}

} // namespace

QVector<CommandSpec> adminCommands()
{
    return {
        {u"init"_s, u"init"_s, init},
        {u"check"_s, u"check [--quick]"_s, check},
        {u"demo"_s, u"demo --members N [--months M] [--purchases P] [--seed S]"_s, demo},
        {u"rules show"_s, u"rules show"_s, rulesShow},
        {u"rules set"_s, u"rules set FILE.json"_s, rulesSet},
    };
}

} // namespace md::cli

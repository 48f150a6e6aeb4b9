// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "services/DailyMaintenance.h"

#include <QCoreApplication>
#include <QTextStream>

namespace md::cli {

bool CliEnv::openDatabase(QString* error)
{
    if (m_db.isOpen())
        return true;
    // An upgrade can take a minute at a million members: said on stderr, so stdout stays one JSON object.
    if (int stored = 0; Database::upgradeDue(dbPath, &stored)) {
        QTextStream err(stderr);
        err << Cli::tr("Upgrading the database from schema %1 to %2…")
                   .arg(stored)
                   .arg(Database::latestSchemaVersion())
            << Qt::endl;
    }
    return m_db.open(dbPath, error);
}

Outcome usageError(const QString& message)
{
    return Outcome::failure(message, QStringLiteral("usage"), 2);
}

bool parseArgs(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flags,
               CliArgs* parsed, Outcome* outcome)
{
    QString error;
    if (parsed->parse(args, valueOptions, flags, &error))
        return true;
    *outcome = usageError(error);
    return false;
}

bool openForMembers(CliEnv& env, Outcome* outcome)
{
    if (!openOrFail(env, outcome))
        return false;
    MaintenanceResult result;
    QString error;
    QTextStream err(stderr);
    if (!DailyMaintenance(env.context()).runIfDue(&result, &error))
        err << Cli::tr("The day's points expiry and tier review did not run: %1").arg(error) << Qt::endl;
    else if (result.ran && (result.expiredEntries > 0 || !result.review.changes.isEmpty()))
        err << Cli::tr("The day's maintenance ran first: %1 expiry entries, %2 tiers lowered.")
                   .arg(result.expiredEntries)
                   .arg(result.review.changes.size())
            << Qt::endl;
    return true;
}

bool openOrFail(CliEnv& env, Outcome* outcome)
{
    QString error;
    if (env.openDatabase(&error))
        return true;
    *outcome = Outcome::failure(error, QStringLiteral("database"));
    return false;
}

} // namespace md::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "services/DailyMaintenance.h"
#include "storage/StartupCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

} // namespace

bool CliEnv::openDatabase(QString* error)
{
    if (m_db.isOpen())
        return true;
    // A damaged database answers wrongly rather than failing: a search finds nobody, a member "does not
    // exist", an upgrade writes into it. A small file is checked whole; a large one, where every call
    // reading gigabytes would be minutes, the tables the start reads, unless a damaged backup asked for the
    // whole check. Its every page is checked by the daily backup.
    // A file that is not SQLite at all is not "damaged": opening it says it is not a MemberDesk database.
    if (checkBeforeOpening && looksLikeSqlite(dbPath)) {
        // No date given: the start's own policy without the backups' age, which would read a large file
        // whole on every call until a backup is made.
        const StartupCheckResult checked = StartupCheck::run(dbPath);
        if (!checked.ok) {
            openErrorCode = checked.damaged ? u"damaged"_s : u"database"_s;
            // The GUI's message asks whether to restore; the CLI names the command that does.
            *error = checked.latestBackup.isEmpty()
                         ? checked.message
                         : checked.damage + u"\n"_s +
                               Cli::tr("The latest good backup is %1 from %2: `restore %1` puts it in place "
                                       "(purchases after that day must be entered again).")
                                   .arg(QDir::toNativeSeparators(checked.latestBackup),
                                        checked.latestBackupDay.toString(Qt::ISODate));
            return false;
        }
    }
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
    *outcome = Outcome::failure(error, env.openErrorCode);
    return false;
}

} // namespace md::cli

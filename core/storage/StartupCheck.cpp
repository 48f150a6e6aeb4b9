// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupCheck.h"

#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/RawSqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace md {

namespace {
/// quick_check through a normal read-write connection: a WAL left by a crash is recovered first, as the
/// application's own connection would. Not `whole`: the schema (read to find them) and the tables the
/// start reads, with their indexes (quick_check(table), SQLite 3.33); a file without them (another
/// program's) is left to Database::open, which words the refusal.
QStringList quickCheck(const QString& path, bool whole)
{
    QStringList problems;
    RawDb db;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db.handle, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        problems << (db.handle ? db.lastError() : QString::fromUtf8(sqlite3_errstr(rc)));
        return problems;
    }
    sqlite3_busy_timeout(db.handle, Database::busyTimeoutMs());
    QString error;
    QStringList checks{u"PRAGMA quick_check"_s};
    if (!whole) {
        QStringList tables;
        if (!queryRaw(db.handle,
                      "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('settings', 'users') "
                      "ORDER BY name",
                      &tables, &error))
            return {error};
        checks.clear();
        for (const QString& table : std::as_const(tables))
            checks << u"PRAGMA quick_check(%1)"_s.arg(table);
    }
    for (const QString& check : std::as_const(checks)) {
        QStringList lines;
        if (!queryRaw(db.handle, check.toUtf8().constData(), &lines, &error))
            lines << error;
        for (const QString& line : std::as_const(lines))
            if (line != u"ok"_s)
                problems << line;
        if (!problems.isEmpty())
            break;
    }
    return problems;
}
/// Where the automatic backups are: the folder given, else the one configured inside the database when
/// that part can still be read, and the default folder beside the database in any case.
QStringList backupFolders(const QString& dbPath, const QString& backupFolder)
{
    QStringList folders;
    if (!backupFolder.isEmpty())
        folders << backupFolder;
    else if (const QString configured = readSettingRaw(dbPath, BackupService::kFolderKey, true);
             !configured.isEmpty())
        folders << configured;
    folders << BackupService::defaultFolderFor(dbPath);
    return folders;
}
} // namespace

QString StartupCheck::wholeCheckMarker(const QString& dbPath)
{
    return dbPath + u".check-whole"_s;
}

bool StartupCheck::requestWholeCheck(const QString& dbPath)
{
    QFile marker(wholeCheckMarker(dbPath));
    return marker.open(QIODevice::WriteOnly) && marker.write("whole check asked for\n") > 0;
}

StartupCheck::WholeCheck StartupCheck::wholeCheck(const QString& dbPath, const QDate& today,
                                                  const QString& backupFolder, qint64 wholeFileBytes)
{
    if (QFileInfo(dbPath).size() <= wholeFileBytes)
        return WholeCheck::SmallFile;
    if (QFileInfo::exists(wholeCheckMarker(dbPath)))
        return WholeCheck::Requested;
    if (!today.isValid())
        return WholeCheck::No;
    for (const QString& folder : backupFolders(dbPath, backupFolder)) {
        const QVector<BackupService::BackupFile> backups = BackupService::automaticBackups(folder, dbPath);
        if (!backups.isEmpty() && backups.first().day.daysTo(today) < kDaysWithoutWholeCheck)
            return WholeCheck::No;
    }
    return WholeCheck::NoRecentBackup;
}

StartupCheckResult StartupCheck::run(const QString& dbPath, const QString& backupFolder,
                                     qint64 wholeFileBytes, const QDate& today)
{
    return run(dbPath, wholeCheck(dbPath, today, backupFolder, wholeFileBytes), backupFolder);
}

StartupCheckResult StartupCheck::run(const QString& dbPath, WholeCheck whole, const QString& backupFolder)
{
    StartupCheckResult result;
    const QFileInfo info(dbPath);
    if (!info.exists()) {
        result.newDatabase = true;
        return result;
    }
    if (info.isDir()) {
        result.ok = false;
        result.message = tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(dbPath));
        return result;
    }
    if (info.size() == 0) {
        result.newDatabase = true;
        return result;
    }
    result.wholeFile = whole != WholeCheck::No;
    result.problems = quickCheck(dbPath, result.wholeFile);
    if (result.problems.isEmpty()) {
        if (result.wholeFile)
            QFile::remove(wholeCheckMarker(dbPath));
        return result;
    }
    // Busy is not damage: another program holds the database.
    const QString first = result.problems.first().toLower();
    if (first.contains(u"locked"_s) || first.contains(u"busy"_s)) {
        result.ok = false;
        result.message = tr("The database cannot be checked: %1").arg(Database::describeSqlError(first));
        return result;
    }
    result.ok = false;
    result.damaged = true;
    const QStringList folders = backupFolders(dbPath, backupFolder);
    QString folder = folders.first();
    for (const QString& candidate : std::as_const(folders)) {
        result.latestBackup = BackupService::latestGoodBackup(candidate, dbPath);
        if (!result.latestBackup.isEmpty()) {
            folder = candidate;
            break;
        }
    }
    // quick_check can report hundreds of lines in one row: the sentence names the first, `problems` has all.
    QString firstProblem = result.problems.first().section(u'\n', 0, 0).trimmed();
    if (firstProblem.startsWith(u"*** "_s))
        firstProblem = result.problems.first().section(u'\n', 1, 1).trimmed();
    if (firstProblem.size() > 160)
        firstProblem = firstProblem.left(160) + u"…"_s;
    result.damage = tr("The database %1 is damaged and was not opened, so nothing more can be lost (%2).")
                        .arg(QDir::toNativeSeparators(dbPath), firstProblem);
    const QString& head = result.damage;
    if (result.latestBackup.isEmpty()) {
        result.message = head + u"\n"_s +
                         tr("No good backup was found in %1. Keep the file and ask for help to rescue it.")
                             .arg(QDir::toNativeSeparators(folder));
    } else {
        for (const BackupService::BackupFile& f : BackupService::automaticBackups(folder, dbPath)) {
            if (f.path == result.latestBackup)
                result.latestBackupDay = f.day;
        }
        result.message =
            head + u"\n"_s +
            tr("The latest good backup is %1 from %2. Restore it? Purchases after that day must be "
               "entered again.")
                .arg(QDir::toNativeSeparators(result.latestBackup),
                     QLocale().toString(result.latestBackupDay, QLocale::LongFormat));
    }
    return result;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace md {

struct StartupCheckResult
{
    bool ok = true;           ///< false: the database must not be used; show `message`
    bool newDatabase = false; ///< no file yet: it will be created
    QString message;          ///< for the user when !ok, naming the latest good backup when there is one
    QStringList problems;     ///< what quick_check (or opening) reported
    QString latestBackup;     ///< newest automatic backup that passes its check; empty when none
    QDate latestBackupDay;
};

/// The GUI runs this before opening the database: PRAGMA quick_check on the file (fast: no index
/// cross-checks). A damaged database is never silently used: the result says so in words and offers the
/// newest good backup from `backupFolder` (empty: the folder configured in the database, if that can still
/// be read; the default folder beside the database is searched last in any case), which
/// BackupService::restoreFile() can put in place.
class StartupCheck
{
    Q_DECLARE_TR_FUNCTIONS(StartupCheck)
public:
    static StartupCheckResult run(const QString& dbPath, const QString& backupFolder = {});
};

} // namespace md

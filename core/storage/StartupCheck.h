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
    bool damaged = false;     ///< !ok because the check found damage (not a busy or unreadable file)
    QString damage;           ///< when damaged: the sentence saying so, without what to do about it
    QStringList problems;     ///< what quick_check (or opening) reported
    bool wholeFile = true;    ///< every page was checked (false: a large file, see StartupCheck::run)
    QString latestBackup;     ///< newest automatic backup that passes its check; empty when none
    QDate latestBackupDay;
};

/// The GUI runs this before opening the database: PRAGMA quick_check on the file (no index
/// cross-checks). A damaged database is never silently used: the result says so in words and offers the
/// newest good backup from `backupFolder` (empty: the folder configured in the database, if that can still
/// be read; the default folder beside the database is searched last in any case), which
/// BackupService::restoreFile() can put in place.
///
/// A file larger than `wholeFileBytes` is not read whole at every start (a million members: 6.7 GB, almost
/// 3 minutes before the counter): its start checks the tables the start reads (settings, users), and its
/// every page is checked by the daily automatic backup, which checks its copy. The whole file is read at
/// start, whatever its size, when a copy was found damaged (requestWholeCheck) or when no automatic backup
/// from the last kDaysWithoutWholeCheck days is there (given `today`): backups failing, or switched to a
/// folder that is gone, must not leave a large database unchecked.
class StartupCheck
{
    Q_DECLARE_TR_FUNCTIONS(StartupCheck)
public:
    /// About a second to read from a cold disk here.
    static constexpr qint64 kWholeFileBytes = 64 * 1024 * 1024;
    static constexpr int kDaysWithoutWholeCheck = 7;

    enum class WholeCheck
    {
        No,             ///< a large file with a recent automatic backup: the start's tables only
        SmallFile,      ///< read whole at every start
        Requested,      ///< a damaged backup copy asked for it
        NoRecentBackup, ///< no automatic backup in kDaysWithoutWholeCheck days
    };

    /// `today` invalid: the backup age is not considered.
    static StartupCheckResult run(const QString& dbPath, const QString& backupFolder = {},
                                  qint64 wholeFileBytes = kWholeFileBytes, const QDate& today = {});
    /// With the decision already taken (wholeCheck), for a caller that also shows it.
    static StartupCheckResult run(const QString& dbPath, WholeCheck whole, const QString& backupFolder = {});
    /// Whether run() will read every page, and why.
    static WholeCheck wholeCheck(const QString& dbPath, const QDate& today = {},
                                 const QString& backupFolder = {}, qint64 wholeFileBytes = kWholeFileBytes);
    /// Asks for the whole check at the next start, whatever the size (a marker file beside the database,
    /// removed once a whole check passes); false when it cannot be written.
    static bool requestWholeCheck(const QString& dbPath);
    static QString wholeCheckMarker(const QString& dbPath);
};

} // namespace md

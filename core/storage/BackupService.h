// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace md {

/// What a database file on disk is, read without changing it (opened read-only and immutable, so no
/// -wal/-shm files appear beside a backup on a USB stick).
struct DatabaseFileInfo
{
    bool readable = false;  ///< an SQLite file that opened
    bool sqlite = false;    ///< an SQLite file, readable or damaged
    bool ours = false;      ///< PRAGMA application_id is MemberDesk's
    int schemaVersion = -1; ///< PRAGMA user_version
    QStringList problems;   ///< PRAGMA integrity_check lines other than "ok"
    qint64 bytes = 0;
    qint64 members = -1;    ///< rows in members (-1: not read, the file is unusable)
    QDateTime lastPurchase; ///< the newest purchase's time (invalid: none, or unusable)
    QString databaseId;     ///< the identity of the database it is (a copy of); empty before schema 12
    QString error;          ///< why it is unusable, a sentence for the user (empty when usable)
    /// Ours, undamaged, and a schema this version can open (it may be older: it is upgraded on opening).
    bool usable() const { return error.isEmpty(); }
};

struct BackupResult
{
    QString path;
    qint64 bytes = 0;
    QStringList removed; ///< old automatic backups deleted by rotation
};

struct RestoreResult
{
    int schemaVersion = 0; ///< of the database now in use (after upgrading an older backup)
    QString safetyCopy;    ///< where the replaced database was kept
};

/// Backups and restore of the open database.
///
/// A backup is an online copy through SQLite's backup API from a second connection (the counter keeps
/// working; WAL readers see the last committed state), written to FILE.part, switched to a single-file
/// journal, flushed to disk, verified (integrity_check, application_id, schema version) and only then
/// renamed over FILE. Automatic backups are one file per day, NAME-YYYY-MM-DD.db for the database NAME.db
/// (memberdesk-YYYY-MM-DD.db for the default memberdesk.db, the one name releases before schema 12 gave
/// every database's backups), in a configurable folder; rotation keeps the newest kKeepDaily days and the
/// newest backup of each of the last kKeepMonthly months. Only files with that name pattern are ever
/// deleted, and none that carries another database's identity (kDatabaseIdKey): two databases may share a
/// folder without replacing, rotating away or restoring each other's backups.
///
/// Restore validates the file first (SQLite? ours? undamaged? not newer than this version?), keeps a copy
/// of the current database beside it (NAME.before-restore-yyyyMMdd-HHmmss.db), then copies the backup into
/// the live database with the backup API — one write transaction, so a power cut during a restore leaves
/// the old database intact, and the WAL stays consistent — and reopens it (upgrading an older schema).
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    explicit BackupService(const ServiceContext& ctx) : m_ctx(ctx) {}

    static constexpr const char16_t* kFolderKey = u"backup.folder";
    /// The settings key of a database's identity (schema 12): a copy or backup keeps it, restore keeps the
    /// live database's.
    static constexpr const char16_t* kDatabaseIdKey = u"database.id";
    static constexpr int kKeepDaily = 7;
    static constexpr int kKeepMonthly = 12;

    /// Owner only: a verified backup of the open database to `file` (replacing it).
    bool backupTo(const QString& file, BackupResult* result, QString* error);
    /// Any signed-in role (the GUI calls it on exit and once a day): today's backup in `folder` (empty:
    /// the configured folder), replacing an earlier one of today, then rotation.
    bool runAutomatic(const QString& folder, BackupResult* result, QString* error);
    /// The folder runAutomatic writes to: `folder` when given, otherwise the configured one.
    QString automaticFolder(const QString& folder = {}) const;
    /// runAutomatic in two halves, so the copy can run on a worker thread. writeAutomatic writes `day`'s
    /// verified backup of the database at `dbPath` into `folder` and rotates; it uses only its own SQLite
    /// connections (no Database object, no permission check, no audit), so any thread may call it.
    static bool writeAutomatic(const QString& dbPath, const QString& folder, const QDate& day,
                               BackupResult* result, QString* error);
    /// Audits a backup writeAutomatic wrote, on this context's connection (the thread that owns it).
    bool recordAutomatic(const BackupResult& result, QString* error);
    /// True when `folder` (empty: the configured one) holds no automatic backup of today of this
    /// database yet.
    bool automaticBackupDue(const QString& folder = {}) const;
    /// The open database's identity (empty only for a database that is not open).
    QString databaseId() const;

    /// The configured folder, or the default: a "backups" folder beside the database.
    QString folder() const;
    /// Owner only. Creates the folder when missing; refuses one that cannot be written.
    bool setFolder(const QString& folder, QString* error);

    /// Owner only: replaces the open database's content with `file` (see the class comment).
    bool restoreFrom(const QString& file, RestoreResult* result, QString* error);

    /// Restore by path, for start-up recovery when the database cannot be opened (no Database object, no
    /// sign-in possible). No other connection may be open on `dbPath`.
    static bool restoreFile(const QString& backupFile, const QString& dbPath, const QDateTime& now,
                            RestoreResult* result, QString* error);

    /// Reads `file` without changing it; `fullCheck` runs integrity_check, otherwise quick_check.
    static DatabaseFileInfo inspect(const QString& file, bool fullCheck = true);
    static QString defaultFolderFor(const QString& dbPath);
    /// What the automatic backups of the database at `dbPath` are named after: its file name without
    /// ".db" ("memberdesk" for memberdesk.db).
    static QString backupStem(const QString& dbPath);
    /// `day`'s automatic backup of the database at `dbPath`: STEM-YYYY-MM-DD.db.
    static QString automaticFileName(const QString& dbPath, const QDate& day);
    /// The identity stored in the database or backup at `file` (a live database is read through its WAL, a
    /// backup read-only and immutable); empty when it has none (made before schema 12) or cannot be read.
    static QString databaseIdOf(const QString& file, bool liveDatabase);

    struct BackupFile
    {
        QString path;
        QDate day;
        /// Named memberdesk-YYYY-MM-DD.db although the database has another name, and without an
        /// identity: a backup from before schema 12, of this database or of another one in the folder.
        /// Listed (newest first, after this database's own of the same day) but never deleted by rotation.
        bool sharedName = false;
    };
    /// The automatic backups of the database at `dbPath` in `folder`, newest first: its own name's, except
    /// those carrying another database's identity, and the identity-less memberdesk-*.db ones.
    static QVector<BackupFile> automaticBackups(const QString& folder, const QString& dbPath);
    /// Deletes the database's automatic backups beyond the daily and monthly quotas (never a file that may
    /// be another database's); returns the deleted paths.
    static QStringList rotate(const QString& folder, const QString& dbPath, int keepDaily = kKeepDaily,
                              int keepMonthly = kKeepMonthly);
    /// The newest automatic backup of the database at `dbPath` in `folder` that passes inspect(); empty
    /// when none does.
    static QString latestGoodBackup(const QString& folder, const QString& dbPath,
                                    DatabaseFileInfo* info = nullptr);

    /// Writes a verified copy of the database at `sourcePath` to `file` (no permission check, no audit).
    static bool copyDatabase(const QString& sourcePath, const QString& file, qint64* bytes, QString* error);

private:
    /// Asks the next start to read the whole database (StartupCheck) and says so after `error`.
    static void askForWholeCheck(const QString& sourcePath, QString* error);
    ServiceContext m_ctx;
};

} // namespace md

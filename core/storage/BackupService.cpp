// SPDX-License-Identifier: GPL-3.0-or-later
// BackupService's backup half: inspecting a file, writing verified copies, the automatic daily backups
// and their rotation, the folder setting. The restore half is in BackupRestore.cpp; the raw SQLite and
// power-cut-safe file steps both halves share are in RawSqlite.cpp and DurableFile.cpp.
#include "BackupService.h"

#include "storage/StartupCheck.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/DurableFile.h"
#include "storage/RawSqlite.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace md {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// STEM-YYYY-MM-DD.db: the stem is what precedes the date.
const QRegularExpression& automaticPattern()
{
    static const QRegularExpression pattern(u"^(.+)-(\\d{4}-\\d{2}-\\d{2})\\.db$"_s);
    return pattern;
}

/// The one name releases before schema 12 gave every database's automatic backups.
constexpr QStringView kSharedStem = u"memberdesk";

} // namespace

QString BackupService::defaultFolderFor(const QString& dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(u"backups"_s);
}

QString BackupService::backupStem(const QString& dbPath)
{
    QString name = QFileInfo(dbPath).fileName();
    if (name.endsWith(u".db"_s, Qt::CaseInsensitive))
        name.chop(3);
    return name.isEmpty() ? kSharedStem.toString() : name;
}

QString BackupService::automaticFileName(const QString& dbPath, const QDate& day)
{
    return u"%1-%2.db"_s.arg(backupStem(dbPath), day.toString(u"yyyy-MM-dd"_s));
}

QString BackupService::databaseIdOf(const QString& file, bool liveDatabase)
{
    return readSettingRaw(file, kDatabaseIdKey, liveDatabase);
}

QString BackupService::databaseId() const
{
    return SettingsRepository(m_ctx.db).value(QString::fromUtf16(kDatabaseIdKey)).trimmed();
}

DatabaseFileInfo BackupService::inspect(const QString& file, bool fullCheck)
{
    DatabaseFileInfo info;
    const QFileInfo fi(file);
    if (!fi.exists()) {
        info.error = tr("The file %1 does not exist.").arg(native(file));
        return info;
    }
    if (!fi.isFile()) {
        info.error = tr("%1 is not a file.").arg(native(file));
        return info;
    }
    info.bytes = fi.size();
    // Not read with a file handle of our own: closing it would drop every POSIX lock this process holds
    // on the file, and the file picked may be the database in use (SQLite's connections hold theirs).
    const QString notSqlite =
        tr("%1 is not a MemberDesk backup (it is not an SQLite database).").arg(native(file));
    if (info.bytes == 0) {
        info.error = notSqlite;
        return info;
    }
    RawDb db;
    QString error;
    if (!openImmutable(file, &db, &error)) {
        info.error = tr("%1 cannot be opened: %2").arg(native(file), error);
        return info;
    }
    QStringList rows;
    if (!queryRaw(db.handle, "PRAGMA application_id", &rows, &error) || rows.isEmpty()) {
        info.sqlite = sqlite3_extended_errcode(db.handle) != SQLITE_NOTADB;
        info.error = sqlite3_extended_errcode(db.handle) == SQLITE_NOTADB
                         ? notSqlite
                         : tr("%1 is damaged and cannot be read: %2")
                               .arg(native(file), Database::describeSqlError(error));
        return info;
    }
    info.readable = true;
    info.sqlite = true;
    info.ours = rows.first().toInt() == Database::kApplicationId;
    rows.clear();
    if (queryRaw(db.handle, "PRAGMA user_version", &rows, &error) && !rows.isEmpty())
        info.schemaVersion = rows.first().toInt();
    rows.clear();
    if (!queryRaw(db.handle, fullCheck ? "PRAGMA integrity_check" : "PRAGMA quick_check", &rows, &error))
        info.problems << error;
    for (const QString& line : std::as_const(rows)) {
        if (line != u"ok"_s)
            info.problems << line;
    }
    if (!info.ours)
        info.error =
            tr("%1 is an SQLite database of another program, not a MemberDesk backup.").arg(native(file));
    else if (!info.problems.isEmpty())
        info.error = tr("%1 is damaged (%2).").arg(native(file), info.problems.first());
    else if (info.schemaVersion > Database::latestSchemaVersion())
        info.error =
            tr("%1 was made by a newer version of MemberDesk (schema %2; this version knows up to %3). "
               "Install the newer version to restore it.")
                .arg(native(file))
                .arg(info.schemaVersion)
                .arg(Database::latestSchemaVersion());
    else if (info.schemaVersion < 1)
        info.error = tr("%1 holds no MemberDesk data.").arg(native(file));
    if (info.usable()) {
        // What the file holds, so the owner can tell one backup from another before restoring it.
        rows.clear();
        if (queryRaw(db.handle, "SELECT count(*) FROM members", &rows, &error) && !rows.isEmpty())
            info.members = rows.first().toLongLong();
        rows.clear();
        if (queryRaw(db.handle, "SELECT max(time) FROM purchases", &rows, &error) && !rows.isEmpty())
            info.lastPurchase = QDateTime::fromString(rows.first(), Qt::ISODate);
        rows.clear();
        if (queryRaw(db.handle, "SELECT value FROM settings WHERE key = 'database.id'", &rows, &error) &&
            !rows.isEmpty())
            info.databaseId = rows.first().trimmed();
    }
    return info;
}

void BackupService::askForWholeCheck(const QString& sourcePath, QString* error)
{
    // A page-for-page copy that is damaged or unreadable: the database itself most likely is. A large
    // database is not read whole at every start (StartupCheck), so the next start is asked to.
    if (StartupCheck::requestWholeCheck(sourcePath))
        *error += u"\n"_s + tr("The database itself may be damaged: close MemberDesk and start it again, and "
                               "it is checked completely before anything else is written.");
}

bool BackupService::copyDatabase(const QString& sourcePath, const QString& file, qint64* bytes,
                                 QString* error)
{
    const QFileInfo target(file);
    if (target.exists() && target.isDir()) {
        *error = tr("%1 is a folder: give a file name for the backup.").arg(native(file));
        return false;
    }
    if (target.absoluteFilePath() == QFileInfo(sourcePath).absoluteFilePath()) {
        *error = tr("A backup cannot overwrite the database itself.");
        return false;
    }
    if (!QDir().mkpath(target.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(native(target.absolutePath()));
        return false;
    }
    const QString part = file + u".part"_s;
    QFile::remove(part);
    QString sqlError;
    int sourceVersion = -1;
    bool written = false;
    {
        RawDb src;
        RawDb dest;
        written = openRaw(sourcePath, SQLITE_OPEN_READWRITE, &src, &sqlError) &&
                  openRaw(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &dest, &sqlError) &&
                  runBackup(dest.handle, src.handle, &sqlError) &&
                  // The copy carries the source's WAL flag; a backup is better as one self-contained file.
                  execRaw(dest.handle, "PRAGMA journal_mode = DELETE", &sqlError);
        QStringList rows;
        if (written && queryRaw(src.handle, "PRAGMA user_version", &rows, &sqlError) && !rows.isEmpty())
            sourceVersion = rows.first().toInt();
    } // both connections closed here
    if (!written) {
        QFile::remove(part);
        *error = tr("The backup to %1 failed: %2").arg(native(file), sqlError);
        if (sqlError.contains(u"malformed"_s))
            askForWholeCheck(sourcePath, error);
        return false;
    }
    syncToDisk(part);
    const DatabaseFileInfo info = inspect(part);
    if (!info.usable() || info.schemaVersion != sourceVersion) {
        QFile::remove(part);
        *error = tr("The backup to %1 was written but failed its check, so it was deleted: %2")
                     .arg(native(file), info.error.isEmpty() ? tr("schema version differs") : info.error);
        if (!info.problems.isEmpty())
            askForWholeCheck(sourcePath, error);
        return false;
    }
    if (!replaceFile(part, file)) {
        QFile::remove(part);
        *error = tr("Cannot write %1 (check that the folder is writable).").arg(native(file));
        return false;
    }
    syncToDisk(file);
    if (bytes)
        *bytes = QFileInfo(file).size();
    return true;
}

bool BackupService::backupTo(const QString& file, BackupResult* result, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::ManualBackup, error))
        return false;
    if (file.trimmed().isEmpty()) {
        *error = tr("Give a file name for the backup.");
        return false;
    }
    BackupResult local;
    BackupResult* out = result ? result : &local;
    out->path = QFileInfo(file).absoluteFilePath();
    // Replacing an older backup is what a nightly script does; replacing anything else (a typo'd name
    // that hits a document, another program's database) would destroy it.
    const DatabaseFileInfo existing = QFileInfo(out->path).isFile() && QFileInfo(out->path).size() > 0
                                          ? inspect(out->path, false)
                                          : DatabaseFileInfo();
    // (A damaged MemberDesk file may be replaced: it cannot say whose it is, and a good copy is better.)
    if (existing.bytes > 0 && (!existing.sqlite || (existing.readable && !existing.ours))) {
        *error = tr("%1 exists and is not a MemberDesk backup, so it was not replaced. Choose another file "
                    "name.")
                     .arg(native(out->path));
        return false;
    }
    if (!copyDatabase(m_ctx.db.path(), out->path, &out->bytes, error))
        return false;
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!AuditLog::record(m_ctx, u"backup.write"_s, out->path, u"%1 bytes"_s.arg(out->bytes), error))
        return false;
    return tx.commit(error);
}

QString BackupService::folder() const
{
    const QString configured = SettingsRepository(m_ctx.db).value(QString::fromUtf16(kFolderKey)).trimmed();
    return configured.isEmpty() ? defaultFolderFor(m_ctx.db.path()) : configured;
}

bool BackupService::setFolder(const QString& folder, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::ConfigureBackups, error))
        return false;
    const QString path = folder.trimmed();
    if (!path.isEmpty()) {
        if (!QDir().mkpath(path)) {
            *error = tr("Cannot create the folder %1.").arg(native(path));
            return false;
        }
        QFile probe(QDir(path).filePath(u".memberdesk-write-test"_s));
        if (!probe.open(QIODevice::WriteOnly)) {
            *error = tr("The folder %1 cannot be written to.").arg(native(path));
            return false;
        }
        probe.close();
        probe.remove();
    }
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    const QString stored = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (!SettingsRepository(m_ctx.db).setValue(QString::fromUtf16(kFolderKey), stored, error) ||
        !AuditLog::record(m_ctx, u"backup.folder"_s, stored, QString(), error))
        return false;
    return tx.commit(error);
}

QVector<BackupService::BackupFile> BackupService::automaticBackups(const QString& folder,
                                                                   const QString& dbPath)
{
    const QString stem = backupStem(dbPath);
    const bool sharedStem = stem == kSharedStem;
    // Read once per listing: the files are few (the quotas keep about 19 per database).
    const QString ownId = databaseIdOf(dbPath, true);
    QVector<BackupFile> files;
    const QDir dir(folder);
    const QStringList names = dir.entryList({u"*-*.db"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = automaticPattern().match(name);
        if (!match.hasMatch())
            continue;
        const QString prefix = match.captured(1);
        const bool ownName = prefix == stem;
        if (!ownName && (sharedStem || prefix != kSharedStem))
            continue;
        const QDate day = QDate::fromString(match.captured(2), u"yyyy-MM-dd"_s);
        if (!day.isValid())
            continue;
        const QString path = dir.filePath(name);
        const QString fileId = databaseIdOf(path, false);
        const bool sameId = !fileId.isEmpty() && fileId == ownId;
        if (ownName) {
            // Another database's identity: the same name from another folder backed up here.
            if (!fileId.isEmpty() && !ownId.isEmpty() && !sameId)
                continue;
            files << BackupFile{path, day, false};
        } else if (sameId) {
            files << BackupFile{path, day, false}; // this database's, made while it had the shared name
        } else if (fileId.isEmpty()) {
            files << BackupFile{path, day, true};
        }
    }
    // Newest first; on one day this database's own before a shared name's.
    std::stable_sort(files.begin(), files.end(), [](const BackupFile& a, const BackupFile& b) {
        if (a.day != b.day)
            return a.day > b.day;
        return !a.sharedName && b.sharedName;
    });
    return files;
}

QStringList BackupService::rotate(const QString& folder, const QString& dbPath, int keepDaily,
                                  int keepMonthly)
{
    QVector<BackupFile> files = automaticBackups(folder, dbPath);
    // A shared name without an identity may be another database's: never counted, never deleted.
    files.erase(std::remove_if(files.begin(), files.end(), [](const BackupFile& f) { return f.sharedName; }),
                files.end());
    QSet<QString> keep;
    for (int i = 0; i < files.size() && i < keepDaily; ++i)
        keep.insert(files.at(i).path);
    QSet<int> monthsKept;
    for (const BackupFile& f : std::as_const(files)) {
        const int month = f.day.year() * 12 + f.day.month();
        if (monthsKept.contains(month))
            continue;
        if (monthsKept.size() >= keepMonthly)
            break;
        monthsKept.insert(month); // the newest backup of each month
        keep.insert(f.path);
    }
    QStringList removed;
    for (const BackupFile& f : std::as_const(files)) {
        if (!keep.contains(f.path) && QFile::remove(f.path))
            removed << f.path;
    }
    return removed;
}

bool BackupService::automaticBackupDue(const QString& folderOverride) const
{
    const QString dir = folderOverride.isEmpty() ? folder() : folderOverride;
    const QString today = QDir(dir).filePath(automaticFileName(m_ctx.db.path(), m_ctx.clock.today()));
    if (!QFileInfo::exists(today))
        return true;
    // Today's name taken by another database's backup is not this database's backup: due (and writing it
    // then says why it cannot).
    const QString fileId = databaseIdOf(today, false);
    const QString ownId = databaseId();
    return !fileId.isEmpty() && !ownId.isEmpty() && fileId != ownId;
}

QString BackupService::automaticFolder(const QString& folderOverride) const
{
    const QString given = folderOverride.trimmed();
    return given.isEmpty() ? folder() : given;
}

bool BackupService::writeAutomatic(const QString& dbPath, const QString& folder, const QDate& day,
                                   BackupResult* result, QString* error)
{
    BackupResult local;
    BackupResult* out = result ? result : &local;
    out->path = QDir(folder).absoluteFilePath(automaticFileName(dbPath, day));
    if (QFileInfo::exists(out->path)) {
        const QString fileId = databaseIdOf(out->path, false);
        const QString ownId = databaseIdOf(dbPath, true);
        if (!fileId.isEmpty() && !ownId.isEmpty() && fileId != ownId) {
            *error = tr("%1 in the backup folder is a backup of another database with the same name, so it "
                        "was left as it is and this database was not backed up. Give each database a "
                        "backup folder of its own.")
                         .arg(native(out->path));
            return false;
        }
    }
    if (!copyDatabase(dbPath, out->path, &out->bytes, error))
        return false;
    out->removed = rotate(folder, dbPath);
    return true;
}

bool BackupService::recordAutomatic(const BackupResult& result, QString* error)
{
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!AuditLog::record(m_ctx, u"backup.auto"_s, result.path,
                          u"%1 bytes, %2 old removed"_s.arg(result.bytes).arg(result.removed.size()), error))
        return false;
    return tx.commit(error);
}

bool BackupService::runAutomatic(const QString& folderOverride, BackupResult* result, QString* error)
{
    BackupResult local;
    BackupResult* out = result ? result : &local;
    return writeAutomatic(m_ctx.db.path(), automaticFolder(folderOverride), m_ctx.clock.today(), out,
                          error) &&
           recordAutomatic(*out, error);
}

QString BackupService::latestGoodBackup(const QString& folder, const QString& dbPath, DatabaseFileInfo* info)
{
    for (const BackupFile& f : automaticBackups(folder, dbPath)) {
        const DatabaseFileInfo candidate = inspect(f.path);
        if (candidate.usable()) {
            if (info)
                *info = candidate;
            return f.path;
        }
    }
    return {};
}

} // namespace md

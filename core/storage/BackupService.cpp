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

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace md {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

const QRegularExpression& automaticPattern()
{
    static const QRegularExpression pattern(u"^memberdesk-(\\d{4}-\\d{2}-\\d{2})\\.db$"_s);
    return pattern;
}

} // namespace

QString BackupService::defaultFolderFor(const QString& dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(u"backups"_s);
}

QString BackupService::automaticFileName(const QDate& day)
{
    return u"memberdesk-%1.db"_s.arg(day.toString(u"yyyy-MM-dd"_s));
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
        info.error = sqlite3_extended_errcode(db.handle) == SQLITE_NOTADB
                         ? notSqlite
                         : tr("%1 is damaged and cannot be read: %2")
                               .arg(native(file), Database::describeSqlError(error));
        return info;
    }
    info.readable = true;
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

QVector<BackupService::BackupFile> BackupService::automaticBackups(const QString& folder)
{
    QVector<BackupFile> files;
    const QDir dir(folder);
    const QStringList names = dir.entryList({u"memberdesk-*.db"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const auto match = automaticPattern().match(name);
        if (!match.hasMatch())
            continue;
        const QDate day = QDate::fromString(match.captured(1), u"yyyy-MM-dd"_s);
        if (day.isValid())
            files << BackupFile{dir.filePath(name), day};
    }
    return files; // the names sort by date, newest first
}

QStringList BackupService::rotate(const QString& folder, int keepDaily, int keepMonthly)
{
    const QVector<BackupFile> files = automaticBackups(folder);
    QSet<QString> keep;
    for (int i = 0; i < files.size() && i < keepDaily; ++i)
        keep.insert(files.at(i).path);
    QSet<int> monthsKept;
    for (const BackupFile& f : files) {
        const int month = f.day.year() * 12 + f.day.month();
        if (monthsKept.contains(month))
            continue;
        if (monthsKept.size() >= keepMonthly)
            break;
        monthsKept.insert(month); // the newest backup of each month
        keep.insert(f.path);
    }
    QStringList removed;
    for (const BackupFile& f : files) {
        if (!keep.contains(f.path) && QFile::remove(f.path))
            removed << f.path;
    }
    return removed;
}

bool BackupService::automaticBackupDue(const QString& folderOverride) const
{
    const QString dir = folderOverride.isEmpty() ? folder() : folderOverride;
    return !QFileInfo::exists(QDir(dir).filePath(automaticFileName(m_ctx.clock.today())));
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
    out->path = QDir(folder).absoluteFilePath(automaticFileName(day));
    if (!copyDatabase(dbPath, out->path, &out->bytes, error))
        return false;
    out->removed = rotate(folder);
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

QString BackupService::latestGoodBackup(const QString& folder, DatabaseFileInfo* info)
{
    for (const BackupFile& f : automaticBackups(folder)) {
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

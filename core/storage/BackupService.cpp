// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupService.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace md {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// Closes a raw connection when it goes out of scope.
struct RawDb
{
    sqlite3* handle = nullptr;
    ~RawDb()
    {
        if (handle)
            sqlite3_close_v2(handle);
    }
    QString lastError() const { return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString(); }
};

bool openRaw(const QString& path, int flags, RawDb* db, QString* error)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db->handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = Database::describeSqlError(db->handle ? db->lastError()
                                                           : QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    sqlite3_busy_timeout(db->handle, Database::busyTimeoutMs());
    sqlite3_extended_result_codes(db->handle, 1);
    return true;
}

/// Read-only and immutable: no locks, no -wal/-shm files created beside the file.
bool openImmutable(const QString& path, RawDb* db, QString* error)
{
    const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                        u"?immutable=1"_s;
    return openRaw(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, db, error);
}

bool execRaw(sqlite3* db, const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = Database::describeSqlError(QString::fromUtf8(message ? message : sqlite3_errmsg(db)));
    sqlite3_free(message);
    return false;
}

/// Rows of a one-column query as text; false with *error when it cannot run.
bool queryRaw(sqlite3* db, const char* sql, QStringList* rows, QString* error)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        *rows << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

/// Copies every page of `src` into `dest` in one go, waiting while another connection holds a lock.
bool runBackup(sqlite3* dest, sqlite3* src, QString* error, int* code = nullptr)
{
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup) {
        if (code)
            *code = sqlite3_errcode(dest);
        *error = Database::describeSqlError(QString::fromUtf8(sqlite3_errmsg(dest)));
        return false;
    }
    int rc;
    int waits = 0;
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (++waits * 50 > Database::busyTimeoutMs())
            break;
        QThread::msleep(50);
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        const int failed = rc != SQLITE_DONE ? rc : finish;
        if (code)
            *code = failed;
        *error = Database::describeSqlError(QString::fromUtf8(sqlite3_errstr(failed)));
        return false;
    }
    return true;
}

/// Flushes a finished file (and its folder entry) to the disk: a backup that sits in the page cache when
/// the power goes is no backup.
void syncToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    const int dirFd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
#else
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.flush();
#endif
}

/// Atomically replaces `target` with `source` where the system allows it.
bool replaceFile(const QString& source, const QString& target)
{
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    QFile::remove(target);
    return QFile::rename(source, target);
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
    {
        QFile raw(file);
        if (!raw.open(QIODevice::ReadOnly)) {
            info.error = tr("Cannot read %1: %2").arg(native(file), raw.errorString());
            return info;
        }
        if (raw.read(16) != QByteArray("SQLite format 3\0", 16)) {
            info.error =
                tr("%1 is not a MemberDesk backup (it is not an SQLite database).").arg(native(file));
            return info;
        }
    }
    RawDb db;
    QString error;
    if (!openImmutable(file, &db, &error)) {
        info.error = tr("%1 cannot be opened: %2").arg(native(file), error);
        return info;
    }
    QStringList rows;
    if (!queryRaw(db.handle, "PRAGMA application_id", &rows, &error) || rows.isEmpty()) {
        info.error =
            tr("%1 is damaged and cannot be read: %2").arg(native(file), Database::describeSqlError(error));
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
        return false;
    }
    syncToDisk(part);
    const DatabaseFileInfo info = inspect(part);
    if (!info.usable() || info.schemaVersion != sourceVersion) {
        QFile::remove(part);
        *error = tr("The backup to %1 was written but failed its check, so it was deleted: %2")
                     .arg(native(file), info.error.isEmpty() ? tr("schema version differs") : info.error);
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

bool BackupService::restoreFile(const QString& backupFile, const QString& dbPath, const QDateTime& now,
                                RestoreResult* result, QString* error)
{
    const DatabaseFileInfo info = inspect(backupFile);
    if (!info.usable()) {
        *error = tr("Nothing was restored: %1").arg(info.error);
        return false;
    }
    const QFileInfo live(dbPath);
    if (QFileInfo(backupFile).absoluteFilePath() == live.absoluteFilePath()) {
        *error = tr("Nothing was restored: that file is the database in use.");
        return false;
    }
    RestoreResult local;
    RestoreResult* out = result ? result : &local;
    out->schemaVersion = info.schemaVersion;
    if (live.exists()) {
        // Keep what is being replaced. A damaged database may not copy page by page; then keep its files as
        // they are.
        out->safetyCopy = live.absoluteDir().filePath(
            u"%1.before-restore-%2.db"_s.arg(live.completeBaseName(), now.toString(u"yyyyMMdd-HHmmss"_s)));
        QString copyError;
        if (!copyDatabase(dbPath, out->safetyCopy, nullptr, &copyError)) {
            QFile::remove(out->safetyCopy);
            if (!QFile::copy(dbPath, out->safetyCopy)) {
                *error = tr("Nothing was restored: the current database could not be kept as %1.")
                             .arg(native(out->safetyCopy));
                return false;
            }
            if (QFileInfo::exists(dbPath + u"-wal"_s))
                QFile::copy(dbPath + u"-wal"_s, out->safetyCopy + u"-wal"_s);
            syncToDisk(out->safetyCopy);
        }
    }

    QString sqlError;
    bool copied = false;
    int code = SQLITE_OK;
    {
        RawDb src;
        RawDb dest;
        if (!openImmutable(backupFile, &src, &sqlError)) {
            *error = tr("Restoring failed; the database was not changed: %1").arg(sqlError);
            return false;
        }
        if (openRaw(dbPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &dest, &sqlError))
            copied = runBackup(dest.handle, src.handle, &sqlError, &code);
        else
            code = sqlite3_errcode(dest.handle);
    }
    if (!copied) {
        // Only a live file SQLite cannot write into (damaged, not a database, or a page size the WAL cannot
        // take) is replaced as a file. Anything else — above all "busy": another program has it open — stops
        // here, because deleting a -wal in use would destroy that program's data.
        const int primary = code & 0xFF;
        const bool replaceable = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ||
                                 (primary == SQLITE_READONLY && QFileInfo(dbPath).isWritable());
        if (!replaceable) {
            *error = tr("Restoring failed; the database was not changed: %1").arg(sqlError);
            return false;
        }
        // Its -wal would be replayed onto the new file, so it goes first (a copy was kept above).
        const QString part = dbPath + u".restoring"_s;
        QFile::remove(part);
        if (!QFile::copy(backupFile, part)) {
            *error = tr("Restoring failed; the database was not changed: %1").arg(sqlError);
            return false;
        }
        syncToDisk(part);
        QFile::remove(dbPath + u"-wal"_s);
        QFile::remove(dbPath + u"-shm"_s);
        if (!replaceFile(part, dbPath)) {
            QFile::remove(part);
            *error = tr("Restoring failed; the database was not changed: %1").arg(sqlError);
            return false;
        }
        syncToDisk(dbPath);
    }
    return true;
}

bool BackupService::restoreFrom(const QString& file, RestoreResult* result, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::RestoreBackup, error))
        return false;
    RestoreResult local;
    RestoreResult* out = result ? result : &local;
    const QString dbPath = m_ctx.db.path();
    // Validate before closing anything, so a bad file leaves the open database untouched.
    const DatabaseFileInfo info = inspect(file);
    if (!info.usable()) {
        *error = tr("Nothing was restored: %1").arg(info.error);
        return false;
    }
    m_ctx.db.close();
    QString restoreError;
    const bool restored = restoreFile(file, dbPath, m_ctx.clock.now(), out, &restoreError);
    QString openError;
    if (!m_ctx.db.open(dbPath, &openError)) {
        // The restored file opened as a backup but not as a database (e.g. its upgrade failed): put the
        // kept copy back.
        if (restored && !out->safetyCopy.isEmpty()) {
            QString ignored;
            restoreFile(out->safetyCopy, dbPath, m_ctx.clock.now(), nullptr, &ignored);
            m_ctx.db.open(dbPath, &ignored);
        }
        *error = tr("The restored database could not be opened, so the previous one was put back: %1")
                     .arg(openError);
        return false;
    }
    if (!restored) {
        *error = restoreError;
        return false;
    }
    out->schemaVersion = m_ctx.db.schemaVersion();
    // A restore must not be a way to erase the audit trail: entries the replaced database had beyond the
    // backup's last one are carried over (users the restored database does not know become "no user").
    const bool carry = !out->safetyCopy.isEmpty() && inspect(out->safetyCopy, false).usable();
    if (carry) {
        QSqlQuery attach(m_ctx.db.sql());
        attach.prepare(u"ATTACH DATABASE ? AS replaced"_s);
        attach.addBindValue(out->safetyCopy);
        if (!attach.exec()) {
            *error = tr("The database was restored, but its audit log could not be completed: %1")
                         .arg(Database::describeSqlError(attach.lastError().text()));
            return false;
        }
    }
    const bool ok = [&] {
        Transaction tx(m_ctx.db);
        if (!tx.isActive()) {
            *error = tx.error();
            return false;
        }
        int carried = 0;
        if (carry) {
            QSqlQuery q(m_ctx.db.sql());
            if (!Sql::prepare(
                    q,
                    u"INSERT INTO main.audit_log(time, user_id, action, target, details) "
                    "SELECT r.time, (SELECT u.id FROM main.users u WHERE u.id = r.user_id), r.action, "
                    "r.target, r.details FROM replaced.audit_log r "
                    "WHERE r.id > (SELECT COALESCE(MAX(id), 0) FROM main.audit_log) ORDER BY r.id"_s,
                    error) ||
                !Sql::exec(q, error))
                return false;
            carried = q.numRowsAffected();
        }
        // The restored users table may not know the acting account: then the entry names it in the details.
        ServiceContext auditCtx = m_ctx;
        QString details =
            u"previous database kept as %1; %2 audit entries carried over"_s.arg(out->safetyCopy)
                .arg(carried);
        if (m_ctx.actor.userId > 0) {
            QSqlQuery q(m_ctx.db.sql());
            q.prepare(u"SELECT count(*) FROM main.users WHERE id = ?"_s);
            q.addBindValue(m_ctx.actor.userId);
            if (!q.exec() || !q.next() || q.value(0).toInt() == 0) {
                details += u"; by "_s + m_ctx.actor.name;
                auditCtx.actor = Actor{};
            }
        }
        if (!AuditLog::record(auditCtx, u"backup.restore"_s, QFileInfo(file).absoluteFilePath(), details,
                              error))
            return false;
        return tx.commit(error);
    }();
    if (carry) {
        QSqlQuery detach(m_ctx.db.sql());
        detach.exec(u"DETACH DATABASE replaced"_s);
    }
    return ok;
}

} // namespace md

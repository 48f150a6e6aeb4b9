// SPDX-License-Identifier: GPL-3.0-or-later
// BackupService's restore half: replacing the database in use with a backup, by path (start-up recovery)
// or on the open database (keeping a safety copy and carrying the audit trail over). Kept apart from the
// backup half because it is the one path that overwrites the live file, and reads best on its own.
#include "BackupService.h"

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
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace md {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

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
    // The backups in the folder are this database's by its identity: a restored older or other backup must
    // not make them another database's.
    const QString liveId = databaseId();
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
        if (!liveId.isEmpty() &&
            !SettingsRepository(m_ctx.db).setValue(QString::fromUtf16(kDatabaseIdKey), liveId, error))
            return false;
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSqlite.h"

#include "storage/Database.h"

#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace md {

RawDb::~RawDb()
{
    if (handle)
        sqlite3_close_v2(handle);
}

QString RawDb::lastError() const
{
    return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
}

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

bool runBackup(sqlite3* dest, sqlite3* src, QString* error, int* code)
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

QString readSettingRaw(const QString& path, const char16_t* key, bool liveDatabase)
{
    RawDb db;
    QString error;
    const bool opened =
        liveDatabase ? openRaw(path, SQLITE_OPEN_READONLY, &db, &error) : openImmutable(path, &db, &error);
    if (!opened)
        return {};
    sqlite3_stmt* stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db.handle, "SELECT value FROM settings WHERE key = ?", -1, &stmt, nullptr) ==
        SQLITE_OK) {
        const QByteArray utf8 = QString::fromUtf16(key).toUtf8();
        sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return value.trimmed();
}

} // namespace md

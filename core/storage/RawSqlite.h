// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace md {

// Plain sqlite3 connections of their own, for what QtSql cannot do: the online backup API, opening a
// file read-only and immutable (no -wal/-shm beside a backup on a USB stick), and work on a worker thread
// without a Database object. Used by the backup and restore code (BackupService*.cpp).

/// Closes a raw connection when it goes out of scope.
struct RawDb
{
    sqlite3* handle = nullptr;
    RawDb() = default;
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
    ~RawDb();
    QString lastError() const;
};

/// Opens `path` (a file name, or a file: URI with SQLITE_OPEN_URI) with the project's busy timeout.
bool openRaw(const QString& path, int flags, RawDb* db, QString* error);
/// Read-only and immutable: no locks, no -wal/-shm files created beside the file.
bool openImmutable(const QString& path, RawDb* db, QString* error);
bool execRaw(sqlite3* db, const char* sql, QString* error);
/// Rows of a one-column query as text; false with *error when it cannot run.
bool queryRaw(sqlite3* db, const char* sql, QStringList* rows, QString* error);
/// One value of the `settings` table of the database or backup at `path`, read without trusting the rest
/// of the file; empty when missing or unreadable. A live database is read with its WAL (a plain read-only
/// connection: SQLite keeps this process's locks when it closes), a backup immutable (nothing is created
/// beside it).
QString readSettingRaw(const QString& path, const char16_t* key, bool liveDatabase);
/// Copies every page of `src` into `dest` in one go, waiting while another connection holds a lock.
/// `code` receives SQLite's result code on failure, so a caller can tell "busy" from "damaged".
bool runBackup(sqlite3* dest, sqlite3* src, QString* error, int* code = nullptr);

} // namespace md

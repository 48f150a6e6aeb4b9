// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace md {

class Database;

/// The sqlite3 handle under a Database's QtSql connection. Qt's SQLite driver is built against the
/// system libsqlite3 (as the core is), so both talk to the same connection and see the same
/// transaction. nullptr when the database is closed.
sqlite3* sqliteHandle(Database& db);

/// One statement prepared straight on the sqlite3 handle, for the few paths where QtSql's fixed cost
/// per statement (binding through QVariant, a QVariant per column: ≈ 7 µs) is most of the work: the
/// counter's look-ups, the sale, bulk imports. Everything else uses QtSql.
/// Not re-entrant: bind, run or read to the end, then done() before the next use.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(sqlite3* db, const char* sql);
    bool isPrepared() const { return m_stmt != nullptr; }
    void finalize();

    SqliteStatement& bind(int i, qint64 value);
    SqliteStatement& bindNull(int i);
    SqliteStatement& bind(int i, const QByteArray& utf8);
    SqliteStatement& bindText(int i, const char* utf8, int length);
    /// Binds without copying: `utf8` must stay valid and unchanged until run() or done().
    SqliteStatement& bindStaticText(int i, const char* utf8, int length);
    /// A null QString binds SQL NULL, as Qt's driver does.
    SqliteStatement& bindTextOrNull(int i, const QString& text);

    /// For writes: one step, then reset. False on any error (see errorText()).
    bool run();
    /// For reads: true while rows come; call done() after (also after an error).
    bool next();
    void done();
    /// True when the last step() ended in an error rather than SQLITE_DONE.
    bool failed() const { return m_failed; }

    qint64 integer(int column) const;
    bool isNull(int column) const;
    QByteArray text(int column) const;
    QString string(int column) const;
    /// Text of the connection's last error, in SQLite's words (pass it to Database::describeSqlError).
    QString errorText() const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace md

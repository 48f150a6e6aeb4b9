// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

class QSqlQuery;

namespace md {

class SqliteStatement;

/// One open MemberDesk database: an SQLite file with its pragmas set and its schema migrated.
/// Each instance owns its own QSqlDatabase connection, so a worker thread opens its own Database on
/// the same path (WAL lets readers run beside the counter's writes).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Access
    {
        ReadWrite, ///< create the file when missing and migrate it to the latest schema
        ReadOnly,  ///< open an existing database only (reports, worker threads); never migrates
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (and for ReadWrite creates and migrates) the database at `path`. On failure the
    /// database stays closed and *error says why in words a shop owner understands.
    bool open(const QString& path, QString* error, Access access = Access::ReadWrite);
    void close();
    bool isOpen() const;

    QSqlDatabase& sql() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    static int latestSchemaVersion();
    /// The schema version written in the file at `path`, read without opening it for writing (so without
    /// upgrading it); -1 when there is no such SQLite file. Lets a front end warn before a long upgrade.
    static int storedSchemaVersion(const QString& path);
    /// Whether opening the file at `path` would upgrade it (an older release's database); its version in
    /// `storedVersion` when given.
    static bool upgradeDue(const QString& path, int* storedVersion = nullptr);
    /// How long a writer waits for another's lock before giving up (tests shorten it).
    static void setBusyTimeoutMs(int milliseconds);
    static int busyTimeoutMs();
    /// What the write-ahead log is cut back to once a checkpoint has copied it into the database. Without
    /// it the -wal file keeps the size of the largest transaction (a purchase import, the month's points
    /// expiry: hundreds of MB at a million members) until the last connection closes, all day in a shop.
    static constexpr qint64 kWalSizeLimitBytes = 16 * 1024 * 1024;
    /// The default location: QStandardPaths::AppDataLocation/memberdesk.db.
    static QString defaultPath();
    /// 'MDK1' in PRAGMA application_id marks a file as ours.
    static constexpr int kApplicationId = 0x4D444B31;

    /// Runs PRAGMA quick_check (or integrity_check when `full`); returns the problems found.
    QStringList integrityProblems(bool full = false);

    /// Turns an SQLite error into a sentence: busy/locked, read-only, disk full, corrupt.
    static QString describeSqlError(const QString& driverText);

    /// `sql` prepared once on this connection and kept until close(): for the counter's hot paths
    /// (every keystroke, every sale), where preparing costs more than running. Bind, exec, read and
    /// finish() it before anything else may use the same SQL (a cached statement is not re-entrant).
    /// nullptr with *error set when the statement does not prepare.
    QSqlQuery* prepared(const QString& sql, QString* error = nullptr);

    /// `sql` prepared once straight on this connection's sqlite3 handle (see SqliteStatement) and kept
    /// until close(), which finalizes it before the connection goes. For the hottest paths only (the
    /// counter's look-ups), where QtSql's own cost per statement is most of the work. The cache is keyed
    /// by the address of `sql`: pass a string constant with static storage (the same SQL text under two
    /// addresses is simply prepared twice). Not re-entrant: bind, read with next() and done() before
    /// anything else uses the same statement. nullptr with *error set when the database is closed or the
    /// statement does not prepare.
    SqliteStatement* sqliteStatement(const char* sql, QString* error = nullptr);

private:
    bool applyPragmas(QString* error);
    bool migrate(QString* error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    std::unordered_map<const char*, std::unique_ptr<SqliteStatement>> m_sqliteStatements;
};

/// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() succeeds. IMMEDIATE takes the write lock up
/// front so two writers wait for each other (busy timeout) instead of failing half-way.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    /// For a long job that commits in parts, before each part: waits (up to the busy timeout) while
    /// another transaction of this process waits for the write lock. SQLite's busy handler polls,
    /// sleeping up to 100 ms between tries, and would rarely find the lock free between two parts.
    static void letWaitingWritersGoFirst();
    /// Error text when BEGIN failed.
    QString error() const { return m_error; }
    bool commit(QString* error);
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    QString m_error;
};

/// Helpers that keep SQL call sites short and error handling uniform.
namespace Sql {
/// Prepares `sql` on the database; false with *error filled on failure.
bool prepare(QSqlQuery& query, const QString& sql, QString* error);
/// Executes a prepared query; false with *error filled (via Database::describeSqlError).
bool exec(QSqlQuery& query, QString* error);
/// A TEXT value that is never NULL: Qt's driver binds a null QString as SQL NULL, which NOT NULL
/// columns refuse. Use it for every optional text bound to a NOT NULL column.
QVariant text(const QString& value);
/// Prepare + exec for statements without parameters.
bool run(Database& db, const QString& sql, QString* error);
/// Database::prepared(sql) with `values` bound in order, executed: ready to read (or done, for a write).
/// finish() it after reading. nullptr with *error filled on failure.
QSqlQuery* cached(Database& db, const QString& sql, const QVariantList& values, QString* error = nullptr);
} // namespace Sql

} // namespace md

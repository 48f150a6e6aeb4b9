// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrations.h"
#include "RawSqlite.h"
#include "SqliteStatement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace md {

namespace {
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"memberdesk-%1"_s.arg(++counter);
}

/// Whether SQLite takes `path` for a database (an empty file becomes a new one). Asked through SQLite, not
/// read with a file handle of our own: closing any handle on the file drops every POSIX lock this process
/// holds on it, those of its open connections included, and another program (the CLI) would then take the
/// file for unused and delete its write-ahead log under them. SQLite keeps such a handle open until its
/// other connections let go.
bool looksLikeSqliteFile(const QString& path)
{
    RawDb db;
    QString error;
    if (!openRaw(path, SQLITE_OPEN_READONLY, &db, &error))
        return true; // let the real open report the problem
    QStringList rows;
    return queryRaw(db.handle, "PRAGMA schema_version", &rows, &error) ||
           sqlite3_extended_errcode(db.handle) != SQLITE_NOTADB;
}
} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

namespace {
std::atomic<int> g_busyTimeoutMs{5000};
}

void Database::setBusyTimeoutMs(int milliseconds)
{
    g_busyTimeoutMs = milliseconds;
}

int Database::busyTimeoutMs()
{
    return g_busyTimeoutMs;
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

int Database::storedSchemaVersion(const QString& path)
{
    // Read-only, no Qt connection: nothing is created, locked for long or upgraded.
    RawDb db;
    QStringList rows;
    QString error;
    // A file that is not a database fails the query (SQLITE_NOTADB): -1, as for one that cannot be read.
    if (!QFileInfo(path).isFile() || !openRaw(path, SQLITE_OPEN_READONLY, &db, &error) ||
        !queryRaw(db.handle, "PRAGMA user_version", &rows, &error) || rows.isEmpty())
        return -1;
    return rows.first().toInt();
}

bool Database::upgradeDue(const QString& path, int* storedVersion)
{
    const int stored = storedSchemaVersion(path);
    if (storedVersion)
        *storedVersion = stored;
    return stored > 0 && stored < latestSchemaVersion();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"memberdesk.db"_s);
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void Database::close()
{
    m_prepared.clear(); // statements go before their connection
    m_sqliteStatements.clear();
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::open(const QString& path, QString* error, Access access)
{
    close();
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        close();
        return false;
    };
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(tr("No database file was given."));
    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    if (!info.exists()) {
        if (access == Access::ReadOnly)
            return fail(tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    } else if (!looksLikeSqliteFile(path)) {
        return fail(tr("%1 is not a MemberDesk database (it is not an SQLite file).")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (info.exists() && access == Access::ReadWrite && !info.isWritable())
        return fail(tr("The database %1 is read-only. Check the file's permissions or copy it to a writable "
                       "folder.")
                        .arg(QDir::toNativeSeparators(path)));

    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    const QString timeout = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs());
    m_db.setConnectOptions(access == Access::ReadOnly ? timeout + u";QSQLITE_OPEN_READONLY"_s : timeout);
    if (!m_db.open())
        return fail(tr("Cannot open the database %1: %2")
                        .arg(QDir::toNativeSeparators(path), describeSqlError(m_db.lastError().text())));
    m_path = path;

    QString pragmaError;
    if (!applyPragmas(&pragmaError))
        return fail(pragmaError);

    QSqlQuery probe(m_db);
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next())
        return fail(tr("%1 is not a usable database: %2")
                        .arg(QDir::toNativeSeparators(path), describeSqlError(probe.lastError().text())));
    const int applicationId = probe.value(0).toInt();
    probe.finish();
    const int version = schemaVersion();
    if (applicationId != kApplicationId) {
        QSqlQuery tables(m_db);
        tables.exec(u"SELECT count(*) FROM sqlite_master"_s);
        const int tableCount = tables.next() ? tables.value(0).toInt() : 0;
        tables.finish();
        if (tableCount > 0 || version != 0)
            return fail(tr("%1 is an SQLite database of another program, not a MemberDesk database.")
                            .arg(QDir::toNativeSeparators(path)));
    }
    if (version > latestSchemaVersion())
        return fail(tr("This database was written by a newer version of MemberDesk (schema %1; this version "
                       "knows up to %2). Install the newer version; the file was not changed.")
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (access == Access::ReadOnly) {
        if (version < latestSchemaVersion())
            return fail(
                tr("The database has an older schema (%1); open it once with MemberDesk to upgrade it.")
                    .arg(version));
        return true;
    }
    QString migrateError;
    if (!migrate(&migrateError))
        return fail(migrateError);
    return true;
}

bool Database::applyPragmas(QString* error)
{
    // Qt's SQLite driver runs one statement per exec(), hence one pragma per call.
    const QStringList pragmas = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs()),
        u"PRAGMA synchronous = FULL"_s,
        u"PRAGMA journal_size_limit = %1"_s.arg(kWalSizeLimitBytes),
    };
    QSqlQuery q(m_db);
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma)) {
            *error = tr("Cannot prepare the database: %1").arg(describeSqlError(q.lastError().text()));
            return false;
        }
    }
    if (!m_db.connectOptions().contains(u"READONLY"_s)) {
        if (!q.exec(u"PRAGMA journal_mode = WAL"_s)) {
            *error = tr("Cannot prepare the database: %1").arg(describeSqlError(q.lastError().text()));
            return false;
        }
    }
    q.finish();
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate(QString* error)
{
    const auto& ladder = migrations();
    int version = schemaVersion();
    while (version < int(ladder.size())) {
        const Migration& step = ladder[size_t(version)];
        Transaction tx(*this);
        if (!tx.isActive()) {
            *error = tx.error();
            return false;
        }
        QSqlQuery q(m_db);
        for (const QString& statement : step.statements) {
            if (!q.exec(statement)) {
                *error = tr("Upgrading the database to schema %1 failed; nothing was changed: %2")
                             .arg(version + 1)
                             .arg(describeSqlError(q.lastError().text()));
                return false;
            }
        }
        if (version == 0 && !q.exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId))) {
            *error = describeSqlError(q.lastError().text());
            return false;
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version + 1))) {
            *error = describeSqlError(q.lastError().text());
            return false;
        }
        q.finish();
        if (!tx.commit(error))
            return false;
        ++version;
    }
    return true;
}

QSqlQuery* Database::prepared(const QString& sql, QString* error)
{
    auto it = m_prepared.constFind(sql);
    if (it != m_prepared.constEnd())
        return it->get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        if (error)
            *error = describeSqlError(query->lastError().text());
        return nullptr;
    }
    return m_prepared.insert(sql, std::move(query))->get();
}

SqliteStatement* Database::sqliteStatement(const char* sql, QString* error)
{
    const auto it = m_sqliteStatements.find(sql);
    if (it != m_sqliteStatements.end())
        return it->second.get();
    sqlite3* handle = sqliteHandle(*this);
    if (!handle) {
        if (error)
            *error = describeSqlError(u"database is not open"_s); // in SQLite's words, as QtSql's errors
        return nullptr;
    }
    auto statement = std::make_unique<SqliteStatement>();
    if (!statement->prepare(handle, sql)) {
        if (error)
            *error = describeSqlError(QString::fromUtf8(sqlite3_errmsg(handle)));
        return nullptr;
    }
    return m_sqliteStatements.emplace(sql, std::move(statement)).first->second.get();
}

QStringList Database::integrityProblems(bool full)
{
    QStringList problems;
    QSqlQuery q(m_db);
    if (!q.exec(full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s)) {
        problems << describeSqlError(q.lastError().text());
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    return problems;
}

QString Database::describeSqlError(const QString& driverText)
{
    const QString lower = driverText.toLower();
    if (lower.contains(u"database is locked"_s) || lower.contains(u"database is busy"_s) ||
        lower.contains(u"database table is locked"_s))
        return tr("the database is busy: another MemberDesk window or program is writing to it. Try again in "
                  "a moment.");
    if (lower.contains(u"readonly"_s) || lower.contains(u"read-only"_s))
        return tr("the database is read-only (check the file and folder permissions).");
    if (lower.contains(u"disk is full"_s) || lower.contains(u"database or disk is full"_s))
        return tr("the disk is full.");
    if (lower.contains(u"malformed"_s) || lower.contains(u"not a database"_s) || lower.contains(u"corrupt"_s))
        return tr("the database file is damaged. Restore the latest backup.");
    if (lower.contains(u"unable to open"_s))
        return tr("the file cannot be opened (check that the folder exists and is writable).");
    return driverText.trimmed();
}

namespace {
// Transactions of this process waiting in BEGIN IMMEDIATE (see Transaction::letWaitingWritersGoFirst).
std::atomic<int> g_writersWaiting{0};
} // namespace

void Transaction::letWaitingWritersGoFirst()
{
    QElapsedTimer waited;
    waited.start();
    while (g_writersWaiting.load() > 0 && waited.elapsed() < Database::busyTimeoutMs())
        QThread::msleep(2);
}

Transaction::Transaction(Database& db) : m_db(db)
{
    // BEGIN and COMMIT run straight on the sqlite3 handle (one statement each, prepared once per
    // connection): every write pays for them, the counter's sale most often.
    SqliteStatement* q = m_db.sqliteStatement("BEGIN IMMEDIATE", &m_error);
    ++g_writersWaiting;
    const bool begun = q && q->run();
    --g_writersWaiting;
    if (begun)
        m_active = true;
    else if (q)
        m_error = tr("Cannot start writing: %1").arg(Database::describeSqlError(q->errorText()));
    else
        m_error = tr("Cannot start writing: %1").arg(m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit(QString* error)
{
    if (!m_active)
        return false;
    QString prepareError;
    SqliteStatement* q = m_db.sqliteStatement("COMMIT", &prepareError);
    if (!q || !q->run()) {
        if (error)
            *error = tr("Saving failed; nothing was changed: %1")
                         .arg(q ? Database::describeSqlError(q->errorText()) : prepareError);
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.sql());
    q.exec(u"ROLLBACK"_s);
    m_active = false;
}

namespace Sql {
bool prepare(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = Database::describeSqlError(query.lastError().text());
    return false;
}

bool exec(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = Database::describeSqlError(query.lastError().text());
    return false;
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QSqlQuery* cached(Database& db, const QString& sql, const QVariantList& values, QString* error)
{
    QSqlQuery* q = db.prepared(sql, error);
    if (!q)
        return nullptr;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (q->exec())
        return q;
    if (error)
        *error = Database::describeSqlError(q->lastError().text());
    q->finish();
    return nullptr;
}

bool run(Database& db, const QString& sql, QString* error)
{
    QSqlQuery q(db.sql());
    if (q.exec(sql))
        return true;
    if (error)
        *error = Database::describeSqlError(q.lastError().text());
    return false;
}
} // namespace Sql

} // namespace md

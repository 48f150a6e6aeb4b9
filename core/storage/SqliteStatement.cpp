// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace md {

sqlite3* sqliteHandle(Database& db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant handle = db.sql().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(sqlite3* db, const char* sql)
{
    finalize();
    if (!db)
        return false;
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
}

void SqliteStatement::finalize()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

SqliteStatement& SqliteStatement::bind(int i, qint64 value)
{
    sqlite3_bind_int64(m_stmt, i, value);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int i, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindText(int i, const char* utf8, int length)
{
    sqlite3_bind_text(m_stmt, i, utf8, length, SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindStaticText(int i, const char* utf8, int length)
{
    sqlite3_bind_text(m_stmt, i, utf8, length, SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bindTextOrNull(int i, const QString& text)
{
    return text.isNull() ? bindNull(i) : bind(i, text.toUtf8());
}

bool SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return !m_failed;
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
    return rc == SQLITE_ROW;
}

void SqliteStatement::done()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QString SqliteStatement::string(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QString SqliteStatement::errorText() const
{
    sqlite3* db = m_stmt ? sqlite3_db_handle(m_stmt) : nullptr;
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSqlite.h"

#include <sqlite3.h>

#include <QByteArray>

namespace md::bench {

namespace {
// What a look-up returns (MemberSearch::find's hits: no last visit).
constexpr const char* kColumns = "id, name, phone, card, tier, points";

QByteArray prefixEnd(const QByteArray& prefix)
{
    // The smallest string greater than every string starting with `prefix` (UTF-8 order = byte order).
    QByteArray end = prefix;
    while (!end.isEmpty() && static_cast<unsigned char>(end.back()) == 0xFF)
        end.chop(1);
    if (!end.isEmpty())
        end.back() = char(static_cast<unsigned char>(end.back()) + 1);
    return end;
}

void bindText(sqlite3_stmt* statement, int index, const QByteArray& text)
{
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}
} // namespace

RawSqlite::RawSqlite(const QString& path)
{
    // Opened as Qt's SQLite driver opens MemberDesk's connection: one thread per connection, so no
    // connection mutex (SQLITE_OPEN_NOMUTEX) around every sqlite3 call.
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_exec(m_db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;",
                 nullptr, nullptr, nullptr);
    const QByteArray columns(kColumns);
    m_phone = prepare("SELECT " + columns + " FROM members WHERE phone = ?1 LIMIT 20");
    m_card = prepare("SELECT " + columns + " FROM members WHERE card = ?1 LIMIT 20");
    m_suffix =
        prepare("SELECT " + columns +
                " FROM members WHERE phone_rev >= ?1 AND phone_rev < ?2 ORDER BY last_visit DESC LIMIT 20");
    m_prefix = prepare("SELECT " + columns +
                       " FROM members WHERE name_key >= ?1 AND name_key < ?2 ORDER BY name_key, id LIMIT 20");
    m_contains = prepare("SELECT " + columns + " FROM members WHERE name_key LIKE ?1 ESCAPE '\\' LIMIT 20");
    m_begin = prepare("BEGIN IMMEDIATE");
    m_insertPurchase = prepare("INSERT INTO purchases (member_id, time, gross_fen, discount_fen, paid_fen, "
                               "points_earned, tier, source) VALUES (?1, ?2, ?3, 0, ?3, ?4, 0, 'bench')");
    m_insertLedger =
        prepare("INSERT INTO points_ledger (member_id, time, delta, kind, purchase_id, expires_on) "
                "VALUES (?1, ?2, ?3, 'earn', ?4, '2099-12-31')");
    m_updateMember = prepare("UPDATE members SET points = points + ?2, visits = visits + 1, "
                             "paid_total_fen = paid_total_fen + ?3, last_visit = ?4 WHERE id = ?1");
    m_commit = prepare("COMMIT");
}

RawSqlite::~RawSqlite()
{
    for (sqlite3_stmt* s : {m_phone, m_card, m_suffix, m_prefix, m_contains, m_begin, m_insertPurchase,
                            m_insertLedger, m_updateMember, m_commit})
        sqlite3_finalize(s);
    sqlite3_close(m_db);
}

sqlite3_stmt* RawSqlite::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        qFatal("raw baseline: cannot prepare %s: %s", sql, sqlite3_errmsg(m_db));
    return statement;
}

int RawSqlite::readRows(sqlite3_stmt* statement)
{
    int rows = 0;
    qint64 sink = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        ++rows;
        sink += sqlite3_column_int64(statement, 0);
        for (int column : {1, 2, 3})
            sink +=
                sqlite3_column_bytes(statement, column) + (sqlite3_column_text(statement, column) ? 1 : 0);
        sink += sqlite3_column_int64(statement, 4) + sqlite3_column_int64(statement, 5);
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return sink == -1 ? -1 : rows; // keeps the reads from being optimised away
}

int RawSqlite::lookupPhone(const QString& phone)
{
    bindText(m_phone, 1, phone.toUtf8());
    return readRows(m_phone);
}

int RawSqlite::lookupCard(const QString& card)
{
    bindText(m_card, 1, card.toUtf8());
    return readRows(m_card);
}

int RawSqlite::lookupPhoneSuffix(const QString& reversedDigits)
{
    const QByteArray key = reversedDigits.toUtf8();
    bindText(m_suffix, 1, key);
    bindText(m_suffix, 2, prefixEnd(key));
    return readRows(m_suffix);
}

int RawSqlite::lookupNamePrefix(const QString& nameKey)
{
    const QByteArray key = nameKey.toUtf8();
    bindText(m_prefix, 1, key);
    bindText(m_prefix, 2, prefixEnd(key));
    return readRows(m_prefix);
}

int RawSqlite::lookupNameContains(const QString& nameKey)
{
    bindText(m_contains, 1, "%" + nameKey.toUtf8() + "%");
    return readRows(m_contains);
}

bool RawSqlite::purchase(qint64 memberId, qint64 grossFen, const QString& time)
{
    const QByteArray when = time.toUtf8();
    const qint64 points = grossFen / 100;
    bool ok = sqlite3_step(m_begin) == SQLITE_DONE;
    sqlite3_reset(m_begin);
    sqlite3_bind_int64(m_insertPurchase, 1, memberId);
    bindText(m_insertPurchase, 2, when);
    sqlite3_bind_int64(m_insertPurchase, 3, grossFen);
    sqlite3_bind_int64(m_insertPurchase, 4, points);
    ok = ok && sqlite3_step(m_insertPurchase) == SQLITE_DONE;
    sqlite3_reset(m_insertPurchase);
    const qint64 purchaseId = sqlite3_last_insert_rowid(m_db);
    sqlite3_bind_int64(m_insertLedger, 1, memberId);
    bindText(m_insertLedger, 2, when);
    sqlite3_bind_int64(m_insertLedger, 3, points);
    sqlite3_bind_int64(m_insertLedger, 4, purchaseId);
    ok = ok && sqlite3_step(m_insertLedger) == SQLITE_DONE;
    sqlite3_reset(m_insertLedger);
    sqlite3_bind_int64(m_updateMember, 1, memberId);
    sqlite3_bind_int64(m_updateMember, 2, points);
    sqlite3_bind_int64(m_updateMember, 3, grossFen);
    bindText(m_updateMember, 4, when);
    ok = ok && sqlite3_step(m_updateMember) == SQLITE_DONE;
    sqlite3_reset(m_updateMember);
    ok = ok && sqlite3_step(m_commit) == SQLITE_DONE;
    sqlite3_reset(m_commit);
    if (!ok)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return ok;
}

} // namespace md::bench

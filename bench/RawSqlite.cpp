// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSqlite.h"

#include <sqlite3.h>

#include "services/BulkPurchaseWriter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

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

/// For text that outlives the statement's step (the rows handed in): bound without a copy.
void bindStatic(sqlite3_stmt* statement, int index, const QByteArray& text)
{
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
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

namespace {

bool exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QByteArray pragmaValue(sqlite3* db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        value = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return value;
}

} // namespace

bool RawSqlite::importPurchases(const std::vector<ImportRow>& rows, bool bulk)
{
    return importRows(rows, bulk, false);
}

bool RawSqlite::importHistory(const std::vector<ImportRow>& rows, bool bulk)
{
    // The import's own test, on what the file holds now (its ids: MAX(id), as preload() reads it).
    const qint64 stored = pragmaValue(m_db, "SELECT COALESCE(MAX(id), 0) FROM purchases").toLongLong();
    return importRows(rows, bulk, BulkPurchaseWriter::setsIndexesAside(qint64(rows.size()), stored));
}

bool RawSqlite::setAsideSchema(const char* query, const char* drop, std::vector<QByteArray>* sqls)
{
    // `query` yields (name, sql): each is dropped and its sql kept, to be run again before COMMIT.
    sqlite3_stmt* t = prepare(query);
    std::vector<QByteArray> names;
    while (sqlite3_step(t) == SQLITE_ROW) {
        names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(t, 0)));
        sqls->emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(t, 1)));
    }
    sqlite3_finalize(t);
    bool ok = true;
    for (const QByteArray& name : names)
        ok = ok && exec(m_db, (drop + name).constData());
    return ok;
}

bool RawSqlite::importRows(const std::vector<ImportRow>& rows, bool bulk, bool setAside)
{
    // The import's pragmas (ImportPragmas), set before the transaction and restored after it: the temp
    // store in memory only for a file of 4 MB or less (for a larger one the import leaves it to files,
    // where the sorter of an index rebuild spills its runs faster).
    const QByteArray cacheSize = pragmaValue(m_db, "PRAGMA cache_size");
    const QByteArray tempStore = pragmaValue(m_db, "PRAGMA temp_store");
    const QByteArray foreignKeys = pragmaValue(m_db, "PRAGMA foreign_keys");
    exec(m_db, "PRAGMA cache_size = -1048576");
    if (!bulk)
        exec(m_db, "PRAGMA temp_store = MEMORY");
    if (bulk)
        exec(m_db, "PRAGMA foreign_keys = OFF");

    // The sums, on integer keys (yyyymmdd, yyyymm, hour from the stored time's digits), the first and
    // last times as pointers to the rows' own text: no allocation per row. Written sorted by key.
    struct Member
    {
        qint64 visits = 0, paid = 0, points = 0;
        const QByteArray *first = nullptr, *last = nullptr;
    };
    struct Spend
    {
        qint64 purchases = 0, paid = 0;
        const QByteArray *first = nullptr, *last = nullptr;
    };
    std::unordered_map<qint64, Member> members;     // member id
    std::unordered_map<qint64, Spend> hourly;       // yyyymmdd * 100 + hour (tier 0)
    std::unordered_map<qint64, Spend> memberMonth;  // yyyymm << 40 | member id
    std::unordered_map<qint64, qint64> pointsDaily; // yyyymmdd → credit (kind 'earn')
    members.reserve(rows.size() / 4 + 16);
    memberMonth.reserve(rows.size() / 2 + 16);
    // The triggers' SQL, to put them back before COMMIT.
    std::vector<QByteArray> triggers;
    // Where the time goes (wall clock), for the README; nothing but a clock read per phase.
    m_phases.clear();
    QElapsedTimer phase;
    phase.start();
    auto lap = [&](const char* name) { m_phases.emplace_back(name, double(phase.restart()) / 1000.0); };
    bool ok = exec(m_db, "BEGIN IMMEDIATE");
    // As the import: the report triggers of purchases, ledger and member-months, their sums added up here
    // instead (BulkPurchaseWriter::begin).
    ok = ok && setAsideSchema("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                              "('report_purchase_insert', 'report_points_insert', "
                              "'report_member_month_insert', 'report_member_month_update', "
                              "'report_month_spend_insert', 'report_month_spend_update')",
                              "DROP TRIGGER ", &triggers);
    // A large batch: every secondary index of the five tables the import writes
    // (BulkPurchaseWriter::preload).
    std::vector<QByteArray> indexes;
    if (setAside)
        ok = ok && setAsideSchema("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                                  "NULL AND tbl_name IN ('purchases', 'points_ledger', 'points_allocations', "
                                  "'tier_history', 'report_member_month')",
                                  "DROP INDEX ", &indexes);
    sqlite3_stmt* insPurchase =
        prepare("INSERT INTO purchases(member_id, time, gross_fen, paid_fen, points_earned, tier, source) "
                "VALUES(?1, ?2, ?3, ?3, ?4, 0, 'import')");
    sqlite3_stmt* insLedger = prepare("INSERT INTO points_ledger(member_id, time, delta, kind, purchase_id, "
                                      "expires_on) VALUES(?1, ?2, ?3, 'earn', ?4, ?5)");
    // The summaries of a row, summed in memory.
    auto tally = [&](const ImportRow& r) {
        const char* t = r.time.constData(); // yyyy-MM-ddTHH:mm:ss
        auto digits = [t](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i)
                v = v * 10 + (t[i] - '0');
            return v;
        };
        const qint64 month = digits(0, 4) * 100 + digits(5, 2);
        const qint64 day = month * 100 + digits(8, 2);
        if (r.points > 0)
            pointsDaily[day] += r.points;
        Member& m = members[r.memberId];
        ++m.visits;
        m.paid += r.paidFen;
        m.points += r.points;
        if (!m.first || r.time < *m.first)
            m.first = &r.time;
        if (!m.last || r.time > *m.last)
            m.last = &r.time;
        Spend& h = hourly[day * 100 + digits(11, 2)];
        ++h.purchases;
        h.paid += r.paidFen;
        Spend& mm = memberMonth[month << 40 | r.memberId];
        ++mm.purchases;
        mm.paid += r.paidFen;
        if (!mm.first || r.time < *mm.first)
            mm.first = &r.time;
        if (!mm.last || r.time > *mm.last)
            mm.last = &r.time;
    };
    auto sorted = [](const auto& map) {
        std::vector<std::pair<qint64, typename std::decay_t<decltype(map)>::mapped_type>> v(map.begin(),
                                                                                            map.end());
        std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        return v;
    };
    // yyyymmdd → "yyyy-MM-dd", yyyymm → "yyyy-MM"
    auto dayText = [](qint64 day, char* out) {
        return std::snprintf(out, 11, "%04d-%02d-%02d", int(day / 10000), int(day / 100 % 100),
                             int(day % 100));
    };
    auto monthText = [](qint64 month, char* out) {
        return std::snprintf(out, 8, "%04d-%02d", int(month / 100), int(month % 100));
    };
    auto insertPurchase = [&](const ImportRow& r) {
        sqlite3_bind_int64(insPurchase, 1, r.memberId);
        bindStatic(insPurchase, 2, r.time);
        sqlite3_bind_int64(insPurchase, 3, r.paidFen);
        sqlite3_bind_int64(insPurchase, 4, r.points);
        const bool done = sqlite3_step(insPurchase) == SQLITE_DONE;
        sqlite3_reset(insPurchase);
        return done;
    };
    auto insertEarn = [&](const ImportRow& r, qint64 purchaseId) {
        sqlite3_bind_int64(insLedger, 1, r.memberId);
        bindStatic(insLedger, 2, r.time);
        sqlite3_bind_int64(insLedger, 3, r.points);
        sqlite3_bind_int64(insLedger, 4, purchaseId);
        if (r.expires.isEmpty())
            sqlite3_bind_null(insLedger, 5);
        else
            bindStatic(insLedger, 5, r.expires);
        const bool done = sqlite3_step(insLedger) == SQLITE_DONE;
        sqlite3_reset(insLedger);
        return done;
    };
    if (setAside) {
        // In id order (the given order), every purchase then every ledger entry, as the import writes a
        // batch whose indexes are set aside: each table then grows at its end only.
        std::vector<qint64> purchaseIds;
        purchaseIds.reserve(rows.size());
        for (size_t i = 0; ok && i < rows.size(); ++i) {
            ok = insertPurchase(rows[i]);
            purchaseIds.push_back(sqlite3_last_insert_rowid(m_db));
            tally(rows[i]);
        }
        for (size_t i = 0; ok && i < rows.size(); ++i) {
            if (rows[i].points > 0)
                ok = insertEarn(rows[i], purchaseIds[i]);
        }
    } else {
        // Grouped by member (a member's rows in the given order), as the import writes them: the index
        // inserts keyed by member then stay on neighbouring pages (≈ 20 % faster than file order).
        std::vector<const ImportRow*> order;
        order.reserve(rows.size());
        for (const ImportRow& r : rows)
            order.push_back(&r);
        std::stable_sort(order.begin(), order.end(),
                         [](const ImportRow* a, const ImportRow* b) { return a->memberId < b->memberId; });
        for (const ImportRow* r : order) {
            if (!ok)
                break;
            ok = insertPurchase(*r) && (r->points <= 0 || insertEarn(*r, sqlite3_last_insert_rowid(m_db)));
            tally(*r);
        }
    }
    sqlite3_finalize(insPurchase);
    sqlite3_finalize(insLedger);
    lap("rows");

    if (ok && setAside) {
        // Most members touched: their indexes on the figures set aside too (BulkPurchaseWriter::finish).
        sqlite3_stmt* maxId = prepare("SELECT COALESCE(MAX(id), 0) FROM members");
        const qint64 maxMemberId = sqlite3_step(maxId) == SQLITE_ROW ? sqlite3_column_int64(maxId, 0) : 0;
        sqlite3_finalize(maxId);
        if (BulkPurchaseWriter::setsMemberIndexesAside(qint64(members.size()), maxMemberId))
            ok = setAsideSchema(BulkPurchaseWriter::kMemberFigureIndexesSql, "DROP INDEX ", &indexes);
    }
    sqlite3_stmt* upd = prepare(
        "UPDATE members SET visits = visits + ?2, paid_total_fen = paid_total_fen + ?3, points = points + "
        "?4, "
        "first_visit = min(coalesce(first_visit, ?5), ?5), last_visit = max(coalesce(last_visit, ?6), ?6) "
        "WHERE id = ?1");
    for (const auto& [id, m] : sorted(members)) {
        if (!ok)
            break;
        sqlite3_bind_int64(upd, 1, id);
        sqlite3_bind_int64(upd, 2, m.visits);
        sqlite3_bind_int64(upd, 3, m.paid);
        sqlite3_bind_int64(upd, 4, m.points);
        bindStatic(upd, 5, *m.first);
        bindStatic(upd, 6, *m.last);
        ok = sqlite3_step(upd) == SQLITE_DONE;
        sqlite3_reset(upd);
    }
    sqlite3_finalize(upd);
    lap("members");

    // The summaries the set-aside triggers would have written (as BulkPurchaseWriter does).
    sqlite3_stmt* h = prepare("INSERT INTO report_hourly(day, hour, tier, purchases, paid_fen) "
                              "VALUES(?1, ?2, 0, ?3, ?4) ON CONFLICT(day, hour, tier) DO UPDATE SET "
                              "purchases = purchases + excluded.purchases, paid_fen = paid_fen + "
                              "excluded.paid_fen");
    for (const auto& [key, v] : sorted(hourly)) {
        if (!ok)
            break;
        char day[11];
        sqlite3_bind_text(h, 1, day, dayText(key / 100, day), SQLITE_TRANSIENT);
        sqlite3_bind_int(h, 2, int(key % 100));
        sqlite3_bind_int64(h, 3, v.purchases);
        sqlite3_bind_int64(h, 4, v.paid);
        ok = sqlite3_step(h) == SQLITE_DONE;
        sqlite3_reset(h);
    }
    sqlite3_finalize(h);
    // Each member's creation month, read once per member (the import reads it with the member's row): a
    // member-month of that month is a new member's.
    std::unordered_map<qint64, qint64> createdMonth; // member id → yyyymm
    sqlite3_stmt* created = prepare("SELECT substr(created_at, 1, 7) FROM members WHERE id = ?1");
    for (const auto& [id, m] : sorted(members)) {
        if (!ok)
            break;
        sqlite3_bind_int64(created, 1, id);
        const int rc = sqlite3_step(created);
        ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
        if (rc == SQLITE_ROW && sqlite3_column_bytes(created, 0) == 7) {
            const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(created, 0));
            createdMonth[id] = QByteArray(t, 4).toLongLong() * 100 + QByteArray(t + 5, 2).toLongLong();
        }
        sqlite3_reset(created);
    }
    sqlite3_finalize(created);
    // Each member-month read, then inserted or updated (an upsert with RETURNING costs SQLite a
    // temporary table per row), as BulkPurchaseWriter does.
    sqlite3_stmt* findMonth =
        prepare("SELECT purchases, paid_fen FROM report_member_month WHERE month = ?1 AND member_id = ?2");
    sqlite3_stmt* addMonth =
        prepare("INSERT INTO report_member_month(month, member_id, purchases, paid_fen, first_time, "
                "last_time, new_member) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    sqlite3_stmt* growMonth =
        prepare("UPDATE report_member_month SET purchases = purchases + ?3, paid_fen = paid_fen + ?4, "
                "first_time = min(first_time, ?5), last_time = max(last_time, ?6) WHERE month = ?1 AND "
                "member_id = ?2");
    // What the set-aside member-month triggers would add to report_monthly and report_month_spend, from
    // each member-month before and after the batch, as BulkPurchaseWriter does.
    struct MonthDelta
    {
        qint64 active = 0, newActive = 0, repeat = 0;
    };
    std::map<qint64, MonthDelta> monthDeltas;                              // yyyymm
    std::map<std::pair<qint64, qint64>, std::pair<qint64, qint64>> spends; // yyyymm, floor → members, paid
    auto spendFloor = [](qint64 paid) { // the triggers' substr arithmetic (schema 7)
        const QByteArray text = QByteArray::number(paid);
        return text.size() <= 3 ? paid : (text.left(3) + QByteArray(text.size() - 3, '0')).toLongLong();
    };
    for (const auto& [key, v] : sorted(memberMonth)) {
        if (!ok)
            break;
        char month[8];
        const int monthSize = monthText(key >> 40, month);
        const qint64 memberId = key & ((qint64(1) << 40) - 1);
        sqlite3_bind_text(findMonth, 1, month, monthSize, SQLITE_STATIC);
        sqlite3_bind_int64(findMonth, 2, memberId);
        const int found = sqlite3_step(findMonth);
        const bool added = found != SQLITE_ROW;
        const auto memberCreated = createdMonth.find(memberId);
        const bool newMember = memberCreated != createdMonth.end() && memberCreated->second == key >> 40;
        const qint64 wasPurchases = added ? 0 : sqlite3_column_int64(findMonth, 0);
        const qint64 wasPaid = added ? 0 : sqlite3_column_int64(findMonth, 1);
        ok = found == SQLITE_ROW || found == SQLITE_DONE;
        sqlite3_reset(findMonth);
        sqlite3_stmt* write = added ? addMonth : growMonth;
        sqlite3_bind_text(write, 1, month, monthSize, SQLITE_STATIC);
        sqlite3_bind_int64(write, 2, memberId);
        sqlite3_bind_int64(write, 3, v.purchases);
        sqlite3_bind_int64(write, 4, v.paid);
        bindStatic(write, 5, *v.first);
        bindStatic(write, 6, *v.last);
        if (added)
            sqlite3_bind_int64(write, 7, newMember ? 1 : 0);
        ok = ok && sqlite3_step(write) == SQLITE_DONE;
        sqlite3_reset(write);
        const qint64 nowPurchases = wasPurchases + v.purchases, nowPaid = wasPaid + v.paid;
        const qint64 monthKey = key >> 40;
        MonthDelta& d = monthDeltas[monthKey];
        if (added) {
            ++d.active;
            d.newActive += newMember ? 1 : 0;
            d.repeat += nowPurchases >= 2 ? 1 : 0;
            spends[{monthKey, spendFloor(nowPaid)}].first += 1;
            spends[{monthKey, spendFloor(nowPaid)}].second += nowPaid;
        } else {
            d.repeat += (nowPurchases >= 2 ? 1 : 0) - (wasPurchases >= 2 ? 1 : 0);
            if (wasPaid != nowPaid) {
                spends[{monthKey, spendFloor(wasPaid)}].first -= 1;
                spends[{monthKey, spendFloor(wasPaid)}].second -= wasPaid;
                spends[{monthKey, spendFloor(nowPaid)}].first += 1;
                spends[{monthKey, spendFloor(nowPaid)}].second += nowPaid;
            }
        }
    }
    sqlite3_finalize(findMonth);
    sqlite3_finalize(addMonth);
    sqlite3_finalize(growMonth);
    sqlite3_stmt* monthly =
        prepare("INSERT INTO report_monthly(month, active_members, new_active, repeat_members) VALUES(?1, "
                "?2, ?3, ?4) "
                "ON CONFLICT(month) DO UPDATE SET active_members = active_members + excluded.active_members, "
                "new_active = new_active + excluded.new_active, repeat_members = repeat_members + "
                "excluded.repeat_members");
    for (const auto& [month, d] : monthDeltas) {
        if (!ok)
            break;
        char text[8];
        sqlite3_bind_text(monthly, 1, text, monthText(month, text), SQLITE_TRANSIENT);
        sqlite3_bind_int64(monthly, 2, d.active);
        sqlite3_bind_int64(monthly, 3, d.newActive);
        sqlite3_bind_int64(monthly, 4, d.repeat);
        ok = sqlite3_step(monthly) == SQLITE_DONE;
        sqlite3_reset(monthly);
    }
    sqlite3_finalize(monthly);
    sqlite3_stmt* spend =
        prepare("INSERT INTO report_month_spend(month, floor_fen, members, paid_fen) VALUES(?1, "
                "?2, ?3, ?4) ON CONFLICT(month, floor_fen) DO UPDATE SET members = members + "
                "excluded.members, paid_fen = paid_fen + excluded.paid_fen");
    sqlite3_stmt* emptied =
        prepare("DELETE FROM report_month_spend WHERE month = ?1 AND floor_fen = ?2 AND members <= 0");
    for (const auto& [key, v] : spends) {
        if (!ok)
            break;
        char text[8];
        const int size = monthText(key.first, text);
        sqlite3_bind_text(spend, 1, text, size, SQLITE_TRANSIENT);
        sqlite3_bind_int64(spend, 2, key.second);
        sqlite3_bind_int64(spend, 3, v.first);
        sqlite3_bind_int64(spend, 4, v.second);
        ok = sqlite3_step(spend) == SQLITE_DONE;
        sqlite3_reset(spend);
        sqlite3_bind_text(emptied, 1, text, size, SQLITE_TRANSIENT);
        sqlite3_bind_int64(emptied, 2, key.second);
        ok = ok && sqlite3_step(emptied) == SQLITE_DONE;
        sqlite3_reset(emptied);
    }
    sqlite3_finalize(spend);
    sqlite3_finalize(emptied);
    sqlite3_stmt* p =
        prepare("INSERT INTO report_points_daily(day, kind, credit, debit) VALUES(?1, 'earn', "
                "?2, 0) ON CONFLICT(day, kind) DO UPDATE SET credit = credit + excluded.credit");
    for (const auto& [key, credit] : sorted(pointsDaily)) {
        if (!ok)
            break;
        char day[11];
        sqlite3_bind_text(p, 1, day, dayText(key, day), SQLITE_TRANSIENT);
        sqlite3_bind_int64(p, 2, credit);
        ok = sqlite3_step(p) == SQLITE_DONE;
        sqlite3_reset(p);
    }
    sqlite3_finalize(p);
    for (const QByteArray& sql : triggers)
        ok = ok && exec(m_db, sql.constData());
    lap("summaries");
    if (ok && !indexes.empty()) {
        // The import's index rebuild (BulkPurchaseWriter::finish: its PragmaScope), inside the transaction.
        const QByteArray importCache = pragmaValue(m_db, "PRAGMA cache_size");
        const QByteArray threads = pragmaValue(m_db, "PRAGMA threads");
        exec(m_db, "PRAGMA cache_size = -2000");
        exec(m_db, ("PRAGMA threads = " + QByteArray::number(qBound(1, QThread::idealThreadCount(), 8)))
                       .constData());
        for (const QByteArray& sql : indexes)
            ok = ok && exec(m_db, sql.constData());
        exec(m_db, ("PRAGMA threads = " + threads).constData());
        exec(m_db, ("PRAGMA cache_size = " + importCache).constData());
    }
    if (!indexes.empty())
        lap("indexes");
    ok = ok && exec(m_db, "COMMIT");
    lap("commit");
    if (!ok) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
        exec(m_db, "ROLLBACK");
    }
    exec(m_db, ("PRAGMA cache_size = " + cacheSize).constData());
    exec(m_db, ("PRAGMA temp_store = " + tempStore).constData());
    exec(m_db, ("PRAGMA foreign_keys = " + foreignKeys).constData());
    return ok;
}

} // namespace md::bench

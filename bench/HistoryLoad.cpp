// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryLoad.h"

#include "ImportPhases.h"
#include "RawSqlite.h"
#include "Stats.h"

#include "common/Clock.h"
#include "common/Money.h"
#include "domain/LoyaltyRules.h"
#include "importio/PurchaseImporter.h"
#include "services/RulesService.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace md::bench {

namespace {

void removeDatabase(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

/// The CSV (card,date,amount,profit) of the bench file's purchases, and the same rows resolved for the
/// raw floor (member number, stored time, the programme's points at the base tier and their expiry).
bool historyCsv(Database& bench, qint64 maxRows, const LoyaltyRules& rules, QByteArray* csv,
                std::vector<RawSqlite::ImportRow>* parsed, QString* error)
{
    SqliteStatement q;
    if (!q.prepare(sqliteHandle(bench),
                   "SELECT m.card, p.time, p.paid_fen, p.profit_fen, p.member_id FROM purchases p "
                   "JOIN members m ON m.id = p.member_id WHERE p.voided_by IS NULL AND m.anonymized_at IS "
                   "NULL ORDER BY p.id LIMIT ?1")) {
        *error = q.errorText();
        return false;
    }
    q.bind(1, maxRows < 0 ? qint64(-1) : maxRows);
    *csv = "card,date,amount,profit\n";
    parsed->clear();
    QHash<QByteArray, QByteArray> expiries; // day → the credit's expiry date, computed once per day
    while (q.next()) {
        const QByteArray time = q.text(1);
        const Fen paid = q.integer(2);
        const bool hasProfit = !q.isNull(3);
        const Fen profit = q.integer(3);
        QByteArray date = time;
        date[10] = ' ';
        *csv += q.text(0) + ',' + date + ',' + formatYuanPlain(paid).toLatin1() + ',' +
                (hasProfit ? formatYuanPlain(profit).toLatin1() : QByteArray()) + '\n';
        const QByteArray day = time.left(10);
        auto expiry = expiries.find(day);
        if (expiry == expiries.end()) {
            const QDate expires = rules.expiryFor(QDate::fromString(QString::fromLatin1(day), Qt::ISODate));
            expiry = expiries.insert(day, expires.isValid() ? expires.toString(Qt::ISODate).toLatin1()
                                                            : QByteArray());
        }
        Fen earnBase = paid;
        if (rules.earnBasis == LoyaltyRules::EarnBasis::Profit)
            earnBase = hasProfit ? qMax<Fen>(0, profit) : basisPointsOf(paid, rules.defaultMarginBp);
        parsed->push_back(
            {q.integer(4), time, paid, paid > 0 ? rules.pointsFor(0, earnBase, false) : 0, *expiry});
    }
    if (q.failed()) {
        *error = q.errorText();
        return false;
    }
    q.done();
    return true;
}

/// A new shop at `path` (every migration run by Database::open) with the bench file's programme, users
/// and members as a members import leaves them: no visits, spend, points, visit dates or tier yet
/// (tier_since the day the member was created, as MemberService::add stores it).
bool freshShop(const QString& path, const QString& benchPath, QString* error)
{
    removeDatabase(path);
    Database db;
    if (!db.open(path, error))
        return false;
    QSqlQuery q(db.sql());
    auto run = [&](const QString& sql) {
        if (q.exec(sql))
            return true;
        *error = u"%1: %2"_s.arg(sql.left(80), q.lastError().text());
        return false;
    };
    q.prepare(u"ATTACH DATABASE ? AS src"_s);
    q.addBindValue(benchPath);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    auto columns = [&](const QString& table) {
        QStringList names;
        if (q.exec(u"PRAGMA main.table_info(%1)"_s.arg(table)))
            while (q.next())
                names << q.value(1).toString();
        return names;
    };
    // What history gives a member, not yet there after a members import.
    const QHash<QString, QString> fresh{
        {u"tier"_s, u"0"_s},           {u"tier_since"_s, u"substr(created_at, 1, 10)"_s},
        {u"points"_s, u"0"_s},         {u"visits"_s, u"0"_s},
        {u"paid_total_fen"_s, u"0"_s}, {u"first_visit"_s, u"NULL"_s},
        {u"last_visit"_s, u"NULL"_s}};
    const QStringList memberColumns = columns(u"members"_s);
    QStringList memberValues;
    for (const QString& column : memberColumns)
        memberValues << fresh.value(column, column);
    const QStringList userColumns = columns(u"users"_s);
    // The settings that describe the programme and the shop, not the data (the expiry sweep's progress
    // and the fitted models' cache refer to the bench file's rows).
    const bool ok =
        run(u"BEGIN IMMEDIATE"_s) && run(u"PRAGMA defer_foreign_keys = ON"_s) &&
        run(u"INSERT OR REPLACE INTO main.settings(key, value) SELECT key, value FROM src.settings WHERE "
            "key NOT IN ('points_expiry_swept_before', 'points_expiry_swept_max_id', 'clv_model_cache', "
            "'member_insight_status', 'maintenance_last_day')"_s) &&
        run(u"INSERT OR REPLACE INTO main.users(%1) SELECT %1 FROM src.users ORDER BY id"_s.arg(
            userColumns.join(u", "_s))) &&
        run(u"INSERT INTO main.members(%1) SELECT %2 FROM src.members ORDER BY id"_s.arg(
            memberColumns.join(u", "_s), memberValues.join(u", "_s))) &&
        run(u"COMMIT"_s);
    if (!ok) {
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    return run(u"DETACH DATABASE src"_s);
}

/// What the floor and the import must both have written (the import writes more: tier rows, expiries,
/// referral bonuses, which the floor leaves out), read after the timing.
bool writtenFigures(const QString& path, QStringList* figures, QString* error)
{
    Database db;
    if (!db.open(path, error, Database::Access::ReadOnly))
        return false;
    QSqlQuery q(db.sql());
    for (
        const QString& sql :
        {u"SELECT COUNT(*), SUM(paid_fen), MIN(id), MAX(id) FROM purchases"_s,
         u"SELECT COUNT(*) FROM points_ledger WHERE kind = 'earn'"_s,
         u"SELECT SUM(visits), SUM(paid_total_fen), MIN(first_visit), MAX(last_visit) FROM members"_s,
         u"SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type IN ('index', "
         "'trigger') ORDER BY name)"_s,
         u"SELECT SUM(purchases), SUM(paid_fen) FROM report_hourly"_s,
         u"SELECT COUNT(*), SUM(purchases), SUM(paid_fen), SUM(new_member) FROM report_member_month"_s,
         u"SELECT group_concat(month || ':' || active_members || '/' || new_active || '/' || repeat_members) FROM (SELECT * FROM report_monthly ORDER BY month)"_s,
         u"SELECT COUNT(*), SUM(members), SUM(paid_fen), SUM(floor_fen * members) FROM report_month_spend"_s}) {
        if (!q.exec(sql) || !q.next()) {
            *error = u"%1: %2"_s.arg(sql, q.lastError().text());
            return false;
        }
        for (int i = 0; i < q.record().count(); ++i)
            *figures << q.value(i).toString();
    }
    return true;
}

} // namespace

bool historyLoad(Database& bench, const QString& benchPath, qint64 maxRows, QJsonObject* json, QString* error)
{
    // The load runs the morning after the old system's last purchase.
    QSqlQuery last(bench.sql());
    if (!last.exec(u"SELECT MAX(time) FROM purchases"_s) || !last.next() || last.value(0).isNull()) {
        *error = u"the bench database has no purchases"_s;
        return false;
    }
    const QDate lastDay = QDate::fromString(last.value(0).toString().left(10), Qt::ISODate);
    last.finish();
    FixedClock clock(QDateTime(lastDay.addDays(1), QTime(10, 0)));
    const LoyaltyRules rules = RulesService({bench, clock, {}}).current();

    QElapsedTimer prep;
    prep.start();
    QByteArray csv;
    std::vector<RawSqlite::ImportRow> parsed;
    if (!historyCsv(bench, maxRows, rules, &csv, &parsed, error))
        return false;
    const qint64 rows = qint64(parsed.size());
    if (rows == 0) {
        *error = u"no purchases to load"_s;
        return false;
    }
    const QString importPath = benchPath + u".history-import.db"_s;
    const QString rawPath = benchPath + u".history-raw.db"_s;
    const auto cleanUp = qScopeGuard([&] {
        removeDatabase(importPath);
        removeDatabase(rawPath);
    });
    if (!freshShop(importPath, benchPath, error) || !freshShop(rawPath, benchPath, error))
        return false;
    (*json)[u"import_history_clock"_s] = clock.now().toString(Qt::ISODate);
    (*json)[u"import_history_csv_mb"_s] = rounded(double(csv.size()) / 1048576.0);
    (*json)[u"import_history_prepare_s"_s] = rounded(prep.elapsed() / 1000.0);
    const bool bulk = csv.size() > 4 * 1024 * 1024; // as PurchaseImporter decides

    // The raw floor first, on its own shop (a connection of its own, opened after the copy).
    double rawSeconds = 0, rawCpu = 0;
    {
        RawSqlite raw(rawPath);
        if (!raw.ok()) {
            *error = u"raw baseline: cannot open "_s + rawPath;
            return false;
        }
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds();
        if (!raw.importHistory(parsed, bulk)) {
            *error = u"the raw history load failed"_s;
            return false;
        }
        rawSeconds = double(t.nsecsElapsed()) / 1e9;
        rawCpu = cpuSeconds() - cpu;
        (*json)[u"import_history_raw_phases_s"_s] = rawPhases(raw.lastPhases());
    }
    parsed = {}; // not in memory during the import
    double seconds = 0, cpu = 0;
    {
        Database db;
        if (!db.open(importPath, error))
            return false;
        const ServiceContext ctx{db, clock, {}};
        ImportOptions options;
        options.sourceName = u"history.csv"_s;
        options.memberRef = MemberRefKind::Card;
        ImportReport report;
        QElapsedTimer t;
        // Followed as the import dialog follows it (a call every 2,000 rows or so).
        options.progress = [](double) { return true; };
        t.start();
        const double cpuBefore = cpuSeconds();
        if (!PurchaseImporter(ctx).run(csv, options, &report) || report.imported != rows) {
            *error = u"the history import failed: %1 (%2 of %3 rows; first issue: %4)"_s.arg(report.error)
                         .arg(report.imported)
                         .arg(rows)
                         .arg(report.issues.isEmpty() ? QString() : report.issues.first().message);
            return false;
        }
        seconds = double(t.nsecsElapsed()) / 1e9;
        cpu = cpuSeconds() - cpuBefore;
        (*json)[u"import_history_phases_s"_s] = importPhases(report.timings);
    }
    QStringList imported, floor;
    if (!writtenFigures(importPath, &imported, error) || !writtenFigures(rawPath, &floor, error))
        return false;
    if (imported != floor) {
        *error = u"the raw floor did not write what the import wrote: import %1, raw %2"_s.arg(
            imported.join(u'|'), floor.join(u'|'));
        return false;
    }
    (*json)[u"import_history_rows"_s] = rows;
    (*json)[u"import_history_seconds"_s] = rounded(seconds, 2);
    (*json)[u"import_history_cpu_s"_s] = rounded(cpu, 2);
    (*json)[u"import_history_rows_per_s"_s] = qRound64(double(rows) / seconds);
    (*json)[u"import_history_rows_per_cpu_s"_s] = qRound64(double(rows) / qMax(1e-9, cpu));
    (*json)[u"import_history_seconds_raw"_s] = rounded(rawSeconds, 2);
    (*json)[u"import_history_cpu_s_raw"_s] = rounded(rawCpu, 2);
    (*json)[u"import_history_rows_per_s_raw"_s] = qRound64(double(rows) / rawSeconds);
    (*json)[u"import_history_rows_per_cpu_s_raw"_s] = qRound64(double(rows) / qMax(1e-9, rawCpu));
    // Above 1 is slower, like every other *_vs_raw.
    (*json)[u"import_history_vs_raw"_s] = rounded(seconds / rawSeconds, 2);
    return true;
}

} // namespace md::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace md::bench {

/// The floor each MemberDesk call is compared with: the minimal indexed statement through SQLite's
/// C API on the same file with the same pragmas, prepared once, every column of every row read.
class RawSqlite
{
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    bool ok() const { return m_db != nullptr; }
    /// SQLite's message for the import that last failed.
    QString lastError() const { return m_lastError; }
    int lookupPhone(const QString& phone);
    int lookupCard(const QString& card);
    int lookupPhoneSuffix(const QString& reversedDigits);
    int lookupNamePrefix(const QString& nameKey);
    int lookupNameContains(const QString& nameKey);
    /// The rows a purchase adds, in one transaction: the purchase, its ledger entry and the
    /// member's cached figures (no rules, no quote, no tier check).
    bool purchase(qint64 memberId, qint64 grossFen, const QString& time);

    /// One row of the import's raw baseline, already parsed and resolved (outside the timing).
    struct ImportRow
    {
        qint64 memberId = 0;
        QByteArray time; ///< stored form, yyyy-MM-ddTHH:mm:ss
        qint64 paidFen = 0;
        qint64 points = 0;  ///< the programme's points for the amount at the base tier
        QByteArray expires; ///< the credit's expiry date (yyyy-MM-dd), empty for none
    };
    /// The rows an import writes, in one transaction with the import's pragmas (page cache 1 GB, temp
    /// store in memory; `bulk`: foreign keys off, as the import does for a file over 4 MB): each purchase
    /// and its `earn` ledger entry grouped by member (stable), then each touched member updated once in
    /// id order, then the
    /// report summaries the import writes in aggregate (the row-by-row report triggers set aside for the
    /// transaction and put back before COMMIT). See bench/README.md.
    bool importPurchases(const std::vector<ImportRow>& rows, bool bulk);
    /// The same rows as a history load writes them when the import sets the indexes aside
    /// (BulkPurchaseWriter::setsIndexesAside for this batch on the purchases stored): inside one
    /// transaction with the import's pragmas (page cache 1 GB; `bulk`: foreign keys off and the temp
    /// store left at its default, else temp store in memory), every secondary index of purchases,
    /// points_ledger, points_allocations and tier_history dropped with the two report insert triggers;
    /// the purchases in the given (id) order, then their `earn` ledger entries in the same order; each
    /// member updated once in id order; the report summaries; the triggers put back; then the indexes
    /// built again with a 2,000 KiB page cache and QThread::idealThreadCount() (1..8) sorter threads,
    /// restored after. When the import would not set the indexes aside, importPurchases(rows, bulk).
    bool importHistory(const std::vector<ImportRow>& rows, bool bulk);
    /// The last import's phases and their wall-clock seconds: rows (including the trigger and index
    /// drops), members, summaries (and the triggers put back), indexes (when set aside), commit.
    const std::vector<std::pair<const char*, double>>& lastPhases() const { return m_phases; }

private:
    bool setAsideSchema(const char* query, const char* drop, std::vector<QByteArray>* sqls);
    bool importRows(const std::vector<ImportRow>& rows, bool bulk, bool setAside);
    int readRows(sqlite3_stmt* statement);
    sqlite3_stmt* prepare(const char* sql);

    std::vector<std::pair<const char*, double>> m_phases;
    QString m_lastError;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_phone = nullptr;
    sqlite3_stmt* m_card = nullptr;
    sqlite3_stmt* m_suffix = nullptr;
    sqlite3_stmt* m_prefix = nullptr;
    sqlite3_stmt* m_contains = nullptr;
    sqlite3_stmt* m_begin = nullptr;
    sqlite3_stmt* m_insertPurchase = nullptr;
    sqlite3_stmt* m_insertLedger = nullptr;
    sqlite3_stmt* m_updateMember = nullptr;
    sqlite3_stmt* m_commit = nullptr;
};

} // namespace md::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importio/ColumnMapping.h"
#include "importio/CsvReader.h"
#include "storage/PragmaScope.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace md {

class Database;

/// One problem of one row: `line` is the 1-based line of the file (the header is line 1).
struct ImportIssue
{
    int line = 0;
    QString column; ///< "手机 (column 2)", empty when the whole row is at fault
    QString message;
};

/// Why a row was left out although nothing is wrong with it.
enum class ImportSkipKind
{
    AlreadyRecorded, ///< a purchase the database already holds (same member, second and amount, not voided)
    Voided,          ///< a purchase the file marks as voided: not history to rebuild
    Anonymised,      ///< a member the file marks as anonymised: nothing personal left to import
    Duplicate,       ///< a member already in the shop (same phone, card or external ref), policy Skip
};

/// The stable machine name of a kind, for JSON and CSV: "already_recorded", "voided", "anonymised",
/// "duplicate".
QString importSkipKindName(ImportSkipKind kind);

/// One row left out on purpose: `line` as in ImportIssue, `message` a translated sentence saying why.
struct ImportSkippedRow
{
    int line = 0;
    ImportSkipKind kind = ImportSkipKind::AlreadyRecorded;
    QString message;
};

enum class DuplicatePolicy
{
    Skip,  ///< a row whose member already exists (same phone, card or external ref) is left out
    Merge, ///< the row's non-empty fields update that member
};

/// How a purchase row's member_ref is looked up.
enum class MemberRefKind
{
    Auto, ///< external ref, then card, then phone, then (without --create-members) member number
    Id,
    Card,
    Phone,
    External,
};

struct ImportOptions
{
    CsvOptions csv;
    HeaderMode header = HeaderMode::Auto;
    QStringList mappings;         ///< FIELD=COLUMN
    bool automaticMapping = true; ///< false: only `mappings` map columns (no matching by header label)
    QString dateFormat;           ///< empty: the usual formats are recognised
    bool dryRun = false;          ///< everything is checked and written, then rolled back
    bool strict = false;          ///< any bad row: nothing is imported
    bool createMembers = false;
    /// Added to "no member matches": how to create the unknown members where the import was started (the
    /// CLI names its flag, the import dialog its check box). Empty: nothing is added.
    QString createMembersHint;
    /// The same for dates that could be day/month or month/day: how this front end sets the format.
    QString dateFormatHint;
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    MemberRefKind memberRef = MemberRefKind::Auto;
    int maxIssues = 1000; ///< issues kept in the report, and skipped rows too (all are counted)
    QString sourceName;   ///< for the audit log (the file name)
    /// Called now and then from the importing thread with the share done (0..1); returning false
    /// cancels the import: nothing is written and the report says so.
    std::function<bool(double done)> progress;
};

/// Where a purchase import's time went, in milliseconds (for benchmarks; 0 for a phase not reached).
struct ImportTimings
{
    qint64 read = 0;    ///< reading, checking and resolving the rows
    qint64 preload = 0; ///< the members' state
    qint64 decide = 0;  ///< points, tiers and expiries, in memory
    qint64 rows = 0;    ///< then writing: see BulkPurchaseStats
    qint64 members = 0;
    qint64 summaries = 0;
    qint64 indexes = 0;
    qint64 commit = 0; ///< the audit entry and COMMIT
};

/// What an import did (or, on a dry run, would do).
struct ImportReport
{
    bool ok = false; ///< false: nothing was imported; `error` says why
    QString error;
    bool committed = false;
    bool dryRun = false;
    qint64 rows = 0; ///< data rows read (the header not counted)
    qint64 imported = 0;
    qint64 skipped = 0;         ///< duplicates (skip), anonymised or voided rows, purchases already recorded
    qint64 alreadyRecorded = 0; ///< purchase rows the database already held (in `skipped` too)
    qint64 merged = 0;          ///< members updated from the file (merge)
    qint64 duplicates = 0;  ///< member rows whose member already exists (skipped or merged, by the policy)
    bool cancelled = false; ///< stopped through ImportOptions::progress; nothing was written
    qint64 zeroValue = 0;   ///< purchases of 0.00, imported and counted (a visit is a visit)
    qint64 createdMembers = 0;
    qint64 errorCount = 0; ///< issues found (more than `issues` may hold)
    qint64 failedRows = 0;
    QVector<ImportIssue> issues;
    /// The skipped rows with the lowest lines (ImportOptions::maxIssues of them), in line order; `skipped`
    /// counts them all.
    QVector<ImportSkippedRow> skippedRows;
    CsvEncoding encoding = CsvEncoding::Auto;
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    bool hasHeader = false;
    qint64 elapsedMs = 0;
    ImportTimings timings; ///< purchase imports only

    void addIssue(int line, const QString& column, const QString& message, int maxIssues);
    /// Counts a skipped row and keeps it while fewer than `maxIssues` are kept. `message()` is called
    /// only for a row that is kept: a re-import of millions of rows formats no text beyond the cap.
    template <typename MessageFn>
    void addSkipped(int line, ImportSkipKind kind, MessageFn&& message, int maxIssues)
    {
        ++skipped;
        if (skippedRows.size() < maxIssues)
            skippedRows.append({line, kind, message()});
    }
};

/// Reads an import file and names the source after it unless `options` already does: the start of
/// every importer's runFile(). False with report->error set when the file cannot be read.
bool readImportFile(const QString& path, const ImportOptions& options, QByteArray* data, ImportOptions* named,
                    ImportReport* report);

/// Writes an import's issues as CSV (line, column, problem, kind), UTF-8 with a BOM like the exports, so
/// the owner can fix the file in Excel row by row: the errors first (kind "error"), then the skipped rows
/// (kind importSkipKindName(), no column). Whole or not at all.
bool saveImportIssues(const QString& path, const QVector<ImportIssue>& issues,
                      const QVector<ImportSkippedRow>& skipped, QString* error);
/// The same without skipped rows.
bool saveImportIssues(const QString& path, const QVector<ImportIssue>& issues, QString* error);

/// For the length of an import: a large page cache (up to 1 GB, allocated only as needed) so index
/// pages are not spilled and read again. Without `bulk`, temporary sorts in memory. With `bulk` (a large
/// file), foreign keys are not checked row by row: the importers only write references they have just
/// looked up or created, and `check` (IntegrityChecker) verifies them all; and the temp store stays on
/// files, where the sorter of an index rebuild is faster. Create it before the transaction (SQLite
/// ignores foreign_keys inside one); everything is restored on destruction.
class ImportPragmas
{
public:
    explicit ImportPragmas(Database& db, bool bulk = false);

private:
    PragmaScope m_scope;
};

/// Shared by the importers: reads the bytes, builds the mapping from the first record and hands every
/// data record that has the right shape to `row`; malformed records become issues.
class ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(ImportRows)
public:
    /// `progressShare` is the part of ImportOptions::progress the reading covers (the rest is the
    /// importer's own writing); false with report->cancelled when the user cancelled.
    static bool stream(const QByteArray& data, ImportKind kind, const ImportOptions& options,
                       ImportReport* report, ColumnMapping* mapping,
                       const std::function<bool(const CsvRecord& record)>& row, double progressShare = 1.0);
    /// Reports progress; false (and report->cancelled, report->error) when the user cancelled.
    static bool reportProgress(const ImportOptions& options, double done, ImportReport* report);
    /// The trimmed cell of a field ('-protected cells unprotected); empty when the field has no column.
    static QString cell(const CsvRecord& record, const ColumnMapping& mapping, const QString& field);
    /// The same for a column found beforehand (ColumnMapping::column; -1: none).
    static QString cellAt(const CsvRecord& record, int column);
};

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace md {

/// A purchase that already happened (an import of a shop's history): the amount is what was paid.
struct HistoricalPurchase
{
    qint64 memberId = 0;
    QDate date;
    int secondsOfDay = 0;
    Fen paidFen = 0; ///< 0 is allowed: a visit without spend is still a visit
    bool hasProfit = false;
    Fen profitFen = 0;
    QString note;
};

struct BulkPurchaseStats
{
    qint64 purchases = 0;
    qint64 ledgerEntries = 0;
    qint64 pointsEarned = 0;
    qint64 expiredCredits = 0;
    qint64 tierChanges = 0;
    /// Where finish()'s time went, in milliseconds: the rows of every table, the members' figures, the
    /// report summaries (and the set-aside triggers put back), the index rebuild (0 when none).
    qint64 rowsMs = 0;
    qint64 membersMs = 0;
    qint64 summariesMs = 0;
    qint64 indexesMs = 0;
};

/// Writes many historical purchases fast, with PurchaseService::record's arithmetic: points by the
/// programme's earn basis, tier multiplier and birthday month, expiry dates, the referrer's one-time
/// bonus, tier upgrades by the trailing spend, debts repaid from new credits, and the members' cached
/// figures — so IntegrityChecker holds afterwards. Differences, on purpose, for history:
///  - no member discount and no points redemption: the amount is what the customer paid back then;
///  - zero-value purchases are recorded (a visit), earning nothing and paying no referral bonus;
///  - points whose expiry date has already passed are expired at once (an `expire` entry per credit,
///    dated the day after expiry), so balances are right without waiting for the sweep.
/// Rows are processed in the order given, as successive record() calls would; add() only decides (in
/// memory) and finish() writes, grouped by member so the index inserts stay local. Everything is
/// written inside the caller's transaction with statements prepared once (SQLite's C API).
class BulkPurchaseWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkPurchaseWriter)
public:
    BulkPurchaseWriter(const ServiceContext& ctx, const QString& source);
    ~BulkPurchaseWriter();
    BulkPurchaseWriter(const BulkPurchaseWriter&) = delete;
    BulkPurchaseWriter& operator=(const BulkPurchaseWriter&) = delete;

    /// Whether preload() sets the indexes aside for a batch of `expectedRows` on `storedPurchases`.
    static bool setsIndexesAside(qint64 expectedRows, qint64 storedPurchases);
    /// With the indexes aside: whether finish() also sets aside the members' indexes on the figures a
    /// purchase changes (points, tier, visits…), for `touchedMembers` of members numbered up to
    /// `maxMemberId`; kMemberFigureIndexesSql lists those indexes (name, sql, table).
    static bool setsMemberIndexesAside(qint64 touchedMembers, qint64 maxMemberId);
    static const char* const kMemberFigureIndexesSql;

    bool begin(QString* error);
    /// Reads the state of the members about to receive purchases (their history, debts, referrer) in
    /// one go. For a large batch (expectedRows at least 20,000 and at least the purchases already
    /// stored) it also drops the secondary indexes of the purchase and ledger tables; finish() builds
    /// them again, sorted, which is several times faster than updating them row by row.
    /// `earliest`, when given, is the date of the earliest purchase to be added: older history that
    /// cannot count for a tier any more is not read.
    /// `existingMembers`: each member's total of the purchases about to be added (their history is read
    /// only when it may decide a tier upgrade).
    bool preload(const QHash<qint64, Fen>& existingMembers, qint64 expectedRows, QString* error,
                 const QDate& earliest = QDate());
    /// A member created in this run, without history or debts: saves reading it back.
    void addNewMember(qint64 memberId, const QDate& birthday);
    bool add(const HistoricalPurchase& purchase, QString* error);
    /// Writes what add() decided: the purchases, then the ledger entries (lapsed credits expired), the
    /// debt repayments and tier moves, each table's rows grouped by member (a member's own rows in the
    /// order they were added), then the members' cached figures and the report summaries. `progress`
    /// (the share written, 0..1) is called now and then; returning false stops with *error empty.
    bool finish(QString* error, const std::function<bool(double done)>& progress = {});
    BulkPurchaseStats stats() const;
    /// After finish() failed: which purchase's rows the database refused (0 for the first add()), or -1.
    qint64 failedPurchase() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace md

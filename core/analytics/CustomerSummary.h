// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace md {

class Database;

/// The time unit the purchase models count in. Rates, α and horizons are all in this unit.
enum class TimeUnit
{
    Day,
    Week,
};

double unitDays(TimeUnit unit);
/// "day"/"days"/"week"/"weeks" (case-insensitive).
bool parseTimeUnit(const QString& text, TimeUnit* unit);
QString timeUnitKey(TimeUnit unit);

/// One member's purchases on one local day, merged: several purchases on a day are one transaction day
/// (a visit), also when they are worth nothing.
struct PurchaseDay
{
    qint32 julianDay = 0;
    Fen paidFen = 0;
    Fen profitFen = 0; ///< recorded gross profit, or paid × the default margin where none was recorded
    qint32 purchases = 0;
};

/// Every member's transaction days, in member order and, per member, in day order. Loaded in one pass
/// over the purchases table; the models and segment reports work from it without touching SQL again.
class PurchaseHistory
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseHistory)
public:
    /// One purchase as a source row (tests and importers build histories from files with it).
    struct Row
    {
        qint64 memberId = 0;
        QDate day;
        Fen paidFen = 0;
        Fen profitFen = 0;
    };

    /// Builds a history from rows in any order.
    static PurchaseHistory fromRows(QVector<Row> rows);

    /// Loads the purchases that are not voided and whose local day is on or before `upTo` (all when
    /// `upTo` is invalid). A purchase without recorded profit counts paid × `defaultMarginBp` / 10000.
    static bool load(Database& db, const QDate& upTo, int defaultMarginBp, PurchaseHistory* history,
                     QString* error);

    int memberCount() const { return int(m_memberIds.size()); }
    qint64 memberId(int index) const { return m_memberIds.at(index); }
    const PurchaseDay* daysBegin(int index) const { return m_days.constData() + m_offsets.at(index); }
    const PurchaseDay* daysEnd(int index) const { return m_days.constData() + m_offsets.at(index + 1); }
    int dayCount(int index) const { return m_offsets.at(index + 1) - m_offsets.at(index); }
    qint64 totalPurchases() const { return m_purchases; }
    bool isEmpty() const { return m_memberIds.isEmpty(); }
    /// First and last transaction day of anyone (invalid when empty).
    QDate firstDay() const;
    QDate lastDay() const;

private:
    /// Rows must come ordered by member, then day.
    void appendSorted(qint64 memberId, qint32 julianDay, Fen paidFen, Fen profitFen);

    QVector<qint64> m_memberIds;
    QVector<int> m_offsets{0};
    QVector<PurchaseDay> m_days;
    qint64 m_purchases = 0;
};

/// The days a segment report looks at: the `days` local days ending with `asOf` (inclusive).
struct AnalysisWindow
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisWindow)
public:
    QDate asOf;
    int days = 365;

    QDate firstDay() const { return asOf.addDays(1 - days); }
    qint32 firstJulian() const { return qint32(firstDay().toJulianDay()); }
    qint32 lastJulian() const { return qint32(asOf.toJulianDay()); }
    /// A valid date and 1 to 36,500 days.
    bool validate(QString* error) const;
    /// "No purchases between … and …": the message for an empty window.
    QString emptyMessage() const;
};

/// The per-customer statistics of the BG/NBD and Gamma-Gamma models as of a calibration end:
/// x = repeat transaction days (the first day is not a repeat), t_x = time from the first to the last
/// transaction day, T = time from the first transaction day to the calibration end, both in the chosen
/// unit. meanRepeatSpend is the mean value of the repeat transaction days in yuan (0 when x = 0).
struct CustomerSummary
{
    qint64 memberId = 0;
    int x = 0;
    double tx = 0;
    double T = 0;
    double meanRepeatSpend = 0;
    Fen totalPaidFen = 0; ///< every transaction day up to the calibration end, the first included
    QDate firstDay;
    QDate lastDay;
};

class CustomerSummaries
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSummaries)
public:
    /// Summaries of every member with a transaction day on or before `calibrationEnd`. Fails with a clear
    /// message when there is no purchase at all or the calibration end is before the first purchase.
    static bool build(const PurchaseHistory& history, const QDate& calibrationEnd, TimeUnit unit,
                      QVector<CustomerSummary>* summaries, QString* error);
};

} // namespace md

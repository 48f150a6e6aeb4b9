// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerSummary.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace md {

double unitDays(TimeUnit unit)
{
    return unit == TimeUnit::Week ? 7.0 : 1.0;
}

bool parseTimeUnit(const QString& text, TimeUnit* unit)
{
    const QString t = text.trimmed().toLower();
    if (t == u"day"_s || t == u"days"_s) {
        *unit = TimeUnit::Day;
        return true;
    }
    if (t == u"week"_s || t == u"weeks"_s) {
        *unit = TimeUnit::Week;
        return true;
    }
    return false;
}

QString timeUnitKey(TimeUnit unit)
{
    return unit == TimeUnit::Week ? u"week"_s : u"day"_s;
}

namespace {

struct RawPurchase
{
    qint64 memberId;
    qint32 julianDay;
    Fen paidFen;
    Fen profitFen;
};

// Orders by member, then day. Member ids are the table's INTEGER PRIMARY KEY, dense in practice, so a
// counting sort on the id is linear; rows arrive roughly in time order, so each member's few rows are
// nearly sorted already.
void sortRaw(std::vector<RawPurchase>& raw)
{
    if (raw.empty())
        return;
    qint64 lo = raw.front().memberId;
    qint64 hi = lo;
    for (const RawPurchase& p : raw) {
        lo = std::min(lo, p.memberId);
        hi = std::max(hi, p.memberId);
    }
    const auto byMemberDay = [](const RawPurchase& l, const RawPurchase& r) {
        return l.memberId != r.memberId ? l.memberId < r.memberId : l.julianDay < r.julianDay;
    };
    const qint64 range = hi - lo + 1;
    if (range > qint64(raw.size()) * 4 + 1024) {
        std::sort(raw.begin(), raw.end(), byMemberDay);
        return;
    }
    std::vector<qint64> start(size_t(range) + 1, 0);
    for (const RawPurchase& p : raw)
        ++start[size_t(p.memberId - lo) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<RawPurchase> sorted(raw.size());
    std::vector<qint64> next(start.begin(), start.end() - 1);
    for (const RawPurchase& p : raw)
        sorted[size_t(next[size_t(p.memberId - lo)]++)] = p;
    for (size_t m = 0; m + 1 < start.size(); ++m) {
        auto b = sorted.begin() + start[m];
        auto e = sorted.begin() + start[m + 1];
        if (!std::is_sorted(b, e, byMemberDay))
            std::sort(b, e, byMemberDay);
    }
    raw.swap(sorted);
}

// "yyyy-MM-dd…" → date, without QDateTimeParser (which dominated the load when rows come in member order).
QDate parseIsoDay(const char* t)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!digit(t[i]))
            return {};
    if (t[4] != '-' || t[7] != '-')
        return {};
    const int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
    const int m = (t[5] - '0') * 10 + (t[6] - '0');
    const int d = (t[8] - '0') * 10 + (t[9] - '0');
    return QDate(y, m, d); // invalid for impossible days
}

} // namespace

PurchaseHistory PurchaseHistory::fromRows(QVector<Row> rows)
{
    std::vector<RawPurchase> raw;
    raw.reserve(size_t(rows.size()));
    for (const Row& r : rows)
        raw.push_back({r.memberId, qint32(r.day.toJulianDay()), r.paidFen, r.profitFen});
    sortRaw(raw);
    PurchaseHistory h;
    for (const RawPurchase& p : raw)
        h.appendSorted(p.memberId, p.julianDay, p.paidFen, p.profitFen);
    return h;
}

bool PurchaseHistory::load(Database& db, const QDate& upTo, int defaultMarginBp, PurchaseHistory* history,
                           QString* error)
{
    if (!db.isOpen()) {
        *error = tr("The database is not open.");
        return false;
    }
    // The C API: two million rows through QVariant would cost more than all the models together.
    // purchases_member (schema 10; schema 6 had a partial one) covers these rows, in member and time
    // order, with voided_by to skip the voided ones: the scan reads a third of the bytes of the table and
    // the rows need no sorting, so they go straight into the history. Without it (a file opened read-only
    // before its upgrade) the table is scanned (NOT INDEXED: a sequential scan beats millions of index-to-row
    // look-ups) and sorted here.
    sqlite3* handle = *static_cast<sqlite3* const*>(db.sql().driver()->handle().constData());
    const char* indexedSql =
        upTo.isValid()
            ? "SELECT member_id, time, paid_fen, profit_fen FROM purchases INDEXED BY purchases_member "
              "WHERE voided_by IS NULL AND time < ?1 ORDER BY member_id, time"
            : "SELECT member_id, time, paid_fen, profit_fen FROM purchases INDEXED BY purchases_member "
              "WHERE voided_by IS NULL ORDER BY member_id, time";
    const char* scanSql = upTo.isValid()
                              ? "SELECT member_id, time, paid_fen, profit_fen FROM purchases NOT INDEXED "
                                "WHERE voided_by IS NULL AND time < ?1"
                              : "SELECT member_id, time, paid_fen, profit_fen FROM purchases NOT INDEXED "
                                "WHERE voided_by IS NULL";
    sqlite3_stmt* stmt = nullptr;
    bool ordered = true;
    if (sqlite3_prepare_v2(handle, indexedSql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        stmt = nullptr;
        ordered = false;
        if (sqlite3_prepare_v2(handle, scanSql, -1, &stmt, nullptr) != SQLITE_OK) {
            *error = Database::describeSqlError(QString::fromUtf8(sqlite3_errmsg(handle)));
            sqlite3_finalize(stmt);
            return false;
        }
    }
    QByteArray endText;
    if (upTo.isValid()) {
        // Stored times are "yyyy-MM-ddTHH:mm:ss": everything before the next day's midnight text.
        endText = upTo.addDays(1).toString(u"yyyy-MM-dd"_s).toLatin1();
        sqlite3_bind_text(stmt, 1, endText.constData(), int(endText.size()), SQLITE_STATIC);
    }
    qint64 expectedRows = 0;
    {
        // Reserve once (max(id) is a b-tree edge): growing a vector of millions of rows by doubling costs
        // more in page faults than the scan itself.
        sqlite3_stmt* count = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT max(id) FROM purchases", -1, &count, nullptr) == SQLITE_OK &&
            sqlite3_step(count) == SQLITE_ROW)
            expectedRows = std::clamp<qint64>(sqlite3_column_int64(count, 0), 0, qint64(1) << 28);
        sqlite3_finalize(count);
    }
    PurchaseHistory h;
    std::vector<RawPurchase> raw;
    if (ordered)
        h.m_days.reserve(qsizetype(expectedRows));
    else
        raw.reserve(size_t(expectedRows));
    char lastDate[10] = {};
    qint32 lastJulian = 0;
    bool badTime = false;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 member = sqlite3_column_int64(stmt, 0);
        const char* time = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
        const int timeLength = sqlite3_column_bytes(stmt, 1);
        if (!time || timeLength < 10) {
            badTime = true;
            continue;
        }
        if (std::memcmp(time, lastDate, 10) != 0) {
            const QDate d = parseIsoDay(time);
            if (!d.isValid()) {
                badTime = true;
                continue;
            }
            std::memcpy(lastDate, time, 10);
            lastJulian = qint32(d.toJulianDay());
        }
        const Fen paid = sqlite3_column_int64(stmt, 2);
        const Fen profit = sqlite3_column_type(stmt, 3) == SQLITE_NULL ? basisPointsOf(paid, defaultMarginBp)
                                                                       : sqlite3_column_int64(stmt, 3);
        if (ordered)
            h.appendSorted(member, lastJulian, paid, profit);
        else
            raw.push_back({member, lastJulian, paid, profit});
    }
    const QString stepError = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        *error = Database::describeSqlError(stepError);
        return false;
    }
    if (badTime) {
        *error = tr("Some purchases have an unreadable time; run the integrity check.");
        return false;
    }
    if (!ordered) {
        sortRaw(raw);
        h.m_days.reserve(qsizetype(raw.size()));
        for (const RawPurchase& p : raw)
            h.appendSorted(p.memberId, p.julianDay, p.paidFen, p.profitFen);
    }
    *history = std::move(h);
    return true;
}

void PurchaseHistory::appendSorted(qint64 memberId, qint32 julianDay, Fen paidFen, Fen profitFen)
{
    ++m_purchases;
    if (m_memberIds.isEmpty() || m_memberIds.constLast() != memberId) {
        m_memberIds.append(memberId);
        m_offsets.append(m_offsets.constLast());
    } else if (m_days.constLast().julianDay == julianDay) {
        PurchaseDay& d = m_days.last();
        d.paidFen += paidFen;
        d.profitFen += profitFen;
        ++d.purchases;
        return;
    }
    m_days.append({julianDay, paidFen, profitFen, 1});
    ++m_offsets.last();
}

QDate PurchaseHistory::firstDay() const
{
    if (m_days.isEmpty())
        return {};
    qint32 best = m_days.first().julianDay;
    for (int i = 0; i < memberCount(); ++i)
        best = std::min(best, daysBegin(i)->julianDay);
    return QDate::fromJulianDay(best);
}

QDate PurchaseHistory::lastDay() const
{
    if (m_days.isEmpty())
        return {};
    qint32 best = m_days.first().julianDay;
    for (int i = 0; i < memberCount(); ++i)
        best = std::max(best, (daysEnd(i) - 1)->julianDay);
    return QDate::fromJulianDay(best);
}

bool AnalysisWindow::validate(QString* error) const
{
    if (!asOf.isValid()) {
        *error = tr("The reference date is not a valid date.");
        return false;
    }
    if (days < 1 || days > 36500) {
        *error = tr("The window must be 1 to 36500 days long (not %1).").arg(days);
        return false;
    }
    return true;
}

QString AnalysisWindow::emptyMessage() const
{
    return tr("No purchases between %1 and %2: there is nothing to analyse in this window.")
        .arg(firstDay().toString(Qt::ISODate), asOf.toString(Qt::ISODate));
}

bool CustomerSummaries::build(const PurchaseHistory& history, const QDate& calibrationEnd, TimeUnit unit,
                              QVector<CustomerSummary>* summaries, QString* error)
{
    if (!calibrationEnd.isValid()) {
        *error = tr("The calibration end is not a valid date.");
        return false;
    }
    if (history.isEmpty()) {
        *error = tr("There are no purchases to learn from yet.");
        return false;
    }
    const QDate first = history.firstDay();
    if (calibrationEnd < first) {
        *error = tr("The calibration end %1 is before the first purchase (%2).")
                     .arg(calibrationEnd.toString(Qt::ISODate), first.toString(Qt::ISODate));
        return false;
    }
    const qint32 end = qint32(calibrationEnd.toJulianDay());
    const double perUnit = unitDays(unit);
    QVector<CustomerSummary> out;
    out.reserve(history.memberCount());
    for (int i = 0; i < history.memberCount(); ++i) {
        const PurchaseDay* b = history.daysBegin(i);
        const PurchaseDay* e = history.daysEnd(i);
        if (b == e || b->julianDay > end)
            continue;
        CustomerSummary s;
        s.memberId = history.memberId(i);
        s.firstDay = QDate::fromJulianDay(b->julianDay);
        Fen repeatFen = 0;
        const PurchaseDay* last = b;
        for (const PurchaseDay* d = b; d != e && d->julianDay <= end; ++d) {
            s.totalPaidFen += d->paidFen;
            if (d != b) {
                ++s.x;
                repeatFen += d->paidFen;
            }
            last = d;
        }
        s.lastDay = QDate::fromJulianDay(last->julianDay);
        s.tx = (last->julianDay - b->julianDay) / perUnit;
        s.T = (end - b->julianDay) / perUnit;
        s.meanRepeatSpend = s.x > 0 ? double(repeatFen) / 100.0 / s.x : 0.0;
        out.append(s);
    }
    *summaries = std::move(out);
    return true;
}

} // namespace md

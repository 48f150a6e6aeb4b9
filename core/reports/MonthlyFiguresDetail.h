// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to core/reports/MonthlyFigures*.cpp: the SQL helpers MonthlyFigures::compute() is made of.

#include "MonthlyFigures.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <array>

namespace md::monthly_figures_detail {

using namespace Qt::StringLiterals;

inline QString monthKey(const QDate& month)
{
    return month.toString(u"yyyy-MM"_s);
}

inline QString dayKey(const QDate& day)
{
    return toStoredDate(day);
}

/// Runs a prepared query with its values bound in order.
inline bool run(QSqlQuery& q, const QString& sql, const QVariantList& values, QString* error)
{
    q.setForwardOnly(true);
    if (!Sql::prepare(q, sql, error))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return Sql::exec(q, error);
}

/// A read-only statement on the raw SQLite handle, for the two scans over tens of thousands of rows
/// (QSqlQuery's per-value QVariant costs more than the query itself there).
class RawQuery
{
public:
    RawQuery(Database& db, const char* sql)
    {
        m_handle = *static_cast<sqlite3* const*>(db.sql().driver()->handle().constData());
        m_ok = sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~RawQuery() { sqlite3_finalize(m_stmt); }
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;
    void reset() { sqlite3_reset(m_stmt); }
    void bind(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
    void bind(int i, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    /// True while there is a row; false at the end or on an error (see failed()).
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    const unsigned char* rawText(int column) const { return sqlite3_column_text(m_stmt, column); }
    QByteArray text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }
    bool failed(QString* error) const
    {
        if (m_ok && !m_failed)
            return false;
        *error = Database::describeSqlError(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return true;
    }

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
    bool m_failed = false;
};

/// Whether the file has a table of a later schema step (a file opened read-only before its upgrade has not).
inline bool hasTable(Database& db, const char* name)
{
    RawQuery q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    q.bind(1, QString::fromLatin1(name));
    return q.next();
}

bool computeKpis(Database& db, const QDate& month, const LoyaltyRules& rules, MonthKpis* k, QString* error);
bool computeTrend(Database& db, const QDate& month, QVector<MonthTrendPoint>* trend, QString* error);
bool computeTiers(Database& db, const QDate& month, const LoyaltyRules& rules, QVector<TierSlice>* tiers,
                  QString* error);
bool computePareto(Database& db, const MonthKpis& kpis, qint64 exactUpTo, ParetoCurve* pareto,
                   QString* error);
bool computeHeatmap(Database& db, const QDate& month, std::array<std::array<qint64, 24>, 7>* heatmap,
                    QString* error);
bool computeTopMembers(Database& db, const QDate& month, int limit, QVector<RankedMember>* top,
                       QString* error);
bool computeNewVips(Database& db, const QDate& month, int limit, MonthlyFigures* f, QString* error);
/// The members at risk of the month (MonthlyFiguresAtRisk.cpp).
bool computeAtRisk(Database& db, const QDate& month, int limit, MonthlyFigures* f, QString* error);

} // namespace md::monthly_figures_detail

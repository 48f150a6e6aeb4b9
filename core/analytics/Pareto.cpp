// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pareto.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md {

bool Pareto::compute(const PurchaseHistory& history, const AnalysisWindow& window, ParetoResult* result,
                     QString* error, int curvePoints)
{
    if (!window.validate(error))
        return false;
    const qint32 first = window.firstJulian();
    const qint32 last = window.lastJulian();
    ParetoResult out;
    out.window = window;
    for (int i = 0; i < history.memberCount(); ++i) {
        Fen spend = 0;
        for (const PurchaseDay* d = history.daysBegin(i); d != history.daysEnd(i); ++d)
            if (d->julianDay >= first && d->julianDay <= last)
                spend += d->paidFen;
        if (spend > 0)
            out.ranked.append({history.memberId(i), spend});
    }
    if (out.ranked.isEmpty()) {
        *error = window.emptyMessage();
        return false;
    }
    std::sort(out.ranked.begin(), out.ranked.end(), [](const ParetoMember& l, const ParetoMember& r) {
        return l.spendFen != r.spendFen ? l.spendFen > r.spendFen : l.memberId < r.memberId;
    });
    const qint64 n = out.ranked.size();
    out.topCount = int((n * 20 + 99) / 100);
    QVector<Fen> cumulative(n + 1, 0);
    for (qint64 i = 0; i < n; ++i)
        cumulative[i + 1] = cumulative[i] + out.ranked[i].spendFen;
    out.totalSpendFen = cumulative[n];
    out.topSpendFen = cumulative[out.topCount];
    out.topShare = double(out.topSpendFen) / double(out.totalSpendFen);
    const int points = std::max(2, curvePoints);
    for (int k = 0; k < points; ++k) {
        const qint64 members = qint64(std::ceil(double(k) * double(n) / double(points - 1) - 1e-9));
        const qint64 clamped = std::clamp<qint64>(members, 0, n);
        out.curve.append(
            {double(clamped) / double(n), double(cumulative[clamped]) / double(out.totalSpendFen)});
    }
    *result = std::move(out);
    return true;
}

QVector<ParetoMember> Pareto::potentialVips(const ParetoResult& result, const QHash<qint64, int>& tierOf,
                                            int firstTopTier)
{
    QVector<ParetoMember> vips;
    for (int i = 0; i < result.topCount && i < result.ranked.size(); ++i)
        if (tierOf.value(result.ranked[i].memberId, 0) < firstTopTier)
            vips.append(result.ranked[i]);
    return vips;
}

int Pareto::defaultFirstTopTier(int tierCount)
{
    return tierCount >= 3 ? tierCount - 2 : std::max(0, tierCount - 1);
}

bool Pareto::loadTiers(Database& db, QHash<qint64, int>* tierOf, QString* error)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT id, tier FROM members"_s, error) || !Sql::exec(q, error))
        return false;
    tierOf->clear();
    while (q.next())
        tierOf->insert(q.value(0).toLongLong(), q.value(1).toInt());
    return true;
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinBack.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace md {

bool WinBack::list(const BgNbd& model, const QVector<CustomerSummary>& customers,
                   const WinBackOptions& options, QVector<WinBackEntry>* entries, QString* error)
{
    if (!(options.pAliveThreshold > 0 && options.pAliveThreshold <= 1)) {
        *error = tr("The probability threshold must be above 0 and at most 1.");
        return false;
    }
    if (customers.isEmpty()) {
        *error = tr("There are no customers with purchases yet.");
        return false;
    }
    Fen minSpend = 0;
    if (options.minPastSpendFen) {
        minSpend = *options.minPastSpendFen;
    } else {
        std::vector<Fen> spend;
        spend.reserve(size_t(customers.size()));
        for (const CustomerSummary& c : customers)
            spend.push_back(c.totalPaidFen);
        const size_t top = (spend.size() * 20 + 99) / 100;
        std::nth_element(spend.begin(), spend.begin() + qsizetype(top - 1), spend.end(), std::greater<Fen>());
        minSpend = spend[top - 1];
    }
    QVector<WinBackEntry> out;
    for (const CustomerSummary& c : customers) {
        if (c.totalPaidFen < minSpend)
            continue;
        const double alive = model.probabilityAlive(c.x, c.tx, c.T);
        if (alive < options.pAliveThreshold)
            out.append({c.memberId, alive, c.totalPaidFen, c.lastDay});
    }
    std::sort(out.begin(), out.end(), [](const WinBackEntry& l, const WinBackEntry& r) {
        return l.pastSpendFen != r.pastSpendFen ? l.pastSpendFen > r.pastSpendFen : l.memberId < r.memberId;
    });
    *entries = std::move(out);
    return true;
}

} // namespace md

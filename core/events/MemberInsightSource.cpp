// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberInsightSource.h"

#include "analytics/BgNbd.h"
#include "analytics/ClvModel.h"
#include "analytics/CustomerSummary.h"
#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "services/RulesService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace md {

Fen AudienceInsight::paidInLastDays(qint64 memberId, int days) const
{
    const auto it = paidDays.constFind(memberId);
    if (it == paidDays.constEnd() || days <= 0)
        return 0;
    const qint32 first = qint32(asOf.toJulianDay()) - days + 1;
    Fen sum = 0;
    // Days are ascending: walk back from the latest.
    for (auto d = it->crbegin(); d != it->crend() && d->first >= first; ++d)
        sum += d->second;
    return sum;
}

bool MemberInsightSource::load(Database& db, const QDate& asOf, AudienceInsight* insight, QString* error)
{
    AudienceInsight out;
    out.asOf = asOf;
    const FixedClock clock(localDateTime(asOf, QTime(23, 59, 59)));
    const LoyaltyRules rules = RulesService(ServiceContext{db, clock, Actor{}}).current();
    PurchaseHistory history;
    if (!PurchaseHistory::load(db, asOf, rules.defaultMarginBp, &history, error))
        return false;
    out.paidDays.reserve(history.memberCount());
    for (int i = 0; i < history.memberCount(); ++i) {
        QVector<QPair<qint32, Fen>>& days = out.paidDays[history.memberId(i)];
        days.reserve(history.dayCount(i));
        for (const PurchaseDay* d = history.daysBegin(i); d != history.daysEnd(i); ++d)
            days.append({d->julianDay, d->paidFen});
    }

    AnalysisWindow window;
    window.asOf = asOf;
    window.days = 365;
    RfmResult rfm;
    LoyaltyTypesResult types;
    QString why;
    if (Rfm::compute(history, window, &rfm, &why) &&
        LoyaltyTypes::compute(history, window, LoyaltyTypeOptions{}, &types, &why)) {
        out.segmentsOk = true;
        for (const RfmMember& m : rfm.members)
            out.figures[m.memberId].segment = m.segment;
        for (const MemberLoyalty& m : types.members)
            out.figures[m.memberId].type = m.type;
    } else {
        out.segmentsMessage = tr("Segments and loyalty types cannot be computed: %1").arg(why);
    }

    // P(alive) needs only the purchase model: when the cached fit of both models fails (e.g. the spend
    // model lacks repeat spend), fit BG/NBD alone.
    QVector<CustomerSummary> customers;
    BgNbdFit fit;
    ClvModel model;
    why.clear();
    if (history.isEmpty()) {
        why = tr("there are no purchases yet.");
    } else if (ClvModels::fitHistory(db, history, asOf, TimeUnit::Week, &model, &why)) {
        customers = std::move(model.customers);
        fit = model.purchases;
    } else if (CustomerSummaries::build(history, asOf, TimeUnit::Week, &customers, &why)) {
        fit = BgNbd::fit(customers);
        if (!fit.ok)
            why = fit.error;
    }
    if (fit.ok) {
        out.pAliveOk = true;
        const BgNbd bgNbd(fit.params);
        for (const CustomerSummary& c : customers)
            out.figures[c.memberId].pAlive = bgNbd.probabilityAlive(c.x, c.tx, c.T);
    } else {
        out.pAliveMessage = tr("The probability of still being a customer cannot be computed: %1").arg(why);
    }
    *insight = std::move(out);
    return true;
}

} // namespace md

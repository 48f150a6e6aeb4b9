// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MemberInsightText.h"

#include "analytics/MemberAdvice.h"
#include "common/Formatting.h"
#include "services/MemberService.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace md::ui {

MemberInsightLines MemberInsightText::lines(const MemberInsight& insight, const MemberInsightStatus& status,
                                            const MemberActivity& activity)
{
    MemberInsightLines l;
    if (!status.exists) {
        l.segment = tr("No insight yet: it is computed once a day and on the Insight page.");
        return l;
    }
    l.asOf = insight.found ? insight.asOf : status.asOf;
    if (!status.ok) {
        l.segment = tr("No insight: %1").arg(status.error); // the window's message carries its dates
        l.asOf = QDate();
        return l;
    }
    const int windowDays = insight.found ? insight.windowDays : status.windowDays;
    // A member who bought after the snapshot's day is not "without purchases": the card shows the sale
    // right beside this line.
    const bool boughtSince = activity.lastVisit.isValid() && l.asOf.isValid() && activity.lastVisit > l.asOf;
    const QString noPurchases =
        boughtSince
            ? tr("Bought since the analysis of %1; the next analysis includes it.").arg(dateText(l.asOf))
            : tr("No purchases in the %Ln day(s) up to %1.", "", windowDays).arg(dateText(l.asOf));
    if (!insight.found) {
        l.segment = noPurchases; // carries its date
        l.asOf = QDate();
        return l;
    }
    l.available = true;
    QStringList details;
    if (insight.inWindow) {
        l.segment = tr("%1 · %2").arg(Rfm::name(insight.segment), LoyaltyTypes::name(insight.type));
        // One sentence from both readings: the segment's advice and the type's treatment alone can
        // contradict each other ("a personal win-back offer" beside "spend no marketing money").
        l.treatment = MemberAdvice::forMember(insight.segment, insight.type);
        details << tr("RFM scores (1–5): recency %1, frequency %2, spend %3.")
                       .arg(insight.r)
                       .arg(insight.f)
                       .arg(insight.m);
    } else {
        l.segment = noPurchases;
    }
    const QLocale locale;
    const QString tooEarly = MemberAdvice::outlookTooEarly(activity.visits);
    if (insight.hasPrediction && !tooEarly.isEmpty()) {
        l.outlook = tooEarly;
    } else if (insight.hasPrediction) {
        const QString percent = locale.toString(qRound(insight.pAlive * 100));
        l.outlook = insight.moneyVisible
                        ? tr("%1 % likely to still be a customer · %2 expected in the next %Ln week(s)", "",
                             insight.horizonWeeks)
                              .arg(percent, money(insight.predictedValueFen))
                        : tr("%1 % likely to still be a customer").arg(percent);
        details << tr("Expected visits in the next %Ln week(s): %1.", "", insight.horizonWeeks)
                       .arg(locale.toString(insight.expectedPurchases, 'f', 1));
    } else {
        // The model's own sentence says why (too little history, no convergence): short enough to show.
        l.outlook = status.clvMessage.isEmpty() ? tr("No prediction yet.")
                                                : tr("No prediction: %1").arg(status.clvMessage);
    }
    l.detail = details.join(u'\n');
    return l;
}

QString MemberInsightText::outlookWithDate(const MemberInsightLines& lines)
{
    if (!lines.asOf.isValid())
        return lines.outlook;
    if (lines.outlook.isEmpty())
        return tr("As of %1").arg(dateText(lines.asOf));
    return tr("%1 · as of %2").arg(lines.outlook, dateText(lines.asOf));
}

MemberInsightLines MemberInsightText::load(const ServiceContext& ctx, qint64 memberId)
{
    const MemberInsightStore store(ctx);
    MemberInsight insight;
    QString error;
    if (!store.get(memberId, &insight, &error)) {
        MemberInsightLines l;
        l.segment = tr("The insight could not be read: %1").arg(error);
        return l;
    }
    MemberActivity activity;
    Member member;
    if (MemberService(ctx).get(memberId, &member)) {
        activity.visits = member.visits;
        activity.lastVisit = member.lastVisit.date();
    }
    return lines(insight, store.status(), activity);
}

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/MemberInsightStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace md::ui {

/// A member's insight in words, for the member card and the member file. Every field is plain text.
/// What the member did that the insight snapshot may not know yet (MemberInsightText::load reads it).
struct MemberActivity
{
    int visits = -1; ///< -1: unknown
    QDate lastVisit; ///< invalid: never, or unknown
};

struct MemberInsightLines
{
    bool available = false; ///< a segment or a prediction to show; false: `segment` says why not
    QString segment;        ///< "Champions · Friend", or the one short line saying why there is none
    QString treatment;      ///< what to do with the member (MemberAdvice, one sentence); empty without a type
    QString outlook;        ///< "82 % likely to still be a customer · ¥1,234 expected in the next 52 weeks"
    QDate asOf;             ///< the snapshot's date; invalid when nothing was ever computed
    QString detail;         ///< a longer explanation for a tooltip (R/F/M scores, the model's message)
};

class MemberInsightText
{
    Q_DECLARE_TR_FUNCTIONS(MemberInsightText)
public:
    /// The money part of the outlook appears only when insight.moneyVisible (the store blanks it otherwise).
    static MemberInsightLines lines(const MemberInsight& insight, const MemberInsightStatus& status,
                                    const MemberActivity& activity = {});
    /// Reads the member's line and the snapshot status as `ctx`'s actor may see them.
    static MemberInsightLines load(const ServiceContext& ctx, qint64 memberId);
    /// The outlook with the snapshot's date: "… · as of 20 Nov 2026" (or only the date, or only the outlook).
    static QString outlookWithDate(const MemberInsightLines& lines);
};

} // namespace md::ui

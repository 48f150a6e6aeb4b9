// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report's KPI table: this month beside the previous month and the same month last year,
// each change coloured by whether it is good news for the shop.
#include "MonthlyReport.h"

#include "common/LocaleFormat.h"
#include "reports/MonthlyReportGeometry.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace md {

using namespace monthlyreport;

namespace {

enum class Better
{
    Higher,
    Lower,
    Neutral,
};

} // namespace

void MonthlyReport::paintKpis(QPainter* p, double unit) const
{
    const QLocale& l = m_o.locale;
    const MonthKpis* cols[] = {&m_f.current, &m_f.previousMonth, &m_f.sameMonthLastYear};
    struct Kpi
    {
        QString label;
        std::function<QString(const MonthKpis&)> text;
        std::function<std::optional<double>(const MonthKpis&)> value;
        Better better;
        bool pointsChange; ///< compare in percentage points (rates)
    };
    auto num = [&l](qint64 v) { return l.toString(v); };
    const QVector<Kpi> kpis{
        {tr("Member sales"), [&](const MonthKpis& k) { return formatYuan(k.salesFen, l); },
         [](const MonthKpis& k) { return std::optional<double>(double(k.salesFen)); }, Better::Higher, false},
        {tr("Purchases"), [&](const MonthKpis& k) { return num(k.purchases); },
         [](const MonthKpis& k) { return std::optional<double>(double(k.purchases)); }, Better::Higher,
         false},
        {tr("Average ticket"),
         [&](const MonthKpis& k) {
             const auto a = k.averageTicketFen();
             return a ? formatYuan(*a, l) : u"—"_s;
         },
         [](const MonthKpis& k) {
             const auto a = k.averageTicketFen();
             return a ? std::optional<double>(double(*a)) : std::nullopt;
         },
         Better::Higher, false},
        {tr("Active members"), [&](const MonthKpis& k) { return num(k.activeMembers); },
         [](const MonthKpis& k) { return std::optional<double>(double(k.activeMembers)); }, Better::Higher,
         false},
        {tr("New members"), [&](const MonthKpis& k) { return num(k.newMembers); },
         [](const MonthKpis& k) { return std::optional<double>(double(k.newMembers)); }, Better::Higher,
         false},
        {tr("Repeat-purchase rate"),
         [&](const MonthKpis& k) {
             const auto r = k.repeatRate();
             return r ? l.toString(*r * 100.0, 'f', 1) + u" %"_s : u"—"_s;
         },
         [](const MonthKpis& k) {
             const auto r = k.repeatRate();
             return r ? std::optional<double>(*r * 100.0) : std::nullopt;
         },
         Better::Higher, true},
        {tr("Points issued"), [&](const MonthKpis& k) { return num(k.pointsIssued); },
         [](const MonthKpis& k) { return std::optional<double>(double(k.pointsIssued)); }, Better::Neutral,
         false},
        {tr("Points redeemed"), [&](const MonthKpis& k) { return num(k.pointsRedeemed); },
         [](const MonthKpis& k) { return std::optional<double>(double(k.pointsRedeemed)); }, Better::Neutral,
         false},
        {tr("Points expired"), [&](const MonthKpis& k) { return num(k.pointsExpired); },
         [](const MonthKpis& k) { return std::optional<double>(double(k.pointsExpired)); }, Better::Neutral,
         false},
        {tr("Points outstanding"), [&](const MonthKpis& k) { return num(k.pointsBalanceEnd); },
         [](const MonthKpis& k) { return std::optional<double>(double(k.pointsBalanceEnd)); },
         Better::Neutral, false},
        {tr("Points liability"), [&](const MonthKpis& k) { return formatYuan(k.liabilityFen, l); },
         [](const MonthKpis& k) { return std::optional<double>(double(k.liabilityFen)); }, Better::Lower,
         false},
    };
    const QStringList headers{
        tr("Indicator"),   monthTitle(m_f.current.month, l),           monthTitle(m_f.previousMonth.month, l),
        tr("vs previous"), monthTitle(m_f.sameMonthLastYear.month, l), tr("vs last year")};
    const double widths[] = {0.25, 0.17, 0.17, 0.12, 0.17, 0.12};
    const double rowH = 22;
    double y = kContentTop + 6;
    p->save();
    // Header row.
    // Two lines of room, so a long month name or comparison label wraps instead of being cut.
    const double headerH = 28;
    p->fillRect(pt(kMarginX, y, kContentW, headerH, unit), kBand);
    p->setPen(Qt::white);
    p->setFont(font(7.5, true));
    double x = kMarginX;
    for (int c = 0; c < headers.size(); ++c) {
        const double w = kContentW * widths[c];
        p->drawText(pt(x + 4, y, w - 8, headerH, unit),
                    (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | Qt::TextWordWrap,
                    headers[c]);
        x += w;
    }
    y += headerH;
    for (int r = 0; r < kpis.size(); ++r) {
        const Kpi& k = kpis[r];
        if (r % 2 == 1)
            p->fillRect(pt(kMarginX, y, kContentW, rowH, unit), kZebra);
        x = kMarginX;
        auto cell = [&](int c, const QString& text, const QColor& color, bool bold = false) {
            const double w = kContentW * widths[c];
            p->setPen(color);
            p->setFont(font(8, bold));
            const QFontMetricsF fm(p->font(), p->device());
            p->drawText(pt(x + 5, y, w - 10, rowH, unit),
                        (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                        fm.elidedText(text, Qt::ElideRight, (w - 10) * unit));
            x += w;
        };
        auto change = [&](const MonthKpis& base) -> std::pair<QString, QColor> {
            const auto now = k.value(m_f.current), before = k.value(base);
            if (!m_f.current.hasData || !base.hasData || !now || !before)
                return {u"—"_s, kMuted};
            double delta;
            QString text;
            if (k.pointsChange) {
                delta = *now - *before;
                text = tr("%1 pp", "percentage points").arg(l.toString(std::abs(delta), 'f', 1));
            } else {
                if (*before == 0)
                    return {u"—"_s, kMuted};
                delta = (*now - *before) / std::abs(*before) * 100.0;
                text = l.toString(std::abs(delta), 'f', 1) + u" %"_s;
            }
            if (std::abs(delta) < 0.05)
                return {u"± "_s + text, kMuted};
            const bool up = delta > 0;
            QColor color = kMuted;
            if (k.better == Better::Higher)
                color = up ? kUp : kDown;
            else if (k.better == Better::Lower)
                color = up ? kDown : kUp;
            return {(up ? u"▲ "_s : u"▼ "_s) + text, color};
        };
        cell(0, k.label, kInk);
        cell(1, cols[0]->hasData ? k.text(*cols[0]) : u"—"_s, kInk, true);
        cell(2, cols[1]->hasData ? k.text(*cols[1]) : u"—"_s, kInk);
        const auto vsPrev = change(*cols[1]);
        cell(3, vsPrev.first, vsPrev.second);
        cell(4, cols[2]->hasData ? k.text(*cols[2]) : u"—"_s, kInk);
        const auto vsYear = change(*cols[2]);
        cell(5, vsYear.first, vsYear.second);
        y += rowH;
    }
    p->setPen(QPen(kRule, 0.75 * unit));
    p->drawLine(QPointF(kMarginX * unit, y * unit), QPointF((kPageW - kMarginX) * unit, y * unit));
    y += 16;
    // What the figures mean.
    p->setPen(kMuted);
    p->setFont(font(7.5));
    QStringList notes{
        tr("Member sales: what members paid (after discounts and points used as cash) in the calendar month "
           "of the "
           "shop's local time; voided purchases are left out entirely."),
        tr("Active members bought at least once in the month. Repeat-purchase rate: the share of active "
           "members "
           "who bought at least twice within the month."),
        tr("Points: movements of the points ledger dated in the month. Issued: earned, referral and import "
           "credits and positive adjustments, less earned points taken back by voids. Redeemed: points used "
           "as "
           "cash or for gifts, less points given back by voids."),
        tr("Points liability: points outstanding after the last day of the month valued at the current "
           "redemption rate (%1 points = %2).")
            .arg(l.toString(qMax(1, m_o.rules.redeemPointsPerYuan)), formatYuan(100, l)),
        tr("— : no data in that month, or no base to compare with.")};
    if (m_f.isEmpty())
        notes.prepend(tr("No member purchase, registration or points movement was recorded in %1.")
                          .arg(monthTitle(m_f.month, l)));
    for (const QString& note : notes) {
        const QRectF box = pt(kMarginX, y, kContentW, 200, unit);
        const QRectF used = p->boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
        p->drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
        y += used.height() / unit + 5;
    }
    p->restore();
}

} // namespace md

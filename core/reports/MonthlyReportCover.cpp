// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report's cover page: the store, the month and the headline figures at a glance.
#include "MonthlyReport.h"

#include "common/LocaleFormat.h"
#include "reports/MonthlyReportGeometry.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace md {

using namespace monthlyreport;

void MonthlyReport::paintCover(QPainter* p, double unit) const
{
    const QLocale& l = m_o.locale;
    p->save();
    p->fillRect(pt(0, 0, kPageW, 300, unit), kBand);
    p->setPen(QColor(0xc9, 0xd8, 0xe8));
    p->setFont(font(12));
    p->drawText(pt(kMarginX, 90, kContentW, 24, unit), Qt::AlignLeft | Qt::AlignVCenter,
                tr("Monthly review"));
    p->setPen(Qt::white);
    p->setFont(font(30, true));
    const QFontMetricsF big(p->font(), p->device());
    p->drawText(pt(kMarginX, 118, kContentW, 56, unit), Qt::AlignLeft | Qt::AlignVCenter,
                big.elidedText(m_o.storeName, Qt::ElideRight, kContentW * unit));
    p->setFont(font(22));
    p->drawText(pt(kMarginX, 180, kContentW, 40, unit), Qt::AlignLeft | Qt::AlignVCenter,
                monthTitle(m_f.month, l));
    p->setPen(QColor(0xc9, 0xd8, 0xe8));
    p->setFont(font(9));
    p->drawText(
        pt(kMarginX, 234, kContentW, 40, unit), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        tr("Member sales, visits, points and the members to look after, compared with the previous month "
           "and the same month last year."));

    if (m_f.isEmpty()) {
        p->setPen(kInk);
        p->setFont(font(14, true));
        p->drawText(pt(kMarginX, 360, kContentW, 30, unit), Qt::AlignLeft | Qt::AlignVCenter,
                    tr("No data for this month"));
        p->setFont(font(10));
        p->setPen(kMuted);
        p->drawText(
            pt(kMarginX, 392, kContentW, 60, unit), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            tr("No member purchase, registration or points movement was recorded in %1. The next page "
               "shows the months around it for comparison.")
                .arg(monthTitle(m_f.month, l)));
        p->restore();
        return;
    }
    // Four headline tiles.
    const MonthKpis& c = m_f.current;
    const MonthKpis& prev = m_f.previousMonth;
    struct Tile
    {
        QString label, value;
        double now, before;
        bool beforeValid;
    };
    const Tile tiles[] = {
        {tr("Member sales"), formatYuan(c.salesFen, l), double(c.salesFen), double(prev.salesFen),
         prev.hasData},
        {tr("Purchases"), l.toString(c.purchases), double(c.purchases), double(prev.purchases), prev.hasData},
        {tr("Active members"), l.toString(c.activeMembers), double(c.activeMembers),
         double(prev.activeMembers), prev.hasData},
        {tr("New members"), l.toString(c.newMembers), double(c.newMembers), double(prev.newMembers),
         prev.hasData},
    };
    const double gap = 12, w = (kContentW - 3 * gap) / 4, top = 340, h = 92;
    for (int i = 0; i < 4; ++i) {
        const Tile& t = tiles[i];
        const double x = kMarginX + i * (w + gap);
        p->setPen(QPen(kRule, 0.75 * unit));
        p->setBrush(kZebra);
        p->drawRoundedRect(pt(x, top, w, h, unit), 4 * unit, 4 * unit);
        p->setPen(kMuted);
        p->setFont(font(8));
        p->drawText(pt(x + 8, top + 8, w - 16, 16, unit), Qt::AlignLeft | Qt::AlignVCenter, t.label);
        p->setPen(kInk);
        p->setFont(font(t.value.size() > 11 ? 12 : 15, true));
        p->drawText(pt(x + 8, top + 28, w - 16, 30, unit), Qt::AlignLeft | Qt::AlignVCenter, t.value);
        p->setFont(font(8));
        QString change = u"—"_s;
        QColor color = kMuted;
        if (t.beforeValid && t.before > 0) {
            const double pct = (t.now - t.before) / t.before * 100.0;
            change = (pct >= 0 ? u"▲ "_s : u"▼ "_s) + l.toString(std::abs(pct), 'f', 1) + u" %"_s;
            color = pct >= 0 ? kUp : kDown;
        }
        p->setPen(color);
        p->drawText(pt(x + 8, top + 58, w - 16, 14, unit), Qt::AlignLeft | Qt::AlignVCenter, change);
        p->setPen(kMuted);
        p->setFont(font(7));
        const QFontMetricsF fm(p->font(), p->device());
        p->drawText(pt(x + 8, top + 72, w - 16, 12, unit), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(tr("vs previous month"), Qt::ElideRight, (w - 16) * unit));
    }
    // What is inside.
    p->setPen(kInk);
    p->setFont(font(11, true));
    p->drawText(pt(kMarginX, 470, kContentW, 20, unit), Qt::AlignLeft | Qt::AlignVCenter,
                tr("In this report"));
    p->setFont(font(9.5));
    p->setPen(kMuted);
    QStringList contents{tr("Key figures with comparisons"), tr("Sales and members over 13 months"),
                         tr("Tiers, spend concentration and busy hours"),
                         tr("Top members, new VIPs and members at risk")};
    for (const Page& page : m_pages)
        if (page.kind == Page::Kind::Segments)
            contents.insert(3, tr("Customer segments: RFM and the four loyalty types"));
    for (int i = 0; i < contents.size(); ++i)
        p->drawText(pt(kMarginX + 8, 496 + i * 20, kContentW - 8, 18, unit), Qt::AlignLeft | Qt::AlignVCenter,
                    u"• "_s + contents[i]);
    p->setFont(font(8));
    p->drawText(pt(kMarginX, kPageH - 90, kContentW, 40, unit),
                Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                tr("Generated %1 by MemberDesk. Amounts are what members paid (after discounts and points), "
                   "voided purchases excluded.")
                    .arg(localDateTimeText(l, m_o.generatedAt)));
    p->restore();
}

} // namespace md

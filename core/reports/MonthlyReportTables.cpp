// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report's member tables (top spenders, new VIPs, members at risk), painted from the rows
// layout() split across pages.
#include "MonthlyReport.h"

#include "common/LocaleFormat.h"
#include "reports/MonthlyReportGeometry.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace md {

using namespace monthlyreport;

void MonthlyReport::paintTables(QPainter* p, const Page& page, double unit) const
{
    p->save();
    for (const PageItem& item : page.items) {
        const Section& sec = m_sections[item.section];
        double y = item.y;
        p->setPen(kInk);
        p->setFont(font(11, true));
        p->drawText(pt(kMarginX, y, kContentW, kTitleH - 6, unit), Qt::AlignLeft | Qt::AlignVCenter,
                    item.continued ? tr("%1 (continued)").arg(sec.title) : sec.title);
        y += kTitleH - 4;
        p->setPen(kMuted);
        p->setFont(font(7.5));
        p->drawText(pt(kMarginX, y, kContentW, kNoteH * 2, unit),
                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sec.note);
        y += kNoteH * 2 + 4;
        if (sec.rows.isEmpty()) {
            p->setPen(kInk);
            p->setFont(font(9));
            p->drawText(pt(kMarginX, y, kContentW, kRowH, unit), Qt::AlignLeft | Qt::AlignVCenter,
                        sec.emptyText);
            continue;
        }
        p->fillRect(pt(kMarginX, y, kContentW, kRowH, unit), kBand);
        p->setPen(Qt::white);
        p->setFont(font(7.5, true));
        double x = kMarginX;
        for (int c = 0; c < sec.headers.size(); ++c) {
            const double w = kContentW * sec.widths[c];
            const QFontMetricsF headerMetrics(p->font(), p->device());
            p->drawText(pt(x + 4, y, w - 8, kRowH, unit),
                        (sec.rightAligned[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                        headerMetrics.elidedText(sec.headers[c], Qt::ElideRight, (w - 8) * unit));
            x += w;
        }
        y += kRowH;
        p->setFont(font(8));
        const QFontMetricsF fm(p->font(), p->device());
        for (int r = item.rowFrom; r < item.rowTo; ++r) {
            if ((r - item.rowFrom) % 2 == 1)
                p->fillRect(pt(kMarginX, y, kContentW, kRowH, unit), kZebra);
            p->setPen(kInk);
            x = kMarginX;
            for (int c = 0; c < sec.headers.size(); ++c) {
                const double w = kContentW * sec.widths[c];
                p->drawText(pt(x + 4, y, w - 8, kRowH, unit),
                            (sec.rightAligned[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                            fm.elidedText(sec.rows[r].value(c), Qt::ElideRight, (w - 8) * unit));
                x += w;
            }
            y += kRowH;
        }
        p->setPen(QPen(kRule, 0.75 * unit));
        p->drawLine(QPointF(kMarginX * unit, y * unit), QPointF((kPageW - kMarginX) * unit, y * unit));
    }
    p->restore();
}

} // namespace md

// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report as a document: its pages laid out in advance (so every page can say "page N of
// M"), the painting loop, the PDF writer, and the header and footer every page carries. The pages
// themselves are painted in MonthlyReportCover.cpp, MonthlyReportKpis.cpp, MonthlyReportCharts.cpp and
// MonthlyReportTables.cpp.
#include "MonthlyReport.h"

#include "common/LocaleFormat.h"
#include "documents/PdfCreationDate.h"
#include "reports/MonthlyReportGeometry.h"

#include <QFontMetricsF>
#include <QPainter>

#include <QPageSize>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace md {

using namespace monthlyreport;

MonthlyReport::MonthlyReport(const MonthlyFigures& figures, const Options& options)
    : m_f(figures), m_o(options)
{
    if (m_o.storeName.trimmed().isEmpty())
        m_o.storeName = defaultStoreName();
    if (!m_o.generatedAt.isValid())
        m_o.generatedAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0));
    layout();
}

QString MonthlyReport::monthTitle(const QDate& month, const QLocale& locale)
{
    QString format = tr("MMMM yyyy", "the report's month (Qt date format)");
    // Until a translation says otherwise, Chinese reads "2026年1月" rather than "一月 2026".
    if (format == u"MMMM yyyy"_s && locale.language() == QLocale::Chinese)
        format = u"yyyy年M月"_s;
    return locale.toString(month, format);
}

QFont MonthlyReport::font(double points, bool bold) const
{
    // Chinese comes from Noto Sans CJK SC. Latin letters and digits come first from DejaVu Sans: Qt's PDF
    // writer loses the text mapping of the CJK font's digits (they print, but copy and search as blanks),
    // and an accountant must be able to copy the figures.
    QFont f(u"DejaVu Sans"_s);
    f.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s, u"Source Han Sans SC"_s,
                   u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK JP"_s});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void MonthlyReport::layout()
{
    const QLocale& l = m_o.locale;
    m_sections.clear();
    Section top;
    top.title = tr("Top %Ln member(s) of the month", "", int(m_f.topMembers.size()));
    top.note = tr("By paid spend in the month; tier as of today.");
    top.headers = {tr("#"), tr("Member"), tr("Card"), tr("Tier"), tr("Purchases"), tr("Spend")};
    top.widths = {0.06, 0.28, 0.22, 0.14, 0.12, 0.18};
    top.rightAligned = {true, false, false, false, true, true};
    top.emptyText = tr("Nobody bought this month.");
    for (int i = 0; i < m_f.topMembers.size(); ++i) {
        const RankedMember& m = m_f.topMembers[i];
        top.rows.append({l.toString(i + 1), m.name, m.card, m_o.rules.tierDisplayName(m.tier),
                         l.toString(m.purchases), formatYuan(m.salesFen, l)});
    }
    m_sections.append(top);

    Section vips;
    vips.title = tr("New VIPs");
    vips.note =
        m_f.newVipCount > m_f.newVips.size()
            ? tr("%Ln tier upgrade(s) this month; the highest %1 are listed.", "", int(m_f.newVipCount))
                  .arg(m_f.newVips.size())
            : tr("%Ln tier upgrade(s) this month.", "", int(m_f.newVipCount));
    vips.headers = {tr("Member"), tr("Card"), tr("Date"), tr("From"), tr("To")};
    vips.widths = {0.28, 0.22, 0.18, 0.16, 0.16};
    vips.rightAligned = {false, false, false, false, false};
    vips.emptyText = tr("No member moved up a tier this month.");
    for (const TierUpgrade& u : m_f.newVips)
        vips.rows.append({u.name, u.card, localDateText(l, u.time.date()),
                          m_o.rules.tierDisplayName(u.fromTier), m_o.rules.tierDisplayName(u.toTier)});
    m_sections.append(vips);

    Section risk;
    risk.title = tr("Members at risk");
    const QString rule =
        tr("At least 3 purchases in the 180 days before month end and none in its last 42 days; "
           "most valuable first.");
    risk.note = m_f.atRiskCount > m_f.atRisk.size()
                    ? tr("%Ln member(s) at risk; the %1 most valuable are listed.", "", int(m_f.atRiskCount))
                              .arg(m_f.atRisk.size()) +
                          u" "_s + rule
                    : rule;
    risk.headers = {tr("Member"),        tr("Card"),         tr("Tier"), tr("Purchases (180 d)"),
                    tr("Spend (180 d)"), tr("Last purchase")};
    risk.widths = {0.17, 0.19, 0.11, 0.18, 0.18, 0.17};
    risk.rightAligned = {false, false, false, true, true, true};
    risk.emptyText = tr("No member matches: nobody seems to be drifting away.");
    for (const AtRiskMember& m : m_f.atRisk)
        risk.rows.append({m.name, m.card, m_o.rules.tierDisplayName(m.tier), l.toString(m.purchases),
                          formatYuan(m.salesFen, l), localDateText(l, m.lastPurchase.date())});
    m_sections.append(risk);

    m_pages.clear();
    m_pages.append(Page{Page::Kind::Cover, {}});
    m_pages.append(Page{Page::Kind::Kpis, {}});
    if (m_f.isEmpty())
        return; // an empty month: the cover and the table that says so; no empty axes
    m_pages.append(Page{Page::Kind::TrendCharts, {}});
    m_pages.append(Page{Page::Kind::MemberCharts, {}});
    if (m_o.insight.status.exists && m_o.insight.status.ok)
        m_pages.append(Page{Page::Kind::Segments, {}});

    // Flow the tables: a section starts where there is room for its title and a few rows, and continues on
    // the next page with its header repeated.
    Page page{Page::Kind::Tables, {}};
    double y = kContentTop;
    for (int s = 0; s < m_sections.size(); ++s) {
        const Section& sec = m_sections[s];
        const double head = kTitleH + kNoteH * 2 + kRowH;
        int row = 0;
        bool continued = false;
        do {
            const int minRows = qMin(3, int(sec.rows.size()) - row);
            if (y + head + kRowH * qMax(1, minRows) > kContentBottom) {
                m_pages.append(page);
                page = Page{Page::Kind::Tables, {}};
                y = kContentTop;
            }
            const int fit = int((kContentBottom - y - head) / kRowH);
            const int to = qMin(int(sec.rows.size()), row + qMax(1, fit));
            page.items.append(PageItem{s, row, sec.rows.isEmpty() ? 0 : to, y, continued});
            y += head + kRowH * qMax(1, to - row) + 14;
            row = to;
            continued = true;
        } while (row < sec.rows.size());
    }
    if (!page.items.isEmpty())
        m_pages.append(page);
}

int MonthlyReport::pageCount() const
{
    return int(m_pages.size());
}

bool MonthlyReport::writePdf(const QString& path, int* pages, QString* error) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(tr("%1 — monthly review %2").arg(m_o.storeName, monthTitle(m_f.month, m_o.locale)));
    writer.setCreator(u"MemberDesk"_s);
    if (!paint(&writer, error))
        return false;
    stampPdfCreationDate(path, m_o.generatedAt);
    if (pages)
        *pages = pageCount();
    return true;
}

bool MonthlyReport::paint(QPagedPaintDevice* device, QString* error) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("Cannot write the report (is the folder writable and the file not open elsewhere?).");
        return false;
    }
    // One point in device units: the page is A4, whatever margins the device keeps.
    const double unit = qMin(double(device->width()) / kPageW, double(device->height()) / kPageH);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            *error = tr("Cannot add a page to the report.");
            painter.end();
            return false;
        }
        paintPage(&painter, i, unit);
    }
    if (!painter.end()) {
        *error = tr("Cannot finish writing the report.");
        return false;
    }
    return true;
}

void MonthlyReport::paintPage(QPainter* p, int index, double unit) const
{
    const Page& page = m_pages[index];
    switch (page.kind) {
    case Page::Kind::Cover:
        paintCover(p, unit);
        break;
    case Page::Kind::Kpis:
        paintHeaderFooter(p, index, unit, tr("Key figures"));
        paintKpis(p, unit);
        break;
    case Page::Kind::TrendCharts:
        paintHeaderFooter(p, index, unit, tr("Sales and members over 13 months"));
        paintTrendCharts(p, unit);
        break;
    case Page::Kind::MemberCharts:
        paintHeaderFooter(p, index, unit, tr("Who buys, and when"));
        paintMemberCharts(p, unit);
        break;
    case Page::Kind::Segments:
        paintHeaderFooter(p, index, unit, tr("Customer segments"));
        paintSegments(p, unit);
        break;
    case Page::Kind::Tables:
        paintHeaderFooter(p, index, unit, tr("Members"));
        paintTables(p, page, unit);
        break;
    }
    if (page.kind == Page::Kind::Cover) {
        // The cover carries the footer too, so "page 1 of M" is on every page.
        p->save();
        p->setFont(font(7.5));
        p->setPen(kMuted);
        p->drawText(pt(kMarginX, kPageH - 40, kContentW, 14, unit), Qt::AlignRight | Qt::AlignVCenter,
                    tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
        p->restore();
    }
}

void MonthlyReport::paintHeaderFooter(QPainter* p, int index, double unit, const QString& title) const
{
    const QLocale& l = m_o.locale;
    p->save();
    p->setPen(kMuted);
    p->setFont(font(8));
    p->drawText(pt(kMarginX, 26, kContentW, 14, unit), Qt::AlignLeft | Qt::AlignVCenter,
                tr("%1 · Monthly review · %2").arg(m_o.storeName, monthTitle(m_f.month, l)));
    p->setPen(kInk);
    p->setFont(font(13, true));
    p->drawText(pt(kMarginX, 40, kContentW, 22, unit), Qt::AlignLeft | Qt::AlignVCenter, title);
    p->setPen(QPen(kRule, 0.75 * unit));
    p->drawLine(QPointF(kMarginX * unit, 64 * unit), QPointF((kPageW - kMarginX) * unit, 64 * unit));
    p->drawLine(QPointF(kMarginX * unit, (kPageH - 44) * unit),
                QPointF((kPageW - kMarginX) * unit, (kPageH - 44) * unit));
    p->setPen(kMuted);
    p->setFont(font(7.5));
    p->drawText(pt(kMarginX, kPageH - 40, kContentW, 14, unit), Qt::AlignLeft | Qt::AlignVCenter,
                tr("Generated %1").arg(localDateTimeText(l, m_o.generatedAt)));
    p->drawText(pt(kMarginX, kPageH - 40, kContentW, 14, unit), Qt::AlignRight | Qt::AlignVCenter,
                tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    p->restore();
}

} // namespace md

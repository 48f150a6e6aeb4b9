// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyReport.h"
#include "common/LocaleFormat.h"

#include "reports/ReportCharts.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace md {

namespace {

// Page geometry in typographic points (A4 portrait).
constexpr double kPageW = 595.3;
constexpr double kPageH = 841.9;
constexpr double kMarginX = 42;
constexpr double kContentTop = 70;
constexpr double kContentBottom = kPageH - 52;
constexpr double kContentW = kPageW - 2 * kMarginX;
constexpr double kRowH = 16;
constexpr double kTitleH = 26;
constexpr double kNoteH = 14;

const QColor kInk(0x22, 0x2b, 0x36);
const QColor kMuted(0x6b, 0x75, 0x80);
const QColor kRule(0xd5, 0xdb, 0xe1);
const QColor kBand(0x1f, 0x4e, 0x79);
const QColor kZebra(0xf5, 0xf7, 0xf9);
const QColor kUp(0x2e, 0x8b, 0x57);
const QColor kDown(0xc0, 0x39, 0x2b);

QRectF pt(double x, double y, double w, double h, double u)
{
    return QRectF(x * u, y * u, w * u, h * u);
}

enum class Better
{
    Higher,
    Lower,
    Neutral,
};

} // namespace

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
    top.title = tr("Top %n member(s) of the month", "", int(m_f.topMembers.size()));
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
        vips.rows.append({u.name, u.card, l.toString(u.time.date(), QLocale::ShortFormat),
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
                          formatYuan(m.salesFen, l),
                          l.toString(m.lastPurchase.date(), QLocale::ShortFormat)});
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

void MonthlyReport::chartTitle(QPainter* p, double unit, const QRectF& rect, const QString& title,
                               const QString& note) const
{
    p->save();
    p->setPen(kInk);
    p->setFont(font(10, true));
    p->drawText(pt(rect.x(), rect.y(), rect.width(), 16, unit), Qt::AlignLeft | Qt::AlignVCenter, title);
    if (!note.isEmpty()) {
        p->setPen(kMuted);
        p->setFont(font(7.5));
        p->drawText(pt(rect.x(), rect.y() + 16, rect.width(), 12, unit), Qt::AlignLeft | Qt::AlignVCenter,
                    note);
    }
    p->restore();
}

void MonthlyReport::paintTrendCharts(QPainter* p, double unit) const
{
    // Three full-width charts of the 13 months, one under the other.
    ReportCharts charts(p, m_o.locale, font(8), unit);
    const double chartH = 196;
    double y = kContentTop + 4;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Member sales and purchases"),
               tr("The 13 months up to %1; the month of the report is the dark bar.")
                   .arg(monthTitle(m_f.month, m_o.locale)));
    charts.salesTrend(pt(kMarginX, y + 34, kContentW, chartH, unit), m_f.trend);
    y += chartH + 44;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Sales by tier"),
               tr("Tier held at the time of purchase; the legend gives each tier's share of %1.")
                   .arg(monthTitle(m_f.month, m_o.locale)));
    charts.salesByTier(pt(kMarginX, y + 34, kContentW, chartH, unit), m_f.trend, m_f.tiers);
    y += chartH + 44;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("New and returning members"),
               tr("Members who bought in each month: joined that month, or earlier."));
    charts.newVsReturning(pt(kMarginX, y + 34, kContentW, chartH, unit), m_f.trend);
}

void MonthlyReport::paintMemberCharts(QPainter* p, double unit) const
{
    ReportCharts charts(p, m_o.locale, font(8), unit);
    double y = kContentTop + 4;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Members by tier"), tr("At month end."));
    charts.tierDonut(pt(kMarginX + 60, y + 34, kContentW - 120, 150, unit), m_f.tiers);
    y += 200;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Spend concentration"),
               tr("%Ln member(s) bought this month; the curve adds up their spend, biggest spenders first.",
                  "", int(m_f.pareto.members)));
    charts.pareto(pt(kMarginX + 60, y + 34, kContentW - 120, 250, unit), m_f.pareto);
    y += 300;
    chartTitle(p, unit, QRectF(kMarginX, y, kContentW, 30), tr("When do members come?"),
               tr("Purchases by weekday and hour of the day."));
    charts.heatmap(pt(kMarginX, y + 34, kContentW, 170, unit), m_f.heatmap);
}

void MonthlyReport::paintSegments(QPainter* p, double unit) const
{
    const InsightDistribution& d = m_o.insight;
    const QLocale& l = m_o.locale;
    ReportCharts charts(p, l, font(8), unit);
    auto valueText = [&](int members, qint64 total, Fen spend) {
        const QString share = l.toString(total > 0 ? 100.0 * members / double(total) : 0.0, 'f', 1);
        return d.moneyVisible
                   ? tr("%1 members (%2 %) · paid %3").arg(l.toString(members), share, formatYuan(spend, l))
                   : tr("%1 members (%2 %)").arg(l.toString(members), share);
    };
    double y = kContentTop + 4;
    const QString asOf =
        l.toString(d.status.asOf, tr("MMMM d, yyyy", "date of the insight snapshot (Qt format)"));
    chartTitle(
        p, unit, QRectF(kMarginX, y, kContentW, 30), tr("RFM segments"),
        tr("Insight snapshot as of %1: members who bought in the %Ln day(s) before, and what they paid.", "",
           d.status.windowDays)
            .arg(asOf));
    {
        QStringList names, values;
        QVector<qint64> counts;
        QVector<QColor> colors;
        qint64 total = 0;
        for (int i = 0; i < kRfmSegmentCount; ++i)
            total += d.segmentMembers[size_t(i)];
        for (int i = 0; i < kRfmSegmentCount; ++i) {
            names.append(Rfm::name(RfmSegment(i)));
            counts.append(d.segmentMembers[size_t(i)]);
            values.append(valueText(d.segmentMembers[size_t(i)], total, d.segmentSpendFen[size_t(i)]));
            colors.append(ReportCharts::seriesColor(5));
        }
        charts.labelledBars(pt(kMarginX, y + 38, kContentW, 6 * 24, unit), names, counts, values, colors);
    }
    y += 38 + 6 * 24 + 40;
    chartTitle(
        p, unit, QRectF(kMarginX, y, kContentW, 30), tr("Four loyalty types"),
        tr("Profit against loyalty in the same window: friends, butterflies, barnacles and strangers."));
    {
        // The colours of the Insight page's quadrant chart (ui/insight/InsightCharts.cpp).
        static const QColor typeColors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0xe6, 0x6a, 0x00),
                                            QColor(0x15, 0x65, 0xc0), QColor(0x8a, 0x8a, 0x8a)};
        QStringList names, values;
        QVector<qint64> counts;
        QVector<QColor> colors;
        qint64 total = 0;
        for (int i = 0; i < kLoyaltyTypeCount; ++i)
            total += d.typeMembers[size_t(i)];
        for (int i = 0; i < kLoyaltyTypeCount; ++i) {
            names.append(LoyaltyTypes::name(LoyaltyType(i)));
            counts.append(d.typeMembers[size_t(i)]);
            values.append(valueText(d.typeMembers[size_t(i)], total, d.typeSpendFen[size_t(i)]));
            colors.append(typeColors[i]);
        }
        charts.labelledBars(pt(kMarginX, y + 38, kContentW, 4 * 24, unit), names, counts, values, colors);
    }
}

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

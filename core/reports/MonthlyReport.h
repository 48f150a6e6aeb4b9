// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/MemberInsightStore.h"
#include "domain/LoyaltyRules.h"
#include "reports/MonthlyFigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace md {

/// The owner's monthly report as a printable document (A4 portrait): a cover with the store name and the
/// month, the KPI table with comparisons to the previous month and the same month last year, the charts
/// (painted with QPainter: vector output), the top members of the month, new VIPs and members at risk,
/// "page N of M" on every page. Chinese text uses "Noto Sans CJK SC" (Latin and digits DejaVu Sans); a PDF
/// embeds the fonts it uses. User text goes through tr(): install translators before painting.
///
/// Needs a QGuiApplication (fonts); works on any paged device: QPdfWriter here, a QPrinter in the GUI's
/// print preview.
class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
public:
    struct Options
    {
        QString storeName;     ///< empty: "MemberDesk"
        QLocale locale;        ///< numbers, amounts, dates, month and weekday names
        QDateTime generatedAt; ///< printed in the footer (the injected clock's now)
        LoyaltyRules rules;    ///< tier names
        /// The last insight snapshot's segments and types: a page of their own when status.ok (with its
        /// "as of" date), a line saying none was computed yet otherwise.
        InsightDistribution insight;
    };

    MonthlyReport(const MonthlyFigures& figures, const Options& options);

    /// Pages the document will have (known before painting, for "page N of M").
    int pageCount() const;

    /// Paints every page on `device` (A4 is assumed; content is scaled to the device's page). False
    /// with *error when the device cannot be painted on.
    bool paint(QPagedPaintDevice* device, QString* error) const;

    /// Writes a PDF file (A4, 300 dpi for positioning, vector text and charts); *pages gets the count.
    bool writePdf(const QString& path, int* pages, QString* error) const;

    /// The settings key of the store's name (SettingsRepository), and the name used without it.
    static QString storeNameSettingsKey() { return QStringLiteral("store_name"); }
    static QString defaultStoreName() { return QStringLiteral("MemberDesk"); }
    /// The month as the report titles it ("January 2026", "2026年1月").
    static QString monthTitle(const QDate& month, const QLocale& locale);

private:
    /// A table of members (top spenders, new VIPs, at risk), split across pages as needed.
    struct Section
    {
        QString title;
        QStringList headers;
        QVector<double> widths; ///< fractions of the content width
        QVector<bool> rightAligned;
        QVector<QStringList> rows;
        QString note;      ///< under the title (what the list means, how many there are)
        QString emptyText; ///< shown when there are no rows
    };
    struct PageItem
    {
        int section = 0;
        int rowFrom = 0;
        int rowTo = 0; ///< exclusive
        double y = 0;  ///< in points from the top of the page
        bool continued = false;
    };
    struct Page
    {
        enum class Kind
        {
            Cover,
            Kpis,
            TrendCharts,
            MemberCharts,
            Segments,
            Tables,
        };
        Kind kind = Kind::Cover;
        QVector<PageItem> items;
    };

    void layout();
    void paintPage(QPainter* p, int index, double unit) const;
    void paintCover(QPainter* p, double unit) const;
    void paintKpis(QPainter* p, double unit) const;
    void paintTrendCharts(QPainter* p, double unit) const;
    void paintMemberCharts(QPainter* p, double unit) const;
    void paintSegments(QPainter* p, double unit) const;
    void paintTables(QPainter* p, const Page& page, double unit) const;
    void paintHeaderFooter(QPainter* p, int index, double unit, const QString& title) const;
    void chartTitle(QPainter* p, double unit, const QRectF& rect, const QString& title,
                    const QString& note) const;
    QFont font(double points, bool bold = false) const;

    MonthlyFigures m_f;
    Options m_o;
    QVector<Section> m_sections;
    QVector<Page> m_pages;
};

} // namespace md

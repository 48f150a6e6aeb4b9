// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: the monthly report of the month shown — print preview, print and PDF.
// The page itself is in DashboardPage.cpp.
#include "dashboard/DashboardPage.h"

#include "common/Clock.h"
#include "reports/MonthlyReport.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace md::ui {

bool DashboardPage::currentFigures(Shown* figures)
{
    const auto it = m_cache.constFind(m_month);
    if (it == m_cache.constEnd()) {
        QMessageBox::information(
            this, tr("Monthly report"),
            tr("The figures of this month are still being computed; try again in a moment."));
        return false;
    }
    if (!it->atRiskKnown) {
        // Asked for before the second pass finished: the report needs the list, find it here.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        const bool found = ensureAtRisk(&error);
        QApplication::restoreOverrideCursor();
        if (!found) {
            QMessageBox::warning(this, tr("Monthly report"),
                                 tr("The members at risk could not be found: %1").arg(error));
            return false;
        }
    }
    *figures = m_cache.value(m_month);
    return true;
}

bool DashboardPage::ensureAtRisk(QString* error)
{
    auto it = m_cache.find(m_month);
    if (it == m_cache.end() || it->atRiskKnown)
        return true;
    if (!MonthlyFigures::membersAtRisk(m_ctx.db, &it->figures, error, MonthlyFigures::Options().listLimit))
        return false;
    it->atRiskKnown = true;
    if (m_shown == m_month)
        fillAtRisk(it.value());
    return true;
}

namespace {

MonthlyReport makeReport(const ServiceContext& ctx, const MonthlyFigures& figures,
                         const InsightDistribution& insight, const LoyaltyRules& rules)
{
    MonthlyReport::Options options;
    options.storeName = SettingsRepository(ctx.db).value(MonthlyReport::storeNameSettingsKey(),
                                                         MonthlyReport::defaultStoreName());
    options.locale = QLocale();
    options.generatedAt = ctx.clock.now();
    options.rules = rules;
    options.insight = insight;
    return MonthlyReport(figures, options);
}

void setUpPrinter(QPrinter* printer, const QDate& month)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    // The report lays out its own margins, as in the PDF it writes.
    printer->setFullPage(true);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    printer->setDocName(DashboardPage::tr("Monthly report %1").arg(month.toString(u"yyyy-MM"_s)));
}

} // namespace

void DashboardPage::printPreview()
{
    Shown shown;
    if (!currentFigures(&shown))
        return;
    const MonthlyFigures& figures = shown.figures;
    const MonthlyReport report = makeReport(m_ctx, figures, shown.insight, m_rules);
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, figures.month);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Monthly report — %1").arg(MonthlyReport::monthTitle(figures.month, QLocale())));
    dialog.resize(900, 700);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &report](QPrinter* device) {
        QString error;
        if (!report.paint(device, &error))
            QMessageBox::warning(this, tr("Monthly report"), error);
    });
    dialog.exec();
}

void DashboardPage::print()
{
    Shown shown;
    if (!currentFigures(&shown))
        return;
    const MonthlyFigures& figures = shown.figures;
    const MonthlyReport report = makeReport(m_ctx, figures, shown.insight, m_rules);
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, figures.month);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!report.paint(&printer, &error))
        QMessageBox::warning(this, tr("Monthly report"),
                             tr("The report could not be printed: %1").arg(error));
}

bool DashboardPage::saveReportPdf(const QString& path, int* pages, QString* error)
{
    const auto it = m_cache.constFind(m_month);
    if (it == m_cache.constEnd()) {
        *error =
            tr("The figures of %1 are not computed yet.").arg(MonthlyReport::monthTitle(m_month, QLocale()));
        return false;
    }
    if (!ensureAtRisk(error))
        return false;
    const Shown& shown = m_cache.value(m_month);
    const MonthlyReport report = makeReport(m_ctx, shown.figures, shown.insight, m_rules);
    return report.writePdf(path, pages, error);
}

void DashboardPage::savePdf()
{
    Shown shown;
    if (!currentFigures(&shown))
        return;
    const MonthlyFigures& figures = shown.figures;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        folder + u"/"_s + tr("monthly-report-%1.pdf").arg(figures.month.toString(u"yyyy-MM"_s));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save monthly report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    int pages = 0;
    QString error;
    if (!saveReportPdf(path, &pages, &error)) {
        QMessageBox::warning(this, tr("Save monthly report"),
                             tr("The PDF could not be written: %1").arg(error));
        return;
    }
    m_status->setText(tr("Saved the monthly report (%Ln page(s)) to %1.", "", pages).arg(path));
}

} // namespace md::ui

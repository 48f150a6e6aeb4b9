// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/InvitationOutput.h"

#include "common/WorkerPool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

// The texts here were InvitationDesigner's before this class was split off; they keep its translation
// context ("md::ui::InvitationDesigner") so the existing translations still apply, hence
// QCoreApplication::translate rather than tr().

namespace md::ui {

namespace {

/// A printer set up like the PDF: 300 dpi for crisp text and codes (so the preview shows what the PDF
/// would), full page so cards and crop marks keep their true size.
void setUpPrinter(QPrinter* printer, InvitationLayout layout, const QString& eventTitle)
{
    printer->setResolution(300);
    printer->setFullPage(true);
    printer->setPageSize(InvitationRenderer::pageSize(layout));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setDocName(eventTitle);
}

} // namespace

InvitationOutput::InvitationOutput(QWidget* window, QProgressBar* progress, QPushButton* cancel)
    : QObject(window), m_window(window), m_progress(progress), m_cancel(cancel)
{
    m_pdf = new QFutureWatcher<PdfResult>(this);
    connect(m_pdf, &QFutureWatcherBase::finished, this, &InvitationOutput::onPdfFinished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
    });
}

InvitationOutput::~InvitationOutput()
{
    stopPdf();
}

void InvitationOutput::stopPdf()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_pdf->waitForFinished();
}

QString InvitationOutput::choosePdfFile(const QDate& eventDay, InvitationLayout layout) const
{
    const QString suggested =
        QCoreApplication::translate("md::ui::InvitationDesigner", "invitations-%1-%2.pdf")
            .arg(eventDay.toString(u"yyyy-MM-dd"_s), InvitationRenderer::layoutKey(layout));
    return QFileDialog::getSaveFileName(
        m_window, QCoreApplication::translate("md::ui::InvitationDesigner", "Save the invitations as PDF"),
        suggested, QCoreApplication::translate("md::ui::InvitationDesigner", "PDF files (*.pdf)"));
}

bool InvitationOutput::savePdf(const QString& path, const InvitationRenderer::Input& input)
{
    if (isWritingPdf())
        return false;
    const InvitationRenderer renderer(input);
    QString error;
    if (!renderer.check(&error)) {
        emit message(error, true);
        return false;
    }
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const int pages = renderer.pageCount();
    m_progress->setRange(0, pages);
    m_progress->setValue(0);
    m_progress->setFormat(QCoreApplication::translate("md::ui::InvitationDesigner", "Page %v of %m"));
    m_progress->show();
    m_cancel->show();
    emit message(QCoreApplication::translate("md::ui::InvitationDesigner", "Writing %Ln invitation(s)…", "",
                                             int(renderer.input().guests.size())),
                 false);
    QPointer<QProgressBar> bar = m_progress;
    const auto cancel = m_cancelFlag;
    m_pdf->setFuture(QtConcurrent::run(workerPool(), [renderer, path, bar, cancel] {
        PdfResult result;
        result.path = path;
        result.invitations = int(renderer.input().guests.size());
        result.ok = renderer.writePdf(path, &result.pages, &result.error, [bar, cancel](int done, int) {
            QMetaObject::invokeMethod(bar, [bar, done] {
                if (bar)
                    bar->setValue(done);
            });
            return !cancel->load();
        });
        return result;
    }));
    emit busyChanged();
    return true;
}

void InvitationOutput::onPdfFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const PdfResult result = m_pdf->result();
    if (result.ok) {
        emit message(QCoreApplication::translate("md::ui::InvitationDesigner", "%Ln page(s) saved to %1.", "",
                                                 result.pages)
                         .arg(QDir::toNativeSeparators(result.path)),
                     false);
        emit outputMade(result.invitations, result.pages, u"pdf "_s + QDir::toNativeSeparators(result.path));
        emit pdfWritten(result.path, result.pages);
    } else {
        emit message(result.error, true);
    }
    emit busyChanged();
}

bool InvitationOutput::paintOn(QPrinter* printer, const InvitationRenderer& renderer, bool withProgress)
{
    QString error;
    if (!renderer.check(&error)) {
        emit message(error, true);
        return false;
    }
    // A printer is driven from the GUI thread: a modal progress dialog keeps the window alive meanwhile.
    std::unique_ptr<QProgressDialog> progress;
    if (withProgress && renderer.pageCount() > 1) {
        progress = std::make_unique<QProgressDialog>(
            QCoreApplication::translate("md::ui::InvitationDesigner", "Printing the invitations…"),
            QCoreApplication::translate("md::ui::InvitationDesigner", "Cancel"), 0, renderer.pageCount(),
            m_window);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    const bool ok = renderer.paint(printer, &error, [&progress, printer](int done, int) {
        if (!progress)
            return true;
        progress->setValue(done);
        QCoreApplication::processEvents();
        if (!progress->wasCanceled())
            return true;
        printer->abort(); // otherwise the pages painted so far would still go to the printer
        return false;
    });
    if (!ok)
        emit message(error, true);
    return ok;
}

void InvitationOutput::printPreview(const InvitationRenderer::Input& input, const QString& eventTitle)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, input.layout, eventTitle);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(
        QCoreApplication::translate("md::ui::InvitationDesigner", "Invitations: %1").arg(eventTitle));
    // The dialog is modal, so the designer cannot change what prints while it is open.
    const InvitationRenderer renderer(input);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &renderer](QPrinter* target) { paintOn(target, renderer, false); });
    dialog.resize(1000, 720);
    dialog.exec();
}

void InvitationOutput::print(const InvitationRenderer::Input& input, const QString& eventTitle)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, input.layout, eventTitle);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(QCoreApplication::translate("md::ui::InvitationDesigner", "Print the invitations"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int guests = int(input.guests.size());
    if (paintOn(&printer, InvitationRenderer(input), true)) {
        emit outputMade(guests, InvitationRenderer::pageCount(input.layout, guests),
                        u"printer "_s + printer.printerName());
        emit message(QCoreApplication::translate("md::ui::InvitationDesigner",
                                                 "%Ln invitation(s) sent to %1.", "", guests)
                         .arg(printer.printerName()),
                     false);
    }
}

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/InvitationRenderer.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QPrinter;
class QProgressBar;
class QPushButton;
class QWidget;

namespace md::ui {

/// What InvitationDesigner makes of its invitations: the PDF (written on a worker thread, with the
/// designer's progress bar and Cancel button), the print preview and the printer. Apart from the designer
/// because it is the half that talks to files, printers and threads, while the designer edits and
/// previews. The designer saves an edited text first and hands over what to print as a renderer input;
/// this class reports back through signals and never touches the designer's state.
class InvitationOutput : public QObject
{
    Q_OBJECT
public:
    /// `window` parents the dialogs; `progress` and `cancel` show while a PDF is written.
    InvitationOutput(QWidget* window, QProgressBar* progress, QPushButton* cancel);
    ~InvitationOutput() override;

    bool isWritingPdf() const { return m_pdf->isRunning(); }
    /// Asks the worker to stop and waits for it (the designer calls it before its widgets go).
    void stopPdf();

    /// Asks where to save the PDF, suggesting a name from the event's day and the layout; empty when
    /// the owner cancelled.
    QString choosePdfFile(const QDate& eventDay, InvitationLayout layout) const;
    /// Starts writing the PDF on a worker thread; false (with message()) when the input cannot be printed.
    bool savePdf(const QString& path, const InvitationRenderer::Input& input);
    void printPreview(const InvitationRenderer::Input& input, const QString& eventTitle);
    void print(const InvitationRenderer::Input& input, const QString& eventTitle);

signals:
    /// Something for the designer's message line.
    void message(const QString& text, bool error);
    /// A PDF started or finished: the designer's buttons follow isWritingPdf().
    void busyChanged();
    /// Invitations were made (for the audit log): how many, on how many pages, and where to.
    void outputMade(int invitations, int pages, const QString& where);
    void pdfWritten(const QString& path, int pages);

private:
    struct PdfResult
    {
        bool ok = false;
        int pages = 0;
        int invitations = 0;
        QString error;
        QString path;
    };

    bool paintOn(QPrinter* printer, const InvitationRenderer& renderer, bool withProgress);
    void onPdfFinished();

    QWidget* m_window;
    QPointer<QProgressBar> m_progress;
    QPushButton* m_cancel;
    QFutureWatcher<PdfResult>* m_pdf;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/InvitationRenderer.h"
#include "events/Event.h"
#include "events/EventInvitations.h"
#include "services/ServiceContext.h"

#include <QImage>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace md::ui {

class InvitationOutput;
class InvitationPreview;

/// Designs and prints an event's invitations: the template text with buttons that insert placeholders,
/// the store logo, the layout (A4, A4 four-up, A6), a live preview of one real guest's invitation drawn
/// by the renderer itself, and print preview / print / PDF for every guest (or only the one shown, to
/// replace a lost card). Long PDFs are written on a worker thread with progress and Cancel.
class InvitationDesigner : public QWidget
{
    Q_OBJECT
public:
    explicit InvitationDesigner(const ServiceContext& ctx, QWidget* parent = nullptr);
    ~InvitationDesigner() override;

    void setEvent(const Event& event);
    /// Reloads the guests (after invitations were written or withdrawn).
    void reloadGuests();

    QString templateText() const;
    void setTemplateText(const QString& text);
    InvitationLayout layout() const;
    void setLayout(InvitationLayout layout);
    /// The guests the renderer gets: every invitation, or only the one previewed.
    QVector<InvitationGuest> guestsToPrint() const;
    int guestCount() const { return int(m_guests.size()); }
    InvitationPreview* preview() const { return m_preview; }
    bool isWritingPdf() const;
    /// The last message shown (tests).
    QString messageText() const;

public slots:
    /// Saves the template with the event. False with the problem shown.
    bool saveTemplate();
    /// Writes the PDF on a worker thread; the result is shown (and pdfWritten emitted).
    bool savePdf(const QString& path);
    /// Uses `path` as the store logo (saved in the database, owner only).
    bool setLogoFile(const QString& path);
    void removeLogo();

signals:
    void pdfWritten(const QString& path, int pages);
    void templateSaved(qint64 eventId);

private:
    InvitationRenderer::Input rendererInput(const QVector<InvitationGuest>& guests) const;
    InvitationGuest previewGuest() const;
    void schedulePreview();
    void updatePreview();
    void updateLogo();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    void chooseLogo();
    void choosePdfFile();
    void printPreview();
    void print();
    /// Saves an edited text first; false when it cannot be saved (the reason is shown).
    bool prepareOutput();
    /// "event.invitations" in the audit log, as the CLI writes it.
    void recordOutput(int invitations, int pages, const QString& where);

    ServiceContext m_ctx;
    Event m_event;
    QVector<InvitationGuest> m_guests;
    QString m_storeName;
    QImage m_logo;
    QString m_savedTemplate;

    QPlainTextEdit* m_template;
    QLabel* m_problems;
    QPushButton* m_saveTemplate;
    QPushButton* m_defaultTemplate;
    QLabel* m_logoThumb;
    QPushButton* m_removeLogo;
    QComboBox* m_layout;
    QComboBox* m_guest;
    QCheckBox* m_onlyShown;
    QPushButton* m_previewButton;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_message;
    InvitationPreview* m_preview;
    QTimer* m_previewDelay;
    InvitationOutput* m_output; ///< PDF, print preview and print (InvitationOutput.h)
};

} // namespace md::ui

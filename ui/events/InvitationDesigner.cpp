// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/InvitationDesigner.h"

// The designer's editing half: the template, the logo, the layout and the live preview. What it makes of
// them — PDF, print preview, print — is InvitationOutput's job (InvitationOutput.cpp).

#include "common/Clock.h"
#include "common/Formatting.h"
#include "documents/EventInvitationDocument.h"
#include "documents/StoreBranding.h"
#include "events/EventService.h"
#include "events/InvitationOutput.h"
#include "events/InvitationPreview.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "storage/SettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

InvitationEvent invitationEvent(const Event& event)
{
    InvitationEvent out;
    out.id = event.id;
    out.title = event.title;
    out.start = event.startsAt;
    out.end = event.endsAt;
    out.place = event.place;
    out.offer = event.offer;
    out.description = event.description;
    return out;
}

} // namespace

InvitationDesigner::InvitationDesigner(const ServiceContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"invitationDesigner"_s);
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(150);
    connect(m_previewDelay, &QTimer::timeout, this, &InvitationDesigner::updatePreview);

    // Template: the text and one button per placeholder, inserted at the cursor.
    m_template = new QPlainTextEdit;
    m_template->setObjectName(u"templatePlainTextEdit"_s);
    m_template->setTabChangesFocus(true);
    m_template->setToolTip(tr("The first line is the headline; a line starting with “> ” is a highlighted "
                              "detail; an empty line starts a new paragraph."));
    auto* placeholders = new QGridLayout;
    placeholders->setSpacing(4);
    const QVector<InvitationTemplate::Placeholder> keys = InvitationTemplate::placeholders();
    for (int i = 0; i < keys.size(); ++i) {
        const InvitationTemplate::Placeholder& p = keys.at(i);
        auto* button = new QToolButton;
        button->setObjectName(u"%1PlaceholderToolButton"_s.arg(p.key));
        // The description is the label (translated); a long one is cut short, the tooltip has it all.
        button->setText(button->fontMetrics().elidedText(p.description, Qt::ElideRight, 150));
        button->setToolTip(tr("Inserts {%1}: %2").arg(p.key, p.description));
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus); // the cursor stays in the text
        connect(button, &QToolButton::clicked, this, [this, key = p.key] {
            m_template->insertPlainText(u"{%1}"_s.arg(key));
            m_template->setFocus();
        });
        placeholders->addWidget(button, i / 3, i % 3);
    }
    m_problems = new QLabel;
    m_problems->setObjectName(u"problemsLabel"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(errorLabelStyle());
    m_problems->hide();
    m_saveTemplate = new QPushButton(tr("&Save template"));
    m_saveTemplate->setObjectName(u"saveTemplatePushButton"_s);
    m_defaultTemplate = new QPushButton(tr("&Reset to the default"));
    m_defaultTemplate->setObjectName(u"defaultTemplatePushButton"_s);
    connect(m_saveTemplate, &QPushButton::clicked, this, &InvitationDesigner::saveTemplate);
    connect(m_defaultTemplate, &QPushButton::clicked, this, [this] {
        // As an edit, so Ctrl+Z brings the shop's own text back.
        QTextCursor cursor(m_template->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(InvitationTemplate::defaultText());
        m_template->setFocus();
    });
    auto* templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_defaultTemplate);
    templateButtons->addStretch();
    templateButtons->addWidget(m_saveTemplate);
    auto* templateBox = new QGroupBox(tr("Invitation text"));
    auto* templateLayout = new QVBoxLayout(templateBox);
    templateLayout->addLayout(placeholders);
    templateLayout->addWidget(m_template, 1);
    templateLayout->addWidget(m_problems);
    templateLayout->addLayout(templateButtons);

    // Logo, layout, the guest shown.
    m_logoThumb = new QLabel;
    m_logoThumb->setObjectName(u"logoLabel"_s);
    m_logoThumb->setFixedSize(96, 48);
    m_logoThumb->setAlignment(Qt::AlignCenter);
    m_logoThumb->setStyleSheet(u"QLabel { border: 1px dashed #aaa; color: #777; }"_s);
    auto* chooseLogo = new QPushButton(tr("&Logo…"));
    chooseLogo->setObjectName(u"logoPushButton"_s);
    connect(chooseLogo, &QPushButton::clicked, this, &InvitationDesigner::chooseLogo);
    m_removeLogo = new QPushButton(tr("No logo"));
    m_removeLogo->setObjectName(u"removeLogoPushButton"_s);
    connect(m_removeLogo, &QPushButton::clicked, this, &InvitationDesigner::removeLogo);
    m_layout = new QComboBox;
    m_layout->setObjectName(u"layoutComboBox"_s);
    for (InvitationLayout layout : InvitationRenderer::allLayouts())
        m_layout->addItem(InvitationRenderer::layoutName(layout), int(layout));
    m_guest = new QComboBox;
    m_guest->setObjectName(u"guestComboBox"_s);
    m_guest->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_guest->setMinimumContentsLength(14);
    m_onlyShown = new QCheckBox(tr("Only &this guest"));
    m_onlyShown->setObjectName(u"onlyShownCheckBox"_s);
    m_onlyShown->setToolTip(tr("Print or save just the invitation shown, e.g. to replace a lost one."));
    auto* layoutLabel = new QLabel(tr("La&yout"));
    layoutLabel->setBuddy(m_layout);
    auto* guestLabel = new QLabel(tr("&Guest"));
    guestLabel->setBuddy(m_guest);
    auto* options = new QGridLayout;
    options->addWidget(new QLabel(tr("Logo")), 0, 0);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoThumb);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch();
    options->addLayout(logoRow, 0, 1);
    options->addWidget(layoutLabel, 1, 0);
    options->addWidget(m_layout, 1, 1);
    options->addWidget(guestLabel, 2, 0);
    auto* guestRow = new QHBoxLayout;
    guestRow->addWidget(m_guest, 1);
    guestRow->addWidget(m_onlyShown);
    options->addLayout(guestRow, 2, 1);
    options->setColumnStretch(1, 1);

    m_previewButton = new QPushButton(tr("Print pre&view…"));
    m_previewButton->setObjectName(u"printPreviewPushButton"_s);
    m_printButton = new QPushButton(tr("&Print…"));
    m_printButton->setObjectName(u"printPushButton"_s);
    m_pdfButton = new QPushButton(tr("Save P&DF…"));
    m_pdfButton->setObjectName(u"pdfPushButton"_s);
    connect(m_previewButton, &QPushButton::clicked, this, &InvitationDesigner::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &InvitationDesigner::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &InvitationDesigner::choosePdfFile);
    auto* printRow = new QHBoxLayout;
    printRow->addWidget(m_previewButton);
    printRow->addWidget(m_printButton);
    printRow->addWidget(m_pdfButton);
    printRow->addStretch();
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"pdfProgressBar"_s);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"cancelPushButton"_s);
    m_cancel->hide();
    m_output = new InvitationOutput(this, m_progress, m_cancel);
    connect(m_output, &InvitationOutput::message, this, &InvitationDesigner::showMessage);
    connect(m_output, &InvitationOutput::busyChanged, this, &InvitationDesigner::updateButtons);
    connect(m_output, &InvitationOutput::outputMade, this, &InvitationDesigner::recordOutput);
    connect(m_output, &InvitationOutput::pdfWritten, this, &InvitationDesigner::pdfWritten);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(templateBox, 1);
    leftLayout->addLayout(options);
    leftLayout->addLayout(printRow);
    leftLayout->addLayout(progressRow);
    leftLayout->addWidget(m_message);

    m_preview = new InvitationPreview;
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"designerSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_template, &QPlainTextEdit::textChanged, this, &InvitationDesigner::schedulePreview);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &InvitationDesigner::updatePreview);
    connect(m_guest, &QComboBox::currentIndexChanged, this, &InvitationDesigner::updatePreview);
    connect(m_onlyShown, &QCheckBox::toggled, this, &InvitationDesigner::updateButtons);

    const bool owner = Permissions::allows(m_ctx.actor.role, Permission::PlanEvents);
    chooseLogo->setEnabled(owner);
    m_template->setReadOnly(!owner);
    updateLogo();
}

InvitationDesigner::~InvitationDesigner()
{
    // Before the widgets the worker reports to are gone.
    m_output->stopPdf();
}

void InvitationDesigner::setEvent(const Event& event)
{
    m_event = event;
    QString text = event.invitationTemplate;
    if (text.trimmed().isEmpty())
        text = InvitationTemplate::load(SettingsRepository(m_ctx.db)).text();
    m_savedTemplate = event.invitationTemplate;
    {
        const QSignalBlocker blocker(m_template);
        m_template->setPlainText(text);
    }
    reloadGuests();
}

void InvitationDesigner::reloadGuests()
{
    m_guests.clear();
    const qint64 keep = m_guest->currentData().toLongLong();
    // The same gathering as the CLI's `event invitations`: every invitation that still has a person.
    EventInvitationDocument::Result document;
    QString error;
    if (m_event.isValid() &&
        EventInvitationDocument::build(m_ctx, m_event.id, layout(), QLocale(), &document, &error)) {
        m_guests = document.input.guests;
    } else if (m_event.isValid() && m_event.invited > 0) {
        showMessage(error, true);
    }
    const QSignalBlocker blocker(m_guest);
    m_guest->clear();
    for (const InvitationGuest& guest : m_guests)
        m_guest->addItem(u"%1 · %2"_s.arg(guest.name, guest.card), guest.memberId);
    if (m_guests.isEmpty())
        m_guest->addItem(tr("Sample guest (nobody invited yet)"), 0);
    const int index = m_guest->findData(keep);
    m_guest->setCurrentIndex(index >= 0 ? index : 0);
    updatePreview();
}

QString InvitationDesigner::templateText() const
{
    return m_template->toPlainText();
}

void InvitationDesigner::setTemplateText(const QString& text)
{
    m_template->setPlainText(text); // the preview follows through textChanged
}

InvitationLayout InvitationDesigner::layout() const
{
    return InvitationLayout(m_layout->currentData().toInt());
}

void InvitationDesigner::setLayout(InvitationLayout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
}

QString InvitationDesigner::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void InvitationDesigner::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? errorLabelStyle() : successLabelStyle());
    m_message->setVisible(!text.isEmpty());
}

InvitationRenderer::Input InvitationDesigner::rendererInput(const QVector<InvitationGuest>& guests) const
{
    InvitationRenderer::Input input;
    input.event = invitationEvent(m_event);
    input.guests = guests;
    input.invitationTemplate = InvitationTemplate(m_template->toPlainText());
    input.storeName = m_storeName;
    input.logo = m_logo;
    input.locale = QLocale();
    input.layout = layout();
    input.createdAt = m_ctx.clock.now();
    return input;
}

InvitationGuest InvitationDesigner::previewGuest() const
{
    const qint64 id = m_guest->currentData().toLongLong();
    for (const InvitationGuest& guest : m_guests)
        if (guest.memberId == id)
            return guest;
    // Nobody invited yet: a sample, so the owner can design before choosing the guests.
    return InvitationRenderer::sampleGuest();
}

QVector<InvitationGuest> InvitationDesigner::guestsToPrint() const
{
    if (!m_onlyShown->isChecked())
        return m_guests;
    const qint64 id = m_guest->currentData().toLongLong();
    QVector<InvitationGuest> one;
    for (const InvitationGuest& guest : m_guests)
        if (guest.memberId == id)
            one.append(guest);
    return one;
}

void InvitationDesigner::schedulePreview()
{
    m_previewDelay->start();
}

void InvitationDesigner::updatePreview()
{
    m_previewDelay->stop();
    const InvitationTemplate invitationTemplate(m_template->toPlainText());
    const QVector<InvitationTemplate::Problem> problems = invitationTemplate.problems();
    QStringList lines;
    for (const InvitationTemplate::Problem& problem : problems)
        lines << problem.message;
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    if (!m_event.isValid()) {
        m_preview->setMessage(tr("Choose an event."));
    } else if (!problems.isEmpty()) {
        m_preview->setMessage(tr("Correct the text to see the invitation:\n%1").arg(lines.join(u'\n')));
    } else {
        const InvitationRenderer::Input input = rendererInput({});
        const InvitationGuest guest = previewGuest();
        m_preview->setInvitation(input, guest);
        if (!InvitationRenderer(input).fitsCard(guest)) {
            m_problems->setText(tr("The text is too long for this layout: its end is cut off. Shorten it or "
                                   "choose a larger layout."));
            m_problems->show();
        }
    }
    updateButtons();
}

void InvitationDesigner::updateLogo()
{
    StoreBranding branding;
    QString error;
    if (!StoreBranding::load(SettingsRepository(m_ctx.db), &branding, &error))
        showMessage(error, true);
    m_storeName = branding.name;
    m_logo = branding.logo;
    if (m_logo.isNull()) {
        m_logoThumb->setPixmap(QPixmap());
        m_logoThumb->setText(tr("no logo"));
    } else {
        m_logoThumb->setText(QString());
        m_logoThumb->setPixmap(QPixmap::fromImage(
            m_logo.scaled(m_logoThumb->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_removeLogo->setEnabled(!m_logo.isNull() &&
                             Permissions::allows(m_ctx.actor.role, Permission::PlanEvents));
}

void InvitationDesigner::updateButtons()
{
    const bool templateOk = InvitationTemplate(m_template->toPlainText()).problems().isEmpty();
    const bool canPrint = m_event.isValid() && templateOk && !guestsToPrint().isEmpty() && !isWritingPdf();
    for (QPushButton* button : {m_previewButton, m_printButton, m_pdfButton}) {
        button->setEnabled(canPrint);
        button->setToolTip(m_guests.isEmpty() ? tr("Invite guests first (Guests tab).") : QString());
    }
    const bool owner = Permissions::allows(m_ctx.actor.role, Permission::PlanEvents);
    m_saveTemplate->setEnabled(owner && m_event.isValid() && templateOk &&
                               m_template->toPlainText() != m_savedTemplate);
    m_defaultTemplate->setEnabled(owner);
    m_onlyShown->setEnabled(!m_guests.isEmpty());
}

bool InvitationDesigner::saveTemplate()
{
    QString error;
    const InvitationTemplate invitationTemplate(m_template->toPlainText());
    if (!invitationTemplate.validate(&error)) {
        showMessage(error, true);
        return false;
    }
    EventInput input = m_event.toInput();
    input.invitationTemplate = invitationTemplate.text();
    if (!EventService(m_ctx).update(m_event.id, input, &error)) {
        showMessage(error, true);
        return false;
    }
    m_event.invitationTemplate = input.invitationTemplate;
    m_savedTemplate = input.invitationTemplate;
    showMessage(tr("The invitation text is saved with the event."), false);
    updateButtons();
    emit templateSaved(m_event.id);
    return true;
}

void InvitationDesigner::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << u"*."_s + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the store logo"), QString(),
                                                      tr("Images (%1)").arg(patterns.join(u' ')));
    if (!path.isEmpty())
        setLogoFile(path);
}

bool InvitationDesigner::setLogoFile(const QString& path)
{
    QImage logo;
    QString error;
    if (!StoreBranding::readLogoFile(path, &logo, &error) || !StoreBranding::saveLogo(m_ctx, logo, &error)) {
        showMessage(error, true);
        return false;
    }
    updateLogo();
    updatePreview();
    showMessage(tr("The logo is saved; every printed document of the store uses it."), false);
    return true;
}

void InvitationDesigner::removeLogo()
{
    QString error;
    if (!StoreBranding::saveLogo(m_ctx, QImage(), &error)) {
        showMessage(error, true);
        return;
    }
    updateLogo();
    updatePreview();
    showMessage(tr("The logo is removed; invitations show the store name alone."), false);
}

void InvitationDesigner::choosePdfFile()
{
    const QString path = m_output->choosePdfFile(m_event.startsAt.date(), layout());
    if (!path.isEmpty())
        savePdf(path);
}

bool InvitationDesigner::prepareOutput()
{
    // What prints is what the event keeps: an edited text is saved first (the CLI prints the same).
    if (m_template->toPlainText() != m_savedTemplate && !saveTemplate())
        return false;
    return true;
}

void InvitationDesigner::recordOutput(int invitations, int pages, const QString& where)
{
    QString error;
    if (!AuditLog::record(m_ctx, u"event.invitations"_s, u"event:%1"_s.arg(m_event.id),
                          u"%1 invitations, %2 pages, layout %3, %4"_s.arg(invitations)
                              .arg(pages)
                              .arg(InvitationRenderer::layoutKey(layout()), where),
                          &error))
        showMessage(tr("The invitations were made, but the audit log could not record it: %1").arg(error),
                    true);
}

bool InvitationDesigner::isWritingPdf() const
{
    return m_output->isWritingPdf();
}

bool InvitationDesigner::savePdf(const QString& path)
{
    if (isWritingPdf() || !prepareOutput())
        return false;
    return m_output->savePdf(path, rendererInput(guestsToPrint()));
}

void InvitationDesigner::printPreview()
{
    if (prepareOutput())
        m_output->printPreview(rendererInput(guestsToPrint()), m_event.title);
}

void InvitationDesigner::print()
{
    if (prepareOutput())
        m_output->print(rendererInput(guestsToPrint()), m_event.title);
}

} // namespace md::ui

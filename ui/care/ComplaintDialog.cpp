// SPDX-License-Identifier: GPL-3.0-or-later
#include "care/ComplaintDialog.h"

#include "common/Formatting.h"
#include "services/CareRecords.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

ComplaintDialog::ComplaintDialog(const ServiceContext& ctx, Mode mode, qint64 id, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_mode(mode), m_id(id)
{
    setObjectName(u"complaintDialog"_s);
    auto* layout = new QVBoxLayout(this);
    m_text = new QLineEdit;
    m_text->setObjectName(u"textLineEdit"_s);
    m_text->setMaxLength(CareRecords::kMaxTextLength);
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(u"M"_s) * 34);
    QString prompt;
    if (mode == Mode::Open) {
        setWindowTitle(tr("Record a complaint"));
        prompt = tr("What is the complaint?");
        m_text->setPlaceholderText(tr("e.g. the zip broke after two weeks"));
    } else {
        Complaint complaint;
        QString error;
        if (CareRecords(m_ctx).complaint(id, &complaint, &error)) {
            auto* about = new QLabel(
                tr("Complaint of %1: %2").arg(dateTimeText(complaint.openedAt), complaint.description));
            about->setWordWrap(true);
            layout->addWidget(about);
        }
        if (mode == Mode::Handle) {
            setWindowTitle(tr("Respond to a complaint"));
            prompt = tr("First response (what was done or promised):");
        } else {
            setWindowTitle(tr("Resolve a complaint"));
            prompt = tr("Resolution (required):");
        }
    }
    auto* label = new QLabel(prompt);
    label->setBuddy(m_text);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorLabelStyle());
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_text->setFocus();
}

void ComplaintDialog::accept()
{
    const QString text = m_text->text().trimmed();
    QString error;
    CareRecords records(m_ctx);
    qint64 complaintId = m_id;
    bool ok = false;
    switch (m_mode) {
    case Mode::Open:
        ok = records.openComplaint(m_id, text, &complaintId, &error);
        break;
    case Mode::Handle:
        ok = records.markHandled(m_id, text, &error);
        break;
    case Mode::Resolve:
        ok = records.resolve(m_id, text, &error);
        break;
    }
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    emit saved(complaintId);
    QDialog::accept();
}

} // namespace md::ui

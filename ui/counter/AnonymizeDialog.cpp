// SPDX-License-Identifier: GPL-3.0-or-later
#include "counter/AnonymizeDialog.h"

#include "common/Formatting.h"
#include "services/PrivacyService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

AnonymizeDialog::AnonymizeDialog(const ServiceContext& ctx, qint64 memberId, const QString& memberName,
                                 QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_memberId(memberId)
{
    setObjectName(u"anonymizeDialog"_s);
    setWindowTitle(tr("Anonymise a member"));
    auto* intro = new QLabel(
        tr("<b>Anonymise %1 at their request?</b><br><br>Removed for good: the name, phone, birthday, "
           "gender, "
           "note and old-system number, the marketing consent, and what follow-ups and complaints say "
           "about them.<br>Kept: the card number, purchases, points and tier, so the shop's totals do not "
           "change.<br><br><b>This cannot be undone.</b> No purchase, points or contact can be recorded for "
           "the member afterwards.")
            .arg(memberName.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(u"reasonLineEdit"_s);
    m_reason->setPlaceholderText(tr("e.g. asked at the counter on 20 November"));
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorLabelStyle());
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason (kept in the audit log)"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    // Not an accept-role button: the button box would make it the default, and Enter would press it.
    m_anonymize = buttons->addButton(tr("&Anonymise"), QDialogButtonBox::ActionRole);
    m_anonymize->setObjectName(u"anonymizePushButton"_s);
    m_anonymize->setEnabled(false);
    // Enter in the reason does nothing: the irreversible step is a deliberate Alt+A or click.
    m_anonymize->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_anonymize->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_anonymize, &QPushButton::clicked, this, &AnonymizeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_reason->setFocus();
}

void AnonymizeDialog::accept()
{
    QString error;
    if (!PrivacyService(m_ctx).anonymize(m_memberId, m_reason->text().trimmed(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace md::ui

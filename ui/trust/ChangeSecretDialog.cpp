// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/ChangeSecretDialog.h"

#include "services/UserService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
QLineEdit* secretEdit(Role role, const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    if (role == Role::Clerk)
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,6}"_s), edit));
    return edit;
}
} // namespace

ChangeSecretDialog::ChangeSecretDialog(const ServiceContext& ctx, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_role(ctx.actor.role)
{
    setWindowTitle(m_role == Role::Owner ? tr("Change my password") : tr("Change my PIN"));
    m_current = new QLineEdit;
    m_current->setObjectName(u"currentSecretLineEdit"_s);
    m_current->setEchoMode(QLineEdit::Password);
    build(tr("Signed in as %1.").arg(ctx.actor.name));
}

ChangeSecretDialog::ChangeSecretDialog(const ServiceContext& ctx, qint64 userId, const QString& userName,
                                       Role role, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_userId(userId), m_role(role)
{
    setWindowTitle(role == Role::Owner ? tr("Reset password") : tr("Reset PIN"));
    build(role == Role::Owner ? tr("A new password for %1. Tell it to them in person.").arg(userName)
                              : tr("A new PIN for %1. Tell it to them in person.").arg(userName));
}

void ChangeSecretDialog::build(const QString& intro)
{
    setObjectName(u"changeSecretDialog"_s);
    const bool owner = m_role == Role::Owner;
    m_new = secretEdit(m_role, u"newSecretLineEdit"_s);
    m_new->setPlaceholderText(owner ? tr("at least %Ln character(s)", "", UserService::kMinPasswordLength)
                                    : tr("4 to 6 digits"));
    m_repeat = secretEdit(m_role, u"repeatSecretLineEdit"_s);
    auto* introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    auto* form = new QFormLayout;
    if (m_current)
        form->addRow(owner ? tr("&Current password:") : tr("&Current PIN:"), m_current);
    form->addRow(owner ? tr("&New password:") : tr("&New PIN:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeSecretDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangeSecretDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    (m_current ? m_current : m_new)->setFocus();
}

QString ChangeSecretDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangeSecretDialog::fail(const QString& message, QLineEdit* field)
{
    m_error->setText(message);
    m_error->show();
    field->setFocus();
    field->selectAll();
}

void ChangeSecretDialog::accept()
{
    QString error;
    if (!UserService::validateSecret(m_role, m_new->text(), &error))
        return fail(error, m_new);
    if (m_repeat->text() != m_new->text()) {
        m_repeat->clear();
        return fail(m_role == Role::Owner ? tr("The two passwords differ. Type the new password again.")
                                          : tr("The two PINs differ. Type the new PIN again."),
                    m_repeat);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    UserService users(m_ctx);
    const bool ok = m_userId > 0 ? users.resetSecret(m_userId, m_new->text(), &error)
                                 : users.changeOwnSecret(m_current->text(), m_new->text(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return fail(error, m_current ? m_current : m_new);
    QDialog::accept();
}

} // namespace md::ui

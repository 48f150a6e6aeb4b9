// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/UsersDialog.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "services/UserService.h"
#include "trust/ChangeSecretDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

AddUserDialog::AddUserDialog(const ServiceContext& ctx, QWidget* parent) : QDialog(parent), m_ctx(ctx)
{
    setObjectName(u"addUserDialog"_s);
    setWindowTitle(tr("Add an account"));
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->setMaxLength(UserService::kMaxNameLength);
    m_role = new QComboBox;
    m_role->setObjectName(u"roleComboBox"_s);
    m_role->addItem(tr("Clerk (signs in with a PIN)"), int(Role::Clerk));
    m_role->addItem(tr("Owner (signs in with a password; may do everything)"), int(Role::Owner));
    m_secret = new QLineEdit;
    m_secret->setObjectName(u"secretLineEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(u"repeatLineEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel;
    m_secretLabel->setBuddy(m_secret);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(tr("R&epeat:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateForRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    updateForRole();
    m_name->setFocus();
}

void AddUserDialog::updateForRole()
{
    const bool owner = Role(m_role->currentData().toInt()) == Role::Owner;
    m_secretLabel->setText(owner ? tr("&Password:") : tr("&PIN:"));
    m_secret->setPlaceholderText(owner ? tr("at least %Ln character(s)", "", UserService::kMinPasswordLength)
                                       : tr("4 to 6 digits"));
    for (QLineEdit* edit : {m_secret, m_repeat}) {
        edit->clear();
        delete edit->validator();
        if (!owner)
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,6}"_s), edit));
    }
}

QString AddUserDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddUserDialog::fail(const QString& message, QLineEdit* field)
{
    m_error->setText(message);
    m_error->show();
    field->setFocus();
    field->selectAll();
}

void AddUserDialog::accept()
{
    const Role role = Role(m_role->currentData().toInt());
    QString error;
    if (m_name->text().trimmed().isEmpty())
        return fail(tr("Enter a name for the account."), m_name);
    if (!UserService::validateSecret(role, m_secret->text(), &error))
        return fail(error, m_secret);
    if (m_repeat->text() != m_secret->text()) {
        m_repeat->clear();
        return fail(role == Role::Owner ? tr("The two passwords differ. Type the password again.")
                                        : tr("The two PINs differ. Type the PIN again."),
                    m_repeat);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    User created;
    const bool ok =
        UserService(m_ctx).addUser(m_name->text().trimmed(), role, m_secret->text(), &created, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return fail(error, m_name);
    QDialog::accept();
}

UsersDialog::UsersDialog(const ServiceContext& ctx, QWidget* parent) : QDialog(parent), m_ctx(ctx)
{
    setObjectName(u"usersDialog"_s);
    setWindowTitle(tr("Users"));
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(u"usersTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Status"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* add = new QPushButton(tr("&Add…"));
    add->setObjectName(u"addPushButton"_s);
    m_reset = new QPushButton(tr("&Reset PIN / password…"));
    m_reset->setObjectName(u"resetPushButton"_s);
    m_toggle = new QPushButton(tr("&Disable"));
    m_toggle->setObjectName(u"togglePushButton"_s);
    auto* own = new QPushButton(tr("Change &my password…"));
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    auto* side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_reset);
    side->addWidget(m_toggle);
    side->addSpacing(12);
    side->addWidget(own);
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);
    auto* hint =
        new QLabel(tr("Clerks sign in with a PIN and run the counter: they see phone numbers masked "
                      "and cannot export, delete, change the programme, adjust points, restore "
                      "backups or see the owner's reports. Accounts are never deleted (the audit log "
                      "names them); a disabled account cannot sign in."));
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(add, &QPushButton::clicked, this, [this] {
        AddUserDialog dialog(m_ctx, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        User user;
        if (!UserService(m_ctx).get(selectedId(), &user))
            return;
        if (user.id == m_ctx.actor.userId) {
            ChangeSecretDialog dialog(m_ctx, this);
            dialog.exec();
            return;
        }
        ChangeSecretDialog dialog(m_ctx, user.id, user.name, user.role, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(m_toggle, &QPushButton::clicked, this, &UsersDialog::toggleSelected);
    connect(own, &QPushButton::clicked, this, [this] {
        ChangeSecretDialog dialog(m_ctx, this);
        dialog.exec();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    reload();
}

void UsersDialog::reload()
{
    const qint64 keep = selectedId();
    m_table->setRowCount(0);
    const QDateTime now = m_ctx.clock.now();
    for (const User& user : UserService(m_ctx).list()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(user.name);
        name->setData(Qt::UserRole, user.id);
        name->setData(Qt::UserRole + 1, user.disabled);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(user.role == Role::Owner ? tr("Owner") : tr("Clerk")));
        QString status = user.disabled ? tr("Disabled") : tr("Active");
        if (!user.disabled && user.lockedUntil.isValid() && now < user.lockedUntil)
            status = tr("Locked until %1 (wrong PIN or password)").arg(dateTimeText(user.lockedUntil));
        else if (!user.disabled && user.failedAttempts > 0)
            status = tr("Active; %Ln failed attempt(s)", "", user.failedAttempts);
        if (user.id == m_ctx.actor.userId)
            status = tr("%1 (you)").arg(status);
        m_table->setItem(row, 2, new QTableWidgetItem(status));
        m_table->setItem(row, 3, new QTableWidgetItem(dateTimeText(user.createdAt)));
        if (user.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    if (m_table->selectedItems().isEmpty() && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

qint64 UsersDialog::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return 0;
    return m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void UsersDialog::updateButtons()
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    const bool any = !items.isEmpty();
    m_reset->setEnabled(any);
    m_toggle->setEnabled(any);
    if (any) {
        const bool disabled = m_table->item(items.first()->row(), 0)->data(Qt::UserRole + 1).toBool();
        m_toggle->setText(disabled ? tr("&Enable") : tr("&Disable"));
    }
}

QString UsersDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UsersDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool UsersDialog::toggleSelected()
{
    User user;
    if (!UserService(m_ctx).get(selectedId(), &user))
        return false;
    QString error;
    if (!UserService(m_ctx).setDisabled(user.id, !user.disabled, &error)) {
        showError(error);
        return false;
    }
    showError(QString());
    reload();
    return true;
}

} // namespace md::ui

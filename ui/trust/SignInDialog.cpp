// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/SignInDialog.h"

#include "common/Clock.h"
#include "reports/MonthlyReport.h"
#include "services/UserService.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "trust/FirstStartWizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
constexpr int kUserIdRole = Qt::UserRole;
constexpr int kRoleRole = Qt::UserRole + 1;
} // namespace

SignInDialog::SignInDialog(Database& db, const Clock& clock, Mode mode, const Actor& current, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_mode(mode), m_current(current)
{
    setObjectName(u"signInDialog"_s);
    const QString store =
        SettingsRepository(db).value(MonthlyReport::storeNameSettingsKey(), tr("MemberDesk")).trimmed();
    switch (mode) {
    case Mode::Start:
        setWindowTitle(tr("Sign in — %1").arg(store));
        break;
    case Mode::Switch:
        setWindowTitle(tr("Switch user — %1").arg(store));
        break;
    case Mode::Lock:
        setWindowTitle(tr("Locked — %1").arg(store));
        break;
    }

    auto* title = new QLabel(store.isEmpty() ? tr("MemberDesk") : store);
    title->setObjectName(u"storeLabel"_s);
    title->setStyleSheet(u"font-size: 22px; font-weight: 600;"_s);
    title->setAlignment(Qt::AlignCenter);
    auto* intro = new QLabel;
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    if (mode == Mode::Lock)
        intro->setText(current.name.isEmpty()
                           ? tr("MemberDesk is locked. Choose your name and enter your PIN or password.")
                           : tr("MemberDesk is locked (%1 was signed in). %1 or another user may unlock it.")
                                 .arg(current.name));
    else if (mode == Mode::Switch)
        intro->setText(tr("Who takes over the counter? Choose your name and enter your PIN or password."));
    else
        intro->setText(tr("Choose your name and enter your PIN or password."));

    m_users = new QListWidget;
    m_users->setObjectName(u"userListWidget"_s);
    m_users->setStyleSheet(u"QListWidget { font-size: 16px; } QListWidget::item { padding: 6px; }"_s);
    m_users->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the PIN field; ↑/↓ choose the user
    m_users->setMinimumHeight(160);

    m_secretLabel = new QLabel;
    m_secret = new QLineEdit;
    m_secret->setObjectName(u"secretLineEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setStyleSheet(u"font-size: 18px; padding: 4px;"_s);
    m_secret->installEventFilter(this);
    m_secretLabel->setBuddy(m_secret);

    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b3261e;"_s);
    m_message->hide();

    auto* buttons = new QDialogButtonBox;
    m_signIn =
        buttons->addButton(mode == Mode::Lock ? tr("Unlock") : tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"signInPushButton"_s);
    m_signIn->setDefault(true);
    if (mode == Mode::Start)
        buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole)->setObjectName(u"quitPushButton"_s);
    else if (mode == Mode::Switch)
        buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    // One centred column: the same dialog fills the screen as the lock screen.
    auto* panel = new QWidget;
    panel->setMaximumWidth(520);
    auto* column = new QVBoxLayout(panel);
    column->addWidget(title);
    column->addWidget(intro);
    column->addWidget(m_users, 1);
    column->addWidget(m_secretLabel);
    column->addWidget(m_secret);
    column->addWidget(m_message);
    column->addWidget(buttons);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel, 1);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::Lock)
        layout->addStretch();
    layout->addLayout(row, mode == Mode::Lock ? 0 : 1);
    if (mode == Mode::Lock)
        layout->addStretch();
    setMinimumWidth(440);
    if (mode == Mode::Lock)
        m_users->setMaximumHeight(280);

    connect(m_users, &QListWidget::currentRowChanged, this, &SignInDialog::updateForSelection);
    reloadUsers();
    if (mode == Mode::Lock) {
        selectUserId(current.userId);
    } else if (mode == Mode::Switch) {
        // Someone else takes over: preselect the first other account.
        for (int row = 0; row < m_users->count(); ++row) {
            if (m_users->item(row)->data(kUserIdRole).toLongLong() != current.userId) {
                m_users->setCurrentRow(row);
                break;
            }
        }
    }
    m_secret->setFocus();
}

void SignInDialog::reloadUsers()
{
    const qint64 keep = selectedUserId();
    const QSignalBlocker blocker(m_users);
    m_users->clear();
    int ownerRow = -1;
    for (const User& user : UserService({m_db, m_clock, Actor{}}).list()) {
        if (user.disabled || !user.hasSecret)
            continue;
        auto* item = new QListWidgetItem(user.role == Role::Owner ? tr("%1 · owner").arg(user.name)
                                                                  : tr("%1 · clerk").arg(user.name));
        item->setData(kUserIdRole, user.id);
        item->setData(kRoleRole, int(user.role));
        item->setData(Qt::AccessibleTextRole, user.name);
        m_users->addItem(item);
        if (ownerRow < 0 && user.role == Role::Owner)
            ownerRow = m_users->count() - 1;
    }
    m_users->setCurrentRow(qMax(0, ownerRow));
    if (keep > 0)
        selectUserId(keep);
    updateForSelection();
    if (m_users->count() == 0)
        showMessage(tr("No account can sign in on this database. Ask whoever set up this PC for help."));
}

void SignInDialog::selectUser(const QString& name)
{
    for (int row = 0; row < m_users->count(); ++row) {
        if (m_users->item(row)->data(Qt::AccessibleTextRole).toString() == name.trimmed()) {
            m_users->setCurrentRow(row);
            return;
        }
    }
}

void SignInDialog::selectUserId(qint64 userId)
{
    for (int row = 0; row < m_users->count(); ++row) {
        if (m_users->item(row)->data(kUserIdRole).toLongLong() == userId) {
            m_users->setCurrentRow(row);
            return;
        }
    }
}

qint64 SignInDialog::selectedUserId() const
{
    const QListWidgetItem* item = m_users->currentItem();
    return item ? item->data(kUserIdRole).toLongLong() : 0;
}

Role SignInDialog::selectedRole() const
{
    const QListWidgetItem* item = m_users->currentItem();
    return item ? Role(item->data(kRoleRole).toInt()) : Role::Clerk;
}

void SignInDialog::updateForSelection()
{
    const bool owner = selectedRole() == Role::Owner;
    m_secretLabel->setText(owner ? tr("&Password:") : tr("&PIN:"));
    m_secret->setPlaceholderText(owner ? tr("Owner's password") : tr("4 to 6 digits"));
    m_secret->clear();
    m_message->hide();
    m_signIn->setEnabled(m_users->count() > 0);
    m_secret->setFocus();
}

void SignInDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString SignInDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::trySignIn()
{
    const qint64 userId = selectedUserId();
    if (userId <= 0) {
        showMessage(tr("Choose your name in the list."));
        return;
    }
    if (m_secret->text().isEmpty()) {
        showMessage(selectedRole() == Role::Owner ? tr("Enter the password.") : tr("Enter the PIN."));
        m_secret->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // the hash takes a moment on purpose
    const SignInResult result = UserService({m_db, m_clock, Actor{}}).signIn(userId, m_secret->text());
    QApplication::restoreOverrideCursor();
    m_secret->clear();
    if (!result.ok()) {
        showMessage(result.message);
        m_secret->setFocus();
        return;
    }
    m_actor = result.actor;
    showMessage(QString());
    QDialog::accept();
}

void SignInDialog::reject()
{
    if (m_mode == Mode::Lock)
        return; // Esc must not unlock
    QDialog::reject();
}

void SignInDialog::closeEvent(QCloseEvent* event)
{
    if (m_mode == Mode::Lock) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

bool SignInDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_secret && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_users->currentRow();
        if (key->key() == Qt::Key_Down && row + 1 < m_users->count()) {
            m_users->setCurrentRow(row + 1);
            return true;
        }
        if (key->key() == Qt::Key_Up && row > 0) {
            m_users->setCurrentRow(row - 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool SignInDialog::signInAtStart(Database& db, const Clock& clock, AppSettings& settings,
                                 const QString& preselectUser, Actor* actor)
{
    if (UserService({db, clock, Actor{}}).needsOwnerSetup()) {
        FirstStartWizard wizard(db, clock);
        if (wizard.exec() != QDialog::Accepted)
            return false;
        *actor = wizard.owner(); // they have just chosen the password
        settings.setLastUserName(actor->name);
        return true;
    }
    SignInDialog dialog(db, clock, Mode::Start);
    dialog.selectUser(preselectUser.isEmpty() ? settings.lastUserName() : preselectUser);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *actor = dialog.actor();
    settings.setLastUserName(actor->name);
    return true;
}

} // namespace md::ui

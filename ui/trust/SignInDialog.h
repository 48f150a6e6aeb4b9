// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace md::ui {

class AppSettings;

/// Who is at the counter: the list of active accounts and a password (owner) or PIN (clerk) field. Used at
/// start, to switch clerk and as the lock screen. Sign-in itself (hash check, lockout, audit) is core's
/// UserService; its sentences are shown as they are.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Start,  ///< at start: Quit leaves the program
        Switch, ///< another user takes over; Cancel keeps the current one
        Lock,   ///< idle or locked by hand: cannot be dismissed, only unlocked
    };
    SignInDialog(Database& db, const Clock& clock, Mode mode, const Actor& current = {},
                 QWidget* parent = nullptr);

    /// Selects the account named `name` (when it is in the list).
    void selectUser(const QString& name);
    /// Selects the account with this id (when it is in the list).
    void selectUserId(qint64 userId);
    /// The signed-in user after accept().
    Actor actor() const { return m_actor; }
    Mode mode() const { return m_mode; }
    /// The sentence shown under the password field (core's message after a failure).
    QString message() const;

    /// Tries the typed secret for the selected account (what the Sign in button does).
    void trySignIn();
    void reject() override;

    /// Wizard when no owner exists yet, otherwise the sign-in dialog. False when the user quit.
    static bool signInAtStart(Database& db, const Clock& clock, AppSettings& settings,
                              const QString& preselectUser, Actor* actor);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void reloadUsers();
    void updateForSelection();
    qint64 selectedUserId() const;
    Role selectedRole() const;
    void showMessage(const QString& text);

    Database& m_db;
    const Clock& m_clock;
    Mode m_mode;
    Actor m_current;
    Actor m_actor;
    QListWidget* m_users;
    QLineEdit* m_secret;
    QLabel* m_secretLabel;
    QLabel* m_message;
    QPushButton* m_signIn;
};

} // namespace md::ui

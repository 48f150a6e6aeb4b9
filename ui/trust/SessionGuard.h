// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"
#include "trust/SignInDialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QTimer;

namespace md::ui {

class AppSettings;

/// The signed-in user's session around one main window: the Shop menu (switch user, lock, own password;
/// for owners users, audit log, backups and restore), the idle lock and the lock screen. The window is
/// built for one user; when another user takes over, or after a restore, the guard asks its owner (main)
/// to build a new window for them (pages copy the ServiceContext, and owner-only pages exist only in an
/// owner's window).
class SessionGuard : public QObject
{
    Q_OBJECT
public:
    SessionGuard(QMainWindow* window, const ServiceContext& ctx, AppSettings& settings);
    ~SessionGuard() override;

    /// The idle time after which the window locks, from the shop's settings (0: never).
    static int idleMinutes(Database& db);
    static bool setIdleMinutes(const ServiceContext& ctx, int minutes, QString* error);
    static constexpr int kDefaultIdleMinutes = 10;
    static constexpr int kMaxIdleMinutes = 240;

    /// Re-reads the idle time (after the owner changed it).
    void applyIdleMinutes();
    QTimer* idleTimer() const { return m_idle; }

    bool isLocked() const { return m_lockScreen; }
    /// The lock screen while locked (null otherwise).
    SignInDialog* lockScreen() const { return m_lockScreen; }

public slots:
    /// Hides the window and shows the lock screen; the same user unlocks, or another takes over.
    void lock();
    /// Another user signs in (the current one keeps the counter when cancelled).
    void switchUser();
    void changeOwnSecret();
    void openUsers();
    void openAuditLog();
    void openBackups();
    void openRestore();

signals:
    /// Another user signed in: the window must be rebuilt for them.
    void userSwitchRequested(const md::Actor& actor);
    /// The database was replaced by a restore: rebuild everything, and sign in again.
    void reloadRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenu();
    void unlocked(const Actor& actor);

    QMainWindow* m_window;
    ServiceContext m_ctx;
    AppSettings& m_settings;
    QTimer* m_idle;
    QPointer<SignInDialog> m_lockScreen;
    bool m_windowWasMaximized = false;
    bool m_idleEnabled = false;
};

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/SessionGuard.h"

#include "security/Permissions.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "trust/AuditLogDialog.h"
#include "trust/BackupDialog.h"
#include "trust/ChangeSecretDialog.h"
#include "trust/RestoreDialog.h"
#include "trust/SignInDialog.h"
#include "trust/UsersDialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
const QString kIdleKey = u"security.idle_lock_minutes"_s;
} // namespace

SessionGuard::SessionGuard(QMainWindow* window, const ServiceContext& ctx, AppSettings& settings)
    : QObject(window), m_window(window), m_ctx(ctx), m_settings(settings)
{
    setObjectName(u"sessionGuard"_s);
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &SessionGuard::lock);
    createMenu();
    applyIdleMinutes();
    qApp->installEventFilter(this);
}

SessionGuard::~SessionGuard()
{
    qApp->removeEventFilter(this);
    delete m_lockScreen;
}

int SessionGuard::idleMinutes(Database& db)
{
    bool ok = false;
    const int minutes = SettingsRepository(db).value(kIdleKey).toInt(&ok);
    return ok ? qBound(0, minutes, kMaxIdleMinutes) : kDefaultIdleMinutes;
}

bool SessionGuard::setIdleMinutes(const ServiceContext& ctx, int minutes, QString* error)
{
    if (!Permissions::require(ctx, Permission::ConfigureBackups, error))
        return false;
    if (minutes < 0 || minutes > kMaxIdleMinutes) {
        *error = tr("The idle lock takes 0 (never) to %1 minutes.").arg(kMaxIdleMinutes);
        return false;
    }
    return SettingsRepository(ctx.db).setValue(kIdleKey, QString::number(minutes), error);
}

void SessionGuard::applyIdleMinutes()
{
    const int minutes = idleMinutes(m_ctx.db);
    m_idleEnabled = minutes > 0;
    if (minutes == 0) {
        m_idle->stop();
        return;
    }
    m_idle->setInterval(minutes * 60 * 1000);
    if (!isLocked())
        m_idle->start();
}

void SessionGuard::createMenu()
{
    auto* menu = new QMenu(tr("&Shop"), m_window);
    menu->setObjectName(u"shopMenu"_s);
    QAction* switchUser = menu->addAction(tr("&Switch user…"), this, &SessionGuard::switchUser);
    switchUser->setObjectName(u"switchUserAction"_s);
    switchUser->setShortcuts({QKeySequence(Qt::Key_F12), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    QAction* lock = menu->addAction(tr("&Lock"), this, &SessionGuard::lock);
    lock->setObjectName(u"lockAction"_s);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    menu->addAction(m_ctx.actor.role == Role::Owner ? tr("Change my &password…") : tr("Change my &PIN…"),
                    this, &SessionGuard::changeOwnSecret)
        ->setObjectName(u"changeSecretAction"_s);
    const Role role = m_ctx.actor.role;
    if (Permissions::allows(role, Permission::ManageUsers) ||
        Permissions::allows(role, Permission::ViewAuditLog) ||
        Permissions::allows(role, Permission::ConfigureBackups))
        menu->addSeparator();
    if (Permissions::allows(role, Permission::ManageUsers))
        menu->addAction(tr("&Users…"), this, &SessionGuard::openUsers)->setObjectName(u"usersAction"_s);
    if (Permissions::allows(role, Permission::ViewAuditLog))
        menu->addAction(tr("&Audit log…"), this, &SessionGuard::openAuditLog)
            ->setObjectName(u"auditLogAction"_s);
    if (Permissions::allows(role, Permission::ConfigureBackups))
        menu->addAction(tr("&Backups and lock…"), this, &SessionGuard::openBackups)
            ->setObjectName(u"backupsAction"_s);
    if (Permissions::allows(role, Permission::RestoreBackup))
        menu->addAction(tr("&Restore from backup…"), this, &SessionGuard::openRestore)
            ->setObjectName(u"restoreAction"_s);
    // Before Help, which stays last.
    const QList<QAction*> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    // Shortcuts work while the window has the focus, whatever page is showing.
    m_window->addActions(menu->actions());
}

bool SessionGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!isLocked() && m_idleEnabled)
            m_idle->start(); // restarts the countdown
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionGuard::lock()
{
    if (isLocked())
        return;
    m_idle->stop();
    m_windowWasMaximized = m_window->isMaximized();
    m_window->hide(); // member data off the screen, not only covered
    m_lockScreen = new SignInDialog(m_ctx.db, m_ctx.clock, SignInDialog::Mode::Lock, m_ctx.actor);
    m_lockScreen->setAttribute(Qt::WA_DeleteOnClose);
    m_lockScreen->setWindowModality(Qt::ApplicationModal); // also over any dialog that was open
    m_lockScreen->setWindowFlag(Qt::WindowStaysOnTopHint);
    connect(m_lockScreen, &QDialog::accepted, this, [this] {
        const Actor actor = m_lockScreen->actor();
        m_lockScreen->deleteLater();
        m_lockScreen = nullptr;
        unlocked(actor);
    });
    m_lockScreen->showMaximized();
    m_lockScreen->activateWindow();
}

void SessionGuard::unlocked(const Actor& actor)
{
    m_settings.setLastUserName(actor.name);
    if (actor.userId != m_ctx.actor.userId) {
        emit userSwitchRequested(actor);
        return;
    }
    if (m_windowWasMaximized)
        m_window->showMaximized();
    else
        m_window->show();
    m_window->activateWindow();
    applyIdleMinutes();
}

void SessionGuard::switchUser()
{
    if (isLocked())
        return;
    SignInDialog dialog(m_ctx.db, m_ctx.clock, SignInDialog::Mode::Switch, m_ctx.actor, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Actor actor = dialog.actor();
    m_settings.setLastUserName(actor.name);
    if (actor.userId != m_ctx.actor.userId)
        emit userSwitchRequested(actor);
}

void SessionGuard::changeOwnSecret()
{
    ChangeSecretDialog dialog(m_ctx, m_window);
    dialog.exec();
}

void SessionGuard::openUsers()
{
    UsersDialog dialog(m_ctx, m_window);
    dialog.exec();
}

void SessionGuard::openAuditLog()
{
    AuditLogDialog dialog(m_ctx, m_window);
    dialog.exec();
}

void SessionGuard::openBackups()
{
    BackupDialog dialog(m_ctx, m_window);
    connect(&dialog, &BackupDialog::restoreRequested, this, [this, &dialog] {
        dialog.reject();
        QTimer::singleShot(0, this, &SessionGuard::openRestore);
    });
    if (dialog.exec() == QDialog::Accepted)
        applyIdleMinutes();
}

void SessionGuard::openRestore()
{
    RestoreDialog dialog(m_ctx, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.restored())
        emit reloadRequested();
}

} // namespace md::ui

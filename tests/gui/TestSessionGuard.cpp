// SPDX-License-Identifier: GPL-3.0-or-later
// The signed-in user's window: a clerk's has no owner pages or actions and shows phones masked; the idle
// lock hides the window after the configured time; the same user unlocks, another user takes over.
#include "MainWindow.h"
#include "counter/CounterPage.h"
#include "members/MemberListModel.h"
#include "members/MembersPage.h"
#include "services/UserService.h"
#include "settings/AppSettings.h"
#include "support/GuiFixture.h"
#include "trust/SessionGuard.h"
#include "trust/SignInDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

Q_DECLARE_METATYPE(md::Actor)

namespace {

struct Accounts
{
    Actor owner;
    Actor clerk;
    Actor otherClerk;
};

Accounts makeAccounts(test::GuiFixture& fixture)
{
    User owner, clerk, other;
    QString error;
    if (!UserService(fixture.context()).createFirstOwner(u"店主"_s, u"owner-pass"_s, &owner, &error))
        qFatal("owner: %s", qPrintable(error));
    const ServiceContext ownerCtx{fixture.db, fixture.clock, Actor{owner.id, Role::Owner, owner.name}};
    if (!UserService(ownerCtx).addUser(u"小王"_s, Role::Clerk, u"1234"_s, &clerk, &error) ||
        !UserService(ownerCtx).addUser(u"小李"_s, Role::Clerk, u"5678"_s, &other, &error))
        qFatal("clerk: %s", qPrintable(error));
    return {Actor{owner.id, Role::Owner, owner.name}, Actor{clerk.id, Role::Clerk, clerk.name},
            Actor{other.id, Role::Clerk, other.name}};
}

QStringList navigation(const MainWindow& window)
{
    QStringList rows;
    auto* nav = window.findChild<QListWidget*>(u"navigationListWidget"_s);
    for (int i = 0; i < nav->count(); ++i)
        rows << nav->item(i)->text();
    return rows;
}

bool hasAction(const QMainWindow& window, const QString& objectName)
{
    return window.findChild<QAction*>(objectName) != nullptr;
}

} // namespace

class TestSessionGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<md::Actor>(); }

    void clerkWindowHidesOwnerPagesAndMasksPhones()
    {
        test::GuiFixture fixture;
        const Accounts accounts = makeAccounts(fixture);
        const qint64 member = fixture.addMember(u"张三"_s, u"13800138000"_s);
        AppSettings settings(fixture.settingsFile());

        const ServiceContext ownerCtx{fixture.db, fixture.clock, accounts.owner};
        MainWindow ownerWindow(ownerCtx, settings);
        SessionGuard ownerGuard(&ownerWindow, ownerCtx, settings);
        QVERIFY(ownerWindow.rulesPage());
        QVERIFY(navigation(ownerWindow).join(u'|').contains(u"Dashboard"_s));
        for (const QString& action :
             {u"usersAction"_s, u"auditLogAction"_s, u"backupsAction"_s, u"restoreAction"_s})
            QVERIFY2(hasAction(ownerWindow, action), qPrintable(action));
        QVERIFY(
            ownerWindow.findChild<QLabel*>(u"sessionStatusLabel"_s)->text().startsWith(u"店主 (Owner)"_s));

        const ServiceContext clerkCtx{fixture.db, fixture.clock, accounts.clerk};
        MainWindow clerkWindow(clerkCtx, settings);
        SessionGuard clerkGuard(&clerkWindow, clerkCtx, settings);
        QVERIFY(!clerkWindow.rulesPage());
        const QString nav = navigation(clerkWindow).join(u'|');
        QVERIFY2(!nav.contains(u"Dashboard"_s) && !nav.contains(u"Loyalty"_s), qPrintable(nav));
        for (const QString& action :
             {u"usersAction"_s, u"auditLogAction"_s, u"backupsAction"_s, u"restoreAction"_s})
            QVERIFY2(!hasAction(clerkWindow, action), qPrintable(action));
        QVERIFY(hasAction(clerkWindow, u"switchUserAction"_s));
        QVERIFY(hasAction(clerkWindow, u"lockAction"_s));
        QVERIFY(
            clerkWindow.findChild<QLabel*>(u"sessionStatusLabel"_s)->text().startsWith(u"小王 (Clerk)"_s));

        // Phones: the owner sees the number, the clerk a masked one, on the counter card and in the list.
        ownerWindow.counterPage()->openMember(member);
        clerkWindow.counterPage()->openMember(member);
        QCOMPARE(ownerWindow.counterPage()->findChild<QLabel*>(u"phoneLabel"_s)->text(), u"13800138000"_s);
        QCOMPARE(clerkWindow.counterPage()->findChild<QLabel*>(u"phoneLabel"_s)->text(), u"138****8000"_s);
        clerkWindow.membersPage()->reload();
        MemberListModel* model = clerkWindow.membersPage()->model();
        QTRY_VERIFY(model->rowCount() == 1);
        QCOMPARE(model->index(0, MemberListModel::PhoneColumn).data().toString(), u"138****8000"_s);
    }

    void idleLockAfterTheConfiguredTime()
    {
        test::GuiFixture fixture;
        const Accounts accounts = makeAccounts(fixture);
        AppSettings settings(fixture.settingsFile());
        const ServiceContext ownerCtx{fixture.db, fixture.clock, accounts.owner};
        const ServiceContext clerkCtx{fixture.db, fixture.clock, accounts.clerk};

        // Only the owner sets the idle time; the default is 10 minutes, 0 is never.
        QString error;
        QCOMPARE(SessionGuard::idleMinutes(fixture.db), SessionGuard::kDefaultIdleMinutes);
        QVERIFY(!SessionGuard::setIdleMinutes(clerkCtx, 0, &error));
        QVERIFY(error.contains(u"owner"_s));
        QVERIFY(!SessionGuard::setIdleMinutes(ownerCtx, -1, &error));
        QVERIFY(SessionGuard::setIdleMinutes(ownerCtx, 0, &error));

        MainWindow window(clerkCtx, settings);
        SessionGuard guard(&window, clerkCtx, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!guard.idleTimer()->isActive()); // never

        QVERIFY(SessionGuard::setIdleMinutes(ownerCtx, 3, &error));
        guard.applyIdleMinutes();
        QVERIFY(guard.idleTimer()->isActive());
        QCOMPARE(guard.idleTimer()->interval(), 3 * 60 * 1000);

        // Input restarts the countdown.
        guard.idleTimer()->stop();
        QTest::keyClick(window.counterPage(), Qt::Key_Shift);
        QVERIFY(guard.idleTimer()->isActive());

        // Drive the countdown to its end (the interval is the only thing changed).
        guard.idleTimer()->start(1);
        QTRY_VERIFY(guard.isLocked());
        QVERIFY(!window.isVisible()); // member data off the screen
        SignInDialog* lock = guard.lockScreen();
        QVERIFY(lock && lock->isVisible());
        QCOMPARE(lock->mode(), SignInDialog::Mode::Lock);
        QVERIFY(!guard.idleTimer()->isActive());
        // Input on the lock screen does not restart anything.
        QTest::keyClick(lock, Qt::Key_Shift);
        QVERIFY(!guard.idleTimer()->isActive());

        // A wrong PIN keeps it locked, with core's sentence.
        QSignalSpy switched(&guard, &SessionGuard::userSwitchRequested);
        auto* secret = lock->findChild<QLineEdit*>(u"secretLineEdit"_s);
        secret->setText(u"0000"_s);
        lock->trySignIn();
        QVERIFY(lock->message().startsWith(u"Wrong PIN."_s));
        QVERIFY(guard.isLocked());
        QVERIFY(!window.isVisible());

        // The same clerk unlocks: the window comes back, the countdown restarts.
        secret->setText(u"1234"_s);
        lock->trySignIn();
        QVERIFY(!guard.isLocked());
        QVERIFY(window.isVisible());
        QVERIFY(guard.idleTimer()->isActive());
        QCOMPARE(switched.count(), 0);

        // Locked by hand (Ctrl+L), another clerk unlocks: the window is to be rebuilt for them.
        guard.lock();
        QVERIFY(guard.isLocked());
        guard.lockScreen()->selectUser(u"小李"_s);
        guard.lockScreen()->findChild<QLineEdit*>(u"secretLineEdit"_s)->setText(u"5678"_s);
        guard.lockScreen()->trySignIn();
        QCOMPARE(switched.count(), 1);
        const Actor next = switched.first().first().value<Actor>();
        QCOMPARE(next.userId, accounts.otherClerk.userId);
        QCOMPARE(next.role, Role::Clerk);
        QCOMPARE(settings.lastUserName(), u"小李"_s);
    }

    void f12OpensTheSwitchDialog()
    {
        test::GuiFixture fixture;
        const Accounts accounts = makeAccounts(fixture);
        AppSettings settings(fixture.settingsFile());
        const ServiceContext clerkCtx{fixture.db, fixture.clock, accounts.clerk};
        MainWindow window(clerkCtx, settings);
        SessionGuard guard(&window, clerkCtx, settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        SignInDialog::Mode mode = SignInDialog::Mode::Start;
        QString preselected;
        // The dialog is modal: look at it from inside its own event loop, then cancel.
        QTimer::singleShot(0, this, [&] {
            if (auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget())) {
                mode = dialog->mode();
                preselected = dialog->findChild<QListWidget*>(u"userListWidget"_s)->currentItem()->text();
                dialog->reject();
            }
        });
        QTest::keyClick(window.counterPage()->focusWidget() ? window.counterPage()->focusWidget() : &window,
                        Qt::Key_F12);
        QCOMPARE(mode, SignInDialog::Mode::Switch);
        QVERIFY2(!preselected.startsWith(u"小王"_s), qPrintable(preselected)); // someone else takes over
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestSessionGuard)
#include "TestSessionGuard.moc"

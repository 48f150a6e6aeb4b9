// SPDX-License-Identifier: GPL-3.0-or-later
// First start and sign-in: the wizard creates the owner (and refuses what core refuses); the sign-in
// dialog shows core's sentences for a wrong PIN and the lockout, and lets the right PIN in afterwards.
#include "reports/MonthlyReport.h"
#include "services/UserService.h"
#include "storage/SettingsRepository.h"
#include "support/GuiFixture.h"
#include "trust/FirstStartWizard.h"
#include "trust/SignInDialog.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

namespace {

void setText(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(objectName);
    QVERIFY2(edit, qPrintable(objectName));
    edit->setText(text);
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void wizardCreatesTheOwnerAndTheShopName()
    {
        test::GuiFixture fixture;
        UserService users(fixture.context());
        QVERIFY(users.needsOwnerSetup());
        FirstStartWizard wizard(fixture.db, fixture.clock);
        wizard.show();

        // Nothing typed: the shop's name comes first.
        wizard.accept();
        QVERIFY(wizard.error().contains(u"shop's name"_s));
        setText(&wizard, u"storeNameLineEdit"_s, u"好邻居便利店"_s);
        setText(&wizard, u"ownerNameLineEdit"_s, u"王老板"_s);
        // Too short: core's rule, core's sentence.
        setText(&wizard, u"passwordLineEdit"_s, u"short"_s);
        setText(&wizard, u"repeatPasswordLineEdit"_s, u"short"_s);
        wizard.accept();
        QString expected;
        QVERIFY(!UserService::validatePassword(u"short"_s, &expected));
        QCOMPARE(wizard.error(), expected);
        QVERIFY(users.needsOwnerSetup());
        // Typed twice, differently.
        setText(&wizard, u"passwordLineEdit"_s, u"counter-2026"_s);
        setText(&wizard, u"repeatPasswordLineEdit"_s, u"counter-2025"_s);
        wizard.accept();
        QVERIFY(wizard.error().contains(u"differ"_s));
        QVERIFY(users.needsOwnerSetup());
        QVERIFY(wizard.isVisible());

        setText(&wizard, u"repeatPasswordLineEdit"_s, u"counter-2026"_s);
        wizard.accept();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!users.needsOwnerSetup());
        QCOMPARE(wizard.owner().name, u"王老板"_s);
        QCOMPARE(wizard.owner().role, Role::Owner);
        QVERIFY(wizard.owner().userId > 0);
        QCOMPARE(SettingsRepository(fixture.db).value(MonthlyReport::storeNameSettingsKey()),
                 u"好邻居便利店"_s);
        // The password works, and is what core stored (not the wizard's own idea of it).
        QVERIFY(users.signIn(u"王老板"_s, u"counter-2026"_s).ok());
        QVERIFY(!users.signIn(u"王老板"_s, u"counter-2025"_s).ok());
    }

    void wrongPinShowsCoreMessageThenLocksOut()
    {
        test::GuiFixture fixture;
        User owner, clerk;
        QString error;
        QVERIFY(UserService(fixture.context()).createFirstOwner(u"店主"_s, u"owner-pass"_s, &owner, &error));
        const ServiceContext ownerCtx{fixture.db, fixture.clock, Actor{owner.id, Role::Owner, owner.name}};
        QVERIFY(UserService(ownerCtx).addUser(u"小王"_s, Role::Clerk, u"1234"_s, &clerk, &error));

        SignInDialog dialog(fixture.db, fixture.clock, SignInDialog::Mode::Start);
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(u"userListWidget"_s);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->currentItem()->text().startsWith(u"店主"_s)); // the owner by default
        dialog.selectUser(u"小王"_s);
        QVERIFY(list->currentItem()->text().startsWith(u"小王"_s));
        auto* secret = dialog.findChild<QLineEdit*>(u"secretLineEdit"_s);

        // Empty: asked for the PIN, nothing recorded.
        dialog.trySignIn();
        QCOMPARE(dialog.message(), u"Enter the PIN."_s);
        for (int attempt = 1; attempt < UserService::kMaxFailures; ++attempt) {
            secret->setText(u"9999"_s);
            dialog.trySignIn();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY2(dialog.message().startsWith(u"Wrong PIN."_s), qPrintable(dialog.message()));
            QVERIFY(dialog.message().contains(QString::number(UserService::kMaxFailures - attempt)));
            QVERIFY(secret->text().isEmpty()); // cleared for the next try
        }
        secret->setText(u"9999"_s);
        dialog.trySignIn();
        QVERIFY2(dialog.message().contains(u"locked"_s), qPrintable(dialog.message()));
        // Locked: even the right PIN is refused, with the wait.
        secret->setText(u"1234"_s);
        dialog.trySignIn();
        QVERIFY2(dialog.message().startsWith(u"Too many wrong attempts"_s), qPrintable(dialog.message()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // After the lock, the right PIN gets in, as the clerk.
        fixture.clock.advanceSeconds(UserService::kFirstLockSeconds + 1);
        dialog.selectUser(u"小王"_s);
        secret->setText(u"1234"_s);
        dialog.trySignIn();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().userId, clerk.id);
        QCOMPARE(dialog.actor().role, Role::Clerk);
        QCOMPARE(dialog.actor().name, u"小王"_s);
        // Every failure is in the audit log.
        QVERIFY(
            fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action LIKE 'signin.fail%'"_s).toInt() >=
            UserService::kMaxFailures);
    }

    void lockScreenCannotBeDismissed()
    {
        test::GuiFixture fixture;
        User owner;
        QString error;
        QVERIFY(UserService(fixture.context()).createFirstOwner(u"店主"_s, u"owner-pass"_s, &owner, &error));
        SignInDialog lock(fixture.db, fixture.clock, SignInDialog::Mode::Lock,
                          Actor{owner.id, Role::Owner, owner.name});
        lock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lock));
        QVERIFY(!lock.findChild<QPushButton*>(u"quitPushButton"_s));
        lock.reject();
        QTest::keyClick(&lock, Qt::Key_Escape);
        lock.close();
        QVERIFY(lock.isVisible());
    }
};

QTEST_MAIN(TestSignIn)
#include "TestSignIn.moc"

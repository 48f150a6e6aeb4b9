// SPDX-License-Identifier: GPL-3.0-or-later
// The owner's trust dialogs: the audit log browser filters by user, action, dates and text; restore
// refuses a damaged file with a message and restores a good one; users are added and disabled.
#include "services/AuditLog.h"
#include "services/UserService.h"
#include "storage/BackupService.h"
#include "support/GuiFixture.h"
#include "trust/AuditLogDialog.h"
#include "trust/BackupDialog.h"
#include "trust/RestoreDialog.h"
#include "trust/UsersDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

namespace {

Actor makeOwner(test::GuiFixture& fixture)
{
    User owner;
    QString error;
    if (!UserService(fixture.context()).createFirstOwner(u"店主"_s, u"owner-pass"_s, &owner, &error))
        qFatal("owner: %s", qPrintable(error));
    return Actor{owner.id, Role::Owner, owner.name};
}

int comboIndex(QComboBox* combo, const QVariant& data)
{
    return combo->findData(data);
}

} // namespace

class TestTrustDialogs : public QObject
{
    Q_OBJECT

private slots:
    void auditBrowserFilters()
    {
        test::GuiFixture fixture;
        const Actor owner = makeOwner(fixture);
        const ServiceContext ownerCtx{fixture.db, fixture.clock, owner};
        User clerk;
        QString error;
        QVERIFY(UserService(ownerCtx).addUser(u"小王"_s, Role::Clerk, u"1234"_s, &clerk, &error));
        // A day later: a failed clerk sign-in, a successful one, and an owner's rule note.
        fixture.clock.advanceDays(1);
        QVERIFY(!UserService(fixture.context()).signIn(clerk.id, u"0000"_s).ok());
        QVERIFY(UserService(fixture.context()).signIn(clerk.id, u"1234"_s).ok());
        QVERIFY(AuditLog::record(ownerCtx, u"rules.set"_s, QString(), u"points per yuan 1 → 2"_s, &error));

        AuditLogDialog dialog(ownerCtx);
        QTableWidget* table = dialog.table();
        const qint64 all = dialog.total();
        QVERIFY(all >= 5); // owner created, clerk added, failure, sign-in, rules
        QCOMPARE(table->rowCount(), int(all));
        QCOMPARE(table->item(0, 2)->data(Qt::UserRole).toString(), u"rules.set"_s); // newest first
        QCOMPARE(table->item(0, 2)->text(), u"Loyalty rules changed"_s);
        QCOMPARE(table->item(0, 1)->text(), u"店主"_s);
        // Every action core records has words for the owner, not only its key.
        for (const QString& key : {u"event.checkin"_s, u"event.invite"_s, u"event.invitations"_s,
                                   u"insight.thresholds"_s, u"store.logo"_s, u"import.members"_s})
            QVERIFY2(AuditLogDialog::actionLabel(key) != key, qPrintable(key));

        // The action family "signin." holds both sign-in events.
        QComboBox* action = dialog.actionCombo();
        action->setCurrentIndex(comboIndex(action, u"signin."_s));
        QCOMPARE(dialog.total(), 2);
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(table->item(row, 2)->data(Qt::UserRole).toString().startsWith(u"signin."_s));
        action->setCurrentIndex(comboIndex(action, u"signin.failed"_s));
        QCOMPARE(dialog.total(), 1);
        action->setCurrentIndex(0);

        // By user: the clerk's own entries and those about the clerk's account.
        QComboBox* user = dialog.userCombo();
        user->setCurrentIndex(comboIndex(user, clerk.id));
        QVERIFY(dialog.total() >= 2);
        QVERIFY(dialog.total() < all);
        user->setCurrentIndex(0);

        // Text, case-insensitive, in the details.
        dialog.textEdit()->setText(u"POINTS PER"_s);
        dialog.reload();
        QCOMPARE(dialog.total(), 1);
        QCOMPARE(table->item(0, 4)->text(), u"points per yuan 1 → 2"_s);
        dialog.textEdit()->clear();
        dialog.reload();
        QCOMPARE(dialog.total(), all);

        // Dates: only the first day holds the account set-up.
        dialog.dateCheck()->setChecked(true);
        dialog.fromEdit()->setDate(QDate(2026, 3, 15));
        dialog.toEdit()->setDate(QDate(2026, 3, 15));
        QCOMPARE(dialog.total(), 2);
        dialog.fromEdit()->setDate(QDate(2026, 3, 17));
        dialog.toEdit()->setDate(QDate(2026, 3, 20));
        QCOMPARE(dialog.total(), 0);
        QCOMPARE(table->rowCount(), 0);
        // From after to: said, not silently empty.
        dialog.toEdit()->setDate(QDate(2026, 3, 16));
        QVERIFY(dialog.error().contains(u"after"_s));

        // A clerk is refused by core, and the dialog says so.
        AuditLogDialog refused(
            ServiceContext{fixture.db, fixture.clock, Actor{clerk.id, Role::Clerk, clerk.name}});
        QVERIFY(refused.error().contains(u"owner"_s));
        QCOMPARE(refused.table()->rowCount(), 0);
    }

    void auditBrowserPages()
    {
        test::GuiFixture fixture;
        const Actor owner = makeOwner(fixture);
        const ServiceContext ownerCtx{fixture.db, fixture.clock, owner};
        QString error;
        for (int i = 0; i < AuditLogDialog::kPageSize + 10; ++i)
            QVERIFY(AuditLog::record(ownerCtx, u"test.entry"_s, u"member:%1"_s.arg(i), QString(), &error));
        AuditLogDialog dialog(ownerCtx);
        QCOMPARE(dialog.table()->rowCount(), AuditLogDialog::kPageSize);
        const qint64 total = dialog.total();
        dialog.showMore();
        QCOMPARE(dialog.table()->rowCount(), int(total));
    }

    void restoreRefusesADamagedFileAndRestoresAGoodOne()
    {
        test::GuiFixture fixture;
        const Actor owner = makeOwner(fixture);
        const ServiceContext ownerCtx{fixture.db, fixture.clock, owner};
        fixture.addMember(u"张三"_s, u"13800138000"_s);
        const QString good = fixture.dir.filePath(u"good.db"_s);
        BackupResult written;
        QString error;
        QVERIFY2(BackupService(ownerCtx).backupTo(good, &written, &error), qPrintable(error));
        fixture.addMember(u"李四"_s, u"13900139000"_s); // after the backup

        // A damaged copy: the header survives, pages in the middle are overwritten.
        const QString damaged = fixture.dir.filePath(u"damaged.db"_s);
        QVERIFY(QFile::copy(good, damaged));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8192);
            file.seek(4096);
            file.write(QByteArray(file.size() - 8192, '\xa5'));
        }
        const QString notOurs = fixture.dir.filePath(u"notes.txt"_s);
        {
            QFile file(notOurs);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("member list, not a database\n");
        }

        RestoreDialog dialog(ownerCtx);
        dialog.setFile(notOurs);
        QVERIFY(!dialog.canRestore());
        QVERIFY2(dialog.info().contains(u"not an SQLite database"_s), qPrintable(dialog.info()));
        dialog.setFile(damaged);
        QVERIFY(!dialog.canRestore());
        QVERIFY2(dialog.info().contains(u"Cannot be restored"_s), qPrintable(dialog.info()));
        QVERIFY(!dialog.restore(true));
        QVERIFY2(dialog.error().startsWith(u"Nothing was restored"_s), qPrintable(dialog.error()));
        QVERIFY(!dialog.restored());
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM members"_s).toInt(), 2); // untouched

        // Another database's backup may be restored, but the dialog says whose it is.
        test::GuiFixture otherShop;
        otherShop.addMember(u"王五"_s, u"13700137000"_s);
        const QString otherBackup = fixture.dir.filePath(u"other-shop.db"_s);
        QVERIFY2(BackupService(otherShop.context()).backupTo(otherBackup, nullptr, &error),
                 qPrintable(error));
        dialog.setFile(otherBackup);
        QVERIFY(dialog.canRestore());
        QVERIFY2(dialog.info().contains(u"A backup of another database"_s), qPrintable(dialog.info()));

        dialog.setFile(good);
        QVERIFY(dialog.canRestore());
        QVERIFY2(dialog.info().contains(u"1 member"_s), qPrintable(dialog.info()));
        QVERIFY2(!dialog.info().contains(u"another database"_s), qPrintable(dialog.info()));
        QVERIFY(dialog.restore(true));
        QVERIFY(dialog.restored());
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM members"_s).toInt(), 1);
        // The replaced database was kept beside it.
        QVERIFY(!QDir(fixture.dir.path()).entryList({u"gui.before-restore-*.db"_s}).isEmpty());
    }

    void backupDialogBacksUpAndSetsTheIdleLock()
    {
        test::GuiFixture fixture;
        const Actor owner = makeOwner(fixture);
        const ServiceContext ownerCtx{fixture.db, fixture.clock, owner};
        const QString folder = fixture.dir.filePath(u"stick"_s);
        BackupDialog dialog(ownerCtx);
        dialog.folderEdit()->setText(folder);
        QVERIFY(dialog.backUpNow());
        QVERIFY2(dialog.status().contains(u"gui-2026-03-15.db"_s), qPrintable(dialog.status()));
        QCOMPARE(dialog.table()->rowCount(), 1);
        dialog.idleSpin()->setValue(5);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(BackupService(ownerCtx).folder(), folder);
        QCOMPARE(
            fixture.scalar(u"SELECT value FROM settings WHERE key = 'security.idle_lock_minutes'"_s).toInt(),
            5);

        // A folder that cannot be written: said, dialog stays open.
        QFile blocker(fixture.dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        BackupDialog again(ownerCtx);
        again.folderEdit()->setText(fixture.dir.filePath(u"file/sub"_s));
        QVERIFY(!again.backUpNow());
        QVERIFY(!again.status().isEmpty());
        again.accept();
        QVERIFY(again.result() != int(QDialog::Accepted));
    }

    void usersAreAddedAndDisabled()
    {
        test::GuiFixture fixture;
        const Actor owner = makeOwner(fixture);
        const ServiceContext ownerCtx{fixture.db, fixture.clock, owner};

        AddUserDialog add(ownerCtx);
        add.findChild<QLineEdit*>(u"nameLineEdit"_s)->setText(u"小王"_s);
        add.findChild<QLineEdit*>(u"secretLineEdit"_s)->setText(u"12"_s);
        add.findChild<QLineEdit*>(u"repeatLineEdit"_s)->setText(u"12"_s);
        add.accept();
        QCOMPARE(add.error(), u"A PIN is 4 to 6 digits."_s);
        add.findChild<QLineEdit*>(u"secretLineEdit"_s)->setText(u"2468"_s);
        add.findChild<QLineEdit*>(u"repeatLineEdit"_s)->setText(u"2469"_s);
        add.accept();
        QVERIFY(add.error().contains(u"differ"_s));
        add.findChild<QLineEdit*>(u"repeatLineEdit"_s)->setText(u"2468"_s);
        add.accept();
        QCOMPARE(add.result(), int(QDialog::Accepted));
        const qint64 clerkId = UserService(ownerCtx).idByName(u"小王"_s);
        QVERIFY(clerkId > 0);
        QVERIFY(UserService(fixture.context()).signIn(clerkId, u"2468"_s).ok());

        UsersDialog users(ownerCtx);
        QCOMPARE(users.table()->rowCount(), 2);
        // One's own account: core refuses, the dialog says why.
        users.table()->selectRow(0);
        QCOMPARE(users.table()->item(0, 0)->text(), u"店主"_s);
        QVERIFY(!users.toggleSelected());
        QVERIFY(!users.error().isEmpty());
        // The clerk: disabled, and can no longer sign in.
        users.table()->selectRow(1);
        QVERIFY(users.toggleSelected());
        QCOMPARE(users.table()->item(1, 2)->text(), u"Disabled"_s);
        QCOMPARE(UserService(fixture.context()).signIn(clerkId, u"2468"_s).status, SignInStatus::Disabled);
    }
};

QTEST_MAIN(TestTrustDialogs)
#include "TestTrustDialogs.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up: a damaged database is never opened silently. The user is asked, with the newest good backup
// offered; "Quit" leaves the file as it is, "Restore" puts the backup in place and keeps the damaged file.
// The daily automatic backup runs once a day.
#include "services/UserService.h"
#include "storage/BackupService.h"
#include "storage/SettingsRepository.h"
#include "support/GuiFixture.h"
#include "trust/AutoBackup.h"
#include "trust/StartupRecovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

namespace {

void damage(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8192);
    file.seek(4096);
    file.write(QByteArray(file.size() - 8192, '\xa5'));
}

} // namespace

class TestStartupRecovery : public QObject
{
    Q_OBJECT

private slots:
    void aGoodDatabaseOpensWithoutAQuestion()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13800138000"_s);
        fixture.db.close();
        int asked = 0;
        QString message;
        QVERIFY(StartupRecovery::run(
            fixture.path, fixture.clock.now(),
            [&](const StartupCheckResult&) {
                ++asked;
                return StartupRecovery::Choice::Quit;
            },
            &message));
        QCOMPARE(asked, 0);
        QVERIFY(message.isEmpty());
    }

    void aWholeCheckOfALargeFileRunsBehindANotice()
    {
        // The daily backup found damage and asked for the whole check: on a large file (here: over 1 byte)
        // that takes minutes, so a notice says what is happening before the question.
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13800138000"_s);
        fixture.db.close();
        damage(fixture.path);
        QVERIFY(StartupCheck::requestWholeCheck(fixture.path));
        int notices = 0;
        int asked = 0;
        QString seen;
        QString message;
        const auto quit = [&](const StartupCheckResult& check) {
            ++asked;
            return check.wholeFile ? StartupRecovery::Choice::Quit : StartupRecovery::Choice::Restore;
        };
        const auto shown = [&](QWidget* notice) {
            ++notices;
            seen += test::labelTexts(notice);
        };
        QVERIFY(!StartupRecovery::run(fixture.path, fixture.clock.now(), quit, &message, shown, 1));
        QCOMPARE(notices, 1);
        QCOMPARE(asked, 1);
        QVERIFY2(seen.contains(u"Checking the member database"_s), qPrintable(seen));

        // A small file is read whole anyway, at once: no notice.
        QVERIFY(!StartupRecovery::run(fixture.path, fixture.clock.now(), quit, &message, shown));
        QCOMPARE(notices, 1);
        QCOMPARE(asked, 2);
    }

    void aLargeFileWithoutARecentBackupIsCheckedWholeBehindANotice()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13800138000"_s);
        fixture.db.close();
        int notices = 0;
        QString seen;
        QString message;
        const auto shown = [&](QWidget* notice) {
            ++notices;
            seen += test::labelTexts(notice);
        };
        const auto never = [](const StartupCheckResult&) { return StartupRecovery::Choice::Quit; };
        QVERIFY(StartupRecovery::run(fixture.path, fixture.clock.now(), never, &message, shown, 1));
        QCOMPARE(notices, 1);
        QVERIFY2(seen.contains(u"No automatic backup from the last 7 days was found"_s), qPrintable(seen));
    }

    void aDamagedDatabaseIsRefusedOrRestoredAsTheUserChooses()
    {
        test::GuiFixture fixture;
        User owner;
        QString error;
        QVERIFY(UserService(fixture.context()).createFirstOwner(u"店主"_s, u"owner-pass"_s, &owner, &error));
        for (int i = 0; i < 20; ++i)
            fixture.addMember(u"会员%1"_s.arg(i), u"1380013%1"_s.arg(i, 4, 10, QChar(u'0')));
        const ServiceContext ownerCtx{fixture.db, fixture.clock, Actor{owner.id, Role::Owner, owner.name}};
        // Yesterday's automatic backup (into the default folder beside the database).
        QVERIFY(AutoBackup::run(ownerCtx, AutoBackup::When::OnExit, nullptr, &error, false));
        fixture.db.close();
        damage(fixture.path);
        QFile::remove(fixture.path + u"-wal"_s);
        QFile::remove(fixture.path + u"-shm"_s);

        // Quit: told, nothing changed, the database stays closed.
        StartupCheckResult seen;
        QString message;
        const QByteArray damagedBytes = [&] {
            QFile f(fixture.path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!StartupRecovery::run(
            fixture.path, fixture.clock.now(),
            [&](const StartupCheckResult& check) {
                seen = check;
                return StartupRecovery::Choice::Quit;
            },
            &message));
        QVERIFY(!seen.ok);
        QVERIFY2(seen.message.contains(u"damaged"_s), qPrintable(seen.message));
        QVERIFY2(seen.message.size() < 600, qPrintable(seen.message)); // a sentence, not quick_check's report
        QCOMPARE(QFileInfo(seen.latestBackup).fileName(), u"gui-2026-03-15.db"_s);
        QVERIFY(message.isEmpty());
        {
            QFile f(fixture.path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), damagedBytes);
        }

        // Restore: the backup is in place, the damaged file kept, and the database opens with its data.
        QVERIFY(StartupRecovery::run(
            fixture.path, fixture.clock.now(),
            [](const StartupCheckResult&) { return StartupRecovery::Choice::Restore; }, &message));
        QVERIFY2(message.contains(u"before-restore"_s), qPrintable(message));
        QVERIFY(BackupService::inspect(fixture.path).usable());
        Database reopened;
        QVERIFY2(reopened.open(fixture.path, &error), qPrintable(error));
        QSqlQuery q(reopened.sql());
        QVERIFY(q.exec(u"SELECT count(*) FROM members"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 20);
    }

    void theDailyBackupRunsOnceADay()
    {
        test::GuiFixture fixture;
        User owner;
        QString error;
        QVERIFY(UserService(fixture.context()).createFirstOwner(u"店主"_s, u"owner-pass"_s, &owner, &error));
        const ServiceContext ctx{fixture.db, fixture.clock, Actor{owner.id, Role::Owner, owner.name}};
        const QString folder = BackupService(ctx).folder();
        QVERIFY(BackupService(ctx).automaticBackupDue());
        QVERIFY(AutoBackup::run(ctx, AutoBackup::When::Daily, nullptr, &error, false));
        const QString today = QDir(folder).filePath(u"gui-2026-03-15.db"_s);
        QVERIFY(QFileInfo::exists(today));
        QVERIFY(!BackupService(ctx).automaticBackupDue());
        // Not due: nothing is written again (a marker in today's file survives).
        {
            QFile marker(today);
            QVERIFY(marker.open(QIODevice::WriteOnly));
            marker.write("marker");
        }
        QVERIFY(AutoBackup::run(ctx, AutoBackup::When::Daily, nullptr, &error, false));
        {
            QFile marker(today);
            QVERIFY(marker.open(QIODevice::ReadOnly));
            QCOMPARE(marker.readAll(), QByteArray("marker"));
        }
        fixture.clock.advanceDays(1);
        QVERIFY(AutoBackup::run(ctx, AutoBackup::When::Daily, nullptr, &error, false));
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(u"gui-2026-03-16.db"_s)));
        // A folder that cannot be written: false with the reason, no question asked (warn = false).
        QFile blocker(fixture.dir.filePath(u"plainfile"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(SettingsRepository(fixture.db)
                    .setValue(QString::fromUtf16(BackupService::kFolderKey),
                              fixture.dir.filePath(u"plainfile/sub"_s), &error));
        fixture.clock.advanceDays(1);
        QVERIFY(!AutoBackup::run(ctx, AutoBackup::When::Daily, nullptr, &error, false));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestStartupRecovery)
#include "TestStartupRecovery.moc"

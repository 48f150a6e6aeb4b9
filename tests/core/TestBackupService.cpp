// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"

#include "services/IntegrityChecker.h"
#include "services/MemberService.h"
#include "services/PurchaseService.h"
#include "storage/BackupService.h"
#include "storage/RawSqlite.h"
#include "storage/StartupCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

using namespace md;
using namespace md::test;

class TestBackupService : public QObject
{
    Q_OBJECT
private slots:
    void backupIsVerifiedSingleFile();
    void roundTrip();
    void corruptFileRefused_data();
    void corruptFileRefused();
    void newerSchemaRefused();
    void olderSchemaUpgraded();
    void rotation();
    void automaticBackupAndFolder();
    void clerkRestrictions();
    void automaticBackupOnAWorkerThread();
    void startupCheck();
    void aLargeFileIsCheckedWholeByTheDailyBackup();
    void aLargeFileWithoutARecentBackupIsCheckedWhole();
    void twoDatabasesInOneFolderKeepTheirOwnBackups();
    void aSharedFolderNeverTakesAnotherDatabasesBackup();
    void backupsFromBeforeIdentitiesAreListedButNeverRotatedAway();
    void restoreKeepsTheDatabasesIdentity();
    void aManualBackupReplacesOnlyABackup();

private:
    /// A database at a path of the test's choosing, with its own fixed clock (2026-03-15 10:00).
    struct Shop
    {
        explicit Shop(const QString& at) : path(at), clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0)))
        {
            QDir().mkpath(QFileInfo(at).absolutePath());
            QString error;
            if (!db.open(path, &error))
                qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        }
        ServiceContext context() { return {db, clock, Actor{0, Role::Owner, {}}}; }
        void addMembers(int n)
        {
            for (int i = 0; i < n; ++i) {
                MemberInput in;
                in.name = QStringLiteral("Member %1").arg(i);
                Member m;
                MemberSaveError error;
                if (!MemberService(context()).add(in, &m, &error))
                    qFatal("%s", qPrintable(error.message));
            }
        }
        qint64 count(const QString& table)
        {
            QSqlQuery q(db.sql());
            return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next()
                       ? q.value(0).toLongLong()
                       : -1;
        }
        QString path;
        Database db;
        FixedClock clock;
    };
    static QStringList names(const QVector<BackupService::BackupFile>& files);
    static qint64 addMember(DatabaseFixture& f, const QString& name);
    static qint64 buy(DatabaseFixture& f, qint64 member, Fen gross);
    static void corrupt(const QString& path);
    static void touch(const QString& path);
};

qint64 TestBackupService::addMember(DatabaseFixture& f, const QString& name)
{
    MemberInput in;
    in.name = name;
    Member m;
    MemberSaveError error;
    if (!MemberService(f.context()).add(in, &m, &error))
        qFatal("%s", qPrintable(error.message));
    return m.id;
}

qint64 TestBackupService::buy(DatabaseFixture& f, qint64 member, Fen gross)
{
    PurchaseRequest r;
    r.memberId = member;
    r.grossFen = gross;
    PurchaseResult result;
    QString error;
    if (!PurchaseService(f.context()).record(r, &result, &error))
        qFatal("purchase failed: %s", qPrintable(error));
    return result.purchaseId;
}

void TestBackupService::corrupt(const QString& path)
{
    // Keep the header (so it still looks like SQLite) and overwrite the pages after it.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        qFatal("cannot open %s", qPrintable(path));
    const qint64 size = file.size();
    file.seek(4096);
    file.write(QByteArray(int(qMax<qint64>(4096, size - 4096)), '\xA5'));
}

QStringList TestBackupService::names(const QVector<BackupService::BackupFile>& files)
{
    QStringList out;
    for (const auto& f : files)
        out << QFileInfo(f.path).fileName() + (f.sharedName ? QStringLiteral(" (shared)") : QString());
    return out;
}

void TestBackupService::touch(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("x");
}

void TestBackupService::backupIsVerifiedSingleFile()
{
    DatabaseFixture f;
    const qint64 m = addMember(f, QStringLiteral("Zhang San"));
    buy(f, m, 10000);
    const QString file = f.dir.filePath(QStringLiteral("out/copy.db"));
    BackupResult result;
    QString error;
    QVERIFY2(BackupService(f.context()).backupTo(file, &result, &error), qPrintable(error));
    QCOMPARE(result.path, QFileInfo(file).absoluteFilePath());
    QVERIFY(result.bytes > 0);
    QCOMPARE(result.bytes, QFileInfo(file).size());
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    const DatabaseFileInfo info = BackupService::inspect(file);
    QVERIFY2(info.usable(), qPrintable(info.error));
    QVERIFY(info.ours);
    QCOMPARE(info.schemaVersion, Database::latestSchemaVersion());
    // Rollback journal, not WAL: header bytes 18 and 19 are 1 — the file stands alone.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray header = raw.read(20);
    QCOMPARE(int(header.at(18)), 1);
    QCOMPARE(int(header.at(19)), 1);
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'backup.write'")), 1);
    // The database itself is refused as a target.
    QVERIFY(!BackupService(f.context()).backupTo(f.path, &result, &error));
}

void TestBackupService::roundTrip()
{
    DatabaseFixture f;
    const qint64 a = addMember(f, QStringLiteral("Zhang San"));
    const qint64 p1 = buy(f, a, 12800);
    const QString file = f.dir.filePath(QStringLiteral("round.db"));
    QString error;
    QVERIFY2(BackupService(f.context()).backupTo(file, nullptr, &error), qPrintable(error));

    // Work after the backup: lost by the restore, kept in the safety copy.
    const qint64 b = addMember(f, QStringLiteral("Li Si"));
    buy(f, b, 5000);
    buy(f, a, 7000);
    QCOMPARE(f.count(QStringLiteral("members")), 2);
    QCOMPARE(f.count(QStringLiteral("purchases")), 3);

    f.clock.advanceSeconds(3600);
    RestoreResult restored;
    QVERIFY2(BackupService(f.context()).restoreFrom(file, &restored, &error), qPrintable(error));
    QVERIFY(f.db.isOpen());
    QCOMPARE(restored.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(f.count(QStringLiteral("members")), 1);
    QCOMPARE(f.count(QStringLiteral("purchases")), 1);
    QCOMPARE(PurchaseService(f.context()).state(p1), PurchaseService::State::Active);
    QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'backup.restore'")), 1);
    // The audit trail survives: the entry written after the backup (its own "backup.write") was carried over.
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'backup.write'")), 1);
    QCOMPARE(
        f.count(QStringLiteral("audit_log WHERE action = 'backup.restore' AND details LIKE '%1 audit entries "
                               "carried over%'")),
        1);
    // The database keeps working after the swap (new connection, WAL intact).
    buy(f, a, 100);
    QCOMPARE(f.count(QStringLiteral("purchases")), 2);
    QVERIFY(IntegrityChecker(f.db).problems().isEmpty());

    // The replaced database was kept beside it, whole.
    QVERIFY(restored.safetyCopy.contains(QStringLiteral("before-restore-20260315-110000")));
    QCOMPARE(QFileInfo(restored.safetyCopy).absolutePath(), QFileInfo(f.path).absolutePath());
    const DatabaseFileInfo kept = BackupService::inspect(restored.safetyCopy);
    QVERIFY2(kept.usable(), qPrintable(kept.error));
    Database old;
    QVERIFY2(old.open(restored.safetyCopy, &error, Database::Access::ReadOnly), qPrintable(error));
    QSqlQuery q(old.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM purchases")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    q.finish();
    old.close();

    // Reopening from scratch sees the restored state.
    f.db.close();
    QVERIFY(f.db.open(f.path, &error));
    QCOMPARE(f.count(QStringLiteral("purchases")), 2);
}

void TestBackupService::corruptFileRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("damaged pages") << QStringLiteral("damaged") << QStringLiteral("damaged");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QString();
    QTest::newRow("other program") << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
}

void TestBackupService::corruptFileRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    DatabaseFixture f;
    const qint64 a = addMember(f, QStringLiteral("Zhang San"));
    for (int i = 0; i < 200; ++i) // enough pages for damage to land in data
        buy(f, a, 1000 + i);
    const QString file = f.dir.filePath(QStringLiteral("bad.db"));
    QString error;
    QVERIFY(BackupService(f.context()).backupTo(file, nullptr, &error));
    if (kind == QStringLiteral("damaged")) {
        corrupt(file);
    } else if (kind == QStringLiteral("text")) {
        QFile::remove(file);
        QFile t(file);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("name,phone\nZhang,13800138000\n");
    } else if (kind == QStringLiteral("truncated")) {
        QFile t(file);
        QVERIFY(t.open(QIODevice::ReadWrite));
        QVERIFY(t.resize(t.size() / 3));
    } else if (kind == QStringLiteral("foreign")) {
        QFile::remove(file);
        {
            auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes(x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else {
        QFile::remove(file);
    }
    const qint64 purchasesBefore = f.count(QStringLiteral("purchases"));
    const QByteArray bytesBefore = [&] {
        QFile live(f.path);
        live.open(QIODevice::ReadOnly);
        return live.readAll();
    }();

    RestoreResult result;
    QVERIFY(!BackupService(f.context()).restoreFrom(file, &result, &error));
    QVERIFY(error.startsWith(QStringLiteral("Nothing was restored")));
    if (!expected.isEmpty())
        QVERIFY2(error.contains(expected), qPrintable(error));
    // The current database is untouched: still open, same content, same bytes, no safety copy made.
    QVERIFY(f.db.isOpen());
    QCOMPARE(f.count(QStringLiteral("purchases")), purchasesBefore);
    QFile live(f.path);
    QVERIFY(live.open(QIODevice::ReadOnly));
    QCOMPARE(live.readAll(), bytesBefore);
    QVERIFY(result.safetyCopy.isEmpty());
    QCOMPARE(QDir(f.dir.path()).entryList({QStringLiteral("*before-restore*")}).size(), 0);
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'backup.restore'")), 0);
}

void TestBackupService::newerSchemaRefused()
{
    DatabaseFixture f;
    addMember(f, QStringLiteral("Zhang San"));
    const QString file = f.dir.filePath(QStringLiteral("future.db"));
    QString error;
    QVERIFY(BackupService(f.context()).backupTo(file, nullptr, &error));
    {
        auto future = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        future.setDatabaseName(file);
        QVERIFY(future.open());
        QVERIFY(QSqlQuery(future).exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        future.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const DatabaseFileInfo info = BackupService::inspect(file);
    QVERIFY(info.ours);
    QVERIFY(info.problems.isEmpty());
    QVERIFY(!info.usable());
    QVERIFY(!BackupService(f.context()).restoreFrom(file, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QCOMPARE(f.db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(f.count(QStringLiteral("members")), 1);
}

void TestBackupService::olderSchemaUpgraded()
{
    DatabaseFixture f;
    addMember(f, QStringLiteral("Zhang San"));
    // A backup made by the first release: restored, then upgraded on reopening.
    const QString v1 = f.dir.filePath(QStringLiteral("v1.db"));
    QVERIFY(QFile::copy(QStringLiteral(MEMBERDESK_TEST_DATA "/schema-v1.db"), v1));
    const DatabaseFileInfo info = BackupService::inspect(v1);
    QVERIFY2(info.usable(), qPrintable(info.error));
    QCOMPARE(info.schemaVersion, 1);
    RestoreResult restored;
    QString error;
    QVERIFY2(BackupService(f.context()).restoreFrom(v1, &restored, &error), qPrintable(error));
    QCOMPARE(restored.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(f.db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(f.count(QStringLiteral("members")), 3);
    QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    // The fixture itself was only read.
    QCOMPARE(BackupService::inspect(v1).schemaVersion, 1);
}

void TestBackupService::rotation()
{
    QTemporaryDir dir;
    // One backup a day from 2025-01-01 to 2026-03-15 (439 days), plus files rotation must never touch.
    QDate day(2025, 1, 1);
    const QDate last(2026, 3, 15);
    int written = 0;
    const QString dbPath = dir.filePath(QStringLiteral("memberdesk.db"));
    for (; day <= last; day = day.addDays(1), ++written)
        touch(dir.filePath(BackupService::automaticFileName(dbPath, day)));
    touch(dir.filePath(QStringLiteral("memberdesk-manual.db")));
    touch(dir.filePath(QStringLiteral("shop.db")));
    touch(dir.filePath(QStringLiteral("memberdesk-2026-13-45.db")));

    const QStringList removed = BackupService::rotate(dir.path(), dbPath, 7, 12);
    const QVector<BackupService::BackupFile> kept = BackupService::automaticBackups(dir.path(), dbPath);
    QCOMPARE(removed.size() + kept.size(), written);
    QStringList keptDays;
    for (const auto& f : kept)
        keptDays << f.day.toString(Qt::ISODate);
    // 7 newest days (2026-03-09..15) + the newest of each of the 12 months back to 2025-04
    // (March 2026 is already covered by the 15th).
    const QStringList expected = {
        QStringLiteral("2026-03-15"), QStringLiteral("2026-03-14"), QStringLiteral("2026-03-13"),
        QStringLiteral("2026-03-12"), QStringLiteral("2026-03-11"), QStringLiteral("2026-03-10"),
        QStringLiteral("2026-03-09"), QStringLiteral("2026-02-28"), QStringLiteral("2026-01-31"),
        QStringLiteral("2025-12-31"), QStringLiteral("2025-11-30"), QStringLiteral("2025-10-31"),
        QStringLiteral("2025-09-30"), QStringLiteral("2025-08-31"), QStringLiteral("2025-07-31"),
        QStringLiteral("2025-06-30"), QStringLiteral("2025-05-31"), QStringLiteral("2025-04-30"),
    };
    QCOMPARE(keptDays, expected);
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("memberdesk-manual.db"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("shop.db"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("memberdesk-2026-13-45.db"))));
    // Idempotent.
    QVERIFY(BackupService::rotate(dir.path(), dbPath, 7, 12).isEmpty());
}

void TestBackupService::automaticBackupAndFolder()
{
    DatabaseFixture f;
    const qint64 a = addMember(f, QStringLiteral("Zhang San"));
    buy(f, a, 5000);
    BackupService backups(f.context());
    QCOMPARE(backups.folder(), QFileInfo(f.path).absoluteDir().filePath(QStringLiteral("backups")));
    const QString usb = f.dir.filePath(QStringLiteral("usb/MemberDesk"));
    QString error;
    QVERIFY2(backups.setFolder(usb, &error), qPrintable(error));
    QCOMPARE(backups.folder(), QFileInfo(usb).absoluteFilePath());
    QVERIFY(backups.automaticBackupDue());

    // Ten days of "daily + at exit": one file per day, the last 7 days kept (all in one month).
    BackupResult result;
    for (int day = 0; day < 10; ++day) {
        QVERIFY2(backups.runAutomatic(QString(), &result, &error), qPrintable(error));
        QVERIFY(!backups.automaticBackupDue());
        QVERIFY2(backups.runAutomatic(QString(), &result, &error),
                 qPrintable(error)); // at exit: replaces today's
        f.clock.advanceDays(1);
        QVERIFY(backups.automaticBackupDue());
    }
    const auto files = BackupService::automaticBackups(usb, f.path);
    QCOMPARE(files.size(), 7);
    QCOMPARE(files.first().day, QDate(2026, 3, 24));
    QCOMPARE(files.last().day, QDate(2026, 3, 18));
    QCOMPARE(BackupService::latestGoodBackup(usb, f.path), files.first().path);
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'backup.auto'")), 20);

    // A damaged newest backup is skipped in favour of the one before.
    corrupt(files.first().path);
    QCOMPARE(BackupService::latestGoodBackup(usb, f.path), files.at(1).path);

    QVERIFY(!backups.setFolder(f.path, &error)); // a file, not a folder
}

void TestBackupService::clerkRestrictions()
{
    DatabaseFixture f;
    addMember(f, QStringLiteral("Zhang San"));
    const QString file = f.dir.filePath(QStringLiteral("c.db"));
    QString error;
    QVERIFY(BackupService(f.context()).backupTo(file, nullptr, &error));
    BackupService clerk(f.context(Role::Clerk));
    QVERIFY(!clerk.backupTo(f.dir.filePath(QStringLiteral("stolen.db")), nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("owner")));
    QVERIFY(!QFileInfo::exists(f.dir.filePath(QStringLiteral("stolen.db"))));
    QVERIFY(!clerk.restoreFrom(file, nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("owner")));
    QVERIFY(!clerk.setFolder(f.dir.filePath(QStringLiteral("elsewhere")), &error));
    // The automatic backup at exit runs whoever is signed in.
    QVERIFY2(clerk.runAutomatic(QString(), nullptr, &error), qPrintable(error));
}

void TestBackupService::automaticBackupOnAWorkerThread()
{
    DatabaseFixture f;
    const qint64 a = addMember(f, QStringLiteral("Zhang San"));
    buy(f, a, 5000);
    BackupService backups(f.context(Role::Clerk));
    const QString folder = backups.automaticFolder();
    QCOMPARE(folder, backups.folder());
    QCOMPARE(backups.automaticFolder(QStringLiteral(" /elsewhere ")), QStringLiteral("/elsewhere"));
    // The copy runs on another thread with its own connections; the counter's connection stays here.
    BackupResult result;
    QString error;
    bool written = false;
    const QString dbPath = f.db.path();
    const QDate day = f.clock.today();
    QThread* worker = QThread::create(
        [&] { written = BackupService::writeAutomatic(dbPath, folder, day, &result, &error); });
    worker->start();
    QVERIFY(worker->wait());
    delete worker;
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(result.path, QDir(folder).absoluteFilePath(BackupService::automaticFileName(dbPath, day)));
    QCOMPARE(QFileInfo(result.path).fileName(), QStringLiteral("test-2026-03-15.db"));
    QVERIFY(BackupService::inspect(result.path).usable());
    QCOMPARE(BackupService::inspect(result.path).members, 1);
    QVERIFY(!backups.automaticBackupDue());
    // The audit entry is written separately, on the owning thread's connection.
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'backup.auto'")), 0);
    QVERIFY2(backups.recordAutomatic(result, &error), qPrintable(error));
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'backup.auto'")), 1);
    // A folder that cannot be created: false with the reason, nothing written.
    const QString blocker = f.dir.filePath(QStringLiteral("plainfile"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(!BackupService::writeAutomatic(dbPath, blocker + QStringLiteral("/sub"), day, &result, &error));
    QVERIFY(error.contains(QStringLiteral("plainfile")));
}

void TestBackupService::startupCheck()
{
    DatabaseFixture f;
    const qint64 a = addMember(f, QStringLiteral("Zhang San"));
    for (int i = 0; i < 200; ++i)
        buy(f, a, 1000 + i);
    QString error;
    QVERIFY(BackupService(f.context()).runAutomatic(QString(), nullptr, &error));
    StartupCheckResult ok = StartupCheck::run(f.path);
    QVERIFY2(ok.ok, qPrintable(ok.message));
    QVERIFY(StartupCheck::run(f.dir.filePath(QStringLiteral("new.db"))).newDatabase);

    f.db.close();
    corrupt(f.path);
    const StartupCheckResult damaged = StartupCheck::run(f.path);
    QVERIFY(!damaged.ok);
    QVERIFY(!damaged.problems.isEmpty());
    QVERIFY2(damaged.message.contains(QStringLiteral("damaged")), qPrintable(damaged.message));
    QCOMPARE(damaged.latestBackup,
             BackupService::automaticBackups(BackupService::defaultFolderFor(f.path), f.path).first().path);
    QCOMPARE(damaged.latestBackupDay, QDate(2026, 3, 15));
    QVERIFY(damaged.message.contains(QDir::toNativeSeparators(damaged.latestBackup)));

    // Recovery without an open database: the damaged file is kept, the backup put in place.
    RestoreResult restored;
    QVERIFY2(BackupService::restoreFile(damaged.latestBackup, f.path, f.clock.now(), &restored, &error),
             qPrintable(error));
    QVERIFY(QFileInfo::exists(restored.safetyCopy));
    QVERIFY(StartupCheck::run(f.path).ok);
    QVERIFY2(f.db.open(f.path, &error), qPrintable(error));
    QCOMPARE(f.count(QStringLiteral("purchases")), 200);
    QVERIFY(IntegrityChecker(f.db).problems().isEmpty());

    // A file that is no database at all any more (the header is gone too) is replaced as a file.
    f.db.close();
    {
        QFile wrecked(f.path);
        QVERIFY(wrecked.open(QIODevice::WriteOnly | QIODevice::Truncate));
        wrecked.write(QByteArray(8192, '\x00'));
        wrecked.write("this is not a database");
    }
    QVERIFY(!StartupCheck::run(f.path).ok);
    QVERIFY2(
        BackupService::restoreFile(damaged.latestBackup, f.path, f.clock.now().addSecs(1), &restored, &error),
        qPrintable(error));
    QVERIFY(StartupCheck::run(f.path).ok);
    QVERIFY2(f.db.open(f.path, &error), qPrintable(error));
    QCOMPARE(f.count(QStringLiteral("purchases")), 200);

    // The folder given has no backup: the default folder beside the database is searched too.
    f.db.close();
    corrupt(f.path);
    const StartupCheckResult fallback = StartupCheck::run(f.path, f.dir.filePath(QStringLiteral("empty")));
    QVERIFY(!fallback.ok);
    QCOMPARE(QFileInfo(fallback.latestBackup).absolutePath(), BackupService::defaultFolderFor(f.path));
    // No good backup anywhere: the damage is still reported, with nothing to offer.
    QVERIFY(QDir(BackupService::defaultFolderFor(f.path)).removeRecursively());
    const StartupCheckResult none = StartupCheck::run(f.path, f.dir.filePath(QStringLiteral("empty")));
    QVERIFY(!none.ok);
    QVERIFY(none.latestBackup.isEmpty());
    QVERIFY2(none.message.contains(QStringLiteral("No good backup")), qPrintable(none.message));
}

void TestBackupService::aLargeFileIsCheckedWholeByTheDailyBackup()
{
    // A file over the whole-check size (here 1 byte, so this small one counts as large) is not read whole at
    // start; the daily backup's check of its copy finds damage elsewhere and asks for the whole check, which
    // the next start runs whatever the size.
    DatabaseFixture f;
    const qint64 a = addMember(f, QStringLiteral("Zhang San"));
    for (int i = 0; i < 300; ++i)
        buy(f, a, 1000 + i);
    QString error;
    QVERIFY2(BackupService(f.context()).runAutomatic(QString(), nullptr, &error), qPrintable(error));
    const QString good =
        BackupService::automaticBackups(BackupService::defaultFolderFor(f.path), f.path).first().path;
    qint64 page = 0;
    {
        QSqlQuery q(f.db.sql());
        QVERIFY(
            q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'purchases' AND pagetype = 'leaf' "
                                  "ORDER BY pageno LIMIT 1 OFFSET 2")) &&
            q.next());
        page = q.value(0).toLongLong();
    }
    QVERIFY(page > 1);
    f.db.close();
    {
        // One page of purchases overwritten: the settings and users the start reads are intact.
        QFile file(f.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((page - 1) * 4096));
        file.write(QByteArray(4096, '\xA5'));
    }
    const QString marker = StartupCheck::wholeCheckMarker(f.path);
    QVERIFY(StartupCheck::wholeCheck(f.path, {}, {}, 1) == StartupCheck::WholeCheck::No);
    const StartupCheckResult light = StartupCheck::run(f.path, {}, 1);
    QVERIFY2(light.ok, qPrintable(light.message));
    QVERIFY(!light.wholeFile);
    QVERIFY(!StartupCheck::run(f.path).ok); // the same file under the real size: read whole, refused

    // The daily backup copies every page and checks the copy: refused, and the next start is told.
    QVERIFY2(f.db.open(f.path, &error), qPrintable(error));
    error.clear();
    QVERIFY(!BackupService(f.context()).runAutomatic(QString(), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("may be damaged")), qPrintable(error));
    QVERIFY(QFileInfo::exists(marker));
    QVERIFY(StartupCheck::wholeCheck(f.path, {}, {}, 1) != StartupCheck::WholeCheck::No);
    f.db.close();
    const StartupCheckResult whole = StartupCheck::run(f.path, {}, 1);
    QVERIFY(whole.wholeFile);
    QVERIFY(!whole.ok);
    QVERIFY2(whole.message.contains(QStringLiteral("damaged")), qPrintable(whole.message));
    QCOMPARE(whole.latestBackup, good);
    QVERIFY(QFileInfo::exists(marker)); // kept until a whole check passes

    // Restored: the next start checks the whole file once more, then no longer.
    RestoreResult restored;
    QVERIFY2(BackupService::restoreFile(good, f.path, f.clock.now(), &restored, &error), qPrintable(error));
    const StartupCheckResult afterRestore = StartupCheck::run(f.path, {}, 1);
    QVERIFY2(afterRestore.ok, qPrintable(afterRestore.message));
    QVERIFY(afterRestore.wholeFile);
    QVERIFY(!QFileInfo::exists(marker));
    QVERIFY(!StartupCheck::run(f.path, {}, 1).wholeFile);

    // Another program's SQLite file, large: no settings or users to check, and not called damaged (opening
    // it refuses it as another program's).
    const QString foreign = f.dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(foreign);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes(text TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('x')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const StartupCheckResult other = StartupCheck::run(foreign, {}, 1);
    QVERIFY2(other.ok, qPrintable(other.message));
    QVERIFY(!other.wholeFile);
    QVERIFY(!f.db.open(foreign, &error));
    QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
}

void TestBackupService::aLargeFileWithoutARecentBackupIsCheckedWhole()
{
    // The daily backup is what reads a large file whole; without one for a week (backups failing, the
    // folder gone) the start does.
    DatabaseFixture f;
    const qint64 a = addMember(f, QStringLiteral("Zhang San"));
    buy(f, a, 1000);
    const QDate today = f.clock.now().date();
    using W = StartupCheck::WholeCheck;
    QCOMPARE(StartupCheck::wholeCheck(f.path, today, {}, 1), W::NoRecentBackup);
    QCOMPARE(StartupCheck::wholeCheck(f.path, {}, {}, 1), W::No); // no day given: the age is not considered
    QCOMPARE(StartupCheck::wholeCheck(f.path, today), W::SmallFile);
    const StartupCheckResult unchecked = StartupCheck::run(f.path, {}, 1, today);
    QVERIFY2(unchecked.ok, qPrintable(unchecked.message));
    QVERIFY(unchecked.wholeFile);

    QString error;
    QVERIFY2(BackupService(f.context()).runAutomatic(QString(), nullptr, &error), qPrintable(error));
    QCOMPARE(StartupCheck::wholeCheck(f.path, today, {}, 1), W::No);
    QVERIFY(!StartupCheck::run(f.path, {}, 1, today).wholeFile);
    QCOMPARE(StartupCheck::wholeCheck(f.path, today.addDays(StartupCheck::kDaysWithoutWholeCheck - 1), {}, 1),
             W::No);
    QCOMPARE(StartupCheck::wholeCheck(f.path, today.addDays(StartupCheck::kDaysWithoutWholeCheck), {}, 1),
             W::NoRecentBackup);
    // A backup folder given that holds none: the default folder beside the database still counts.
    QCOMPARE(StartupCheck::wholeCheck(f.path, today, f.dir.filePath(QStringLiteral("usb")), 1), W::No);
    QVERIFY(QDir(BackupService::defaultFolderFor(f.path)).removeRecursively());
    QCOMPARE(StartupCheck::wholeCheck(f.path, today, {}, 1), W::NoRecentBackup);
}

void TestBackupService::twoDatabasesInOneFolderKeepTheirOwnBackups()
{
    // The demo and the real shop side by side: one default backup folder for both.
    QTemporaryDir dir;
    Shop shop(dir.filePath(QStringLiteral("memberdesk.db")));
    Shop demo(dir.filePath(QStringLiteral("demo.db")));
    shop.addMembers(1);
    demo.addMembers(2);
    const QString folder = BackupService(shop.context()).folder();
    QCOMPARE(BackupService(demo.context()).folder(), folder);
    QString error;
    for (int day = 0; day < 10; ++day) {
        QVERIFY2(BackupService(shop.context()).runAutomatic(QString(), nullptr, &error), qPrintable(error));
        QVERIFY2(BackupService(demo.context()).runAutomatic(QString(), nullptr, &error), qPrintable(error));
        shop.clock.advanceDays(1);
        demo.clock.advanceDays(1);
    }
    const auto shopFiles = BackupService::automaticBackups(folder, shop.path);
    const auto demoFiles = BackupService::automaticBackups(folder, demo.path);
    QCOMPARE(names(shopFiles).first(), QStringLiteral("memberdesk-2026-03-24.db"));
    QCOMPARE(names(shopFiles).last(), QStringLiteral("memberdesk-2026-03-18.db"));
    QCOMPARE(shopFiles.size(), 7);
    QCOMPARE(names(demoFiles).first(), QStringLiteral("demo-2026-03-24.db"));
    QCOMPARE(demoFiles.size(), 7);
    // Each rotation kept the other's files: 7 + 7 in the folder.
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.db")}, QDir::Files).size(), 14);
    // Recovery offers each database its own.
    QCOMPARE(BackupService::latestGoodBackup(folder, shop.path), shopFiles.first().path);
    QCOMPARE(BackupService::inspect(shopFiles.first().path).members, 1);
    QCOMPARE(BackupService::latestGoodBackup(folder, demo.path), demoFiles.first().path);
    QCOMPARE(BackupService::inspect(demoFiles.first().path).members, 2);
}

void TestBackupService::aSharedFolderNeverTakesAnotherDatabasesBackup()
{
    // Two shops, both memberdesk.db, backed up to the same stick.
    QTemporaryDir dir;
    Shop one(dir.filePath(QStringLiteral("one/memberdesk.db")));
    Shop two(dir.filePath(QStringLiteral("two/memberdesk.db")));
    one.addMembers(1);
    two.addMembers(2);
    const QString usb = dir.filePath(QStringLiteral("usb"));
    BackupService first(one.context());
    BackupService second(two.context());
    QString error;
    BackupResult twos;
    QVERIFY2(second.runAutomatic(usb, &twos, &error), qPrintable(error));
    QCOMPARE(QFileInfo(twos.path).fileName(), QStringLiteral("memberdesk-2026-03-15.db"));

    // Today's name is taken by the other shop's backup: still due, and not overwritten.
    QVERIFY(first.automaticBackupDue(usb));
    QVERIFY(!first.runAutomatic(usb, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("another database")), qPrintable(error));
    QCOMPARE(BackupService::inspect(twos.path).members, 2);
    QCOMPARE(one.count(QStringLiteral("audit_log WHERE action = 'backup.auto'")), 0);
    QVERIFY(!second.automaticBackupDue(usb));

    // Ten more days of the first shop: its rotation leaves the other's file alone.
    for (int day = 0; day < 10; ++day) {
        one.clock.advanceDays(1);
        QVERIFY2(first.runAutomatic(usb, nullptr, &error), qPrintable(error));
    }
    const auto ones = BackupService::automaticBackups(usb, one.path);
    QCOMPARE(ones.size(), 7);
    for (const auto& f : ones)
        QCOMPARE(BackupService::inspect(f.path).members, 1);
    QVERIFY(QFileInfo::exists(twos.path));
    QCOMPARE(names(BackupService::automaticBackups(usb, two.path)),
             QStringList{QStringLiteral("memberdesk-2026-03-15.db")});
    QCOMPARE(BackupService::latestGoodBackup(usb, two.path), twos.path);
    QCOMPARE(BackupService::latestGoodBackup(usb, one.path), ones.first().path);
}

void TestBackupService::backupsFromBeforeIdentitiesAreListedButNeverRotatedAway()
{
    // Releases before schema 12 named every database's backups memberdesk-YYYY-MM-DD.db and gave them no
    // identity.
    QTemporaryDir dir;
    Shop shop(dir.filePath(QStringLiteral("shop.db")));
    shop.addMembers(3);
    const QString folder = BackupService(shop.context()).folder();
    QString error;
    for (const QString& name :
         {QStringLiteral("memberdesk-2026-02-01.db"), QStringLiteral("memberdesk-2026-03-01.db")}) {
        const QString file = QDir(folder).filePath(name);
        QVERIFY2(BackupService::copyDatabase(shop.path, file, nullptr, &error), qPrintable(error));
        RawDb raw;
        QVERIFY2(openRaw(file, SQLITE_OPEN_READWRITE, &raw, &error), qPrintable(error));
        QVERIFY2(execRaw(raw.handle, "DELETE FROM settings WHERE key = 'database.id'", &error),
                 qPrintable(error));
    }
    QVERIFY(
        BackupService::databaseIdOf(QDir(folder).filePath(QStringLiteral("memberdesk-2026-03-01.db")), false)
            .isEmpty());
    QCOMPARE(names(BackupService::automaticBackups(folder, shop.path)),
             (QStringList{QStringLiteral("memberdesk-2026-03-01.db (shared)"),
                          QStringLiteral("memberdesk-2026-02-01.db (shared)")}));
    // Recovery before the first backup under the new name still finds them.
    QCOMPARE(QFileInfo(BackupService::latestGoodBackup(folder, shop.path)).fileName(),
             QStringLiteral("memberdesk-2026-03-01.db"));

    for (int day = 0; day < 10; ++day) {
        QVERIFY2(BackupService(shop.context()).runAutomatic(QString(), nullptr, &error), qPrintable(error));
        shop.clock.advanceDays(1);
    }
    const QStringList listed = names(BackupService::automaticBackups(folder, shop.path));
    QCOMPARE(listed.size(), 9);
    QCOMPARE(listed.first(), QStringLiteral("shop-2026-03-24.db"));
    QCOMPARE(listed.at(6), QStringLiteral("shop-2026-03-18.db"));
    QCOMPARE(listed.at(7), QStringLiteral("memberdesk-2026-03-01.db (shared)"));
    QCOMPARE(listed.at(8), QStringLiteral("memberdesk-2026-02-01.db (shared)"));

    // A memberdesk.db beside it counts them as its own (the name is its own) …
    Shop other(dir.filePath(QStringLiteral("memberdesk.db")));
    QVERIFY2(BackupService(other.context()).runAutomatic(QString(), nullptr, &error), qPrintable(error));
    QCOMPARE(
        names(BackupService::automaticBackups(folder, other.path)),
        (QStringList{QStringLiteral("memberdesk-2026-03-15.db"), QStringLiteral("memberdesk-2026-03-01.db"),
                     QStringLiteral("memberdesk-2026-02-01.db")}));
    // … while its new backup, which carries its identity, is not the shop's.
    QVERIFY(!names(BackupService::automaticBackups(folder, shop.path))
                 .contains(QStringLiteral("memberdesk-2026-03-15.db (shared)")));
}

void TestBackupService::restoreKeepsTheDatabasesIdentity()
{
    QTemporaryDir dir;
    Shop shop(dir.filePath(QStringLiteral("shop/memberdesk.db")));
    Shop other(dir.filePath(QStringLiteral("other/memberdesk.db")));
    shop.addMembers(1);
    other.addMembers(4);
    BackupService backups(shop.context());
    const QString id = backups.databaseId();
    QCOMPARE(id.size(), 32);
    QCOMPARE(BackupService::databaseIdOf(shop.path, true), id);
    const QString otherFile = dir.filePath(QStringLiteral("other-backup.db"));
    QString error;
    QVERIFY2(BackupService(other.context()).backupTo(otherFile, nullptr, &error), qPrintable(error));
    const DatabaseFileInfo info = BackupService::inspect(otherFile);
    QCOMPARE(info.databaseId, BackupService(other.context()).databaseId());
    QVERIFY(info.databaseId != id);

    QVERIFY2(backups.runAutomatic(QString(), nullptr, &error), qPrintable(error));
    RestoreResult restored;
    QVERIFY2(backups.restoreFrom(otherFile, &restored, &error), qPrintable(error));
    QCOMPARE(shop.count(QStringLiteral("members")), 4);
    // Still this database: today's automatic backup is its own, and is not written again.
    QCOMPARE(backups.databaseId(), id);
    QVERIFY(!backups.automaticBackupDue());
    QCOMPARE(BackupService::automaticBackups(backups.folder(), shop.path).size(), 1);
}

void TestBackupService::aManualBackupReplacesOnlyABackup()
{
    DatabaseFixture f;
    addMember(f, QStringLiteral("Zhang San"));
    BackupService backups(f.context());
    QString error;
    // A document the owner mistyped the name of: left alone.
    const QString document = f.dir.filePath(QStringLiteral("accounts.db"));
    {
        QFile file(document);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the shop's accounts, not a database\n");
    }
    QVERIFY(!backups.backupTo(document, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("not a MemberDesk backup")), qPrintable(error));
    {
        QFile file(document);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the shop's accounts, not a database\n"));
    }
    // Another program's SQLite database: left alone too.
    const QString other = f.dir.filePath(QStringLiteral("other.db"));
    {
        RawDb raw;
        QVERIFY2(openRaw(other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &raw, &error), qPrintable(error));
        QVERIFY(execRaw(raw.handle, "CREATE TABLE t(x); INSERT INTO t VALUES (1)", &error));
    }
    QVERIFY(!backups.backupTo(other, nullptr, &error));
    QVERIFY(!BackupService::inspect(other).ours);
    // Last night's backup under the same name: replaced, as a nightly script expects.
    const QString nightly = f.dir.filePath(QStringLiteral("nightly.db"));
    QVERIFY2(backups.backupTo(nightly, nullptr, &error), qPrintable(error));
    addMember(f, QStringLiteral("Li Si"));
    QVERIFY2(backups.backupTo(nightly, nullptr, &error), qPrintable(error));
    QCOMPARE(BackupService::inspect(nightly).members, 2);
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "TestBackupService.moc"

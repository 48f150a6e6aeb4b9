// SPDX-License-Identifier: GPL-3.0-or-later
// One shop file, two programs: the GUI keeps it open (and opens more connections for its background work)
// while the owner runs memberdesk-cli on it. SQLite knows another program has the file open by the POSIX
// locks on it; a process that opens and closes the file outside SQLite drops all of its own.
#include "CliRunner.h"

#include "storage/BackupService.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSharedFile : public QObject
{
    Q_OBJECT

    static bool setSetting(md::Database& db, const QString& key)
    {
        QSqlQuery q(db.sql());
        return q.exec(u"INSERT INTO settings(key, value) VALUES('%1', 'kept')"_s.arg(key));
    }

private slots:
    void aCliRunLeavesTheLogOfAProgramStillOpenAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.db"_s);
        QString error;
        md::Database counter; // the GUI's own connection
        QVERIFY2(counter.open(path, &error), qPrintable(error));
        QVERIFY(setSetting(counter, u"test.before"_s));
        QVERIFY(QFile::exists(path + u"-wal"_s));
        {
            // A background job's connection, as the dashboard, the insight page or the backup open one.
            md::Database worker;
            QVERIFY2(worker.open(path, &error, md::Database::Access::ReadOnly), qPrintable(error));
        }
        // The CLI ends believing it was alone: it would checkpoint and delete the write-ahead log, and the
        // GUI's next sale would go into a deleted file.
        const md::test::CliRun run = md::test::runCli(path, {u"check"_s, u"--quick"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QFile::exists(path + u"-wal"_s), "the CLI deleted the log of a connection still open");
        QVERIFY(setSetting(counter, u"test.after"_s));
        counter.close();

        md::Database reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        QSqlQuery q(reopened.sql());
        QVERIFY(q.exec(u"SELECT count(*) FROM settings WHERE key IN ('test.before', 'test.after')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void inspectingTheFileInUseKeepsItsLocks()
    {
        // The restore dialog inspects whatever file the owner picks, the database in use included.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.db"_s);
        QString error;
        md::Database counter;
        QVERIFY2(counter.open(path, &error), qPrintable(error));
        QVERIFY(setSetting(counter, u"test.before"_s));
        QVERIFY(md::BackupService::inspect(path).readable);
        const md::test::CliRun run = md::test::runCli(path, {u"check"_s, u"--quick"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QFile::exists(path + u"-wal"_s), "the CLI deleted the log of a connection still open");
    }
};

QTEST_GUILESS_MAIN(TestCliSharedFile)
#include "TestCliSharedFile.moc"

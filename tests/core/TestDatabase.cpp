// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace md;

class TestDatabase : public QObject
{
    Q_OBJECT

    static QVariant scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private slots:
    void initTestCase() { Database::setBusyTimeoutMs(200); }

    void createsLatestSchemaWithPragmas()
    {
        test::DatabaseFixture f;
        QCOMPARE(f.db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(scalar(f.db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(f.db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(f.db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(scalar(f.db, u"PRAGMA busy_timeout"_s).toInt(), 200);
        QCOMPARE(scalar(f.db, u"PRAGMA application_id"_s).toInt(), Database::kApplicationId);
        QCOMPARE(scalar(f.db, u"PRAGMA journal_size_limit"_s).toLongLong(), Database::kWalSizeLimitBytes);
        for (const char16_t* table : {u"members", u"purchases", u"purchase_voids", u"points_ledger",
                                      u"points_allocations", u"tier_history", u"settings", u"audit_log"})
            QVERIFY2(
                scalar(f.db, u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table)).toInt() ==
                    1,
                qPrintable(QString::fromUtf16(table)));
        QVERIFY(f.db.integrityProblems(true).isEmpty());
    }

    void theLogShrinksBackAfterALargeTransaction()
    {
        test::DatabaseFixture f;
        const QString wal = f.path + u"-wal"_s;
        {
            QSqlQuery q(f.db.sql());
            QVERIFY(q.exec(u"CREATE TABLE scratch(x BLOB)"_s));
            QVERIFY(f.db.sql().transaction());
            // Twice the limit, as one transaction.
            QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                           u"INSERT INTO scratch SELECT randomblob(4000) FROM n"_s.arg(
                               2 * Database::kWalSizeLimitBytes / 4000)));
            QVERIFY(f.db.sql().commit());
        }
        const qint64 grown = QFileInfo(wal).size();
        QVERIFY2(grown > 2 * Database::kWalSizeLimitBytes, qPrintable(QString::number(grown)));
        // The commit's automatic checkpoint copied it into the database; the next write starts the log
        // again and cuts the file back.
        QSqlQuery q(f.db.sql());
        QVERIFY(q.exec(u"DELETE FROM scratch WHERE rowid = 1"_s));
        const qint64 after = QFileInfo(wal).size();
        QVERIFY2(after <= Database::kWalSizeLimitBytes + 65536, qPrintable(QString::number(after)));
    }

    void reopenIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.db"_s);
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY(QSqlQuery(db.sql()).exec(u"INSERT INTO settings VALUES('k', 'v')"_s));
        }
        Database again;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(again, u"SELECT value FROM settings WHERE key = 'k'"_s).toString(), u"v"_s);
    }

    // The counter's look-ups keep statements prepared on the sqlite3 handle: one per SQL constant, reused,
    // and finalized by close() so that the connection really closes (and a reopened file gets new ones).
    void sqliteStatementsAreKeptUntilClose()
    {
        static constexpr char kSql[] = "SELECT value FROM settings WHERE key = ?1";
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.db"_s);
        QString error;
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(QSqlQuery(db.sql()).exec(u"INSERT INTO settings VALUES('k', 'v')"_s));
        SqliteStatement* s = db.sqliteStatement(kSql, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(db.sqliteStatement(kSql), s);
        s->bind(1, QByteArray("k"));
        QVERIFY(s->next());
        QCOMPARE(s->string(0), u"v"_s);
        QVERIFY(!s->next());
        QVERIFY(!s->failed());
        s->done();
        QVERIFY(QFile::exists(path + u"-wal"_s));

        db.close();
        // The last connection to a WAL database removes the -wal file only when it closes for real, which
        // SQLite refuses while a statement of the connection is not finalized.
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        error.clear();
        QVERIFY(!db.sqliteStatement(kSql, &error));
        QVERIFY(!error.isEmpty());

        QVERIFY2(db.open(path, &error), qPrintable(error));
        s = db.sqliteStatement(kSql, &error);
        QVERIFY2(s, qPrintable(error));
        s->bind(1, QByteArray("k"));
        QVERIFY(s->next());
        QCOMPARE(s->string(0), u"v"_s);
        s->done();
    }

    void sqliteStatementThatDoesNotPrepareSaysWhy()
    {
        static constexpr char kSql[] = "SELECT value FROM no_such_table";
        test::DatabaseFixture f;
        QString error;
        QVERIFY(!f.db.sqliteStatement(kSql, &error));
        QVERIFY2(error.contains(u"no_such_table"_s), qPrintable(error));
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.db"_s);
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QVERIFY(QSqlQuery(db.sql()).exec(
                u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
        }
        Database db;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
        QVERIFY(!db.isOpen());
        Database probe; // still the future version: nothing was "downgraded"
        QVERIFY(!probe.open(path, &error));
    }

    void refusesFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("name,phone\nZhang,13800138000\n")
                                   << u"not an SQLite file"_s;
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << u"not an SQLite file"_s;
    }
    void refusesFilesThatAreNotOurs()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content); // untouched
    }

    void refusesAnotherProgramsSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(u"CREATE TABLE accounts(id INTEGER)"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
    }

    void refusesReadOnlyFileAndFolders()
    {
        if (geteuid() == 0)
            QSKIP("root ignores file permissions");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ro.db"_s);
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
        }
        QFile::setPermissions(path, QFile::ReadOwner);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
    }

    void refusesFolderAsFile()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(dir.path(), &error));
        QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
    }

    void readOnlyAccessNeverCreates()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(dir.filePath(u"missing.db"_s), &error, Database::Access::ReadOnly));
        QVERIFY(!QFile::exists(dir.filePath(u"missing.db"_s)));
    }

    void historyIsAppendOnly()
    {
        test::DatabaseFixture f;
        QSqlQuery q(f.db.sql());
        QVERIFY(
            q.exec(u"INSERT INTO members(id, card, name, name_key, created_at, updated_at) "
                   "VALUES(1, '800000000018', 'A', 'a', '2026-01-01T00:00:00', '2026-01-01T00:00:00')"_s));
        QVERIFY(q.exec(u"INSERT INTO purchases(id, member_id, time, gross_fen, paid_fen) "
                       "VALUES(1, 1, '2026-01-01T10:00:00', 1000, 1000)"_s));
        QVERIFY(q.exec(u"INSERT INTO points_ledger(member_id, time, delta, kind, purchase_id) "
                       "VALUES(1, '2026-01-01T10:00:00', 10, 'earn', 1)"_s));
        QVERIFY(!q.exec(u"UPDATE purchases SET paid_fen = 1 WHERE id = 1"_s));
        QVERIFY(q.lastError().text().contains(u"append-only"_s));
        QVERIFY(!q.exec(u"DELETE FROM purchases WHERE id = 1"_s));
        QVERIFY(!q.exec(u"UPDATE points_ledger SET delta = 1000"_s));
        QVERIFY(!q.exec(u"DELETE FROM points_ledger"_s));
        QVERIFY(!q.exec(u"INSERT INTO purchases(member_id, time, gross_fen, discount_fen, paid_fen) "
                        "VALUES(1, '2026-01-01T10:00:00', 1000, 100, 1000)"_s)); // does not add up
        QVERIFY(!q.exec(u"INSERT INTO purchases(member_id, time, gross_fen, paid_fen) "
                        "VALUES(99, '2026-01-01T10:00:00', 1000, 1000)"_s)); // no such member
        QCOMPARE(scalar(f.db, u"SELECT paid_fen FROM purchases WHERE id = 1"_s).toInt(), 1000);
    }

    void secondWriterGetsBusyMessage()
    {
        test::DatabaseFixture f;
        Database other;
        QString error;
        QVERIFY(other.open(f.path, &error));
        Transaction holding(f.db);
        QVERIFY(holding.isActive());
        Transaction blocked(other);
        QVERIFY(!blocked.isActive());
        QVERIFY2(blocked.error().contains(u"busy"_s), qPrintable(blocked.error()));
    }

    void failedMigrationChangesNothing()
    {
        // Every step runs in one transaction: a failing statement leaves user_version and tables as they
        // were.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m.db"_s);
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        Transaction tx(db);
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"CREATE TABLE scratch(x)"_s));
        QVERIFY(!q.exec(u"CREATE TABLE scratch(x)"_s));
        tx.rollback();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'scratch'"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"

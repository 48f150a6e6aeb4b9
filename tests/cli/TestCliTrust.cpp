// SPDX-License-Identifier: GPL-3.0-or-later
// backup / restore / backup auto / audit list / member anonymize through the real memberdesk-cli.
#include "CliRunner.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = md::test::CliRun;

    Run cli(const QStringList& args, const QString& now = u"2026-05-10T10:00:00"_s)
    {
        return md::test::runCli(m_db, args, now);
    }

    qint64 purchaseCount()
    {
        qint64 n = -1;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(m_db);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"SELECT count(*) FROM purchases"_s) && q.next())
                    n = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"shop.db"_s);
        QCOMPARE(
            cli({u"member"_s, u"add"_s, u"--name"_s, u"陈静"_s, u"--phone"_s, u"13912345678"_s}).exitCode, 0);
        QCOMPARE(cli({u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s, u"--amount"_s, u"88"_s}).exitCode, 0);
    }

    // A damaged file answered wrongly instead of failing: a search found nobody, "there is no member with
    // number 1", an upgrade wrote into it. Now no command but `check` and `restore` opens it.
    void aDamagedDatabaseIsNotUsed()
    {
        const QString dir = m_dir.filePath(u"damaged-shop"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString db = dir + u"/shop.db"_s;
        QVERIFY(QFile::copy(QStringLiteral(MEMBERDESK_TEST_DATA) + u"/schema-v11.db"_s, db));
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        const QString now = u"2026-05-10T10:00:00"_s;
        Run r = md::test::runCli(db, {u"backup"_s, u"auto"_s}, now);
        QCOMPARE(r.exitCode, 0);
        const QString backup = r.json.value(u"path"_s).toString();
        QVERIFY(QFileInfo::exists(backup));
        int membersRoot = 0;
        {
            auto peek = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"root"_s);
            peek.setDatabaseName(db);
            QVERIFY(peek.open());
            QSqlQuery q(peek);
            QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'members'"_s) && q.next());
            membersRoot = q.value(0).toInt();
            QSqlQuery size(peek);
            QVERIFY(size.exec(u"PRAGMA page_size"_s) && size.next());
            membersRoot = (membersRoot - 1) * size.value(0).toInt(); // its offset in the file
        }
        QSqlDatabase::removeDatabase(u"root"_s);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(membersRoot + 8);
            f.write(QByteArray(4096 - 8, '\x5a'));
        }

        const QList<QStringList> commands{
            {u"member"_s, u"find"_s, u"138"_s},
            {u"member"_s, u"show"_s, u"1"_s},
            {u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s, u"--amount"_s, u"5"_s},
            {u"backup"_s, dir + u"/copy.db"_s}};
        for (const QStringList& command : commands) {
            r = md::test::runCli(db, command, now);
            QVERIFY2(r.exitCode != 0, qPrintable(command.join(u' ') + u": "_s + r.out));
            QCOMPARE(r.json.value(u"code"_s).toString(), u"damaged"_s);
            const QString error = r.json.value(u"error"_s).toString();
            QVERIFY2(error.contains(u"damaged and was not opened"_s), qPrintable(error));
            QVERIFY2(error.contains(u"restore "_s + QDir::toNativeSeparators(backup)), qPrintable(error));
        }
        QVERIFY(!QFileInfo::exists(dir + u"/copy.db"_s));

        r = md::test::runCli(db, {u"check"_s}, now);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"ok"_s).toBool(), false);
        r = md::test::runCli(db, {u"restore"_s, backup}, now);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = md::test::runCli(db, {u"member"_s, u"show"_s, u"1"_s}, now);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"id"_s).toInt(), 1);
    }

    void backupRestoreRoundTrip()
    {
        const QString file = m_dir.filePath(u"manual/shop-backup.db"_s);
        Run r = cli({u"backup"_s, file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"bytes"_s).toInteger(), QFileInfo(file).size());
        QVERIFY(r.json.value(u"bytes"_s).toInteger() > 0);

        QCOMPARE(cli({u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s, u"--amount"_s, u"20"_s}).exitCode, 0);
        QCOMPARE(purchaseCount(), 2);
        r = cli({u"restore"_s, file}, u"2026-05-10T11:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"schema_version"_s).toInt(),
                 cli({u"init"_s}).json.value(u"schema_version"_s).toInt());
        QVERIFY(QFileInfo::exists(r.json.value(u"safety_copy"_s).toString()));
        QCOMPARE(purchaseCount(), 1);
        r = cli({u"check"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.value(u"ok"_s).toBool());
    }

    void restoreRefusesBadFiles()
    {
        const QString damaged = m_dir.filePath(u"damaged.db"_s);
        QVERIFY(cli({u"backup"_s, damaged}).exitCode == 0);
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(int(f.size() - 4096), '\x5A'));
        }
        const qint64 before = purchaseCount();
        Run r = cli({u"restore"_s, damaged});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"invalid_input"_s);
        QVERIFY2(r.json.value(u"error"_s).toString().contains(u"damaged"_s), qPrintable(r.err));
        QCOMPARE(purchaseCount(), before);

        r = cli({u"restore"_s, m_dir.filePath(u"nope.db"_s)});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.json.value(u"error"_s).toString().contains(u"does not exist"_s));
        r = cli({u"restore"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"usage"_s);
        QCOMPARE(QDir(m_dir.path()).entryList({u"*before-restore*"_s}).size(), 1); // only the good restore's
    }

    void automaticBackupsRotate()
    {
        const QString dir = m_dir.filePath(u"usb"_s);
        QDate day(2026, 1, 1);
        for (int i = 0; i < 40; ++i, day = day.addDays(1)) {
            const QString now = day.toString(Qt::ISODate) + u"T21:00:00"_s;
            Run r = cli({u"backup"_s, u"auto"_s, u"--dir"_s, dir, u"--if-due"_s}, now);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.json.value(u"done"_s).toBool());
            r = cli({u"backup"_s, u"auto"_s, u"--dir"_s, dir, u"--if-due"_s}, now);
            QVERIFY(!r.json.value(u"done"_s).toBool());
        }
        // 7 newest days (Feb 3..9) + newest of January (Jan 31).
        const QStringList files = QDir(dir).entryList({u"shop-*.db"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 8);
        QCOMPARE(files.first(), u"shop-2026-01-31.db"_s);
        QCOMPARE(files.last(), u"shop-2026-02-09.db"_s);
    }

    void auditList()
    {
        Run r = cli({u"audit"_s, u"list"_s, u"--action"_s, u"backup."_s, u"--to"_s, u"2026-03-01"_s,
                     u"--limit"_s, u"3"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"total"_s).toInt(), 40);
        const QJsonArray entries = r.json.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0)[u"action"_s].toString(), u"backup.auto"_s);
        QCOMPARE(entries.at(0)[u"time"_s].toString(), u"2026-02-09T21:00:00"_s);

        r = cli({u"audit"_s, u"list"_s, u"--from"_s, u"2026-05-10"_s, u"--to"_s, u"2026-05-10"_s,
                 u"--action"_s, u"backup.restore"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"total"_s).toInt(), 1);
        r = cli({u"audit"_s, u"list"_s, u"--from"_s, u"yesterday"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"audit"_s, u"list"_s, u"--limit"_s, u"0"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void anonymize()
    {
        Run r = cli({u"member"_s, u"anonymize"_s, u"1"_s, u"--reason"_s, u"asked at the counter"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"name"_s).toString(), u"Anonymised member 1"_s);
        r = cli({u"member"_s, u"show"_s, u"1"_s});
        QCOMPARE(r.json.value(u"phone"_s).toString(), QString());
        r = cli({u"member"_s, u"find"_s, u"5678"_s});
        QCOMPARE(r.json.value(u"results"_s).toArray().size(), 0);
        r = cli({u"member"_s, u"anonymize"_s, u"1"_s});
        QCOMPARE(r.json.value(u"code"_s).toString(), u"conflict"_s);
        r = cli({u"member"_s, u"anonymize"_s, u"99"_s});
        QCOMPARE(r.json.value(u"code"_s).toString(), u"not_found"_s);
        r = cli({u"audit"_s, u"list"_s, u"--text"_s, u"counter"_s});
        QCOMPARE(r.json.value(u"total"_s).toInt(), 1);
        QCOMPARE(purchaseCount(), 1); // purchases kept
    }
};

QTEST_GUILESS_MAIN(TestCliTrust)
#include "TestCliTrust.moc"

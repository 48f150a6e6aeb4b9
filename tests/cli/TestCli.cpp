// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real memberdesk-cli executable, as a script or a shop's backup job would.
#include "CliRunner.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = md::test::CliRun;

    Run cli(const QStringList& args, const QString& now = u"2026-05-10T10:00:00"_s,
            const QString& lang = u"en"_s)
    {
        return md::test::runCli(m_db, args, now, lang);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"cli.db"_s);
    }

    void initCreatesSchema()
    {
        const Run r = cli({u"init"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.value(u"schema_version"_s).toInt() >= 1);
        QCOMPARE(r.out.trimmed().count(u'\n'), 0); // exactly one JSON object
    }

    void registerFindSellShowVoid()
    {
        Run r = cli({u"member"_s, u"add"_s, u"--name"_s, u"陈静"_s, u"--phone"_s, u"+86 139-1234-5678"_s,
                     u"--birthday"_s, u"1990-05-17"_s, u"--consent"_s, u"yes"_s, u"--gender"_s, u"f"_s});
        QCOMPARE(r.exitCode, 0);
        const int id = r.json.value(u"id"_s).toInt();
        const QString card = r.json.value(u"card"_s).toString();
        QVERIFY(id > 0);
        QCOMPARE(card.size(), 12);

        r = cli({u"member"_s, u"find"_s, u"5678"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray results = r.json.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0)[u"phone_masked"_s].toString(), u"139****5678"_s);
        QCOMPARE(results.at(0)[u"tier"_s].toString(), u"普通会员"_s);

        r = cli({u"purchase"_s, u"add"_s, u"--card"_s, card, u"--amount"_s, u"1200.50"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"gross_fen"_s).toInteger(), 120050);
        QCOMPARE(r.json.value(u"discount_fen"_s).toInteger(), 0);
        QCOMPARE(r.json.value(u"paid_fen"_s).toInteger(), 120050);
        QCOMPARE(r.json.value(u"points_earned"_s).toInteger(), 1200);
        QCOMPARE(r.json.value(u"tier"_s).toString(), u"银卡"_s);
        QVERIFY(r.json.value(u"tier_changed"_s).toBool());
        const int purchase = r.json.value(u"purchase_id"_s).toInt();

        r = cli({u"member"_s, u"show"_s, u"--phone"_s, u"13912345678"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"id"_s).toInt(), id);
        QCOMPARE(r.json.value(u"points"_s).toInteger(), 1200);
        QCOMPARE(r.json.value(u"spend_12m_fen"_s).toInteger(), 120050);
        QCOMPARE(r.json.value(u"next_tier"_s).toString(), u"金卡"_s);
        QCOMPARE(r.json.value(u"to_next_tier_fen"_s).toInteger(), 300000 - 120050);
        QCOMPARE(r.json.value(u"birthday"_s).toString(), u"1990-05-17"_s);
        QCOMPARE(r.json.value(u"consent"_s).toBool(), true);

        r = cli({u"purchase"_s, u"void"_s, QString::number(purchase), u"--reason"_s, u"returned"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"points_reversed"_s).toInteger(), 1200);
        QCOMPARE(r.json.value(u"points_balance"_s).toInteger(), 0);
        QCOMPARE(r.json.value(u"tier"_s).toString(), u"普通会员"_s);

        r = cli({u"purchase"_s, u"void"_s, QString::number(purchase), u"--reason"_s, u"again"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"conflict"_s);
        QVERIFY(!r.err.isEmpty());

        r = cli({u"check"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"ok"_s).toBool(), true);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"usage"_s;
        QTest::newRow("unknown option")
            << QStringList{u"member"_s, u"add"_s, u"--nme"_s, u"x"_s} << 2 << u"usage"_s;
        QTest::newRow("empty name") << QStringList{u"member"_s, u"add"_s, u"--name"_s, u""_s} << 1
                                    << u"invalid_input"_s;
        QTest::newRow("bad phone") << QStringList{u"member"_s, u"add"_s,     u"--name"_s,
                                                  u"A"_s,      u"--phone"_s, u"12345"_s}
                                   << 1 << u"invalid_input"_s;
        QTest::newRow("unknown card")
            << QStringList{u"purchase"_s, u"add"_s, u"--card"_s, u"NOPE1234"_s, u"--amount"_s, u"5"_s} << 1
            << u"not_found"_s;
        QTest::newRow("non-numeric amount")
            << QStringList{u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s, u"--amount"_s, u"abc"_s} << 1
            << u"invalid_input"_s;
        QTest::newRow("three decimals")
            << QStringList{u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s, u"--amount"_s, u"1.005"_s} << 1
            << u"invalid_input"_s;
        QTest::newRow("absurd amount")
            << QStringList{u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s, u"--amount"_s, u"1000000.01"_s}
            << 1 << u"invalid_input"_s;
        QTest::newRow("zero amount") << QStringList{u"purchase"_s, u"add"_s,      u"--member"_s,
                                                    u"1"_s,        u"--amount"_s, u"0"_s}
                                     << 1 << u"invalid_input"_s;
        QTest::newRow("void unknown purchase")
            << QStringList{u"purchase"_s, u"void"_s, u"999"_s, u"--reason"_s, u"x"_s} << 1 << u"not_found"_s;
        QTest::newRow("void without reason")
            << QStringList{u"purchase"_s, u"void"_s, u"1"_s} << 2 << u"usage"_s;
        // A decimal comma was once dropped: 12,50 became ¥1,250.
        QTest::newRow("decimal comma")
            << QStringList{u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s, u"--amount"_s, u"12,50"_s} << 1
            << u"invalid_input"_s;
        // Two ways of naming the member could name two members; the sale went to the last one named.
        QTest::newRow("member and card") << QStringList{u"purchase"_s, u"add"_s,      u"--member"_s, u"1"_s,
                                                        u"--card"_s,   u"NOPE1234"_s, u"--amount"_s, u"5"_s}
                                         << 2 << u"usage"_s;
        QTest::newRow("member number and phone")
            << QStringList{u"member"_s, u"show"_s, u"1"_s, u"--phone"_s, u"13912345678"_s} << 2 << u"usage"_s;
        QTest::newRow("an option twice") << QStringList{u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s,
                                                        u"--amount"_s, u"10"_s,  u"--amount"_s, u"20"_s}
                                         << 2 << u"usage"_s;
        QTest::newRow("an option without its value")
            << QStringList{u"purchase"_s, u"add"_s, u"--member"_s, u"--amount"_s, u"10"_s} << 2 << u"usage"_s;
        QTest::newRow("a group without its command") << QStringList{u"member"_s} << 2 << u"usage"_s;
        QTest::newRow("no command") << QStringList{} << 2 << u"usage"_s;
        QTest::newRow("calibration end after today")
            << QStringList{u"clv"_s, u"fit"_s, u"--calibration-end"_s, u"2030-01-01"_s} << 2 << u"usage"_s;
        QTest::newRow("segments as of a day to come")
            << QStringList{u"segments"_s, u"--as-of"_s, u"2026-05-11"_s} << 2 << u"usage"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const Run before = cli({u"check"_s});
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.json.value(u"code"_s).toString(), code);
        QVERIFY(!r.json.value(u"error"_s).toString().isEmpty());
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(cli({u"check"_s}).json, before.json);
    }

    void errorMessagesSayWhatToDo()
    {
        Run r = cli({u"member"_s});
        QVERIFY2(r.json.value(u"error"_s).toString().contains(u"add, find, show"_s), qPrintable(r.out));
        r = cli({u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s, u"--amount"_s, u"12,50"_s});
        QVERIFY2(r.json.value(u"error"_s).toString().contains(u"comma may only separate thousands"_s),
                 qPrintable(r.out));
        // Thousands are still fine.
        r = cli({u"purchase"_s, u"add"_s, u"--member"_s, u"1"_s, u"--amount"_s, u"1,234.50"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"gross_fen"_s).toInteger(), 123450);
        // help with --json is one JSON object too.
        r = cli({u"help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.value(u"usage"_s).toString().contains(u"purchase add"_s));
        QCOMPARE(r.out.trimmed().count(u'\n'), 0);
    }

    void aForgottenDatabasePathCreatesNoFileNamedLikeAnOption()
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(MEMBERDESK_CLI_PATH),
                {u"--db"_s, u"--json"_s, u"--lang"_s, u"en"_s, u"init"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(json.value(u"code"_s).toString(), u"usage"_s);
        QVERIFY2(json.value(u"error"_s).toString().contains(u"--db needs a value"_s),
                 qPrintable(json.value(u"error"_s).toString()));
        QVERIFY(!QFile::exists(m_dir.filePath(u"--json"_s)));
    }

    void rulesSetChangesOnlyTheKeysGiven()
    {
        const QString db = m_dir.filePath(u"rules.db"_s);
        Run r = md::test::runCli(db, {u"rules"_s, u"show"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject rules = r.json;
        QJsonArray tiers = rules.value(u"tiers"_s).toArray();
        QJsonObject silver = tiers.at(1).toObject();
        silver.insert(u"name"_s, u"银卡会员"_s);
        tiers.replace(1, silver);
        rules.insert(u"tiers"_s, tiers);
        const QString whole = m_dir.filePath(u"whole.json"_s);
        const QString part = m_dir.filePath(u"part.json"_s);
        for (const auto& [path, doc] :
             {std::pair{whole, rules}, std::pair{part, QJsonObject{{u"points_per_yuan"_s, 3}}}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(doc).toJson());
        }
        QCOMPARE(md::test::runCli(db, {u"rules"_s, u"set"_s, whole}).exitCode, 0);
        r = md::test::runCli(db, {u"rules"_s, u"set"_s, part});
        QCOMPARE(r.exitCode, 0);
        r = md::test::runCli(db, {u"rules"_s, u"show"_s});
        QCOMPARE(r.json.value(u"points_per_yuan"_s).toInt(), 3);
        QCOMPARE(r.json.value(u"tiers"_s).toArray().at(1).toObject().value(u"name"_s).toString(),
                 u"银卡会员"_s);
        QCOMPARE(r.json.value(u"tiers"_s).toArray().size(), 4);
    }

    void checkFailsWithItsProblemsListed()
    {
        const QString path = m_dir.filePath(u"damaged.db"_s);
        QVERIFY(QFile::copy(QStringLiteral(MEMBERDESK_TEST_DATA) + u"/schema-v11.db"_s, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Run r = md::test::runCli(path, {u"check"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.value(u"ok"_s).toBool());
        {
            // The members table's root page (6 in this fixture's sqlite_master) overwritten after its header.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096 * 5 + 8);
            f.write(QByteArray(4096 - 8, '\x5a'));
        }
        r = md::test::runCli(path, {u"check"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"ok"_s).toBool(), false);
        QVERIFY(!r.json.value(u"problems"_s).toArray().isEmpty());
        QCOMPARE(r.out.trimmed().count(u'\n'), 0);
    }

    void anOlderDatabaseIsUpgradedWithANoteOnStderr()
    {
        const QString path = m_dir.filePath(u"release9.db"_s);
        QVERIFY(QFile::copy(QStringLiteral(MEMBERDESK_TEST_DATA) + u"/schema-v9.db"_s, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Run r = md::test::runCli(path, {u"member"_s, u"show"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Upgrading the database from schema 9 to"_s), qPrintable(r.err));
        QCOMPARE(r.json.value(u"name"_s).toString(), u"张三"_s);
        QCOMPARE(r.out.trimmed().count(u'\n'), 0); // stdout: still exactly one JSON object
        // Upgraded once: the next run has nothing to say.
        r = md::test::runCli(path, {u"member"_s, u"show"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void notADatabaseIsRefused()
    {
        const QString path = m_dir.filePath(u"notes.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral(MEMBERDESK_CLI_PATH),
                {u"--db"_s, path, u"--json"_s, u"--lang"_s, u"en"_s, u"init"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(json.value(u"code"_s).toString(), u"database"_s);
        QVERIFY(json.value(u"error"_s).toString().contains(u"not a MemberDesk database"_s));
    }

    void demoIsDeterministicAndSound()
    {
        QStringList sums;
        for (int i = 0; i < 2; ++i) {
            const QString path = m_dir.filePath(u"demo%1.db"_s.arg(i));
            QProcess p;
            p.start(QStringLiteral(MEMBERDESK_CLI_PATH),
                    {u"--db"_s, path, u"--now"_s, u"2026-05-10T10:00:00"_s, u"--json"_s, u"demo"_s,
                     u"--members"_s, u"300"_s, u"--months"_s, u"18"_s, u"--seed"_s, u"7"_s});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            QCOMPARE(json.value(u"members"_s).toInt(), 300);
            QVERIFY(json.value(u"purchases"_s).toInt() > 1000);
            json.remove(u"seconds"_s);
            sums << QString::fromUtf8(QJsonDocument(json).toJson());
            QProcess check;
            check.start(QStringLiteral(MEMBERDESK_CLI_PATH), {u"--db"_s, path, u"--json"_s, u"check"_s});
            QVERIFY(check.waitForFinished(60000));
            QCOMPARE(check.exitCode(), 0);
        }
        QCOMPARE(sums.at(0), sums.at(1));
    }

    void demoPurchaseTarget()
    {
        const QString path = m_dir.filePath(u"demo-target.db"_s);
        md::test::CliRun r = md::test::runCli(
            path, {u"demo"_s, u"--members"_s, u"300"_s, u"--purchases"_s, u"4000"_s, u"--seed"_s, u"7"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"members"_s).toInt(), 300);
        QCOMPARE(r.json.value(u"purchases"_s).toInt(), 4000);
        QVERIFY(r.json.value(u"months"_s).toInt() >= 1); // chosen: no --months
        QVERIFY(r.json.value(u"visit_rate_scale"_s).toDouble() > 0);
        QCOMPARE(md::test::runCli(path, {u"check"_s}).exitCode, 0);

        // With --months the months stay; the text names them.
        const QString fixed = m_dir.filePath(u"demo-target-months.db"_s);
        r = md::test::runCli(
            fixed, {u"demo"_s, u"--members"_s, u"300"_s, u"--months"_s, u"18"_s, u"--purchases"_s, u"5000"_s},
            u"2026-05-10T10:00:00"_s, u"en"_s, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"300 members, 5000 purchases over 18 month"_s), qPrintable(r.out));

        // Bad input: a clear usage error, nothing written.
        const QString bad = m_dir.filePath(u"demo-bad.db"_s);
        for (const QStringList& args :
             {QStringList{u"--purchases"_s, u"many"_s}, QStringList{u"--purchases"_s, u"0"_s},
              QStringList{u"--purchases"_s, u"1000"_s, u"--months"_s, u"0"_s},
              QStringList{u"--purchases"_s, u"5"_s}}) {
            r = md::test::runCli(bad, QStringList{u"demo"_s, u"--members"_s, u"300"_s} + args);
            QVERIFY2(r.exitCode != 0, qPrintable(args.join(u' ')));
            QVERIFY2(!r.json.value(u"error"_s).toString().isEmpty(), qPrintable(r.out));
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(args.join(u' ')));
        }
        r = md::test::runCli(bad, {u"member"_s, u"find"_s, u"1"_s});
        QCOMPARE(r.json.value(u"results"_s).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"

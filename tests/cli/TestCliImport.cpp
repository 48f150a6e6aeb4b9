// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export through the real memberdesk-cli, including the CDNOW sample (real retail data).
#include "CliRunner.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    using Run = md::test::CliRun;

    Run cli(const QString& db, const QStringList& args) { return md::test::runCli(db, args); }

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void cdnowSampleImports()
    {
        const QString db = m_dir.filePath(u"cdnow.db"_s);
        const QString file = QStringLiteral(MEMBERDESK_TEST_DATA "/cdnow/btyd_cdnowElog.csv");
        const QStringList args{u"import"_s,
                               u"purchases"_s,
                               file,
                               u"--create-members"_s,
                               u"--map"_s,
                               u"member_ref=sampleid"_s,
                               u"--map"_s,
                               u"amount=sales"_s,
                               u"--date-format"_s,
                               u"yyyyMMdd"_s};
        // Dry run first: the counts, nothing written.
        Run r = cli(db, args + QStringList{u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"dry_run"_s].toBool(), true);
        QCOMPARE(r.json[u"imported"_s].toInteger(), 6919);
        QCOMPARE(r.json[u"created_members"_s].toInteger(), 2357);
        r = cli(db, {u"member"_s, u"find"_s, u"Customer"_s});
        QCOMPARE(r.json[u"results"_s].toArray().size(), 0);

        r = cli(db, args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"imported"_s].toInteger(), 6919);
        QCOMPARE(r.json[u"rows"_s].toInteger(), 6919);
        QCOMPARE(r.json[u"created_members"_s].toInteger(), 2357);
        QCOMPARE(r.json[u"zero_value"_s].toInteger(), 8);
        QCOMPARE(r.json[u"skipped"_s].toInteger(), 0);
        QCOMPARE(r.json[u"errors"_s].toArray().size(), 0);
        QCOMPARE(r.json[u"delimiter"_s].toString(), u"comma"_s);

        r = cli(db, {u"check"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"ok"_s].toBool(), true);

        // The published BG/NBD and Gamma-Gamma estimates (Fader, Hardie & Lee 2005), through the real
        // import and the real CLI, each within 0.5 %.
        r = cli(db, {u"clv"_s, u"fit"_s, u"--calibration-end"_s, u"1997-09-30"_s, u"--unit"_s, u"week"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"customers"_s].toInt(), 2357);
        const auto near = [](double value, double published) {
            return qAbs(value - published) <= 0.005 * qAbs(published);
        };
        QVERIFY2(near(r.json[u"r"_s].toDouble(), 0.243),
                 qPrintable(QString::number(r.json[u"r"_s].toDouble())));
        QVERIFY(near(r.json[u"alpha"_s].toDouble(), 4.414));
        QVERIFY(near(r.json[u"a"_s].toDouble(), 0.793));
        QVERIFY(near(r.json[u"b"_s].toDouble(), 2.426));
        QVERIFY(near(r.json[u"loglik"_s].toDouble(), -9582.4));
        const QJsonObject gg = r.json[u"gamma_gamma"_s].toObject();
        QVERIFY(near(gg[u"p"_s].toDouble(), 6.25));
        QVERIFY(near(gg[u"q"_s].toDouble(), 3.74));
        QVERIFY(near(gg[u"v"_s].toDouble(), 15.44));

        // Every dollar arrived: export the purchases and add them up.
        const QString out = m_dir.filePath(u"cdnow_purchases.csv"_s);
        r = cli(db, {u"export"_s, u"purchases"_s, out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"exported"_s].toInteger(), 6919);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        qint64 cents = 0;
        int zero = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            if (cells.size() < 5)
                continue;
            const QList<QByteArray> parts = cells.at(4).split('.');
            const qint64 value = parts.at(0).toLongLong() * 100 + parts.value(1).toLongLong();
            cents += value;
            zero += value == 0;
        }
        QCOMPARE(cents, 24409194); // $244,091.94
        QCOMPARE(zero, 8);

        // The same file again, without --create-members, finds the members by their external reference,
        // and every purchase as already recorded: nothing is booked twice.
        r = cli(db, args.mid(0, 3) + args.mid(4) + QStringList{u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"created_members"_s].toInteger(), 0);
        QCOMPARE(r.json[u"error_count"_s].toInteger(), 0);
        QCOMPARE(r.json[u"imported"_s].toInteger(), 0);
        QCOMPARE(r.json[u"already_recorded"_s].toInteger(), 6919);
    }

    void skippedRowsAreListedLineByLine()
    {
        // A file imported twice: the second run skips every row and says which and why, in JSON beside
        // `errors` (unchanged) and in the text, capped with the count of the rest.
        const QString db = m_dir.filePath(u"skipped.db"_s);
        QByteArray csv = "card,date,amount\n";
        for (int i = 0; i < 24; ++i)
            csv += "A1,2026-01-" + QByteArray::number(i + 1).rightJustified(2, '0') + " 10:00:05,35\n";
        csv += "A1,2026-02-01 10:00,-1\n";
        const QString file = write(u"twice.csv"_s, csv);
        const QStringList args{u"import"_s, u"purchases"_s, file, u"--create-members"_s};
        Run r = cli(db, args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"imported"_s].toInteger(), 24);
        QCOMPARE(r.json[u"skipped_rows"_s].toArray().size(), 0);
        const QString card = cli(db, {u"member"_s, u"find"_s, u"Customer"_s})
                                 .json[u"results"_s]
                                 .toArray()
                                 .at(0)[u"card"_s]
                                 .toString();
        QVERIFY(!card.isEmpty());

        r = cli(db, args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"imported"_s].toInteger(), 0);
        QCOMPARE(r.json[u"skipped"_s].toInteger(), 24);
        const QJsonArray errors = r.json[u"errors"_s].toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().keys(), QStringList({u"column"_s, u"line"_s, u"message"_s}));
        QCOMPARE(errors.at(0)[u"line"_s].toInt(), 26);
        const QJsonArray skipped = r.json[u"skipped_rows"_s].toArray();
        QCOMPARE(skipped.size(), 24);
        for (int i = 0; i < skipped.size(); ++i) {
            QCOMPARE(skipped.at(i)[u"line"_s].toInt(), i + 2);
            QCOMPARE(skipped.at(i)[u"kind"_s].toString(), u"already_recorded"_s);
        }
        QCOMPARE(skipped.at(0)[u"message"_s].toString(),
                 u"Already recorded: 1/1/2026 10:00:05, ¥35.00 for card %1."_s.arg(card));

        // In the chosen language.
        r = md::test::runCli(db, args + QStringList{u"--dry-run"_s}, u"2026-05-10T10:00:00"_s, u"zh_CN"_s);
        const QString zh = r.json[u"skipped_rows"_s].toArray().at(0)[u"message"_s].toString();
        QVERIFY2(zh.contains(card) && zh.contains(u"2026/1/1"_s) && !zh.contains(u"Already"_s),
                 qPrintable(zh));

        // Text: after the counts, the first 20 skipped rows and how many more.
        r = md::test::runCli(db, args + QStringList{u"--dry-run"_s}, u"2026-05-10T10:00:00"_s, u"en"_s,
                             false);
        QCOMPARE(r.exitCode, 0);
        const qsizetype heading = r.out.indexOf(u"Skipped:"_s);
        QVERIFY2(heading > r.out.indexOf(u"24 skipped"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"line 2: Already recorded: 1/1/2026 10:00:05"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"line 21: "_s) && !r.out.contains(u"line 22: "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"… and 4 more."_s), qPrintable(r.out));
    }

    void errorsStrictAndUsage()
    {
        const QString db = m_dir.filePath(u"errors.db"_s);
        const QString file =
            write(u"members.csv"_s, "姓名,手机,生日\n张三,138 0013 8000,1990/5/17\n李四,12345,1991-01-01\n"
                                    "王五,+86 139-0013-9000,19920230\n");
        Run r = cli(db, {u"import"_s, u"members"_s, file, u"--strict"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(u"line 3"_s));
        QVERIFY(r.err.contains(u"line 4"_s));
        r = cli(db, {u"member"_s, u"find"_s, u"张三"_s});
        QCOMPARE(r.json[u"results"_s].toArray().size(), 0);

        r = cli(db, {u"import"_s, u"members"_s, file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"imported"_s].toInteger(), 1);
        const QJsonArray errors = r.json[u"errors"_s].toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0)[u"line"_s].toInt(), 3);
        QVERIFY(errors.at(0)[u"message"_s].toString().contains(u"12345"_s));
        QCOMPARE(errors.at(1)[u"line"_s].toInt(), 4);

        // A purchase for a card no member has: the message says how to create the member from here.
        const QString unknown = write(u"unknown.csv"_s, "card,date,amount\n999999999999,2026-01-05,12.50\n");
        r = cli(db, {u"import"_s, u"purchases"_s, unknown});
        const QJsonArray unknownErrors = r.json[u"errors"_s].toArray();
        QCOMPARE(unknownErrors.size(), 1);
        const QString unknownMessage = unknownErrors.at(0)[u"message"_s].toString();
        QVERIFY2(unknownMessage.contains(u"999999999999"_s) && unknownMessage.contains(u"--create-members"_s),
                 qPrintable(unknownMessage));

        // Same phone again, merged rather than doubled.
        const QString again = write(u"again.csv"_s, "name,phone,note\nZhang San,13800138000,VIP\n");
        r = cli(db, {u"import"_s, u"members"_s, again, u"--duplicates"_s, u"merge"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"merged"_s].toInteger(), 1);
        QCOMPARE(r.json[u"imported"_s].toInteger(), 0);

        r = cli(db, {u"import"_s, u"members"_s, again, u"--encoding"_s, u"latin9"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json[u"code"_s].toString(), u"usage"_s);
        r = cli(db, {u"import"_s, u"purchases"_s, again});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.json[u"error"_s].toString().contains(u"date"_s));
        r = cli(db, {u"import"_s, u"members"_s, m_dir.filePath(u"missing.csv"_s)});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.json[u"code"_s].toString(), u"io"_s);

        const QString members = m_dir.filePath(u"members_out.csv"_s);
        r = cli(db, {u"export"_s, u"members"_s, members});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"exported"_s].toInteger(), 1);
        QFile f(members);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"
                                       "id,card,name,phone"));
        r = cli(db, {u"check"_s});
        QCOMPARE(r.json[u"ok"_s].toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"

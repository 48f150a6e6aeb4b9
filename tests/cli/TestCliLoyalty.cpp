// SPDX-License-Identifier: GPL-3.0-or-later
// The loyalty and care commands through the real memberdesk-cli executable.
#include "CliRunner.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliLoyalty : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_member = 0;

    using Run = md::test::CliRun;

    Run cli(const QStringList& args, const QString& now = u"2026-05-10T10:00:00"_s)
    {
        return md::test::runCli(m_db, args, now);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"loyalty.db"_s);
        Run r = cli({u"member"_s, u"add"_s, u"--name"_s, u"李娜"_s, u"--birthday"_s, u"1988-05-12"_s});
        QCOMPARE(r.exitCode, 0);
        m_member = r.json.value(u"id"_s).toInteger();
        r = cli({u"purchase"_s, u"add"_s, u"--member"_s, QString::number(m_member), u"--amount"_s, u"950"_s},
                u"2025-05-01T10:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"points_balance"_s).toInteger(), 950);
    }

    void pointsAdjust()
    {
        const QString id = QString::number(m_member);
        Run r = cli({u"points"_s, u"adjust"_s, u"--member"_s, id, u"--points"_s, u"50"_s, u"--reason"_s,
                     u"goodwill"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"points_balance"_s).toInteger(), 1000);
        r = cli(
            {u"points"_s, u"adjust"_s, u"--member"_s, id, u"--points"_s, u"-1001"_s, u"--reason"_s, u"x"_s});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"invalid_input"_s);
        QVERIFY(r.json.value(u"error"_s).toString().contains(u"cannot take more than that"_s));
        r = cli({u"points"_s, u"adjust"_s, u"--member"_s, id, u"--points"_s, u"10"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"usage"_s);
        r = cli(
            {u"points"_s, u"adjust"_s, u"--member"_s, id, u"--points"_s, u"ten"_s, u"--reason"_s, u"x"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void gifts()
    {
        Run r = cli(
            {u"gift"_s, u"add"_s, u"--name"_s, u"保温杯"_s, u"--points"_s, u"600"_s, u"--stock"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        const QString gift = QString::number(r.json.value(u"id"_s).toInteger());
        r = cli({u"gift"_s, u"list"_s});
        QCOMPARE(r.json.value(u"gifts"_s).toArray().size(), 1);
        r = cli({u"gift"_s, u"redeem"_s, gift, u"--member"_s, QString::number(m_member)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"points_balance"_s).toInteger(), 400);
        QCOMPARE(r.json.value(u"stock"_s).toInt(), 0);
        r = cli({u"gift"_s, u"redeem"_s, gift, u"--member"_s, QString::number(m_member)});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.json.value(u"error"_s).toString().contains(u"out of stock"_s));
        r = cli({u"gift"_s, u"edit"_s, gift, u"--stock"_s, u"5"_s, u"--points"_s, u"100"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"stock"_s).toInt(), 5);
    }

    void careFollowupsComplaints()
    {
        const QString id = QString::number(m_member);
        Run r = cli({u"followup"_s, u"add"_s, u"--member"_s, id, u"--channel"_s, u"wechat"_s, u"--outcome"_s,
                     u"asked about new tea"_s, u"--next"_s, u"2026-05-11"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"complaint"_s, u"add"_s, u"--member"_s, id, u"--text"_s, u"late delivery"_s});
        QCOMPARE(r.exitCode, 0);
        const QString complaint = QString::number(r.json.value(u"id"_s).toInteger());
        QVERIFY(r.json.value(u"open"_s).toBool());

        // On the 12th: birthday today, a follow-up due, an open complaint.
        r = cli({u"care"_s, u"list"_s}, u"2026-05-12T09:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        QStringList kinds;
        QString birthdayKey;
        for (const QJsonValue& v : r.json.value(u"rows"_s).toArray()) {
            kinds << v[u"kind"_s].toString();
            if (v[u"kind"_s].toString() == u"birthday_today"_s)
                birthdayKey = v[u"key"_s].toString();
        }
        QVERIFY2(kinds.contains(u"birthday_today"_s) && kinds.contains(u"followup_due"_s) &&
                     kinds.contains(u"complaint_open"_s),
                 qPrintable(kinds.join(u',')));
        const int count = r.json.value(u"count"_s).toInt();
        QCOMPARE(count, kinds.size());
        r = cli({u"care"_s, u"done"_s, birthdayKey}, u"2026-05-12T09:05:00"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"count"_s).toInt(), count - 1);

        r = cli({u"complaint"_s, u"resolve"_s, complaint}, u"2026-05-12T09:10:00"_s);
        QCOMPARE(r.exitCode, 2); // --resolution is required
        r = cli({u"complaint"_s, u"resolve"_s, complaint, u"--resolution"_s, u"voucher"_s},
                u"2026-05-12T09:10:00"_s);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.json.value(u"open"_s).toBool());
        r = cli({u"complaint"_s, u"resolve"_s, complaint, u"--resolution"_s, u"again"_s},
                u"2026-05-12T09:11:00"_s);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"conflict"_s);

        r = cli({u"timeline"_s, u"--member"_s, id, u"--limit"_s, u"3"_s}, u"2026-05-12T09:12:00"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"items"_s).toArray().size(), 3);
        QVERIFY(r.json.value(u"has_more"_s).toBool());
        QCOMPARE(r.json.value(u"items"_s).toArray().at(0)[u"kind"_s].toString(), u"complaint"_s);
    }

    void maintenanceOncePerDay()
    {
        // The 950 points of 2025-05-01 lapse after 2026-05-31.
        Run r = cli({u"maintenance"_s, u"run"_s}, u"2026-06-01T08:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.value(u"ran"_s).toBool());
        QCOMPARE(r.json.value(u"expired_entries"_s).toInt(), 1);
        r = cli({u"maintenance"_s, u"run"_s}, u"2026-06-01T18:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.json.value(u"ran"_s).toBool());
        r = cli({u"check"_s}, u"2026-06-01T18:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.value(u"ok"_s).toBool());
    }

    void pointsShownAreTodaysWithoutAMaintenanceRun()
    {
        // A shop that uses only the CLI never runs `maintenance run`: the points a member shows must still
        // be today's, lapsed credits gone.
        const QString db = m_dir.filePath(u"lapse.db"_s);
        Run r =
            md::test::runCli(db, {u"member"_s, u"add"_s, u"--name"_s, u"Chen"_s}, u"2025-01-10T09:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        const QString id = QString::number(r.json.value(u"id"_s).toInteger());
        r = md::test::runCli(db, {u"purchase"_s, u"add"_s, u"--member"_s, id, u"--amount"_s, u"100"_s},
                             u"2025-01-10T10:00:00"_s);
        QCOMPARE(r.json.value(u"points_balance"_s).toInt(), 100);
        r = md::test::runCli(db, {u"member"_s, u"show"_s, id}, u"2026-01-31T20:00:00"_s);
        QCOMPARE(r.json.value(u"points"_s).toInt(), 100); // the last day they can be used
        r = md::test::runCli(db, {u"member"_s, u"show"_s, id}, u"2026-02-01T09:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"points"_s).toInt(), 0);
        QVERIFY2(r.err.contains(u"maintenance ran first"_s), qPrintable(r.err));
        QCOMPARE(r.out.trimmed().count(u'\n'), 0); // stdout: still one JSON object
        r = md::test::runCli(db, {u"member"_s, u"find"_s, u"Chen"_s}, u"2026-02-01T10:00:00"_s);
        QCOMPARE(r.json.value(u"results"_s).toArray().at(0).toObject().value(u"points"_s).toInt(), 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // once a day
        r = md::test::runCli(db, {u"check"_s}, u"2026-02-01T10:00:00"_s);
        QVERIFY(r.json.value(u"ok"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCliLoyalty)
#include "TestCliLoyalty.moc"

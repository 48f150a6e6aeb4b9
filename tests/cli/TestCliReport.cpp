// SPDX-License-Identifier: GPL-3.0-or-later
// The report commands through the real memberdesk-cli executable.
#include "CliRunner.h"
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = md::test::CliRun;

    Run cli(const QStringList& args, const QString& now = u"2026-05-10T10:00:00"_s)
    {
        return md::test::runCli(m_db, args, now);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"report.db"_s);
        const Run r = cli({u"demo"_s, u"--members"_s, u"200"_s, u"--months"_s, u"14"_s});
        QCOMPARE(r.exitCode, 0);
    }

    void figuresOfALastMonth()
    {
        // Without --month: the last complete month before --now.
        const Run r = cli({u"report"_s, u"figures"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"month"_s).toString(), u"2026-04"_s);
        QCOMPARE(r.json.value(u"has_data"_s).toBool(), true);
        QVERIFY(r.json.value(u"sales_fen"_s).toInteger() > 0);
        QVERIFY(r.json.value(u"purchases"_s).toInteger() > 0);
        QCOMPARE(r.json.value(u"previous_month"_s).toObject().value(u"month"_s).toString(), u"2026-03"_s);
        QCOMPARE(r.json.value(u"last_year"_s).toObject().value(u"month"_s).toString(), u"2025-04"_s);
    }

    void emptyMonthSaysSo()
    {
        const Run r = cli({u"report"_s, u"figures"_s, u"--month"_s, u"2020-02"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"has_data"_s).toBool(true), false);
        QVERIFY(!r.json.contains(u"sales_fen"_s));
    }

    void badMonthIsRefused()
    {
        const Run r = cli(
            {u"report"_s, u"monthly"_s, u"--month"_s, u"2026-13"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s)});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"invalid_input"_s);
        QVERIFY(r.err.contains(u"2026-13"_s));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.pdf"_s)));
        const Run noOut = cli({u"report"_s, u"monthly"_s, u"--month"_s, u"2026-04"_s});
        QCOMPARE(noOut.json.value(u"code"_s).toString(), u"usage"_s);
    }

    void monthlyWritesThePdf()
    {
        const QString pdf = m_dir.filePath(u"april.pdf"_s);
        const Run r = cli({u"report"_s, u"monthly"_s, u"--month"_s, u"2026-04"_s, u"--out"_s, pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.value(u"pages"_s).toInt() >= 5);
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray first = file.readAll();
        QVERIFY(first.startsWith("%PDF-"));
        // Dated by --now (10:00 local, as the PDF writer writes the zone: "Z" in UTC, else "+08'00'"),
        // not the system clock, and the same file again a second later.
        const QDateTime now(QDate(2026, 5, 10), QTime(10, 0));
        const int offset = now.offsetFromUtc();
        const QByteArray created =
            offset == 0 ? "D:20260510100000Z)"
                        : "D:20260510100000" + QByteArray(offset > 0 ? "+" : "-") +
                              QByteArray::number(qAbs(offset) / 3600).rightJustified(2, '0') + "'" +
                              QByteArray::number(qAbs(offset) % 3600 / 60).rightJustified(2, '0') + "')";
        QVERIFY2(first.contains("/CreationDate (" + created), created.constData());
        QTest::qWait(1100);
        const QString again = m_dir.filePath(u"april-again.pdf"_s);
        QCOMPARE(cli({u"report"_s, u"monthly"_s, u"--month"_s, u"2026-04"_s, u"--out"_s, again}).exitCode, 0);
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QVERIFY(second.readAll() == first);
    }

    void rebuildFindsNothingToRepair()
    {
        const Run r = cli({u"report"_s, u"rebuild-summaries"_s});
        QCOMPARE(r.exitCode, 0);
        // The triggers kept the summaries during the demo's bulk insert.
        QCOMPARE(r.json.value(u"differences_before"_s).toInteger(), 0);
        QVERIFY(r.json.value(u"member_month_rows"_s).toInteger() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"

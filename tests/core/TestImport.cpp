// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"
#include "common/LocaleFormat.h"
#include "common/Money.h"
#include "domain/LoyaltyRules.h"
#include "importio/ColumnMapping.h"
#include "importio/CsvExporter.h"
#include "importio/ImportPreview.h"
#include "importio/MemberImporter.h"
#include "importio/PurchaseImporter.h"
#include "reports/ReportSummaries.h"
#include "services/BulkPurchaseWriter.h"
#include "services/IntegrityChecker.h"
#include "services/MemberService.h"
#include "services/PointsLedger.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace md;

class TestImport : public QObject
{
    Q_OBJECT

    static ImportReport importMembers(test::DatabaseFixture& f, const QByteArray& csv,
                                      ImportOptions options = {})
    {
        ImportReport report;
        MemberImporter(f.context()).run(csv, options, &report);
        return report;
    }
    static ImportReport importPurchases(test::DatabaseFixture& f, const QByteArray& csv,
                                        ImportOptions options = {})
    {
        ImportReport report;
        PurchaseImporter(f.context()).run(csv, options, &report);
        return report;
    }
    static qint64 addMember(test::DatabaseFixture& f, const QString& name, const QString& phone = {},
                            qint64 referrer = 0, const QDate& birthday = {})
    {
        MemberInput in;
        in.name = name;
        in.phone = phone;
        in.referrerId = referrer;
        in.birthday = birthday;
        Member m;
        MemberSaveError error;
        if (!MemberService(f.context()).add(in, &m, &error))
            qFatal("%s", qPrintable(error.message));
        return m.id;
    }
    static QStringList rows(test::DatabaseFixture& f, const QString& sql)
    {
        QStringList out;
        QSqlQuery q(f.db.sql());
        if (!q.exec(sql))
            qFatal("query failed: %s", qPrintable(sql));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << cells.join(u'|');
        }
        return out;
    }
    // Everything a failed import must leave untouched.
    static QStringList snapshot(test::DatabaseFixture& f)
    {
        QStringList all;
        for (const QString& table : {u"members"_s, u"purchases"_s, u"points_ledger"_s,
                                     u"points_allocations"_s, u"tier_history"_s, u"audit_log"_s})
            all += rows(f, u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s);
        all += rows(f, u"SELECT name FROM sqlite_master ORDER BY name"_s);
        return all;
    }
    // Everything purchases write, row by row: what two ways of recording the same sales must agree on.
    static QStringList purchaseOutcomeQueries()
    {
        return {
            u"SELECT id, tier, tier_since, points, visits, paid_total_fen, first_visit, last_visit FROM members ORDER BY id"_s,
            u"SELECT id, member_id, time, paid_fen, points_earned, tier, source FROM purchases ORDER BY id"_s,
            u"SELECT id, member_id, time, delta, kind, purchase_id, expires_on, reason FROM points_ledger ORDER BY id"_s,
            u"SELECT * FROM points_allocations ORDER BY debit_id, credit_id"_s,
            u"SELECT id, member_id, time, from_tier, to_tier, reason, purchase_id FROM tier_history ORDER BY id"_s,
            u"SELECT * FROM report_hourly ORDER BY day, hour, tier"_s,
            u"SELECT * FROM report_member_month ORDER BY month, member_id"_s,
            u"SELECT * FROM report_points_daily ORDER BY day, kind"_s,
            u"SELECT * FROM report_monthly ORDER BY month"_s,
            u"SELECT * FROM report_month_spend ORDER BY month, floor_fen"_s,
        };
    }
    static bool hasIssue(const ImportReport& r, int line, const QString& fragment)
    {
        for (const ImportIssue& i : r.issues) {
            if (i.line == line && (i.message.contains(fragment) || i.column.contains(fragment)))
                return true;
        }
        return false;
    }
    // The skipped rows as "line kind", e.g. "3 already_recorded".
    static QStringList skippedRows(const ImportReport& r)
    {
        QStringList out;
        for (const ImportSkippedRow& row : r.skippedRows)
            out << u"%1 %2"_s.arg(row.line).arg(importSkipKindName(row.kind));
        return out;
    }
    static QString describe(const ImportReport& r)
    {
        QString s = r.error;
        for (const ImportIssue& i : r.issues)
            s += u"\n%1 %2 %3"_s.arg(i.line).arg(i.column, i.message);
        return s;
    }

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("iso") << u"2024-05-17"_s << QString() << u"2024-05-17T00:00:00"_s;
        QTest::newRow("slashes short") << u"2024/5/7"_s << QString() << u"2024-05-07T00:00:00"_s;
        QTest::newRow("compact") << u"19970101"_s << QString() << u"1997-01-01T00:00:00"_s;
        QTest::newRow("german") << u"17.05.2024"_s << QString() << u"2024-05-17T00:00:00"_s;
        QTest::newRow("chinese") << u"2024年5月17日"_s << QString() << u"2024-05-17T00:00:00"_s;
        QTest::newRow("with time") << u"2024-05-17 14:30"_s << QString() << u"2024-05-17T14:30:00"_s;
        QTest::newRow("iso T seconds") << u"2024-05-17T14:30:05"_s << QString() << u"2024-05-17T14:30:05"_s;
        QTest::newRow("excel time") << u"2024/5/17 9:05:00"_s << QString() << u"2024-05-17T09:05:00"_s;
        QTest::newRow("fraction") << u"2024-05-17 09:05:00.250"_s << QString() << u"2024-05-17T09:05:00"_s;
        QTest::newRow("ambiguous") << u"05/06/2024"_s << QString() << QString();
        QTest::newRow("explicit dmy") << u"05/06/2024"_s << u"dd/MM/yyyy"_s << u"2024-06-05T00:00:00"_s;
        QTest::newRow("explicit compact") << u"19970325"_s << u"yyyyMMdd"_s << u"1997-03-25T00:00:00"_s;
        QTest::newRow("explicit mismatch") << u"1997-03-25"_s << u"yyyyMMdd"_s << QString();
        QTest::newRow("feb 30") << u"2024-02-30"_s << QString() << QString();
        QTest::newRow("words") << u"yesterday"_s << QString() << QString();
        QTest::newRow("bad time") << u"2024-05-17 25:00"_s << QString() << QString();
        QTest::newRow("trailing junk") << u"2024-05-17x"_s << QString() << QString();
        QTest::newRow("year 1800") << u"1800-01-01"_s << QString() << QString();
        // The exact 10- and 19-character forms take a shortcut; its edges must read as the general way.
        QTest::newRow("iso seconds") << u"2024-05-17 14:30:05"_s << QString() << u"2024-05-17T14:30:05"_s;
        QTest::newRow("iso midnight") << u"2024-05-17 00:00:00"_s << QString() << u"2024-05-17T00:00:00"_s;
        QTest::newRow("leap day") << u"2024-02-29 23:59:59"_s << QString() << u"2024-02-29T23:59:59"_s;
        QTest::newRow("no leap day") << u"2023-02-29 10:00:00"_s << QString() << QString();
        QTest::newRow("month 13") << u"2024-13-01"_s << QString() << QString();
        QTest::newRow("hour 24") << u"2024-05-17 24:00:00"_s << QString() << QString();
        QTest::newRow("second 60") << u"2024-05-17 10:00:60"_s << QString() << QString();
        QTest::newRow("year 0") << u"0000-05-17 10:00:00"_s << QString() << QString();
        QTest::newRow("year 1800 with time") << u"1800-01-01 10:00:00"_s << QString() << QString();
        QTest::newRow("other separator") << u"2024-05-17_10:00:00"_s << QString() << QString();
        QTest::newRow("slashes with seconds")
            << u"2024/05/17 10:00:00"_s << QString() << u"2024-05-17T10:00:00"_s;
        QTest::newRow("full-width digits")
            << u"２０２４-05-17 10:00:00"_s << QString() << u"2024-05-17T10:00:00"_s;
        QTest::newRow("spaces around") << u" 2024-05-17 "_s << QString() << u"2024-05-17T00:00:00"_s;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        DateReader reader(format);
        QDate date;
        QTime time;
        QString error;
        const bool ok = reader.read(text, &date, &time, &error);
        QCOMPARE(ok, !expected.isEmpty());
        if (ok)
            QCOMPARE(toStoredTime(QDateTime(date, time.isValid() ? time : QTime(0, 0))), expected);
        else
            QVERIFY(!error.isEmpty());
    }

    void mappingByChineseLabelsAndOverrides()
    {
        ColumnMapping m;
        QString error;
        QVERIFY(m.build(ImportKind::Members, {u"会员姓名"_s, u"手机号码"_s, u"生日"_s, u"x"_s}, {},
                        HeaderMode::Auto, &error));
        QVERIFY(m.hasHeader());
        QCOMPARE(m.column(u"name"_s), 0);
        QCOMPARE(m.column(u"phone"_s), 1);
        QCOMPARE(m.column(u"birthday"_s), 2);
        QCOMPARE(m.column(u"note"_s), -1);
        // Header-less with numbers.
        QVERIFY(m.build(ImportKind::Purchases, {u"00004"_s, u"0001"_s, u"19970101"_s, u"2"_s, u"29.33"_s},
                        {u"member_ref=2"_s, u"date=3"_s, u"amount=5"_s}, HeaderMode::Auto, &error));
        QVERIFY(!m.hasHeader());
        QCOMPARE(m.column(u"amount"_s), 4);
        // Named override on a header that matches nothing by itself.
        QVERIFY(m.build(ImportKind::Purchases,
                        {u"masterid"_s, u"sampleid"_s, u"date"_s, u"cds"_s, u"sales"_s},
                        {u"member_ref=sampleid"_s, u"amount=sales"_s}, HeaderMode::Auto, &error));
        QCOMPARE(m.column(u"member_ref"_s), 1);
        QCOMPARE(m.column(u"date"_s), 2);
        // Mistakes are explained.
        QVERIFY(
            !m.build(ImportKind::Purchases, {u"a"_s, u"b"_s}, {u"amount=zzz"_s}, HeaderMode::Auto, &error));
        QVERIFY(error.contains(u"zzz"_s));
        QVERIFY(!m.build(ImportKind::Purchases, {u"a"_s}, {u"colour=1"_s}, HeaderMode::Auto, &error));
        QVERIFY(error.contains(u"colour"_s));
        QVERIFY(!m.build(ImportKind::Purchases, {u"日期"_s, u"金额"_s}, {}, HeaderMode::Auto, &error));
        QVERIFY(error.contains(u"member_ref"_s));
    }

    void traditionalLabelsMapByThemselves()
    {
        QCOMPARE(ColumnMapping::guess(ImportKind::Members, {u"會員卡號"_s, u"電話"_s, u"姓名"_s, u"生日"_s,
                                                            u"性別"_s, u"備註"_s, u"積分"_s, u"行動電話"_s}),
                 QStringList({u"card"_s, u"phone"_s, u"name"_s, u"birthday"_s, u"gender"_s, u"note"_s,
                              QString(), QString()}));
        QCOMPARE(ColumnMapping::guess(ImportKind::Purchases, {u"會員編號"_s, u"消費日期"_s, u"金額"_s,
                                                              u"毛利潤"_s, u"說明"_s, u"手機"_s}),
                 QStringList({u"member_ref"_s, u"date"_s, u"amount"_s, u"profit"_s, u"note"_s, u"phone"_s}));
        // The old system's number under the name the import dialog gives it, and the one its messages use.
        for (const QString& label : {u"原系统编号"_s, u"旧系统编号"_s, u"原系統編號"_s, u"舊系統編號"_s})
            QCOMPARE(ColumnMapping::guess(ImportKind::Members, {u"姓名"_s, label}),
                     QStringList({u"name"_s, u"external_ref"_s}));
        // A field takes the first column that names it.
        QCOMPARE(ColumnMapping::guess(ImportKind::Members, {u"手机"_s, u"电话"_s}),
                 QStringList({u"phone"_s, QString()}));
        QVERIFY(!ColumnMapping::notImportedReason(ImportKind::Members, u"積分"_s).isEmpty());
        QVERIFY(!ColumnMapping::notImportedReason(ImportKind::Members, u" 会员积分 "_s).isEmpty());
        QVERIFY(ColumnMapping::notImportedReason(ImportKind::Members, u"姓名"_s).isEmpty());
        QCOMPARE(ColumnMapping::requiredFields(ImportKind::Members), QStringList{u"name"_s});
    }

    void exactMappingIgnoresWhatTheUserIgnored()
    {
        ColumnMapping m;
        QString error;
        // The dialog maps every column itself: a recognised label the user set to "ignore" stays out.
        QVERIFY2(m.build(ImportKind::Members, {u"姓名"_s, u"手机"_s, u"备注"_s}, {u"name=1"_s, u"phone=2"_s},
                         HeaderMode::Yes, &error, false),
                 qPrintable(error));
        QVERIFY(m.hasHeader());
        QCOMPARE(m.column(u"phone"_s), 1);
        QVERIFY(!m.has(u"note"_s));
        QVERIFY(!m.build(ImportKind::Members, {u"姓名"_s, u"手机"_s}, {u"phone=2"_s}, HeaderMode::Yes, &error,
                         false));
        QVERIFY(error.contains(u"name"_s));
    }

    void previewReadsTheStartOnly()
    {
        QFile file(QStringLiteral(MEMBERDESK_TEST_DATA "/csv/big5_members.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportPreview p =
            ImportPreviewReader::read(file.readAll(), ImportKind::Members, {}, HeaderMode::Auto, 3);
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.encoding, CsvEncoding::Big5);
        QVERIFY(p.hasHeader);
        QCOMPARE(p.columnCount, 6);
        QCOMPARE(p.guessed,
                 QStringList({u"name"_s, u"phone"_s, u"birthday"_s, u"gender"_s, u"note"_s, QString()}));
        QCOMPARE(p.rows.size(), 3);
        QVERIFY(p.moreRows);
        QCOMPARE(p.rows[0].line, 2);
        QCOMPARE(p.rows[0].fields.at(0), u"陳大文"_s);
        QCOMPARE(p.columnName(1), u"手機 (column 2)"_s);

        const ImportPreview noHeader = ImportPreviewReader::read(
            "13800138000,2025-01-01,10\n", ImportKind::Purchases, {}, HeaderMode::Auto, 5);
        QVERIFY(noHeader.ok);
        QVERIFY(!noHeader.hasHeader);
        QCOMPARE(noHeader.guessed, QStringList(3));
        QCOMPARE(noHeader.columnName(0), u"column 1"_s);
        QVERIFY(!ImportPreviewReader::read("", ImportKind::Members, {}, HeaderMode::Auto, 5).ok);
        CsvOptions utf8;
        utf8.encoding = CsvEncoding::Utf8;
        const ImportPreview forced =
            ImportPreviewReader::read("name\n\xB3\xAF\n", ImportKind::Members, utf8, HeaderMode::Auto, 5);
        QVERIFY(!forced.ok);
        QCOMPARE(forced.errorLine, 2);
    }

    void membersFromBig5File()
    {
        test::DatabaseFixture f;
        QFile file(QStringLiteral(MEMBERDESK_TEST_DATA "/csv/big5_members.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportReport r = importMembers(f, file.readAll());
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.encoding, CsvEncoding::Big5);
        QCOMPARE(r.rows, 5);
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.duplicates, 1); // 吳建國 has 陳大文's phone
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.failedRows, 2);
        QVERIFY(hasIssue(r, 4, u"生日 (column 3)"_s));
        QVERIFY(hasIssue(r, 5, u"手機 (column 2)"_s));
        QCOMPARE(rows(f, u"SELECT name, phone, birthday, gender, note FROM members ORDER BY id"_s),
                 QStringList({u"陳大文|0912345678|1988-03-05|m|常客，喜歡烏龍茶"_s,
                              u"林美玲|0922333444|1992-07-18|f|"_s}));
    }

    void progressCancelWritesNothing()
    {
        test::DatabaseFixture f;
        const QStringList before = snapshot(f);
        QByteArray members = "name,phone\n";
        for (int i = 0; i < 5000; ++i)
            members += "M" + QByteArray::number(i) + ",1390000" + QByteArray::number(1000 + i) + "\n";
        ImportOptions options;
        QVector<double> seen;
        options.progress = [&](double done) {
            seen << done;
            return seen.size() < 2;
        };
        ImportReport r = importMembers(f, members, options);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(r.error.contains(u"cancelled"_s));
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen[0] > 0 && seen[0] < seen[1] && seen[1] < 1.0);
        QCOMPARE(snapshot(f), before);

        // Purchases: cancelled while writing, after the rows were read.
        addMember(f, u"A"_s, u"13800138000"_s);
        const QStringList withMember = snapshot(f);
        QByteArray purchases = "phone,date,amount\n";
        for (int i = 0; i < 5000; ++i)
            purchases += "13800138000,2025-01-01," + QByteArray::number(i % 50) + "\n";
        seen.clear();
        options.progress = [&](double done) {
            seen << done;
            return done < 0.6;
        };
        r = importPurchases(f, purchases, options);
        QVERIFY(r.cancelled);
        QVERIFY(!seen.isEmpty() && seen.last() > 0.6);
        QCOMPARE(snapshot(f), withMember);
        // Cancelled later, while the decided rows are being written (the last 30 %): still nothing.
        seen.clear();
        options.progress = [&](double done) {
            seen << done;
            return done < 0.8;
        };
        r = importPurchases(f, purchases, options);
        QVERIFY(r.cancelled);
        QVERIFY(r.error.contains(u"cancelled"_s));
        QVERIFY(!seen.isEmpty() && seen.last() >= 0.8 && seen.last() < 1.0);
        QCOMPARE(snapshot(f), withMember);
        // Without cancelling it reaches the end.
        options.progress = [&](double done) {
            seen << done;
            return true;
        };
        r = importPurchases(f, purchases, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 5000);
    }

    void exportProgressAndCancel()
    {
        test::DatabaseFixture f;
        for (int i = 0; i < 12; ++i)
            addMember(f, u"M%1"_s.arg(i));
        const QString path = f.dir.filePath(u"m.csv"_s);
        CsvExporter exporter(f.context());
        QVector<qint64> done, totals;
        exporter.setProgress([&](qint64 rowsDone, qint64 total) {
            done << rowsDone;
            totals << total;
            return true;
        });
        qint64 n = 0;
        QString error;
        QVERIFY2(exporter.exportMembers(path, &n, &error), qPrintable(error));
        QCOMPARE(n, 12);
        QCOMPARE(totals.last(), 12);
        QCOMPARE(done.first(), 0);
        QCOMPARE(done.last(), 12);
        QFile::remove(path);
        exporter.setProgress([](qint64, qint64) { return false; });
        QVERIFY(!exporter.exportMembers(path, &n, &error));
        QVERIFY(error.contains(u"cancelled"_s));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(rows(f, u"SELECT COUNT(*) FROM audit_log WHERE action = 'export.members'"_s),
                 QStringList{u"1"_s});
    }

    void issuesSaveAsCsv()
    {
        test::DatabaseFixture f;
        const QString path = f.dir.filePath(u"issues.csv"_s);
        QString error;
        QVERIFY2(saveImportIssues(
                     path, {{4, u"生日 (column 3)"_s, u"\"1990/13/01\" is not a date"_s}, {7, {}, u"=x"_s}},
                     {{2, ImportSkipKind::AlreadyRecorded, u"Already recorded: 1/3/2026 11:00:00, ¥20.00"_s},
                      {9, ImportSkipKind::Duplicate, u"Member 1 already has the phone 13912345678."_s}},
                     &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const CsvTable t = CsvReader::parse(bytes);
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 5);
        QCOMPARE(t.records[0].fields, QStringList({u"line"_s, u"column"_s, u"problem"_s, u"kind"_s}));
        QCOMPARE(t.records[1].fields,
                 QStringList({u"4"_s, u"生日 (column 3)"_s, u"\"1990/13/01\" is not a date"_s, u"error"_s}));
        QCOMPARE(t.records[2].fields.at(2), u"'=x"_s);
        // The skipped rows after the errors, with their kind and no column.
        QCOMPARE(t.records[3].fields,
                 QStringList({u"2"_s, QString(), u"Already recorded: 1/3/2026 11:00:00, ¥20.00"_s,
                              u"already_recorded"_s}));
        QCOMPARE(t.records[4].fields.at(3), u"duplicate"_s);
        QVERIFY(!saveImportIssues(f.dir.filePath(u"no/such/dir/x.csv"_s), {}, &error));
    }

    void membersFromGbkExcelFile()
    {
        test::DatabaseFixture f;
        QFile file(QStringLiteral(MEMBERDESK_TEST_DATA "/csv/gbk.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportReport r = importMembers(f, file.readAll());
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.encoding, CsvEncoding::Gb18030);
        QCOMPARE(r.imported, 2);
        QCOMPARE(rows(f, u"SELECT name, phone, birthday, gender, note FROM members ORDER BY id"_s),
                 QStringList({u"张三|13800138000|1990-05-17|m|老客户"_s,
                              u"李四|13900139000|1985-12-31|f|喜欢绿茶，常买"_s}));
        QCOMPARE(rows(f, u"SELECT action FROM audit_log"_s), QStringList{u"import.members"_s});
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    }

    void dryRunWritesNothing()
    {
        test::DatabaseFixture f;
        addMember(f, u"Existing"_s, u"13800138000"_s);
        const QStringList before = snapshot(f);
        ImportOptions options;
        options.dryRun = true;
        ImportReport r = importMembers(f, "name,phone\nA,13900139000\nB,13700137000\nC,bad\n", options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.errorCount, 1);
        QVERIFY(!r.committed);
        QCOMPARE(snapshot(f), before);

        options.createMembers = true;
        r = importPurchases(f, "member_ref,date,amount\nX1,2025-01-02,10\nX2,2025-01-03,0\n", options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.createdMembers, 2);
        QCOMPARE(r.zeroValue, 1);
        QCOMPARE(snapshot(f), before);
        // The summary triggers the purchase writer set aside are back (the rollback restored them).
        QCOMPARE(rows(f, u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN "
                         "('report_purchase_insert', 'report_points_insert') ORDER BY name"_s),
                 (QStringList{u"report_points_insert"_s, u"report_purchase_insert"_s}));
    }

    void strictImportsNothing()
    {
        test::DatabaseFixture f;
        const QStringList before = snapshot(f);
        ImportOptions options;
        options.strict = true;
        ImportReport r = importMembers(f, "name,phone\nA,13900139000\nB,12345\n", options);
        QVERIFY(!r.ok);
        QCOMPARE(r.errorCount, 1);
        QVERIFY(hasIssue(r, 3, u"phone"_s));
        QCOMPARE(snapshot(f), before);
        // Without --strict the valid row goes in.
        r = importMembers(f, "name,phone\nA,13900139000\nB,12345\n");
        QVERIFY(r.ok);
        QCOMPARE(r.imported, 1);
        QCOMPARE(f.count(u"members"_s), 1);
    }

    void badValuesNameTheirLines()
    {
        test::DatabaseFixture f;
        // Line numbers are file lines: the quoted note on line 2 spans two lines.
        const QByteArray members = "姓名,手机,生日,性别,备注\n"
                                   "Li Lei,13900139000,1990-01-01,m,\"two\nlines\"\n"
                                   ",13700137000,,,\n"
                                   "Wang,139-0013-900,1990-01-01,m,\n"
                                   "Zhao,13600136000,1990-13-01,f,\n"
                                   "Qian,13500135000,2090-01-01,x,\n"
                                   "Sun,13400134000\n";
        ImportReport r = importMembers(f, members);
        QVERIFY(r.ok);
        QCOMPARE(r.imported, 1);
        QVERIFY2(hasIssue(r, 4, u"name"_s), qPrintable(describe(r)));
        QVERIFY(hasIssue(r, 5, u"手机 (column 2)"_s));
        QVERIFY(hasIssue(r, 6, u"1990-13-01"_s));
        QVERIFY(hasIssue(r, 7, u"future"_s));
        QVERIFY(hasIssue(r, 7, u"gender"_s));
        QVERIFY(hasIssue(r, 8, u"column(s)"_s)); // ragged
        QCOMPARE(r.failedRows, 5);

        const QByteArray purchases = "会员号,日期,金额\n"
                                     "13900139000,2025-01-01,12.5\n"
                                     "13900139000,2025-01-02,12.345\n"
                                     "13900139000,2025-01-02,-3\n"
                                     "13900139000,someday,3\n"
                                     "13900139000,2027-01-01,3\n"
                                     "nobody,2025-01-01,3\n"
                                     "13900139000,2025-01-03,\n";
        r = importPurchases(f, purchases);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 1);
        QVERIFY(hasIssue(r, 3, u"two decimals"_s));
        QVERIFY(hasIssue(r, 4, u"negative"_s));
        QVERIFY(hasIssue(r, 5, u"someday"_s));
        QVERIFY(hasIssue(r, 6, u"future"_s));
        QVERIFY(hasIssue(r, 7, u"nobody"_s));
        QVERIFY(hasIssue(r, 8, u"empty"_s));
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    }

    void duplicatesSkip()
    {
        test::DatabaseFixture f;
        const qint64 id = addMember(f, u"陈静"_s, u"13912345678"_s);
        ImportReport r = importMembers(f, "name,phone,birthday\n"
                                          "Chen Jing,+86 139-1234-5678,1990-05-17\n"
                                          "New,13812345678,\n"
                                          "New again,138 1234 5678,\n");
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.skipped, 2);
        QCOMPARE(f.count(u"members"_s), 2);
        // Which rows and why: a member of the shop by number, a row above in the file as such.
        QCOMPARE(skippedRows(r), QStringList({u"2 duplicate"_s, u"4 duplicate"_s}));
        QCOMPARE(r.skippedRows[0].message, u"Member %1 already has the phone 13912345678."_s.arg(id));
        QCOMPARE(r.skippedRows[1].message, u"The phone 13812345678 is on an earlier row of this file."_s);
        QCOMPARE(rows(f, u"SELECT name, COALESCE(birthday, '-') FROM members WHERE id = %1"_s.arg(id)),
                 QStringList{u"陈静|-"_s});
    }

    void duplicatesMerge()
    {
        test::DatabaseFixture f;
        const qint64 id = addMember(f, u"陈静"_s, u"13912345678"_s);
        ImportOptions options;
        options.duplicates = DuplicatePolicy::Merge;
        ImportReport r = importMembers(f,
                                       "name,phone,birthday,note,consent\n"
                                       "Chen Jing,+86 139-1234-5678,1990-05-17,VIP,yes\n"
                                       ",139 1234 5678,,,\n",
                                       options);
        // The second row has no name: an error, not a merge that blanks the name.
        QCOMPARE(r.merged, 1);
        QCOMPARE(r.errorCount, 1);
        QCOMPARE(f.count(u"members"_s), 1);
        QCOMPARE(
            rows(f,
                 u"SELECT name, birthday, note, consent, consent_at IS NOT NULL FROM members WHERE id = %1"_s
                     .arg(id)),
            QStringList{u"Chen Jing|1990-05-17|VIP|1|1"_s});
        // Duplicates inside one file are not doubled either.
        r = importMembers(f, "name,phone\nA,13800000001\nA2,13800000001\n", options);
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.merged, 1);
        QCOMPARE(rows(f, u"SELECT name FROM members WHERE phone = '13800000001'"_s), QStringList{u"A2"_s});
    }

    void rollbackOnFailure()
    {
        test::DatabaseFixture f;
        addMember(f, u"Existing"_s, u"13800138000"_s);
        // A database failure in the middle of the write (simulated by a trigger on one amount).
        QSqlQuery q(f.db.sql());
        QVERIFY(q.exec(u"CREATE TRIGGER fail_import BEFORE INSERT ON purchases WHEN NEW.gross_fen = 77700 "
                       "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s));
        const QStringList before = snapshot(f);
        ImportOptions options;
        options.createMembers = true;
        QByteArray csv = "member_ref,date,amount\n";
        for (int i = 0; i < 50; ++i)
            csv += "N" + QByteArray::number(i) + ",2025-03-01,10\n";
        csv += "13800138000,2025-03-02,777\nN1,2025-03-03,5\n";
        const ImportReport r = importPurchases(f, csv, options);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"disk on fire"_s), qPrintable(r.error));
        QVERIFY(r.error.contains(u"Line 52"_s));
        QCOMPARE(snapshot(f), before);
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    }

    void membersCountAsNewInTheMonthTheyWereCreated()
    {
        // The clock is 2026-03-15: members created now (by the import, or just before it) are new in the
        // member-months of March 2026 and in no other, as report_purchase_insert decides row by row.
        test::DatabaseFixture f;
        addMember(f, u"Existing"_s, u"13800138000"_s);
        ImportOptions options;
        options.createMembers = true;
        const ImportReport r = importPurchases(f,
                                               "member_ref,date,amount\nN1,2026-02-20,5\nN1,2026-03-02,10\n"
                                               "N2,2026-03-10,8\n13800138000,2026-03-05,20\n"
                                               "13800138000,2026-01-05,3\n",
                                               options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.createdMembers, 2);
        QCOMPARE(rows(f, u"SELECT m.name, r.month, r.new_member FROM report_member_month r JOIN members m ON "
                         "m.id = r.member_id ORDER BY r.month, m.name"_s),
                 (QStringList{u"Existing|2026-01|0"_s, u"Customer N1|2026-02|0"_s, u"Customer N1|2026-03|1"_s,
                              u"Customer N2|2026-03|1"_s, u"Existing|2026-03|1"_s}));
        QCOMPARE(rows(f, u"SELECT month, active_members, new_active FROM report_monthly ORDER BY month"_s),
                 (QStringList{u"2026-01|1|0"_s, u"2026-02|1|0"_s, u"2026-03|3|3"_s}));
        QString error;
        QCOMPARE(ReportSummaries::differences(f.db, &error), 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void importOnTopOfHistoryMatchesPurchaseService()
    {
        // Members with purchases already stored (recorded the same way in A and B), then more purchases:
        // through PurchaseService::record in A, through the import in B. The stored history decides the
        // tier upgrades (12 months before each purchase), the referral bonus is paid once per member.
        LoyaltyRules rules = LoyaltyRules::defaults();
        for (Tier& t : rules.tiers)
            t.discountBp = 0;
        test::DatabaseFixture a, b;
        struct Sale
        {
            qint64 member;
            QString time;
            Fen fen;
        };
        auto record = [](test::DatabaseFixture& f, const Sale& s) {
            PurchaseRequest request;
            request.memberId = s.member;
            request.grossFen = s.fen;
            request.time = fromStoredTime(s.time);
            request.source = u"import"_s;
            QString error;
            if (!PurchaseService(f.context()).record(request, nullptr, &error))
                qFatal("%s", qPrintable(error));
        };
        const QVector<Sale> history = {
            {1, u"2025-06-01T10:00:00"_s, 90000},  // + 200.00 in February: silver
            {2, u"2024-12-01T10:00:00"_s, 90000},  // more than 12 months before: does not count
            {3, u"2025-10-01T10:00:00"_s, 5000},   // far below any upgrade: history not needed
            {4, u"2025-12-01T10:00:00"_s, 250000}, // silver already; + 600.00: gold
            {5, u"2025-11-01T10:00:00"_s, 1000},   // referred by 1, bonus already paid
        };
        const QVector<Sale> sales = {
            {2, u"2026-02-01T09:00:00"_s, 20000}, {1, u"2026-02-01T10:00:00"_s, 20000},
            {4, u"2026-01-10T11:00:00"_s, 60000}, {3, u"2026-02-02T12:00:00"_s, 3000},
            {6, u"2026-02-03T12:00:00"_s, 4000},  {5, u"2026-02-03T13:00:00"_s, 8000},
            {1, u"2026-03-01T10:00:00"_s, 1000},  {6, u"2026-03-02T12:00:00"_s, 500},
        };
        QByteArray csv = "member_ref,date,amount\n";
        for (const Sale& s : sales)
            csv += QByteArray::number(s.member) + "," + s.time.toUtf8() + "," +
                   formatYuanPlain(s.fen).toUtf8() + "\n";
        for (test::DatabaseFixture* f : {&a, &b}) {
            QString error;
            QVERIFY2(RulesService(f->context()).set(rules, &error), qPrintable(error));
            for (int i = 1; i <= 4; ++i)
                addMember(*f, u"M%1"_s.arg(i));
            addMember(*f, u"M5"_s, {}, 1);
            addMember(*f, u"M6"_s, {}, 1); // referred, first purchase in the file
            for (const Sale& s : history)
                record(*f, s);
        }
        for (const Sale& s : sales)
            record(a, s);
        ImportOptions options;
        options.memberRef = MemberRefKind::Id;
        const ImportReport r = importPurchases(b, csv, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, sales.size());
        for (const QString& sql : purchaseOutcomeQueries())
            QCOMPARE(rows(b, sql), rows(a, sql));
        QCOMPARE(rows(b, u"SELECT id, tier FROM members ORDER BY id"_s),
                 (QStringList{u"1|1"_s, u"2|0"_s, u"3|0"_s, u"4|2"_s, u"5|0"_s, u"6|0"_s}));
        QCOMPARE(rows(b, u"SELECT count(*) FROM points_ledger WHERE kind = 'referral'"_s),
                 QStringList{u"2"_s});
        QVERIFY(IntegrityChecker(b.db).problems().isEmpty());
    }

    void purchasesMatchPurchaseServiceArithmetic()
    {
        // The same history through PurchaseService::record (A) and through the import (B).
        LoyaltyRules rules = LoyaltyRules::defaults();
        for (Tier& t : rules.tiers)
            t.discountBp = 0; // imports record what was paid; compare without member discounts
        rules.tiers[1].pointsMultiplierPct = 150;
        rules.birthdayMultiplierPct = 200;
        test::DatabaseFixture a, b;
        const QDate birthday(1990, 2, 10);
        QByteArray csv = "member_ref,date,amount,profit\n";
        for (test::DatabaseFixture* f : {&a, &b}) {
            QString error;
            QVERIFY2(RulesService(f->context()).set(rules, &error), qPrintable(error));
            const qint64 referrer = addMember(*f, u"Referrer"_s);
            addMember(*f, u"Buyer"_s, {}, referrer, birthday);
            addMember(*f, u"Other"_s);
        }
        struct Sale
        {
            qint64 member;
            QString time;
            Fen fen;
        };
        const QVector<Sale> sales = {
            {2, u"2025-09-01T10:00:00"_s, 40000},  {2, u"2026-01-05T11:00:00"_s, 70000},
            {2, u"2026-02-14T12:00:00"_s, 12345},  {3, u"2026-02-20T09:30:00"_s, 99},
            {2, u"2026-03-01T18:00:00"_s, 250000}, {1, u"2026-03-02T08:00:00"_s, 5000},
            {3, u"2026-03-03T08:00:00"_s, 210000}};
        for (const Sale& s : sales) {
            PurchaseRequest request;
            request.memberId = s.member;
            request.grossFen = s.fen;
            request.time = fromStoredTime(s.time);
            request.source = u"import"_s;
            QString error;
            QVERIFY2(PurchaseService(a.context()).record(request, nullptr, &error), qPrintable(error));
            csv += QByteArray::number(s.member) + "," + s.time.toUtf8() + "," +
                   formatYuanPlain(s.fen).toUtf8() + ",\n";
        }
        ImportOptions options;
        options.memberRef = MemberRefKind::Id;
        const ImportReport r = importPurchases(b, csv, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, sales.size());
        const QStringList queries = {
            u"SELECT id, tier, tier_since, points, visits, paid_total_fen, first_visit, last_visit FROM members ORDER BY id"_s,
            u"SELECT member_id, time, gross_fen, discount_fen, paid_fen, points_earned, tier, source FROM purchases ORDER BY id"_s,
            u"SELECT member_id, time, delta, kind, purchase_id, expires_on, reason FROM points_ledger ORDER BY id"_s,
            u"SELECT member_id, time, from_tier, to_tier, reason, purchase_id FROM tier_history ORDER BY id"_s,
            // The import sums the report summaries itself (their insert triggers set aside for the batch):
            // the same rows as the triggers of the sale-by-sale path wrote.
            u"SELECT * FROM report_hourly ORDER BY day, hour, tier"_s,
            u"SELECT * FROM report_member_month ORDER BY month, member_id"_s,
            u"SELECT * FROM report_points_daily ORDER BY day, kind"_s,
            u"SELECT * FROM report_monthly ORDER BY month"_s,
            u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s,
        };
        for (const QString& sql : queries)
            QCOMPARE(rows(b, sql), rows(a, sql));
        QVERIFY(rows(a, u"SELECT count(*) FROM tier_history"_s) != QStringList{u"0"_s});
        QVERIFY(IntegrityChecker(b.db).problems().isEmpty());
        QString summaryError;
        QCOMPARE(ReportSummaries::differences(b.db, &summaryError), 0);

        // A second import into months that already have figures adds to them (a second later each:
        // the same second, member and amount would be the same sales, already recorded).
        QByteArray later = csv;
        later.replace(":00,", ":01,");
        const ImportReport again = importPurchases(b, later, options);
        QVERIFY2(again.ok, qPrintable(describe(again)));
        QCOMPARE(again.imported, sales.size());
        QCOMPARE(ReportSummaries::differences(b.db, &summaryError), 0);
        QCOMPARE(rows(b, u"SELECT sum(purchases) FROM report_hourly"_s), QStringList{u"14"_s});
    }

    void removedTierIsClampedLikePurchaseService()
    {
        test::DatabaseFixture a, b;
        for (test::DatabaseFixture* f : {&a, &b}) {
            const qint64 m = addMember(*f, u"Gold"_s);
            PurchaseRequest r;
            r.memberId = m;
            r.grossFen = 900000; // reaches the top tier
            r.time = QDateTime(QDate(2026, 2, 1), QTime(10, 0));
            QString error;
            QVERIFY2(PurchaseService(f->context()).record(r, nullptr, &error), qPrintable(error));
            LoyaltyRules fewer = LoyaltyRules::defaults();
            fewer.tiers.resize(2); // the owner drops the two top tiers
            for (Tier& t : fewer.tiers)
                t.discountBp = 0; // imports record what was paid
            QVERIFY2(RulesService(f->context()).set(fewer, &error), qPrintable(error));
        }
        PurchaseRequest r;
        r.memberId = 1;
        r.grossFen = 1000;
        r.time = QDateTime(QDate(2026, 3, 1), QTime(9, 0));
        r.source = u"import"_s;
        QString error;
        QVERIFY2(PurchaseService(a.context()).record(r, nullptr, &error), qPrintable(error));
        ImportOptions options;
        options.memberRef = MemberRefKind::Id;
        const ImportReport report =
            importPurchases(b, "member_ref,date,amount\n1,2026-03-01 09:00,10\n", options);
        QVERIFY2(report.ok, qPrintable(describe(report)));
        for (const QString& sql :
             {u"SELECT member_id, time, from_tier, to_tier, from_name, to_name, reason, purchase_id FROM "
              u"tier_history "
              "ORDER BY id"_s,
              u"SELECT tier, tier_since, points FROM members"_s,
              u"SELECT member_id, tier, discount_fen, points_earned FROM purchases ORDER BY id"_s})
            QCOMPARE(rows(b, sql), rows(a, sql));
        QVERIFY(IntegrityChecker(b.db).problems().isEmpty());
    }

    void importRepaysPointsDebtLikePurchaseService()
    {
        // A void after the points were spent leaves a debt; the next credit repays it first.
        test::DatabaseFixture a, b;
        for (test::DatabaseFixture* f : {&a, &b}) {
            const qint64 m = addMember(*f, u"Debtor"_s);
            PurchaseRequest r;
            r.memberId = m;
            r.grossFen = 20000;
            r.time = QDateTime(QDate(2026, 3, 1), QTime(10, 0));
            PurchaseResult first;
            QString error;
            QVERIFY2(PurchaseService(f->context()).record(r, &first, &error), qPrintable(error));
            {
                // The points are spent (a manual adjustment) before the purchase is voided.
                Transaction tx(f->db);
                PointsLedger::Entry spend{m, 200, u"adjust"_s, 0, {}, u"spent"_s, {}};
                QVERIFY(PointsLedger(f->context()).debit(spend, nullptr, &error));
                QVERIFY(tx.commit(&error));
            }
            QVERIFY2(PurchaseService(f->context())
                         .voidPurchase(first.purchaseId, u"wrong member"_s, nullptr, &error),
                     qPrintable(error));
        }
        PurchaseRequest r;
        r.memberId = 1;
        r.grossFen = 30000;
        r.time = QDateTime(QDate(2026, 3, 5), QTime(9, 0));
        r.source = u"import"_s;
        QString error;
        QVERIFY2(PurchaseService(a.context()).record(r, nullptr, &error), qPrintable(error));
        ImportOptions options;
        options.memberRef = MemberRefKind::Id;
        const ImportReport report =
            importPurchases(b, "member_ref,date,amount\n1,2026-03-05 09:00,300\n", options);
        QVERIFY2(report.ok, qPrintable(describe(report)));
        for (const QString& sql :
             {u"SELECT member_id, delta, kind, purchase_id FROM points_ledger ORDER BY id"_s,
              u"SELECT debit_id, credit_id, points FROM points_allocations ORDER BY 1, 2"_s,
              u"SELECT points, visits, paid_total_fen FROM members"_s})
            QCOMPARE(rows(b, sql), rows(a, sql));
        QCOMPARE(rows(b,
                      u"SELECT a.points, c.kind FROM points_allocations a JOIN points_ledger l ON l.id = "
                      "a.debit_id JOIN points_ledger c ON c.id = a.credit_id WHERE l.kind = 'void_earn'"_s),
                 QStringList{u"200|earn"_s});
        QVERIFY(IntegrityChecker(b.db).problems().isEmpty());
    }

    void oldPointsExpireAndZeroValueRowsAreKept()
    {
        test::DatabaseFixture f;
        ImportOptions options;
        options.createMembers = true;
        options.mappings = {u"member_ref=2"_s, u"date=3"_s, u"amount=5"_s};
        QFile file(QStringLiteral(MEMBERDESK_TEST_DATA "/csv/cdnow_sample_head.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray data = file.readAll();
        data += "  99999 9999 19970105  1   0.00\r\n";
        const ImportReport r = importPurchases(f, data, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 13);
        QCOMPARE(r.zeroValue, 1);
        QCOMPARE(r.createdMembers, 7);
        QCOMPARE(rows(f, u"SELECT visits, paid_total_fen, points FROM members WHERE external_ref = '9999'"_s),
                 QStringList{u"1|0|0"_s});
        // 1997's points lapsed long ago: earned, then expired, balance 0.
        QCOMPARE(rows(f, u"SELECT SUM(points) FROM members"_s), QStringList{u"0"_s});
        QVERIFY(rows(f, u"SELECT count(*) FROM points_ledger WHERE kind = 'expire'"_s) !=
                QStringList{u"0"_s});
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
        QString summaryError;
        QCOMPARE(ReportSummaries::differences(f.db, &summaryError), 0); // expiries counted too
    }

    void purchasesFindMembersByCardPhoneOrExternalRef()
    {
        test::DatabaseFixture f;
        const qint64 existing = addMember(f, u"陈静"_s, u"13912345678"_s);
        ImportOptions options;
        options.createMembers = true;
        // Chinese headers; the member named by card (a new one keeps the scanned card).
        ImportReport r = importPurchases(
            f, "卡号,日期,金额,姓名\nVIP0042,2026/1/2 10:30,88.8,老王\nVIP0042,2026/1/3,11,\n", options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.createdMembers, 1);
        QCOMPARE(
            rows(
                f,
                u"SELECT name, card, external_ref, visits, paid_total_fen FROM members WHERE card = 'VIP0042'"_s),
            QStringList{u"老王|VIP0042|VIP0042|2|9980"_s});
        // By phone, in any written form; an unknown phone creates a member with that phone.
        r = importPurchases(
            f, "手机,日期,金额\n+86 139-1234-5678,2026-02-01,10\n138 0000 0001,2026-02-02,20\n", options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.createdMembers, 1);
        QCOMPARE(rows(f, u"SELECT visits FROM members WHERE id = %1"_s.arg(existing)), QStringList{u"1"_s});
        QCOMPARE(rows(f, u"SELECT count(*) FROM members WHERE phone = '13800000001'"_s), QStringList{u"1"_s});
        // member_ref: external reference first; bare member numbers only without --create-members.
        r = importPurchases(f, "member_ref,date,amount\nVIP0042,2026-02-03,1\n%1,2026-02-04,1\n"_ba.replace(
                                   "%1", QByteArray::number(existing)));
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.createdMembers, 0);
        QCOMPARE(rows(f, u"SELECT visits FROM members WHERE id = %1"_s.arg(existing)), QStringList{u"2"_s});
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    }

    void aFileImportedTwiceBooksItsSalesOnce()
    {
        test::DatabaseFixture f;
        ImportOptions options;
        options.createMembers = true;
        const QByteArray file = "卡号,日期,金额\nA1,2026-01-02 10:00,12.50\nA1,2026-01-03 11:00,20\n"
                                "A2,2026-01-03 11:00,20\n";
        ImportReport r = importPurchases(f, file, options);
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.alreadyRecorded, 0);
        const qint64 points = rows(f, u"SELECT SUM(points) FROM members"_s).first().toLongLong();
        // The same file again: nothing new.
        r = importPurchases(f, file, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.alreadyRecorded, 3);
        QCOMPARE(r.skipped, 3);
        QCOMPARE(r.errorCount, 0);
        // Every row left out is listed with its line and why, naming the sale it repeats.
        QCOMPARE(skippedRows(r),
                 QStringList({u"2 already_recorded"_s, u"3 already_recorded"_s, u"4 already_recorded"_s}));
        const QString cardA1 = rows(f, u"SELECT card FROM members WHERE external_ref = 'A1'"_s).value(0);
        const QString cardA2 = rows(f, u"SELECT card FROM members WHERE external_ref = 'A2'"_s).value(0);
        QVERIFY(!cardA1.isEmpty() && !cardA2.isEmpty());
        const QLocale locale;
        QCOMPARE(r.skippedRows[0].message,
                 u"Already recorded: %1 10:00:00, %2 for card %3."_s.arg(
                     localDateText(locale, QDate(2026, 1, 2)), formatYuan(1250, locale), cardA1));
        QVERIFY2(r.skippedRows[2].message.contains(cardA2), qPrintable(r.skippedRows[2].message));
        QCOMPARE(rows(f, u"SELECT COUNT(*) FROM purchases"_s), QStringList{u"3"_s});
        QCOMPARE(rows(f, u"SELECT SUM(points) FROM members"_s).first().toLongLong(), points);
        // An export that overlaps the first: only the new sale is booked. The same second and amount for
        // another member, or another amount, is a different sale.
        r = importPurchases(f,
                            "卡号,日期,金额\nA1,2026-01-03 11:00,20\nA1,2026-01-03 11:00,21\n"
                            "A3,2026-01-02 10:00,12.50\nA2,2026-01-04 09:00,5\n",
                            options);
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.alreadyRecorded, 1);
        QCOMPARE(skippedRows(r), QStringList{u"2 already_recorded"_s});
        QCOMPARE(rows(f, u"SELECT COUNT(*) FROM purchases"_s), QStringList{u"6"_s});
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    }

    void skippedPurchasesAreListedByLineUpToTheCap()
    {
        test::DatabaseFixture f;
        ImportOptions options;
        options.createMembers = true;
        ImportReport r = importPurchases(
            f, "卡号,日期,金额\nA1,2026-01-02 10:00,12.50\nA1,2026-01-03 11:00,20\n", options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QVERIFY(r.skippedRows.isEmpty()); // nothing skipped, nothing listed
        // Voided rows (found while reading) and rows already recorded (found after) in one list by line;
        // an error is not a skipped row.
        const QByteArray again = "卡号,日期,金额,作废\n"
                                 "A1,2026-01-04 09:00,5,是\n"
                                 "A1,2026-01-03 11:00,20,\n"
                                 "A1,2026-01-05 09:00,7,\n"
                                 "A1,2026-01-02 10:00,12.50,否\n"
                                 "A1,2026-01-06 09:00,-3,\n"
                                 "A1,2026-01-07 09:00,9,1\n";
        options.dryRun = true;
        r = importPurchases(f, again, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.skipped, 4);
        QCOMPARE(r.alreadyRecorded, 2);
        QCOMPARE(r.failedRows, 1);
        QCOMPARE(skippedRows(r), QStringList({u"2 voided"_s, u"3 already_recorded"_s, u"5 already_recorded"_s,
                                              u"7 voided"_s}));
        QCOMPARE(r.skippedRows[0].message,
                 u"The sale is marked as voided in the file; it is not imported."_s);
        // The cap keeps the lowest lines of both kinds; the counts stay whole.
        options.maxIssues = 2;
        r = importPurchases(f, again, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.skipped, 4);
        QCOMPARE(r.alreadyRecorded, 2);
        QCOMPARE(skippedRows(r), QStringList({u"2 voided"_s, u"3 already_recorded"_s}));
        options.maxIssues = 0;
        r = importPurchases(f, again, options);
        QCOMPARE(r.skipped, 4);
        QVERIFY(r.skippedRows.isEmpty());
    }

    void skippedMembersAreListedByLine()
    {
        test::DatabaseFixture f;
        const qint64 id = addMember(f, u"陈静"_s, u"13912345678"_s);
        const QString card = rows(f, u"SELECT card FROM members WHERE id = %1"_s.arg(id)).value(0);
        const QByteArray file = "name,phone,card,external_ref,anonymized\n"
                                "Gone,,,,yes\n"
                                "Chen,,%1,,\n"
                                "New,13800000001,,OLD-1,no\n"
                                "New again,,,OLD-1,\n"_ba.replace("%1", card.toLatin1());
        const ImportReport r = importMembers(f, file);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.skipped, 3);
        QCOMPARE(skippedRows(r), QStringList({u"2 anonymised"_s, u"3 duplicate"_s, u"5 duplicate"_s}));
        QCOMPARE(r.skippedRows[1].message, u"Member %1 already has the card %2."_s.arg(id).arg(card));
        QCOMPARE(r.skippedRows[2].message,
                 u"The external reference OLD-1 is on an earlier row of this file."_s);
    }

    void aCommaInAnAmountOnlySeparatesThousands()
    {
        // "12,50" once became 1,250 yuan (the comma was dropped): now the row is refused with the reason.
        test::DatabaseFixture f;
        ImportOptions options;
        options.createMembers = true;
        const ImportReport r = importPurchases(
            f, "卡号,日期,金额\nA1,2026-01-02,\"12,50\"\nA1,2026-01-03,\"1,234.50\"\nA2,2026-01-04,12，5\n",
            options);
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.failedRows, 2);
        QCOMPARE(r.issues.size(), 2);
        QCOMPARE(r.issues.at(0).line, 2);
        QVERIFY2(r.issues.at(0).message.contains(u"comma may only separate thousands"_s),
                 qPrintable(r.issues.at(0).message));
        QCOMPARE(r.issues.at(1).line, 4);
        QCOMPARE(rows(f, u"SELECT gross_fen FROM purchases"_s), QStringList{u"123450"_s});
    }

    void referencesThatDifferOnlyByLeadingZerosAreDifferentMembers()
    {
        // The import remembers each reference it resolved; digit-only ones are remembered by number, so
        // "0123" and "123" (and "00123") must not share an entry.
        test::DatabaseFixture f;
        ImportOptions options;
        options.createMembers = true;
        const QByteArray csv = "member_ref,date,amount\n"
                               "123,2026-01-02,1\n"
                               "0123,2026-01-03,2\n"
                               "00123,2026-01-04,4\n"
                               "0123,2026-01-05,8\n"
                               "123,2026-01-06,16\n"
                               "12345678901234567,2026-01-07,32\n"
                               "123456789012345678,2026-01-08,64\n"
                               "123456789012345678,2026-01-09,128\n"
                               "A123,2026-01-10,256\n";
        const ImportReport r = importPurchases(f, csv, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, 9);
        QCOMPARE(r.createdMembers, 6);
        QCOMPARE(
            rows(f, u"SELECT external_ref, visits, paid_total_fen FROM members ORDER BY external_ref"_s),
            QStringList({u"00123|1|400"_s, u"0123|2|1000"_s, u"123|2|1700"_s, u"12345678901234567|1|3200"_s,
                         u"123456789012345678|2|19200"_s, u"A123|1|25600"_s}));
        // A second file finds them again, from a fresh cache.
        const ImportReport again = importPurchases(f, "member_ref,date,amount\n0123,2026-01-11,1\n", options);
        QVERIFY2(again.ok, qPrintable(describe(again)));
        QCOMPARE(again.createdMembers, 0);
        QCOMPARE(rows(f, u"SELECT visits FROM members WHERE external_ref = '0123'"_s), QStringList{u"3"_s});
        QVERIFY(IntegrityChecker(f.db).problems().isEmpty());
    }

    void largeBatchRebuildsIndexesAndMatchesSmallBatches()
    {
        // 24,000 purchases over the 11 months before the clock (no points expire), into a shop without
        // history: 2,000 members buy once, 300 regulars of them (some referred) 22,000 times more. A batch
        // that large sets the purchase and ledger indexes aside, writes the rows in id order and builds the
        // indexes again; it reaches every member, so the members' indexes on points, tier and last visit
        // go aside too. The outcome must be what the same rows give imported in two batches of 12,000
        // (C: each small enough to update the indexes row by row, the path the other tests hold to
        // PurchaseService), with every index back as it was.
        LoyaltyRules rules = LoyaltyRules::defaults();
        for (Tier& t : rules.tiers)
            t.discountBp = 0;
        test::DatabaseFixture b, c;
        constexpr int kRegulars = 300;
        constexpr int kMembers = 2000;
        constexpr int kSales = 24000;
        QVERIFY(BulkPurchaseWriter::setsIndexesAside(kSales, 0));
        QVERIFY(!BulkPurchaseWriter::setsIndexesAside(19999, 0));
        QVERIFY(!BulkPurchaseWriter::setsIndexesAside(kSales, kSales + 1));
        QByteArray members = "name\n";
        for (int i = kRegulars + 1; i <= kMembers; ++i)
            members += "C" + QByteArray::number(i) + "\n";
        for (test::DatabaseFixture* f : {&b, &c}) {
            QString error;
            QVERIFY2(RulesService(f->context()).set(rules, &error), qPrintable(error));
            for (int i = 1; i <= kRegulars; ++i)
                addMember(*f, u"M%1"_s.arg(i), {}, i > 10 && i % 7 == 0 ? i / 7 : 0);
            const ImportReport added = importMembers(*f, members);
            QVERIFY2(added.ok && added.imported == kMembers - kRegulars, qPrintable(describe(added)));
        }
        QRandomGenerator random(20261126);
        const QByteArray header = "member_ref,date,amount\n";
        QByteArray csv = header, firstHalf = header, secondHalf = header;
        const QDateTime start(QDate(2025, 4, 1), QTime(8, 0));
        const qint64 span = start.secsTo(QDateTime(QDate(2026, 3, 14), QTime(8, 0)));
        QVector<QDateTime> times;
        for (int i = 0; i < kSales; ++i)
            times << start.addSecs(qint64(random.bounded(quint32(span))));
        std::sort(times.begin(), times.end()); // a shop's export: in time order
        QVector<qint64> buyers;
        for (int i = 1; i <= kMembers; ++i)
            buyers << i;
        while (buyers.size() < kSales)
            buyers << 1 + random.bounded(kRegulars);
        std::shuffle(buyers.begin(), buyers.end(), random);
        for (int i = 0; i < kSales; ++i) {
            const QDateTime& when = times[i];
            const qint64 member = buyers[i];
            const Fen fen = 100 + random.bounded(60000);
            const QByteArray line = QByteArray::number(member) + "," + when.toString(Qt::ISODate).toUtf8() +
                                    "," + formatYuanPlain(fen).toUtf8() + "\n";
            csv += line;
            (i < kSales / 2 ? firstHalf : secondHalf) += line;
        }
        const QString indexes = u"SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"_s;
        const QStringList indexesBefore = rows(b, indexes);
        QCOMPARE(indexesBefore, rows(c, indexes));
        QVERIFY(!BulkPurchaseWriter::setsIndexesAside(kSales / 2, 0));
        const QStringList pragmasBefore = rows(b, u"PRAGMA cache_size"_s) + rows(b, u"PRAGMA threads"_s);

        // Cancelled while the rows are written: nothing stays, the indexes are all there.
        ImportOptions options;
        options.memberRef = MemberRefKind::Id;
        const QStringList empty = snapshot(b);
        options.progress = [](double done) { return done < 0.9; };
        ImportReport r = importPurchases(b, csv, options);
        QVERIFY(r.cancelled);
        QCOMPARE(snapshot(b), empty);
        QCOMPARE(rows(b, indexes), indexesBefore);

        // The bar keeps moving while the indexes are built (the last 15 % of it), never backwards.
        QVector<double> seen;
        options.progress = [&](double done) {
            seen << done;
            return true;
        };
        r = importPurchases(b, csv, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.imported, kSales);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(std::count_if(seen.begin(), seen.end(), [](double d) { return d > 0.86 && d < 1.0; }) >= 5);
        // The phases the bench reports add up to no more than the whole, and none is negative.
        const ImportTimings& t = r.timings;
        const QList<qint64> phases = {t.read,    t.preload,   t.decide,  t.rows,
                                      t.members, t.summaries, t.indexes, t.commit};
        QVERIFY(std::all_of(phases.begin(), phases.end(), [](qint64 ms) { return ms >= 0; }));
        QVERIFY(std::accumulate(phases.begin(), phases.end(), qint64(0)) <= r.elapsedMs);
        options.progress = {};
        for (const QByteArray& half : {firstHalf, secondHalf}) {
            const ImportReport small = importPurchases(c, half, options);
            QVERIFY2(small.ok && small.imported == kSales / 2, qPrintable(describe(small)));
        }
        QCOMPARE(rows(b, indexes), indexesBefore);
        QCOMPARE(rows(b, u"PRAGMA cache_size"_s) + rows(b, u"PRAGMA threads"_s), pragmasBefore);
        for (const QString& sql : purchaseOutcomeQueries())
            QCOMPARE(rows(b, sql), rows(c, sql));
        // The kept summaries (report_monthly, report_month_spend: their triggers set aside, their sums added
        // up by the import) are what a recount gives, on both paths.
        for (test::DatabaseFixture* f : {&b, &c}) {
            QString error;
            QCOMPARE(ReportSummaries::differences(f->db, &error), 0);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // Not a trivial history: members moved up, referrers were paid.
        QVERIFY(rows(b, u"SELECT count(*) FROM tier_history"_s).value(0).toInt() > 50);
        QVERIFY(rows(b, u"SELECT count(*) FROM points_ledger WHERE kind = 'referral'"_s).value(0).toInt() >
                10);
        // The rebuilt indexes answer the queries that need them.
        QCOMPARE(rows(b, u"SELECT count(*) FROM purchases INDEXED BY purchases_member WHERE member_id = 7"_s),
                 rows(c, u"SELECT count(*) FROM purchases NOT INDEXED WHERE member_id = 7"_s));
        QVERIFY(IntegrityChecker(b.db).problems().isEmpty());
        QCOMPARE(rows(b, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
    }

    void bulkPragmasAreRestored()
    {
        test::DatabaseFixture f;
        auto pragma = [&](const QString& name) { return rows(f, u"PRAGMA "_s + name); };
        const QStringList before =
            pragma(u"foreign_keys"_s) + pragma(u"cache_size"_s) + pragma(u"temp_store"_s);
        QCOMPARE(pragma(u"foreign_keys"_s), QStringList{u"1"_s});
        {
            ImportPragmas bulk(f.db, true);
            QCOMPARE(pragma(u"foreign_keys"_s), QStringList{u"0"_s});
        }
        QCOMPARE(pragma(u"foreign_keys"_s) + pragma(u"cache_size"_s) + pragma(u"temp_store"_s), before);
    }

    void exportIsOwnerOnly()
    {
        test::DatabaseFixture f;
        addMember(f, u"A"_s);
        CsvExporter clerk(f.context(Role::Clerk));
        qint64 n = 0;
        QString error;
        const QString path = f.dir.filePath(u"m.csv"_s);
        QVERIFY(!clerk.exportMembers(path, &n, &error));
        QVERIFY(error.contains(u"owner"_s));
        QVERIFY(!QFile::exists(path));
        ImportReport r;
        QVERIFY(!MemberImporter(f.context(Role::Clerk)).run("name\nB\n", {}, &r));
        QCOMPARE(f.count(u"members"_s), 1);
        QCOMPARE(f.count(u"audit_log"_s), 0);
    }

    void exportFormatAnonymisedAndAudit()
    {
        test::DatabaseFixture f;
        MemberInput in;
        in.name = u"=HYPERLINK(\"x\")"_s;
        in.phone = u"13800138000"_s;
        in.note = u"likes \"green\" tea,\nevery week"_s;
        Member m;
        MemberSaveError e;
        QVERIFY(MemberService(f.context()).add(in, &m, &e));
        const qint64 gone = addMember(f, u"Secret Name"_s, u"13900139000"_s, 0, QDate(1980, 1, 2));
        QSqlQuery q(f.db.sql());
        QVERIFY(
            q.exec(u"UPDATE members SET anonymized_at = '2026-03-01T00:00:00' WHERE id = %1"_s.arg(gone)));
        const QString path = f.dir.filePath(u"members.csv"_s);
        qint64 n = 0;
        QString error;
        QVERIFY2(CsvExporter(f.context()).exportMembers(path, &n, &error), qPrintable(error));
        QCOMPARE(n, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\""));
        QVERIFY(bytes.contains("\"likes \"\"green\"\" tea,\nevery week\""));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(!bytes.contains("Secret"));
        QVERIFY(!bytes.contains("13900139000"));
        QVERIFY(!bytes.contains("1980-01-02"));
        const CsvTable t = CsvReader::parse(bytes);
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records[1].fields.at(2), u"'=HYPERLINK(\"x\")"_s);
        QCOMPARE(rows(f, u"SELECT action, details FROM audit_log WHERE action LIKE 'export.%'"_s),
                 QStringList{u"export.members|rows:2"_s});
    }

    void roundTripExportImport()
    {
        test::DatabaseFixture a;
        const qint64 referrer = addMember(a, u"王芳"_s, u"13800138000"_s, 0, QDate(1985, 6, 1));
        MemberInput in;
        in.name = u"Li, \"Lei\""_s;
        in.phone = u"13900139000"_s;
        in.gender = Gender::Male;
        in.note = u"-5% please\nsecond line"_s;
        in.externalRef = u"OLD-42"_s;
        in.consent = true;
        in.referrerId = referrer;
        Member li;
        MemberSaveError e;
        QVERIFY(MemberService(a.context()).add(in, &li, &e));
        for (const auto& [member, fen, time] :
             {std::tuple{referrer, Fen(12345), u"2026-01-10T09:00:00"_s},
              std::tuple{li.id, Fen(99), u"2026-02-11T10:30:00"_s},
              std::tuple{referrer, Fen(500000), u"2026-03-01T12:00:00"_s}}) {
            PurchaseRequest r;
            r.memberId = member;
            r.grossFen = fen;
            r.time = fromStoredTime(time);
            QString error;
            QVERIFY2(PurchaseService(a.context()).record(r, nullptr, &error), qPrintable(error));
        }
        const QString membersCsv = a.dir.filePath(u"members.csv"_s),
                      purchasesCsv = a.dir.filePath(u"purchases.csv"_s);
        QString error;
        QVERIFY(CsvExporter(a.context()).exportMembers(membersCsv, nullptr, &error));
        QVERIFY(CsvExporter(a.context()).exportPurchases(purchasesCsv, nullptr, &error));

        test::DatabaseFixture b;
        ImportReport r;
        QVERIFY2(MemberImporter(b.context()).runFile(membersCsv, {}, &r), qPrintable(describe(r)));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.errorCount, 0);
        QVERIFY2(PurchaseImporter(b.context()).runFile(purchasesCsv, {}, &r), qPrintable(describe(r)));
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.errorCount, 0);
        const QString memberSql = u"SELECT card, name, phone, gender, birthday, consent, external_ref, note, "
                                  "visits, paid_total_fen FROM members ORDER BY card"_s;
        QCOMPARE(rows(b, memberSql), rows(a, memberSql));
        const QString purchaseSql = u"SELECT m.card, p.time, p.paid_fen FROM purchases p JOIN members m ON "
                                    "m.id = p.member_id ORDER BY p.time"_s;
        QCOMPARE(rows(b, purchaseSql), rows(a, purchaseSql));
        QVERIFY(IntegrityChecker(b.db).problems().isEmpty());
        // Importing the same export again doubles nothing.
        QVERIFY(MemberImporter(b.context()).runFile(membersCsv, {}, &r));
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.skipped, 2);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"

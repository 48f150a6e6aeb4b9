// SPDX-License-Identifier: GPL-3.0-or-later
// Member rows by id and their CSV export.
#include "TestDatabaseFixture.h"
#include "services/MemberRows.h"
#include "services/MemberService.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestMemberRows : public QObject
{
    Q_OBJECT

private:
    static qint64 add(test::DatabaseFixture& f, const QString& name, const QString& phone)
    {
        MemberInput in;
        in.name = name;
        in.phone = phone;
        Member m;
        MemberSaveError error;
        if (!MemberService(f.context()).add(in, &m, &error))
            qFatal("add: %s", qPrintable(error.message));
        return m.id;
    }

private slots:
    void loadsInTheGivenOrderAcrossChunks()
    {
        test::DatabaseFixture f;
        QVector<qint64> ids;
        for (int i = 0; i < 950; ++i)
            ids.append(add(f, u"会员%1"_s.arg(i), u"139%1"_s.arg(i, 8, 10, QLatin1Char('0'))));
        std::reverse(ids.begin(), ids.end());
        ids.insert(10, 999999); // no such member: skipped
        QVector<MemberSummary> rows;
        QString error;
        QVERIFY2(MemberRows::load(f.db, ids, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 950);
        QCOMPARE(rows.first().name, u"会员949"_s);
        QCOMPARE(rows.last().name, u"会员0"_s);
        QCOMPARE(rows[10].name, u"会员939"_s);
        QVERIFY(MemberRows::load(f.db, {}, &rows, &error));
        QVERIFY(rows.isEmpty());
    }

    void writesCsvForOwnersOnly()
    {
        test::DatabaseFixture f;
        const qint64 a = add(f, u"=HYPERLINK(\"x\")"_s, u"13911112222"_s);
        const qint64 b = add(f, u"李, \"小\"四"_s, u"13933334444"_s);
        const QString path = f.dir.filePath(u"list.csv"_s);
        const QVector<MemberRows::CsvRow> rows{{a, {u"12.50"_s, u"-3.00"_s}}, {b, {u"7.00"_s, u"1.00"_s}}};
        QString error;
        QVERIFY(!MemberRows::writeCsv(f.context(Role::Clerk), path, u"Champions"_s, {u"Spent"_s, u"Profit"_s},
                                      rows, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!MemberRows::writeCsv(f.context(), path, u"Champions"_s, {u"Spent"_s}, rows, &error));

        QVERIFY2(
            MemberRows::writeCsv(f.context(), path, u"Champions"_s, {u"Spent"_s, u"Profit"_s}, rows, &error),
            qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
        QCOMPARE(lines[0], u"Card,Name,Phone,Tier,Spent,Profit"_s);
        QVERIFY(lines[1].contains(u",\"'=HYPERLINK(\"\"x\"\")\",13911112222,"_s)); // no formula, quoted
        QVERIFY(lines[1].endsWith(u",12.50,-3.00"_s));                             // numbers stay numbers
        QVERIFY(lines[2].contains(u",\"李, \"\"小\"\"四\",13933334444,"_s));
        QCOMPARE(lines[3], QString());
        QSqlQuery q(f.db.sql());
        QVERIFY(q.exec(u"SELECT target, details FROM audit_log WHERE action = 'export.member_list'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QDir::toNativeSeparators(path));
        QCOMPARE(q.value(1).toString(), u"Champions; rows:2"_s);

        // Anonymised on request: no name, no phone, in the list or the file.
        QVERIFY(q.exec(u"UPDATE members SET anonymized_at = '2026-03-15T10:00:00' WHERE id = %1"_s.arg(b)));
        QVector<MemberSummary> members;
        QVERIFY(MemberRows::load(f.db, {a, b}, &members, &error));
        QCOMPARE(members.size(), 2);
        QVERIFY(members[1].phone.isEmpty());
        QVERIFY(!members[1].name.contains(u"李"_s));
        QVERIFY2(
            MemberRows::writeCsv(f.context(), path, u"Champions"_s, {u"Spent"_s, u"Profit"_s}, rows, &error),
            qPrintable(error));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString again = QString::fromUtf8(file.readAll());
        QVERIFY(!again.contains(u"13933334444"_s));
        QVERIFY(!again.contains(u"李"_s));
    }
};

QTEST_GUILESS_MAIN(TestMemberRows)
#include "TestMemberRows.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportDialog.h"
#include "importio/CsvReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestImportDialog : public QObject
{
    Q_OBJECT

    static QString data(const QString& name) { return QStringLiteral(MEMBERDESK_TEST_DATA "/csv/") + name; }

    template <typename T> static T* child(QWidget& parent, const QString& name)
    {
        T* w = parent.findChild<T*>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }
    static QStringList mapping(const ImportDialog& d, int columns)
    {
        QStringList fields;
        for (int c = 0; c < columns; ++c)
            fields << d.mappedField(c);
        return fields;
    }
    static QStringList headerLabels(QTableWidget* table)
    {
        QStringList labels;
        for (int c = 0; c < table->columnCount(); ++c)
            labels << table->horizontalHeaderItem(c)->text();
        return labels;
    }
    static QString previewCell(QTableWidget* table, int row, const QString& column)
    {
        const int c = int(headerLabels(table).indexOf(column));
        return c >= 0 && table->item(row, c) ? table->item(row, c)->text() : u"<no column %1>"_s.arg(column);
    }
    static bool runAndWait(ImportDialog& d, QPushButton* button)
    {
        QSignalSpy done(&d, &ImportDialog::finished);
        QTest::mouseClick(button, Qt::LeftButton);
        return done.wait(20000) && !d.isBusy();
    }
    static QStringList members(test::GuiFixture& f)
    {
        QStringList out;
        QSqlQuery q(f.db.sql());
        q.exec(u"SELECT name, COALESCE(phone, ''), COALESCE(note, '') FROM members ORDER BY id"_s);
        while (q.next())
            out << u"%1|%2|%3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        return out;
    }

private slots:
    void gbkFileWithChineseHeadersIsMapped()
    {
        test::GuiFixture f;
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(data(u"gbk_members.csv"_s)));
        QVERIFY(child<QLabel>(d, u"detectedLabel"_s)->text().contains(u"GBK"_s));
        QCOMPARE(mapping(d, 7), QStringList({u"card"_s, u"name"_s, u"phone"_s, u"birthday"_s, u"gender"_s,
                                             u"note"_s, QString()}));
        // 积分 is recognised and explained, not imported.
        auto* table = child<QTableWidget>(d, u"mappingTableWidget"_s);
        QCOMPARE(table->rowCount(), 7);
        QVERIFY(table->item(6, 0)->text().startsWith(u"积分"_s));
        QVERIFY(!table->item(6, 0)->toolTip().isEmpty());
        QVERIFY(child<QCheckBox>(d, u"headerCheckBox"_s)->isChecked());
        QVERIFY(child<QPushButton>(d, u"checkPushButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(d, u"importPushButton"_s)->isEnabled()); // only after a check
    }

    void big5FileWithTraditionalHeadersIsMappedAndPreviewed()
    {
        test::GuiFixture f;
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(data(u"big5_members.csv"_s)));
        QVERIFY(child<QLabel>(d, u"detectedLabel"_s)->text().contains(u"Big5"_s));
        QCOMPARE(mapping(d, 6),
                 QStringList({u"name"_s, u"phone"_s, u"birthday"_s, u"gender"_s, u"note"_s, QString()}));
        auto* preview = child<QTableWidget>(d, u"previewTableWidget"_s);
        QCOMPARE(preview->rowCount(), 5);
        QCOMPARE(headerLabels(preview),
                 QStringList({u"Line"_s, u"Name"_s, u"Phone"_s, u"Birthday"_s, u"Gender"_s, u"Note"_s}));
        QCOMPARE(previewCell(preview, 0, u"Line"_s), u"2"_s);
        QCOMPARE(previewCell(preview, 0, u"Name"_s), u"陳大文"_s);
        QCOMPARE(previewCell(preview, 1, u"Birthday"_s), u"1992年7月18日"_s);

        // Ignoring a column takes it out of the preview; ignoring the name blocks the check.
        d.setMappedField(4, QString());
        QVERIFY(!headerLabels(preview).contains(u"Note"_s));
        d.setMappedField(0, QString());
        QVERIFY(!child<QPushButton>(d, u"checkPushButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(d, u"mappingStatusLabel"_s)->text().contains(u"Name"_s));
        // A field moved to another column leaves the first one.
        d.setMappedField(4, u"name"_s);
        d.setMappedField(0, u"name"_s);
        QCOMPARE(d.mappedField(4), QString());
        QVERIFY(child<QPushButton>(d, u"checkPushButton"_s)->isEnabled());

        // Forcing GBK on the Big5 file reads something else; going back to automatic restores it.
        auto* encoding = child<QComboBox>(d, u"encodingComboBox"_s);
        encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Gb18030)));
        QVERIFY(previewCell(preview, 0, u"Line"_s) == u"2"_s);
        QVERIFY(d.mappedField(0) != u"name"_s);
        encoding->setCurrentIndex(0);
        QCOMPARE(d.mappedField(0), u"name"_s);
    }

    void dryRunListsBadLinesAndWritesNothing()
    {
        test::GuiFixture f;
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(data(u"big5_members.csv"_s)));
        QVERIFY(runAndWait(d, child<QPushButton>(d, u"checkPushButton"_s)));
        const ImportReport& r = d.lastReport();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.dryRun);
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.failedRows, 2);
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM members"_s).toInt(), 0);
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt(), 0);

        auto* issues = child<QTableWidget>(d, u"issuesTableWidget"_s);
        QCOMPARE(issues->rowCount(), 2);
        QCOMPARE(issues->item(0, 0)->text(), u"4"_s);
        QCOMPARE(issues->item(0, 1)->text(), u"生日 (column 3)"_s);
        QVERIFY(issues->item(0, 2)->text().contains(u"1990/13/01"_s));
        QCOMPARE(issues->item(1, 0)->text(), u"5"_s);
        QCOMPARE(issues->item(1, 1)->text(), u"手機 (column 2)"_s);
        const QString result = child<QLabel>(d, u"resultLabel"_s)->text();
        QVERIFY2(result.contains(u"2 member"_s), qPrintable(result));
        QVERIFY2(result.contains(u"1 share a phone, card or old number"_s), qPrintable(result));
        QVERIFY2(result.contains(u"2 row"_s), qPrintable(result));
        // The bad row is marked in the preview.
        auto* preview = child<QTableWidget>(d, u"previewTableWidget"_s);
        QVERIFY(preview->item(2, 0)->toolTip().contains(u"1990/13/01"_s));
        QVERIFY(preview->item(0, 0)->toolTip().isEmpty());

        // The list saves as CSV for fixing the file in Excel.
        const QString path = f.dir.filePath(u"errors.csv"_s);
        QVERIFY(child<QPushButton>(d, u"saveIssuesPushButton"_s)->isEnabled());
        QVERIFY(d.saveIssues(path));
        const CsvTable saved = CsvReader::readFile(path);
        QVERIFY(saved.ok && saved.hadBom);
        QCOMPARE(saved.records.size(), 4); // both errors, then the duplicate skipped
        QCOMPARE(saved.records[1].fields.mid(0, 2), QStringList({u"4"_s, u"生日 (column 3)"_s}));
        QCOMPARE(saved.records[3].fields.value(0), u"6"_s);
        QCOMPARE(saved.records[3].fields.value(3), u"duplicate"_s);

        // Cancel: nothing is written.
        QVERIFY(child<QPushButton>(d, u"importPushButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(d, u"closePushButton"_s), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM members"_s).toInt(), 0);
    }

    void importValidRowsImportsExactlyThem()
    {
        test::GuiFixture f;
        ImportDialog d(f.context());
        QSignalSpy imported(&d, &ImportDialog::imported);
        QVERIFY(d.setFilePath(data(u"big5_members.csv"_s)));
        auto* import = child<QPushButton>(d, u"importPushButton"_s);
        QVERIFY(runAndWait(d, child<QPushButton>(d, u"checkPushButton"_s)));
        // Changing a setting after the check asks for a new one.
        d.setMappedField(4, QString());
        QVERIFY(!import->isEnabled());
        d.setMappedField(4, u"note"_s);
        QVERIFY(runAndWait(d, child<QPushButton>(d, u"checkPushButton"_s)));
        QVERIFY(import->isEnabled());
        QVERIFY(runAndWait(d, import));
        QVERIFY2(d.lastReport().committed, qPrintable(d.lastReport().error));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(members(f), QStringList({u"陳大文|0912345678|常客，喜歡烏龍茶"_s, u"林美玲|0922333444|"_s}));
        QCOMPARE(f.scalar(u"SELECT action FROM audit_log"_s).toString(), u"import.members"_s);
        QVERIFY(child<QLabel>(d, u"resultLabel"_s)->text().contains(u"2 member"_s));
        QVERIFY(!import->isEnabled()); // once
        QCOMPARE(child<QPushButton>(d, u"closePushButton"_s)->text(), u"Close"_s);
    }

    void duplicatesMergeWhenChosen()
    {
        test::GuiFixture f;
        f.addMember(u"陳先生"_s, u"0912345678"_s);
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(data(u"big5_members.csv"_s)));
        auto* duplicates = child<QComboBox>(d, u"duplicatesComboBox"_s);
        duplicates->setCurrentIndex(duplicates->findData(int(DuplicatePolicy::Merge)));
        QVERIFY(runAndWait(d, child<QPushButton>(d, u"checkPushButton"_s)));
        QCOMPARE(d.lastReport().duplicates, 2); // 陳大文 and 吳建國 both have the phone
        QVERIFY(runAndWait(d, child<QPushButton>(d, u"importPushButton"_s)));
        QCOMPARE(d.lastReport().merged, 2);
        QCOMPARE(d.lastReport().imported, 1);
        // Never doubled: each row fills in the one member in turn, the later row last.
        QCOMPARE(members(f),
                 QStringList({u"吳建國|0912345678|和陳大文同一支電話"_s, u"林美玲|0922333444|"_s}));
    }

    void purchasesCountZeroValueRowsAndErrors()
    {
        test::GuiFixture f;
        f.addMember(u"陳大文"_s, u"0912345678"_s);
        f.addMember(u"林美玲"_s, u"0922333444"_s);
        ImportDialog d(f.context());
        d.setKind(ImportKind::Purchases);
        QVERIFY(d.setFilePath(data(u"big5_purchases.csv"_s)));
        QCOMPARE(mapping(d, 5), QStringList({u"phone"_s, u"date"_s, u"amount"_s, u"profit"_s, u"note"_s}));
        QVERIFY(runAndWait(d, child<QPushButton>(d, u"checkPushButton"_s)));
        QCOMPARE(d.lastReport().imported, 2);
        QCOMPARE(d.lastReport().zeroValue, 1);
        auto* issues = child<QTableWidget>(d, u"issuesTableWidget"_s);
        QCOMPARE(issues->rowCount(), 1);
        QCOMPARE(issues->item(0, 0)->text(), u"4"_s);
        QVERIFY(issues->item(0, 2)->text().contains(u"negative"_s));
        QVERIFY(runAndWait(d, child<QPushButton>(d, u"importPushButton"_s)));
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM purchases"_s).toInt(), 2);
        QCOMPARE(f.scalar(u"SELECT SUM(paid_fen) FROM purchases"_s).toLongLong(), 12850);
    }

    void stopDuringImportWritesNothing()
    {
        test::GuiFixture f;
        const QString path = f.dir.filePath(u"many.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,phone\n");
        for (int i = 0; i < 30000; ++i)
            file.write("M" + QByteArray::number(i) + ",139" + QByteArray::number(10000000 + i) + "\n");
        file.close();
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(path));
        QVERIFY(runAndWait(d, child<QPushButton>(d, u"checkPushButton"_s)));
        QCOMPARE(d.lastReport().imported, 30000);
        QSignalSpy done(&d, &ImportDialog::finished);
        QTest::mouseClick(child<QPushButton>(d, u"importPushButton"_s), Qt::LeftButton);
        QVERIFY(d.isBusy());
        auto* stop = child<QPushButton>(d, u"closePushButton"_s);
        QCOMPARE(stop->text(), u"Stop"_s);
        QSignalSpy rejected(&d, &QDialog::rejected);
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QCOMPARE(rejected.count(), 0); // stopping does not close
        QVERIFY(d.lastReport().cancelled);
        QVERIFY(child<QLabel>(d, u"resultLabel"_s)->text().contains(u"Nothing was written"_s));
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM members"_s).toInt(), 0);
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt(), 0);
        QCOMPARE(child<QPushButton>(d, u"closePushButton"_s)->text(), u"Cancel"_s);
    }

    void headerCanBeTurnedOff()
    {
        test::GuiFixture f;
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(data(u"gbk_members.csv"_s)));
        auto* header = child<QCheckBox>(d, u"headerCheckBox"_s);
        header->setChecked(false);
        // The first row is data now: nothing maps by name, and the preview starts at line 1.
        QCOMPARE(mapping(d, 7), QStringList(7));
        QVERIFY(!child<QPushButton>(d, u"checkPushButton"_s)->isEnabled());
        d.setMappedField(1, u"name"_s);
        auto* preview = child<QTableWidget>(d, u"previewTableWidget"_s);
        QCOMPARE(previewCell(preview, 0, u"Line"_s), u"1"_s);
        QCOMPARE(previewCell(preview, 0, u"Name"_s), u"姓名"_s);
        header->setChecked(true);
        QCOMPARE(d.mappedField(1), u"name"_s);
        QCOMPARE(previewCell(preview, 0, u"Line"_s), u"2"_s);
    }

    void clerkCannotImport()
    {
        test::GuiFixture f;
        ImportDialog d(f.context(Role::Clerk));
        QVERIFY(!child<QPushButton>(d, u"chooseFilePushButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(d, u"resultLabel"_s)->text().contains(u"owner"_s));
        // Even when a file gets there, core refuses.
        QVERIFY(d.setFilePath(data(u"big5_members.csv"_s)));
        QVERIFY(runAndWait(d, child<QPushButton>(d, u"checkPushButton"_s)));
        QVERIFY(!d.lastReport().ok);
        QVERIFY(!child<QPushButton>(d, u"importPushButton"_s)->isEnabled());
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM members"_s).toInt(), 0);
    }

    void exportWritesBomFileWithTheRows()
    {
        test::GuiFixture f;
        f.addMember(u"张三"_s, u"13800138000"_s);
        f.addMember(u"李四"_s, u"13900139000"_s);
        ExportDialog d(f.context());
        const QString path = f.dir.filePath(u"out.csv"_s);
        d.setFilePath(path);
        QSignalSpy done(&d, &ExportDialog::finished);
        QTest::mouseClick(child<QPushButton>(d, u"exportPushButton"_s), Qt::LeftButton);
        QVERIFY(done.wait(20000));
        QCOMPARE(d.exportedRows(), 2);
        QVERIFY(child<QLabel>(d, u"resultLabel"_s)->text().contains(u"2 member"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const CsvTable t = CsvReader::parse(bytes);
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records[1].fields.at(2), u"张三"_s);
        QCOMPARE(t.records[2].fields.at(3), u"13900139000"_s);
        QCOMPARE(f.scalar(u"SELECT action FROM audit_log"_s).toString(), u"export.members"_s);

        ExportDialog clerk(f.context(Role::Clerk));
        QVERIFY(!child<QPushButton>(clerk, u"exportPushButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The problems of a check in the import dialog: "Save errors as CSV…" suggests a file beside the one
// being imported and writes every problem there; changing the mapping afterwards drops the check (its
// problems, the red rows and the import button) because it no longer describes what would be imported;
// a purchase for an unknown member points to the check box that creates it.
#include "GuiFixture.h"
#include "importexport/ImportDialog.h"
#include "importio/CsvReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestImportDialogIssues : public QObject
{
    Q_OBJECT

    template <typename T> static T* child(QWidget& parent, const QString& name)
    {
        T* w = parent.findChild<T*>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }

    static bool checkAndWait(ImportDialog& d)
    {
        QSignalSpy done(&d, &ImportDialog::finished);
        QTest::mouseClick(child<QPushButton>(d, u"checkPushButton"_s), Qt::LeftButton);
        return done.wait(20000) && !d.isBusy();
    }

private slots:
    void saveButtonSuggestsAFileBesideTheSourceAndWritesEveryProblem()
    {
        test::GuiFixture f;
        const QString source = f.dir.filePath(u"old-shop.csv"_s);
        QVERIFY(QFile::copy(QStringLiteral(MEMBERDESK_TEST_DATA "/csv/big5_members.csv"), source));
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(source));
        QVERIFY(checkAndWait(d));
        QCOMPARE(d.lastReport().failedRows, 2);
        auto* save = child<QPushButton>(d, u"saveIssuesPushButton"_s);
        QVERIFY(save->isEnabled());

        QString suggested;
        QTimer::singleShot(0, this, [&suggested] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            suggested = dialog->selectedFiles().value(0);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
        });
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(QFileInfo(suggested).fileName(), u"old-shop-errors.csv"_s);
        QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(source).absolutePath());
        const CsvTable saved = CsvReader::readFile(suggested);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(saved.records.size(), 4); // the header, both problems and the row skipped
        QCOMPARE(saved.records[1].fields.value(0), u"4"_s);
        QCOMPARE(saved.records[1].fields.value(3), u"error"_s);
        QCOMPARE(saved.records[3].fields.value(0), u"6"_s);
        QCOMPARE(saved.records[3].fields.value(3), u"duplicate"_s);
        const QString result = child<QLabel>(d, u"resultLabel"_s)->text();
        QVERIFY2(result.contains(u"2 error(s) saved"_s) || result.contains(u"2 errors saved"_s),
                 qPrintable(result));
        QVERIFY2(result.contains(u"1 skipped row"_s), qPrintable(result));
    }

    void skippedRowsAreListedApartFromErrors()
    {
        // A purchase file imported twice: the check lists every row it would skip, with its line and
        // why, under its own tab; the errors keep theirs.
        test::GuiFixture f;
        const QString source = f.dir.filePath(u"sales.csv"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("card,date,amount\nA1,2026-01-05 10:00:05,12.50\nA1,2026-01-06,-1\nA1,2026-01-07,8\n");
        file.close();
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(source));
        auto* kind = child<QComboBox>(d, u"kindComboBox"_s);
        kind->setCurrentIndex(kind->findData(int(ImportKind::Purchases)));
        child<QCheckBox>(d, u"createMembersCheckBox"_s)->setChecked(true);
        auto* tabs = child<QTabWidget>(d, u"issuesTabWidget"_s);
        auto* issues = child<QTableWidget>(d, u"issuesTableWidget"_s);
        auto* skipped = child<QTableWidget>(d, u"skippedTableWidget"_s);
        QVERIFY(checkAndWait(d));
        QCOMPARE(skipped->rowCount(), 0);
        QCOMPARE(tabs->tabText(1), u"Skipped (0)"_s);
        QSignalSpy imported(&d, &ImportDialog::finished);
        QTest::mouseClick(child<QPushButton>(d, u"importPushButton"_s), Qt::LeftButton);
        QVERIFY(imported.wait(20000));
        QCOMPARE(d.lastReport().imported, 2);

        ImportDialog again(f.context());
        QVERIFY(again.setFilePath(source));
        auto* againKind = child<QComboBox>(again, u"kindComboBox"_s);
        againKind->setCurrentIndex(againKind->findData(int(ImportKind::Purchases)));
        QVERIFY(checkAndWait(again));
        QCOMPARE(again.lastReport().skipped, 2);
        tabs = child<QTabWidget>(again, u"issuesTabWidget"_s);
        issues = child<QTableWidget>(again, u"issuesTableWidget"_s);
        skipped = child<QTableWidget>(again, u"skippedTableWidget"_s);
        QCOMPARE(tabs->tabText(0), u"Errors (1)"_s);
        QCOMPARE(tabs->tabText(1), u"Skipped (2)"_s);
        QCOMPARE(tabs->currentIndex(), 0); // errors first: they are what can be fixed
        QCOMPARE(issues->rowCount(), 1);
        QCOMPARE(issues->item(0, 0)->text(), u"3"_s);
        QCOMPARE(skipped->rowCount(), 2);
        QCOMPARE(skipped->item(0, 0)->text(), u"2"_s);
        QVERIFY2(skipped->item(0, 1)->text().startsWith(u"Already recorded: "_s) &&
                     skipped->item(0, 1)->text().contains(u"10:00:05"_s),
                 qPrintable(skipped->item(0, 1)->text()));
        QCOMPARE(skipped->item(1, 0)->text(), u"4"_s);
        QVERIFY(child<QPushButton>(again, u"saveIssuesPushButton"_s)->isEnabled());
        QVERIFY(!child<QLabel>(again, u"skippedNoteLabel"_s)->isVisibleTo(&again));
        // The preview greys the skipped rows with their reason (the failed one stays red).
        auto* preview = child<QTableWidget>(again, u"previewTableWidget"_s);
        QCOMPARE(preview->item(0, 0)->toolTip(), skipped->item(0, 1)->text());
        QVERIFY(preview->item(1, 0)->toolTip().contains(u"negative"_s));
    }

    void anUnknownMemberIsExplainedWithTheCheckBoxThatCreatesIt()
    {
        // The importer's "no member matches" ends with how to create the member where the import was
        // started: here the dialog's check box (the CLI names its flag instead).
        test::GuiFixture f;
        const QString source = f.dir.filePath(u"sales.csv"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("card,date,amount\n999999999999,2026-01-05,12.50\n");
        file.close();
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(source));
        auto* kind = child<QComboBox>(d, u"kindComboBox"_s);
        kind->setCurrentIndex(kind->findData(int(ImportKind::Purchases)));
        QVERIFY(checkAndWait(d));
        QCOMPARE(d.lastReport().failedRows, 1);
        auto* issues = child<QTableWidget>(d, u"issuesTableWidget"_s);
        QCOMPARE(issues->rowCount(), 1);
        QString message;
        for (int c = 0; c < issues->columnCount(); ++c)
            message += issues->item(0, c)->text() + u'|';
        auto* create = child<QCheckBox>(d, u"createMembersCheckBox"_s);
        QVERIFY2(message.contains(u"999999999999"_s) && message.contains(create->text()),
                 qPrintable(message));
        QVERIFY2(!message.contains(u"--create-members"_s), qPrintable(message));

        create->setChecked(true);
        QVERIFY(checkAndWait(d));
        QCOMPARE(d.lastReport().failedRows, 0);
        QCOMPARE(issues->rowCount(), 0);
    }

    void anAmbiguousDateNamesTheDialogsDateBox()
    {
        // "15/06/1985" could be day/month or month/day: the dialog says which of its own choices to
        // make, not the CLI's --date-format.
        test::GuiFixture f;
        const QString source = f.dir.filePath(u"members.csv"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,birthday\nZhang,15/06/1985\n");
        file.close();
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(source));
        QVERIFY(checkAndWait(d));
        auto* issues = child<QTableWidget>(d, u"issuesTableWidget"_s);
        QCOMPARE(issues->rowCount(), 1);
        QString message;
        for (int c = 0; c < issues->columnCount(); ++c)
            message += issues->item(0, c)->text() + u'|';
        auto* dates = child<QComboBox>(d, u"dateFormatComboBox"_s);
        QVERIFY2(message.contains(dates->itemText(1)), qPrintable(message));
        QVERIFY2(!message.contains(u"--date-format"_s), qPrintable(message));
        dates->setCurrentIndex(1);
        QVERIFY(checkAndWait(d));
        QCOMPARE(issues->rowCount(), 0);
    }

    void changingTheMappingDropsTheCheck()
    {
        test::GuiFixture f;
        ImportDialog d(f.context());
        QVERIFY(d.setFilePath(QStringLiteral(MEMBERDESK_TEST_DATA "/csv/big5_members.csv")));
        QVERIFY(checkAndWait(d));
        auto* issues = child<QTableWidget>(d, u"issuesTableWidget"_s);
        auto* preview = child<QTableWidget>(d, u"previewTableWidget"_s);
        QCOMPARE(issues->rowCount(), 2);
        QVERIFY(!preview->item(2, 0)->toolTip().isEmpty());
        QVERIFY(child<QPushButton>(d, u"importPushButton"_s)->isEnabled());

        // Ignoring the birthday column: the check no longer describes the import.
        int birthday = -1;
        for (int c = 0; c < 10 && birthday < 0; ++c)
            if (d.mappedField(c) == u"birthday"_s)
                birthday = c;
        QVERIFY(birthday >= 0);
        d.setMappedField(birthday, QString());
        QCOMPARE(d.mappedField(birthday), QString());
        QCOMPARE(issues->rowCount(), 0);
        QVERIFY(preview->item(2, 0)->toolTip().isEmpty());
        QVERIFY(!child<QPushButton>(d, u"importPushButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(d, u"saveIssuesPushButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(d, u"checkPushButton"_s)->isEnabled()); // birthday is not required

        // Checked again: the birthday problem is gone, the phone problem stays.
        QVERIFY(checkAndWait(d));
        QCOMPARE(d.lastReport().failedRows, 1);
        QCOMPARE(issues->rowCount(), 1);
        QVERIFY(child<QPushButton>(d, u"importPushButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestImportDialogIssues)
#include "TestImportDialogIssues.moc"

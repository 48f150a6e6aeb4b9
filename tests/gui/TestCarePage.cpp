// SPDX-License-Identifier: GPL-3.0-or-later
// Today's care list in the main window: loaded in the background, badge in the navigation, keyboard only.
#include "MainWindow.h"
#include "care/CarePage.h"
#include "counter/CounterPage.h"
#include "settings/AppSettings.h"
#include "support/GuiFixture.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestCarePage : public QObject
{
    Q_OBJECT

    /// `count` members born on the fixture's day (15 March), each with a phone of their own.
    static bool addBirthdaysToday(test::GuiFixture& fixture, int count)
    {
        for (int i = 0; i < count; ++i) {
            MemberInput input;
            input.name = u"生日%1"_s.arg(i);
            input.phone = u"139%1"_s.arg(i, 8, 10, QLatin1Char('0'));
            input.birthday = QDate(1990, 3, 15);
            Member created;
            MemberSaveError saveError;
            if (!MemberService(fixture.context()).add(input, &created, &saveError))
                return false;
        }
        return true;
    }

private slots:
    void birthdayRowMarkedDoneAndUndone()
    {
        test::GuiFixture fixture; // 2026-03-15 10:00
        MemberInput input;
        input.name = u"林生日"_s;
        input.phone = u"13900000001"_s;
        input.birthday = QDate(1990, 3, 15);
        Member created;
        MemberSaveError saveError;
        QVERIFY(MemberService(fixture.context()).add(input, &created, &saveError));
        fixture.addMember(u"王普通"_s, u"13900000002"_s); // nothing to care for

        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* nav = window.findChild<QListWidget*>(u"navigationListWidget"_s);
        // The list loads off the GUI thread; the badge appears when it is done.
        QTRY_COMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today (1)  F5"_s);

        test::pressKey(Qt::Key_F5);
        auto* tree = window.findChild<QTreeWidget*>(u"careTreeWidget"_s);
        QTRY_VERIFY(tree->hasFocus());
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(0).contains(u"(1)"_s));
        QTreeWidgetItem* row = tree->currentItem();
        QVERIFY(row && row->parent());
        QCOMPARE(row->text(0), u"林生日"_s);
        QVERIFY(row->text(1).contains(u"36"_s)); // "Birthday today (36 years old)"

        // Space marks it done: the row goes, the badge drops, care_done has it.
        test::pressKey(Qt::Key_Space);
        QCOMPARE(tree->topLevelItemCount(), 0);
        QCOMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today  F5"_s);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM care_done"_s).toInt(), 1);
        QCOMPARE(window.carePage()->openCount(), 0);

        // Ctrl+Z brings it back, Enter opens the member at the counter.
        test::pressKey(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today (1)  F5"_s);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM care_done"_s).toInt(), 0);
        test::pressKey(Qt::Key_Return);
        QTRY_COMPARE(window.counterPage()->currentMemberId(), created.id);
        QCOMPARE(window.findChild<QLabel*>(u"nameLabel"_s)->text(), u"林生日"_s);

        // Del marks done too, and a reload (another day's start) keeps it done.
        test::pressKey(Qt::Key_F5);
        QTRY_VERIFY(tree->hasFocus());
        test::pressKey(Qt::Key_Delete);
        QCOMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today  F5"_s);
        window.carePage()->reload();
        QTRY_VERIFY(!window.carePage()->isLoading());
        QCOMPARE(tree->topLevelItemCount(), 0);
        QCOMPARE(window.carePage()->openCount(), 0);
    }

    // F5 then Space before the background load has shown the list: no row the clerk has not seen is
    // marked done, the page says so (still when the list arrives), and the list then comes with its first
    // row selected under the keyboard, where Space marks it.
    void spaceBeforeTheListIsShownIsRefusedVisibly()
    {
        test::GuiFixture fixture; // 2026-03-15 10:00
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        CarePage* page = window.carePage();
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(!page->isLoading()); // nothing to do: an empty list
        auto* tree = window.findChild<QTreeWidget*>(u"careTreeWidget"_s);
        QCOMPARE(tree->topLevelItemCount(), 0);

        // Two birthdays arrive (registered elsewhere); the list reloads in the background. No event is
        // processed between here and the keys, so the load cannot have been shown when they come.
        QVERIFY(addBirthdaysToday(fixture, 2));
        page->reload();
        QVERIFY(page->isLoading());
        auto* status = page->findChild<QLabel*>(u"statusLabel"_s);
        auto* message = page->findChild<QLabel*>(u"messageLabel"_s);
        auto* done = page->findChild<QPushButton*>(u"donePushButton"_s);
        QCOMPARE(status->text(), u"Loading…"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Loading the care list…"_s);
        QVERIFY(!done->isEnabled());

        test::pressKey(Qt::Key_F5);
        QVERIFY(tree->hasFocus());
        test::pressKey(Qt::Key_Space);
        QVERIFY(page->isLoading());
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM care_done"_s).toInt(), 0);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(u"Nothing was marked done"_s), qPrintable(message->text()));

        // The list arrives: first row current and selected, the keyboard still on it, the note still there.
        QTRY_VERIFY(!page->isLoading());
        QVERIFY(tree->hasFocus());
        QTreeWidgetItem* row = tree->currentItem();
        QVERIFY(row && row->parent());
        QCOMPARE(row->text(0), u"生日0"_s);
        QVERIFY(row->isSelected());
        QVERIFY(done->isEnabled());
        QVERIFY(message->isVisible());
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM care_done"_s).toInt(), 0);
        QCOMPARE(page->openCount(), 2);

        // Space now marks the row the clerk sees; the note goes.
        test::pressKey(Qt::Key_Space);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM care_done"_s).toInt(), 1);
        QCOMPARE(page->openCount(), 1);
        QVERIFY(!message->isVisible());
        QCOMPARE(tree->currentItem()->text(0), u"生日1"_s);
    }

    // More rows than a page: headings and the badge count them all, only a page is held, "Show more" loads
    // the next page, and mark done / undo keep the counts right.
    void longGroupIsPagedWithExactCounts()
    {
        test::GuiFixture fixture; // 2026-03-15 10:00
        QVERIFY(addBirthdaysToday(fixture, 8));
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        CarePage* page = window.carePage();
        QTRY_VERIFY(!page->isLoading());
        page->setPageSize(3);
        page->reload();
        QTRY_VERIFY(!page->isLoading());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* nav = window.findChild<QListWidget*>(u"navigationListWidget"_s);
        QTRY_COMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today (8)  F5"_s);
        QCOMPARE(page->cachedRowCount(), 3);

        test::pressKey(Qt::Key_F5);
        auto* tree = window.findChild<QTreeWidget*>(u"careTreeWidget"_s);
        QTRY_VERIFY(tree->hasFocus());
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem* group = tree->topLevelItem(0);
        QVERIFY2(group->text(0).contains(u"(8)"_s), qPrintable(group->text(0)));
        QCOMPARE(group->childCount(), 4); // three rows and "Show more"
        QCOMPARE(group->child(0)->text(0), u"生日0"_s);
        QVERIFY(group->child(3)->text(0).contains(u"5"_s)); // "(5 more)"

        // Mark the first done: the heading and badge drop, "5 more" stays.
        tree->setCurrentItem(group->child(0));
        test::pressKey(Qt::Key_Space);
        QCOMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today (7)  F5"_s);
        QVERIFY(group->text(0).contains(u"(7)"_s));
        QCOMPARE(group->childCount(), 3);
        QVERIFY(group->child(2)->text(0).contains(u"5"_s));
        // Space on "Show more" marks nothing; Enter loads the next page and selects its first row.
        tree->setCurrentItem(group->child(2));
        test::pressKey(Qt::Key_Space);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM care_done"_s).toInt(), 1);
        test::pressKey(Qt::Key_Return);
        QTRY_VERIFY(!page->isLoading());
        QTRY_COMPARE(page->cachedRowCount(), 6); // 3 + 3 rows of the 7 not done
        group = tree->topLevelItem(0);
        QVERIFY(group->text(0).contains(u"(7)"_s));
        QCOMPARE(group->childCount(), 7); // six rows and "Show more"
        QCOMPARE(tree->currentItem(), group->child(2));
        QCOMPARE(tree->currentItem()->text(0), u"生日3"_s);
        QVERIFY(group->child(6)->text(0).contains(u"1"_s));

        // Undo brings the done row back with the counts.
        tree->setCurrentItem(group->child(0));
        test::pressKey(Qt::Key_Space);
        QCOMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today (6)  F5"_s);
        test::pressKey(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today (7)  F5"_s);
        group = tree->topLevelItem(0);
        QVERIFY(group->text(0).contains(u"(7)"_s));
        QCOMPARE(group->childCount(), 7);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM care_done"_s).toInt(), 1);
        QVERIFY(page->cachedRowCount() <= 2 * page->pageSize());
    }

    // A large shop's list: counts grouped as the locale writes them, the navigation's badge capped so
    // the navigation keeps its width.
    void largeCountsAreGroupedAndTheBadgeIsCapped()
    {
        test::GuiFixture fixture; // 2026-03-15 10:00
        QVERIFY(addBirthdaysToday(fixture, 1000));
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* nav = window.findChild<QListWidget*>(u"navigationListWidget"_s);
        QTRY_COMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today (999+)  F5"_s);
        QVERIFY(!nav->horizontalScrollBar()->isVisible());
        test::pressKey(Qt::Key_F5);
        auto* tree = window.findChild<QTreeWidget*>(u"careTreeWidget"_s);
        QTRY_VERIFY(tree->hasFocus());
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Birthdays today (1,000)"_s);
        QCOMPARE(window.carePage()->findChild<QLabel*>(u"statusLabel"_s)->text(), u"1,000 item(s) to do"_s);
        // One marked done: back under the cap.
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        test::pressKey(Qt::Key_Space);
        QCOMPARE(nav->item(MainWindow::CarePageIndex)->text(), u"Today (999)  F5"_s);
        QCOMPARE(window.carePage()->findChild<QLabel*>(u"statusLabel"_s)->text(), u"999 item(s) to do"_s);
    }
};

QTEST_MAIN(TestCarePage)
#include "TestCarePage.moc"

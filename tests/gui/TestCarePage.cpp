// SPDX-License-Identifier: GPL-3.0-or-later
// Today's care list in the main window: loaded in the background, badge in the navigation, keyboard only.
#include "MainWindow.h"
#include "care/CarePage.h"
#include "counter/CounterPage.h"
#include "settings/AppSettings.h"
#include "support/GuiFixture.h"

#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestCarePage : public QObject
{
    Q_OBJECT

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
};

QTEST_MAIN(TestCarePage)
#include "TestCarePage.moc"

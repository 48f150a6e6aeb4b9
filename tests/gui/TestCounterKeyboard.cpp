// SPDX-License-Identifier: GPL-3.0-or-later
// The counter driven by the keyboard only, through the real widgets (offscreen).
#include "MainWindow.h"
#include "common/WindowShortcutsFirst.h"
#include "counter/CounterPage.h"
#include "members/MemberDialog.h"
#include "settings/AppSettings.h"
#include "support/GuiFixture.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestCounterKeyboard : public QObject
{
    Q_OBJECT

private:
    struct Window
    {
        explicit Window(test::GuiFixture& fixture)
            : settings(fixture.settingsFile()), window(fixture.context(), settings)
        {
            window.show();
            QApplication::setActiveWindow(&window);
        }
        template <typename T> T* find(const QString& name) const { return window.findChild<T*>(name); }
        AppSettings settings;
        MainWindow window;
    };

    static QString focusName()
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }

    /// Finds the member as a clerk does (the phone, then Enter) and waits for the cursor in the amount.
    static void openByPhone(const QString& phone)
    {
        test::typeText(phone);
        test::pressKey(Qt::Key_Return);
        QTRY_COMPARE(focusName(), u"amountLineEdit"_s);
    }

private slots:
    void registerAndSellWithoutTheMouse()
    {
        test::GuiFixture fixture;
        Window w(fixture);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        QTRY_COMPARE(focusName(), u"searchLineEdit"_s); // focus on start

        // A new customer: the phone is not known yet.
        test::typeText(u"138 0013 8000"_s);
        test::pressKey(Qt::Key_Return);
        auto* results = w.find<QListWidget>(u"resultsListWidget"_s);
        QVERIFY(results->isVisible());
        QVERIFY(results->item(0)->text().contains(u"F3"_s));

        // F3 registers; the typed phone is carried over, the cursor waits in the name field.
        test::pressKey(Qt::Key_F3);
        MemberDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<MemberDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(u"phoneLineEdit"_s)->text(), u"138 0013 8000"_s);
        QTRY_COMPARE(focusName(), u"nameLineEdit"_s);
        test::typeText(u"王小明"_s);
        test::pressKey(Qt::Key_Return);
        QTRY_VERIFY(w.window.findChild<MemberDialog*>() == nullptr || !dialog->isVisible());
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM members"_s).toInt(), 1);
        QCOMPARE(fixture.scalar(u"SELECT phone FROM members"_s).toString(), u"13800138000"_s);
        const QString card = fixture.scalar(u"SELECT card FROM members"_s).toString();
        QCOMPARE(card.size(), 12);

        // The new member is open and the cursor is in the amount field.
        QTRY_COMPARE(focusName(), u"amountLineEdit"_s);
        QCOMPARE(w.find<QLabel>(u"nameLabel"_s)->text(), u"王小明"_s);
        QCOMPARE(w.find<QLabel>(u"cardLabel"_s)->text(), card);

        // ¥1,200.00 at 0 % (regular) → paid 1200, 1200 points, upgrade to silver (¥1,000).
        test::typeText(u"1200"_s);
        QTRY_VERIFY(w.find<QLabel>(u"quotePaidLabel"_s)->text().contains(u"1,200.00"_s));
        test::pressKey(Qt::Key_Return);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM purchases"_s).toInt(), 1);
        QCOMPARE(fixture.scalar(u"SELECT paid_fen FROM purchases"_s).toLongLong(), 120000);
        QCOMPARE(fixture.scalar(u"SELECT points FROM members"_s).toLongLong(), 1200);
        QCOMPARE(fixture.scalar(u"SELECT tier FROM members"_s).toInt(), 1);
        QVERIFY(w.find<QLabel>(u"bannerLabel"_s)->isVisible());
        QVERIFY(w.find<QLabel>(u"bannerLabel"_s)->text().contains(u"Silver"_s));
        QCOMPARE(w.find<QTableWidget>(u"purchasesTableWidget"_s)->rowCount(), 1);
        QTRY_COMPARE(focusName(), u"searchLineEdit"_s); // ready for the next customer

        // The next sale, found by the card number (a scanner types it and presses Enter):
        // now silver, 2 % off ¥100.00 → paid ¥98.00, 98 points.
        test::typeText(card);
        test::pressKey(Qt::Key_Return);
        QTRY_COMPARE(focusName(), u"amountLineEdit"_s);
        test::typeText(u"100"_s);
        test::pressKey(Qt::Key_Return);
        QCOMPARE(fixture.scalar(u"SELECT paid_fen FROM purchases ORDER BY id DESC LIMIT 1"_s).toLongLong(),
                 9800);
        QCOMPARE(fixture.scalar(u"SELECT points FROM members"_s).toLongLong(), 1298);
    }

    void ctrlEEditsTheMemberWhileTheCursorIsInATextField()
    {
        // A line edit takes Ctrl+E for "end of line" on X11: the window's "Edit member" must win.
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13800138000"_s);
        Window w(fixture);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        QTRY_COMPARE(focusName(), u"searchLineEdit"_s);
        openByPhone(u"13800138000"_s);
        test::typeText(u"12"_s);
        test::pressKey(Qt::Key_E, Qt::ControlModifier);
        MemberDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<MemberDialog*>()) != nullptr && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"张三"_s);
        dialog->reject();
        // The amount typed is still there, and Ctrl+A and Ctrl+C still edit text.
        QTRY_COMPARE(focusName(), u"amountLineEdit"_s);
        auto* amount = w.find<QLineEdit>(u"amountLineEdit"_s);
        QCOMPARE(amount->text(), u"12"_s);
        test::pressKey(Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(amount->selectedText(), u"12"_s);
    }

    void theWindowsShortcutsWinOverATextFieldsEditingKeys()
    {
        // Ctrl+Right is "next word" in a line edit on every platform (like Ctrl+E, "end of line", on
        // X11, which the offscreen tests do not use).
        QWidget window;
        auto* field = new QLineEdit(&window);
        auto* action = new QAction(&window);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
        window.addAction(action);
        int triggered = 0;
        connect(action, &QAction::triggered, this, [&] { ++triggered; });
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(triggered, 0); // the field took it
        new WindowShortcutsFirst(&window);
        QTest::keyClick(field, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(triggered, 1);
        // Keys the window does not use stay with the field; so does typing.
        field->setText(u"12"_s);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(field->selectedText(), u"12"_s);
        QTest::keyClick(field, Qt::Key_3);
        QCOMPARE(field->text(), u"3"_s);
        action->setEnabled(false); // a disabled action leaves the key to the field
        field->setCursorPosition(0);
        QTest::keyClick(field, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(triggered, 1);
        QCOMPARE(field->cursorPosition(), 1);
    }

    void lastFourDigitsWithSeveralMatchesGoThroughTheList()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13911112222"_s);
        const qint64 second = fixture.addMember(u"李四"_s, u"13733332222"_s);
        Window w(fixture);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        test::typeText(u"2222"_s);
        test::pressKey(Qt::Key_Return);
        auto* results = w.find<QListWidget>(u"resultsListWidget"_s);
        QCOMPARE(results->count(), 2);
        QTRY_COMPARE(focusName(), u"resultsListWidget"_s);
        const int row = results->item(0)->data(Qt::UserRole).toLongLong() == second ? 0 : 1;
        if (row == 1)
            test::pressKey(Qt::Key_Down);
        test::pressKey(Qt::Key_Return);
        QTRY_COMPARE(w.window.counterPage()->currentMemberId(), second);
        QCOMPARE(w.find<QLabel>(u"nameLabel"_s)->text(), u"李四"_s);
        // Clerks and owners alike see the number masked only when they are clerks; this is the owner.
        QCOMPARE(w.find<QLabel>(u"phoneLabel"_s)->text(), u"13733332222"_s);
    }

    void duplicatePhoneIsCaughtBeforeSaving()
    {
        test::GuiFixture fixture;
        const qint64 existing = fixture.addMember(u"张三"_s, u"13911112222"_s);
        Window w(fixture);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        test::pressKey(Qt::Key_F3);
        MemberDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<MemberDialog*>()) != nullptr);
        QTRY_COMPARE(focusName(), u"nameLineEdit"_s);
        test::typeText(u"张叁"_s);
        test::pressKey(Qt::Key_Tab);
        test::typeText(u"139-1111-2222"_s);
        auto* error = dialog->findChild<QLabel*>(u"errorLabel"_s);
        QVERIFY(error->text().contains(u"already belongs"_s));
        QVERIFY(error->text().contains(u"<a href"_s));
        test::pressKey(Qt::Key_Return); // refused: nothing is written
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM members"_s).toInt(), 1);
        QVERIFY(dialog->isVisible());
        emit error->linkActivated(u"open"_s); // the clerk follows the link to the existing member
        QTRY_COMPARE(w.window.counterPage()->currentMemberId(), existing);
    }

    void badAmountsAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("letters") << u"12a"_s << u""_s;
        QTest::newRow("zero") << u"0"_s << u"more than zero"_s;
        QTest::newRow("absurd") << u"1000000.01"_s << u"above the limit"_s;
        QTest::newRow("three decimals") << u"1.234"_s << u""_s;
    }

    void badAmountsAreRefusedWithAMessage()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13911112222"_s);
        Window w(fixture);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        openByPhone(u"13911112222"_s);
        test::typeText(typed);
        test::pressKey(Qt::Key_Return);
        const QString shown = w.find<QLabel>(u"purchaseMessageLabel"_s)->text();
        QVERIFY2(!shown.isEmpty(), "no message for a bad amount");
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM purchases"_s).toInt(), 0);
        QVERIFY(!w.find<QPushButton>(u"recordPushButton"_s)->isEnabled());
    }

    void anAmountFarAboveTheUsualAsksFirst()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13911112222"_s);
        Window w(fixture);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        openByPhone(u"13911112222"_s);
        // The next customer's last four digits typed into the amount: a box asks, and Enter (the default)
        // goes back to the amount without booking anything.
        test::typeText(u"9996"_s);
        QString asked;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        test::pressKey(Qt::Key_Return);
        QVERIFY2(asked.contains(u"9,996.00"_s), qPrintable(asked));
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM purchases"_s).toInt(), 0);
        QTRY_COMPARE(focusName(), u"amountLineEdit"_s);
        QCOMPARE(w.find<QLineEdit>(u"amountLineEdit"_s)->selectedText(), u"9996"_s);
        // A real large sale is booked after the clerk says so.
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->findChild<QPushButton*>(u"recordAnywayPushButton"_s)->click();
        });
        test::pressKey(Qt::Key_Return);
        QCOMPARE(fixture.scalar(u"SELECT gross_fen FROM purchases"_s).toLongLong(), 999600);
        // An ordinary amount is booked on Enter, no question.
        QTRY_COMPARE(focusName(), u"searchLineEdit"_s);
        openByPhone(u"13911112222"_s);
        test::typeText(u"1999"_s);
        test::pressKey(Qt::Key_Return);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM purchases"_s).toInt(), 2);
    }

    void theOwnerAnonymisesAMemberAfterBeingToldWhatItMeans()
    {
        test::GuiFixture fixture;
        const qint64 id = fixture.addMember(u"张三"_s, u"13911112222"_s);
        Window w(fixture);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        openByPhone(u"13911112222"_s);
        auto* action = w.window.findChild<QAction*>(u"anonymizeAction"_s);
        QVERIFY(action);
        action->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<QDialog*>(u"anonymizeDialog"_s)) != nullptr);
        auto* confirm = dialog->findChild<QPushButton*>(u"anonymizePushButton"_s);
        QVERIFY(!confirm->isEnabled()); // a reason first
        QTRY_COMPARE(focusName(), u"reasonLineEdit"_s);
        test::typeText(u"customer request"_s);
        test::pressKey(Qt::Key_Return); // Enter does not do the irreversible step
        QCOMPARE(fixture.scalar(u"SELECT anonymized_at IS NULL FROM members"_s).toInt(), 1);
        QVERIFY(confirm->isEnabled());
        confirm->click();
        QCOMPARE(fixture.scalar(u"SELECT anonymized_at IS NOT NULL FROM members"_s).toInt(), 1);
        QCOMPARE(fixture.scalar(u"SELECT phone IS NULL FROM members"_s).toInt(), 1);
        // Nothing new can be recorded for them, and the counter says so before anyone types an amount.
        QVERIFY(!w.find<QLineEdit>(u"amountLineEdit"_s)->isEnabled());
        QVERIFY2(w.find<QLabel>(u"bannerLabel"_s)->text().contains(QString::number(id)),
                 qPrintable(w.find<QLabel>(u"bannerLabel"_s)->text()));
        // A clerk has no such action.
        AppSettings clerkSettings(fixture.dir.filePath(u"clerk.ini"_s));
        MainWindow clerk(fixture.context(Role::Clerk), clerkSettings);
        QVERIFY(clerk.findChild<QAction*>(u"anonymizeAction"_s) == nullptr);
    }

    void voidGivesThePointsBack()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13911112222"_s);
        Window w(fixture);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        openByPhone(u"13911112222"_s);
        test::typeText(u"88.80"_s);
        test::pressKey(Qt::Key_Return);
        QCOMPARE(fixture.scalar(u"SELECT points FROM members"_s).toLongLong(), 88);

        // Alt+V straight from the amount field (nothing chosen yet) leads to the list: the newest
        // purchase is selected, no dialog, and no "v" typed into the amount.
        auto* table = w.find<QTableWidget>(u"purchasesTableWidget"_s);
        auto* voidButton = w.find<QPushButton>(u"voidPushButton"_s);
        QTRY_COMPARE(focusName(), u"searchLineEdit"_s);
        QTest::keyClick(&w.window, Qt::Key_Tab); // whatever field has the cursor
        test::pressKey(Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(focusName(), u"purchasesTableWidget"_s);
        QCOMPARE(table->currentRow(), 0);
        QVERIFY(w.window.findChild<QDialog*>(u"voidPurchaseDialog"_s) == nullptr);
        QVERIFY(!w.find<QLineEdit>(u"amountLineEdit"_s)->text().contains(u'v'));
        QVERIFY(!w.find<QLineEdit>(u"searchLineEdit"_s)->text().contains(u'v'));
        QVERIFY(voidButton->isEnabled());
        QTest::keyClick(&w.window, Qt::Key_V, Qt::AltModifier);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<QDialog*>(u"voidPurchaseDialog"_s)) != nullptr);
        QTRY_COMPARE(focusName(), u"reasonLineEdit"_s);
        test::pressKey(Qt::Key_Return); // no reason yet: the void button stays disabled
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM purchase_voids"_s).toInt(), 0);
        test::typeText(u"输错金额"_s);
        test::pressKey(Qt::Key_Return);
        QTRY_COMPARE(fixture.scalar(u"SELECT COUNT(*) FROM purchase_voids"_s).toInt(), 1);
        QCOMPARE(fixture.scalar(u"SELECT reason FROM purchase_voids"_s).toString(), u"输错金额"_s);
        QCOMPARE(fixture.scalar(u"SELECT points FROM members"_s).toLongLong(), 0);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM purchases"_s).toInt(), 1); // kept, marked voided
        QVERIFY(table->item(0, 5)->text().contains(u"输错金额"_s));
        QVERIFY(!voidButton->isEnabled()); // nothing left to void
        // The clerk is told which purchase, by its time and amount.
        QTRY_VERIFY(w.find<QLabel>(u"bannerLabel"_s)->text().contains(u"¥88.80"_s));
        QVERIFY(w.find<QLabel>(u"bannerLabel"_s)->text().contains(u"2026"_s));
    }
};

QTEST_MAIN(TestCounterKeyboard)
#include "TestCounterKeyboard.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The owner's gift catalogue on the programme page: add by keyboard, refusals inline, edit the stock.
#include "loyalty/GiftCatalogEditor.h"
#include "loyalty/GiftRedeemDialog.h"
#include "loyalty/RulesPage.h"
#include "services/GiftCatalog.h"
#include "services/PointsAdjustment.h"
#include "support/GuiFixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestGiftCatalogEditor : public QObject
{
    Q_OBJECT

    static GiftDialog* openDialog(GiftCatalogEditor& editor)
    {
        GiftDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = editor.findChild<GiftDialog*>();
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            return nullptr;
        return dialog;
    }

    static void showEditor(GiftCatalogEditor& editor)
    {
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
    }

private slots:
    void addsAGiftByKeyboard()
    {
        test::GuiFixture fixture;
        GiftCatalogEditor editor(fixture.context());
        showEditor(editor);
        auto* table = editor.findChild<QTableWidget*>(u"giftsTableWidget"_s);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(editor.findChild<QLabel*>(u"emptyLabel"_s)->isVisible());
        QVERIFY(!editor.findChild<QPushButton*>(u"editGiftPushButton"_s)->isEnabled());
        QSignalSpy changed(&editor, &GiftCatalogEditor::giftsChanged);

        auto* add = editor.findChild<QPushButton*>(u"addGiftPushButton"_s);
        add->setFocus();
        test::pressKey(Qt::Key_Space);
        GiftDialog* dialog = openDialog(editor);
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
        QTRY_VERIFY(name->hasFocus());
        test::typeText(u"Tote bag 帆布袋"_s);
        test::pressKey(Qt::Key_Tab);
        test::typeText(u"500"_s);
        test::pressKey(Qt::Key_Tab);
        QVERIFY(dialog->findChild<QLineEdit*>(u"stockLineEdit"_s)->hasFocus());
        test::typeText(u"12"_s); // tabbing in selects the 0
        test::pressKey(Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());

        const QVector<Gift> gifts = GiftCatalog(fixture.context()).list();
        QCOMPARE(gifts.size(), 1);
        QCOMPARE(gifts.at(0).name, u"Tote bag 帆布袋"_s);
        QCOMPARE(gifts.at(0).pointsPrice, qint64(500));
        QCOMPARE(gifts.at(0).stock, 12);
        QVERIFY(gifts.at(0).active);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"Tote bag 帆布袋"_s);
        QCOMPARE(table->item(0, 1)->text(), QLocale().toString(500));
        QCOMPARE(table->item(0, 2)->text(), QLocale().toString(12));
        QVERIFY(!editor.findChild<QLabel*>(u"emptyLabel"_s)->isVisible());
        QVERIFY(editor.findChild<QPushButton*>(u"editGiftPushButton"_s)->isEnabled());
    }

    void refusesAPriceOfZeroOrLess()
    {
        test::GuiFixture fixture;
        GiftCatalogEditor editor(fixture.context());
        showEditor(editor);
        editor.addGift();
        GiftDialog* dialog = openDialog(editor);
        QVERIFY(dialog);
        QTRY_VERIFY(QApplication::focusWidget() == dialog->findChild<QLineEdit*>(u"nameLineEdit"_s));
        test::typeText(u"Mug"_s);
        test::pressKey(Qt::Key_Tab);
        test::typeText(u"0"_s);
        test::pressKey(Qt::Key_Return);
        auto* error = dialog->findChild<QLabel*>(u"errorLabel"_s);
        auto* price = dialog->findChild<QLineEdit*>(u"priceLineEdit"_s);
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"points price"_s), qPrintable(error->text()));
        QTRY_VERIFY(price->hasFocus());
        QCOMPARE(price->selectedText(), u"0"_s);

        test::typeText(u"-5"_s); // replaces the selected 0
        test::pressKey(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(error->text().contains(u"points price"_s));
        QVERIFY(price->hasFocus());

        price->setText(u"lots"_s);
        test::pressKey(Qt::Key_Return);
        QVERIFY2(error->text().contains(u"whole number"_s), qPrintable(error->text()));

        test::pressKey(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM gifts"_s).toInt(), 0);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'gift.%'"_s).toInt(), 0);
        QCOMPARE(editor.findChild<QTableWidget*>(u"giftsTableWidget"_s)->rowCount(), 0);
    }

    void editsTheStockWithEnterOnARow()
    {
        test::GuiFixture fixture;
        GiftCatalog catalog(fixture.context());
        qint64 mugId = 0;
        QString error;
        QVERIFY2(catalog.add({u"Mug"_s, 300, 4, true}, &mugId, &error), qPrintable(error));
        QVERIFY(catalog.add({u"Umbrella"_s, 900, 2, true}, nullptr, &error));
        GiftCatalogEditor editor(fixture.context());
        showEditor(editor);
        auto* table = editor.findChild<QTableWidget*>(u"giftsTableWidget"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"Mug"_s);

        table->setFocus();
        table->setCurrentCell(0, 0);
        test::pressKey(Qt::Key_Return);
        GiftDialog* dialog = openDialog(editor);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"Mug"_s);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"priceLineEdit"_s)->text(), u"300"_s);
        auto* stock = dialog->findChild<QLineEdit*>(u"stockLineEdit"_s);
        QCOMPARE(stock->text(), u"4"_s);
        QTRY_VERIFY(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->hasFocus());
        test::pressKey(Qt::Key_Tab);
        test::pressKey(Qt::Key_Tab);
        QVERIFY(stock->hasFocus());
        test::typeText(u"17"_s);
        test::pressKey(Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());

        Gift mug;
        QVERIFY(catalog.get(mugId, &mug, &error));
        QCOMPARE(mug.stock, 17);
        QCOMPARE(mug.pointsPrice, qint64(300));
        QCOMPARE(mug.name, u"Mug"_s);
        QCOMPARE(table->currentRow(), 0);
        QCOMPARE(table->item(0, 2)->text(), QLocale().toString(17));

        // Double-click the second row, take it off the counter.
        const QRect rect = table->visualItemRect(table->item(1, 0));
        QVERIFY(rect.isValid());
        QTest::qWait(50); // lets the closed dialog go
        // A press, then the double-click event itself (QTest::mouseDClick does not reach item views
        // offscreen in Qt 6.4).
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mousePress(table->viewport(), Qt::LeftButton, {}, rect.center());
        QMouseEvent dbl(QEvent::MouseButtonDblClick, QPointF(rect.center()),
                        table->viewport()->mapToGlobal(QPointF(rect.center())), Qt::LeftButton,
                        Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &dbl);
        QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, rect.center());
        dialog = openDialog(editor);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"Umbrella"_s);
        dialog->findChild<QCheckBox*>(u"activeCheckBox"_s)->setChecked(false);
        dialog->findChild<QPushButton*>(u"savePushButton"_s)->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(catalog.list(false).size(), 1);
        QCOMPARE(table->item(1, 3)->text(), u"no"_s);
    }

    void clerksAreRefusedByTheCore()
    {
        test::GuiFixture fixture;
        GiftCatalogEditor editor(fixture.context(Role::Clerk));
        showEditor(editor);
        editor.addGift();
        GiftDialog* dialog = openDialog(editor);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->setText(u"Mug"_s);
        dialog->findChild<QLineEdit*>(u"priceLineEdit"_s)->setText(u"300"_s);
        dialog->findChild<QPushButton*>(u"savePushButton"_s)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel*>(u"errorLabel"_s)->text().isEmpty());
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM gifts"_s).toInt(), 0);
        dialog->reject();
    }

    void theProgrammePageHasTheCatalogueAndTheRedeemDialogPointsToIt()
    {
        test::GuiFixture fixture;
        RulesPage page(fixture.context());
        QVERIFY(page.findChild<GiftCatalogEditor*>(u"giftCatalogEditor"_s));
        const qint64 member = fixture.addMember(u"Li Na"_s, u"13800138000"_s);
        GiftRedeemDialog redeem(fixture.context(Role::Clerk), member, 0);
        const QString text = redeem.findChild<QLabel*>(u"errorLabel"_s)->text();
        QVERIFY2(text.contains(u"Loyalty programme"_s), qPrintable(text));
        QVERIFY(!text.contains(u"memberdesk-cli"_s));
    }

    void onlyAGiftThatCanBeGivenIsOfferedAndTheClerkConfirms()
    {
        test::GuiFixture fixture;
        const qint64 member = fixture.addMember(u"Li Na"_s, u"13800138000"_s);
        QString error;
        qint64 id = 0;
        GiftCatalog catalog(fixture.context());
        QVERIFY2(catalog.add({u"Empty shelf"_s, 10, 0, true}, &id, &error), qPrintable(error));
        QVERIFY2(catalog.add({u"Too dear"_s, 500, 3, true}, &id, &error), qPrintable(error));
        qint64 umbrella = 0;
        QVERIFY2(catalog.add({u"Umbrella"_s, 50, 2, true}, &umbrella, &error), qPrintable(error));
        PointsAdjustment::Result adjusted;
        QVERIFY2(PointsAdjustment(fixture.context()).adjust(member, 80, u"welcome"_s, &adjusted, &error),
                 qPrintable(error));

        GiftRedeemDialog dialog(fixture.context(Role::Clerk), member, 80);
        auto* gifts = dialog.findChild<QListWidget*>(u"giftsListWidget"_s);
        QCOMPARE(gifts->count(), 3);
        // The gifts that cannot be given are listed (the member asks), greyed out, never preselected.
        QVERIFY(!(gifts->item(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(!(gifts->item(1)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(gifts->currentItem()->data(Qt::UserRole).toLongLong(), umbrella);
        // Cancelling the question gives nothing; answering yes does.
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY2(box->text().contains(u"Umbrella"_s), qPrintable(box->text()));
            box->button(QMessageBox::Cancel)->click();
        });
        dialog.accept();
        QCOMPARE(fixture.scalar(u"SELECT points FROM members WHERE id = %1"_s.arg(member)).toInt(), 80);
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        dialog.accept();
        QCOMPARE(fixture.scalar(u"SELECT points FROM members WHERE id = %1"_s.arg(member)).toInt(), 30);
    }
};

QTEST_MAIN(TestGiftCatalogEditor)
#include "TestGiftCatalogEditor.moc"

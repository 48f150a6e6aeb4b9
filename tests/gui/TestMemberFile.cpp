// SPDX-License-Identifier: GPL-3.0-or-later
// The member file from the counter: follow-ups and complaints by keyboard, owner-only points corrections.
#include "MainWindow.h"
#include "care/ComplaintDialog.h"
#include "care/FollowupDialog.h"
#include "care/MemberFileDialog.h"
#include "counter/CounterPage.h"
#include "loyalty/AdjustPointsDialog.h"
#include "services/CareRecords.h"
#include "settings/AppSettings.h"
#include "support/GuiFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestMemberFile : public QObject
{
    Q_OBJECT

private:
    static MemberFileDialog* openFile(MainWindow& window, qint64 memberId)
    {
        window.counterPage()->openMember(memberId);
        test::pressKey(Qt::Key_I, Qt::ControlModifier);
        MemberFileDialog* dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = window.findChild<MemberFileDialog*>()) != nullptr); }();
        [&] { QTRY_VERIFY(dialog->isVisible()); }();
        // The keyboard is in the file (on its timeline) once it is the active window.
        [&] { QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(dialog->timeline())); }();
        return dialog;
    }

    static bool timelineHas(QTreeWidget* timeline, const QString& text)
    {
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            for (int c = 0; c < timeline->columnCount(); ++c) {
                if (timeline->topLevelItem(i)->text(c).contains(text))
                    return true;
            }
        }
        return false;
    }

private slots:
    void followupAndComplaintByKeyboard()
    {
        test::GuiFixture fixture;
        const qint64 id = fixture.addMember(u"张回访"_s, u"13900000011"_s);
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        MemberFileDialog* file = openFile(window, id);
        QVERIFY(file);

        // Alt+F: follow-up; the cursor waits in the outcome; Enter saves.
        test::pressKey(Qt::Key_F, Qt::AltModifier);
        FollowupDialog* followup = nullptr;
        QTRY_VERIFY((followup = file->findChild<FollowupDialog*>()) != nullptr && followup->isVisible());
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"outcomeLineEdit"_s);
        test::typeText(u"happy with the coat"_s);
        test::pressKey(Qt::Key_Return);
        QTRY_VERIFY(file->findChild<FollowupDialog*>() == nullptr);
        QCOMPARE(fixture.scalar(u"SELECT outcome FROM followups WHERE member_id = %1"_s.arg(id)).toString(),
                 u"happy with the coat"_s);
        QTreeWidget* timeline = file->timeline();
        QVERIFY(timelineHas(timeline, u"happy with the coat"_s));
        QVERIFY(timeline->topLevelItem(0)->text(2).contains(u"happy with the coat"_s)); // newest first

        // Alt+C: complaint, then resolve it.
        test::pressKey(Qt::Key_C, Qt::AltModifier);
        ComplaintDialog* complaint = nullptr;
        QTRY_VERIFY((complaint = file->findChild<ComplaintDialog*>()) != nullptr && complaint->isVisible());
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"textLineEdit"_s);
        test::typeText(u"zip broke"_s);
        test::pressKey(Qt::Key_Return);
        QTRY_VERIFY(file->findChild<ComplaintDialog*>() == nullptr);
        QVERIFY(timelineHas(timeline, u"zip broke"_s));
        auto* resolve = file->findChild<QPushButton*>(u"resolvePushButton"_s);
        QVERIFY(resolve->isEnabled());
        resolve->click();
        QTRY_VERIFY((complaint = file->findChild<ComplaintDialog*>()) != nullptr && complaint->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget*>(complaint->findChild<QLineEdit*>(u"textLineEdit"_s)));
        test::pressKey(Qt::Key_Return); // an empty resolution is refused, the dialog stays
        QVERIFY(complaint->isVisible());
        QVERIFY(!complaint->findChild<QLabel*>(u"errorLabel"_s)->text().isEmpty());
        test::typeText(u"replaced"_s);
        const QPointer<ComplaintDialog> resolving = complaint;
        const auto errorText = [&] {
            return resolving ? resolving->findChild<QLabel*>(u"errorLabel"_s)->text() + u" / focus: "_s +
                                   QApplication::focusWidget()->objectName() + u" text: "_s +
                                   resolving->findChild<QLineEdit*>(u"textLineEdit"_s)->text()
                             : QString();
        };
        test::pressKey(Qt::Key_Return);
        QTRY_VERIFY2(resolving.isNull(), qPrintable(errorText()));
        QVERIFY(!fixture.scalar(u"SELECT resolved_at FROM complaints"_s).isNull());
        QVERIFY(!resolve->isEnabled());
    }

    void pointsAdjustmentNeedsAReason()
    {
        test::GuiFixture fixture;
        const qint64 id = fixture.addMember(u"李调整"_s, u"13900000012"_s);
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        MemberFileDialog* file = openFile(window, id);
        QVERIFY(file);
        auto* adjust = file->findChild<QPushButton*>(u"adjustPointsPushButton"_s);
        QVERIFY(adjust->isVisible());
        adjust->click();
        AdjustPointsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = file->findChild<AdjustPointsDialog*>()) != nullptr && dialog->isVisible());
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"pointsSpinBox"_s);
        test::typeText(u"500"_s);
        test::pressKey(Qt::Key_Return); // no reason
        QVERIFY(dialog->isVisible());
        auto* error = dialog->findChild<QLabel*>(u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"reason"_s, Qt::CaseInsensitive));
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM points_ledger"_s).toInt(), 0);

        dialog->findChild<QLineEdit*>(u"reasonLineEdit"_s)->setFocus();
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"reasonLineEdit"_s);
        test::typeText(u"goodwill"_s);
        test::pressKey(Qt::Key_Return);
        QTRY_VERIFY(file->findChild<AdjustPointsDialog*>() == nullptr);
        QCOMPARE(
            fixture.scalar(u"SELECT SUM(delta) FROM points_ledger WHERE member_id = %1"_s.arg(id)).toInt(),
            500);
        QVERIFY(timelineHas(file->timeline(), u"goodwill"_s));
    }

    void timelineIsPagedWithMore()
    {
        test::GuiFixture fixture;
        const int total = MemberFileDialog::kPageSize + 10; // follow-ups, one a day before today
        const QDateTime today = fixture.clock.now();
        fixture.clock.setNow(today.addDays(-total - 1)); // joined before them all
        const qint64 id = fixture.addMember(u"孙多次"_s, u"13900000014"_s);
        fixture.clock.setNow(today);
        CareRecords records(fixture.context());
        for (int i = 0; i < total; ++i) {
            FollowupInput input;
            input.time = fixture.clock.now().addDays(-i - 1);
            input.channel = u"phone"_s;
            input.outcome = u"call %1"_s.arg(i);
            qint64 followupId = 0;
            QString error;
            QVERIFY2(records.addFollowup(id, input, &followupId, &error), qPrintable(error));
        }
        MemberFileDialog file(fixture.context(), id);
        auto* more = file.findChild<QPushButton*>(u"morePushButton"_s);
        QCOMPARE(file.timeline()->topLevelItemCount(), MemberFileDialog::kPageSize);
        QVERIFY(file.timeline()->topLevelItem(0)->text(2).contains(u"call 0"_s)); // newest first
        QVERIFY(more->isEnabled());
        more->click();
        QCOMPARE(file.timeline()->topLevelItemCount(), total + 1);
        QVERIFY(file.timeline()->topLevelItem(total - 1)->text(2).contains(u"call %1"_s.arg(total - 1)));
        // The day the member joined closes the history, in the same columns as the rest.
        QTreeWidgetItem* joined = file.timeline()->topLevelItem(total);
        QCOMPARE(joined->text(1), u"Joined"_s);
        QVERIFY(joined->text(2).startsWith(u"card "_s));
        QCOMPARE(joined->toolTip(1), u"Joined"_s);
        QVERIFY(!joined->icon(1).isNull());
        QVERIFY(!more->isEnabled());
    }

    void clerkDoesNotSeePointsAdjustment()
    {
        test::GuiFixture fixture;
        const qint64 id = fixture.addMember(u"赵店员"_s, u"13900000013"_s);
        MemberFileDialog file(fixture.context(Role::Clerk), id);
        file.show();
        QVERIFY(!file.findChild<QPushButton*>(u"adjustPointsPushButton"_s)->isVisible());
        QVERIFY(file.findChild<QPushButton*>(u"followupPushButton"_s)->isVisible());
    }
};

QTEST_MAIN(TestMemberFile)
#include "TestMemberFile.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The guest lists of the audience builder from the keyboard and buttons: Delete takes the selected
// guests off, Put back returns them, Enter in the add field adds a member, Enter on a row opens it.
#include "GuiFixture.h"
#include "events/AudienceBuilderWidget.h"
#include "events/AudienceModel.h"
#include "events/EventService.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestAudienceListsKeyboard : public QObject
{
    Q_OBJECT

    static constexpr int kTimeoutMs = 30000;

    static qint64 addMember(test::GuiFixture& f, const QString& name, const QString& phone, bool consent)
    {
        MemberInput input;
        input.name = name;
        input.phone = phone;
        input.consent = consent;
        Member created;
        MemberSaveError error;
        if (!MemberService(f.context()).add(input, &created, &error))
            qFatal("cannot add member: %s", qPrintable(error.message));
        return created.id;
    }

    static Event makeEvent(test::GuiFixture& f)
    {
        EventInput input;
        input.title = u"春季VIP专场"_s;
        input.startsAt = QDateTime(f.clock.today(), QTime(11, 0));
        input.endsAt = QDateTime(f.clock.today(), QTime(14, 0));
        qint64 id = 0;
        QString error;
        if (!EventService(f.context()).create(input, &id, &error))
            qFatal("cannot create event: %s", qPrintable(error));
        Event event;
        if (!EventService(f.context()).get(id, &event, &error))
            qFatal("cannot read event: %s", qPrintable(error));
        return event;
    }

    static int rowOf(const AudienceModel* model, qint64 memberId)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->memberIdAt(row) == memberId)
                return row;
        return -1;
    }

private slots:
    void deleteRemovesPutBackReturnsEnterAddsAndOpens()
    {
        test::GuiFixture f;
        const qint64 wang = addMember(f, u"王芳"_s, u"13800000001"_s, true);
        const qint64 li = addMember(f, u"李强"_s, u"13800000002"_s, true);
        const qint64 chen = addMember(f, u"陈静"_s, u"13800000004"_s, false);
        AudienceBuilderWidget builder(f.context());
        builder.resize(1150, 620);
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        builder.setEvent(makeEvent(f));
        QTRY_VERIFY_WITH_TIMEOUT(!builder.isBusy(), kTimeoutMs);
        QCOMPARE(builder.matchedModel()->rowCount(), 2);

        auto* guests = builder.findChild<QTableView*>(u"matchedTableView"_s);
        auto* excluded = builder.findChild<QTableView*>(u"excludedTableView"_s);
        auto* lists = builder.findChild<QTabWidget*>(u"listsTabWidget"_s);
        auto* remove = builder.findChild<QPushButton*>(u"removePushButton"_s);
        auto* putBack = builder.findChild<QPushButton*>(u"putBackPushButton"_s);
        QVERIFY(!remove->isEnabled()); // nothing selected

        // Delete on the guest list takes the selected guest off; the count follows.
        guests->setFocus();
        guests->selectRow(rowOf(builder.matchedModel(), wang));
        QVERIFY(remove->isEnabled());
        test::pressKey(Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(!builder.isBusy(), kTimeoutMs);
        QCOMPARE(builder.matchedModel()->rowCount(), 1);
        QVERIFY(builder.currentFilter().removedMemberIds.contains(wang));
        const int removedRow = rowOf(builder.excludedModel(), wang);
        QVERIFY(removedRow >= 0);
        QCOMPARE(builder.excludedModel()->reasonAt(removedRow), ExclusionReason::ManuallyRemoved);
        QVERIFY(builder.hasUnsavedChanges());

        // Put back works only for members removed by hand, on the "Not invited" tab.
        lists->setCurrentIndex(1);
        excluded->selectRow(rowOf(builder.excludedModel(), chen));
        QVERIFY(!putBack->isEnabled()); // no consent: cannot be put back
        excluded->selectRow(rowOf(builder.excludedModel(), wang));
        QVERIFY(putBack->isEnabled());
        QTest::mouseClick(putBack, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!builder.isBusy(), kTimeoutMs);
        QCOMPARE(builder.matchedModel()->rowCount(), 2);
        QVERIFY(builder.currentFilter().removedMemberIds.isEmpty());
        QVERIFY(!builder.hasUnsavedChanges());

        // Enter in the add field: an unknown member is said and the text stays; a phone adds and clears.
        auto* add = builder.findChild<QLineEdit*>(u"addMemberLineEdit"_s);
        add->setFocus();
        test::typeText(u"13900000000"_s);
        test::pressKey(Qt::Key_Return);
        QCOMPARE(add->text(), u"13900000000"_s);
        QVERIFY(builder.currentFilter().addedMemberIds.isEmpty());
        add->clear();
        test::typeText(u"13800000004"_s);
        test::pressKey(Qt::Key_Return);
        QVERIFY(add->text().isEmpty());
        QCOMPARE(builder.currentFilter().addedMemberIds, QSet<qint64>({chen}));
        QTRY_VERIFY_WITH_TIMEOUT(!builder.isBusy(), kTimeoutMs);

        // Enter on a guest opens the member at the counter.
        lists->setCurrentIndex(0);
        QSignalSpy opened(&builder, &AudienceBuilderWidget::openMemberRequested);
        guests->setFocus();
        guests->setCurrentIndex(builder.matchedModel()->index(rowOf(builder.matchedModel(), li), 0));
        test::pressKey(Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), li);
    }
};

QTEST_MAIN(TestAudienceListsKeyboard)
#include "TestAudienceListsKeyboard.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "events/AddToEventDialog.h"
#include "events/AudienceBuilderWidget.h"
#include "events/AudienceModel.h"
#include "events/EventDialog.h"
#include "events/EventsPage.h"
#include "insight/InsightMemberList.h"
#include "insight/InsightPage.h"
#include "settings/AppSettings.h"
#include "support/GuiFixture.h"

#include "events/EventService.h"
#include "services/PurchaseService.h"

#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

/// An insight list feeding an event's guests: Insight → "Use as event audience…" → choose an event →
/// the members are saved as hand-added guests → the Events page shows them on the event's Guests tab.
class TestInsightToEvent : public QObject
{
    Q_OBJECT

private:
    static constexpr int kTimeoutMs = 60000;

    struct Shop
    {
        qint64 wang = 0;    ///< 王芳, consent
        qint64 li = 0;      ///< 李强, consent
        qint64 zhao = 0;    ///< 赵敏, consent
        qint64 chen = 0;    ///< 陈静, NO marketing consent
        qint64 sun = 0;     ///< 孙丽, consent, never bought (already a hand-added guest of the tasting)
        qint64 spring = 0;  ///< 春季VIP专场, tomorrow
        qint64 tasting = 0; ///< 新品品鉴会, next week: top tier plus 孙丽 and 王芳 added by hand
        qint64 past = 0;    ///< 年货节, last month
    };

    static qint64 addMember(test::GuiFixture& fixture, const QString& name, const QString& phone,
                            bool consent)
    {
        MemberInput input;
        input.name = name;
        input.phone = phone;
        input.consent = consent;
        Member created;
        MemberSaveError error;
        if (!MemberService(fixture.context()).add(input, &created, &error))
            qFatal("cannot add member: %s", qPrintable(error.message));
        return created.id;
    }

    static void buy(test::GuiFixture& fixture, qint64 member)
    {
        // The same purchase for everyone: the same RFM scores, so one segment lists all four buyers.
        PurchaseRequest request;
        request.memberId = member;
        request.grossFen = 12000;
        request.time = QDateTime(QDate(2026, 3, 10), QTime(11, 0));
        PurchaseResult result;
        QString error;
        if (!PurchaseService(fixture.context()).record(request, &result, &error))
            qFatal("cannot record purchase: %s", qPrintable(error));
    }

    static qint64 makeEvent(test::GuiFixture& fixture, const QString& title, const QDateTime& start,
                            const QByteArray& audience = {})
    {
        EventInput input;
        input.title = title;
        input.startsAt = start;
        input.endsAt = start.addSecs(3 * 3600);
        input.place = u"本店二楼"_s;
        qint64 id = 0;
        QString error;
        if (!EventService(fixture.context()).create(input, &id, &error))
            qFatal("cannot create event: %s", qPrintable(error));
        if (!audience.isEmpty()) {
            AudienceFilter filter;
            if (!AudienceFilter::fromJson(QJsonDocument::fromJson(audience).object(), &filter, &error) ||
                !EventService(fixture.context()).setAudience(id, filter, &error))
                qFatal("cannot set audience: %s", qPrintable(error));
        }
        return id;
    }

    static Shop makeShop(test::GuiFixture& fixture, bool upcomingEvents = true)
    {
        Shop shop;
        shop.wang = addMember(fixture, u"王芳"_s, u"13800000001"_s, true);
        shop.li = addMember(fixture, u"李强"_s, u"13800000002"_s, true);
        shop.zhao = addMember(fixture, u"赵敏"_s, u"13800000003"_s, true);
        shop.chen = addMember(fixture, u"陈静"_s, u"13800000004"_s, false);
        shop.sun = addMember(fixture, u"孙丽"_s, u"13800000005"_s, true);
        for (qint64 id : {shop.wang, shop.li, shop.zhao, shop.chen})
            buy(fixture, id);
        shop.past = makeEvent(fixture, u"年货节"_s, QDateTime(QDate(2026, 2, 1), QTime(14, 0)));
        if (upcomingEvents) {
            shop.spring = makeEvent(fixture, u"春季VIP专场"_s, QDateTime(QDate(2026, 3, 16), QTime(18, 0)));
            shop.tasting =
                makeEvent(fixture, u"新品品鉴会"_s, QDateTime(QDate(2026, 3, 22), QTime(14, 0)),
                          u"{\"tiers\":[2],\"added\":[%1,%2]}"_s.arg(shop.sun).arg(shop.wang).toUtf8());
        }
        return shop;
    }

    static Event event(test::GuiFixture& fixture, qint64 id)
    {
        Event e;
        QString error;
        if (!EventService(fixture.context()).get(id, &e, &error))
            qFatal("cannot read event: %s", qPrintable(error));
        return e;
    }

    static QStringList names(const AudienceModel* model)
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, AudienceModel::NameColumn).data().toString();
        out.sort();
        return out;
    }

    /// Opens Insight in `window`, waits for the computation and lists the segment all four buyers share.
    static bool showBuyers(MainWindow& window)
    {
        window.showPage(MainWindow::InsightPageIndex);
        InsightPage* insight = window.insightPage();
        if (!QTest::qWaitFor([&] { return !insight->isComputing() && insight->snapshot().ok; }, kTimeoutMs))
            return false;
        insight->showSegment(insight->snapshot().rfm.members.first().segment);
        return insight->memberList()->memberIds().size() == 4;
    }

    static int audits(test::GuiFixture& fixture)
    {
        return fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'event.audience'"_s).toInt();
    }

private slots:
    void insightListJoinsTheChosenEventsGuests()
    {
        test::GuiFixture fixture;
        const Shop shop = makeShop(fixture);
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(showBuyers(window));
        InsightMemberList* list = window.insightPage()->memberList();
        QVector<qint64> ids = list->memberIds();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QVector<qint64>{shop.wang, shop.li, shop.zhao, shop.chen}));

        auto* use = list->findChild<QPushButton*>(u"audiencePushButton"_s);
        QVERIFY(use->isVisibleTo(&window));
        QVERIFY(use->isEnabled());
        const int auditsBefore = audits(fixture);
        use->click();

        AddToEventDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AddToEventDialog*>()) && dialog->isVisible());
        const QString heading = dialog->findChild<QLabel*>(u"headingLabel"_s)->text();
        QVERIFY2(heading.contains(u"4"_s) && heading.contains(list->listName()), qPrintable(heading));
        // The upcoming events, soonest first, then "New event…"; the past one is not offered.
        QListWidget* events = dialog->eventList();
        QCOMPARE(events->count(), 3);
        QVERIFY(events->item(0)->text().startsWith(u"春季VIP专场"_s));
        QVERIFY(events->item(1)->text().startsWith(u"新品品鉴会"_s));
        QVERIFY(events->item(2)->text().contains(u"New event"_s));
        QCOMPARE(events->currentRow(), 0);
        QVERIFY(!dialog->chooseEvent(shop.past));

        // Keyboard: down to the tasting, Enter.
        QApplication::setActiveWindow(dialog);
        events->setFocus();
        QTRY_VERIFY(events->hasFocus());
        test::pressKey(Qt::Key_Down);
        QCOMPARE(events->currentRow(), 1);
        test::pressKey(Qt::Key_Return);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QTRY_VERIFY(!window.findChild<AddToEventDialog*>()); // closed and gone

        // Saved through core, once, audited: the criteria and earlier additions kept, nobody twice.
        const Event tasting = event(fixture, shop.tasting);
        QCOMPARE(tasting.audience.tiers, QVector<int>{2});
        QCOMPARE(tasting.audience.addedMemberIds,
                 (QSet<qint64>{shop.wang, shop.li, shop.zhao, shop.chen, shop.sun}));
        QVERIFY(event(fixture, shop.spring).audience.addedMemberIds.isEmpty());
        QCOMPARE(audits(fixture), auditsBefore + 1);
        const QString summary = window.statusBar()->currentMessage();
        QVERIFY2(summary.contains(u"3 member(s)"_s) && summary.contains(u"新品品鉴会"_s) &&
                     summary.contains(u"1 member(s) were already"_s),
                 qPrintable(summary));

        // The Events page is open on the tasting's Guests tab: the four with consent in, 陈静 excluded.
        auto* nav = window.findChild<QListWidget*>(u"navigationListWidget"_s);
        QCOMPARE(nav->currentRow(), window.eventsPageIndex());
        EventsPage* page = window.eventsPage();
        QCOMPARE(page->currentEventId(), shop.tasting);
        QCOMPARE(page->tabs()->currentIndex(), int(EventsPage::GuestsTab));
        AudienceBuilderWidget* builder = page->audienceBuilder();
        QTRY_VERIFY_WITH_TIMEOUT(!builder->isBusy(), kTimeoutMs);
        QVERIFY(!builder->hasUnsavedChanges());
        QCOMPARE(names(builder->matchedModel()), (QStringList{u"孙丽"_s, u"李强"_s, u"王芳"_s, u"赵敏"_s}));
        QCOMPARE(names(builder->excludedModel()), QStringList{u"陈静"_s});
        QVERIFY(builder->excludedModel()->reasonAt(0) == ExclusionReason::NoConsent);
        QVERIFY(builder->excludedModel()
                    ->index(0, AudienceModel::NoteColumn)
                    .data()
                    .toString()
                    .contains(AudienceBuilder::reasonText(ExclusionReason::NoConsent)));

        // The same list again, to the event already shown: nothing duplicated, nothing written, said so.
        window.showPage(MainWindow::InsightPageIndex);
        use->click();
        QTRY_VERIFY((dialog = window.findChild<AddToEventDialog*>()) && dialog->isVisible());
        QVERIFY(dialog->chooseEvent(shop.tasting));
        dialog->findChild<QPushButton*>(u"addPushButton"_s)->click();
        QTRY_VERIFY(!window.findChild<AddToEventDialog*>());
        QCOMPARE(event(fixture, shop.tasting).audience, tasting.audience);
        QCOMPARE(audits(fixture), auditsBefore + 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"already"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(page->currentEventId(), shop.tasting);
        QCOMPARE(page->tabs()->currentIndex(), int(EventsPage::GuestsTab));
    }

    void noUpcomingEventPlansOneStraightAway()
    {
        test::GuiFixture fixture;
        const Shop shop = makeShop(fixture, false);
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show();
        const QVector<qint64> ids{shop.li, shop.zhao};

        // Cancelled: nothing written, nothing left open.
        emit window.insightPage()->eventAudienceRequested(u"Champions"_s, ids);
        EventDialog* plan = nullptr;
        QTRY_VERIFY((plan = window.findChild<EventDialog*>()) && plan->isVisible());
        QVERIFY(!window.findChild<AddToEventDialog*>()->isVisible()); // the chooser has nothing to offer
        QVERIFY2(plan->windowTitle().contains(u"Champions"_s), qPrintable(plan->windowTitle()));
        plan->reject();
        QTRY_VERIFY(!window.findChild<EventDialog*>() && !window.findChild<AddToEventDialog*>());
        QCOMPARE(EventService(fixture.context()).list().size(), 1);

        // Planned: the new event holds the two as its guests and the Events page shows it.
        emit window.insightPage()->eventAudienceRequested(u"Champions"_s, ids);
        QTRY_VERIFY((plan = window.findChild<EventDialog*>()) && plan->isVisible());
        plan->findChild<QLineEdit*>(u"titleLineEdit"_s)->setText(u"会员答谢日"_s);
        plan->findChild<QDateEdit*>(u"dateDateEdit"_s)->setDate(QDate(2026, 3, 21));
        plan->findChild<QTimeEdit*>(u"startTimeEdit"_s)->setTime(QTime(14, 0));
        plan->findChild<QTimeEdit*>(u"endTimeEdit"_s)->setTime(QTime(17, 0));
        plan->accept();
        QVERIFY2(plan->errorText().isEmpty(), qPrintable(plan->errorText()));
        QTRY_VERIFY(!window.findChild<EventDialog*>() && !window.findChild<AddToEventDialog*>());
        const QVector<Event> upcoming = EventService(fixture.context()).list(EventService::Which::Upcoming);
        QCOMPARE(upcoming.size(), 1);
        QCOMPARE(upcoming.first().title, u"会员答谢日"_s);
        QCOMPARE(upcoming.first().audience.addedMemberIds, (QSet<qint64>{shop.li, shop.zhao}));
        QVERIFY(!upcoming.first().audience.hasCriteria());
        EventsPage* page = window.eventsPage();
        QCOMPARE(page->currentEventId(), upcoming.first().id);
        QCOMPARE(page->tabs()->currentIndex(), int(EventsPage::GuestsTab));
        QTRY_VERIFY_WITH_TIMEOUT(!page->audienceBuilder()->isBusy(), kTimeoutMs);
        // No criteria and two added: everyone who consented is in (an empty filter means "all members").
        QVERIFY(names(page->audienceBuilder()->matchedModel()).contains(u"李强"_s));
        QVERIFY(names(page->audienceBuilder()->matchedModel()).contains(u"赵敏"_s));
    }

    void failuresAreExplainedAndNothingIsWritten()
    {
        test::GuiFixture fixture;
        const Shop shop = makeShop(fixture);
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show();
        const int auditsBefore = audits(fixture);

        // A guest list that cannot be read is not overwritten.
        QSqlQuery damage(fixture.db.sql());
        QVERIFY(damage.exec(
            u"UPDATE events SET audience = '{\"tiers\":\"x\"}' WHERE id = %1"_s.arg(shop.spring)));
        emit window.insightPage()->eventAudienceRequested(u"Win back"_s, {shop.li});
        AddToEventDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AddToEventDialog*>()) && dialog->isVisible());
        QVERIFY(dialog->chooseEvent(shop.spring));
        dialog->accept();
        QVERIFY2(dialog->errorText().contains(u"cannot be read"_s), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(fixture.scalar(u"SELECT audience FROM events WHERE id = %1"_s.arg(shop.spring)).toString(),
                 u"{\"tiers\":\"x\"}"_s);

        // An event that ended while the dialog was open.
        fixture.clock.setNow(QDateTime(QDate(2026, 3, 22), QTime(18, 0)));
        QVERIFY(dialog->chooseEvent(shop.tasting));
        dialog->accept();
        QVERIFY2(dialog->errorText().contains(u"is over"_s), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(audits(fixture), auditsBefore);
        dialog->reject();
        QTRY_VERIFY(!window.findChild<AddToEventDialog*>());
        QCOMPARE(window.findChild<QListWidget*>(u"navigationListWidget"_s)->currentRow(),
                 int(MainWindow::CounterPageIndex)); // stayed where it was

        // Core refuses a clerk (the GUI never offers it to one, but core is the gate).
        QString summary;
        QString error;
        QVERIFY(!AddToEventDialog::addMembers(fixture.context(Role::Clerk), shop.tasting, u"x"_s, {shop.li},
                                              &summary, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!AddToEventDialog::addMembers(fixture.context(), 9999, u"x"_s, {shop.li}, &summary, &error));
        QVERIFY2(error.contains(u"9999"_s), qPrintable(error));
        QVERIFY(!AddToEventDialog::addMembers(fixture.context(), shop.tasting, u"x"_s, {}, &summary, &error));
        QVERIFY2(error.contains(u"no members"_s), qPrintable(error));
        QCOMPARE(audits(fixture), auditsBefore);
    }

    void anEditedGuestListIsSettledFirst()
    {
        test::GuiFixture fixture;
        const Shop shop = makeShop(fixture);
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show();
        window.showPage(window.eventsPageIndex());
        EventsPage* page = window.eventsPage();
        QVERIFY(page->selectEvent(shop.spring));
        AudienceBuilderWidget* builder = page->audienceBuilder();
        QTRY_VERIFY_WITH_TIMEOUT(!builder->isBusy(), kTimeoutMs);
        builder->addMemberId(shop.sun); // typed on the Guests tab, not saved yet
        QVERIFY(builder->hasUnsavedChanges());

        // Cancel: the edit stays where it is and nothing opens.
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        emit window.insightPage()->eventAudienceRequested(u"Win back"_s, {shop.li});
        QVERIFY(!window.findChild<AddToEventDialog*>());
        QVERIFY(builder->hasUnsavedChanges());
        QVERIFY(event(fixture, shop.spring).audience.addedMemberIds.isEmpty());

        // Save: the edit is kept, and the list joins it.
        answer(QMessageBox::Save);
        emit window.insightPage()->eventAudienceRequested(u"Win back"_s, {shop.li});
        QCOMPARE(event(fixture, shop.spring).audience.addedMemberIds, QSet<qint64>{shop.sun});
        AddToEventDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AddToEventDialog*>()) && dialog->isVisible());
        QVERIFY(dialog->chooseEvent(shop.spring));
        dialog->accept();
        QTRY_VERIFY(!window.findChild<AddToEventDialog*>());
        QCOMPARE(event(fixture, shop.spring).audience.addedMemberIds, (QSet<qint64>{shop.sun, shop.li}));
        QCOMPARE(page->currentEventId(), shop.spring);
        QVERIFY(!builder->hasUnsavedChanges()); // shows what is saved now
        QCOMPARE(builder->currentFilter().addedMemberIds, (QSet<qint64>{shop.sun, shop.li}));
    }

    void clerksAreNotOffered()
    {
        test::GuiFixture fixture;
        makeShop(fixture);
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(Role::Clerk), settings);
        window.show();
        QVERIFY(showBuyers(window));
        InsightMemberList* list = window.insightPage()->memberList();
        QVERIFY(!list->findChild<QPushButton*>(u"audiencePushButton"_s)->isVisibleTo(&window));
        // Nothing takes the list in a clerk's window.
        emit window.insightPage()->eventAudienceRequested(u"Champions"_s, list->memberIds());
        QVERIFY(!window.findChild<AddToEventDialog*>());
        QVERIFY(!window.findChild<EventDialog*>());
    }
};

QTEST_MAIN(TestInsightToEvent)
#include "TestInsightToEvent.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "common/Formatting.h"
#include "events/AudienceBuilderWidget.h"
#include "events/AudienceModel.h"
#include "events/CheckInWidget.h"
#include "events/EventDialog.h"
#include "events/EventRoiPanel.h"
#include "events/EventsPage.h"
#include "events/InvitationDesigner.h"
#include "events/InvitationPreview.h"
#include "settings/AppSettings.h"
#include "support/GuiFixture.h"

#include "documents/StoreBranding.h"
#include "events/EventCheckIn.h"
#include "events/EventInvitations.h"
#include "events/EventRoi.h"
#include "events/EventService.h"
#include "services/PurchaseService.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestEventsPage : public QObject
{
    Q_OBJECT

private:
    static constexpr int kTimeoutMs = 30000;

    static qint64 addMember(test::GuiFixture& fixture, const QString& name, const QString& phone,
                            Gender gender, bool consent, const QDate& birthday)
    {
        MemberInput input;
        input.name = name;
        input.phone = phone;
        input.gender = gender;
        input.consent = consent;
        input.birthday = birthday;
        Member created;
        MemberSaveError error;
        if (!MemberService(fixture.context()).add(input, &created, &error))
            qFatal("cannot add member: %s", qPrintable(error.message));
        return created.id;
    }

    /// Four members: three who consented (two born in May), one born in May who did not.
    struct Shop
    {
        qint64 wang = 0; ///< 王芳, female, May, consent
        qint64 li = 0;   ///< 李强, male, May, consent
        qint64 zhao = 0; ///< 赵敏, female, June, consent
        qint64 chen = 0; ///< 陈静, female, May, NO consent
    };
    static Shop makeShop(test::GuiFixture& fixture)
    {
        Shop shop;
        shop.wang = addMember(fixture, u"王芳"_s, u"13800000001"_s, Gender::Female, true, QDate(1988, 5, 3));
        shop.li = addMember(fixture, u"李强"_s, u"13800000002"_s, Gender::Male, true, QDate(1979, 5, 21));
        shop.zhao = addMember(fixture, u"赵敏"_s, u"13800000003"_s, Gender::Female, true, QDate(1990, 6, 9));
        shop.chen =
            addMember(fixture, u"陈静"_s, u"13800000004"_s, Gender::Female, false, QDate(1985, 5, 30));
        return shop;
    }

    /// Today 11:00–14:00 (the fixture's clock is 10:00): invitations can be written and the door is open.
    static qint64 makeEvent(test::GuiFixture& fixture, std::optional<int> capacity = {}, Fen cost = 50000)
    {
        EventInput input;
        input.title = u"春季VIP专场"_s;
        input.startsAt = QDateTime(fixture.clock.today(), QTime(11, 0));
        input.endsAt = QDateTime(fixture.clock.today(), QTime(14, 0));
        input.place = u"本店二楼"_s;
        input.offer = u"全场8折"_s;
        input.costFen = cost;
        input.capacity = capacity;
        qint64 id = 0;
        QString error;
        if (!EventService(fixture.context()).create(input, &id, &error))
            qFatal("cannot create event: %s", qPrintable(error));
        return id;
    }

    static QStringList names(const AudienceModel* model)
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, AudienceModel::NameColumn).data().toString();
        out.sort();
        return out;
    }

private slots:
    // The guest list at the main window's default size, in English (the widest of the three languages at
    // the criteria beside it): every column fits without a scroll bar, no value is cut, and a long
    // header ("Spent, 12 months") breaks between words onto the two lines the header has room for.
    void guestListColumnsFitAtTheDefaultSize()
    {
        test::GuiFixture fixture;
        makeShop(fixture);
        // A guest as a shop's demo has them: a long card number, a five-figure spend, a visit yesterday.
        MemberInput input;
        input.name = u"刘波宁"_s;
        input.phone = u"17015101240"_s;
        input.card = u"800000001449"_s;
        input.consent = true;
        Member regular;
        MemberSaveError saveError;
        QVERIFY(MemberService(fixture.context()).add(input, &regular, &saveError));
        const QDateTime now = fixture.clock.now();
        fixture.clock.setNow(now.addDays(-1));
        PurchaseRequest sale;
        sale.memberId = regular.id;
        sale.grossFen = 1961751;
        PurchaseResult result;
        QString error;
        QVERIFY2(PurchaseService(fixture.context()).record(sale, &result, &error), qPrintable(error));
        fixture.clock.setNow(now);
        const qint64 eventId = makeEvent(fixture);
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show(); // no saved geometry: the default size
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        test::pressKey(Qt::Key_F9);
        QVERIFY(window.eventsPage()->showGuestsOf(eventId));
        AudienceBuilderWidget* builder = window.eventsPage()->audienceBuilder();
        QTRY_VERIFY_WITH_TIMEOUT(!builder->isBusy(), kTimeoutMs);
        {
            const QString name = u"matchedTableView"_s;
            auto* view = builder->findChild<QTableView*>(name);
            QTRY_VERIFY(view->isVisible());
            QHeaderView* header = view->horizontalHeader();
            const QFontMetrics metrics(header->font());
            const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            int right = 0;
            for (int column = 0; column < header->count(); ++column) {
                if (view->isColumnHidden(column))
                    continue;
                const int width = view->columnWidth(column);
                right = qMax(right, header->sectionViewportPosition(column) + width);
                QVERIFY2(width >= static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column),
                         qPrintable(name));
                const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
                for (const QString& word : text.split(u' '))
                    QVERIFY2(metrics.horizontalAdvance(word) + margins <= width, qPrintable(text));
                const QRect wrapped =
                    metrics.boundingRect(QRect(0, 0, width - margins, 1000), Qt::TextWordWrap, text);
                QVERIFY2(wrapped.height() <= header->height(), qPrintable(text));
            }
            QVERIFY2(right <= view->viewport()->width(),
                     qPrintable(u"%1: columns end at %2, the list is %3 wide"_s.arg(name).arg(right).arg(
                         view->viewport()->width())));
            QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        }
        QCOMPARE(builder->matchedModel()->headerData(AudienceModel::SpendColumn, Qt::Horizontal).toString(),
                 u"Spent, 12 months"_s);
        {
            // Widened, the list fits its headers on one line; narrowed again, they wrap again.
            auto* view = builder->findChild<QTableView*>(u"matchedTableView"_s);
            const int oneLine = view->horizontalHeader()->fontMetrics().lineSpacing() * 2;
            const int spent = view->columnWidth(AudienceModel::SpendColumn);
            const QSize size = window.size();
            window.resize(2400, size.height());
            QTRY_VERIFY(view->columnWidth(AudienceModel::SpendColumn) > spent);
            QTRY_VERIFY(view->horizontalHeader()->height() < oneLine);
            window.resize(size);
            QTRY_COMPARE(view->columnWidth(AudienceModel::SpendColumn), spent);
        }

        // "Not invited": the reason, what that list is for, stands whole beside the name.
        auto* excluded = builder->findChild<QTableView*>(u"excludedTableView"_s);
        builder->findChild<QTabWidget*>(u"listsTabWidget"_s)->setCurrentWidget(excluded);
        QTRY_VERIFY(excluded->isVisible());
        QCOMPARE(excluded->horizontalHeader()->visualIndex(AudienceModel::NoteColumn), 1);
        const int why = AudienceModel::NoteColumn;
        QVERIFY(excluded->columnWidth(why) >=
                static_cast<QAbstractItemView*>(excluded)->sizeHintForColumn(why));
        QVERIFY(excluded->horizontalHeader()->sectionViewportPosition(why) + excluded->columnWidth(why) <=
                excluded->viewport()->width());
    }

    void dialogCreatesAnEventAndShowsCoreValidation()
    {
        test::GuiFixture fixture;
        EventsPage page(fixture.context());
        QVERIFY(page.canPlan());
        QVERIFY(page.findChild<QLabel*>(u"placeholderLabel"_s)->text().contains(u"New event"_s)); // none yet
        EventDialog dialog(fixture.context(), 0);
        auto* title = dialog.findChild<QLineEdit*>(u"titleLineEdit"_s);
        auto* cost = dialog.findChild<QLineEdit*>(u"costLineEdit"_s);
        auto* capacity = dialog.findChild<QSpinBox*>(u"capacitySpinBox"_s);
        dialog.findChild<QDateEdit*>(u"dateDateEdit"_s)->setDate(QDate(2026, 3, 21));
        dialog.findChild<QTimeEdit*>(u"startTimeEdit"_s)->setTime(QTime(14, 0));
        dialog.findChild<QTimeEdit*>(u"endTimeEdit"_s)->setTime(QTime(17, 30));
        dialog.findChild<QLineEdit*>(u"placeLineEdit"_s)->setText(u"本店"_s);

        // No title: core's sentence, the dialog stays open, nothing written.
        dialog.accept();
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(EventService(fixture.context()).list().size(), 0);

        // A cost that is not an amount names the field.
        title->setText(u"春季VIP专场"_s);
        cost->setText(u"12.345"_s);
        dialog.accept();
        QVERIFY2(dialog.errorText().startsWith(u"Cost"_s), qPrintable(dialog.errorText()));
        QCOMPARE(EventService(fixture.context()).list().size(), 0);

        cost->setText(u"1,234.50"_s);
        capacity->setValue(30);
        QSignalSpy saved(&dialog, &EventDialog::saved);
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty() || dialog.result() == QDialog::Accepted,
                 qPrintable(dialog.errorText()));
        QCOMPARE(saved.count(), 1);
        Event event;
        QString error;
        QVERIFY2(EventService(fixture.context()).get(dialog.eventId(), &event, &error), qPrintable(error));
        QCOMPARE(event.title, u"春季VIP专场"_s);
        QCOMPARE(event.startsAt, QDateTime(QDate(2026, 3, 21), QTime(14, 0)));
        QCOMPARE(event.endsAt, QDateTime(QDate(2026, 3, 21), QTime(17, 30)));
        QCOMPARE(event.costFen, Fen(123450));
        QCOMPARE(event.capacity.value_or(0), 30);

        // The list shows it under Upcoming with its counts; editing keeps the cost in yuan.
        page.reload();
        QVERIFY(page.selectEvent(event.id));
        auto* list = page.eventList();
        QVERIFY(list->topLevelItem(0)->text(0).contains(u"(1)"_s));
        QTreeWidgetItem* row = list->currentItem();
        QVERIFY(row->text(0).contains(u"春季VIP专场"_s));
        QVERIFY(row->text(0).contains(u"本店"_s));
        QCOMPARE(row->text(1), u"0"_s);
        EventDialog edit(fixture.context(), event.id);
        QCOMPARE(edit.findChild<QLineEdit*>(u"costLineEdit"_s)->text(), u"1234.50"_s);
        QCOMPARE(edit.findChild<QSpinBox*>(u"capacitySpinBox"_s)->value(), 30);
    }

    void audienceCountFollowsTheFilterAndShowsConsentExclusions()
    {
        test::GuiFixture fixture;
        const Shop shop = makeShop(fixture);
        const qint64 eventId = makeEvent(fixture);
        EventsPage page(fixture.context());
        page.resize(1200, 700);
        QVERIFY(page.selectEvent(eventId));
        AudienceBuilderWidget* builder = page.audienceBuilder();
        QAbstractItemModelTester matchedTester(builder->matchedModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester excludedTester(builder->excludedModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!builder->isBusy(), kTimeoutMs);

        // No criterion: every consenting member; the one without consent is listed with the reason.
        QCOMPARE(builder->audience().count(), 3);
        QCOMPARE(names(builder->matchedModel()), QStringList({u"李强"_s, u"王芳"_s, u"赵敏"_s}));
        QCOMPARE(builder->excludedModel()->rowCount(), 1);
        QCOMPARE(builder->excludedModel()->memberIdAt(0), shop.chen);
        QCOMPARE(builder->excludedModel()->index(0, AudienceModel::NoteColumn).data().toString(),
                 AudienceBuilder::reasonText(ExclusionReason::NoConsent));
        auto* count = builder->findChild<QLabel*>(u"countLabel"_s);
        QVERIFY2(count->text().startsWith(u"3 guest"_s), qPrintable(count->text()));
        auto* warnings = builder->findChild<QLabel*>(u"warningsLabel"_s);
        QVERIFY(warnings->isVisibleTo(builder));
        QVERIFY2(warnings->text().contains(u"consent"_s), qPrintable(warnings->text()));
        auto* lists = builder->findChild<QTabWidget*>(u"listsTabWidget"_s);
        QCOMPARE(lists->tabText(1), u"Not invited (1)"_s);
        auto* noCriteria = builder->findChild<QLabel*>(u"noCriteriaLabel"_s);
        QVERIFY(noCriteria->isVisibleTo(builder));

        // Birthday in May: the count follows (debounced, off the GUI thread), and the "no criterion"
        // note goes: it would say everyone who consented is invited.
        auto* month = builder->findChild<QComboBox*>(u"birthdayMonthComboBox"_s);
        month->setCurrentIndex(month->findData(5));
        QVERIFY(!noCriteria->isVisibleTo(builder));
        QVERIFY(builder->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!builder->isBusy(), kTimeoutMs);
        QCOMPARE(names(builder->matchedModel()), QStringList({u"李强"_s, u"王芳"_s}));
        QVERIFY2(count->text().startsWith(u"2 guest"_s), qPrintable(count->text()));
        QCOMPARE(builder->excludedModel()->memberIdAt(0), shop.chen); // still shown, still why
        QVERIFY(builder->hasUnsavedChanges());

        // By hand: add 赵敏 (June) by phone, take 李强 off; the excluded list says why.
        QVERIFY(builder->addMember(u"13800000003"_s));
        builder->removeMemberIds({shop.li});
        QTRY_VERIFY_WITH_TIMEOUT(!builder->isBusy(), kTimeoutMs);
        QCOMPARE(names(builder->matchedModel()), QStringList({u"王芳"_s, u"赵敏"_s}));
        bool removedShown = false;
        for (int row = 0; row < builder->excludedModel()->rowCount(); ++row)
            removedShown |= builder->excludedModel()->memberIdAt(row) == shop.li &&
                            builder->excludedModel()->reasonAt(row) == ExclusionReason::ManuallyRemoved;
        QVERIFY(removedShown);
        QVERIFY(!builder->addMember(u"nobody-like-this"_s));

        // Saved with the event; a fresh page shows the same list.
        QVERIFY(builder->save());
        QVERIFY(!builder->hasUnsavedChanges());
        EventsPage again(fixture.context());
        QVERIFY(again.selectEvent(eventId));
        QTRY_VERIFY_WITH_TIMEOUT(!again.audienceBuilder()->isBusy(), kTimeoutMs);
        QCOMPARE(names(again.audienceBuilder()->matchedModel()), QStringList({u"王芳"_s, u"赵敏"_s}));
        QCOMPARE(again.audienceBuilder()->currentFilter().birthdayMonth.value_or(0), 5);

        // The CSV has every row with its status.
        const QString csv = fixture.dir.filePath(u"guests.csv"_s);
        QVERIFY(builder->exportTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"王芳"_s));
        QVERIFY(text.contains(u"陈静"_s) || text.contains(u"no_consent"_s) ||
                text.contains(AudienceBuilder::reasonText(ExclusionReason::NoConsent)));
    }

    void invitingThenCheckingInByTokenAndARepeatIsRefused()
    {
        test::GuiFixture fixture;
        const Shop shop = makeShop(fixture);
        const qint64 eventId = makeEvent(fixture);
        EventsPage page(fixture.context());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectEvent(eventId));
        AudienceBuilderWidget* builder = page.audienceBuilder();
        QTRY_VERIFY_WITH_TIMEOUT(!builder->isBusy(), kTimeoutMs);
        QVERIFY(builder->writeInvitations());
        QCOMPARE(EventInvitations(fixture.context()).list(eventId).size(), 3);
        QCOMPARE(page.currentEvent().invited, 3);
        QCOMPARE(page.eventList()->currentItem()->text(1), u"3"_s);

        // The designer previews a real guest and offers every invitation for print.
        InvitationDesigner* designer = page.designer();
        QCOMPARE(designer->guestCount(), 3);
        QVERIFY(designer->preview()->hasInvitation());
        designer->setTemplateText(u"{nmae}"_s);
        QTRY_VERIFY(!designer->preview()->hasInvitation()); // the unknown placeholder is named instead
        QVERIFY(designer->preview()->message().contains(u"nmae"_s));
        QVERIFY(!designer->saveTemplate()); // core refuses it too, with the same words
        QVERIFY(designer->messageText().contains(u"nmae"_s));

        // A logo from a file (kept in the database), the default text, four cards on one A4 PDF page.
        QImage logo(240, 80, QImage::Format_RGB32);
        logo.fill(QColor(0xc0, 0x30, 0x30));
        const QString logoFile = fixture.dir.filePath(u"logo.png"_s);
        QVERIFY(logo.save(logoFile));
        QVERIFY2(designer->setLogoFile(logoFile), qPrintable(designer->messageText()));
        StoreBranding branding;
        QString brandingError;
        QVERIFY(StoreBranding::load(SettingsRepository(fixture.db), &branding, &brandingError));
        QVERIFY(!branding.logo.isNull());
        QVERIFY(!designer->setLogoFile(fixture.dir.filePath(u"missing.png"_s)));
        // Far too much text for an A6 card: the preview still shows it, and the designer says so.
        designer->setLayout(InvitationLayout::A6);
        designer->setTemplateText(u"{event}\n\n"_s +
                                  QString(u"我们诚挚地邀请您参加本店的会员答谢活动。"_s).repeated(80));
        auto* problems = designer->findChild<QLabel*>(u"problemsLabel"_s);
        QTRY_VERIFY(problems->isVisibleTo(designer) && problems->text().contains(u"too long"_s));
        QVERIFY(designer->preview()->hasInvitation());
        // "Reset to the default" is an edit: Ctrl+Z brings the shop's own text back.
        auto* text = designer->findChild<QPlainTextEdit*>();
        const QString own = text->toPlainText();
        designer->findChild<QPushButton*>(u"defaultTemplatePushButton"_s)->click();
        QCOMPARE(text->toPlainText(), InvitationTemplate::defaultText());
        text->undo();
        QCOMPARE(text->toPlainText(), own);
        text->redo();
        QCOMPARE(text->toPlainText(), InvitationTemplate::defaultText());
        QTRY_VERIFY(designer->preview()->hasInvitation());
        QVERIFY(designer->saveTemplate());
        Event saved;
        QVERIFY(EventService(fixture.context()).get(eventId, &saved, &brandingError));
        QCOMPARE(saved.invitationTemplate, InvitationTemplate::defaultText());
        designer->setLayout(InvitationLayout::A4FourUp);
        QSignalSpy written(designer, &InvitationDesigner::pdfWritten);
        const QString pdf = fixture.dir.filePath(u"invitations.pdf"_s);
        QVERIFY(designer->savePdf(pdf));
        QTRY_VERIFY_WITH_TIMEOUT(!designer->isWritingPdf() && written.count() == 1, kTimeoutMs);
        QCOMPARE(written.at(0).at(1).toInt(), 1); // three guests, four cards a page
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QCOMPARE(
            fixture.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'event.invitations'"_s).toInt(),
            1);

        QString token;
        for (const Invitation& invitation : EventInvitations(fixture.context()).list(eventId))
            if (invitation.memberId == shop.wang)
                token = invitation.token;
        QVERIFY(!token.isEmpty());

        // The door: type the token as the scanner does (keystrokes + Enter).
        page.showTab(EventsPage::CheckInTab);
        auto* input = page.checkIn()->findChild<QLineEdit*>(u"checkInLineEdit"_s);
        QTRY_VERIFY(input->hasFocus());
        test::typeText(token);
        test::pressKey(Qt::Key_Return);
        const CheckInResult first = page.checkIn()->lastResult();
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.memberId, shop.wang);
        QVERIFY(input->text().isEmpty());
        QVERIFY(input->hasFocus());
        const QString name = page.checkIn()->findChild<QLabel*>(u"bannerNameLabel"_s)->text();
        QVERIFY2(name.contains(u"王芳"_s), qPrintable(name));
        QCOMPARE(name, first.honorificName);
        QVERIFY(page.checkIn()->findChild<QLabel*>(u"bannerTierLabel"_s)->isVisibleTo(page.checkIn()));
        QCOMPARE(page.checkIn()->findChild<QLabel*>(u"countsLabel"_s)->text(), u"In: 1 of 3 invited"_s);
        QCOMPARE(page.eventList()->currentItem()->text(2), u"1"_s);

        // The same invitation again: refused, with the time of the first check-in.
        fixture.clock.advanceSeconds(600);
        test::typeText(token);
        test::pressKey(Qt::Key_Return);
        const CheckInResult second = page.checkIn()->lastResult();
        QCOMPARE(second.status, CheckInResult::Status::AlreadyCheckedIn);
        QVERIFY(page.checkIn()->findChild<QLabel*>(u"bannerTitleLabel"_s)->text().contains(u"10:00"_s));
        QCOMPARE(page.checkIn()->findChild<QLabel*>(u"bannerMessageLabel"_s)->text(), second.message);
        QCOMPARE(page.checkIn()->findChild<QLabel*>(u"countsLabel"_s)->text(), u"In: 1 of 3 invited"_s);

        // A forged token (another member's id under this MAC) and an uninvited card are refused too.
        QStringList parts = token.split(u'.');
        parts[2] = QString::number(shop.li);
        test::typeText(parts.join(u'.'));
        test::pressKey(Qt::Key_Return);
        QCOMPARE(page.checkIn()->lastResult().status, CheckInResult::Status::InvalidToken);
        test::typeText(u"13800000004"_s); // 陈静 did not consent: not invited
        test::pressKey(Qt::Key_Return);
        QCOMPARE(page.checkIn()->lastResult().status, CheckInResult::Status::NotInvited);
        // By phone for an invited guest works.
        test::typeText(u"13800000002"_s);
        test::pressKey(Qt::Key_Return);
        QVERIFY2(page.checkIn()->lastResult().ok(), qPrintable(page.checkIn()->lastResult().message));
        QCOMPARE(page.checkIn()->findChild<QListWidget*>(u"recentListWidget"_s)->count(), 5);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM event_invitations WHERE checked_in_at IS NOT NULL"_s)
                     .toInt(),
                 2);
    }

    void roiPanelShowsTheCoreFiguresAfterTheEvent()
    {
        test::GuiFixture fixture;
        const Shop shop = makeShop(fixture);
        const qint64 eventId = makeEvent(fixture, std::nullopt, 10000);
        InviteResult invited;
        QString error;
        AudienceFilter filter;
        filter.birthdayMonth = 5;
        QVERIFY2(EventInvitations(fixture.context()).invite(eventId, filter, &invited, &error),
                 qPrintable(error));
        QCOMPARE(invited.invited, 2);

        EventsPage before(fixture.context());
        QVERIFY(before.selectEvent(eventId));
        QVERIFY(before.roiPanel()->roiText().isEmpty()); // not started yet: nothing to measure

        fixture.clock.setNow(QDateTime(fixture.clock.today(), QTime(11, 30)));
        QVERIFY(EventCheckIn(fixture.context()).byMember(eventId, shop.wang).ok());
        PurchaseRequest sale;
        sale.memberId = shop.wang;
        sale.grossFen = 30000;
        PurchaseResult result;
        QVERIFY2(PurchaseService(fixture.context()).record(sale, &result, &error), qPrintable(error));
        fixture.clock.setNow(QDateTime(fixture.clock.today().addDays(10), QTime(10, 0)));

        EventsPage after(fixture.context());
        QVERIFY(after.selectEvent(eventId));
        EventRoiReport report;
        QVERIFY2(EventRoi::compute(fixture.context(), eventId, &report, &error), qPrintable(error));
        QVERIFY(report.complete);
        QCOMPARE(report.attended, 1);
        QCOMPARE(report.attendees.revenueFen(), result.quote.paidFen);
        QVERIFY(report.roi.has_value());
        QCOMPARE(after.roiPanel()->roiText(), QLocale().toString(*report.roi * 100.0, 'f', 0) + u" %"_s);
        QVERIFY(after.roiPanel()->findChild<QLabel*>(u"costLabel"_s)->text().contains(u"100.00"_s));
        QVERIFY(after.roiPanel()
                    ->findChild<QLabel*>(u"attendeeEventLabel"_s)
                    ->text()
                    .contains(money(result.quote.paidFen)));
    }

    void clerksGetTheDoorOnlyAndF9OpensIt()
    {
        test::GuiFixture fixture;
        makeShop(fixture);
        const qint64 eventId = makeEvent(fixture);
        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(Role::Clerk), settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* nav = window.findChild<QListWidget*>(u"navigationListWidget"_s);
        QCOMPARE(nav->item(window.eventsPageIndex())->text(), u"Events  F9"_s);
        test::pressKey(Qt::Key_F9);
        QCOMPARE(nav->currentRow(), window.eventsPageIndex());
        EventsPage* page = window.eventsPage();
        QVERIFY(!page->canPlan());
        QVERIFY(page->eventList() == nullptr);
        QVERIFY(page->findChild<QPushButton*>(u"newEventPushButton"_s) == nullptr);
        auto* events = page->findChild<QComboBox*>(u"eventComboBox"_s);
        QVERIFY(events);
        QCOMPARE(events->currentData().toLongLong(), eventId);
        QTRY_VERIFY(page->findChild<QLineEdit*>(u"checkInLineEdit"_s)->hasFocus());

        // The owner's window has the planner at the same key, after the owner's other pages.
        AppSettings ownerSettings(fixture.dir.filePath(u"owner.ini"_s));
        MainWindow owner(fixture.context(Role::Owner), ownerSettings);
        QVERIFY(owner.eventsPageIndex() > window.eventsPageIndex());
        QCOMPARE(
            owner.findChild<QListWidget*>(u"navigationListWidget"_s)->item(owner.eventsPageIndex())->text(),
            u"Events  F9"_s);
        QVERIFY(owner.eventsPage()->canPlan());
    }

    void theDoorSaysWhenThereIsNoEventToday()
    {
        test::GuiFixture fixture;
        makeShop(fixture);
        CheckInWidget door(fixture.context(Role::Clerk), true);
        auto* title = door.findChild<QLabel*>(u"bannerTitleLabel"_s);
        auto* message = door.findChild<QLabel*>(u"bannerMessageLabel"_s);
        QCOMPARE(title->text(), u"No event today"_s);
        QCOMPARE(message->text(), u"No event is planned yet."_s);
        // One in three days: named, with its day and time, not "ready for the first guest".
        makeEvent(fixture); // today, 11:00
        fixture.clock.advanceDays(-3);
        door.reload();
        QCOMPARE(title->text(), u"No event today"_s);
        QVERIFY2(message->text().contains(u"春季VIP专场"_s) && message->text().contains(u"11:00"_s),
                 qPrintable(message->text()));
        // On its day the door is ready.
        fixture.clock.advanceDays(3);
        door.reload();
        QCOMPARE(title->text(), u"Ready for the first guest"_s);
    }
};

QTEST_MAIN(TestEventsPage)
#include "TestEventsPage.moc"

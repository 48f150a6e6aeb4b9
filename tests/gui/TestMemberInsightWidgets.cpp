// SPDX-License-Identifier: GPL-3.0-or-later
// The per-member insight on screen: the counter's member card and the member file read the stored
// snapshot (money for owners only); the Insight page writes it, moves the loyalty-type thresholds and hands
// its lists to the event audience.
#include "care/MemberFileDialog.h"
#include "common/Formatting.h"
#include "common/MemberInsightText.h"
#include "counter/CounterPage.h"
#include "counter/MemberCard.h"
#include "insight/InsightCharts.h"
#include "insight/InsightMemberList.h"
#include "insight/InsightPage.h"
#include "support/GuiFixture.h"

#include "analytics/MemberAdvice.h"
#include "analytics/MemberInsightStore.h"
#include "demo/DemoGenerator.h"
#include "services/PurchaseService.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestMemberInsightWidgets : public QObject
{
    Q_OBJECT

private:
    static constexpr int kTimeoutMs = 60000;

    static void generateDemo(test::GuiFixture& fixture, int members = 300)
    {
        DemoOptions options;
        options.members = members;
        options.months = 18;
        options.seed = 7;
        DemoStats stats;
        QString error;
        QVERIFY2(DemoGenerator(fixture.context()).generate(options, &stats, &error), qPrintable(error));
    }

    static InsightSnapshot storeSnapshot(test::GuiFixture& fixture)
    {
        InsightSnapshot s;
        QString error;
        if (!MemberInsightStore::refreshOnPath(fixture.path, fixture.clock, &s, &error))
            qFatal("refresh: %s", qPrintable(error));
        return s;
    }

    static bool computeAndWait(InsightPage& page)
    {
        page.compute();
        return QTest::qWaitFor([&] { return !page.isComputing(); }, kTimeoutMs);
    }

    static QString text(QWidget* parent, const char* objectName)
    {
        auto* label = parent->findChild<QLabel*>(QString::fromLatin1(objectName));
        return label && label->isVisibleTo(parent) ? label->text() : QString();
    }

private slots:
    void memberCardShowsTheSegmentLine()
    {
        test::GuiFixture fixture;
        generateDemo(fixture);
        const InsightSnapshot s = storeSnapshot(fixture);
        QVERIFY(s.clvOk);
        // A member in the window with a prediction: the first RFM member.
        const RfmMember& m = s.rfm.members.constFirst();
        MemberInsight stored;
        QString error;
        QVERIFY(MemberInsightStore(fixture.context()).get(m.memberId, &stored, &error));
        QVERIFY(stored.hasPrediction);

        CounterPage owner(fixture.context(Role::Owner));
        owner.resize(1366, 740);
        owner.show();
        owner.openMember(m.memberId);
        auto* card = owner.findChild<MemberCard*>();
        QVERIFY(card);
        QCOMPARE(card->memberId(), m.memberId);
        const QString segment = text(card, "insightSegmentLabel");
        QVERIFY2(segment.contains(Rfm::name(m.segment)), qPrintable(segment));
        QVERIFY2(segment.contains(LoyaltyTypes::name(stored.type)), qPrintable(segment));
        QCOMPARE(text(card, "insightTreatmentLabel"), MemberAdvice::forMember(stored.segment, stored.type));
        const QString outlook = text(card, "insightOutlookLabel");
        QVERIFY2(outlook.contains(QLocale().toString(qRound(stored.pAlive * 100))), qPrintable(outlook));
        QVERIFY2(outlook.contains(money(stored.predictedValueFen)), qPrintable(outlook));
        QVERIFY2(outlook.contains(dateText(fixture.clock.today())), qPrintable(outlook));

        // The clerk sees the segment, the type and the chance, never the money.
        CounterPage clerk(fixture.context(Role::Clerk));
        clerk.show();
        clerk.openMember(m.memberId);
        auto* clerkCard = clerk.findChild<MemberCard*>();
        QCOMPARE(text(clerkCard, "insightSegmentLabel"), segment);
        const QString clerkOutlook = text(clerkCard, "insightOutlookLabel");
        QVERIFY2(clerkOutlook.contains(QLocale().toString(qRound(stored.pAlive * 100))),
                 qPrintable(clerkOutlook));
        QVERIFY2(!clerkOutlook.contains(u"¥"_s), qPrintable(clerkOutlook));
        QVERIFY(!clerkOutlook.contains(money(stored.predictedValueFen)));

        // The member file says the same.
        MemberFileDialog file(fixture.context(), m.memberId);
        const QString fileText = file.findChild<QLabel*>(u"insightLabel"_s)->text();
        QVERIFY2(fileText.contains(Rfm::name(m.segment).toHtmlEscaped()), qPrintable(fileText));
        QVERIFY2(fileText.contains(money(stored.predictedValueFen).toHtmlEscaped()), qPrintable(fileText));
        MemberFileDialog clerkFile(fixture.context(Role::Clerk), m.memberId);
        QVERIFY(!clerkFile.findChild<QLabel*>(u"insightLabel"_s)->text().contains(u"¥"_s));
    }

    void withoutASnapshotTheCardSaysSo()
    {
        test::GuiFixture fixture;
        const qint64 id = fixture.addMember(u"李四"_s, u"13911112222"_s);
        CounterPage page(fixture.context());
        page.show();
        page.openMember(id);
        auto* card = page.findChild<MemberCard*>();
        const QString line = text(card, "insightSegmentLabel");
        QVERIFY2(line.contains(u"No insight yet"_s), qPrintable(line));
        QVERIFY(text(card, "insightTreatmentLabel").isEmpty());
        QVERIFY(text(card, "insightOutlookLabel").isEmpty());

        // A refresh on a shop without purchases: the reason, and still no numbers.
        InsightSnapshot s;
        QString error;
        QVERIFY(!MemberInsightStore::refreshOnPath(fixture.path, fixture.clock, &s, &error));
        page.openMember(id);
        const QString reason = text(card, "insightSegmentLabel");
        QVERIFY2(reason.contains(u"No purchases between"_s), qPrintable(reason));
        QVERIFY(text(card, "insightOutlookLabel").isEmpty());
        QVERIFY(!reason.contains(u"%"_s));

        // One purchase: a segment, but too little history for a prediction — the reason, no number.
        PurchaseRequest request;
        request.memberId = id;
        request.grossFen = 2500;
        PurchaseResult result;
        QVERIFY2(PurchaseService(fixture.context()).record(request, &result, &error), qPrintable(error));
        QVERIFY2(MemberInsightStore::refreshOnPath(fixture.path, fixture.clock, &s, &error),
                 qPrintable(error));
        QVERIFY(!s.clvOk);
        page.openMember(id);
        QVERIFY2(text(card, "insightSegmentLabel").contains(Rfm::name(s.rfm.members.constFirst().segment)),
                 qPrintable(text(card, "insightSegmentLabel")));
        const QString outlook = text(card, "insightOutlookLabel");
        QVERIFY2(outlook.startsWith(u"No prediction: Too little history"_s), qPrintable(outlook));
        QVERIFY(!outlook.contains(u"¥"_s));
        QVERIFY(!outlook.contains(u"%"_s));
    }

    void aSaleSinceTheAnalysisAndASingleVisitAreSaidAsSuch()
    {
        MemberInsightStatus status;
        status.exists = true;
        status.ok = true;
        status.asOf = QDate(2026, 3, 14);
        status.windowDays = 365;
        // Registered and bought after the analysis: not "no purchases in 365 days".
        const MemberInsight none;
        MemberInsightLines l = MemberInsightText::lines(none, status, MemberActivity{1, QDate(2026, 3, 15)});
        QVERIFY2(l.segment.contains(u"Bought since the analysis"_s), qPrintable(l.segment));
        l = MemberInsightText::lines(none, status, MemberActivity{3, QDate(2024, 1, 5)});
        QVERIFY2(l.segment.contains(u"No purchases"_s), qPrintable(l.segment));
        // One visit: the model's certain "still a customer" is not shown as 100 %.
        MemberInsight one;
        one.found = true;
        one.asOf = status.asOf;
        one.windowDays = 365;
        one.inWindow = true;
        one.hasPrediction = true;
        one.pAlive = 1.0;
        one.horizonWeeks = 52;
        l = MemberInsightText::lines(one, status, MemberActivity{1, QDate(2025, 11, 2)});
        QVERIFY2(l.outlook.contains(u"One visit so far"_s), qPrintable(l.outlook));
        QVERIFY(!l.outlook.contains(u"100"_s));
        l = MemberInsightText::lines(one, status, MemberActivity{6, QDate(2026, 3, 1)});
        QVERIFY2(l.outlook.contains(u"100"_s), qPrintable(l.outlook));
    }

    void insightPageStoresThresholdsAndOffersItsLists()
    {
        test::GuiFixture fixture;
        generateDemo(fixture);
        InsightPage page(fixture.context());
        page.resize(1200, 700);
        QSignalSpy stored(&page, &InsightPage::memberInsightStored);
        auto* audience = page.findChild<QPushButton*>(u"audiencePushButton"_s);
        QVERIFY(audience);
        page.show(); // computes by itself on the first show
        QVERIFY(QTest::qWaitFor([&] { return page.snapshot().ok && !page.isComputing(); }, kTimeoutMs));
        QCOMPARE(stored.count(), 1);
        const MemberInsightStatus status = MemberInsightStore(fixture.context()).status();
        QVERIFY(status.ok);
        QCOMPARE(status.members, qint64(page.snapshot().predictions.size()));
        // Nobody takes an audience yet: the button is not offered.
        QVERIFY(!audience->isVisibleTo(&page));

        // The editor shows the medians in effect; the owner moves the profit line to zero.
        auto* profit = page.findChild<QLineEdit*>(u"profitThresholdLineEdit"_s);
        auto* loyalty = page.findChild<QDoubleSpinBox*>(u"loyaltyThresholdDoubleSpinBox"_s);
        QVERIFY(profit && loyalty);
        QCOMPARE(profit->text(), formatYuanPlain(page.snapshot().types.profitThresholdFen));
        auto* thresholds = page.findChild<QLabel*>(u"thresholdsLabel"_s);
        QVERIFY(thresholds->text().contains(u"median"_s));
        const int profitableBefore = page.snapshot().types.counts[size_t(LoyaltyType::Friend)] +
                                     page.snapshot().types.counts[size_t(LoyaltyType::Butterfly)];
        profit->setText(u"0"_s);
        page.findChild<QPushButton*>(u"applyThresholdsPushButton"_s)->click();
        QVERIFY(QTest::qWaitFor([&] { return !page.isComputing(); }, kTimeoutMs));
        QVERIFY(page.snapshot().ok);
        QCOMPARE(page.snapshot().types.profitThresholdFen, 0);
        QCOMPARE(InsightThresholds::load(fixture.db).profitThresholdFen.value_or(-1), 0);
        QVERIFY(!InsightThresholds::load(fixture.db).loyaltyThreshold); // untouched: still the median
        const int profitableAfter = page.snapshot().types.counts[size_t(LoyaltyType::Friend)] +
                                    page.snapshot().types.counts[size_t(LoyaltyType::Butterfly)];
        QVERIFY2(profitableAfter > profitableBefore,
                 qPrintable(u"%1 → %2"_s.arg(profitableBefore).arg(profitableAfter)));
        QVERIFY(thresholds->text().contains(u"your threshold"_s));
        QCOMPARE(stored.count(), 2);
        // The quadrant table shows the new counts.
        auto* table = page.findChild<QTableWidget*>(u"typeTableWidget"_s);
        QCOMPARE(table->item(int(LoyaltyType::Friend), 1)->text(),
                 QLocale().toString(page.snapshot().types.counts[size_t(LoyaltyType::Friend)]));

        // A bad amount is refused inline; nothing changes.
        profit->setText(u"abc"_s);
        page.findChild<QPushButton*>(u"applyThresholdsPushButton"_s)->click();
        QVERIFY(!page.isComputing());
        auto* thresholdError = page.findChild<QLabel*>(u"thresholdErrorLabel"_s);
        QVERIFY(!thresholdError->isHidden());
        QVERIFY2(thresholdError->text().startsWith(u"Profit threshold:"_s),
                 qPrintable(thresholdError->text()));
        QCOMPARE(InsightThresholds::load(fixture.db).profitThresholdFen.value_or(-1), 0);

        page.findChild<QPushButton*>(u"medianThresholdsPushButton"_s)->click();
        QVERIFY(QTest::qWaitFor([&] { return !page.isComputing(); }, kTimeoutMs));
        QVERIFY(!InsightThresholds::load(fixture.db).profitThresholdFen);
        QVERIFY(thresholds->text().contains(u"median"_s));

        // Once something takes an audience, the lists offer themselves, in the order shown.
        QSignalSpy audiences(&page, &InsightPage::eventAudienceRequested);
        page.hide();
        page.show();
        QVERIFY(audience->isVisibleTo(&page));
        page.showSegment(RfmSegment::Champions);
        QVERIFY(audience->isEnabled());
        audience->click();
        QCOMPARE(audiences.count(), 1);
        const QVector<qint64> ids = audiences.at(0).at(1).value<QVector<qint64>>();
        QCOMPARE(ids, page.memberList()->memberIds());
        QCOMPARE(ids.size(), page.snapshot().rfm.counts[size_t(RfmSegment::Champions)]);
        QCOMPARE(audiences.at(0).at(0).toString(), Rfm::name(RfmSegment::Champions));
    }

    void clerksCannotMoveTheThresholds()
    {
        test::GuiFixture fixture;
        InsightPage page(fixture.context(Role::Clerk));
        QVERIFY(!page.findChild<QWidget*>(u"thresholdEditorWidget"_s)->isVisibleTo(&page));
    }
};

QTEST_MAIN(TestMemberInsightWidgets)
#include "TestMemberInsightWidgets.moc"

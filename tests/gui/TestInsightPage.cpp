// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightCharts.h"
#include "insight/InsightMemberList.h"
#include "insight/InsightPage.h"
#include "support/GuiFixture.h"

#include "analytics/LoyaltyTypes.h"
#include "analytics/Pareto.h"
#include "analytics/Rfm.h"
#include "demo/DemoGenerator.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestInsightPage : public QObject
{
    Q_OBJECT

private:
    static constexpr int kTimeoutMs = 60000;

    static void generateDemo(test::GuiFixture& fixture)
    {
        DemoOptions options;
        options.members = 400;
        options.months = 18;
        options.seed = 7;
        DemoStats stats;
        QString error;
        QVERIFY2(DemoGenerator(fixture.context()).generate(options, &stats, &error), qPrintable(error));
        QVERIFY(stats.purchases > 1000);
    }

    static bool computeAndWait(InsightPage& page)
    {
        page.compute();
        if (!page.isComputing() && !page.snapshot().ok)
            return false;
        return QTest::qWaitFor([&] { return !page.isComputing(); }, kTimeoutMs);
    }

    static PurchaseHistory history(test::GuiFixture& fixture)
    {
        PurchaseHistory h;
        QString error;
        const LoyaltyRules rules = RulesService(fixture.context()).current();
        if (!PurchaseHistory::load(fixture.db, fixture.clock.today(), rules.defaultMarginBp, &h, &error))
            qFatal("history: %s", qPrintable(error));
        return h;
    }

    static AnalysisWindow defaultWindow(test::GuiFixture& fixture)
    {
        AnalysisWindow w;
        w.asOf = fixture.clock.today();
        w.days = 365;
        return w;
    }

private slots:
    void chartsMatchTheModelsAndClicksListTheirMembers()
    {
        test::GuiFixture fixture;
        generateDemo(fixture);
        InsightPage page(fixture.context());
        page.resize(1280, 720);
        page.compute();
        // The call returns at once; the work is elsewhere and the page says what it is doing.
        QVERIFY(page.isComputing());
        auto* busy = page.findChild<QProgressBar*>(u"progressBar"_s);
        QVERIFY(busy->isVisibleTo(&page));
        QVERIFY(page.findChild<QLabel*>(u"stepLabel"_s)->text().contains(u"Step 1 of"_s));
        QVERIFY(!page.findChild<QPushButton*>(u"computePushButton"_s)->isEnabled());
        page.compute(); // ignored while one runs
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), kTimeoutMs);
        QVERIFY(!busy->isVisibleTo(&page));
        QVERIFY(page.findChild<QPushButton*>(u"computePushButton"_s)->isEnabled());
        auto* windowBox = page.findChild<QComboBox*>(u"windowComboBox"_s);
        QCOMPARE(windowBox->currentData().toInt(), 365);
        windowBox->setCurrentIndex(0); // the figures shown are still the 365-day ones: say so
        QVERIFY(page.findChild<QLabel*>(u"stepLabel"_s)->text().contains(u"Compute"_s));
        windowBox->setCurrentIndex(2);
        QVERIFY(page.findChild<QLabel*>(u"stepLabel"_s)->text().isEmpty());
        QVERIFY2(page.snapshot().ok, qPrintable(page.snapshot().error));
        QVERIFY(page.findChild<QWidget*>(u"resultsWidget"_s)->isVisibleTo(&page));
        QVERIFY(!page.findChild<QLabel*>(u"messageLabel"_s)->isVisibleTo(&page));

        const PurchaseHistory h = history(fixture);
        const AnalysisWindow window = defaultWindow(fixture);
        RfmResult rfm;
        QString error;
        QVERIFY2(Rfm::compute(h, window, &rfm, &error), qPrintable(error));
        QBarSet* bars = page.rfmChart()->barSet();
        QCOMPARE(bars->count(), kRfmSegmentCount);
        for (int i = 0; i < kRfmSegmentCount; ++i)
            QCOMPARE(bars->at(i), double(rfm.counts[size_t(i)]));

        ParetoResult pareto;
        QVERIFY2(Pareto::compute(h, window, &pareto, &error), qPrintable(error));
        QVERIFY(pareto.topShare > 0.2 && pareto.topShare < 1);
        QCOMPARE(page.findChild<QLabel*>(u"paretoLabel"_s)->text(),
                 u"The top 20 % of members bring %1 % of sales"_s.arg(qRound(pareto.topShare * 100)));

        InsightMemberModel* list = page.memberList()->model();
        QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int clicked = 0;
        int lastClicked = 0;
        for (int i = 0; i < kRfmSegmentCount; ++i) {
            if (rfm.counts[size_t(i)] == 0)
                continue;
            emit page.rfmChart()->barSeries()->clicked(i, bars); // what a click on the bar sends
            QCOMPARE(list->rowCount(), rfm.counts[size_t(i)]);
            QCOMPARE(page.memberList()->listName(), Rfm::name(RfmSegment(i)));
            for (int row = 0; row < list->rowCount(); ++row) {
                const qint64 id = list->memberIdAt(row);
                const auto it = std::find_if(rfm.members.cbegin(), rfm.members.cend(),
                                             [id](const RfmMember& m) { return m.memberId == id; });
                QVERIFY(it != rfm.members.cend());
                QCOMPARE(int(it->segment), i);
            }
            ++clicked;
            lastClicked = i;
        }
        QVERIFY(clicked >= 3);
        // From the keyboard: arrows move along the bars, Enter lists the segment.
        QTest::keyClick(page.rfmChart(), Qt::Key_Right);
        QTest::keyClick(page.rfmChart(), Qt::Key_Right);
        const int expected = (lastClicked + 2) % kRfmSegmentCount;
        QCOMPARE(page.rfmChart()->currentSegment(), RfmSegment(expected));
        QTest::keyClick(page.rfmChart(), Qt::Key_Return);
        QCOMPARE(list->rowCount(), rfm.counts[size_t(expected)]);
        QCOMPARE(page.memberList()->listName(), Rfm::name(RfmSegment(expected)));

        // The four types: counts from all members, a row click lists them.
        LoyaltyTypesResult types;
        QVERIFY2(LoyaltyTypes::compute(h, window, {}, &types, &error), qPrintable(error));
        auto* typeTable = page.findChild<QTableWidget*>(u"typeTableWidget"_s);
        for (LoyaltyType t : LoyaltyTypes::types()) {
            const int row = int(t);
            QCOMPARE(typeTable->item(row, 1)->text(), QLocale().toString(types.counts[size_t(t)]));
            QCOMPARE(typeTable->item(row, 3)->text(), LoyaltyTypes::treatment(t));
            emit typeTable->cellClicked(row, 0);
            QCOMPARE(list->rowCount(), types.counts[size_t(t)]);
        }
        QCOMPARE(page.quadrantChart()->plottedPoints(), int(types.members.size())); // < 3000: all drawn
        QCOMPARE(
            page.quadrantChart()->typeAt(types.profitThresholdFen / 100.0 + 1, types.loyaltyThreshold + 1),
            LoyaltyType::Friend);
        QCOMPARE(page.quadrantChart()->typeAt(types.profitThresholdFen / 100.0, types.loyaltyThreshold + 1),
                 LoyaltyType::Barnacle);

        // The top 20 % and the potential VIPs.
        page.findChild<QPushButton*>(u"topPushButton"_s)->click();
        QCOMPARE(list->rowCount(), pareto.topCount);
        QCOMPARE(list->memberIdAt(0), pareto.ranked.first().memberId);
        QHash<qint64, int> tiers;
        QVERIFY(Pareto::loadTiers(fixture.db, &tiers, &error));
        const int tierCount = int(RulesService(fixture.context()).current().tiers.size());
        const QVector<ParetoMember> vips =
            Pareto::potentialVips(pareto, tiers, Pareto::defaultFirstTopTier(tierCount));
        QCOMPARE(page.snapshot().potentialVips.size(), vips.size());
        if (!vips.isEmpty()) {
            page.findChild<QPushButton*>(u"vipPushButton"_s)->click();
            QCOMPARE(list->rowCount(), int(vips.size()));
        }

        // The win-back list: valuable, probably gone, each with a predicted value.
        const InsightSnapshot& s = page.snapshot();
        QVERIFY2(s.clvOk, qPrintable(s.clvMessage));
        QVERIFY(s.purchases.params.r > 0 && s.spend.params.p > 0);
        QVERIFY(!s.winBack.isEmpty());
        page.findChild<QPushButton*>(u"winBackPushButton"_s)->click();
        QCOMPARE(list->rowCount(), int(s.winBack.size()));
        for (const InsightWinBack& w : s.winBack) {
            QVERIFY(w.pAlive >= 0 && w.pAlive < s.pAliveThreshold);
            QVERIFY(w.predictedValueFen >= 0);
        }

        // Sorting by a figure column keeps every row.
        list->sort(InsightMemberModel::FirstFigureColumn + 1, Qt::DescendingOrder);
        QCOMPARE(list->rowCount(), int(s.winBack.size()));
        QVERIFY(list->data(list->index(0, InsightMemberModel::FirstFigureColumn + 1),
                           InsightMemberModel::SortRole)
                    .toLongLong() >=
                list->data(list->index(list->rowCount() - 1, InsightMemberModel::FirstFigureColumn + 1),
                           InsightMemberModel::SortRole)
                    .toLongLong());

        // "Open at the counter" hands the selected member over.
        // The selection follows its member through the sort; pick the first row again.
        auto* view = page.memberList()->findChild<QTableView*>(u"memberListTableView"_s);
        view->setCurrentIndex(list->index(0, 0));
        QSignalSpy open(&page, &InsightPage::openMemberRequested);
        page.memberList()->findChild<QPushButton*>(u"openPushButton"_s)->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), list->memberIdAt(0));

        // Export: UTF-8 with BOM, a header and one line per member, recorded in the audit log.
        const QString csv = fixture.dir.filePath(u"winback.csv"_s);
        QVERIFY2(page.memberList()->exportTo(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), list->rowCount() + 1);
        QVERIFY(lines.first().startsWith(u"Card,Name,Phone,Tier,Still a customer"_s));
        QCOMPARE(
            fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'export.member_list'"_s).toInt(),
            1);
    }

    void quadrantSamplesAtMostAFewThousandPointsTheSameWayEveryTime()
    {
        LoyaltyTypesResult r;
        r.profitThresholdFen = 5000;
        r.loyaltyThreshold = 2;
        for (int i = 0; i < 10000; ++i) {
            MemberLoyalty m;
            m.memberId = i + 1;
            m.profitFen = (i * 7919) % 200000; // some without profit: drawn on the axis' edge
            m.loyalty = 0.5 + (i % 40) * 0.7;
            const bool profitable = m.profitFen > r.profitThresholdFen;
            const bool loyal = m.loyalty > r.loyaltyThreshold;
            m.type = profitable ? (loyal ? LoyaltyType::Friend : LoyaltyType::Butterfly)
                                : (loyal ? LoyaltyType::Barnacle : LoyaltyType::Stranger);
            ++r.counts[size_t(m.type)];
            r.members.append(m);
        }
        QuadrantChartView a;
        QuadrantChartView b;
        a.setResult(r);
        b.setResult(r);
        QVERIFY(a.plottedPoints() <= QuadrantChartView::kMaxPoints);
        QVERIFY(a.plottedPoints() >= QuadrantChartView::kMaxPoints / 2);
        const QList<QAbstractSeries*> sa = a.chart()->series();
        const QList<QAbstractSeries*> sb = b.chart()->series();
        QCOMPARE(sa.size(), sb.size());
        int drawn = 0;
        for (int i = 0; i < kLoyaltyTypeCount; ++i) {
            auto* pa = qobject_cast<QScatterSeries*>(sa[i]);
            auto* pb = qobject_cast<QScatterSeries*>(sb[i]);
            QVERIFY(pa && pb);
            QCOMPARE(pa->points(), pb->points());
            drawn += int(pa->count());
            QCOMPARE(pa->name(), LoyaltyTypes::name(LoyaltyType(i)));
            for (const QPointF& p : pa->points()) // each point sits in its own quadrant
                QCOMPARE(int(a.typeAt(p.x(), p.y())), i);
        }
        QCOMPARE(drawn, a.plottedPoints());

        // A click anywhere in a quadrant names it.
        a.resize(700, 450);
        a.show();
        QVERIFY(QTest::qWaitForWindowExposed(&a));
        QSignalSpy clicked(&a, &QuadrantChartView::typeClicked);
        const auto clickAt = [&](double profitYuan, double loyalty) {
            const QPointF inChart = a.chart()->mapToPosition(QPointF(profitYuan, loyalty), sa[0]);
            QTest::mouseClick(a.viewport(), Qt::LeftButton, {},
                              a.mapFromScene(a.chart()->mapToScene(inChart)));
        };
        clickAt(500, 20);
        clickAt(500, 1);
        clickAt(5, 20);
        clickAt(5, 1);
        QCOMPARE(clicked.size(), 4);
        QCOMPARE(clicked[0][0].value<LoyaltyType>(), LoyaltyType::Friend);
        QCOMPARE(clicked[1][0].value<LoyaltyType>(), LoyaltyType::Butterfly);
        QCOMPARE(clicked[2][0].value<LoyaltyType>(), LoyaltyType::Barnacle);
        QCOMPARE(clicked[3][0].value<LoyaltyType>(), LoyaltyType::Stranger);
    }

    void clerksSeeMaskedPhonesAndCannotExport()
    {
        test::GuiFixture fixture;
        const qint64 id = fixture.addMember(u"张三"_s, u"13911112222"_s);
        PurchaseRequest request;
        request.memberId = id;
        request.grossFen = 8800;
        PurchaseResult result;
        QString error;
        QVERIFY2(PurchaseService(fixture.context()).record(request, &result, &error), qPrintable(error));
        InsightPage page(fixture.context(Role::Clerk));
        QVERIFY(computeAndWait(page));
        QVERIFY2(page.snapshot().ok, qPrintable(page.snapshot().error));
        page.showSegment(page.snapshot().rfm.members.first().segment);
        InsightMemberModel* list = page.memberList()->model();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->index(0, InsightMemberModel::PhoneColumn).data().toString(), u"139****2222"_s);
        QVERIFY(!page.memberList()->findChild<QPushButton*>(u"exportPushButton"_s)->isVisibleTo(&page));
        QVERIFY(!page.memberList()->exportTo(fixture.dir.filePath(u"x.csv"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(fixture.dir.filePath(u"x.csv"_s)));
    }

    void tooLittleHistoryExplainsInsteadOfPredicting()
    {
        test::GuiFixture fixture;
        // Two members with one visit each: segments exist, but nobody came back to fit BG/NBD on.
        for (const auto& [name, phone] :
             {std::pair{u"甲"_s, u"13900000001"_s}, {u"乙"_s, u"13900000002"_s}}) {
            PurchaseRequest request;
            request.memberId = fixture.addMember(name, phone);
            request.grossFen = 5000;
            PurchaseResult result;
            QString error;
            QVERIFY2(PurchaseService(fixture.context()).record(request, &result, &error), qPrintable(error));
        }
        InsightPage page(fixture.context());
        QVERIFY(computeAndWait(page));
        const InsightSnapshot& s = page.snapshot();
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(!s.clvOk);
        QVERIFY(!s.clvMessage.isEmpty());
        QCOMPARE(page.findChild<QLabel*>(u"winBackDetailLabel"_s)->text(), s.clvMessage.toHtmlEscaped());
        QVERIFY(!page.findChild<QPushButton*>(u"winBackPushButton"_s)->isEnabled());
        QCOMPARE(page.rfmChart()->barSet()->sum(), 2.0);
    }

    void emptyDatabaseShowsTheMessageInsteadOfCharts()
    {
        test::GuiFixture fixture;
        InsightPage page(fixture.context());
        QVERIFY(computeAndWait(page));
        QVERIFY(!page.snapshot().ok);
        auto* message = page.findChild<QLabel*>(u"messageLabel"_s);
        QVERIFY(message->isVisibleTo(&page));
        QCOMPARE(message->text(), defaultWindow(fixture).emptyMessage());
        QVERIFY(!page.findChild<QWidget*>(u"resultsWidget"_s)->isVisibleTo(&page));
        QVERIFY(page.findChild<QPushButton*>(u"computePushButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestInsightPage)
#include "TestInsightPage.moc"

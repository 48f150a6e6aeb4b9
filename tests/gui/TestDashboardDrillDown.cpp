// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/DrillDownModel.h"
#include "dashboard/HeatmapWidget.h"
#include "support/GuiFixture.h"

#include "analytics/MemberInsightStore.h"
#include "common/Formatting.h"
#include "services/PurchaseService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

// A hand-made shop (default rules: no discount at the first tier, so paid = gross):
//   members A (张三) and B (李四) registered on 2026-01-05
//   2026-01-10 A ¥100.00 · 2026-01-20 15:00 B ¥50.00
//   2026-02-03 11:00 A ¥200.00 (Tuesday) · 2026-02-10 B ¥300.00 (voided 2026-02-11)
//   2026-02-20 19:30 A ¥45.50 (Friday)                 → February: A's two purchases, ¥245.50
// The clock says 2026-03-15, so the page opens on February.
class TestDashboardDrillDown : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::GuiFixture> m_f;
    std::unique_ptr<DashboardPage> m_page;
    qint64 m_a = 0, m_b = 0;

    static QDateTime at(int y, int m, int d, int h = 10, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min));
    }
    qint64 buy(qint64 member, Fen gross, const QDateTime& when)
    {
        m_f->clock.setNow(when);
        PurchaseRequest request;
        request.memberId = member;
        request.grossFen = gross;
        request.time = when;
        PurchaseResult result;
        QString error;
        if (!PurchaseService(m_f->context()).record(request, &result, &error))
            qFatal("purchase failed: %s", qPrintable(error));
        return result.purchaseId;
    }
    template <typename Series> Series* series(const QString& chartName)
    {
        auto* view = m_page->findChild<QChartView*>(chartName);
        if (!view || !view->chart())
            return nullptr;
        for (QAbstractSeries* s : view->chart()->series())
            if (auto* typed = qobject_cast<Series*>(s))
                return typed;
        return nullptr;
    }
    /// The drill-down dialog the last click opened, once its first page is in.
    DrillDownDialog* takeDialog()
    {
        const QList<DrillDownDialog*> dialogs = m_page->findChildren<DrillDownDialog*>();
        if (dialogs.size() != 1)
            return nullptr;
        DrillDownDialog* dialog = dialogs.first();
        dialog->setAttribute(Qt::WA_DeleteOnClose, false); // the test deletes it
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading() && dialog->totalRows() >= 0, 10000); }();
        return dialog;
    }
    static QVector<Fen> paid(DrillDownDialog* dialog)
    {
        QVector<Fen> fen;
        for (const DrillDownRow& r : dialog->model()->rows())
            fen.append(r.paidFen);
        return fen;
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<test::GuiFixture>();
        m_f->clock.setNow(at(2026, 1, 5));
        m_a = m_f->addMember(u"张三"_s, u"13900000001"_s);
        m_b = m_f->addMember(u"李四"_s, u"13900000002"_s);
        buy(m_a, 10000, at(2026, 1, 10));
        buy(m_b, 5000, at(2026, 1, 20, 15));
        buy(m_a, 20000, at(2026, 2, 3, 11));
        const qint64 voided = buy(m_b, 30000, at(2026, 2, 10));
        buy(m_a, 4550, at(2026, 2, 20, 19, 30));
        m_f->clock.setNow(at(2026, 2, 11));
        VoidResult voidResult;
        QString error;
        QVERIFY2(PurchaseService(m_f->context()).voidPurchase(voided, u"wrong amount"_s, &voidResult, &error),
                 qPrintable(error));
        m_f->clock.setNow(at(2026, 3, 15));
        m_page = std::make_unique<DashboardPage>(m_f->context());
        m_page->resize(1280, 900);
        m_page->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isShowingMonth(QDate(2026, 2, 1)), 10000);
    }

    void cleanup() { qDeleteAll(m_page->findChildren<DrillDownDialog*>()); }

    void clickingAMonthsBarListsItsPurchases()
    {
        auto* bars = series<QBarSeries>(u"salesTrendChart"_s);
        QVERIFY(bars);
        emit bars->barSets().first()->clicked(12); // February
        DrillDownDialog* dialog = takeDialog();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->totalRows(), 2); // B's voided ¥300 is not there
        QCOMPARE(dialog->totalFen(), 24550);
        QCOMPARE(paid(dialog), QVector<Fen>({20000, 4550}));
        QCOMPARE(dialog->model()->rows()[0].memberId, m_a);
        QCOMPARE(dialog->model()->rows()[0].time, at(2026, 2, 3, 11));
        QCOMPARE(dialog->model()->data(dialog->model()->index(0, 1)).toString(), u"张三"_s);
        QCOMPARE(dialog->model()->data(dialog->model()->index(1, 4)).toString(), money(4550));
        auto* heading = dialog->findChild<QLabel*>(u"drillDownHeadingLabel"_s);
        QVERIFY2(heading->text().contains(money(24550)), qPrintable(heading->text()));
        QVERIFY(dialog->windowTitle().contains(money(24550)));
        QVERIFY(!dialog->findChild<QPushButton*>(u"showMorePushButton"_s)->isVisible());

        // Sorting by the amount puts ¥45.50 first; Enter opens that row's member at the counter.
        auto* view = dialog->findChild<QTableView*>(u"drillDownTableView"_s);
        view->sortByColumn(4, Qt::AscendingOrder);
        QCOMPARE(paid(dialog), QVector<Fen>({4550, 20000}));
        QSignalSpy open(m_page.get(), &DashboardPage::openMemberRequested);
        view->setCurrentIndex(dialog->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), m_a);

        // The owner's export writes the whole list through core.
        const QString csv = m_f->dir.filePath(u"february.csv"_s);
        qint64 rows = 0;
        QString error;
        QVERIFY2(dialog->exportTo(csv, &rows, &error), qPrintable(error));
        QCOMPARE(rows, 2);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"45.50"_s));
    }

    void newReturningTierParetoAndHeatmap()
    {
        // New vs returning: in February A bought, registered in January → returning.
        auto* active = series<QStackedBarSeries>(u"newReturningChart"_s);
        QVERIFY(active);
        QCOMPARE(active->barSets().size(), 2);
        emit active->clicked(12, active->barSets().at(0)); // returning
        DrillDownDialog* dialog = takeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->totalRows(), 1);
        QCOMPARE(dialog->model()->rows()[0].memberId, m_a);
        QCOMPARE(dialog->model()->rows()[0].purchases, 2);
        QCOMPARE(dialog->totalFen(), 24550);
        delete dialog;
        emit active->clicked(11, active->barSets().at(1)); // new in January: both
        dialog = takeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->totalRows(), 2);
        QCOMPARE(dialog->totalFen(), 15000);
        QCOMPARE(dialog->model()->rows()[0].memberId, m_a); // ¥100 before B's ¥50
        delete dialog;

        // The tier donut's first slice: both members at the first tier at the end of February.
        auto* donut = series<QPieSeries>(u"tierDonutChart"_s);
        QVERIFY(donut);
        emit donut->slices().first()->clicked();
        dialog = takeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->totalRows(), 2);
        QCOMPARE(dialog->model()->rows()[0].memberId, m_a);
        QCOMPARE(dialog->model()->rows()[1].memberId, m_b);
        QCOMPARE(dialog->model()->rows()[1].paidFen, 0); // B's only February purchase was voided
        delete dialog;

        // Sales by tier: stacked, one set per tier; February's first-tier part holds A's two purchases.
        auto* tiers = series<QStackedBarSeries>(u"tierSalesChart"_s);
        QVERIFY(tiers);
        QVERIFY(tiers->barSets().size() >= 2);
        QCOMPARE(tiers->barSets().first()->at(12), 245.50);
        QCOMPARE(tiers->barSets().first()->at(11), 150.00);
        QCOMPARE(tiers->barSets().at(1)->at(12), 0.0);
        QCOMPARE(tiers->barSets().first()->color(), tierColor(0));
        emit tiers->clicked(12, tiers->barSets().first());
        dialog = takeDialog();
        QVERIFY(dialog);
        QCOMPARE(paid(dialog), QVector<Fen>({20000, 4550}));
        delete dialog;

        // The Pareto 20 % mark: the top 20 % of one spender is that one.
        QLineSeries* mark = nullptr;
        for (QAbstractSeries* s : m_page->findChild<QChartView*>(u"paretoChart"_s)->chart()->series())
            if (auto* line = qobject_cast<QLineSeries*>(s); line && line->count() == 3)
                mark = line;
        QVERIFY(mark);
        emit mark->clicked(QPointF(20, 50));
        dialog = takeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->totalRows(), 1);
        QCOMPARE(dialog->totalFen(), 24550);
        delete dialog;
        QCOMPARE(DashboardCharts::topSpendersAt(20, 1), 1);
        QCOMPARE(DashboardCharts::topSpendersAt(50, 7), 3);
        QCOMPARE(DashboardCharts::topSpendersAt(0, 7), 0);

        // A real click on the heatmap cell Tuesday 11:00 lists A's ¥200; an empty cell opens nothing.
        auto* heatmap = m_page->findChild<HeatmapWidget*>(u"heatmap"_s);
        QVERIFY(heatmap);
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellCenter(6, 3));
        QVERIFY(m_page->findChildren<DrillDownDialog*>().isEmpty());
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellCenter(1, 11));
        dialog = takeDialog();
        QVERIFY(dialog);
        QCOMPARE(paid(dialog), QVector<Fen>({20000}));
        QVERIFY(dialog->windowTitle().contains(u"11:00"_s));
        delete dialog;
    }

    void segmentsFromTheInsightSnapshot()
    {
        // No snapshot yet: a sentence instead of empty charts.
        auto* note = m_page->findChild<QLabel*>(u"insightNoteLabel"_s);
        QVERIFY(note);
        QVERIFY2(note->text().contains(u"no insight has been computed yet"_s), qPrintable(note->text()));
        QVERIFY(!m_page->findChild<QChartView*>(u"segmentChart"_s)->isVisible());

        InsightSnapshot snapshot;
        QString error;
        QVERIFY2(MemberInsightStore::refreshOnPath(m_f->path, m_f->clock, &snapshot, &error),
                 qPrintable(error));
        QVERIFY2(snapshot.ok, qPrintable(snapshot.error));
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isShowingMonth(QDate(2026, 2, 1)) && !m_page->isLoading(), 10000);
        QVERIFY2(note->text().contains(u"as of"_s), qPrintable(note->text()));
        auto* segments = m_page->findChild<QChartView*>(u"segmentChart"_s);
        QVERIFY(segments->isVisible());
        QBarSeries* bars = nullptr;
        for (QAbstractSeries* s : segments->chart()->series())
            if (auto* b = qobject_cast<QBarSeries*>(s))
                bars = b;
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->count(), kRfmSegmentCount);
        double members = 0;
        for (int i = 0; i < kRfmSegmentCount; ++i)
            members += bars->barSets().first()->at(i);
        QCOMPARE(members, 2.0); // A and B both bought in the snapshot's window
        auto* types = m_page->findChild<QChartView*>(u"loyaltyTypeChart"_s);
        QVERIFY(types->isVisible());
        auto* donut = qobject_cast<QPieSeries*>(types->chart()->series().value(0));
        QVERIFY(donut);
        QCOMPARE(donut->count(), kLoyaltyTypeCount);
        QCOMPARE(donut->sum(), 2.0);
    }

    void listsFromTheKeyboard()
    {
        auto* lists = m_page->findChild<QPushButton*>(u"listsButton"_s);
        QVERIFY(lists);
        QVERIFY(lists->isEnabled());
        QAction* top = lists->menu()->findChild<QAction*>(
            u"listAction_%1"_s.arg(int(DrillDownQuery::Kind::TopSpenders)));
        QVERIFY(top);
        top->trigger();
        DrillDownDialog* dialog = takeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->query().kind, DrillDownQuery::Kind::TopSpenders);
        QCOMPARE(dialog->query().topCount, 1); // 20 % of February's one spender
        QCOMPARE(dialog->totalFen(), 24550);
        delete dialog;
    }

    void pagesOfALongList()
    {
        DrillDownQuery query;
        query.month = QDate(2026, 2, 1);
        DrillDownDialog dialog(m_f->context(), query, LoyaltyRules::defaults(), nullptr, 1);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading() && dialog.totalRows() == 2, 10000);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.totalFen(), 24550); // the whole list's total, not the page's
        auto* note = dialog.findChild<QLabel*>(u"drillDownNoteLabel"_s);
        QVERIFY2(note->text().contains(u"first 1 of 2"_s), qPrintable(note->text()));
        auto* more = dialog.findChild<QPushButton*>(u"showMorePushButton"_s);
        QVERIFY(more->isVisible());
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading() && dialog.model()->rowCount() == 2, 10000);
        QCOMPARE(paid(&dialog), QVector<Fen>({20000, 4550}));
        QVERIFY(!more->isVisible());
    }

    void clerksAreNotOfferedTheExport()
    {
        DrillDownQuery query;
        query.month = QDate(2026, 2, 1);
        DrillDownDialog dialog(m_f->context(Role::Clerk), query, LoyaltyRules::defaults());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading() && dialog.totalRows() == 2, 10000);
        QVERIFY(dialog.findChild<QPushButton*>(u"exportPushButton"_s)->isHidden());
        qint64 rows = 0;
        QString error;
        QVERIFY(!dialog.exportTo(m_f->dir.filePath(u"clerk.csv"_s), &rows, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestDashboardDrillDown)
#include "TestDashboardDrillDown.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTile.h"
#include "support/GuiFixture.h"

#include "common/Formatting.h"
#include "services/PurchaseService.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

// A hand-made shop (default rules: no discount at the first tier, so paid = gross):
//   members A and B registered on 2026-01-05
//   2026-01-10 A ¥100.00 · 2026-01-20 B ¥50.00                     → January ¥150.00 in 2 purchases
//   2026-02-03 A ¥200.00 · 2026-02-10 B ¥300.00 (voided 2026-02-11) · 2026-02-20 A ¥45.50
//                                                                   → February ¥245.50 in 2 purchases
// The clock says 2026-03-15, so the page opens on February; December 2025 has no data at all.
class TestDashboardPage : public QObject
{
    Q_OBJECT

    static QDateTime at(int y, int m, int d, int h = 10, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min));
    }
    static qint64 buy(test::GuiFixture& f, qint64 member, Fen gross, const QDateTime& when)
    {
        f.clock.setNow(when);
        PurchaseRequest request;
        request.memberId = member;
        request.grossFen = gross;
        request.time = when;
        PurchaseResult result;
        QString error;
        if (!PurchaseService(f.context()).record(request, &result, &error))
            qFatal("purchase failed: %s", qPrintable(error));
        return result.purchaseId;
    }

    static QBarSet* salesBars(DashboardPage& page)
    {
        auto* view = page.findChild<QChartView*>(u"salesTrendChart"_s);
        if (!view || !view->chart())
            return nullptr;
        for (QAbstractSeries* series : view->chart()->series()) {
            if (auto* bars = qobject_cast<QBarSeries*>(series))
                return bars->barSets().value(0);
        }
        return nullptr;
    }

private slots:
    void showsTheMonthComputedOffTheGuiThread()
    {
        test::GuiFixture f;
        f.clock.setNow(at(2026, 1, 5));
        const qint64 a = f.addMember(u"张三"_s, u"13900000001"_s);
        const qint64 b = f.addMember(u"李四"_s, u"13900000002"_s);
        buy(f, a, 10000, at(2026, 1, 10));
        buy(f, b, 5000, at(2026, 1, 20, 15));
        buy(f, a, 20000, at(2026, 2, 3, 11));
        const qint64 voided = buy(f, b, 30000, at(2026, 2, 10));
        buy(f, a, 4550, at(2026, 2, 20, 19, 30));
        f.clock.setNow(at(2026, 2, 11));
        VoidResult voidResult;
        QString error;
        QVERIFY2(PurchaseService(f.context()).voidPurchase(voided, u"wrong amount"_s, &voidResult, &error),
                 qPrintable(error));
        f.clock.setNow(at(2026, 3, 15));

        DashboardPage page(f.context());
        QCOMPARE(page.month(), QDate(2026, 2, 1)); // the last complete month
        page.resize(1280, 900);
        page.show();
        // Computed on a worker thread: the page is busy until the event loop delivers the result.
        QVERIFY(page.isLoading());
        QVERIFY(page.findChild<QProgressBar*>(u"busyIndicator"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(page.isShowingMonth(QDate(2026, 2, 1)), 10000);
        QVERIFY(!page.isLoading());
        QVERIFY(!page.findChild<QProgressBar*>(u"busyIndicator"_s)->isVisible());
        // The members at risk come from a second pass once the month is drawn.
        auto* riskNote = page.findChild<QLabel*>(u"atRiskNote"_s);
        QVERIFY(riskNote);
        QTRY_VERIFY_WITH_TIMEOUT(!riskNote->text().contains(u"Looking for"_s), 10000);
        QVERIFY2(riskNote->text().contains(u"No member is at risk"_s), qPrintable(riskNote->text()));

        auto* sales = page.findChild<KpiTile*>(u"kpi_sales"_s);
        QVERIFY(sales);
        QCOMPARE(sales->valueText(), money(24550)); // the voided ¥300 is not in it
        QCOMPARE(page.findChild<KpiTile*>(u"kpi_purchases"_s)->valueText(), QLocale().toString(2));
        // (245.50 − 150.00) / 150.00 = +63.67 %; nothing a year before.
        QCOMPARE(sales->previousText(), KpiTile::tr("%1 vs last month").arg(u"▲ 63.7 %"_s));
        QCOMPARE(sales->lastYearText(), KpiTile::tr("%1 vs last year").arg(u"—"_s));
        QVERIFY(!page.findChild<QLabel*>(u"emptyMonthLabel"_s)->isVisible());

        QBarSet* bars = salesBars(page);
        QVERIFY(bars);
        QCOMPARE(bars->count(), 13);
        QCOMPARE(bars->at(12), 245.50); // the month itself is the last bar
        QCOMPARE(bars->at(11), 150.00);
        QCOMPARE(bars->at(10), 0.0);

        // "Save PDF…" writes the report of the month shown.
        const QString pdf = f.dir.filePath(u"report.pdf"_s);
        int pages = 0;
        QVERIFY2(page.saveReportPdf(pdf, &pages, &error), qPrintable(error));
        QVERIFY(pages >= 4);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        // The top member row opens the member at the counter.
        auto* top = page.findChild<QTableWidget*>(u"topMembersTable"_s);
        QVERIFY(top);
        QCOMPARE(top->rowCount(), 1); // B's only February purchase was voided
        QSignalSpy open(&page, &DashboardPage::openMemberRequested);
        const QRect rect = top->visualItemRect(top->item(0, 1));
        QTest::mouseClick(top->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), a);

        // Double-clicking January's bar switches the month (a click lists its purchases); the previous button
        // goes one further back.
        emit bars->doubleClicked(11);
        QTRY_VERIFY_WITH_TIMEOUT(page.isShowingMonth(QDate(2026, 1, 1)), 10000);
        QCOMPARE(page.findChild<KpiTile*>(u"kpi_sales"_s)->valueText(), money(15000));
        QTest::mouseClick(page.findChild<QToolButton*>(u"previousMonthButton"_s), Qt::LeftButton);
        QCOMPARE(page.month(), QDate(2025, 12, 1));
        QTRY_VERIFY_WITH_TIMEOUT(page.isShowingMonth(QDate(2025, 12, 1)), 10000);
        auto* message = page.findChild<QLabel*>(u"emptyMonthLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"No data"_s), qPrintable(message->text()));
        QVERIFY(!page.findChild<QChartView*>(u"salesTrendChart"_s)->isVisible());

        // Back to February: served from the cache, no new computation.
        page.setMonth(QDate(2026, 2, 14));
        QVERIFY(!page.isLoading());
        QVERIFY(page.isShowingMonth(QDate(2026, 2, 1)));
        QCOMPARE(salesBars(page)->at(12), 245.50);
        // The next button stops at the current month.
        QTest::mouseClick(page.findChild<QToolButton*>(u"nextMonthButton"_s), Qt::LeftButton);
        QCOMPARE(page.month(), QDate(2026, 3, 1));
        QVERIFY(!page.findChild<QToolButton*>(u"nextMonthButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page.isShowingMonth(QDate(2026, 3, 1)), 10000);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"

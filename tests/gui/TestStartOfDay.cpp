// SPDX-License-Identifier: GPL-3.0-or-later
// The day's points expiry and tier review in the background: once a shop day, on a worker with its own
// connection, the counter open and selling meanwhile, its progress in the status bar; stopped between two
// parts it leaves the rest to the next start; a failure is shown once a day.
#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "services/DailyMaintenance.h"
#include "services/PurchaseService.h"
#include "settings/AppSettings.h"
#include "support/GuiFixture.h"
#include "trust/StartOfDay.h"

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

namespace {
// A year of a small shop's purchases, the clock moved on until most of their points have lapsed.
void makeLapsingShop(test::GuiFixture& fixture)
{
    DemoOptions options;
    options.members = 200;
    options.months = 12;
    options.seed = 5;
    QString error;
    if (!DemoGenerator(fixture.context()).generate(options, nullptr, &error))
        qFatal("demo: %s", qPrintable(error));
    fixture.clock.setNow(QDateTime(QDate(2027, 5, 2), QTime(8, 0)));
}

qint64 expiryEntries(test::GuiFixture& fixture)
{
    return fixture.scalar(u"SELECT count(*) FROM points_ledger WHERE kind = 'expire'"_s).toLongLong();
}

// Parts of 20 credits; the worker waits after the first until the test lets it go on. Declared before the
// StartOfDay, so that the runner (which waits for its worker) goes first.
struct HeldAfterFirstPart
{
    void install(StartOfDay& dayStart)
    {
        dayStart.setExpiryChunk(20);
        dayStart.setBetweenPartsHook([this] {
            if (pauses++ == 0) {
                paused.release();
                resume.tryAcquire(1, 20000); // never hangs the run when the test fails first
            }
        });
    }
    QSemaphore paused;
    QSemaphore resume;
    std::atomic<int> pauses{0};
};

QList<QMessageBox*> openBoxes()
{
    QList<QMessageBox*> boxes;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible())
            boxes.append(box);
    return boxes;
}
} // namespace

class TestStartOfDay : public QObject
{
    Q_OBJECT

private slots:
    void runsInTheBackgroundOnceADay()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13800138000"_s);
        const ServiceContext ctx = fixture.context();
        QVERIFY(!DailyMaintenance(ctx).lastRunDay().isValid());

        StartOfDay dayStart;
        QSignalSpy finished(&dayStart, &StartOfDay::finished);
        QVERIFY(dayStart.start(ctx, nullptr));
        QVERIFY(dayStart.isRunning());
        QVERIFY(!dayStart.start(ctx, nullptr)); // one at a time
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(!dayStart.isRunning());
        // Written through the worker's connection, read through the GUI's: the day is marked and audited.
        QCOMPARE(DailyMaintenance(ctx).lastRunDay(), QDate(2026, 3, 15));
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'maintenance.run'"_s).toInt(),
                 1);

        // Already done today: nothing starts.
        QVERIFY(!dayStart.start(ctx, nullptr));
        QCOMPARE(finished.size(), 1);

        // The next day it runs again.
        fixture.clock.setNow(QDateTime(QDate(2026, 3, 16), QTime(8, 0)));
        QVERIFY(dayStart.start(ctx, nullptr));
        QVERIFY(finished.wait(10000));
        QCOMPARE(DailyMaintenance(ctx).lastRunDay(), QDate(2026, 3, 16));
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'maintenance.run'"_s).toInt(),
                 2);
    }

    void theCounterSellsWhileItRuns()
    {
        test::GuiFixture fixture;
        makeLapsingShop(fixture);
        QMainWindow window;
        window.show();

        HeldAfterFirstPart held;
        StartOfDay dayStart;
        held.install(dayStart);
        QSignalSpy finished(&dayStart, &StartOfDay::finished);
        QVERIFY(dayStart.start(fixture.context(), &window));

        // Held after its first part: the progress is in the status bar, the first part committed …
        QTRY_VERIFY_WITH_TIMEOUT(held.paused.available() > 0, 10000);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(u"20 of "_s),
                     qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(expiryEntries(fixture), 20);
        // … and the counter sells through the GUI's connection meanwhile.
        PurchaseRequest sale;
        sale.memberId = 1;
        sale.grossFen = 5000;
        PurchaseResult sold;
        QString error;
        QVERIFY2(PurchaseService(fixture.context(Role::Clerk)).record(sale, &sold, &error),
                 qPrintable(error));
        held.resume.release();

        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        const auto result = finished.at(0).at(1).value<MaintenanceResult>();
        QVERIFY(result.ran);
        QVERIFY2(result.expiredEntries > 40, qPrintable(QString::number(result.expiredEntries)));
        QCOMPARE(expiryEntries(fixture), result.expiredEntries);
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     u"%1 lapsed credits expired"_s.arg(QLocale().toString(result.expiredEntries))),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM purchases WHERE time >= '2027-05-02'"_s).toInt(), 1);
    }

    void stoppedItLeavesTheRestToTheNextStart()
    {
        test::GuiFixture fixture;
        makeLapsingShop(fixture);
        HeldAfterFirstPart held;
        StartOfDay dayStart;
        held.install(dayStart);
        QSignalSpy finished(&dayStart, &StartOfDay::finished);
        QSignalSpy failures(&dayStart, &StartOfDay::failureShown);
        QVERIFY(dayStart.start(fixture.context(), nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(held.paused.available() > 0, 10000);
        // Closing: stop() asks first, then the held part is let go and sees the request.
        QTimer::singleShot(0, [&] { held.resume.release(); });
        dayStart.stop();
        QVERIFY(!dayStart.isRunning());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(failures.size(), 0); // stopped on purpose: nothing to tell
        QVERIFY(openBoxes().isEmpty());
        QCOMPARE(expiryEntries(fixture), 20);
        QVERIFY(DailyMaintenance(fixture.context()).lastRunDay() != fixture.clock.today());

        // The next start finishes the day.
        QVERIFY(dayStart.start(fixture.context(), nullptr));
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(1).at(0).toBool());
        QVERIFY(expiryEntries(fixture) > 40);
        QCOMPARE(finished.at(1).at(1).value<MaintenanceResult>().expiredEntries + 20, expiryEntries(fixture));
        QCOMPARE(DailyMaintenance(fixture.context()).lastRunDay(), fixture.clock.today());
    }

    void aRunThatEndsBeforeTheWindowReportsInIt()
    {
        test::GuiFixture fixture;
        makeLapsingShop(fixture);
        StartOfDay dayStart;
        QSignalSpy finished(&dayStart, &StartOfDay::finished);
        QVERIFY(dayStart.start(fixture.context(), nullptr)); // during the sign-in
        QVERIFY(finished.wait(20000));
        const auto result = finished.at(0).at(1).value<MaintenanceResult>();
        QVERIFY(result.expiredEntries > 0);

        QMainWindow window;
        window.show();
        QVERIFY(!dayStart.start(fixture.context(), &window)); // done today: only the window is new
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     u"%1 lapsed credits expired"_s.arg(QLocale().toString(result.expiredEntries))),
                 qPrintable(window.statusBar()->currentMessage()));
        // Said once.
        QMainWindow next;
        dayStart.setWindow(&next);
        QVERIFY(next.statusBar()->currentMessage().isEmpty());
    }

    void theWindowReadsTheLoweredTierAgain()
    {
        test::GuiFixture fixture;
        const qint64 member = fixture.addMember(u"张三"_s, u"13800138000"_s);
        PurchaseRequest sale;
        sale.memberId = member;
        sale.grossFen = 350000; // gold by a year's spend
        PurchaseResult sold;
        QString error;
        QVERIFY2(PurchaseService(fixture.context()).record(sale, &sold, &error), qPrintable(error));
        fixture.clock.setNow(QDateTime(QDate(2027, 4, 1), QTime(8, 0))); // nothing bought for a year

        AppSettings settings(fixture.settingsFile());
        MainWindow window(fixture.context(), settings);
        window.show();
        window.openAtCounter(member);
        auto* tier = window.findChild<QLabel*>(u"tierLabel"_s);
        QVERIFY(tier);
        const QString gold = tier->text();
        QVERIFY(!gold.isEmpty());

        // As app/gui wires it: a run that changed anything has the window read it again.
        StartOfDay dayStart;
        connect(&dayStart, &StartOfDay::finished, &window,
                [&window](bool ok, const MaintenanceResult& result) {
                    if (ok && result.ran)
                        window.reloadAfterMaintenance();
                });
        QSignalSpy finished(&dayStart, &StartOfDay::finished);
        QVERIFY(dayStart.start(fixture.context(), &window));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).value<MaintenanceResult>().review.changes.size(), 1);
        QCOMPARE(fixture.scalar(u"SELECT tier FROM members"_s).toInt(), 0);
        QTRY_VERIFY(tier->text() != gold);
        // … and says what a window opened now says.
        MainWindow fresh(fixture.context(), settings);
        fresh.openAtCounter(member);
        QCOMPARE(tier->text(), fresh.findChild<QLabel*>(u"tierLabel"_s)->text());
    }

    void aFailureIsShownOnceADay()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13800138000"_s);
        QSqlQuery trigger(fixture.db.sql());
        QVERIFY(trigger.exec(
            u"CREATE TRIGGER refuse_maintenance BEFORE INSERT ON audit_log "
            u"WHEN NEW.action = 'maintenance.run' BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        QMainWindow window;
        StartOfDay dayStart;
        QSignalSpy finished(&dayStart, &StartOfDay::finished);
        QSignalSpy failures(&dayStart, &StartOfDay::failureShown);
        QVERIFY(dayStart.start(fixture.context(), &window));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.at(0).at(0).toString().contains(u"disk full"_s),
                 qPrintable(failures.at(0).at(0).toString()));
        const QList<QMessageBox*> boxes = openBoxes();
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.first()->text().contains(u"could not run"_s) &&
                     boxes.first()->text().contains(u"disk full"_s),
                 qPrintable(boxes.first()->text()));
        QVERIFY(!boxes.first()->isModal());
        boxes.first()->close();
        QVERIFY(DailyMaintenance(fixture.context()).lastRunDay() != fixture.clock.today());

        // Retried at the next check: it fails again, and says nothing more today.
        QVERIFY(dayStart.start(fixture.context(), &window));
        QVERIFY(finished.wait(10000));
        QCOMPARE(failures.size(), 1);
        QTest::qWait(50);
        QVERIFY(openBoxes().isEmpty());
    }
};

QTEST_MAIN(TestStartOfDay)
#include "TestStartOfDay.moc"

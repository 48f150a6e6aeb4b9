// SPDX-License-Identifier: GPL-3.0-or-later
// The daily automatic backup runs on a worker thread: the GUI keeps running while the file is copied, one
// backup at a time, the result is verified and audited, and a failure is shown once a day.
#include "storage/BackupService.h"
#include "support/GuiFixture.h"
#include "trust/AutoBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

namespace {

constexpr int kWaitMs = 60000; // a bound against hanging, not a timing assertion

QList<QMessageBox*> visibleWarnings()
{
    QList<QMessageBox*> boxes;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible())
            boxes << box;
    }
    return boxes;
}

} // namespace

class TestAutoBackup : public QObject
{
    Q_OBJECT

private slots:
    void theDailyBackupRunsOnAWorker()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13800138000"_s);
        const ServiceContext ctx = fixture.context(Role::Clerk);
        QMainWindow window;
        AutoBackupRunner runner;
        // The worker waits at the gate until the test has looked at the GUI.
        QSemaphore entered;
        QSemaphore gate;
        runner.setBeforeCopyHook([&] {
            entered.release();
            gate.acquire();
        });
        // A failed check returns early: the worker must not stay at the gate, or the runner's destructor
        // waits for it for ever.
        const auto openGate = qScopeGuard([&] { gate.release(); });
        QSignalSpy started(&runner, &AutoBackupRunner::started);
        QSignalSpy finished(&runner, &AutoBackupRunner::finished);
        const QString file = QDir(BackupService(ctx).folder()).absoluteFilePath(u"gui-2026-03-15.db"_s);

        QVERIFY(runner.start(ctx, &window));
        entered.acquire(); // the copy is now on the worker, held at the gate
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), file);
        QVERIFY(runner.isRunning());
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(window.statusBar()->currentMessage(), u"Backing up…"_s);
        // The event loop keeps running meanwhile: a timer fires.
        bool timerFired = false;
        QTimer::singleShot(0, this, [&] { timerFired = true; });
        QCoreApplication::processEvents();
        QVERIFY(timerFired);
        QVERIFY(runner.isRunning());
        // A second start while one runs starts nothing.
        QVERIFY(!runner.start(ctx, &window));
        QCOMPARE(started.size(), 1);

        gate.release();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(1).toString(), file);
        QVERIFY(!runner.isRunning());
        const DatabaseFileInfo info = BackupService::inspect(file);
        QVERIFY2(info.usable(), qPrintable(info.error));
        QCOMPARE(info.members, 1);
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'backup.auto'"_s).toInt(), 1);
        QCOMPARE(window.statusBar()->currentMessage(), u"Backup written"_s);
        // Today's exists now: nothing more to do today.
        QVERIFY(!runner.start(ctx, &window));
        fixture.clock.advanceDays(1);
        runner.setBeforeCopyHook({});
        QVERIFY(runner.start(ctx, &window));
        runner.waitForFinished();
        QVERIFY(!runner.isRunning());
        QVERIFY(BackupService::inspect(QDir(BackupService(ctx).folder()).filePath(u"gui-2026-03-16.db"_s))
                    .usable());
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'backup.auto'"_s).toInt(), 2);
    }

    void aFailureIsShownOnceADay()
    {
        test::GuiFixture fixture;
        const ServiceContext ctx = fixture.context();
        QFile blocker(fixture.dir.filePath(u"plainfile"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString folder = fixture.dir.filePath(u"plainfile/sub"_s); // cannot be created
        QMainWindow window;
        AutoBackupRunner runner;
        QSignalSpy finished(&runner, &AutoBackupRunner::finished);
        QSignalSpy shown(&runner, &AutoBackupRunner::failureShown);

        QVERIFY(runner.start(ctx, &window, folder));
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString reason = finished.at(0).at(2).toString();
        QVERIFY2(reason.contains(u"plainfile"_s), qPrintable(reason));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), reason);
        // Shown without blocking: the runner returned to the event loop with the warning open.
        const QList<QMessageBox*> boxes = visibleWarnings();
        QCOMPARE(boxes.size(), 1);
        QVERIFY(boxes.first()->text().contains(reason));
        QVERIFY(!boxes.first()->isModal());
        QCOMPARE(window.statusBar()->currentMessage(), u"Backup failed"_s);
        boxes.first()->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'backup.auto'"_s).toInt(), 0);

        // Retried at the next check, but not shown again the same day.
        QVERIFY(runner.start(ctx, &window, folder));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.size(), 2);
        QVERIFY(!finished.at(1).at(0).toBool());
        QCOMPARE(shown.size(), 1);
        QVERIFY(visibleWarnings().isEmpty());

        // The next day it is shown once more.
        fixture.clock.advanceDays(1);
        QVERIFY(runner.start(ctx, &window, folder));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(shown.size(), 2);
        for (QMessageBox* box : visibleWarnings())
            box->close();
    }

    void waitingBeforeClosingShowsNoWarning()
    {
        test::GuiFixture fixture;
        const ServiceContext ctx = fixture.context();
        QFile blocker(fixture.dir.filePath(u"plainfile"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AutoBackupRunner runner;
        QSignalSpy finished(&runner, &AutoBackupRunner::finished);
        QSignalSpy shown(&runner, &AutoBackupRunner::failureShown);
        QVERIFY(runner.start(ctx, nullptr, fixture.dir.filePath(u"plainfile/sub"_s)));
        runner.waitForFinished(u"Backing up before closing…"_s);
        QVERIFY(!runner.isRunning());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(shown.size(), 0); // the on-exit backup reports instead
        QVERIFY(visibleWarnings().isEmpty());
    }
};

QTEST_MAIN(TestAutoBackup)
#include "TestAutoBackup.moc"

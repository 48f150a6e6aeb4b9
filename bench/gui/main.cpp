// SPDX-License-Identifier: GPL-3.0-or-later
// memberdesk-bench-gui: started by memberdesk-bench (see bench/README.md). Runs on --db what app/gui runs
// before the counter (start-up check, upgrade, the day's maintenance started in the background when due,
// the sign-in of --user with --secret, the typing left out), builds the main window, prints "ready" once
// the counter page is shown and the event queue is empty, waits for the day's maintenance, then opens the
// member list, scrolls it from the first row to the last (fetching every page) and prints the process's
// peak resident memory.
#include "MainWindow.h"
#include "care/CarePage.h"
#include "common/Clock.h"
#include "common/LocalTimeZone.h"
#include "services/UserService.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "trust/DatabaseUpgrade.h"
#include "trust/StartOfDay.h"
#include "trust/StartupRecovery.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

int main(int argc, char* argv[])
{
    md::cacheLocalTimeZone(); // before any thread: local-time conversions read the zone once
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"MemberDeskBench"_s);
    QApplication::setApplicationName(u"MemberDeskBench"_s);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Database."_s, u"path"_s);
    const QCommandLineOption userOption(u"user"_s, u"Account to sign in."_s, u"name"_s);
    const QCommandLineOption secretOption(u"secret"_s, u"Its password or PIN."_s, u"secret"_s);
    parser.addOptions({dbOption, userOption, secretOption});
    parser.process(app);

    md::FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    // What app/gui runs before its first window: the start-up check of the file (StartupCheck::wholeCheck
    // says when it reads every page) and the upgrade when one is due.
    QString error;
    const QString path = parser.value(dbOption);
    const auto refuse = [](const md::StartupCheckResult&) { return md::ui::StartupRecovery::Choice::Quit; };
    if (!md::ui::StartupRecovery::run(path, clock.now(), refuse, &error) ||
        !md::ui::DatabaseUpgrade::run(path, &error)) {
        std::fprintf(stderr, "start-up check or upgrade failed: %s\n", qPrintable(error));
        return 1;
    }
    md::Database db;
    if (!db.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // As app/gui: the day's points expiry and tier review start in the background when the shop day has
    // not had them yet, then the sign-in (the password's hash is the slow part; the typing is the user's).
    md::ui::StartOfDay dayStart;
    QElapsedTimer maintenanceTimer;
    maintenanceTimer.start();
    qint64 maintenanceMs = -1;
    bool maintenanceOk = true;
    md::MaintenanceResult maintenance;
    QObject::connect(&dayStart, &md::ui::StartOfDay::finished,
                     [&](bool ok, const md::MaintenanceResult& result, const QString& failure) {
                         maintenanceMs = maintenanceTimer.elapsed();
                         maintenanceOk = ok;
                         maintenance = result;
                         error = failure;
                     });
    const bool maintenanceStarted = dayStart.start({db, clock, md::Actor{}}, nullptr);
    QElapsedTimer signInTimer;
    signInTimer.start();
    const md::SignInResult signIn = md::UserService({db, clock, md::Actor{}})
                                        .signIn(parser.value(userOption), parser.value(secretOption));
    if (!signIn.ok()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(signIn.message));
        return 1;
    }
    const qint64 signInMs = signInTimer.elapsed();
    QTemporaryDir settingsDir; // never the user's settings
    md::ui::AppSettings settings(settingsDir.filePath(u"bench.ini"_s));
    const md::ServiceContext ctx{db, clock, signIn.actor};
    md::ui::MainWindow window(ctx, settings);
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents(); // the first layout and paint of the counter page
    dayStart.setWindow(&window);
    std::printf("ready\nsign_in_ms %lld\n", signInMs);
    std::fflush(stdout);
    // The day's maintenance, when it started, runs on beside the window: its time is from its start to its
    // end, before the member list is scrolled.
    dayStart.waitForFinished();
    if (!maintenanceOk) {
        std::fprintf(stderr, "the day's maintenance failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("maintenance_ran %d\nmaintenance_ms %lld\n", maintenanceStarted && maintenance.ran ? 1 : 0,
                maintenanceStarted ? maintenanceMs : 0LL);
    std::fflush(stdout);

    // The member list, scrolled end to end: every page fetched, as a user dragging to the bottom would.
    // The navigation list's second row is the member list (MainWindow::MembersPageIndex).
    if (auto* nav = window.findChild<QListWidget*>(u"navigationListWidget"_s))
        nav->setCurrentRow(1);
    QApplication::processEvents();
    QTableView* view = nullptr;
    for (QTableView* candidate : window.findChildren<QTableView*>()) {
        if (candidate->isVisible() && candidate->model() && candidate->model()->rowCount() > 0)
            view = candidate;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    if (view) {
        // A model that fetches more as the view reaches its end (canFetchMore) grows by scrolling to the
        // bottom; a windowed one has every row already and is stepped through a screen at a time in jumps of
        // 100 rows (every page of rows read, each shown), as dragging the scroll bar would.
        QAbstractItemModel* model = view->model();
        while (model->canFetchMore(QModelIndex())) {
            view->scrollToBottom();
            QApplication::processEvents();
            if (model->rowCount() == rows && !model->canFetchMore(QModelIndex()))
                break;
            rows = model->rowCount();
        }
        QScrollBar* bar = view->verticalScrollBar();
        for (int value = bar->minimum(); value < bar->maximum(); value += 100) {
            bar->setValue(value);
            QApplication::processEvents();
        }
        view->scrollToBottom();
        QApplication::processEvents();
        rows = model->rowCount();
    }
    const qint64 scrollMs = timer.elapsed();
    // The care list loads in the background from the start: its rows count toward the peak only once it is
    // done, so wait for it (a page of each group is held; the badge counts every row).
    md::ui::CarePage* care = window.carePage();
    while (care->isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    QApplication::processEvents();
    std::printf("rows %lld\nscroll_ms %lld\ncare_open %d\ncare_rows_held %d\npeak_rss_mb %.1f\n", rows,
                scrollMs, care->openCount(), care->cachedRowCount(), peakRssMb());
    std::fflush(stdout);
    return view ? 0 : 3;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// memberdesk: the counter GUI. Wires the core (database, clock) to the ui's main window.
#include "MainWindow.h"
#include "Translations.h"
#include "common/Clock.h"
#include "common/LocalTimeZone.h"
#include "insight/InsightRefresher.h"
#include "services/DailyMaintenance.h"
#include "settings/AppSettings.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "trust/AutoBackup.h"
#include "trust/DatabaseUpgrade.h"
#include "trust/SessionGuard.h"
#include "trust/SignInDialog.h"
#include "trust/StartOfDay.h"
#include "trust/StartupRecovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Gui
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

/// Quits when the main window closes. Not "quit on last window closed": the locked window is hidden
/// while the lock screen shows, and a user switch replaces the window, neither of which is quitting.
class QuitOnClose : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Close)
            QTimer::singleShot(0, qApp, [] { QApplication::quit(); });
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    md::cacheLocalTimeZone(); // before any thread: local-time conversions read the zone once
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"MemberDesk"_s);
    QApplication::setApplicationName(u"MemberDesk"_s);
    QApplication::setApplicationVersion(u"0.1"_s);
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"The member database file."_s, u"path"_s);
    const QCommandLineOption nowOption(
        u"now"_s, u"Fixed local time (YYYY-MM-DDTHH:MM:SS), for demos and tests."_s, u"time"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Language: zh_CN, zh_TW or en."_s, u"language"_s);
    const QCommandLineOption userOption(u"user"_s, u"The account preselected on the sign-in screen."_s,
                                        u"name"_s);
    parser.addOptions({dbOption, nowOption, langOption, userOption});
    parser.process(app);

    md::ui::AppSettings settings;
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = settings.language();
    if (language.isEmpty())
        language = md::languageForLocale(QLocale::system());
    md::installTranslations(language);

    std::unique_ptr<md::Clock> clock;
    if (parser.isSet(nowOption)) {
        const QDateTime now = QDateTime::fromString(parser.value(nowOption), Qt::ISODate);
        if (!now.isValid()) {
            QMessageBox::critical(nullptr, Gui::tr("MemberDesk"),
                                  Gui::tr("--now must be a local time like 2026-03-15T10:00:00."));
            return 2;
        }
        clock = std::make_unique<md::FixedClock>(now);
    } else {
        clock = std::make_unique<md::SystemClock>();
    }

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = settings.databasePath();
    if (path.isEmpty())
        path = md::Database::defaultPath();
    path = QFileInfo(path).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());

    // One counter window per database: a second one would race the first for the same customers.
    QLockFile lock(path + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(100)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock.getLockInfo(&pid, &host, &application);
        QMessageBox::warning(nullptr, Gui::tr("MemberDesk"),
                             Gui::tr("MemberDesk is already open on this database (%1, process %2 on %3). "
                                     "Use that window, or close it first.")
                                 .arg(path)
                                 .arg(pid)
                                 .arg(host));
        return 1;
    }

    // A damaged database is never opened silently: the user is told and offered the newest good backup.
    QString recovery;
    const bool usable = md::ui::StartupRecovery::run(path, clock->now(),
                                                     md::ui::StartupRecovery::askWithMessageBox, &recovery);
    if (!recovery.isEmpty() && usable)
        QMessageBox::information(nullptr, Gui::tr("MemberDesk"), recovery);
    else if (!recovery.isEmpty())
        QMessageBox::critical(nullptr, Gui::tr("MemberDesk"), recovery);
    if (!usable)
        return 1;
    QString error;
    md::Database db;
    // A database from an older release is upgraded first, behind a notice rather than a blank screen.
    if (!md::ui::DatabaseUpgrade::run(path, &error) || !db.open(path, &error)) {
        QMessageBox::critical(nullptr, Gui::tr("MemberDesk"),
                              Gui::tr("The member database could not be opened:\n%1\n\n%2").arg(path, error));
        return 1;
    }

    // The day's housekeeping (points expiry sweep, tier review) in the background from now on, while the
    // sign-in waits for the user; the counter opens meanwhile (lapsed points are never spendable). It is
    // started again at every day check: a no-op once today's has run or while one runs.
    const md::ServiceContext shopCtx{db, *clock, md::Actor{}};
    md::ui::StartOfDay dayStart;
    dayStart.start(shopCtx, nullptr);

    // Who is at the counter: the first-start wizard on a new database, otherwise sign-in.
    md::Actor actor;
    if (!md::ui::SignInDialog::signInAtStart(db, *clock, settings, parser.value(userOption), &actor))
        return 0;

    // One window per signed-in user: another user (or a restored database) gets a new window, built for
    // their role (the pages copy the context; owner-only pages exist only in an owner's window).
    enum class Next
    {
        Quit,
        SwitchUser,
        Reload,
    };
    int code = 0;
    bool restart = false;
    // The daily backup runs on a worker thread (a failure is shown once a day); it outlives the windows.
    md::ui::AutoBackupRunner dailyBackup;
    QDate shopDay = clock->now().date();
    for (;;) {
        const md::ServiceContext ctx{db, *clock, actor};
        md::ui::MainWindow window(ctx, settings);
        md::ui::SessionGuard guard(&window, ctx, settings);
        // The member cards' insight (segment, type, P(alive), value) is recomputed once a day in the
        // background; a few seconds after start so the counter opens at once.
        md::ui::InsightRefresher insightRefresher(ctx);
        QTimer::singleShot(5000, &insightRefresher, [&insightRefresher] { insightRefresher.refreshIfDue(); });
        QuitOnClose quitOnClose;
        window.installEventFilter(&quitOnClose);
        Next next = Next::Quit;
        QObject::connect(&guard, &md::ui::SessionGuard::userSwitchRequested, &window,
                         [&](const md::Actor& other) {
                             actor = other;
                             next = Next::SwitchUser;
                             QApplication::exit(0); // also ends any dialog still open underneath
                         });
        QObject::connect(&guard, &md::ui::SessionGuard::reloadRequested, &window, [&] {
            next = Next::Reload;
            QApplication::exit(0);
        });
        // A shop open past midnight: check the day every few minutes, run the new day's maintenance and
        // the day's automatic backup (a failed backup is shown once a day, and retried).
        QTimer dayCheck;
        QObject::connect(&dayCheck, &QTimer::timeout, &window, [&] {
            const QDate today = clock->now().date();
            const bool newDay = today != shopDay;
            shopDay = today;
            // A maintenance it starts reloads the care lists when it ends (new birthdays, due follow-ups).
            if (!dayStart.start(shopCtx, &window) && newDay)
                window.reloadCare();
            if (!guard.isLocked())
                dailyBackup.start(ctx, &window); // a no-op while today's exists or one is running
        });
        QObject::connect(&dayCheck, &QTimer::timeout, &insightRefresher, [&insightRefresher] {
            insightRefresher.refreshIfDue(); // a no-op while today's snapshot exists or one is running
        });
        dayCheck.start(3 * 60 * 1000);
        if (settings.windowGeometry().isEmpty()) {
            // First start: the counter gets the whole screen (also without a window manager).
            if (const QScreen* screen = QGuiApplication::primaryScreen())
                window.setGeometry(screen->availableGeometry());
            window.showMaximized();
        } else
            window.show();
        // The day's maintenance shows its progress in this window; a run that changed points or tiers has
        // the window read them again, a failed one the care lists (a new day's birthdays).
        QObject::connect(&dayStart, &md::ui::StartOfDay::finished, &window,
                         [&window](bool ok, const md::MaintenanceResult& result) {
                             if (ok && result.ran)
                                 window.reloadAfterMaintenance();
                             else if (!ok)
                                 window.reloadCare();
                         });
        dayStart.start(shopCtx, &window); // or shows a running one's progress here
        code = app.exec();
        if (next == Next::SwitchUser) {
            settings.setWindowGeometry(window.saveGeometry()); // the next user's window opens where this was
            continue;
        }
        if (next == Next::Reload) {
            settings.setWindowGeometry(window.saveGeometry());
            window.hide();
            // The restored database has its own accounts.
            if (!md::ui::SignInDialog::signInAtStart(db, *clock, settings, actor.name, &actor))
                break;
            continue;
        }
        restart = window.restartRequested();
        // Today's backup on the way out (any role may; a failure is shown but closes by itself).
        window.hide();
        // What the day's maintenance committed stays; the next start finishes it.
        dayStart.stop();
        // Both write today's file: a daily backup still running finishes first.
        dailyBackup.waitForFinished(QCoreApplication::translate("AutoBackup", "Backing up before closing…"));
        md::ui::AutoBackup::run(ctx, md::ui::AutoBackup::When::OnExit, nullptr);
        break;
    }
    if (restart) {
        lock.unlock();
        db.close();
        QStringList arguments = QApplication::arguments().mid(1);
        // The new language / database comes from the settings, not from this run's options.
        for (const QString& option : {u"--lang"_s, u"--db"_s}) {
            const int at = arguments.indexOf(option);
            if (at >= 0)
                arguments.remove(at, qMin<qsizetype>(2, arguments.size() - at));
        }
        QProcess::startDetached(QApplication::applicationFilePath(), arguments);
    }
    return code;
}

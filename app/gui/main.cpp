// SPDX-License-Identifier: GPL-3.0-or-later
// memberdesk: the counter GUI. Wires the core (database, clock) to the ui's main window.
#include "MainWindow.h"
#include "Translations.h"
#include "common/Clock.h"
#include "insight/InsightRefresher.h"
#include "services/DailyMaintenance.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
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

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"MemberDesk"_s);
    QApplication::setApplicationName(u"MemberDesk"_s);
    QApplication::setApplicationVersion(u"0.1"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"The member database file."_s, u"path"_s);
    const QCommandLineOption nowOption(
        u"now"_s, u"Fixed local time (YYYY-MM-DDTHH:MM:SS), for demos and tests."_s, u"time"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Language: zh_CN, zh_TW or en."_s, u"language"_s);
    parser.addOptions({dbOption, nowOption, langOption});
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

    md::Database db;
    QString error;
    if (!db.open(path, &error)) {
        QMessageBox::critical(nullptr, Gui::tr("MemberDesk"),
                              Gui::tr("The member database could not be opened:\n%1\n\n%2").arg(path, error));
        return 1;
    }

    const md::ServiceContext ctx{db, *clock, md::Actor{0, md::Role::Owner, {}}};
    // The day's housekeeping (points expiry sweep, tier review) before anyone looks at a balance. A
    // failure is shown (once a day) but does not keep the counter closed; the day check retries it.
    QDate warnedDay;
    const auto runMaintenance = [&](QWidget* parent) {
        md::MaintenanceResult result;
        QString maintenanceError;
        if (md::DailyMaintenance(ctx).runIfDue(&result, &maintenanceError))
            return true;
        if (warnedDay != clock->now().date()) {
            warnedDay = clock->now().date();
            QMessageBox::warning(parent, Gui::tr("MemberDesk"),
                                 Gui::tr("Today's points expiry and tier review could not run:\n%1\n\n"
                                         "The counter works; it is tried again in a few minutes.")
                                     .arg(maintenanceError));
        }
        return false;
    };
    bool maintained = runMaintenance(nullptr);
    md::ui::MainWindow window(ctx, settings);
    // The member cards' insight (segment, type, P(alive), value) is recomputed once a day in the
    // background; a few seconds after start so the counter opens at once.
    md::ui::InsightRefresher insightRefresher(ctx);
    QTimer::singleShot(5000, &insightRefresher, [&insightRefresher] { insightRefresher.refreshIfDue(); });
    // A shop open past midnight: check the day every few minutes and run the new day's maintenance.
    QTimer dayCheck;
    QDate shopDay = clock->now().date();
    QObject::connect(&dayCheck, &QTimer::timeout, &window, [&] {
        const QDate today = clock->now().date();
        if (today == shopDay && maintained)
            return;
        maintained = runMaintenance(&window);
        shopDay = today;
        window.reloadCare(); // new birthdays, due follow-ups, expiries
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
    const int code = app.exec();
    if (window.restartRequested()) {
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

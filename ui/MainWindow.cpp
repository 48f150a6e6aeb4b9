// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "care/CarePage.h"
#include "common/Clock.h"
#include "common/WindowShortcutsFirst.h"
#include "counter/CounterPage.h"
#include "dashboard/DashboardPage.h"
#include "events/AddToEventDialog.h"
#include "events/EventsPage.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportDialog.h"
#include "insight/InsightPage.h"
#include "loyalty/RulesPage.h"
#include "members/MemberDialog.h"
#include "members/MembersPage.h"
#include "security/Permissions.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
// A large shop's care list runs to six digits (223,520 at a million members): the navigation shows a capped
// count, at a width fixed once; the care page itself gives the exact one.
constexpr int kCareBadgeCap = 999;

QString careBadge(int count)
{
    return count > kCareBadgeCap ? QLocale().toString(kCareBadgeCap) + u'+' : QLocale().toString(count);
}
} // namespace

MainWindow::MainWindow(const ServiceContext& ctx, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_ctx(ctx), m_settings(settings)
{
    new WindowShortcutsFirst(this);
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("MemberDesk"));
    m_counter = new CounterPage(m_ctx);
    m_members = new MembersPage(m_ctx);
    m_insight = new InsightPage(m_ctx);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_counter);
    m_pages->addWidget(m_members);
    m_pages->addWidget(m_insight);
    m_care = new CarePage(m_ctx);
    m_pages->addWidget(m_care);
    if (m_ctx.actor.role == Role::Owner) {
        m_rules = new RulesPage(m_ctx);
        m_pages->addWidget(m_rules);
    }

    m_nav = new QListWidget;
    m_nav->setObjectName(u"navigationListWidget"_s);
    m_nav->addItem(tr("Counter  F2"));
    m_nav->addItem(tr("Members  F4"));
    m_nav->addItem(tr("Insight  F6"));
    m_nav->addItem(QString());
    if (m_rules)
        m_nav->addItem(tr("Loyalty programme  F7"));
    if (m_ctx.actor.role == Role::Owner) { // owner reports: the page index follows the navigation row
        auto* dashboard = new DashboardPage(m_ctx);
        m_pages->addWidget(dashboard);
        m_nav->addItem(tr("Dashboard  F8"));
        connect(dashboard, &DashboardPage::openMemberRequested, this, &MainWindow::openAtCounter);
        auto* dashboardAction = new QAction(tr("Dashboard"), this);
        dashboardAction->setShortcut(QKeySequence(Qt::Key_F8));
        connect(dashboardAction, &QAction::triggered, this,
                [this, dashboard] { showPage(m_pages->indexOf(dashboard)); });
        addAction(dashboardAction);
    }
    // VIP events last (F9): owners plan them, clerks get the door check-in; the row follows the pages.
    m_events = new EventsPage(m_ctx);
    m_pages->addWidget(m_events);
    m_nav->addItem(tr("Events  F9"));
    auto* eventsAction = new QAction(tr("VIP events"), this);
    eventsAction->setObjectName(u"eventsAction"_s);
    eventsAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(eventsAction, &QAction::triggered, this, [this] { showPage(eventsPageIndex()); });
    addAction(eventsAction);
    updateCareBadge(0);
    // Wide enough for the longest entry in the user's language, in the list's 15 px font.
    QFont navFont = m_nav->font();
    navFont.setPixelSize(15);
    const QFontMetrics navMetrics(navFont);
    int navWidth = navMetrics.horizontalAdvance(tr("Today (%1)  F5").arg(careBadge(kCareBadgeCap + 1)));
    for (int i = 0; i < m_nav->count(); ++i)
        navWidth = qMax(navWidth, navMetrics.horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(navWidth + 36);
    m_nav->setFocusPolicy(Qt::NoFocus);
    m_nav->setStyleSheet(u"QListWidget { font-size: 15px; } QListWidget::item { padding: 10px 6px; }"_s);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_counter, &CounterPage::membersChanged, this, [this] { m_membersStale = true; });
    connect(m_members, &MembersPage::openMemberRequested, this, &MainWindow::openAtCounter);
    connect(m_insight, &InsightPage::openMemberRequested, this, &MainWindow::openAtCounter);
    connect(m_counter, &CounterPage::membersChanged, this, [this] { m_careStale = true; });
    connect(m_care, &CarePage::countChanged, this, &MainWindow::updateCareBadge);
    connect(m_care, &CarePage::openMemberRequested, this, &MainWindow::openAtCounter);
    connect(m_events, &EventsPage::openMemberRequested, this, &MainWindow::openAtCounter);
    if (m_events->canPlan()) // an insight list feeds an event's guests (owners; clerks plan no events)
        connect(m_insight, &InsightPage::eventAudienceRequested, this, &MainWindow::addListToEvent);
    if (m_rules) {
        connect(m_rules, &RulesPage::rulesChanged, this, [this] {
            m_careStale = true;
            m_membersStale = true;
            m_counter->refreshMember();
        });
    }
    connect(m_members, &MembersPage::editMemberRequested, this, [this](qint64 id) {
        auto* dialog = new MemberDialog(m_ctx, id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &MemberDialog::saved, m_members, &MembersPage::reload);
        connect(dialog, &MemberDialog::saved, m_counter, &CounterPage::refreshMember);
        dialog->open();
    });

    createActions();
    const QString roleName = m_ctx.actor.role == Role::Owner ? tr("Owner") : tr("Clerk");
    const QString who = m_ctx.actor.name.isEmpty() || m_ctx.actor.name == roleName
                            ? roleName
                            : tr("%1 (%2)").arg(m_ctx.actor.name, roleName);
    auto* status = new QLabel(
        tr("%1 · %2 · database %3")
            .arg(who, QLocale().toString(m_ctx.clock.now().date(), QLocale::LongFormat), m_ctx.db.path()));
    status->setObjectName(u"sessionStatusLabel"_s);
    statusBar()->addWidget(status);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 760);
    m_nav->setCurrentRow(CounterPageIndex);
    m_care->reload(); // in the background: the badge fills in when it is done
}

int MainWindow::eventsPageIndex() const
{
    return m_pages->indexOf(m_events);
}

void MainWindow::updateCareBadge(int count)
{
    m_nav->item(CarePageIndex)
        ->setText(count > 0 ? tr("Today (%1)  F5").arg(careBadge(count)) : tr("Today  F5"));
}

void MainWindow::reloadCare()
{
    m_care->reload();
}

void MainWindow::reloadAfterMaintenance()
{
    m_counter->refreshMember();
    m_care->reload();
    if (m_pages->currentIndex() == MembersPageIndex)
        m_members->reload();
    else
        m_membersStale = true; // read when the page is shown
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* settings = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    if (m_ctx.actor.role == Role::Owner) { // the importers and the exporter refuse clerks
        fileMenu->addSeparator();
        QAction* importCsv = fileMenu->addAction(tr("&Import from CSV…"), this, [this] {
            auto* dialog = new ImportDialog(m_ctx, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ImportDialog::imported, this, [this] {
                m_members->reload();
                m_counter->refreshMember();
                m_careStale = true;
            });
            dialog->open();
        });
        importCsv->setObjectName(u"importCsvAction"_s);
        QAction* exportCsv = fileMenu->addAction(tr("&Export to CSV…"), this, [this] {
            auto* dialog = new ExportDialog(m_ctx, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        exportCsv->setObjectName(u"exportCsvAction"_s);
    }
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* memberMenu = menuBar()->addMenu(tr("&Member"));
    QAction* find = memberMenu->addAction(tr("&Find member"), this, [this] {
        showPage(CounterPageIndex);
        m_counter->focusSearch();
    });
    find->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence::Find});
    find->setObjectName(u"findAction"_s);
    QAction* add = memberMenu->addAction(tr("&Register member…"), this, [this] {
        showPage(CounterPageIndex);
        m_counter->registerMember();
    });
    add->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence::New});
    add->setObjectName(u"registerAction"_s);
    QAction* edit = memberMenu->addAction(tr("&Edit member…"), this, [this] {
        showPage(CounterPageIndex);
        m_counter->editCurrentMember();
    });
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    if (Permissions::allows(m_ctx.actor.role, Permission::DeleteMember)) {
        QAction* anonymize = memberMenu->addAction(tr("&Anonymise at the member's request…"), this, [this] {
            showPage(CounterPageIndex);
            m_counter->anonymizeCurrentMember();
        });
        anonymize->setObjectName(u"anonymizeAction"_s);
    }
    QAction* list = memberMenu->addAction(tr("Member &list"), this, [this] {
        showPage(MembersPageIndex);
        m_members->focusFilter();
    });
    list->setShortcut(QKeySequence(Qt::Key_F4));
    QAction* insight = memberMenu->addAction(tr("&Insight"), this, [this] { showPage(InsightPageIndex); });
    insight->setShortcut(QKeySequence(Qt::Key_F6));
    insight->setObjectName(u"insightAction"_s);
    QAction* file = memberMenu->addAction(tr("Member &file…"), this, [this] {
        showPage(CounterPageIndex);
        m_counter->openMemberFile();
    });
    file->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->setObjectName(u"memberFileAction"_s);

    QMenu* careMenu = menuBar()->addMenu(tr("&Care"));
    QAction* today = careMenu->addAction(tr("&Today's care list"), this, [this] { showPage(CarePageIndex); });
    today->setShortcut(QKeySequence(Qt::Key_F5));
    today->setObjectName(u"careAction"_s);
    if (m_rules) {
        QAction* rules =
            careMenu->addAction(tr("&Loyalty programme"), this, [this] { showPage(RulesPageIndex); });
        rules->setShortcut(QKeySequence(Qt::Key_F7));
        rules->setObjectName(u"rulesAction"_s);
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About MemberDesk"), this, &MainWindow::showAbout);
}

void MainWindow::openAtCounter(qint64 memberId)
{
    showPage(CounterPageIndex);
    m_counter->openMember(memberId);
}

void MainWindow::addListToEvent(const QString& listName, const QVector<qint64>& memberIds)
{
    if (!m_events->confirmClose()) // an edited guest list is settled before another list joins it
        return;
    auto* dialog = new AddToEventDialog(m_ctx, listName, memberIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddToEventDialog::added, this, [this](qint64 eventId, const QString& summary) {
        showPage(eventsPageIndex());
        m_events->showGuestsOf(eventId); // the live count, the excluded and why, and Invite
        statusBar()->showMessage(summary, 15000);
    });
    dialog->start();
}

void MainWindow::showPage(int page)
{
    if (page == MembersPageIndex && m_membersStale) {
        m_members->reload();
        m_membersStale = false;
    }
    if (page == RulesPageIndex && !m_rules && page != eventsPageIndex()) // clerks: events sit at that row
        return;
    if (page == CarePageIndex && m_careStale) {
        m_care->reload();
        m_careStale = false;
    }
    const QSignalBlocker blocker(m_nav);
    m_nav->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
    if (page == CounterPageIndex)
        m_counter->focusSearch();
    else if (page == CarePageIndex)
        m_care->focusList();
    else if (page == eventsPageIndex())
        m_events->activate();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_ctx.db.path(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.restartRequested()) {
        m_restart = true;
        close();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MemberDesk"),
                       tr("<h3>MemberDesk</h3><p>Member loyalty for small shops: tiers, points, care.</p>"
                          "<p>Database: %1 (schema version %2)</p>")
                           .arg(m_ctx.db.path().toHtmlEscaped())
                           .arg(m_ctx.db.schemaVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_events->confirmClose()) { // an edited guest list is saved or dropped on purpose
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace md::ui

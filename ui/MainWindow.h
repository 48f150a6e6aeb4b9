// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QMainWindow>
#include <QVector>

class QListWidget;
class QStackedWidget;

namespace md::ui {

class AppSettings;
class CarePage;
class CounterPage;
class EventsPage;
class InsightPage;
class MembersPage;
class RulesPage;

/// The shell: pages on the left (counter first), shortcuts that work from anywhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const ServiceContext& ctx, AppSettings& settings, QWidget* parent = nullptr);

    CounterPage* counterPage() const { return m_counter; }
    MembersPage* membersPage() const { return m_members; }
    InsightPage* insightPage() const { return m_insight; }
    CarePage* carePage() const { return m_care; }
    /// Null for clerks.
    RulesPage* rulesPage() const { return m_rules; }
    /// VIP events (F9): planning for owners, the door check-in for everyone. Its index follows the
    /// role's other pages: eventsPageIndex().
    EventsPage* eventsPage() const { return m_events; }
    int eventsPageIndex() const;
    /// True when the user asked to restart (after changing the language or the database).
    bool restartRequested() const { return m_restart; }

    enum Page
    {
        CounterPageIndex,
        MembersPageIndex,
        InsightPageIndex,
        CarePageIndex,
        RulesPageIndex, ///< owners only
    };
    void showPage(int page);
    /// Every page that lists members opens them here.
    void openAtCounter(qint64 memberId);
    /// Reloads the care list in the background (a new shop day).
    void reloadCare();
    /// Points and tiers changed under the window (the day's maintenance, in the background): the
    /// counter's member, the member list and the care lists are read again.
    void reloadAfterMaintenance();
    /// "Use as event audience…" on an insight list: adds its members to an event's guests (owners).
    void addListToEvent(const QString& listName, const QVector<qint64>& memberIds);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void openSettings();
    void showAbout();
    void updateCareBadge(int count);

    ServiceContext m_ctx;
    AppSettings& m_settings;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    CounterPage* m_counter;
    MembersPage* m_members;
    InsightPage* m_insight;
    CarePage* m_care;
    RulesPage* m_rules = nullptr;
    EventsPage* m_events = nullptr;
    bool m_membersStale = false;
    bool m_careStale = false;
    bool m_restart = false;
};

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace md::ui {

class AppSettings;
class CounterPage;
class InsightPage;
class MembersPage;

/// The shell: pages on the left (counter first), shortcuts that work from anywhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const ServiceContext& ctx, AppSettings& settings, QWidget* parent = nullptr);

    CounterPage* counterPage() const { return m_counter; }
    MembersPage* membersPage() const { return m_members; }
    InsightPage* insightPage() const { return m_insight; }
    /// True when the user asked to restart (after changing the language or the database).
    bool restartRequested() const { return m_restart; }

    enum Page
    {
        CounterPageIndex,
        MembersPageIndex,
        InsightPageIndex,
    };
    void showPage(int page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void openSettings();
    void showAbout();

    ServiceContext m_ctx;
    AppSettings& m_settings;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    CounterPage* m_counter;
    MembersPage* m_members;
    InsightPage* m_insight;
    bool m_membersStale = false;
    bool m_restart = false;
};

} // namespace md::ui

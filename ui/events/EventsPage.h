// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/Event.h"
#include "services/ServiceContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace md::ui {

class AudienceBuilderWidget;
class CheckInWidget;
class EventRoiPanel;
class InvitationDesigner;

/// VIP events (活动). The owner plans them: the list of upcoming and past events on the left; the chosen
/// event on the right with its overview and return (ROI), its guests, its invitations and the door.
/// Clerks, who may not plan events (core refuses), get the door check-in screen alone.
class EventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPage(const ServiceContext& ctx, QWidget* parent = nullptr);

    enum Tab
    {
        OverviewTab,
        GuestsTab,
        InvitationsTab,
        CheckInTab,
    };

    bool canPlan() const { return m_canPlan; }
    qint64 currentEventId() const { return m_event.id; }
    const Event& currentEvent() const { return m_event; }
    /// Null for clerks (they have only the check-in screen).
    QTreeWidget* eventList() const { return m_list; }
    AudienceBuilderWidget* audienceBuilder() const { return m_audience; }
    InvitationDesigner* designer() const { return m_designer; }
    CheckInWidget* checkIn() const { return m_checkIn; }
    EventRoiPanel* roiPanel() const { return m_roi; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Before the window closes: asks to save an edited guest list. False: keep the window open.
    bool confirmClose() { return settleUnsavedAudience(); }

public slots:
    /// Reloads the list (and the door's events), keeping the selection.
    void reload();
    /// The page was opened (F9): reload, and put the cursor where the work is.
    void activate();
    bool selectEvent(qint64 eventId);
    /// Shows the event's Guests tab with its guest list as saved now (after guests were added from
    /// elsewhere, e.g. an insight list), even when it is the event already shown. False when it is missing.
    bool showGuestsOf(qint64 eventId);
    void showTab(int tab);
    void newEvent();
    void editEvent();
    void deleteEvent();

signals:
    void openMemberRequested(qint64 memberId);

private:
    QWidget* buildPlanner();
    QWidget* buildOverview();
    void onCurrentItemChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous);
    void displayEvent(const Event& event);
    void refreshCurrent();
    void updateOverview();
    /// Asks to save an edited guest list before leaving it; false: stay.
    bool settleUnsavedAudience();

    ServiceContext m_ctx;
    bool m_canPlan;
    Event m_event;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QStackedWidget* m_detail = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_when = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_details = nullptr;
    EventRoiPanel* m_roi = nullptr;
    AudienceBuilderWidget* m_audience = nullptr;
    InvitationDesigner* m_designer = nullptr;
    CheckInWidget* m_checkIn = nullptr;
    bool m_selecting = false;
};

} // namespace md::ui

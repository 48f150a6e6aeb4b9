// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/AudienceBuilder.h"
#include "events/Event.h"
#include "events/EventInvitations.h"
#include "services/MemberSearch.h"
#include "services/ServiceContext.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace md::ui {

class AudienceCounter;
class AudienceCriteriaForm;
class AudienceListsPanel;
class AudienceModel;

/// Chooses an event's guests: criteria on the left (tier, loyalty type, RFM segment, spend in a period,
/// probability still active, birthday month, last visit, referrals), the live count and the two lists on
/// the right — who gets a seat, and who is left out and why (no marketing consent, anonymised, removed by
/// hand, no seat left). Members can be added or removed one by one. The member figures are loaded once on
/// a worker thread with its own connection; every change re-evaluates the filter (debounced, on a worker)
/// and the count follows within a fraction of a second.
/// The parts live in their own files: AudienceCriteriaForm (the criteria), AudienceListsPanel (the two lists
/// and the changes by hand), AudienceCounter (loading and counting off the GUI thread). This class ties
/// them to the event: what is saved, who is invited, and what the user is told.
class AudienceBuilderWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceBuilderWidget(const ServiceContext& ctx, QWidget* parent = nullptr);
    ~AudienceBuilderWidget() override;

    /// Shows the event's saved filter and evaluates it (loading the member figures first if needed).
    void setEvent(const Event& event);
    qint64 eventId() const { return m_event.id; }

    /// The filter as the controls and the manual additions/removals say.
    AudienceFilter currentFilter() const;
    /// Shows `filter` in the controls (and evaluates it).
    void setFilter(const AudienceFilter& filter);
    /// The last evaluation shown.
    const Audience& audience() const { return m_audience; }
    /// True while the figures load or an evaluation runs or waits for the debounce.
    bool isBusy() const;
    /// True when the filter differs from the one saved with the event.
    bool hasUnsavedChanges() const;
    AudienceModel* matchedModel() const;
    AudienceModel* excludedModel() const;

public slots:
    /// Loads the member figures again (purchases and members change while the page is open).
    void reloadData();
    /// Saves the filter with the event. False with the error shown.
    bool save();
    /// Adds the member found by `query` (phone, card or name; the core search): with one match it is
    /// added; with several the first exact match, else a menu to pick from. False when nobody is found.
    bool addMember(const QString& query);
    void addMemberId(qint64 memberId);
    /// Takes the members off the list (invited ones keep their invitation: see withdrawSelected()).
    void removeMemberIds(const QList<qint64>& memberIds);
    void putBackMemberIds(const QList<qint64>& memberIds);
    /// Writes the CSV (owner). False with the error shown.
    bool exportTo(const QString& path);
    /// Writes the invitations of the current audience without asking (the Invite button asks first).
    bool writeInvitations();

signals:
    /// Invitations were written or withdrawn (the page refreshes counts and the designer's guests).
    void invitationsChanged(qint64 eventId);
    void saved(qint64 eventId);
    /// A row was opened (double-click or Enter): show the member at the counter.
    void openMemberRequested(qint64 memberId);

private:
    QWidget* buildResults();
    void scheduleEvaluation();
    void startEvaluation();
    void onEvaluated(const Audience& audience);
    void onDataLoaded(bool ok, const QString& error);
    void showMessage(const QString& text, bool error);
    void updateButtons();
    void removeSelected();
    void putBackSelected();
    void confirmAndInvite();
    void chooseExportFile();
    void submitAddMember(const QString& query);

    ServiceContext m_ctx;
    MemberSearch m_search;
    Event m_event;
    AudienceFilter m_savedFilter;
    QSet<qint64> m_added;
    QSet<qint64> m_removed;
    QSet<qint64> m_invited;
    AudienceCounter* m_counter;
    Audience m_audience;

    AudienceCriteriaForm* m_criteria;
    AudienceListsPanel* m_lists;
    QLabel* m_count;
    QProgressBar* m_busy;
    QLabel* m_warnings;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_export = nullptr;
    QPushButton* m_invite;
};

} // namespace md::ui

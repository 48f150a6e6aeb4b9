// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/AudienceBuilder.h"
#include "events/Event.h"
#include "events/EventInvitations.h"
#include "services/MemberSearch.h"
#include "services/ServiceContext.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace md::ui {

class AudienceModel;

/// Chooses an event's guests: criteria on the left (tier, loyalty type, RFM segment, spend in a period,
/// probability still active, birthday month, last visit, referrals), the live count and the two lists on
/// the right — who gets a seat, and who is left out and why (no marketing consent, anonymised, removed by
/// hand, no seat left). Members can be added or removed one by one. The member figures are loaded once on
/// a worker thread with its own connection; every change re-evaluates the filter (debounced, on a worker)
/// and the count follows within a fraction of a second.
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
    AudienceModel* matchedModel() const { return m_matchedModel; }
    AudienceModel* excludedModel() const { return m_excludedModel; }

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
    QWidget* buildCriteria();
    QWidget* buildResults();
    void scheduleEvaluation();
    void startEvaluation();
    void onEvaluated();
    void onDataLoaded();
    void showMessage(const QString& text, bool error);
    void updateButtons();
    void removeSelected();
    void putBackSelected();
    void confirmAndInvite();
    void chooseExportFile();
    void submitAddMember();
    QList<qint64> selectedIds(QTableView* view) const;

    ServiceContext m_ctx;
    MemberSearch m_search;
    Event m_event;
    AudienceFilter m_savedFilter;
    QSet<qint64> m_added;
    QSet<qint64> m_removed;
    QSet<qint64> m_invited;
    std::shared_ptr<const AudienceBuilder> m_builder;
    struct Loaded
    {
        std::shared_ptr<const AudienceBuilder> builder;
        QString error;
    };
    QFutureWatcher<Loaded>* m_loader;
    QFutureWatcher<Audience>* m_evaluator;
    bool m_evaluationPending = false;
    bool m_evaluating = false; ///< until the result is shown (the watcher's signal comes queued)
    bool m_loading = false;
    bool m_settingFilter = false;
    Audience m_audience;
    QTimer* m_debounce;

    QVector<QCheckBox*> m_tiers;
    QVector<QCheckBox*> m_types;
    QVector<QCheckBox*> m_segments;
    QCheckBox* m_useSpend;
    QLineEdit* m_minSpend;
    QSpinBox* m_spendDays;
    QCheckBox* m_usePAlive;
    QSpinBox* m_pAlive;
    QComboBox* m_birthdayMonth;
    QCheckBox* m_useVisitAfter;
    QDateEdit* m_visitAfter;
    QCheckBox* m_useVisitBefore;
    QDateEdit* m_visitBefore;
    QCheckBox* m_useReferrals;
    QSpinBox* m_referrals;
    QLineEdit* m_addMember;

    QLabel* m_count;
    QProgressBar* m_busy;
    QLabel* m_warnings;
    QLabel* m_message;
    QTabWidget* m_lists;
    AudienceModel* m_matchedModel;
    AudienceModel* m_excludedModel;
    QTableView* m_matchedView;
    QTableView* m_excludedView;
    QPushButton* m_remove;
    QPushButton* m_putBack;
    QPushButton* m_save;
    QPushButton* m_export = nullptr;
    QPushButton* m_invite;
};

} // namespace md::ui

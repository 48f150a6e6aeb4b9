// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/EventDialog.h"
#include "services/ServiceContext.h"

#include <QDialog>
#include <QPointer>
#include <QVector>

class QLabel;
class QListWidget;
class QPushButton;

namespace md::ui {

/// "Add N members from <list> to an event": a member list from elsewhere (an insight segment, the win-back
/// list …) becomes hand-added guests of an upcoming event, or of a new one planned on the spot. The event's
/// other criteria and earlier additions are kept; members already added are not added twice; consent is
/// still checked by the guest builder (who did not agree shows as excluded, with the reason). Saved through
/// EventService::setAudience (owner only, audited); core's sentence is shown when it refuses.
class AddToEventDialog : public QDialog
{
    Q_OBJECT
public:
    AddToEventDialog(const ServiceContext& ctx, const QString& listName, const QVector<qint64>& memberIds,
                     QWidget* parent = nullptr);

    /// Opens the dialog, or, when no event is coming up, the new-event dialog straight away (this dialog
    /// then shows only if adding to the new event fails, with the reason).
    void start();

    /// Adds `memberIds` to the guests of event `eventId` and saves them. `summary` says what happened
    /// ("3 members from “Champions” added to the guests of “VIP night”. 1 was already on the list.").
    static bool addMembers(const ServiceContext& ctx, qint64 eventId, const QString& listName,
                           const QVector<qint64>& memberIds, QString* summary, QString* error);

    QListWidget* eventList() const { return m_events; }
    /// Chooses the row of the event (0: "New event…"); false when it is not listed.
    bool chooseEvent(qint64 eventId);
    /// The new-event dialog while it is open (tests), else null.
    EventDialog* eventDialog() const { return m_eventDialog; }
    /// The error shown, empty when none (tests).
    QString errorText() const;

public slots:
    void accept() override;

signals:
    /// The members were saved with the event's guests.
    void added(qint64 eventId, const QString& summary);

private:
    void loadEvents(qint64 select);
    void planNewEvent();
    bool addTo(qint64 eventId);
    void showError(const QString& error);

    ServiceContext m_ctx;
    QString m_listName;
    QVector<qint64> m_ids;
    bool m_direct = false; ///< started without showing this dialog (no upcoming event)
    QLabel* m_heading;
    QListWidget* m_events;
    QLabel* m_note;
    QLabel* m_error;
    QPushButton* m_ok;
    QPointer<EventDialog> m_eventDialog;
};

} // namespace md::ui

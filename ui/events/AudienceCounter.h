// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/AudienceBuilder.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;

namespace md::ui {

/// The background work of the audience builder, off the GUI thread so the page never freezes: loads the
/// member figures once (a worker with its own connection to the database file) and counts a filter over
/// them. Requests come debounced — every change restarts a short pause — and a change during a count
/// asks for one more count with the newest filter when it is done, so counts never pile up.
/// It knows nothing of the controls: when a count is due it says so (countDue()) and the builder reads
/// and checks the filter, then calls count().
class AudienceCounter : public QObject
{
    Q_OBJECT
public:
    explicit AudienceCounter(QObject* parent = nullptr);
    /// Waits for the workers: they use nothing of the widget, but should not outlive it.
    ~AudienceCounter() override;

    /// Loads the figures as of `asOf` from the database file `dbPath`; loaded() follows. False, and
    /// nothing started, while a load runs.
    bool load(const QString& dbPath, const QDate& asOf);
    bool isLoading() const { return m_loading; }
    /// The figures last loaded; null until a load succeeded. A failed reload keeps the earlier ones.
    const std::shared_ptr<const AudienceBuilder>& figures() const { return m_figures; }

    /// Asks for a count after a short pause (each call restarts it); countDue() then.
    void schedule();
    /// Drops the pause: the count is being started (or refused) now.
    void cancelSchedule();
    /// True while a count runs, and then countDue() comes again when it is done; false otherwise.
    bool deferWhileCounting();
    /// Counts `filter` over the figures (which must be loaded) on a worker; counted() follows.
    void count(const AudienceFilter& filter, std::optional<int> capacity, const QSet<qint64>& invited);
    /// Loading, counting, pausing before a count or owing one.
    bool isBusy() const;

signals:
    /// The pause is over, or a count ended while a newer one was asked for.
    void countDue();
    /// A load ended: on success figures() holds the new figures, else `error` says why.
    void loaded(bool ok, const QString& error);
    void counted(const md::Audience& audience);

private:
    struct Loaded
    {
        std::shared_ptr<const AudienceBuilder> figures;
        QString error;
    };
    void onLoaded();
    void onCounted();

    std::shared_ptr<const AudienceBuilder> m_figures;
    QFutureWatcher<Loaded>* m_loader;
    QFutureWatcher<Audience>* m_counter;
    QTimer* m_debounce;
    bool m_loading = false;
    bool m_counting = false; ///< until counted() is emitted (the watcher's signal comes queued)
    bool m_countPending = false;
};

} // namespace md::ui

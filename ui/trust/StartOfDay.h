// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/DailyMaintenance.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <optional>

class QWidget;

namespace md::ui {

/// The day's points expiry and tier review (DailyMaintenance) in the background, at start and when a
/// new shop day begins: start() returns at once and the counter stays open. The sweep commits in parts,
/// and a sale waiting for the write lock goes before the next part; balances in the member card and at
/// the till are right meanwhile (lapsed points are never spendable). At a million members a month end
/// takes about 30 s, an ordinary day 0.4–6 s. The progress shows in the window's status bar; a failure
/// is shown once a day (non-modal) and the run is retried at the next start().
class StartOfDay : public QObject
{
    Q_OBJECT
public:
    explicit StartOfDay(QObject* parent = nullptr);
    /// Stops a running maintenance between two parts and waits for it (what it committed stays; the next
    /// start finishes the day).
    ~StartOfDay() override;

    /// Starts today's maintenance on a worker with its own connection to `ctx.db`'s file, when it has not
    /// run on the clock's day and none is running; true when it started. `window`: where the status and
    /// a failure show (may be null, then set it later with setWindow).
    bool start(const ServiceContext& ctx, QWidget* window);
    void setWindow(QWidget* window);
    bool isRunning() const { return m_running; }
    /// Stops a running maintenance between two parts and waits, with the event loop running (before
    /// closing). A failure is then not shown.
    void stop();
    /// Waits, with the event loop running, until a running maintenance has finished.
    void waitForFinished();

    /// Tests: runs on the worker between two parts of the sweep (to look at the GUI while it runs).
    void setBetweenPartsHook(std::function<void()> hook) { m_betweenParts = std::move(hook); }
    /// Tests: lapsed credits per committed part (DailyMaintenance::Options::expiryChunk).
    void setExpiryChunk(qsizetype credits) { m_expiryChunk = credits; }

signals:
    void finished(bool ok, const md::MaintenanceResult& result, const QString& error);
    /// A failure was shown to the user (at most once a day).
    void failureShown(const QString& error);

private:
    struct Outcome
    {
        bool ok = false;
        MaintenanceResult result;
        QString error;
    };
    void onFinished();
    void showProgress(qsizetype done, qsizetype total);

    QFutureWatcher<Outcome> m_watcher;
    QPointer<QWidget> m_window;
    QDate m_warnedDay;
    bool m_running = false;
    bool m_quiet = false;
    bool m_showedProgress = false;
    QString m_pendingSummary; ///< the result of a run that ended before there was a window
    std::atomic<bool> m_stop{false};
    qsizetype m_expiryChunk = DailyMaintenance::Options{}.expiryChunk;
    std::function<void()> m_betweenParts;
};

} // namespace md::ui

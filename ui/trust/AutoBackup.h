// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"
#include "storage/BackupService.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace md::ui {

/// The automatic backup (BackupService::writeAutomatic into the configured folder) with the GUI around it.
/// The copy always runs on a worker thread with its own SQLite connections, so the window keeps painting
/// and the counter keeps working while a large database is copied; the audit entry is written afterwards
/// on the GUI thread's connection.
namespace AutoBackup {
constexpr int kExitWarningSeconds = 30;
enum class When
{
    Daily,
    OnExit,
};
/// Runs today's backup when `when` is OnExit, or when none exists yet today (Daily), and waits for it:
/// a "Backing up before closing…" progress dialog shows meanwhile for OnExit (a busy cursor for Daily).
/// Returns true when a good backup of today exists afterwards; `error` gets the reason otherwise.
/// `warn`: show a failure (on exit the warning closes by itself after kExitWarningSeconds, so a missing
/// USB stick never keeps the program from closing).
bool run(const ServiceContext& ctx, When when, QWidget* parent, QString* error = nullptr, bool warn = true);

/// What a worker's backup came to.
struct Outcome
{
    bool ok = false;
    BackupResult result;
    QString error;
};
} // namespace AutoBackup

/// The daily automatic backup in the background: start() returns at once; one backup at a time; "Backing
/// up…" / "Backup written" in the window's status bar; a failure is shown once a day (non-modal) and the
/// backup is retried at the next start().
class AutoBackupRunner : public QObject
{
    Q_OBJECT
public:
    explicit AutoBackupRunner(QObject* parent = nullptr);
    /// Waits for a running backup (it holds its own connections and must not be cut off).
    ~AutoBackupRunner() override;

    /// Starts today's backup on a worker when none exists yet today and none is running; true when it
    /// started. `window`: where the status and a failure show (may be null). `folder`: empty for the
    /// configured one.
    bool start(const ServiceContext& ctx, QWidget* window, const QString& folder = {});
    bool isRunning() const { return m_running; }
    /// Waits, with the event loop running, until a running backup has finished (before closing, or before
    /// another backup of the same file). A failure is then not shown: the caller reports its own.
    /// `label`: when given, a progress dialog with it shows meanwhile (the window may be hidden).
    void waitForFinished(const QString& label = {});

    /// Tests: runs on the worker before the copy (to hold it there while the test looks at the GUI).
    void setBeforeCopyHook(std::function<void()> hook) { m_beforeCopy = std::move(hook); }

signals:
    void started(const QString& file);
    void finished(bool ok, const QString& file, const QString& error);
    /// A failure was shown to the user (at most once a day).
    void failureShown(const QString& error);

private:
    void onFinished();

    QFutureWatcher<AutoBackup::Outcome> m_watcher;
    std::optional<ServiceContext> m_ctx;
    QPointer<QWidget> m_window;
    QDate m_warnedDay;
    bool m_running = false;
    bool m_quiet = false;
    std::function<void()> m_beforeCopy;
};

} // namespace md::ui

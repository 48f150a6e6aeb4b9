// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importio/ColumnMapping.h"
#include "importio/ImportSupport.h"
#include "services/ServiceContext.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace md::ui {

/// Runs the import dialog's "Check" (a dry run) or its import on a worker thread with its own database
/// connection, so the dialog stays responsive on a 100,000-row file and can show progress and stop.
/// The importer writes in one transaction: a stop before the commit writes nothing.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Check,  ///< dry run: counts and lists problems, writes nothing
        Import, ///< writes the valid rows
    };

    explicit ImportRunner(QObject* parent = nullptr);
    /// Stops a run and waits for it: the worker rolls back through its own connection before the
    /// dialog goes.
    ~ImportRunner() override;

    /// Starts a run of `data` with `options` (dryRun is set from `mode`); the worker opens the database
    /// file of `ctx` and acts as `ctx.actor`. Nothing happens while a run is going.
    void start(Mode mode, const ServiceContext& ctx, ImportKind kind, const QByteArray& data,
               ImportOptions options);
    bool isRunning() const { return m_running; }
    /// Asks the run to stop: the importer rolls its transaction back at its next progress report.
    void stop();

signals:
    /// Progress of the run, 0–1000.
    void progressChanged(int permille);
    /// The run ended (done, failed or stopped: the report says which); isRunning() is false again.
    void finished(md::ui::ImportRunner::Mode mode, const md::ImportReport& report);

private:
    void onFinished();

    bool m_running = false;
    Mode m_mode = Mode::Check;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ImportReport> m_watcher;
};

} // namespace md::ui

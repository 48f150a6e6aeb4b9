// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/AutoBackup.h"

#include "common/Clock.h"
#include "common/StatusMessage.h"
#include "common/WorkerPool.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

namespace md::ui {

namespace {

/// The worker's half: only paths and values cross the thread, never the GUI thread's Database.
AutoBackup::Outcome writeOnWorker(const QString& dbPath, const QString& folder, const QDate& day,
                                  const std::function<void()>& beforeCopy)
{
    if (beforeCopy)
        beforeCopy();
    AutoBackup::Outcome outcome;
    outcome.ok = BackupService::writeAutomatic(dbPath, folder, day, &outcome.result, &outcome.error);
    return outcome;
}

/// The GUI thread's half: the audit entry, on the connection that belongs to this thread.
void record(const ServiceContext& ctx, AutoBackup::Outcome* outcome)
{
    if (outcome->ok && !BackupService(ctx).recordAutomatic(outcome->result, &outcome->error))
        outcome->ok = false;
}

QMessageBox* failureBox(const QString& reason, QWidget* parent)
{
    return new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("AutoBackup", "Backup failed"),
                           QCoreApplication::translate(
                               "AutoBackup", "The automatic backup could not be written:\n%1\n\nThe database "
                                             "itself is fine. Check the backup folder (is the USB stick "
                                             "plugged in?) under Shop ▸ Backups and lock.")
                               .arg(reason),
                           QMessageBox::Ok, parent);
}

} // namespace

bool AutoBackup::run(const ServiceContext& ctx, When when, QWidget* parent, QString* error, bool warn)
{
    BackupService backups(ctx);
    if (when == When::Daily && !backups.automaticBackupDue())
        return true;
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    std::optional<QProgressDialog> progress;
    if (when == When::OnExit) {
        // Closing a shop's large database takes a while: say so instead of showing a frozen window.
        progress.emplace(QCoreApplication::translate("AutoBackup", "Backing up before closing…"), QString(),
                         0, 0, parent);
        progress->setWindowTitle(QCoreApplication::translate("AutoBackup", "MemberDesk"));
        progress->setWindowModality(Qt::ApplicationModal);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->show();
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
    }
    watcher.setFuture(QtConcurrent::run(workerPool(), writeOnWorker, ctx.db.path(), backups.automaticFolder(),
                                        ctx.clock.today(), std::function<void()>()));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    Outcome outcome = watcher.result();
    if (progress)
        progress->close();
    else
        QApplication::restoreOverrideCursor();
    record(ctx, &outcome);
    if (error)
        *error = outcome.error;
    if (outcome.ok || !warn)
        return outcome.ok;
    std::unique_ptr<QMessageBox> box(failureBox(outcome.error, parent));
    if (when == When::OnExit) {
        // Closing must not hang on a message nobody reads.
        box->setInformativeText(QCoreApplication::translate(
            "AutoBackup", "MemberDesk closes in %Ln second(s).", "", kExitWarningSeconds));
        QTimer::singleShot(kExitWarningSeconds * 1000, box.get(), &QMessageBox::accept);
    }
    box->exec();
    return false;
}

AutoBackupRunner::AutoBackupRunner(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AutoBackupRunner::onFinished);
}

AutoBackupRunner::~AutoBackupRunner()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool AutoBackupRunner::start(const ServiceContext& ctx, QWidget* window, const QString& folder)
{
    if (m_running)
        return false; // one backup at a time: the running one writes today's file
    BackupService backups(ctx);
    const QString dir = backups.automaticFolder(folder);
    if (!backups.automaticBackupDue(dir))
        return false;
    m_ctx.reset();
    m_ctx.emplace(ctx);
    m_window = window;
    m_running = true;
    m_quiet = false;
    const QString file =
        QDir(dir).absoluteFilePath(BackupService::automaticFileName(ctx.db.path(), ctx.clock.today()));
    m_watcher.setFuture(
        QtConcurrent::run(workerPool(), writeOnWorker, ctx.db.path(), dir, ctx.clock.today(), m_beforeCopy));
    showStatusMessage(m_window, QCoreApplication::translate("AutoBackup", "Backing up…"), 0);
    emit started(file);
    return true;
}

void AutoBackupRunner::waitForFinished(const QString& label)
{
    if (!m_running)
        return;
    m_quiet = true;
    std::optional<QProgressDialog> progress;
    if (!label.isEmpty()) {
        progress.emplace(label, QString(), 0, 0);
        progress->setWindowTitle(QCoreApplication::translate("AutoBackup", "MemberDesk"));
        progress->setMinimumDuration(0);
        progress->show();
    }
    QEventLoop loop;
    connect(this, &AutoBackupRunner::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void AutoBackupRunner::onFinished()
{
    AutoBackup::Outcome outcome = m_watcher.result();
    record(*m_ctx, &outcome);
    const QDate today = m_ctx->clock.today();
    m_running = false;
    if (outcome.ok) {
        showStatusMessage(m_window, QCoreApplication::translate("AutoBackup", "Backup written"), 5000);
    } else {
        showStatusMessage(m_window, QCoreApplication::translate("AutoBackup", "Backup failed"), 5000);
        if (!m_quiet && m_warnedDay != today) {
            m_warnedDay = today; // once a day; it is retried at every check
            QMessageBox* box = failureBox(outcome.error, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setWindowModality(Qt::NonModal);
            box->show();
            emit failureShown(outcome.error);
        }
    }
    emit finished(outcome.ok, outcome.result.path, outcome.error);
}

} // namespace md::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRunner.h"

#include "common/Clock.h"
#include "common/WorkerPool.h"
#include "importio/MemberImporter.h"
#include "importio/PurchaseImporter.h"
#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace md::ui {

namespace {

void runInWorker(QPromise<ImportReport>& promise, const QString& dbPath, const Clock* clock,
                 const Actor& actor, ImportKind kind, const QByteArray& data, ImportOptions options,
                 std::shared_ptr<std::atomic_bool> cancel)
{
    // The result is always added (a cancelled QFuture would drop it): a stop that comes after the commit
    // must still report what was imported.
    ImportReport report;
    Database db;
    if (db.open(dbPath, &report.error)) {
        const ServiceContext ctx{db, *clock, actor};
        promise.setProgressRange(0, 1000);
        options.progress = [&promise, cancel](double done) {
            promise.setProgressValue(int(done * 1000));
            return !cancel->load();
        };
        if (kind == ImportKind::Members)
            MemberImporter(ctx).run(data, options, &report);
        else
            PurchaseImporter(ctx).run(data, options, &report);
    }
    promise.addResult(report);
}

} // namespace

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &ImportRunner::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportRunner::onFinished);
}

ImportRunner::~ImportRunner()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ImportRunner::start(Mode mode, const ServiceContext& ctx, ImportKind kind, const QByteArray& data,
                         ImportOptions options)
{
    if (m_running)
        return;
    options.dryRun = mode == Mode::Check;
    m_running = true;
    m_mode = mode;
    // A fresh flag per run: a stop asked of the last run must not stop this one.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(workerPool(), &runInWorker, ctx.db.path(), &ctx.clock, ctx.actor,
                                          kind, data, options, m_cancel));
}

void ImportRunner::stop()
{
    m_cancel->store(true);
}

void ImportRunner::onFinished()
{
    m_running = false;
    const ImportReport report = m_watcher.future().resultCount() > 0 ? m_watcher.result() : ImportReport();
    emit finished(m_mode, report);
}

} // namespace md::ui
